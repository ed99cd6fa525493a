"""Readings found wrong in our own sentences in the style of zoo and aquarium news, pets' health pages and
wildlife and insect reports: 角 of a horned animal (サイの角, 角を研ぐ つの), 雄 and 雌 glued before a
katakana animal name or 同士 (雄ライオン おす, 雌ライオン めす), 園 after の in a sentence about a zoo (隣の
園から来園 えん), 抱く with a young animal or after an adverbial adjective (子ザルを抱いて, 子どもを優しく
抱いて だ), 獣 split off before 舎 (獣舎 じゅう), and the lexicon's 海豹 (あざらし). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/animals_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("サイの角を狙った密猟が問題になっています。", "角:つの"),
    ("雄鹿の立派な角が見事です。", "角:つの"),
    ("牛の角に注意してください。", "角:つの"),
    ("シカの角は毎年生え変わります。", "角:つの"),
    ("雄の鹿は秋になると角を研ぎます。", "角:つの"),
    ("カブトムシの角は雄にしかありません。", "角:つの"),
    ("角を突き合わせて雄同士が争います。", "角:つの"),  # a verb only a horn goes with
    ("道の角を右に曲がってください。", "角:かど"),  # a street corner
    ("角を曲がると牛がいました。", "角:かど"),  # turning: a corner, animal or not
    ("机の角に足をぶつけた。", "角:かど"),  # no animal
    ("牛角で焼肉を食べた。", "牛角:ぎゅうかく"),  # a compound: left alone
])
def test_horn(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("雄ライオンのたてがみが立派です。", "雄:おす"),
    ("雌ライオンが狩りをします。", "雌:めす"),
    ("雄同士が激しく争います。", "雄:おす"),
    ("雄の鹿は秋になると角を研ぎます。", "雄:おす"),  # Sudachi's own
    ("雄太くんが来ました。", "雄太:ゆうた"),  # a given name
    ("英雄が帰ってきた。", "英雄:えいゆう"),
])
def test_male_and_female(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ライオンの雄が二頭、隣の園から来園しました。", "園:えん"),
    ("ゾウは隣県の園から移ってきた動物です。", "園:えん"),
    ("エデンの園の物語です。", "園:その"),  # no zoo in the sentence
    ("学びの園を巣立つ日が来ました。", "園:その"),
])
def test_zoo(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("燕が低く飛ぶと雨が降るという。", "燕:つばめ"),
    ("燕は春に南から渡ってくる。", "燕:つばめ"),
    ("燕の巣を見上げる子どもたち。", "燕:つばめ"),
    ("燕の国は戦国七雄の一つだった。", "燕:えん"),  # the ancient state
    ("燕王が即位した。", "燕王:えんおう"),
    ("燕三条の金属加工は有名だ。", "燕三条:つばめさんじょう"),
])
def test_swallow(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("母ザルが子ザルを抱いて移動していました。", "抱:だ"),
    ("ゴリラの父親が子どもを優しく抱いていました。", "抱:だ"),
    ("仔犬を抱いて写真を撮りました。", "抱:だ"),
    ("彼は大きな夢を抱いている。", "抱:いだ"),  # a feeling
    ("不安を強く抱いている住民も多い。", "抱:いだ"),
])
def test_holding_a_young_animal(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("獣舎の改修工事が終わりました。", "獣:じゅう|舎:しゃ"),
    ("獣道を通って鹿が移動しています。", "獣道:けものみち"),  # one word of the lexicon
    ("獣のにおいがします。", "獣:けもの"),  # on its own
])
def test_animal_house(text, expected):
    assert expected in readings(text)


def test_seal():
    assert by_word("海豹の赤ちゃんは白い毛に覆われています。")["海豹"] == "あざらし"


@pytest.mark.parametrize("text,expected", genre_cases("animals"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
