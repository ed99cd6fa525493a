"""Readings found wrong in our own sentences in the style of encyclopedia articles on geography, towns and
rivers, companies and brands, products and vehicles, transport and infrastructure, buildings and
organisations, sports clubs and definitions of terms: 中央駅 (ちゅうおうえき, not Sudachi's Korean station),
八十 standing alone as a number (はちじゅう, not やそ), 三重塔 (さんじゅうの), 河岸段丘 (かがん), 谷底平野
(こくてい), the data of bridges and dams (橋長 きょうちょう, 堤高 ていこう), katakana kinds of bridge (トラス橋
きょう), 湧出し (ゆうしゅつ), 北前船 (ぶね), 本川 beside 支川 (ほんせん), 平山城 (じろ) and 河口 in a
sentence about a river or a delta (かこう). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/reference_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("青葉線は、中央駅から港町駅までを結ぶ。", "中央駅:ちゅうおうえき"),
    ("中央駅で乗り換える。", "中央駅:ちゅうおうえき"),
    ("中央駅前の広場", "中央駅:ちゅうおうえき|前:まえ"),
    ("中央線の駅", "中央線:ちゅうおうせん"),  # not the station word: left alone
])
def test_central_station(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("県内に八十の支店を持つ。", "八十:はちじゅう"),
    ("約八十の団体が加盟している。", "八十:はちじゅう"),
    ("八十島を巡る船旅。", "八十島:やそじま"),  # the old word in a compound
    ("祖父は八十歳になった。", "八十歳:はちじゅっさい"),
])
def test_eighty_as_a_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("境内には三重塔が建つ。", "三重:さんじゅうの|塔:とう"),
    ("五重塔と三重塔がある。", "五重塔:ごじゅうのとう|三重:さんじゅうの|塔:とう"),
    ("三重県の塔を訪ねた。", "三重県:みえけん"),  # the prefecture
])
def test_three_storeyed_pagoda(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("耕地は河岸段丘に限られる。", "河岸:かがん|段丘:だんきゅう"),
    ("河岸段丘は地形の一種である。", "河岸:かがん"),
    ("河岸を歩いた。", "河岸:かし"),  # the bank or the market
    ("魚河岸で働く。", "魚河岸:うおがし"),
    ("村の中心集落は川沿いの谷底平野に位置する。", "谷底:こくてい|平野:へいや"),
    ("谷底に落ちた。", "谷底:たにそこ"),  # the bottom of a valley
])
def test_landforms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("橋長は約四百メートルである。", "橋長:きょうちょう"),
    ("堤高は百メートルである。", "堤:てい|高:こう"),
    ("堤頂長は三百メートルである。", "堤:てい|頂:ちょう|長:ちょう"),
    ("堤さんの高い声が響いた。", "堤:つつみ"),  # the surname, not glued to 高
])
def test_bridge_and_dam_data(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("形式は鋼トラス橋である。", "鋼:こう|橋:きょう"),
    ("アーチ橋とは、荷重を支える橋をいう。", "橋:きょう|荷重:かじゅう|支:ささ|橋:はし"),  # the bare word stays はし
    ("ラーメン橋とローゼ橋", "橋:きょう|橋:きょう"),
    ("つり橋を渡る。", "橋:ばし"),
    ("メガネ橋を渡る。", "橋:はし"),  # a name, not a kind of structure
])
def test_kinds_of_bridge(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("町内には温泉が湧出し、温泉街が形成されている。", "湧出:ゆうしゅつ"),
    ("温泉が湧出する。", "湧出:ゆうしゅつ"),
    ("温泉が湧き出している。", "湧:わ|出:だ"),
])
def test_hot_spring_gushes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("この港は北前船の寄港地であった。", "北前:きたまえ|船:ぶね"),
    ("千石船と北前船", "千石船:せんごくぶね|北前:きたまえ|船:ぶね"),
    ("同型船が三隻建造された。", "同型:どうけい|船:せん"),
])
def test_coastal_trader(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三角州とは、河口付近に土砂が堆積してできた低平な地形である。", "河口:かこう"),
    ("川の河口で釣りをした。", "河口:かこう"),
    ("河口から約十キロメートルの地点まで潮の影響を受ける。", "河口:かこう"),
    ("河口湖の近くの村。", "河口:かわぐち|湖:こ"),  # the lake
    ("河口さんが来た。", "河口:かわぐち"),  # a surname
    ("河口氏は川を調べた。", "河口:かわぐち"),  # a surname, though the sentence has a river
])
def test_river_mouth(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("この川は本川の左岸に注ぐ支川である。", "本川:ほんせん"),
    ("本川の水位観測所が中流に置かれている。", "本川:ほんせん"),
    ("本川の集落に住む。", "本川:ほんがわ"),  # a place, nothing about a river system
    ("本川さんに会った。", "本川:もとかわ"),  # a surname
])
def test_main_stream(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("この城は平山城である。", "平山:ひらやま|城:じろ"),
    ("平山さんの城を訪ねた。", "城:しろ"),
    ("大阪城の天守", "城:じょう"),
])
def test_hill_castle(text, expected):
    assert expected in readings(text)


def test_fixed_words_keep_their_neighbours():
    words = by_word("堤高は百メートル、総貯水容量は約一億立方メートルである。")
    assert words["貯水"] == "ちょすい" and words["容量"] == "ようりょう"


@pytest.mark.parametrize("text,expected", genre_cases("reference"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
