"""Cycling words (shop blogs, riders' reports, maintenance guides) Sudachi splits or reads in another sense.

- 一 glued before a verb's continuative form that Sudachi leaves a verb (漕ぎ, 踏み) is a native count of
  one stroke, ひと (一漕ぎごとに, 一踏みごとに, 一漕ぎ一漕ぎ), like the lexicon's 一休み and 一押し; Sudachi
  reads いち. Only where the pair stands as a noun: ごと, 毎, another 一 or a particle after it, or a first
  一漕ぎ before it. A 一 before a verb that goes on inflecting (一増えた, 一上がりました) is not touched, nor
  一 before a noun (一漕ぎで: the lexicon's noun 漕ぎ, read by the general rule).
- 九十九 glued before the noun 折り or 折 is a winding mountain road, つづら (九十九折りの坂道, like the
  lexicon's 九十九折); Sudachi reads the place name くじゅうく or つくも. Before the verb 折り (鶴を九十九折りました)
  it is not touched.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji

# What may follow 一 + a verb's stem when the pair is a noun: 一漕ぎごとに, 一漕ぎ一漕ぎ, 一踏みで.
_AFTER_STROKE = frozenset({"ごと", "毎", "一", "で", "の", "を", "が", "は", "も", "に", "と"})
_I_AND_E_ROWS = frozenset("いきぎしじちにびみりえけげせてねべめれ")  # a continuative form ends in one
WORDS = frozenset({"一", "九十九"})  # all cycling_fix looks at


def cycling_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not glued(token, nxt):
        return None
    if token.surface == "一":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "いち" and token.pos[1] == "数詞" and nxt.pos[0] == "動詞" \
                and len(nxt.surface) == 2 and is_kanji(nxt.surface[0]) and nxt.surface[1] in _I_AND_E_ROWS \
                and (after is not None and glued(nxt, after) and after.surface in _AFTER_STROKE
                     or i > 1 and tokens[i - 2].surface == "一" and tokens[i - 1].surface == nxt.surface
                     and glued(tokens[i - 1], token)):  # the second of 一漕ぎ一漕ぎ
            return "ひと"  # 一|漕ぎ|ごとに: one stroke, like 一休み
        return None
    # 九十九
    if reading != "つづら" and nxt.surface in ("折り", "折") and nxt.pos[0] == "名詞":
        return "つづら"  # 九十九|折りの坂道: a winding road
    return None
