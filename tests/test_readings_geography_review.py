"""Readings found wrong in our own sentences in the style of geography textbooks and encyclopedia entries
(landforms, climate zones, prefectures and capitals, world regions): 造山 before 帯 or 運動 (環太平洋造山帯
ぞうざん), 内 after 瀬戸 (瀬戸内工業地域 うち), 中気 after a span of time (一年中気温 じゅう), 高原 and 平野 taken
for surnames in a sentence about land (こうげん, へいや), 通っ after a route and が (トンネルが通っている とおっ),
and the slip 一都 (一都三県 いっと). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/geography_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("環太平洋造山帯には火山が多い。", "造山:ぞうざん|帯:たい"),
    ("アルプス・ヒマラヤ造山帯は東西に走る。", "造山:ぞうざん|帯:たい"),
    ("造山運動によって山脈ができた。", "造山:ぞうざん|運動:うんどう"),
    ("造山古墳を訪ねた。", "造山:つくりやま|古墳:こふん"),  # the tomb: a place name
])
def test_mountain_building(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("瀬戸内工業地域では石油化学工業が盛んだ。", "瀬戸:せと|内:うち|工業地域:こうぎょうちいき"),
    ("瀬戸内地方の気候は雨が少ない。", "瀬戸:せと|内:うち|地方:ちほう"),
    ("瀬戸内の気候は一年を通して温暖だ。", "瀬戸:せと|内:うち"),  # already right
    ("瀬戸内海に面する。", "瀬戸内海:せとないかい"),  # the lexicon's sea
    ("市内の学校に通う。", "市:し|内:ない"),  # not after 瀬戸
])
def test_inland_sea_region(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("赤道付近は一年中気温が高い。", "一年:いちねん|中気:じゅうき|温:おん"),
    ("一晩中気になっていた。", "一晩:ひとばん|中気:じゅうき"),
    ("一日中気温が低い。", "一日:いちにち|中気:じゅうき|温:おん"),
    ("今年中気をつけたい。", "今年:ことし|中気:じゅうき"),
    ("日中気温が上がる。", "日中:にっちゅう|気温:きおん"),  # daytime: one word, untouched
    ("一年中気候が穏やかだ。", "一年:いちねん|中:じゅう|気候:きこう"),  # split right already
    ("祖父は中気を患った。", "中気:ちゅうき"),  # palsy, after a particle
])
def test_all_through_a_span(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("安定陸塊には平原や高原が広がっている。", "平原:へいげん|高原:こうげん"),
    ("高原が広がる地域では酪農が盛んだ。", "高原:こうげん"),
    ("図1　日本の主な山脈と平野", "山脈:さんみゃく|平野:へいや"),
    ("高原さんと平野さんが来た。", "高原:たかはら|平野:ひらの"),  # surnames before an honorific
    ("監督の平野と高原が握手した。", "高原:たかはら"),  # no land about: the surname stays
])
def test_landform_not_surname(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("関門海峡には海底トンネルが通っている。", "海底:かいてい|通:とお"),
    ("町の中心を道路が通っている。", "道路:どうろ|通:とお"),
    ("新幹線が通っている町だ。", "新幹線:しんかんせん|通:とお"),
    ("血が通っている。", "血:ち|通:かよ"),  # circulating
    ("学校に通っている。", "学校:がっこう|通:かよ"),  # attending
])
def test_route_runs_through(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("都道府県は一都一道二府四十三県からなる。", "一都:いっと|一道:いちどう"),
    ("一都三県で人口が増えた。", "一都:いっと|三県:さんけん"),
])
def test_one_metropolis(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("geography"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
