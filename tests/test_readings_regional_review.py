"""Readings found wrong in our own sentences in the style of farming, fishing, forestry and
regional-industry news (harvests, first auctions, landings, livestock, sake brewers, crafts, depopulation):
一等米 (まい), 豚熱 (とん), 乳価 (にゅうか), きき酒 (ざけ), 一房 as a bunch (ひとふさ), 天日干し (てんぴ),
南高梅 (うめ), 種雄牛 (しゅゆう), 飛騨高山 (たかやま), 造り酒屋 (ざかや), ブランド牛 (ぎゅう), the counters
俵 (一俵 いっぴょう) and 町歩 (一町歩 いっちょうぶ), and 実を大きくする (み). Each rule is also checked where it
must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/regional_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("一等米の比率が上がった。", "一等:いっとう|米:まい"),
    ("一等米比率は九割を超えた。", "米:まい"),
    ("二等米が増えた。", "米:まい"),
    ("米の値段が上がった。", "米:こめ"),  # no grade
    ("米価の下落が続く。", "米価:べいか"),
])
def test_rice_grade(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("豚熱の感染が広がった。", "豚:とん|熱:ねつ"),
    ("豚肉の価格が上がった。", "豚肉:ぶたにく"),
    ("豚の餌を運ぶ。", "豚:ぶた"),
])
def test_pig_disease(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("乳価の引き上げが決まった。", "乳:にゅう|価:か"),
    ("その価は高い。", "価:あたい"),  # alone: the value
    ("乳を搾る。", "乳:ちち"),
])
def test_milk_price(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("新酒のきき酒会が開かれた。", "酒:ざけ"),
    ("利き酒師の資格を取った。", "酒:ざけ"),  # the lexicon's own
    ("果実酒を漬けた。", "果実酒:かじつしゅ"),  # after a noun
])
def test_tasting_sake(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ブドウの房を一房ずつ袋掛けする。", "一房:ひとふさ"),
    ("ぶどう一房を買った。", "一房:ひとふさ"),
    ("一房さんが来た。", "一房:かずふさ"),  # a given name before an honorific
])
def test_one_bunch(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("梅干しの天日干しが始まった。", "天日:てんぴ"),
    ("南高梅の作柄は平年並みだ。", "南高:なんこう|梅:うめ"),
    ("紅梅が咲いた。", "紅梅:こうばい"),
])
def test_drying_and_plums(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("試験場が新しい種雄牛を開発した。", "種雄:しゅゆう|牛:ぎゅう"),
    ("種雄さんが来た。", "種雄:たねお"),  # a given name
    ("ブランド牛の枝肉価格が上がった。", "牛:ぎゅう"),
    ("アンガス牛のステーキ。", "牛:ぎゅう"),
    ("子牛が生まれた。", "子牛:こうし"),
    ("牛が鳴いた。", "牛:うし"),  # alone
])
def test_cattle(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("飛騨高山の家具は全国に出荷される。", "飛騨:ひだ|高山:たかやま"),
    ("高山植物が咲く。", "高山:こうざん"),
    ("高山の頂上に立つ。", "高山:こうざん"),
])
def test_takayama(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("地元の造り酒屋が創業二百年を迎えた。", "造:つく|酒屋:ざかや"),
    ("町の酒屋で買った。", "酒屋:さかや"),
])
def test_brewery(text, expected):
    assert expected in readings(text)


def test_rice_and_land_counters():
    assert by_word("米の概算金は一俵一万二千円だ。")["一俵"] == "いっぴょう"
    assert by_word("コメは約八俵とれる。")["八俵"] == "はっぴょう"
    assert by_word("米を三俵運んだ。")["三俵"] == "さんびょう"
    assert by_word("十俵、百俵、千俵。")["千俵"] == "せんびょう"
    assert by_word("土俵に上がる。")["土俵"] == "どひょう"  # a word, not a count
    assert by_word("一町歩の田んぼを耕す。")["一町歩"] == "いっちょうぶ"
    assert by_word("五町歩の畑。")["五町歩"] == "ごちょうぶ"


@pytest.mark.parametrize("text,expected", [
    ("花摘みは、実を大きくするために欠かせない。", "実:み"),
    ("実を取る作戦だ。", "実:じつ"),  # substance over form
])
def test_fruit_grown_larger(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("regional"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
