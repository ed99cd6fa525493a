"""Readings found wrong in our own sentences in the style of NHK News Web Easy (やさしい日本語):
rain that fell 80ミリ (降りました ふ, not おり), a sum of money after 多い (額 がく, not ひたい), age
in いちばん年が上 (とし…うえ, not ねんが|じょう), and a noun after a day used as an adverb (毎日|話を
する はなし, not the compound's ばなし). Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import readings


@pytest.mark.parametrize("text,expected", [
    ("仙台市で、20日の夜、雨が1時間に80ミリ降りました。", "降:ふ"),
    ("新潟県では、雪が30センチ降りました。", "降:ふ"),
    ("大雪が1メートル降りました。", "降:ふ"),
])
def test_rain_and_snow_fall(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text", [
    "雨の中、次の駅で電車を降りました。",
    "雪が多い日に、バスを降りました。",
    "雨が強いので、車は駅の前で降りました。",
    "雨がたくさん降っているので、タクシーを降りました。",
])
def test_getting_off_stays_oriru(text):
    assert readings(text).endswith("降:お")


@pytest.mark.parametrize("text,expected", [
    ("上がったのは、今までで一番多い額です。", "額:がく"),
    ("もらえるお金は、去年より少ない額です。", "額:がく"),
    ("この額は高いです。", "額:がく"),
    ("年金の額が2.7%上がります。", "額:がく"),
    ("農家の人は、額に汗して働いています。", "額:ひたい"),
])
def test_sum_of_money_and_forehead(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("いちばん年が上の人は、116歳の女性です。", "年:とし|上:うえ"),
    ("私より年が上の人がたくさんいます。", "年:とし|上:うえ"),
    ("年が明けました。", "年:とし"),
    ("その年は雨が多かったです。", "年:とし"),
    ("年をとると、目が悪くなります。", "年:とし"),
])
def test_age_and_the_year_are_toshi(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("この仕事を始めてから3年が過ぎました。", "年:ねん"),
    ("試験は年に2回あります。", "年:ねん"),
])
def test_year_after_number_or_before_ni_stays_nen(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("田中さんは「毎日話をするのが楽しみです」と話しました。", "話:はなし"),
    ("毎朝話をしてから、仕事を始めます。", "話:はなし"),
    ("去年会社を作りました。", "会社:かいしゃ"),
    ("来週試合があります。", "試合:しあい"),
    ("山本さんは明日立つ予定です。", "立:た"),
])
def test_no_rendaku_after_a_day_used_as_an_adverb(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("おばあさんの昔話を聞きました。", "昔話:むかしばなし"),
    ("電力会社が、電気を元に戻す工事をしています。", "会社:がいしゃ"),
    ("スーパーで、レジ袋をもらう人が少なくなりました。", "袋:ぶくろ"),
    ("高校の練習試合がありました。", "試合:じあい"),
])
def test_compounds_still_voice(text, expected):
    assert expected in readings(text)
