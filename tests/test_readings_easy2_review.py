"""Readings found wrong in our own sentences in the style of NHK News Web Easy (short plain sentences for
learners and children on prices, schools, zoos, seasons, festivals, health and sports): 百日 as a span of
days (生まれてから百日がたちました ひゃくにち, not the surname ももひ), temples Sudachi cuts into a name and 寺
(清水寺 きよみずでら, 浅草寺 せんそうじ, 高台寺 こうだいじ, 壬生寺 みぶでら) or reads as a kun compound
(仁和寺 にんなじ), 金 listed with 銀 or 銅 (金と銀のメダル きん) and 年 before の (年の数だけ豆を食べる
とし). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/easy2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("生まれてから百日がたちました。", "百日:ひゃくにち"),
    ("百日の間、雨が降りませんでした。", "百日:ひゃくにち"),
    ("開店まで、あと百日です。", "百日:ひゃくにち"),
    ("百日さんが来ました。", "百日:ももひ"),  # before an honorific: the surname
    ("百日祭りがありました。", "百日:ももひ"),  # glued before a noun: left alone
    ("百日咳がはやっています。", "百日咳:ひゃくにちぜき"),  # the lexicon's own word
])
def test_hundred_days(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("清水寺で字を書きました。", "清水寺:きよみずでら"),
    ("清水寺と金閣寺に行きました。", "清水寺:きよみずでら"),
    ("浅草寺にお参りしました。", "浅草寺:せんそうじ"),
    ("京都の高台寺に行きました。", "高台寺:こうだいじ"),
    ("壬生寺に行きました。", "壬生寺:みぶでら"),
    ("仁和寺の桜が咲きました。", "仁和寺:にんなじ"),
    ("清水の寺に行きました。", "清水:しみず|寺:てら"),  # not glued: a name and a temple
    ("浅草の寺を回りました。", "浅草:あさくさ|寺:てら"),
    ("高台に寺があります。", "高台:たかだい|寺:てら"),
])
def test_temple_names(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("日本の選手が金と銀のメダルを取りました。", "金:きん|銀:ぎん"),
    ("銅と金のメダルを一つずつ取りました。", "銅:どう|金:きん"),
    ("金も銀も取れませんでした。", "金:きん"),
    ("お金と時間がありません。", "金:かね"),  # money, listed with no metal
    ("店からお金を盗みました。", "金:かね"),
])
def test_gold_listed_with_metals(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("豆まきのあと、年の数だけ豆を食べました。", "年:とし|数:かず"),
    ("二人は年の差があります。", "年:とし|差:さ"),
    ("年の初めに、神社にお参りしました。", "年:とし"),
    ("その年の夏は暑かったです。", "年:とし"),
    ("三年の夏に引っ越しました。", "三年:さんねん"),  # after a number: ねん
    ("年に二回、祭りがあります。", "年:ねん"),  # before に: a year as a unit
])
def test_year_before_no(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("easy2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
