"""Readings found wrong in our own sentences in the style of weather and disaster-prevention news (forecasts,
heavy-rain and typhoon warnings, earthquakes and tsunami advisories, evacuation notices, floods): 高 of a
high-pressure system split off a place (太平洋高気圧 こう), a pressure pattern (北高型 ほっこうがた), 越水 as water
topping a levee (えっすい), 遠地 before 地震 or 津波 (えんち), 雨 after a span of time (長い時間雨が あめ) and 秋雨 on
its own (あきさめ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/weather_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("太平洋高気圧が張り出しています。", "太平洋:たいへいよう|高:こう|気圧:きあつ"),
    ("北太平洋高気圧に覆われる見込みです。", "北:きた|太平洋:たいへいよう|高:こう|気圧:きあつ"),
    ("チベット高気圧が強まっています。", "高:こう|気圧:きあつ"),  # Sudachi's own こう: kept
    ("資源高が続いています。", "資源:しげん|高:だか"),  # a price rise: not before 気圧
    ("円高が進んでいます。", "円高:えんだか"),
])
def test_high_pressure_system(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("北高型の気圧配置となっています。", "北:ほっ|高:こう|型:がた"),
    ("南高型の気圧配置です。", "南高:なんこう|型:がた"),  # the lexicon's own 南高
    ("冬は西高東低の気圧配置です。", "西高東低:せいこうとうてい"),  # the lexicon's own
    ("北高校に通っています。", "北:きた|高校:こうこう"),  # a school: not a pattern
    ("北と南から風が吹きます。", "北:きた|南:みなみ"),
])
def test_pressure_pattern(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("記録的な大雨で、一級河川が越水しました。", "越水:えっすい"),
    ("堤防を越水した水が、住宅街に流れ込みました。", "越水:えっすい"),  # before する
    ("越水や決壊のおそれがあります。", "越水:えっすい|決壊:けっかい"),  # a flood sentence
    ("川の越水に備えてください。", "越水:えっすい"),
    ("越水さんが来ました。", "越水:こしみず"),  # the surname before an honorific
    ("越水さんは川で釣りをしました。", "越水:こしみず"),  # the surname, even by a river
    ("越水が会見で説明しました。", "越水:こしみず"),  # no river, no する: left alone
])
def test_levee_overtopping(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("遠地地震による津波の可能性があります。", "遠地:えんち|地震:じしん"),
    ("遠地津波に注意してください。", "遠地:えんち|津波:つなみ"),
    ("近地津波の危険があります。", "近地:きんち"),  # the lexicon's own
    ("遠地さんが来ました。", "遠地:おんち"),  # the surname
])
def test_distant_earthquake(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("長い時間雨が降り続くおそれがあります。", "時間:じかん|雨:あめ"),
    ("2時間雨が降り続き、道路が冠水しました。", "時間:じかん|雨:あめ"),
    ("数日間雨が降りませんでした。", "数日間:すうじつかん|雨:あめ"),
    ("夜間雨が強まる見込みです。", "夜間:やかん|雨:あめ"),
    ("十日雨が降っていません。", "十日:とおか|雨:あめ"),
    ("暴風雨が続いています。", "暴風:ぼうふう|雨:う"),  # the suffix of 暴風雨: kept
    ("1時間雨量は80ミリです。", "時間:じかん|雨量:うりょう"),  # one word
])
def test_rain_after_a_span_of_time(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("秋雨が続いています。", "秋雨:あきさめ"),
    ("秋雨前線が停滞しています。", "秋雨前線:あきさめぜんせん"),
])
def test_autumn_rain(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("weather"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
