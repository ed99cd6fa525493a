"""World news: wars and ceasefires, elections abroad, foreign leaders and places, international bodies.

- 親 that Sudachi cuts off as its own word and reads おや (a parent), glued before a country or place
  name (親ロシア派, 親イスラエルの立場, 親中国派, 親イラン武装組織), before a bloc or a government (親欧米派,
  親西側の政権, 親政府派), or before a name glued to 派 (親トランプ派), is the prefix "pro-", しん, as in
  the lexicon's 親米 and 親中派. Not before a particle or a common noun (親が中国に住む, 親ガチャ, 親ネコ):
  there it stays the parent, おや.
"""
from __future__ import annotations

from ..tokens import Token, glued

# Blocs and governments one is "pro-" of (親欧米派, 親西側, 親政府派); a place name needs no list.
_BLOCS = frozenset({"欧米", "西側", "政府", "欧州", "体制", "米国", "米"})
_FACTION = frozenset({"派", "的"})  # 親トランプ派, 親アメリカ的
WORDS = frozenset({"親"})


def world_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.surface == "親" and reading == "おや" and glued(token, nxt) and nxt.pos[0] == "名詞":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if nxt.pos[1:3] == ("固有名詞", "地名") or nxt.surface in _BLOCS:
            return "しん"  # 親|ロシア|派, 親|欧米|派
        if glued(nxt, after) and after.surface in _FACTION and after.pos[0] == "接尾辞":
            return "しん"  # 親|トランプ|派
    return None
