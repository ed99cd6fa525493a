"""Readings found wrong in our own sentences in the style of railway timetables, service news, station
descriptions and railway-fan writing: 止まり glued after a noun (品川止まり どまり), 十分 after a clock hour or
before おき/以内 (五時十分です, 十分おき じゅっぷん), 中線 as a station track (なかせん), 後 after a count of
trains (一本後の電車 あと), 下り before 本|線 (くだり) and 下段 as a sleeping berth (げだん). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/railway_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("この電車は品川止まりです。", "品川:しながわ|止:ど"),
    ("次の各駅停車は大宮止まりとなります。", "大宮:おおみや|止:ど"),
    ("当駅止まりの列車にはご乗車になれません。", "当:とう|駅:えき|止:ど"),
    ("計画は構想止まりでした。", "構想:こうそう|止:ど"),  # Sudachi's verb before a copula
    ("この先は行き止まりです。", "行:い|止:ど"),  # the lexicon's own
    ("電車が駅の手前で止まりました。", "止:と"),  # the verb
    ("鳥が枝に止まり、鳴き始めた。", "止:と"),
    ("大雨で電車止まりました。", "止:と"),  # the verb after a dropped particle
])
def test_run_ends_at_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("始発駅の時刻は上り五時十分です。", "五時:ごじ|十分:じゅっぷん"),
    ("下りの最終は十一時十分。", "十分:じゅっぷん"),
    ("運転間隔は十分おきです。", "十分:じゅっぷん"),
    ("十分置きに電車が来ます。", "十分:じゅっぷん"),
    ("駅から十分以内に着きます。", "十分:じゅっぷん"),
    ("その時十分に注意しました。", "十分:じゅうぶん"),  # 時 read とき
    ("準備は十分です。", "十分:じゅうぶん"),  # enough
    ("時間は十分にあります。", "十分:じゅうぶん"),
])
def test_ten_minutes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一番線と二番線の間に中線があります。", "中線:なかせん"),
    ("中線には回送列車が停車しています。", "中線:なかせん"),
    ("二番線の中線を貨物列車が通過します。", "中線:なかせん"),
    ("三角形の中線の長さを求めなさい。", "中線:ちゅうせん"),  # geometry
    ("直線と中線が交わる点を求めます。", "中線:ちゅうせん"),
])
def test_middle_track(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一本後の電車でも間に合います。", "一本:いっぽん|後:あと"),
    ("二本後に来る電車に乗ります。", "後:あと"),
    ("三日後の電車を予約しました。", "三日:みっか|後:ご"),  # days: the suffix
    ("一本後ろの列に並びました。", "後:うし"),
    ("運転再開後もダイヤが乱れました。", "再開:さいかい|後:ご"),
])
def test_later_train(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上り本線と下り本線の間に副本線があります。", "下:くだ|本:ほん|線:せん"),
    ("下り本線を走ります。", "下:くだ|本線:ほんせん"),  # the lexicon's noun
    ("電車を下り本屋に寄りました。", "下:お|本屋:ほんや"),  # getting off
])
def test_down_main_line(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("B寝台の下段を予約しました。", "下段:げだん"),
    ("二段ベッドの下段で寝ました。", "下段:げだん"),
    ("冷蔵庫の下段に野菜を入れます。", "下段:かだん"),  # a shelf: slips.py's
    ("表の下段を見てください。", "下段:かだん"),
])
def test_lower_berth(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("railway"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
