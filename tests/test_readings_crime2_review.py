"""Readings found wrong in our own sentences in the style of crime, police and accident news (a second
pass): 人気 of a deserted place (人気のない路地 ひとけ), 出所 as the source of a thing (拳銃の出所 でどころ) and
家人, the household (かじん, not the medieval retainer けにん). Each rule is also checked where it must not
fire.

The genre's sentences with the readings a careful editor checked are in fixtures/crime2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("人気のない路地で、女性が何者かに襲われた。", "人気:ひとけ"),
    ("人気のない夜道を一人で歩いた。", "人気:ひとけ"),
    ("夜は人気がない場所だ。", "人気:ひとけ"),
    ("人気のない時間帯を狙った犯行とみられる。", "人気:ひとけ"),
    ("人気のない商品は値下げする。", "人気:にんき"),  # unpopular: not a place
    ("人気がない政党だ。", "人気:にんき"),
    ("人気の店に行列ができた。", "人気:にんき"),
])
def test_deserted_place(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("拳銃の出所を調べている。", "出所:でどころ"),
    ("情報の出所ははっきりしない。", "出所:でどころ"),
    ("資金の出所について説明した。", "出所:でどころ"),
    ("覚醒剤の出所を追及している。", "出所:でどころ"),
    ("刑務所を出所した。", "出所:しゅっしょ"),  # release from prison
    ("男の出所を待っていた。", "出所:しゅっしょ"),  # a person's release
    ("男は出所後、再び窃盗を繰り返した。", "出所:しゅっしょ"),
])
def test_source_of_a_thing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("家人が物音に気付き、110番通報した。", "家人:かじん"),
    ("家人に知られないよう外出した。", "家人:かじん"),
    ("鎌倉幕府の御家人が集まった。", "御家人:ごけにん"),  # its own word
    ("源氏の家人として仕えた。", "家人:けにん"),  # a lord's retainer
    ("平家の家人が都を守った。", "家人:けにん"),
])
def test_household(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("crime2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
