"""Readings found wrong in our own sentences in the style of Diet and party news, cabinet and budget
reporting, local assemblies, elections and polls (a second pass after politics_review.tsv): 二分 as
"split in two" before する with an object or in the passive (国論を二分する, 世論は二分された にぶん; not
two minutes), and 他 opening a quote before に (「他に適当な人がいない」 ほか). Each rule is also checked
where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/politics2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("世論は二分された。", "二分:にぶん"),
    ("国論を二分する議論となった。", "二分:にぶん"),
    ("党を二分した総裁選が終わった。", "二分:にぶん"),
    ("与野党の主張は二分されている。", "二分:にぶん"),
    ("二分したら火を止めます。", "二分:にふん"),  # no object, not passive: minutes
    ("二分間の黙とうをささげた。", "二分間:にふんかん"),
    ("会議は二分で終わった。", "二分:にふん"),
    ("三分の二を超えた。", "三分:さんぶん"),  # the fraction, as before
])
def test_split_in_two(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("理由は「他に適当な人がいない」が最多だった。", "他:ほか"),
    ("「他に方法がない」と話した。", "他:ほか"),
    ("『他に候補はいないのか』との声も出た。", "他:ほか"),
    ("他に方法がない。", "他:ほか"),  # opening a sentence: the analyser's own
    ("「他に先駆けて導入した」と述べた。", "他:た"),  # ahead of others
    ("「他に類を見ない」と評価した。", "他:た"),
    ("「他の候補はいない」と述べた。", "他:た"),  # 他の: readings.py's choice, untouched
])
def test_else_opening_a_quote(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("politics2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
