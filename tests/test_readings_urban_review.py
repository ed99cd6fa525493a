"""Readings found wrong in our own sentences in the style of construction, urban-planning and
infrastructure news (redevelopment, new stations and roads, bridges and tunnels, ageing infrastructure,
disaster-proofing works): the set phrase 開かずの (開かずの踏切 あか, 開かずの間 ま), the split
cable-stayed bridge 斜張橋 (しゃちょうきょう), and the lexicon's 週休二日制 (ふつか, not ふた). Each rule
is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/urban_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("開かずの踏切が解消される。", "開:あ|踏切:ふみきり"),
    ("駅の東側には開かずの踏切がある。", "開:あ"),
    ("開かずの扉を開けた。", "開:あ|扉:とびら"),
    ("開かずの間がある。", "開:あ|間:ま"),
    ("彼は口を開かずに座っていた。", "開:ひら"),  # no の: the verb 開く ひらく
    ("会議を開かない方針だ。", "開:ひら"),
    ("二人の間に座った。", "間:あいだ"),  # not after 開かずの
])
def test_never_opening(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("斜張橋としては国内最大級となる。", "斜:しゃ|張:ちょう|橋:きょう"),
    ("全長約九百メートルの斜張橋が開通した。", "張:ちょう|橋:きょう"),
    ("橋を渡って駅へ向かう。", "橋:はし"),  # alone: はし
    ("見張りを立てた。", "見張:みは"),
])
def test_cable_stayed_bridge(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("週休二日制の導入を進める。", "週休二日制:しゅうきゅうふつかせい"),
    ("完全週休二日制の現場を増やす。", "完全週休二日制:かんぜんしゅうきゅうふつかせい"),  # the lexicon's own
    ("隔週二日制を採る。", "二日:ふつか"),
])
def test_two_days_off(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("urban"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
