"""Parenting and school-life words (parents' blogs, baby-food guides, nursery and school notices) that
Sudachi cuts or reads in another sense.

- 間 that Sudachi takes for the suffix かん glued after a noun (生後|間), before も and ない or なく, is the
  noun ま of 間もない, "only a short time after" (生後間もない赤ちゃん, 生後間もなく): Sudachi reads it ま
  itself after other nouns (入社間もない). It stays かん where no も ない follows (生後間|の) and after a
  number, where it counts a span (三日間もない is one word Sudachi reads itself).
- 食後 that Sudachi cuts out of 離乳食後期 (離乳|食後|期) is 食 + 後期, しょくこう: 期 glued after it can
  only belong to 後期 (離乳食後期 りにゅうしょくこうき). 食後 before anything else stays しょくご (食後に飲む,
  食後期 alone is no word Sudachi makes).
- 母 glued after 完 (完|母, the mothers' shorthand for 完全母乳, exclusive breastfeeding) is ぼ, as in 母乳
  (完母 かんぼ, beside 完ミ); Sudachi reads the split-off noun はは. 母 after anything else stays
  (祖母, 母の日, 完全に母は).
"""
from __future__ import annotations

from ..tokens import Token, glued

WORDS = frozenset({"間", "食後", "母"})  # all parenting_fix looks at

_NOT = frozenset({"ない", "なく", "無い", "無く", "なかっ"})


def parenting_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not glued(prev, token):
        return None
    if token.surface == "間":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        ok = reading == "かん" and prev.pos[0] == "名詞" and prev.pos[1] != "数詞" \
            and nxt is not None and nxt.surface == "も" and after is not None and after.surface in _NOT
        return "ま" if ok else None  # 生後|間|も|ない
    if token.surface == "食後":
        ok = reading == "しょくご" and prev.pos[0] == "名詞" and glued(token, nxt) and nxt.surface == "期"
        return "しょくこう" if ok else None  # 離乳|食後|期: 離乳食 + 後期
    # 母
    return "ぼ" if reading == "はは" and prev.surface == "完" else None  # 完|母 かんぼ
