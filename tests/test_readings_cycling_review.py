"""Readings found wrong in our own sentences in the style of bicycle-shop blogs, riders' reports and
maintenance guides: 一 counting a pedal stroke (一漕ぎごとに ひと), 九十九 before 折り (九十九折り つづら),
激坂, which Sudachi has no reading for (げきざか), and 行って after a shop's service as the topic (下取りも
行っております おこなって). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/cycling_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("一漕ぎごとに脚が重くなっていきます。", "一:ひと|漕:こ"),
    ("一踏みごとにペダルがきしみます。", "一:ひと|踏:ふ"),
    ("一漕ぎ一漕ぎ丁寧に進みます。", "一:ひと|漕:こ|一:ひと|漕:こ"),
    ("一漕ぎで驚くほど前に進みます。", "一:ひと|漕:こ"),  # the lexicon's noun: the general rule
    ("値が一増えた。", "一:いち|増:ふ"),  # a verb that goes on inflecting
    ("点数が一上がりました。", "一:いち|上:あ"),
])
def test_one_stroke(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("九十九折りの坂道が延々と続きます。", "九十九:つづら|折:お"),
    ("九十九折の山道を登ります。", "九十九折:つづらおり"),  # the lexicon's own
    ("九十九里浜を走りました。", "九十九里:くじゅうくり"),
    ("鶴を九十九折りました。", "九十九:つくも|折:お"),  # the verb: not a road (つくも is Sudachi's, untouched)
])
def test_winding_road(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("勾配十パーセントを超える激坂でした。", "激坂:げきざか"),
    ("激坂区間では押して歩く人もいました。", "激坂:げきざか"),
    ("急坂を下ります。", "急坂:きゅうざか"),
])
def test_steep_slope(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("下取りも行っておりますのでご相談ください。", "下取:したど|行:おこな"),
    ("試乗も行っております。", "試乗:しじょう|行:おこな"),
    ("整備は店頭で行っています。", "整備:せいび|店頭:てんとう|行:おこな"),
    ("試乗に行ってきました。", "試乗:しじょう|行:い"),  # going to a test ride
    ("整備は近くの自転車屋に行ってやってもらった。", "行:い"),  # 〜に a place: went
])
def test_shop_service(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("cycling"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
