"""Readings found wrong in our own sentences in the style of consumer-affairs news and notices (product
recalls and voluntary withdrawals, food labels, scam and fraud warnings, price rises, online-shopping,
cancellation and refund trouble): 乳 standing in a list of allergens (小麦・乳を含む にゅう). The rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/consumer_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("本品製造工場では、小麦・乳を含む製品を生産しています。", "小麦:こむぎ|乳:にゅう"),
    ("アレルギー：卵、乳、小麦", "卵:たまご|乳:にゅう|小麦:こむぎ"),
    ("乳・卵・えびを使用しています。", "乳:にゅう|卵:たまご"),
    ("特定原材料の落花生・乳が表示されていなかった。", "落花生:らっかせい|乳:にゅう"),
    ("牛の乳を搾る。", "乳:ちち"),  # no allergen list: milk from the cow
    ("乳・ミルク", "乳:ちち"),  # beside a word that is no allergen
    ("乳が張って痛い。", "乳:ちち"),  # no list at all
])
def test_allergen_milk(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("consumer"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
