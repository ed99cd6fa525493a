"""Consumer-affairs words (recall notices, food labels, scam warnings, shopping trouble) Sudachi reads in
another sense.

- 乳 standing alone in a list of allergens, beside 卵, 小麦, えび, かに, そば, 落花生 and the like across a
  ・ or a 、 (小麦・乳を含む, 卵、乳、小麦), is the labelled allergen "milk", にゅう, as food labels and recall
  notices say it (乳成分); Sudachi reads ちち (a mother's or a cow's milk, the breast), which stays
  elsewhere (牛の乳を搾る, 乳が張る) and beside words that are no allergens (乳・ミルク).
"""
from __future__ import annotations

from .tokens import Token

# The allergens a Japanese food label must or should name, as Sudachi cuts them.
_ALLERGENS = frozenset({"卵", "小麦", "えび", "エビ", "海老", "かに", "カニ", "蟹", "そば", "ソバ", "蕎麦", "落花生",
                        "くるみ", "クルミ", "胡桃", "大豆", "ピーナッツ", "ごま", "ゴマ", "胡麻", "牛肉", "豚肉",
                        "鶏肉", "さば", "いか", "あわび", "いくら", "キウイフルーツ", "バナナ", "りんご", "もも",
                        "やまいも", "アーモンド", "カシューナッツ", "ゼラチン", "オレンジ", "鮭", "さけ"})
_LIST_MARKS = frozenset({"・", "、", "，", ","})
# all consumer_fix looks at
WORDS = frozenset({"乳"})


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
    return None
