"""Readings found wrong in our own sentences in the style of defence and military news (drills, launches,
scrambles, ranks and units, wars abroad): 行っ after a verbal noun and a count (緊急発進を669回行った おこなっ),
断っ after a route or a tie (補給路を断った たっ), 原 glued after a noun as a field (地雷原 げん),
and a notice's date stamp (人事（一日付） ついたち, 三月末付で づけ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/military_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("航空自衛隊は2023年度に緊急発進を669回行った。", "発進:はっしん|回:かい|行:おこな"),
    ("射撃を十回行っている。", "射撃:しゃげき|十回:じゅっかい|行:おこな"),
    ("緊急発進を年間約700回行った。", "年間:ねんかん|約:やく|回:かい|行:おこな"),
    ("発射実験を3回行ったという。", "実験:じっけん|回:かい|行:おこな"),
    ("共同訓練を約2週間行った。", "週間:しゅうかん|行:おこな"),  # a procedure: official.py's already
    ("東京へ3回行った。", "東京:とうきょう|回:かい|行:い"),  # へ: going
    ("京都を2回行った。", "京都:きょうと|回:かい|行:い"),  # not a verbal noun
    ("散歩をしに3回行った。", "散歩:さんぽ|回:かい|行:い"),  # a verb between
])
def test_counted_drill_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("敵の補給路を断った。", "補給:ほきゅう|路:ろ|断:た"),
    ("退路を断って包囲した。", "退路:たいろ|断:た"),
    ("部隊は本部との連絡を断った。", "連絡:れんらく|断:た"),
    ("哨戒機は洋上で消息を断った。", "消息:しょうそく|断:た"),
    ("誘いを断った。", "誘:さそ|断:ことわ"),  # a request: refused
    ("取材を断った。", "取材:しゅざい|断:ことわ"),
    ("申し出を断って帰った。", "断:ことわ"),
])
def test_route_cut_off(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("地雷原を突破した。", "地雷:じらい|原:げん"),
    ("溶岩原が広がっている。", "溶岩:ようがん|原:げん"),
    ("原さんが来た。", "原:はら"),  # the surname
    ("社長の原が来た。", "社長:しゃちょう|原:はら"),  # after の: a name
])
def test_field_after_noun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("防衛省・自衛隊の人事（一日付）", "一日:ついたち|付:づけ"),
    ("一日付で第七師団長に就任した。", "一日:ついたち|付:づけ"),
    ("一日中訓練した。", "一日:いちにち|中:じゅう"),  # no 付: a day's span
    ("一日で訓練を終えた。", "一日:いちにち"),
    ("三月末付で退官する。", "三月:さんがつ|末:まつ|付:づけ"),
    ("今月末付で辞任する。", "今月末:こんげつまつ|付:づけ"),
    ("朝食付のプランです。", "朝食付:ちょうしょくつき"),  # "with": not a date
])
def test_dated_as_of(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("military"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
