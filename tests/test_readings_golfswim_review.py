"""Readings found wrong in our own sentences in the style of golf, swimming, marathon and athletics reports
(scores, times, distances and ranks): 中五 in 八人中五位 (ちゅうご, not the place name なかご), 長水路
(ちょうすいろ, not a surname and じ), 池越え (いけご + え, not the surname いけごし), a numbered heat 予選一組 (いち,
not the ひと of a party of guests), the last group 最終組 (さいしゅうぐみ) and 中 after a count of people
Sudachi takes for a place name (三十人中九位 ちゅう, not じゅう "all over"). Each rule is also checked where
it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/golfswim_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("決勝では八人中五位に入った。", "八人:はちにん|中五:ちゅうご|位:い"),
    ("十二校中三位だった。", "十二校:じゅうにこう|中三:ちゅうさん|位:い"),
    ("二人中一位だった。", "中一:ちゅういち"),  # Sudachi's own
    ("十チーム中八位に終わった。", "中:ちゅう|八位:はちい"),  # split already
    ("中五の生徒。", "中五:なかご"),  # no count before it: left to the analyser
])
def test_rank_out_of_a_count(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三十人中九位だった。", "三十人:さんじゅうにん|中:ちゅう|九位:きゅうい"),  # Sudachi's place name 十人
    ("二十人中二人が棄権した。", "二十人:にじゅうにん|中:ちゅう|二人:ふたり"),
    ("十人中三人が賛成した。", "十人:じゅうにん|中:ちゅう|三人:さんにん"),
    ("日本中が沸いた。", "日本:にほん|中:じゅう"),  # a place: all over
    ("東京中を走り回った。", "東京:とうきょう|中:じゅう"),
])
def test_out_of_a_count_of_people(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("長水路と短水路では記録が異なる。", "長水:ちょうすい|路:ろ|短水路:たんすいろ"),
    ("長水路の記録。", "長:ちょう|水路:すいろ"),  # split the other way: already right
    ("長水さんの家。", "長水:ながみず"),  # the surname
])
def test_long_course_pool(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("池越えの二打目を果敢に狙った。", "池越:いけご|二:に|打:だ|目:め"),
    ("池越さんが来た。", "池越:いけごし"),  # the surname
    ("峠越えをした。", "峠越:とうげご"),  # a word of its own
])
def test_shot_over_the_pond(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("予選一組で一着となり、準決勝に進んだ。", "予選:よせん|一:いち|組:くみ|一着:いっちゃく"),
    ("決勝一組に入った。", "一:いち|組:くみ"),
    ("予選二組で二着だった。", "二:に|組:くみ|二着:にちゃく"),
    ("貸切風呂は一組五十分制です。", "一:ひと|組:くみ"),  # a party of guests: travel.py's
    ("一組の夫婦が予選に出た。", "一:ひと|組:くみ"),  # no round glued before it
])
def test_numbered_heat(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("最終組で回った二人が激しく競り合った。", "最終組:さいしゅうぐみ"),
    ("首位と二打差の最終組でスタートした。", "最終組:さいしゅうぐみ"),
])
def test_last_group(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("golfswim"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
