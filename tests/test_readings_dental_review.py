"""Readings found wrong in our own sentences in the style of dental and eye clinic pages and patients'
blogs: 膿 alone (膿がたまる うみ), 歯 before the suffix 間 (歯間ブラシ し), 月 after a kana numeral (ひと月
つき), and the analyser's slips 仮歯 (かりば, not かし) and 両眼 (りょうがん, not りょうめ). Each rule is
also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/dental_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("歯根の先に膿がたまっていました。", "膿:うみ"),
    ("歯茎が腫れて膿が出てきました。", "膿:うみ"),
    ("切開して膿を出します。", "膿:うみ"),
    ("傷口が化膿しました。", "化膿:かのう"),  # a compound: kept
    ("喉の膿栓が取れました。", "膿栓:のうせん"),
    ("蓄膿症と診断されました。", "蓄膿症:ちくのうしょう"),
])
def test_pus_alone(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("歯間ブラシは歯茎を傷つけないように使います。", "歯:し|間:かん"),
    ("歯の間に食べ物が挟まります。", "歯:は|間:あいだ"),  # not glued to the suffix
    ("歯ブラシは毎月替えます。", "歯:は"),
])
def test_tooth_before_suffix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("抜いた穴がふさがるまでひと月ほどかかります。", "月:つき"),
    ("ふた月ぶりに歯医者へ行きました。", "月:つき"),
    ("三か月に一回の検診です。", "三:さん|月:げつ"),  # a kanji number: the counter's
    ("一月一日は休診です。", "一月:いちがつ"),
    ("月に一度通っています。", "月:つき"),
])
def test_month_span_after_kana_numeral(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三回目の通院で仮歯が入りました。", "仮歯:かりば"),
    ("視力は両眼とも良好です。", "両眼:りょうがん"),
    ("両目で見ると少しぼやけます。", "両目:りょうめ"),  # 両目 is りょうめ
])
def test_analyser_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("dental"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
