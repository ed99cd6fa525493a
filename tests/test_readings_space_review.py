"""Readings found wrong in our own sentences in the style of space, astronomy and earth-science news
(launches, probes, eclipses, meteor showers, volcanoes, earthquakes, climate research, fossils): a
ringed planet's 環 (土星の環 わ), 首長竜 (くびなが), a hue's 色 (赤銅色 いろ), 月 as the Moon before 周回,
探査 and 着陸 (月周回軌道 げっ, 小型月着陸実証機 げつ), the geology term 鍵層 (かぎそう), 天王星 (せい, not
ぼし) and the crust's 歪み (ひずみ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/space_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("土星の環は数億年後に消えるかもしれない。", "土星:どせい|環:わ"),
    ("木星の環は非常に薄い。", "木星:もくせい|環:わ"),
    ("天王星の環がとらえられた。", "天王:てんのう|星:せい|環:わ"),
    ("五輪の環を描いた。", "環:かん"),  # not a planet: left alone
])
def test_planet_ring(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("首長竜の全身骨格が発掘された。", "首長:くびなが|竜:りゅう"),
    ("首長選挙が行われた。", "首長:しゅちょう"),  # a head of a local government
    ("県内の首長が集まった。", "首長:しゅちょう"),
])
def test_long_necked(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("月が地球の影に入ると、赤銅色に見える。", "赤銅:しゃくどう|色:いろ"),
    ("三色のボールペン。", "三:さん|色:しょく"),  # a count of colours
    ("特色のある地域。", "特色:とくしょく"),
])
def test_hue_colour(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("月周回軌道に宇宙ステーションを建設する計画だ。", "月:げっ|周回:しゅうかい"),
    ("月探査計画が始まった。", "月:げっ|探査:たんさ"),
    ("小型月着陸実証機が着陸に成功した。", "月:げつ|着陸:ちゃくりく"),
    ("月着陸船が降りた。", "月:げつ|着陸船:ちゃくりくせん"),
    ("5月探査を始める。", "月:がつ|探査:たんさ"),  # after a number: the month
    ("3月周回軌道に入る。", "月:がつ|周回:しゅうかい"),
])
def test_moon_prefix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("火山灰の層は鍵層として使われる。", "鍵層:かぎそう"),
])
def test_marker_bed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("海王星と天王星は氷の惑星だ。", "天王:てんのう|星:せい"),
    ("天王寺の星を見た。", "天王寺:てんのうじ|星:ほし"),  # not glued to 天王
])
def test_uranus(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("地殻の歪みがたまっている。", "地殻:ちかく|歪:ひず"),
    ("歪みが蓄積した断層。", "歪:ひず"),
    ("画像の歪みを補正する。", "歪:ゆが"),  # no crust about
    ("時空の歪み。", "歪:ゆが"),
])
def test_crustal_strain(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("space"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
