"""Readings found wrong in our own sentences in the style of official and administrative prose
(city-hall notices, rules, contracts, manuals, medicine leaflets): 行って after a procedure is 行う
おこなって (手続きは十四日以内に行ってください), 正しく ただしく (not the adverb まさしく), 番号札 ふだ
(not the banknote さつ) and the counter of medicine packets 包 (一包 いっぽう). Each rule is also
checked where it must not fire."""
from __future__ import annotations

import pytest

from reader.core.nlp.annotate import annotate
from tests.rubies import readings


def uncertain(text: str) -> set[str]:
    return {text[r.start:r.end] for r in annotate(text).ruby if r.uncertain}


@pytest.mark.parametrize("text", [
    "国民健康保険の加入及び脱退の手続きは、十四日以内に行ってください。",
    "犬の登録は、生後九十日を過ぎたら行ってください。",
    "保有個人データの開示等の請求は、所定の手続きにより行ってください。",
    "申請は窓口で行ってください。",
    "変更の手続きも、本人が窓口で行ってください。",
    "受付は一階の窓口で行っています。",
    "通知は書面によって行ってください。",
])
def test_okonatte_after_a_procedure(text):
    out = readings(text)
    assert "行:おこな" in out and "行:い" not in out
    assert "行" not in uncertain(text)


def test_okonatte_at_a_place_is_uncertain():
    text = "不在者投票の請求は、選挙管理委員会に行ってください。"
    assert "行:おこな" in readings(text) and "行" in uncertain(text)


@pytest.mark.parametrize("text", [
    "学校に行ってください。",
    "手続きは済んだので、明日病院に行ってください。",
    "申請は終わったので、学校へ行ってきます。",
    "旅行は来月行ってきます。",
    "手続きが終わったら学校に行って遊んだ。",
    "電車で行ってください。",
    "日によって行ったり行かなかったりする。",
])
def test_itte_stays_for_going(text):
    out = readings(text)
    assert "行:い" in out and "行:おこな" not in out


@pytest.mark.parametrize("text,expected", [
    ("取扱説明書をよくお読みのうえ、正しくお使いください。", "正:ただ"),
    ("この問題は正しく理解されていない。", "正:ただ"),
    ("道具は正しく使う。", "正:ただ"),
    ("正しくその通りだ。", "正:まさ"),
])
def test_tadashiku_and_masashiku(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("受付番号札をお取りになり、お呼びするまでお待ちください。", "札:ふだ"),
    ("番号でお呼びしますので、番号札をなくさないようにしてください。", "札:ふだ"),
    ("整理札をお配りします。", "札:ふだ"),
    ("千円札を両替する。", "札:さつ"),
    ("一万円札と五千円札。", "札:さつ"),
    ("新しい札は来年から使われる。", "札:さつ"),
])
def test_fuda_slip_and_satsu_banknote(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("就寝前に一包を服用してください。", "一包:いっぽう"),
    ("一日二包を三回に分けて服用する。", "二包:にほう"),
    ("六包入りの箱。", "六包:ろっぽう"),
])
def test_counter_of_packets(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("メーカー保証書付の新品です。", "保証:ほしょう|書付:しょつき"),
    ("取扱説明書付でお届けします。", "書付:しょつき"),
    ("蔵から古い書付が見つかった。", "書付:かきつけ"),  # the old word: a written note
])
def test_book_with_is_sho_tsuki(text, expected):
    assert expected in readings(text)
