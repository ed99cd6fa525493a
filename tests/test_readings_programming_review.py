"""Readings found wrong in our own sentences in the style of programming manuals, API references and
developers' blogs: 大文字 as a capital letter (おおもじ), 木 of a tree structure (二分木 ぎ, 決定木 ぎ) and the
halving 二分 (にぶん), 中置 (ちゅうち), 空 judged empty (空とみなす から, 空の辞書 から), 偽 and 値 after と
なる (ぎ, あたい), the verb 送出 (そうしゅつ), 八十 before a unit of text (はちじゅう), 行ごと (ぎょう) and 閏年
(うるうどし). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/programming_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("大文字と小文字を区別します。", "大文字:おおもじ|小文字:こもじ"),
    ("定数名はすべて大文字で書きます。", "大文字:おおもじ"),
    ("先頭の一文字だけを大文字にします。", "大文字:おおもじ"),
    ("五山の送り火の大文字が見えた。", "大文字:だいもんじ"),  # the Kyoto bonfire
    ("京都の大文字山に登った。", "大文字:だいもんじ"),
])
def test_capital_letter(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二分木の根から葉までたどります。", "二分:にぶん|木:ぎ"),
    ("二分探索は配列がソート済みであることが前提です。", "二分:にぶん|探索:たんさく"),
    ("二分法で解を求めます。", "二分:にぶん|法:ほう"),
    ("二分探索木を実装します。", "二分:にぶん|探索:たんさく|木:ぎ"),
    ("決定木で分類します。", "決定:けってい|木:ぎ"),
    ("抽象構文木を走査します。", "構文:こうぶん|木:ぎ"),
    ("二分待ちます。", "二分:にふん"),  # two minutes
    ("二分したら火を止めます。", "二分:にふん"),
    ("植木に水をやります。", "植木:うえき"),  # not a tree structure
    ("自分木を植えた。", "自分:じぶん|木:き"),
])
def test_tree_structure(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("中置記法を後置記法に変換します。", "中:ちゅう|置:ち|記法:きほう"),
    ("中置演算子を定義します。", "中:ちゅう|置:ち|演算子:えんざんし"),
    ("置き場所を決めます。", "置:お|場所:ばしょ"),
])
def test_infix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("文字列の長さが零なら空とみなします。", "空:から"),
    ("入力が空と判定された場合はスキップします。", "空:から"),
    ("空の辞書を初期値にするのは危険です。", "空:から|辞書:じしょ"),
    ("空のオブジェクトを返します。", "空:から"),
    ("空と海が青い。", "空:そら"),  # the sky
    ("空の青さに見とれた。", "空:そら"),
])
def test_empty(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("偽となる値の一覧を確認しておきましょう。", "偽:ぎ|値:あたい"),
    ("偽と評価される値に注意します。", "偽:ぎ"),
    ("真となる値を返します。", "値:あたい"),
    ("偽の情報に注意してください。", "偽:にせ"),  # a fake
])
def test_false_value(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("例外を送出します。", "送出:そうしゅつ"),
    ("例外が送出される。", "送出:そうしゅつ"),
    ("例外を送出して処理を中断します。", "送出:そうしゅつ"),
    ("送出し機関を通じて来日した。", "送出:おくりだ"),  # before a noun: the sending agency
])
def test_raise(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("横幅が八十文字を超えたら折り返します。", "八十:はちじゅう|文字:もじ"),
    ("八十島を巡ります。", "八十島:やそじま"),  # the old noun
    ("行ごとに分割して配列に格納します。", "行:ぎょう"),
    ("閏年かどうかを判定します。", "閏年:うるうどし"),
])
def test_lines_and_counts(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("programming"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
