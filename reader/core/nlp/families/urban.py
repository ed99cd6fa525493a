"""Construction, urban-planning and infrastructure news (redevelopment, new roads and stations, bridges,
ageing infrastructure) that Sudachi reads in another sense or splits wrongly.

- 開か glued before ず and then の is the set phrase 開かずの (a crossing, a door or a room that never
  opens), あか: 開かずの踏切, 開かずの間, 開かずの扉; Sudachi reads ひらか, which stays without the の (口を
  開かずに ひらかず) and before other endings (会議を開かない). The 間 of 開かずの間 is a room, ま, not
  あいだ (the analyser's guess), and only right after 開かずの changes.
- 斜|張|橋 that Sudachi splits and reads しゃ|ばり|はし is the cable-stayed bridge, しゃちょうきょう (斜張橋と
  しては国内最大級), a Sino-Japanese term like 鋼橋 こうきょう. Only the three glued together change:
  a lone 張 (見張り) or 橋 (橋を渡る) is left alone.
"""
from __future__ import annotations

from ..tokens import Token, glued

# all urban_fix looks at
WORDS = frozenset({"開か", "張", "橋", "間"})


def urban_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "開か":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "ひらか" and glued(token, nxt) and nxt.surface == "ず" and glued(nxt, after) \
                and after.surface == "の":
            return "あか"  # 開か|ず|の踏切
        return None
    if surface == "張":
        if reading == "ばり" and glued(prev, token) and prev.surface == "斜" and glued(token, nxt) \
                and nxt.surface == "橋":
            return "ちょう"  # 斜|張|橋
        return None
    if surface == "橋":
        before = tokens[i - 2] if i > 1 else None
        if reading == "はし" and glued(prev, token) and prev.surface == "張" and glued(before, prev) \
                and before.surface == "斜":
            return "きょう"  # 斜|張|橋
        return None
    if surface == "間":
        if reading == "あいだ" and i > 2 and glued(prev, token) and prev.surface == "の" \
                and tokens[i - 2].surface == "ず" and tokens[i - 3].surface == "開か" \
                and glued(tokens[i - 3], tokens[i - 2]) and glued(tokens[i - 2], prev):
            return "ま"  # 開かずの|間
        return None
    return None
