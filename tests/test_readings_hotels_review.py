"""Readings found wrong in our own sentences in the style of hotel, ryokan and hot-spring reviews and
travel sites' plan pages: 入れる with no object in a sentence about a bath (いつでも入れます はいれ),
至れり尽くせり (尽 つ), 空 of an empty container that Sudachi reads うつろ (冷蔵庫は空なので から), 部屋 after a
word standing as an adverb (板長自ら部屋に, 朝食とも部屋食 へや, not べや), 牛 before a katakana cut of
beef (牛ステーキ ぎゅう), 朝食前 split as 朝|食前 (ちょうしょくまえ), 九品 counting dishes (きゅうひん) and
an inn's staff before の方 (仲居の方, 湯守の方 かた). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/hotels_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("家族風呂が三つあり、空いていればいつでも入れます。", "入:はい"),
    ("客室の風呂も温泉なので、夜中にも入れました。", "入:はい"),
    ("露天風呂付き客室を予約したので、好きな時に好きなだけ入れました。", "入:はい"),
    ("宿泊者以外も大浴場に入れますか？", "入:はい"),  # people as the topic get in
    ("風呂は何時まで入れるの？", "入:はい"),
    ("湯船に入浴剤を入れました。", "入:い"),  # an object: putting in
    ("お湯を入れてから温泉卵を作ります。", "入:い"),
    ("温泉でお茶も入れます。", "入:い"),  # a thing as the topic is what is put in
    ("温泉旅館の宿泊券を手に入れました。", "入:い"),  # 手に入れる
    ("お風呂にゆずを入れておいたよ。", "入:い"),  # before て
    ("お茶は自分で入れます。", "入:い"),  # no bath about
])
def test_getting_into_a_bath(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上げ膳据え膳で、至れり尽くせりの滞在でした。", "至:いた|尽:つ"),
    ("尽く失敗した。", "尽:ことごと"),  # the adverb
])
def test_itareri_tsukuseri(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("冷蔵庫は空なので、飲み物は持ち込みができます。", "空:から"),
    ("グラスが空なのに誰も注がない。", "空:から"),
    ("冷蔵庫は空でした。", "空:から"),  # tech.py's copula case, already right
    ("空な目をしていた。", "空:うつろ"),  # before a noun: hollow
])
def test_empty_container(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("板長自ら部屋に挨拶に来てくださいました。", "自:みずか|部屋:へや"),
    ("食事：夕食・朝食とも部屋食", "朝食:ちょうしょく|部屋:へや|食:しょく"),
    ("子供部屋で遊びました。", "子供部屋:こどもべや"),
    ("角部屋で窓が二面ありました。", "角部屋:かどべや"),
])
def test_room_after_an_adverb(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("強肴の牛ステーキは柔らかでした。", "牛:ぎゅう"),
    ("牛ロースとハラミを焼きました。", "牛:ぎゅう"),
    ("牛バラ肉の煮込みです。", "牛:ぎゅう"),
    ("牛タンを焼きました。", "牛:ぎゅう"),  # the lexicon's own
    ("池で牛ガエルが鳴いていました。", "牛:うし"),  # not beef
    ("牛の放牧が見られます。", "牛:うし"),
])
def test_beef(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("朝食前にひと風呂浴びてきました。", "朝:ちょう|食前:しょくまえ"),
    ("昼食前に宿に着きました。", "昼:ちゅう|食前:しょくまえ"),
    ("夕食前に温泉街を歩きました。", "夕食:ゆうしょく|前:まえ"),
    ("食前に服用してください。", "食前:しょくぜん"),  # alone: the medical word
    ("朝食前に一錠服用してください。", "朝:ちょう|食前:しょくぜん"),  # a dose: the medical 食前
    ("朝から雨でした。", "朝:あさ"),
])
def test_before_a_meal(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("夕食は九品の会席でした。", "九品:きゅうひん"),
    ("料理は全部で九品でした。", "九品:きゅうひん"),
    ("九品仏に参拝しました。", "九品:くほん"),  # the temple
    ("寺の九品の阿弥陀像を拝観した。", "九品:くほん"),  # a Buddhist sentence
])
def test_nine_dishes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("仲居の方に聞きました。", "方:かた"),
    ("湯守の方が湯温を確認しています。", "方:かた"),
    ("女将の方から挨拶がありました。", "方:かた"),
    ("番頭の方が荷物を運んでくれました。", "方:かた"),
    ("山の方を眺めました。", "方:ほう"),  # a direction
    ("川の方へ歩きました。", "方:ほう"),
])
def test_inn_staff(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("hotels"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
