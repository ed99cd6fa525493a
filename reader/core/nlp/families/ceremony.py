"""Honours, orders and court ranks in obituaries and award news that Sudachi reads as names or in another sense.

- 旭日 glued before an order's class (大綬章, 中綬章, 小綬章, 重光章, 双光章, 単光章) is the Order of the
  Rising Sun, きょくじつ (勲一等旭日大綬章, 旭日重光章 きょくじつじゅうこうしょう); Sudachi sometimes reads あさひ
  (the morning sun, a name), which stays elsewhere (旭日が昇る, 旭日旗 is in the lexicon).
- 重光, 双光 and 単光 that Sudachi takes for a name, glued between 旭日 or 瑞宝 and 章, are an order's class,
  じゅうこう, そうこう, たんこう; and that 章 is the order, しょう, not the given name あきら (旭日重光章).
  Alone, 重光 stays the surname しげみつ (重光葵).
- 正三 that Sudachi takes for the name しょうぞう, glued before 位, is the court rank 正三位, しょうさん…み, like
  the lexicon's 従三位 じゅさんみ; 位 there reads み. 正三さん (a name) and 正三 with no 位 are left alone.
- 緑 glued before 綬 (緑綬褒章) is りょく, like 紫綬 しじゅ and 黄綬 おうじゅ; elsewhere it stays みどり.
- 栄 before に and 浴する is honour, えい (叙勲の栄に浴した); elsewhere Sudachi's さかえ stays (栄の街, 栄区).
"""
from __future__ import annotations

from ..tokens import Token, glued

_ORDER_CLASSES = ("大綬章", "中綬章", "小綬章", "重光章", "双光章", "単光章")
_CLASS_READINGS = {"重光": "じゅうこう", "双光": "そうこう", "単光": "たんこう"}
# all ceremony_fix looks at
WORDS = frozenset({"旭日", "重光", "双光", "単光", "章", "正三", "位", "緑", "栄"})


def _glued_text(tokens: list[Token], i: int, n: int) -> str:
    """The surfaces of up to n tokens glued one to the next from tokens[i]."""
    text = tokens[i].surface
    for j in range(i + 1, min(i + n, len(tokens))):
        if not glued(tokens[j - 1], tokens[j]):
            break
        text += tokens[j].surface
    return text


def ceremony_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "旭日":
        if reading != "きょくじつ" and i + 1 < len(tokens) and glued(token, nxt) \
                and _glued_text(tokens, i + 1, 3).startswith(_ORDER_CLASSES):
            return "きょくじつ"  # 旭日|大|綬章, 旭日|重光|章
        return None
    if surface in _CLASS_READINGS:
        if glued(prev, token) and prev.surface in ("旭日", "瑞宝") and glued(token, nxt) and nxt.surface == "章":
            return _CLASS_READINGS[surface]  # 旭日|重光|章: not the surname しげみつ
        return None
    if surface == "章":
        if reading != "しょう" and glued(prev, token) and prev.surface in _CLASS_READINGS \
                and i > 1 and glued(tokens[i - 2], prev) and tokens[i - 2].surface in ("旭日", "瑞宝"):
            return "しょう"  # 旭日重光|章: not the given name あきら
        return None
    if surface == "正三":
        if glued(token, nxt) and nxt.surface == "位":
            return "しょうさん"  # 正三|位 しょうさんみ
        return None
    if surface == "位":
        if reading == "い" and glued(prev, token) and prev.surface == "正三":
            return "み"  # 正三|位
        return None
    if surface == "緑":
        if reading == "みどり" and glued(token, nxt) and nxt.surface.startswith("綬"):
            return "りょく"  # 緑|綬褒章
        return None
    # 栄
    if reading == "さかえ" and nxt is not None and nxt.surface == "に" and i + 2 < len(tokens) \
            and tokens[i + 2].surface.startswith("浴"):
        return "えい"  # 叙勲の栄に浴した
    return None
