"""Readings found wrong in our own sentences in the style of economy and markets news (stock prices and
indices, exchange rates, the Bank of Japan and rates, GDP and price statistics, earnings, bonds and
commodities): 値 as the price after a word of the trading session (寄り付き直後に大きく値を下げた,
前場は値を上げた, 大引けにかけて値を戻した ね; idioms.py) and 値 glued after the adverb 一時 (株価は一時値を
崩した ね; markets.py). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/markets_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("寄り付き直後に大きく値を下げた。", "大:おお|値:ね|下:さ"),
    ("前場は値を上げたが、後場に値を下げた。", "前場:ぜんば|値:ね|上:あ|後場:ごば|値:ね|下:さ"),
    ("大引けにかけて値を戻した。", "大引:おおび|値:ね|戻:もど"),
    ("取引開始直後に値を飛ばした。", "値:ね|飛:と"),
    ("寄付きから値を下げた。", "値:ね|下:さ"),
    ("関数の値を戻す。", "値:あたい"),  # no market word: a return value
    ("パラメーターの値を下げると精度が落ちる。", "値:あたい"),
    ("血糖値の値を下げる薬だ。", "値:あたい"),
    ("この値を求めよ。", "値:あたい"),
])
def test_price_in_a_trading_session(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("株価は一時値を崩した。", "一時:いちじ|値:ね|崩:くず"),  # 一|時|値
    ("一時値を上げた。", "一時:いちじ|値:ね|上:あ"),
    ("株価は一時値を下げる場面もあった。", "一時:いちじ|値:ね|下:さ"),  # 一時|値
    ("測定時値を記録した。", "時:じ|値:ち"),  # after another noun: the suffix of 測定値
    ("速報値は前期比0.8％増だった。", "速報値:そくほうち"),
])
def test_price_after_ichiji(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("markets"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
