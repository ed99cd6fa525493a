"""Readings found wrong in our own sentences in the style of recipe sites and cooking blogs (ingredient
lists with amounts, steps, dish names, a family's menu): cloves of garlic and knobs of ginger counted
with 片 (にんにく一片 ひとかけ), prawns counted with 尾 that Sudachi takes for the city of 八尾 (えび八尾 はちび),
火が通っていない (とおっ, not 通う), 塩水 for soaking clams (しおみず), 鶏 glued before a cut or a dish (鶏手羽,
鶏大根 とり), 田楽 that Sudachi takes for a place (田楽味噌 でんがく), the rim of a dumpling wrapper or a
mould (皮の縁 ふち, hobby.py), 辛い beside a hot seasoning or sugar (から, fiction.py), and a rough count of
days a dish keeps (二、三日保存 さんにち, number_context.py). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/recipes_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("にんにく一片はみじん切りにする。", "一:ひと|片:かけ"),
    ("にんにく二片を包丁の腹でつぶす。", "二:ふた|片:かけ"),
    ("豚肉200g、にんにく1片、生姜1かけ", "片:かけ"),
    ("しょうが2片は千切りにする。", "片:かけ"),  # Sudachi splits the kana しょう|が
    ("ニンニク（1片）はすりおろす。", "片:かけ"),
    ("一片の雲もない青空でした。", "一:いっ|片:ぺん"),  # not a clove: いっぺん
    ("にんにく十一片を使う。", "片:へん"),  # eleven: not a one
    ("にんにく2〜3片を加える。", "片:へん"),  # three: usage varies
])
def test_cloves_of_garlic(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("えび八尾は殻をむいておきます。", "八尾:はちび"),
    ("鯵八尾、塩少々", "八尾:はちび"),
    ("八尾さんに教わったレシピです。", "八尾:やお"),  # the surname
    ("河内八尾に住んでいます。", "八尾:やお"),  # after a place name
    ("大阪府八尾市の工場", "大阪府八尾市:おおさかふやおし"),
])
def test_fish_counted_eight(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("つまようじを刺してすっと通れば火が通っています。", "火:ひ|通:とお"),
    ("中まで火が通っていない場合は、もう一分加熱する。", "火:ひ|通:とお"),
    ("中心まで熱が通ってから取り出す。", "熱:ねつ|通:とお"),
    ("毎日学校に通っています。", "通:かよ"),  # attending
    ("心が通っている。", "通:かよ"),
])
def test_heat_goes_through(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("あさりは塩水に浸けて砂抜きをしておきます。", "塩水:しおみず"),
    ("塩水でうがいをする。", "塩水:しおみず"),
    ("淡水魚は塩水では生きられない。", "塩水:えんすい"),  # set against fresh water: the term
    ("塩水の噴霧試験を行う。", "塩水:えんすい"),
    ("塩水湖として知られる。", "塩水湖:えんすいこ"),
])
def test_brine(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("鶏手羽の甘辛煮はご飯がすすむ味です。", "鶏:とり|手羽:てば"),
    ("鶏手羽元を煮込む。", "鶏:とり|手羽元:てばもと"),
    ("鶏大根は手羽元を使うとだしがよく出る。", "鶏:とり|大根:だいこん"),
    ("鶏小屋の掃除をした。", "鶏:にわとり|小屋:こや"),  # the bird
    ("庭で鶏を飼っている。", "鶏:にわとり"),
])
def test_chicken_meat(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("なすの田楽味噌焼きは夏の定番。", "田楽:でんがく|味噌:みそ"),
    ("田楽味噌を塗って焼く。", "田楽:でんがく"),
    ("豆腐田楽を作りました。", "田楽:でんがく"),  # Sudachi's own
    ("田楽町に住んでいます。", "田楽:たらが"),  # a place
])
def test_dengaku(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("餃子は皮の縁に水をつけてひだを寄せながら包む。", "縁:ふち"),
    ("型の縁までしっかり油を塗る。", "縁:ふち"),
    ("ボウルの縁についた生地をはらう。", "縁:ふち"),
    ("これも何かのご縁です。", "縁:えん"),
])
def test_rim_in_the_kitchen(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("辛いのが苦手な方は豆板醤を減らしてもOK。", "辛:から"),
    ("辛すぎたら砂糖を少し足してください。", "辛:から"),
    ("朝起きるのが辛い。", "辛:つら"),  # no food: painful
])
def test_hot_taste(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("冷蔵で二、三日保存できます。", "二:に|三日:さんにち"),
    ("冷蔵庫で2、3日寝かせると味がなじむ。", "日:にち"),
    ("二、三日置くと味がなじみます。", "三日:さんにち"),
    ("5月2、3日に開催します。", "3日:みっか"),  # dates
])
def test_days_a_dish_keeps(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("recipes"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
