"""Readings found wrong in our own sentences in the style of university press releases and science pages:
人 after a period of the past (古代人, 縄文人, 江戸時代人 じん), 目 as an order of taxonomy after a katakana
name (サル目ヒト科 もく), 霊長目 (れいちょうもく) and 甲虫 (こうちゅう) as analyser slips, and 行った after a
study's work as the topic (実験は計三百回行った おこなった). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/research_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("古代人のDNAを解析した。", "古代:こだい|人:じん"),
    ("縄文人の骨から抽出したDNAを調べた。", "縄文:じょうもん|人:じん"),
    ("中世人の暮らしを復元した。", "中世:ちゅうせい|人:じん"),
    ("旧石器時代人の移動ルートを推定した。", "時代:じだい|人:じん"),
    ("江戸時代人の骨から病気の痕跡が見つかった。", "時代:じだい|人:じん"),
    ("彼は漱石の同時代人だった。", "時代:じだい|人:じん"),
    ("縄文人と弥生人のゲノムを比較した。", "人:じん|弥生:やよい|人:じん"),
    ("管理人に聞いた。", "管理人:かんりにん"),  # a role, not a people
    ("見物人が集まった。", "見物人:けんぶつにん"),
    ("旧石器の人々が暮らした。", "人々:ひとびと"),
])
def test_people_of_a_period(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ヒトはサル目ヒト科に分類される。", "目:もく|科:か"),
    ("ネコ目イヌ科の動物である。", "目:もく|科:か"),
    ("チョウ目の昆虫を調べた。", "目:もく|昆虫:こんちゅう"),
    ("アリはハチ目に属する。", "目:もく"),
    ("霊長目の動物を対象にした研究が進む。", "霊長目:れいちょうもく"),  # slips.py
    ("マス目に数字を書く。", "目:め"),  # no taxonomy: a grid's squares
    ("ミシン目から切り取る。", "目:め"),  # perforations
    ("二番目の実験を始めた。", "二番目:にばんめ"),
])
def test_order_of_taxonomy(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("新種はコガネムシ科の甲虫で、体長は五ミリほどだった。", "甲虫:こうちゅう"),
    ("甲虫の一種である。", "甲虫:こうちゅう"),
])
def test_beetles(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("実験は、同じ条件で計三百回行った。", "行:おこな"),
    ("観測は毎晩行った。", "行:おこな"),
    ("分析は外部の機関に依頼して行った。", "行:おこな"),
    ("一連の実験は、昨年から今年にかけて行った。", "行:おこな"),
    ("検証は三回行ったという。", "行:おこな"),
    ("観測は山頂に行って続けた。", "行:い"),  # 〜に a place: went there
    ("実験は中止になり、みんなで食事に行った。", "行:い"),
    ("実験は失敗したので、家に行った。", "行:い"),  # a clause break
    ("東京には三回行った。", "行:い"),  # no study as the topic
])
def test_study_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("research"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
