"""Consumer-affairs words (recall notices, food labels, scam warnings, shopping trouble) Sudachi reads in
another sense.

- 乳 standing alone in a list of allergens, beside 卵, 小麦, えび, かに, そば, 落花生 and the like across a
  ・ or a 、 (小麦・乳を含む, 卵、乳、小麦), is the labelled allergen "milk", にゅう, as food labels and recall
  notices say it (乳成分); Sudachi reads ちち (a mother's or a cow's milk, the breast), which stays
  elsewhere (牛の乳を搾る, 乳が張る) and beside words that are no allergens (乳・ミルク).
- 原野 that Sudachi takes for the surname はらの, glued before a word of what is done with wild land (原野商法,
  原野開発, 原野火災), is the wilderness, げんや, as Sudachi itself reads it before a particle (原野を開墾した);
  before an honorific or a title it stays the surname (原野さん, 原野社長 はらの).
"""
from __future__ import annotations

from ..tokens import Token, glued

# The allergens a Japanese food label must or should name, as Sudachi cuts them.
_ALLERGENS = frozenset({"卵", "小麦", "えび", "エビ", "海老", "かに", "カニ", "蟹", "そば", "ソバ", "蕎麦", "落花生",
                        "くるみ", "クルミ", "胡桃", "大豆", "ピーナッツ", "ごま", "ゴマ", "胡麻", "牛肉", "豚肉",
                        "鶏肉", "さば", "いか", "あわび", "いくら", "キウイフルーツ", "バナナ", "りんご", "もも",
                        "やまいも", "アーモンド", "カシューナッツ", "ゼラチン", "オレンジ", "鮭", "さけ"})
_LIST_MARKS = frozenset({"・", "、", "，", ","})
# What 原野 the wilderness is glued before: the swindle of selling it, and what is done with it.
_WILD_LAND_USES = frozenset({"商法", "開発", "開拓", "火災", "地帯", "化"})
# all consumer_fix looks at
WORDS = frozenset({"乳", "原野"})


def _allergen_beside(tokens: list[Token], i: int, step: int) -> bool:
    """tokens[i + step] is a list mark, glued to tokens[i], with an allergen glued on its other side."""
    j, k = i + step, i + 2 * step
    if not (0 <= k < len(tokens)):
        return False
    mark, other = tokens[j], tokens[k]
    glued_run = (tokens[i].end == mark.start and mark.end == other.start) if step > 0 else \
        (other.end == mark.start and mark.end == tokens[i].start)
    return glued_run and mark.surface in _LIST_MARKS and other.surface in _ALLERGENS


def consumer_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    if tokens[i].surface == "乳":
        if reading == "ちち" and (_allergen_beside(tokens, i, -1) or _allergen_beside(tokens, i, 1)):
            return "にゅう"  # 小麦・乳
        return None
    if tokens[i].surface == "原野":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "はらの" and glued(tokens[i], nxt) and nxt.surface in _WILD_LAND_USES:
            return "げんや"  # 原野|商法
        return None
    return None
