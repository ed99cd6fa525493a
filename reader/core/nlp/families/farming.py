"""Farming and fishing news words (harvest and market reports, rice grading, livestock and fish landings)
Sudachi splits and reads in another sense.

- 粒 glued after a grading word of rice inspection (未熟, 被害, 着色) is a grain as the inspectors count it,
  りゅう (白未熟粒 しろみじゅくりゅう, 被害粒, 着色粒), like the lexicon's 整粒; Sudachi reads the split-off
  noun つぶ, which stays after anything else (米粒, 大粒, 一粒).
- 採れ, 獲れ or 取れ (and 採り, 取り, 獲り) glued after 朝 or 今朝 and before a noun or の is the "picked this
  morning" of a market label and voices, どれ and どり (朝採れ野菜 あさどれ, 朝獲れのアジ, 朝採りの野菜
  あさどり, as the dictionaries' 朝採り); Sudachi reads the verb とれ, とり, which stays before a verb's
  ending or another particle (朝採れた野菜 とれ, 朝取りに行く).
- 値 that Sudachi takes for the suffix ち (a value), glued after a noun from a verb's stem (競り, 売り), is a
  price, ね (子牛の競り値 せりね), like the lexicon's 売り値, 付け値 and 言い値; after a kanji word it stays ち
  (平均値, 取引値 is left alone).
- 鶏 glued after 採卵, 産卵, 肉用 or 卵用 is the poultry breed word of the trade, けい (採卵鶏 さいらんけい,
  肉用鶏 にくようけい); Sudachi reads the split-off noun にわとり, which stays elsewhere (鶏を飼う,
  養鶏場の鶏).
- 紅 that Sudachi reads くれない glued before a katakana noun is the red of a variety's name, べに
  (紅ズワイガニ, 紅サケ, 紅ショウガ, 紅アズマ), like the lexicon's 紅鮭 and 紅生姜; alone or before a particle
  it stays くれない (紅に染まる).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, is_katakana_word

_GRADED = frozenset({"未熟", "被害", "着色"})  # 白未熟粒 しろみじゅくりゅう
_THIS_MORNING = frozenset({"朝", "今朝"})
_POULTRY_USES = frozenset({"採卵", "産卵", "肉用", "卵用"})  # 採卵鶏 さいらんけい
# all farming_fix looks at
_PICKED = frozenset({"採れ", "獲れ", "取れ", "採り", "獲り", "取り"})
WORDS = frozenset({"粒", "値", "鶏", "紅"}) | _PICKED


def farming_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "粒":
        if reading == "つぶ" and glued(prev, token) and prev.surface in _GRADED:
            return "りゅう"  # 被害|粒
        return None
    if surface in _PICKED:
        if reading in ("とれ", "とり") and glued(prev, token) and prev.surface in _THIS_MORNING and nxt is not None \
                and (nxt.surface == "の" or nxt.pos[0] == "名詞" and glued(token, nxt)):
            return "ど" + reading[1:]  # 朝|採れ|野菜; 朝採れた stays
        return None
    if surface == "値":
        # 競り|値: a noun ending in its okurigana is a verb's stem; 平均|値 stays ち
        if reading == "ち" and glued(prev, token) and prev.pos[0] == "名詞" and len(prev.surface) > 1 \
                and is_kanji(prev.surface[0]) and not is_kanji(prev.surface[-1]) \
                and not is_katakana_word(prev.surface):
            return "ね"
        return None
    if surface == "鶏":
        if reading == "にわとり" and glued(prev, token) and prev.surface in _POULTRY_USES:
            return "けい"  # 採卵|鶏
        return None
    # 紅
    if reading == "くれない" and glued(token, nxt) and nxt.pos[0] == "名詞" and is_katakana_word(nxt.surface):
        return "べに"  # 紅|ズワイガニ
    return None
