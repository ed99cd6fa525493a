"""Readings found wrong in our own sentences in the style of television and radio listings and news about
programmes, stations and ratings: 局 as a station (東京の局と大阪の局 きょく, not つぼね), a shoot counted by
episodes or takes (2本撮り, 一発撮り どり), the station 日本テレビ (にっぽん), この後 announcing what comes next
(あと), and a clock time before の and a number (9時52分の23.1％ ふん, not a fraction). Each rule is also checked
where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/broadcast_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("東京の局と大阪の局が共同で制作する。", "東京:とうきょう|局:きょく|大阪:おおさか|局:きょく"),
    ("番組内の演出に行き過ぎがあったとして、局が謝罪した。", "局:きょく|謝罪:しゃざい"),
    ("その局は赤字だ。", "局:きょく"),
    ("局は「ご迷惑をおかけした」とコメントした。", "局:きょく"),  # already きょく in Sudachi
    ("職場のお局様に叱られた。", "局:つぼね"),  # after お: the senior lady
    ("お局さんが怖い。", "局:つぼね"),
    ("大奥の局で暮らした。", "大奥:おおおく|局:つぼね"),  # the inner palace: a lady's chamber
])
def test_station(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("収録は2本撮りで行われた。", "本:ほん|撮:ど"),
    ("ドラマは3本撮りだった。", "本:ぼん|撮:ど"),
    ("一発撮りの映像が公開された。", "一発:いっぱつ|撮:ど"),
    ("ドラマを2本撮りました。", "本:ほん|撮:と"),  # the verb
    ("映画を2本撮り、編集した。", "撮:と"),  # the verb with its object
    ("写真を撮りに行った。", "撮:と"),
    ("三十六枚撮りのフィルム", "撮:ど"),  # hobby.py's count of frames
])
def test_counted_shoot(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("日本テレビ系の情報番組で特集された。", "日本:にっぽん|系:けい"),
    ("日本テレビの社長が会見した。", "日本:にっぽん"),
    ("日本放送協会の会長が会見した。", "日本放送協会:にっぽんほうそうきょうかい"),  # the lexicon's own
    ("日本のテレビ番組", "日本:にほん"),  # the country
])
def test_station_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("この後、9時からはドラマをお送りします。", "後:あと|9時:くじ"),
    ("この後は天気予報です。", "後:あと"),
    ("この後すぐ。", "後:あと"),
    ("その後、彼は帰った。", "後:ご"),  # その後 keeps the engine's ご
    ("CMの後、結果発表です。", "後:あと"),
])
def test_coming_up_next(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("瞬間最高視聴率は午後9時52分の23.1％だった。", "9時:くじ|分:ふん"),
    ("午後10時25分の3％が最高だった。", "分:ふん"),
    ("3分の1が賛成した。", "分:ぶん"),  # a fraction
    ("52分の1の確率だ。", "分:ぶん"),  # no hour before it: a fraction
])
def test_clock_time_before_a_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("土8のドラマに出演した。", "土:ど|出演:しゅつえん"),
    ("ＴＢＳの土８への登場は久しぶりだ。", "土:ど"),  # a broadcaster named
    ("フジテレビの月9で放送される。", "月:げつ"),
    ("土ドラ枠で放送される。", "土:ど"),
    ("水1リットルを加える。", "水:みず"),  # an amount
])
def test_weekday_slot_with_a_broadcaster(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("春日局は徳川家光の乳母だった。", "春日:かすが|局:つぼね"),  # a court lady's title
    ("大蔵卿局は淀殿の乳母。", "局:つぼね"),
    ("大阪局が制作した番組。", "局:きょく"),  # a station
    ("ＮＨＫ大阪局の将軍特集。", "局:きょく"),
])
def test_court_lady(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("broadcast"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
