"""Readings found wrong in our own sentences in the style of education and research news (entrance exams,
university reforms and rankings, research results, grants, scholarships, study abroad, school policy):
博士 glued before a word of the degree system or after a kind of doctorate is the degree (博士後期課程,
博士人材, 論文博士 はくし), and the postdoc
博士研究員 is はくしけんきゅういん. Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/academia_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("博士後期課程の学生の生活を支援する。", "博士:はくし|後期:こうき|課程:かてい"),
    ("博士前期課程を修了した。", "博士:はくし|前期:ぜんき|課程:かてい"),
    ("博士学位を取得した。", "博士:はくし|学位:がくい"),
    ("博士人材の活用を進める。", "博士:はくし|人材:じんざい"),
    ("博士取得者が増えた。", "博士:はくし|取得者:しゅとくしゃ"),
    ("博士課程に進む。", "博士課程:はくしかてい"),  # the lexicon's own
    ("博士論文を提出した。", "博士論文:はくしろんぶん"),
    ("お天気博士が解説した。", "博士:はかせ"),  # a learned person, not the degree
    ("博士は研究室にいた。", "博士:はかせ"),
    ("工学博士の肩書きを持つ。", "博士:はかせ"),  # before a particle: left alone
    ("ロペス博士は取材に応じた。", "博士:はかせ"),
])
def test_doctoral_degree(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("論文博士の制度は存続している。", "論文:ろんぶん|博士:はくし"),
    ("課程博士と論文博士の違いを説明する。", "課程:かてい|博士:はくし"),
    ("社会人博士として学位を取得した。", "社会人:しゃかいじん|博士:はくし"),
    ("お天気博士が解説した。", "天気:てんき|博士:はかせ"),  # a nickname: the learned person
    ("論文を博士が読んだ。", "博士:はかせ"),  # not glued
])
def test_kind_of_doctorate(text, expected):
    assert expected in readings(text)


def test_postdoc():
    assert "博士研究員:はくしけんきゅういん" in readings("博士研究員として採用された。")


@pytest.mark.parametrize("text,expected", genre_cases("academia"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
