"""Readings found wrong in our own sentences in the style of farming and fishing news (harvest and rice
reports, market prices, livestock auctions, fish landings): 粒 as a graded grain (白未熟粒 りゅう), 採れ after
朝 (朝採れ野菜 どれ, 朝採り どり), 値 after a verb's stem (競り値 ね), 鶏 after 採卵 (採卵鶏 けい), 紅 before a katakana
variety (紅ズワイガニ べに), and a lone 米 after a place of origin (日本産の米 こめ) with a country near. Each
rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/farming_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings, uncertain


@pytest.mark.parametrize("text,expected", [
    ("猛暑で白未熟粒が増えた。", "白:しろ|未熟:みじゅく|粒:りゅう"),
    ("被害粒の混入で等級が下がった。", "被害:ひがい|粒:りゅう"),
    ("着色粒を取り除く。", "着色:ちゃくしょく|粒:りゅう"),
    ("大粒のブドウが実った。", "大粒:おおつぶ"),  # not a grading word
    ("米粒ほどの大きさだ。", "米粒:こめつぶ"),
    ("雨の粒が大きい。", "粒:つぶ"),  # after a particle
])
def test_graded_grain(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("直売所に朝採れ野菜が並ぶ。", "朝:あさ|採:ど|野菜:やさい"),
    ("朝獲れのアジを刺身にした。", "朝:あさ|獲:ど"),
    ("今朝採れの野菜を届けます。", "今朝:けさ|採:ど"),
    ("朝採りの野菜を売る。", "朝:あさ|採:ど|野菜:やさい"),  # the dictionaries' 朝採り あさどり
    ("朝採れたトマトを出荷した。", "朝:あさ|採:と"),  # the verb before its ending
    ("朝取りに行く。", "朝:あさ|取:と"),  # before another particle
    ("畑で野菜が採れる。", "採:と"),
])
def test_picked_this_morning(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("子牛の競り値が上がった。", "競:せ|値:ね"),
    ("平均値を求める。", "平均値:へいきんち"),
    ("ピーク値を記録した。", "値:ち"),  # after a katakana word: a value
    ("取引値のデータを集めた。", "取引:とりひき|値:ち"),  # after a kanji word: left alone
    ("言い値で買った。", "言:い|値:ね"),  # the lexicon's own
])
def test_price_after_verb_stem(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("採卵鶏の飼育羽数が減った。", "採卵:さいらん|鶏:けい"),
    ("肉用鶏の出荷が増えた。", "肉用:にくよう|鶏:けい"),
    ("産卵鶏を更新する。", "産卵:さんらん|鶏:けい"),
    ("庭で鶏を飼っている。", "鶏:にわとり"),
    ("養鶏場の鶏が処分された。", "鶏:にわとり"),
    ("地鶏の焼き鳥を食べた。", "地鶏:じどり"),
])
def test_poultry_breed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("紅ズワイガニの水揚げが始まった。", "紅:べに"),
    ("紅サケの切り身を焼いた。", "紅:べに"),
    ("牛丼に紅ショウガをのせる。", "紅:べに"),
    ("夕日で空が紅に染まる。", "紅:くれない"),  # before a particle
    ("紅一点の活躍だった。", "紅一点:こういってん"),
])
def test_red_variety(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("日本産の米を香港に輸出する。", "日本産:にほんさん|米:こめ"),
    ("国産の米が値上がりした。", "国産:こくさん|米:こめ"),
    ("日本と米の関係が深まる。", "米:べい"),  # paired with a country: the United States
    ("米は利下げを決めた。", "米:べい"),
])
def test_rice_of_origin(text, expected):
    assert expected in readings(text)


def test_rice_of_origin_is_sure():
    assert not uncertain("日本産の米を香港に輸出する。", "米")


@pytest.mark.parametrize("text,expected", genre_cases("farming"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
