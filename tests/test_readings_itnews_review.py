"""Readings found wrong in our own sentences in the style of IT, AI and cybersecurity news (generative AI,
semiconductors, data centres, cyberattacks and leaks, smartphones and carriers, platform regulation,
startups and funding): 前/後 glued before 工程, the front and back end of a production line (半導体の後工程
あとこうてい, 前工程 まえこうてい), which Sudachi cuts off and reads as the time word ぜん/ご, and 三重 as
threefold layers (三重の防御 さんじゅう), which Sudachi takes for the prefecture, みえ. Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/itnews_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("半導体の後工程を担う工場を新設する。", "後:あと|工程:こうてい"),
    ("前工程と後工程の両方を国内で手がける。", "前:まえ|工程:こうてい|後:あと|工程:こうてい"),
    ("半導体後工程の新工場が稼働した。", "半導体:はんどうたい|後:あと|工程:こうてい"),
    ("後工程は台湾で行う。", "後:あと|工程:こうてい"),
    ("「後工程」の拠点を設ける。", "後:あと|工程:こうてい"),
    ("作業の前工程を確認する。", "前:まえ|工程:こうてい"),
    # the time word stays: after a demonstrative, a time, a count or an act, or before a longer word
    ("その後工程表を作り直した。", "後:ご|工程表:こうていひょう"),
    ("二時間後工程に戻った。", "後:ご|工程:こうてい"),
    ("作業後工程を確認する。", "作業:さぎょう|後:ご|工程:こうてい"),
    ("製造前工程を確認する。", "製造:せいぞう|前:ぜん|工程:こうてい"),
    ("飲酒後に鞄ごと置き忘れた。", "飲酒:いんしゅ|後:ご"),
    ("前処理と後処理を自動化した。", "前処理:まえしょり|後処理:あとしょり"),  # the lexicon's own
])
def test_production_line_half(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三重の防御を備える。", "三重:さんじゅう|防御:ぼうぎょ"),
    ("二重、三重の対策を講じる。", "三重:さんじゅう|対策:たいさく"),
    ("三重に守る仕組みだ。", "三重:さんじゅう|守:まも"),
    ("三重構造の堤防を築いた。", "三重:さんじゅう|構造:こうぞう"),
    ("三重の認証を求める。", "三重:さんじゅう|認証:にんしょう"),
    # the prefecture stays
    ("三重の魅力を発信する。", "三重:みえ|魅力:みりょく"),
    ("三重に行く予定だ。", "三重:みえ|行:い"),
    ("三重の伊勢神宮を訪ねた。", "三重:みえ|伊勢:いせ"),
    ("三重から愛知にかけて雨が降った。", "三重:みえ|愛知:あいち"),
    ("三重の重要文化財を巡る。", "三重:みえ|重要文化財:じゅうようぶんかざい"),
    ("三重の窓口に相談した。", "三重:みえ|窓口:まどぐち"),
    ("三重の化石を展示する。", "三重:みえ|化石:かせき"),
    ("境内の三重塔を見上げた。", "三重:さんじゅうの|塔:とう"),  # reference.py's pagoda
])
def test_threefold_layers(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("itnews"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
