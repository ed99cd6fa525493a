"""Readings found wrong in our own sentences in the style of sea and river fishing reports, tide notes and
tackle reviews: 竿 glued after a noun (元竿 ざお), the lexicon's 置き竿 (おきざお), 底 before 付近 (そこ), 肝
before 醤油 (きもじょうゆ), 先 before 調子 (さき), 入れ掛かり (がかり), a tackle's 自重 (じじゅう) and 河口 before
付近 (かこう). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/fishing_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("元竿から曲がる胴調子の竿だ。", "元:もと|竿:ざお"),
    ("物干し竿に洗濯物を干した。", "竿:ざお"),
    ("テンカラ竿で源流を釣り上がった。", "竿:ざお"),
    ("カレイ釣りでは置き竿で待つのが基本だ。", "置:お|竿:ざお"),  # the lexicon's compound
    ("竿を三本並べて、アタリを待った。", "竿:さお"),  # alone
    ("新しい竿の使い心地を確かめた。", "新:あたら|竿:さお"),  # after an adjective
    ("竿頭は30匹だった。", "竿頭:さおがしら"),
])
def test_rod_compound_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("天秤仕掛けで底付近を探る。", "底:そこ|付近:ふきん"),
    ("底周辺をじっくり探った。", "底:そこ"),
    ("海底付近に魚が溜まっている。", "海底:かいてい"),  # part of a word
])
def test_bottom_near(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("カワハギは肝醤油で食べると絶品。", "肝:きも|醤油:じょうゆ"),
    ("カワハギの肝はパンパンに膨らんでいた。", "肝:きも"),
    ("肝細胞が再生する。", "肝:かん"),  # medical: the on-reading
    ("醤油を少し垂らす。", "醤油:しょうゆ"),
])
def test_liver_sauce(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("先調子の竿は操作性に優れる。", "先:さき|調子:ちょうし"),
    ("胴調子の竿は食い込みが良い。", "胴:どう|調子:ちょうし"),
    ("先場所は負け越した。", "先場所:せんばしょ"),  # not before 調子
])
def test_tip_action(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("良型のカサゴが入れ掛かり状態となった。", "入:い|掛:が"),
    ("外道でフグが掛かり、仕掛けを切られた。", "掛:か"),  # a plain verb
])
def test_bite_every_cast(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("自重は150gと軽量で、一日中振っても疲れない。", "自重:じじゅう"),
    ("このリールは自重が重く、重さが気になる。", "自重:じじゅう"),
    ("当面は外出を自重するよう求めた。", "自重:じちょう"),  # self-restraint
])
def test_own_weight(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("河口付近ではシーバスが回遊してくる。", "河口:かこう|付近:ふきん"),
    ("河口域ではハゼがよく釣れる。", "河口:かこう"),
    ("河口湖でワカサギを釣った。", "河口:かわぐち"),  # the lake
    ("河口さんが竿頭だった。", "河口:かわぐち"),  # a surname
])
def test_river_mouth(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("fishing"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
