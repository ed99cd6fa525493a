"""Readings the analyser gets wrong in recipes, shop pages and blogs, fixed from context.

- 鶏 glued before another noun written in kana (鶏ガラスープ, 鶏もも肉, 鶏ささみ) is とり, the meat,
  as in 鶏肉 and 鶏ガラ; Sudachi reads the split-off 鶏 as the animal, にわとり. On its own (鶏が鳴く)
  it keeps the analyser's reading.
- 素 after の (スープの素, だしの素) is もと, "the base of"; Sudachi takes it for the prefix そ when a
  noun follows (だしの素小さじ1).
- (笑) after a sentence, the writer laughing, is わら (read as the stem, like (泣) なき); Sudachi
  reads the noun わらい.
"""
from __future__ import annotations

from .tokens import Token, is_kana

WORDS = frozenset({"鶏", "素", "笑"})  # the only words everyday_fix looks at
_OPEN = ("(", "（")
_CLOSE = (")", "）")


def everyday_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    surface = token.surface
    if surface == "鶏" and reading == "にわとり" and nxt is not None and nxt.start == token.end \
            and nxt.pos[0] == "名詞" and is_kana(nxt.surface[0]):
        return "とり"  # 鶏ガラスープ, 鶏もも肉
    if surface == "素" and reading == "そ" and token.pos[0] == "接頭辞" and prev is not None \
            and prev.surface == "の" and prev.end == token.start:
        return "もと"  # だしの素小さじ1
    if surface == "笑" and reading == "わらい" and prev is not None and prev.surface in _OPEN \
            and nxt is not None and nxt.surface in _CLOSE:
        return "わら"  # 楽しかった(笑)
    return None
