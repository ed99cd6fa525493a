"""Economy and markets news: stock prices, exchange rates, rates, statistics and earnings.

- 値 glued after the adverb 一時 ("for a while") and before を is the price, ね (株価は一時値を崩した,
  一時値を下げる場面もあった); Sudachi takes 時値 for the suffix of 測定値 and reads it ち. Only
  after 一時 (as one token or as 一|時): after another noun (測定時値を記録) the suffix stays ち.
  That 値 before を and a price verb with a market word near it (寄り付き直後に値を下げた) is read ね by
  idioms.py; a measured value (関数の値を戻す, 血糖値の値を下げる) stays あたい there.
"""
from __future__ import annotations

from ..tokens import Token, glued

WORDS = frozenset({"値"})  # all markets_fix looks at


def _after_ichiji(tokens: list[Token], i: int) -> bool:
    """tokens[i] is glued after 一時, one token or 一|時."""
    prev = tokens[i - 1] if i > 0 else None
    if not glued(prev, tokens[i]):
        return False
    if prev.surface == "一時":
        return True
    return prev.surface == "時" and i > 1 and tokens[i - 2].surface == "一" and glued(tokens[i - 2], prev)


def markets_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    if tokens[i].surface != "値" or reading != "ち":
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.surface == "を" and _after_ichiji(tokens, i):
        return "ね"  # 株価は一時値を崩した: the price, not the suffix of 測定値
    return None
