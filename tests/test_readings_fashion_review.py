"""Readings found wrong in our own sentences in the style of fashion magazine copy, shop styling notes and
size charts: 前 before a garment's part (前丈, 前ボタン まえ), 地 after a fabric (デニム地 じ), 物 as goods of a
kind (ブランド物, 年代物, 一点物 もの), 格子 after a pattern's name (千鳥格子 ごうし), 小花柄 (こばながら), 上手 after
a verb's stem or a noun of doing (着回し上手, 収納上手 じょうず), 様になる (さま), 留め after a noun (ボタン留め
どめ), 九分丈 after 丈は (たけ), a numeral before つ and a garment's part (四つ穴 よつあな, 三つ揃い みつぞろい),
内羽根 (うちばね), 今秋冬 (こんしゅうとう), ①着丈 (きたけ), 品のある (ひん) and 大人流 (おとなりゅう). Each rule is
also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/fashion_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("前丈は後ろ丈より少し短めです。", "前:まえ|丈:たけ|後:うし|丈:たけ"),
    ("前ボタンを全部留めてカーディガンとして着ます。", "前:まえ"),
    ("前ファスナーで着脱が簡単です。", "前:まえ"),
    ("前シーズンの人気作が復刻しました。", "前:ぜん"),  # the previous season
    ("前社長が退任しました。", "前社長:ぜんしゃちょう"),
])
def test_front_of_a_garment(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("デニム地のスカートは季節を問わず活躍します。", "地:じ"),
    ("ウール地のパンツで秋冬の通勤を。", "地:じ"),
    ("着物地で仕立てたバッグです。", "着物:きもの|地:じ"),
    ("リゾート地で着たいワンピース。", "地:ち"),  # a place
    ("キャンプ地に着きました。", "地:ち"),
])
def test_cloth_of(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ブランド物のバッグを普段使いする。", "物:もの"),
    ("ヴィンテージ物のデニムです。", "物:もの"),
    ("年代物のジャケットを今風に着る。", "年代:ねんだい|物:もの"),
    ("こちらの商品は一点物のため、お早めに。", "物:もの"),
    ("危険物の持ち込みは禁止です。", "危険物:きけんぶつ"),  # a Sino compound
    ("郵便物を受け取りました。", "郵便物:ゆうびんぶつ"),
])
def test_goods_of_a_kind(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("千鳥格子のジャケットで秋らしく。", "千鳥:ちどり|格子:ごうし"),
    ("弁慶格子の着物です。", "格子:ごうし"),
    ("木格子の窓から光が入る。", "格子:ごうし"),
    ("結晶格子の構造を調べる。", "格子:こうし"),  # science
    ("窓の格子を掃除した。", "格子:こうし"),
])
def test_voiced_lattice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("小花柄のブラウスが春らしい。", "小:こ|花柄:ばながら"),
    ("花柄のワンピースです。", "花柄:はながら"),
])
def test_small_flower_print(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("着回し上手は、ベーシックカラーを選ぶ。", "上手:じょうず"),
    ("収納上手は服の数を増やさない。", "上手:じょうず"),
    ("話し上手な人と話すと楽しい。", "上手:じょうず"),
    ("舞台の上手から登場した。", "上手:かみて"),  # the stage's side
    ("舞台上手に立つ。", "上手:かみて"),
])
def test_skill_after_doing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一枚で様になるシャツワンピース。", "様:さま"),
    ("シンプルなシャツも様になります。", "様:さま"),
    ("何を着ても様になる人。", "様:さま"),  # Sudachi's own
    ("雨の様に降ってきた。", "様:よう"),  # the よう of ように
    ("言った様になるだろう。", "様:よう"),
])
def test_looking_the_part(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("後ろはボタン留めになっています。", "留:ど"),
    ("スナップ留めなので着脱が簡単です。", "留:ど"),
    ("ピン留めで前髪をまとめる。", "留:ど"),
    ("ボタンを留めてください。", "留:と"),  # the verb
    ("帯留めを選ぶ。", "帯留:おびど"),  # the lexicon's
])
def test_fastening(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("丈は九分丈、足首が見える長さです。", "丈:たけ|九分:くぶ|丈:たけ"),
    ("八分丈のパンツ。", "八分:はちぶ|丈:たけ"),
])
def test_length_after_a_fraction(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("四つ穴ボタンと二つ穴ボタンの違い。", "四:よ|穴:あな|二:ふた|穴:あな"),
    ("三つ揃いのスーツで出席した。", "三:み|揃:ぞろ"),
    ("四つ編みのヘアアレンジ。", "四:よ|編:あ"),
    ("三つボタンの紺ブレザー。", "三:み|紺:こん"),
    ("ボタンを三つ外した。", "三:みっ"),  # a count
    ("三つの穴を開けた。", "三:みっ"),
])
def test_numeral_in_a_garment_word(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("内羽根式の革靴はフォーマルです。", "内:うち|羽根:ばね"),
    ("外羽根のダービーシューズ。", "外:そと|羽根:ばね"),
    ("鳥の羽根が落ちていた。", "羽根:はね"),
    ("扇風機の外羽根を外す。", "羽根:はね"),  # no shoe
])
def test_shoe_lacing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("今秋冬の注目素材はツイード。", "今秋:こんしゅう|冬:とう"),
    ("来春夏のコレクションが発表された。", "来春:らいしゅん|夏:か"),
    ("今春から夏にかけて。", "夏:なつ"),  # not glued
    ("秋冬の定番コート。", "秋冬:あきふゆ"),  # left alone
])
def test_season_pairs(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("①着丈：六十二センチ", "着:き|丈:たけ"),
    ("一着で二通りの着こなし。", "一着:いっちゃく"),
])
def test_garment_length_after_a_list_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("品のある着こなし。", "品:ひん"),
    ("品の良いデザインです。", "品:ひん"),
    ("品がない服装は避けたい。", "品:ひん"),
    ("お祝いの品が届いた。", "品:しな"),  # an article
    ("この品の良さを伝えたい。", "品:しな"),
    ("品を選ぶ。", "品:しな"),
])
def test_grace(text, expected):
    assert expected in readings(text)


def test_grown_up_way():
    assert "大人流:おとなりゅう" in readings("ボトムスで取り入れるのが大人流。")
    assert by_word("人流の抑制が続く。")["人流"] == "じんりゅう"


@pytest.mark.parametrize("text,expected", genre_cases("fashion"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
