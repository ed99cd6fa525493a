"""Readings found wrong in our own sentences in the style of consumer-affairs news and notices (product
recalls and voluntary withdrawals, food labels, scam and fraud warnings, price rises, online-shopping,
cancellation and refund trouble): 乳 standing in a list of allergens (小麦・乳を含む にゅう) and 原野 before a
word of land use read as a surname (原野商法 げんや). Each rule is also checked where it must not fire.

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


@pytest.mark.parametrize("text,expected", [
    ("原野商法の二次被害が増えている。", "原野:げんや|商法:しょうほう"),
    ("原野開発の計画が持ち上がった。", "原野:げんや"),
    ("原野商法", "原野:げんや"),
    ("広大な原野が広がる。", "原野:げんや"),  # Sudachi's own
    ("原野さんが来た。", "原野:はらの"),  # an honorific: the surname
    ("原野社長が謝罪した。", "原野:はらの"),  # a title: the surname
])
def test_wilderness(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("consumer"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
