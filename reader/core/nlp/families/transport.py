"""Railway, airline and road-traffic words (timetable changes, delay notices, traffic information)
Sudachi reads in another sense.

- 上り下り that Sudachi reads のぼりおり (going up and down stairs or a slope) is both directions of a
  line, のぼりくだり, glued before a line, a train or a service (上り下り線, 上り下りの列車, 上り下り方面), or
  before とも/共 in a sentence about trains or roads (上り下りとも始発から運転を見合わせます). Stairs and
  slopes keep のぼりおり (階段の上り下りがつらい, 坂の上り下りが多い).
- 十分 that Sudachi takes for the adverb じゅうぶん ("enough"), glued before 遅れ (the verb or the noun), is
  ten minutes, じゅっぷん (上りの特急は十分遅れています, 十分遅れで到着); being late "enough" is no sense.
  十分に遅れ (the adjectival noun with に) and 十分早く, 十分遅い keep じゅうぶん.
- 横風 that Sudachi takes for the adjectival noun おうふう (arrogant) is the crosswind, よこかぜ, unless な
  follows (横風に注意, 横風の影響で, 強い横風にあおられた, 横風用心; Sudachi's own noun 横風が強い よこかぜ).
  横風な態度 keeps おうふう.
- 小人 that Sudachi reads こびと (a dwarf) is a child's fare, しょうにん, glued before a fare (小人料金, 小人運賃)
  or in a sentence that prices 大人 beside it (大人千二百円、小人六百円; 小人の運賃は大人の半額). With no
  fare about it stays こびと (白雪姫と七人の小人, 大人も小人も楽しめる絵本).
- 前 that Sudachi reads ぜん (the prefix of 前首相) glued before a number of cars, 両, is the front part of the
  train, まえ (前四両は大阪行き, 前十両が品川止まり), beside 後ろ四両. 前首相, 前年 keep ぜん.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

# What 上り下り names both directions of: a line, a train or a service glued after it, or before の.
_SERVICES = ("線", "列車", "電車", "方面", "特急", "急行", "快速", "普通", "便", "ホーム", "車線", "路線", "新幹線")
# Words of a sentence about trains or roads, for 上り下りとも.
_TRAFFIC_CUES = ("運転", "運休", "運行", "列車", "電車", "線", "遅れ", "遅延", "渋滞", "通行", "便", "ダイヤ",
                 "始発", "終電", "新幹線", "特急", "規制")
# A fare 小人 is glued before, and what prices a sentence's 大人 and 小人.
_FARES = ("料金", "運賃", "料", "券", "定期")
_PRICE_CUES = ("円", "料金", "運賃", "料", "券", "半額", "無料", "割引")
_NUMERALS = frozenset("一二三四五六七八九十0123456789０１２３４５６７８９")
# all transport_fix looks at
WORDS = frozenset({"上り下り", "十分", "横風", "小人", "前"})


def transport_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "上り下り":
        if reading != "のぼりおり" or nxt is None:
            return None
        if glued(token, nxt) and nxt.surface.startswith(_SERVICES):
            return "のぼりくだり"  # 上り下り|線
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if nxt.surface == "の" and glued(nxt, after) and after.surface.startswith(_SERVICES):
            return "のぼりくだり"  # 上り下りの列車
        if nxt.surface in ("とも", "共") and any(c in t.surface for t in sentence_of(tokens, i)
                                                for c in _TRAFFIC_CUES):
            return "のぼりくだり"  # 上り下りとも運転を見合わせ
        return None
    if surface == "十分":
        if reading == "じゅうぶん" and token.pos[0] == "副詞" and glued(token, nxt) \
                and (nxt.surface.startswith("遅れ") and nxt.lemma in ("遅れる", "遅れ")):
            return "じゅっぷん"  # 十分|遅れています: ten minutes late
        return None
    if surface == "小人":
        if reading != "こびと":
            return None
        if glued(token, nxt) and nxt.surface.startswith(_FARES):
            return "しょうにん"  # 小人|料金
        words = [t.surface for t in sentence_of(tokens, i)]
        if "大人" in words and any(c in w for w in words for c in _PRICE_CUES):
            return "しょうにん"  # 大人千二百円、小人六百円
        return None
    if surface == "前":
        if reading != "ぜん" or not glued(token, nxt) or token.pos[0] != "名詞":
            return None
        if nxt.pos[1] == "数詞" and nxt.surface[-1:] in _NUMERALS:
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            cars = glued(nxt, after) and after.surface == "両"  # 前|四|両
        else:
            cars = len(nxt.surface) > 1 and nxt.surface[-1] == "両" and set(nxt.surface[:-1]) <= _NUMERALS  # 前|一両
        return "まえ" if cars else None
    # 横風
    if reading == "おうふう" and not (nxt is not None and nxt.surface == "な"):
        return "よこかぜ"  # 横風に注意: the crosswind
    return None
