"""Readings found wrong in our own sentences in the style of local festival and shrine-event news, town
notices and festival blogs: 茅 before の輪 (茅の輪くぐり ち), 祭 glued after 宵宮 (宵宮祭 さい), 蔵 glued after a
noun (山車蔵 ぐら), and 額 the forehead something is balanced on (竿燈を額に乗せた ひたい, in fiction.py). Each
rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/matsuri_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("茅の輪くぐりに参拝者が列をつくった。", "茅:ち|輪:わ"),
    ("境内に大きな茅の輪が設けられた。", "茅:ち|輪:わ"),
    ("茅の屋根を葺き替えた。", "茅:かや|屋根:やね"),  # the grass itself
    ("河原で茅を刈った。", "茅:かや"),
])
def test_purification_ring(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("宵宮祭に約百人が参列した。", "宵宮:よいみや|祭:さい"),
    ("節分祭で豆まきが行われた。", "節分:せつぶん|祭:さい"),  # Sudachi's own suffix
    ("秋祭が開かれた。", "秋:あき|祭:まつり"),  # not a festival day: left alone
    ("港祭の花火を見た。", "港:みなと|祭:まつり"),
    ("天神祭の船渡御を見物した。", "天神:てんじん|祭:まつり"),
])
def test_rite_of_the_festival_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("山車蔵の扉が開かれた。", "山車:だし|蔵:ぐら"),
    ("神輿蔵から神輿が出された。", "蔵:ぐら"),
    ("油彩・カンバス、個人蔵", "個人:こじん|蔵:ぞう"),  # owned by: the suffix, left alone
    ("蔵の扉が開いた。", "蔵:くら"),  # alone
    ("酒蔵を巡った。", "酒蔵:さかぐら"),  # the lexicon's own
])
def test_storehouse_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("差し手が竿燈を額に乗せた。", "額:ひたい"),
    ("額に入れて飾った。", "額:がく"),  # a frame
    ("寄付の額が大きい。", "額:がく"),
])
def test_forehead_balancing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("matsuri"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
