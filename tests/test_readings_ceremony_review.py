"""Readings found wrong in our own sentences in the style of obituaries, honours and award news, ceremonies,
weddings and speeches of thanks: 旭日 before an order's class (旭日大綬章 きょくじつ), an order's class Sudachi
takes for a name (旭日重光章 じゅうこう…しょう), the court rank 正三位 (しょうさんみ), 緑綬褒章 (りょく), the set
phrase 栄に浴する (えい), and 抱く with a portrait or an urn held in the arms (遺影を抱いた だいた). Each rule is
also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/ceremony_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("勲一等旭日大綬章を受けた。", "旭日:きょくじつ|大:だい"),
    ("旭日重光章を贈る。", "旭日:きょくじつ|重光:じゅうこう|章:しょう"),
    ("旭日双光章を受章した。", "旭日:きょくじつ|双光:そうこう|章:しょう"),
    ("瑞宝双光章を受章した。", "双光:そうこう|章:しょう"),
    ("旭日小綬章を受けた。", "旭日:きょくじつ"),
    ("旭日が昇る。", "旭日:あさひ"),  # no order: the morning sun
    ("重光葵は外相を務めた。", "重光:しげみつ"),  # the surname alone
])
def test_order_of_the_rising_sun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("正三位が追贈された。", "正三:しょうさん|位:み"),
    ("死後、正三位に叙された。", "正三:しょうさん|位:み"),
    ("正三さんが来た。", "正三:しょうぞう"),  # a given name
])
def test_court_rank(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("緑綬褒章を受けた。", "緑:りょく|綬:じゅ"),
    ("緑の綬を付けた。", "緑:みどり"),  # not glued: the colour
    ("緑の多い公園だ。", "緑:みどり"),
])
def test_green_ribbon_medal(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("叙勲の栄に浴した。", "栄:えい"),
    ("受章の栄に浴する。", "栄:えい"),
    ("栄に行く。", "栄:さかえ"),  # the place
])
def test_honour_set_phrase(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("遺影を抱いた妻が参列者に頭を下げた。", "抱:だ"),
    ("遺骨を抱いて帰国した。", "抱:だ"),
    ("花束を抱いて登場した。", "抱:だ"),
    ("夢を抱いて上京した。", "抱:いだ"),  # a feeling: harboured
    ("故人への感謝の念を抱いた。", "抱:いだ"),
])
def test_mourners_hold(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("ceremony"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
