"""Readings found wrong in our own sentences in the style of terms of service, contracts and privacy
policies: 帰す after 責めに or 水泡に (きす, not かえす), 本覚書 split by the analyser (ほん|おぼえがき), 原 glued
before a legal instrument (原契約 げん, not the surname はら), 仮名 before 加工 (仮名加工情報 かめい) and 四条 after
第 (第四条 よんじょう, not the Kyoto street しじょう). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/terms_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("当社の責めに帰すべき事由による場合は除きます。", "責:せ|帰:き"),
    ("乙の責めに帰すべき事由により納期が遅れた。", "帰:き"),
    ("長年の努力が水泡に帰した。", "水泡:すいほう|帰:き"),
    ("子供を家に帰すべきだ。", "帰:かえ"),  # sending home
    ("客を部屋に帰した。", "帰:かえ"),
])
def test_attribute_to(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("本覚書は、原契約と一体のものとする。", "本覚:ほんおぼえ|書:がき"),
    ("本覚書に定めのない事項は協議する。", "本覚:ほんおぼえ|書:がき"),
    ("両社は覚書を交わした。", "覚書:おぼえがき"),  # the lexicon's own
])
def test_this_memorandum(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("本覚書は、原契約と一体のものとする。", "原:げん|契約:けいやく"),
    ("原契約の定めに従う。", "原:げん"),
    ("原監督が試合後に語った。", "原:はら"),  # the surname
    ("原さんと契約した。", "原:はら"),
])
def test_original_instrument(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("仮名加工情報の取扱いについて定めます。", "仮名:かめい|加工:かこう"),
    ("仮名で名前を書いてください。", "仮名:かな"),  # the syllabary
])
def test_pseudonymized(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("第四条の規定は本契約終了後も有効とする。", "第:だい|四条:よんじょう"),
    ("第三条及び第四条を準用する。", "四条:よんじょう"),
    ("四条河原町で降りました。", "四条:しじょう"),  # the Kyoto street
])
def test_article_four(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("terms"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
