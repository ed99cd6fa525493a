"""Numbers-heavy sports reports (golf, swimming, marathon, athletics): readings the analyser gets wrong.

- 中一 … 中九 glued after a count (八人中五位, 十二校中三位) is 中 "out of" + the rank's number, ちゅう + the number:
  八人中五位 ちゅうご; Sudachi takes 中五 for a place name, なかご. Not where no count comes before it (中五 alone).
- 長水 glued before 路 is the long-course pool, 長水路 ちょうすいろ; Sudachi takes a surname ながみず and reads
  路 じ. 長水 alone (a name) is left.
- A name in 越 (池越, read いけごし) glued before a lone え is the noun X越え, the shot "over X": 池越え いけごえ,
  so 越 reads ご with え as its okurigana. Not where no え follows (池越さん stays a name).
- 一/二 glued before 組 right after a round (予選一組, 準決勝二組, 決勝一組) is a numbered heat, いち/に; travel.py's
  native count for parties of guests (一組 ひと) must not fire there. 第一組 and 三組 are already read so.
"""
from __future__ import annotations

from ..tokens import Token, glued

_NUMERALS = {"一": "いち", "二": "に", "三": "さん", "四": "よん", "五": "ご", "六": "ろく", "七": "なな", "八": "はち",
             "九": "きゅう"}
_OUT_OF = frozenset("中" + n for n in _NUMERALS)  # 中五 after 八人: "fifth out of eight"
_COUNTERS = frozenset({"人", "校", "チーム", "カ国", "か国", "ヵ国", "ケ国", "組", "社", "台"})
_ROUNDS = frozenset({"予選", "準決勝", "決勝", "準々決勝"})
_HEAT_NUMBERS = {"一": "いち", "二": "に"}
WORDS = frozenset({*_OUT_OF, "長水", "路", "池越", *_HEAT_NUMBERS})  # all golfswim_fix looks at


def _counted(tokens: list[Token], i: int) -> bool:
    """tokens[i] comes glued after a count: a number and a counter (八|人, 十二|校) or one word (十人)."""
    if i < 1 or not glued(tokens[i - 1], tokens[i]):
        return False
    prev = tokens[i - 1]
    if prev.surface in _COUNTERS:
        return i >= 2 and glued(tokens[i - 2], prev) and tokens[i - 2].pos[1:2] == ("数詞",)
    return prev.surface[-1:] == "人" and all(ch in "一二三四五六七八九十百千" for ch in prev.surface[:-1]) \
        and len(prev.surface) > 1


def golfswim_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _OUT_OF:
        wanted = "ちゅう" + _NUMERALS[surface[1]]
        return wanted if reading != wanted and _counted(tokens, i) else None
    if surface == "長水":
        return "ちょうすい" if nxt is not None and glued(token, nxt) and nxt.surface == "路" else None
    if surface == "路":
        return "ろ" if reading != "ろ" and prev is not None and glued(prev, token) and prev.surface == "長水" else None
    if surface == "池越":  # the lexicon's surname; 山越え and 峠越え are words of their own
        return reading[:-1] if reading.endswith("ごし") and nxt is not None and glued(token, nxt) \
            and nxt.surface == "え" else None
    if surface in _HEAT_NUMBERS:
        if token.pos[1:2] == ("数詞",) and nxt is not None and glued(token, nxt) and nxt.surface == "組" \
                and prev is not None and glued(prev, token) and prev.surface in _ROUNDS:
            return _HEAT_NUMBERS[surface]  # returned even when unchanged, so travel's 一組 ひと stays off
        return None
    return None
