"""Words read by the place name they are glued to.

- 口 glued after a place name is the gate or exit named after it, ぐち (八重洲口, 丸の内口, 京都駅の
  八条口), like 南口 and 登山口 that the lexicon already voices; Sudachi reads it くち after a name.
- 日向 glued before 灘 is the old province, ひゅうが (日向灘 the sea off Miyazaki, where earthquakes
  start); Sudachi reads it ひなた ("a sunny spot"), which stays elsewhere (日向坂, 日向ぼっこ).
"""
from __future__ import annotations

from .tokens import Token

WORDS = frozenset({"口", "日向"})  # all place_fix looks at

_PROVINCE_BEFORE = frozenset({"灘"})


def place_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    if token.surface == "口":
        prev = tokens[i - 1] if i > 0 else None
        if reading == "くち" and prev is not None and prev.end == token.start and prev.pos[2:3] == ("地名",):
            return "ぐち"
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if reading == "ひなた" and nxt is not None and nxt.start == token.end and nxt.surface in _PROVINCE_BEFORE:
        return "ひゅうが"
    return None
