"""Readings found wrong in our own sentences in the style of social-issue and welfare news (ageing and
depopulation, childcare and birth-rate policy, labour shortages and foreign workers, poverty and welfare,
disability support, volunteers and NPOs): 歳児 after a kanji numeral as a counter with its sound change
(一歳児 いっさいじ, not いち|さいじ), 食 counting meals (一食三百円 いっしょく, not いち|しょく), a person's age
in kanji digits in brackets as papers print it (男性（七二） ななじゅうに, not ななに), an age group Sudachi
takes for a surname (五十代の息子 ごじゅうだい, not いかだい), and two kanji digits written place by place
before a decimal (一一・五パーセント じゅういっ, not いちいち). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/society_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings, spans


@pytest.mark.parametrize("text,expected", [
    ("一歳児クラスの空きがほとんどない。", "一歳児:いっさいじ"),
    ("八歳児の平均身長を調べた。", "八歳児:はっさいじ"),
    ("十歳児を対象にした調査だ。", "十歳児:じゅっさいじ"),
    ("三歳児健診では視力の検査もある。", "三歳児:さんさいじ"),
    ("〇歳児の保育は手がかかる。", "〇歳児:ぜろさいじ"),
    ("二歳児クラスは定員六人だ。", "二歳児:にさいじ"),  # no sound change: unchanged
    ("一歳半の子どもが健診を受けた。", "一歳:いっさい|半:はん"),  # the plain 歳 counter, as before
    ("二十歳を迎えた。", "二十歳:はたち"),
])
def test_age_of_children_counter(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("地域食堂では、一食三百円で食べられる。", "一食:いっしょく"),
    ("一食抜いた。", "一食:いっしょく"),
    ("八食分を作り置きした。", "八食:はっしょく"),
    ("十食限定のランチ。", "十食:じゅっしょく"),
    ("一日三食きちんと食べる。", "三食:さんしょく"),
    ("第一食堂で会った。", "一:いち|食堂:しょくどう"),  # 食堂 is no counter
])
def test_meal_counter(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("代表を務める男性（七二）は、二十年前から活動を続けている。", "七二:ななじゅうに"),
    ("市内に住む女性（八五）は、一人で暮らしている。", "八五:はちじゅうご"),
    ("施設長の山田花子さん（五八）は語る。", "五八:ごじゅうはち"),
    ("最高齢の女性（一〇二）が表彰された。", "一〇二:ひゃくに"),
    ("俳句（五七五）のリズムを学ぶ。", "五七五:ごしちご"),  # above any age: digit by digit
    ("五七五のリズムを学ぶ。", "五七五:ごしちご"),  # not bracketed
    ("（七二）", "七二:ななに"),  # nothing before the bracket: not an age after a name
])
def test_bracketed_age(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("八十代の母と五十代の息子が、二人きりで暮らしていた。", "五十代:ごじゅうだい"),
    ("母と五十代の息子が暮らす。", "五十代:ごじゅうだい"),
    ("五十代の男性が相談に訪れた。", "五十代:ごじゅうだい"),
    ("五十代さんに話を聞いた。", "五十代:いかだい"),  # an honorific: the surname
    ("三代目の店主が継いだ。", "三代目:さんだいめ"),
])
def test_age_group_not_surname(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("society"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("子どもの貧困率は一一・五パーセントと高い。", "一一:じゅういっ|五:ご"),
    ("割合は、一一・三パーセントと過去最低だった。", "一一:じゅういっ|三:さん"),
    ("一二・三％に上った。", "一二:じゅうに|三:さん"),
    ("二〇・五倍に増えた。", "二〇:にじゅっ"),
    ("一八・一パーセントだった。", "一八:じゅうはっ"),
    ("一二・三年生が対象だ。", "一二:いちに"),  # no unit after the decimal: left alone
    ("一・五倍に増えた。", "一:いっ|五倍:ごばい"),  # one digit: as before
])
def test_place_digits_before_decimal(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,word", [("三食材を使ったスープ", "食"), ("二食品の表示を比べた", "食")])
def test_meal_counter_stays_off_a_word_it_opens(text, word):
    # 食材, 食品: 食 opens a word there, so the number is not counting meals
    assert (word, "しょく") in spans(text)
