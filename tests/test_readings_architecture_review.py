"""Readings found wrong in our own sentences in the style of architects' pages, house-building blogs and
housing-fair copy: 棟 after a prefix (全棟 ぜんとう), 造作 as carpentry (ぞうさく), 樋 glued after a noun
(谷樋 たにどい) and 内樋 (うちどい), 内断熱 (うち), 地窓 (じまど), 雨仕舞い (あまじまい), 造り glued after a
noun (入母屋造り づくり), and a noun after その分 that does not voice (その分部屋を広く へや). Each rule is
also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/architecture_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("構造計算は全棟で実施しています。", "全:ぜん|棟:とう"),
    ("新棟が来春に完成します。", "新:しん|棟:とう"),
    ("両棟を渡り廊下でつなぎます。", "両:りょう|棟:とう"),
    ("各棟に管理人がいます。", "各棟:かくとう"),  # the lexicon's own
    ("屋根の棟に換気部材を付けました。", "棟:むね"),  # after a particle: the ridge
    ("棟上げの日は晴れました。", "棟上:むねあ"),
])
def test_building_after_prefix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("造作の家具は大工さんが作りました。", "造作:ぞうさく"),
    ("洗面台は造作で、タイルを張りました。", "造作:ぞうさく"),
    ("本棚を壁一面に造作しました。", "造作:ぞうさく"),
    ("顔の造作が整っている。", "造作:ぞうさく"),
    ("そんなことは造作もない。", "造作:ぞうさ"),  # "no trouble at all"
    ("造作なくやってのけた。", "造作:ぞうさ"),
])
def test_fixture_carpentry(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("雨漏りの原因は谷樋にありました。", "谷:たに|樋:どい"),
    ("竪樋と軒樋を交換しました。", "竪:たて|樋:どい|軒:のき|樋:どい"),
    ("雨樋は目立たないよう内樋にしました。", "雨樋:あまどい|目立:めだ|内樋:うちどい"),
    ("樋の掃除をしました。", "樋:とい"),  # alone: not voiced
    ("内樋さんが来ました。", "内樋:うちひ"),  # the surname before an honorific
])
def test_gutter_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("外断熱と内断熱の違いを解説します。", "外断熱:そとだんねつ|内:うち|断熱:だんねつ"),
    ("内需が伸びました。", "内需:ないじゅ"),
])
def test_inner_insulation(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("玄関ホールに地窓を設けました。", "地:じ|窓:まど"),
    ("地窓からの風が心地よいです。", "地:じ|窓:まど"),
    ("地の果てまで歩いた。", "地:ち"),  # not before 窓
])
def test_floor_level_window(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("天窓は雨仕舞いに注意が必要です。", "雨:あま|仕舞:じま"),
    ("雨仕舞の良い屋根です。", "雨:あま|仕舞:じまい"),
    ("雨の日も濡れずに入れます。", "雨:あめ"),
])
def test_weatherproofing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("入母屋造りの立派な屋根です。", "入母屋:いりもや|造:づく"),
    ("数寄屋造りの離れがあります。", "造:づく"),  # after what Sudachi takes for a place
    ("施設は鉄骨造りの平屋です。", "鉄骨:てっこつ|造:づく"),
    ("書院造りの座敷です。", "書院造:しょいんづく"),  # the lexicon's own
    ("刺身のお造りを頼みました。", "造:つく"),  # after お: the dish
    ("造りがしっかりした家です。", "造:つく"),  # not glued
])
def test_building_style_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("廊下を最小限にし、その分部屋を広くしました。", "分:ぶん|部屋:へや"),
    ("その間部屋にいました。", "部屋:へや"),
    ("二階の子ども部屋は南向きです。", "子:こ|部屋:べや"),  # a compound: voiced
    ("東南角部屋の住戸です。", "部屋:べや"),
])
def test_no_rendaku_after_adverbial_noun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("architecture"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
