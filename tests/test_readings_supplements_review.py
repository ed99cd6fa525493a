"""Readings found wrong in our own sentences in the style of supplement, health-food and drugstore product
pages (一日摂取目安量, 〜粒, 〜錠, 〜包, 機能性表示食品, 原材料名, 内容量, お召し上がり方, 定期便): 1日 glued
before a dose's amount on a label (1日量, 1日摂取目安量 いちにち, not the date ついたち), and 塩 glued after an
acid's name (硝酸塩, クエン酸塩 えん, not しお). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/supplements_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("1日量（3錠）中の成分と含有量は以下のとおりです。", "日:にち|量:りょう"),
    ("1日摂取目安量：2粒", "日:にち|摂取:せっしゅ|目安:めやす|量:りょう"),
    ("1日目安量は3粒です。", "日:にち|目安:めやす|量:りょう"),
    ("1日服用量を守ってください。", "日:にち|服用:ふくよう|量:りょう"),
    ("1日摂取量の上限を超えないでください。", "日:にち|摂取量:せっしゅりょう"),
    ("4月1日量販店で買いました。", "4月:しがつ|1日:ついたち|量販店:りょうはんてん"),  # a date after a month
    ("1日大量に雨が降った。", "1日:ついたち|大量:たいりょう"),  # 大量 says how much: left alone
    ("1日から新商品を発売します。", "1日:ついたち"),
])
def test_daily_dose_on_a_label(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ビタミンB1硝酸塩 25mg", "硝酸:しょうさん|塩:えん"),
    ("リン酸塩とクエン酸塩を含みます。", "酸:さん|塩:えん|酸:さん|塩:えん"),
    ("ピリドキシン塩酸塩を配合しています。", "塩酸:えんさん|塩:えん"),
    ("酸と塩を混ぜる。", "酸:さん|塩:しお"),  # after a particle: left alone
    ("梅干しの塩を控えめにしました。", "塩:しお"),
])
def test_salt_of_an_acid(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("supplements"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
