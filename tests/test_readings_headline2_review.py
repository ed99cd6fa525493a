"""Readings found wrong in our own sentences in the style of news headlines and reports (a second pass:
stacked nouns, country abbreviations, 〜へ/〜か endings, numbers with counters, quotes and brackets): banks
counted after a name cut to 銀 (大手銀3行, 都銀2行 こう). The rule is also checked where it must not fire
(金銀3行, 3行目, lines of a poem stay ぎょう).

The genre's sentences with the readings a careful editor checked are in fixtures/headline2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("大手銀3行、純利益が過去最高", "銀:ぎん|行:こう"),
    ("都銀2行が統合へ", "都銀:とぎん|行:こう"),
    ("米銀4行の決算が出そろった。", "行:こう"),
    ("地銀2行が合併", "地銀:ちぎん|行:こう"),  # the existing bank-word rule
    ("金銀3行", "行:ぎょう"),  # gold and silver: not a bank
    ("3行目を読む", "行:ぎょう"),  # a line
    ("銀行の窓口で、詩を3行書いた。", "行:ぎょう"),
])
def test_banks_cut_to_gin(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("headline2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
