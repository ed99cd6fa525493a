"""Readings found wrong in our own sentences in the style of local news from across Japan (prefectural and
city news, town events, local government, regional schools and festivals): 立中 that Sudachi cuts out of
町立中学校 (町|立中|学校 read ちょう りつちゅう, not まち りっちゅう), 下二 that it cuts out of 氷点下二十度
(かに, not the place しもふた), and 夜 glued before 神楽 (夜神楽 よかぐら). Each rule is also checked where it
must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/local2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("町立中学校の新校舎が完成しました。", "町:ちょう|立中:りつちゅう|学校:がっこう"),
    ("町立中高一貫校が開校しました。", "町:ちょう|立中:りつちゅう|高:こう"),
    ("村立中学校の生徒です。", "村:そん|立:りつ|中学校:ちゅうがっこう"),  # Sudachi's own: kept
    ("市立中学校に通っています。", "市:し|立:りつ|中学校:ちゅうがっこう"),
    ("町立小学校の児童です。", "町立:ちょうりつ|小学校:しょうがっこう"),
    ("町で立中さんに会いました。", "町:まち|立中:りっちゅう"),  # a name after a particle: stays
])
def test_school_founded_by_town(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("けさは氷点下二十度を観測しました。", "氷点:ひょうてん|下二:かに|十度:じゅうど"),
    ("氷点下二十五度まで下がりました。", "氷点:ひょうてん|下二:かに"),
    ("氷点下二度まで下がりました。", "氷点下:ひょうてんか|二度:にど"),  # Sudachi's own: kept
    ("零下二十度の寒さです。", "零下:れいか|二十度:にじゅうど"),
    ("地下二階に売り場があります。", "地下:ちか|二階:にかい"),
])
def test_below_freezing_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("高千穂町で夜神楽が奉納されました。", "夜:よ|神楽:かぐら"),
    ("夜、神楽を見ました。", "夜:よる|神楽:かぐら"),  # not glued: stays
    ("夜の神楽を見ました。", "夜:よる|神楽:かぐら"),
    ("夜遅くまで続きました。", "夜:よる"),
])
def test_all_night_kagura(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("local2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
