"""Readings found wrong in our own sentences in the style of medicine and public-health news (infections,
vaccines, hospital beds and emergency care, the health ministry, clinical trials, new drugs, screening,
mental health, nursing-care insurance): 百日 before せき in kana (百日せき ひゃくにち, not the name ももひ) and
一|回数|分 as Sudachi cuts "a few minutes each time" (一 いっ, 分 ふん), 中和 before a noun (中和抗体 ちゅうわ, not
the surname なかわ), 出生前 (しゅっせいぜん, a lexicon slip), and 一 before a decimal point and 〇 or a run of
place-value digits (視力一・〇, 出生率は一・二六と いっ; science.py), 八十|二人 as Sudachi cuts 八十二人 (八十
はちじゅう, not やそ; 二人 ににん, not ふたり). Each rule is also checked where it must not
fire.

The genre's sentences with the readings a careful editor checked are in fixtures/health_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("百日せきの患者が増えている。", "百日:ひゃくにち|患者:かんじゃ"),
    ("百日ぜきのワクチンを接種した。", "百日:ひゃくにち"),
    ("百日咳の患者が増えている。", "百日咳:ひゃくにちぜき"),  # the lexicon's own
    ("百日祝いの写真を撮った。", "百日:ももひ"),  # not the disease: left alone
    ("就任百日を迎えた。", "百日:ひゃくにち"),  # a count, cut 百|日
])
def test_whooping_cough(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("注射は一回数分で終わる。", "一:いっ|回数:かいすう|分:ふん"),
    ("点滴は一回数十分かかる。", "一:いっ|回数:かいすう|十分:じゅっぷん"),
    ("体操は八回数分ずつ行う。", "八:はっ|回数:かいすう|分:ふん"),
    ("1回数分で終わる。", "回数:かいすう|分:ふん"),
    ("三回数分ずつ休む。", "三回:さんかい|数:すう|分:ふん"),  # cut 三|回|数|分: already right
    ("必要な回数分のチケットを買う。", "回数:かいすう|分:ぶん"),  # the share for a number of times
    ("回数分の料金を払う。", "回数:かいすう|分:ぶん"),
])
def test_times_several_minutes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("中和抗体の値が下がった。", "中和:ちゅうわ|抗体:こうたい"),
    ("中和抗体価を測った。", "中和:ちゅうわ"),
    ("酸を中和する。", "中和:ちゅうわ"),  # Sudachi's own
    ("中和さんの抗体が調べられた。", "中和:なかわ"),  # a surname before an honorific
    ("中和容疑者が逮捕された。", "中和:なかわ"),  # before a word for a person
])
def test_neutralising(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("出生前診断を受ける妊婦が増えた。", "出生前:しゅっせいぜん|診断:しんだん"),
    ("出生率が下がった。", "出生率:しゅっしょうりつ"),
])
def test_prenatal(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("視力一・〇未満の子どもが増えた。", "一:いっ"),
    ("合計特殊出生率は一・二六と過去最低だった。", "一:いっ|二六:にろく"),
    ("出生率は一・二六だった。", "一:いっ"),
    ("指数は一・四八の水準にある。", "一:いっ"),  # no day of a month
    ("比率は十・〇五となった。", "十:じゅっ"),
    ("一・一七の追悼行事が開かれた。", "一:いち"),  # a date (January 17th)
    ("八・一五集会が開かれた。", "八:はち"),  # a date naming a rally
    ("一・二審の判決を支持した。", "一:いち"),  # a list of two numbers
])
def test_decimal_point_digits(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("中等症は八十二人だった。", "八十:はちじゅう|二人:ににん"),
    ("重症は八十一人、軽症は五百人。", "八十:はちじゅう|一人:いちにん"),
    ("患者は百二人に上る。", "百二人:ひゃくににん"),
    ("十人に一人が感染した。", "十人:じゅうにん|一人:ひとり"),  # after a particle: one person
    ("二人で病院に行った。", "二人:ふたり"),
    ("八十島を巡る。", "八十島:やそじま"),  # the old word keeps やそ
])
def test_eighty_two_people(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("health"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
