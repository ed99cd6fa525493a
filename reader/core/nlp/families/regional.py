"""Farming, fishing, forestry and regional-industry news (harvests, auctions, livestock, sake brewers).

- 米 glued after a grade 等 that follows a number (一等米, 二等米) is the grade of rice, まい; Sudachi
  reads べい (as in 米国) and a context rule こめ. 米 elsewhere is left alone (米の概算金 こめ, 米価).
- 豚 glued before 熱 or コレラ is the pig disease, とん (豚熱 とんねつ, 豚コレラ); Sudachi reads ぶた,
  which stays before other words (豚肉, 豚の餌).
- 価 that Sudachi reads あたい glued after a kanji noun is a price, か (乳価 にゅうか), and 乳 glued before
  it is にゅう, not ちち; a 価 after a particle or alone stays あたい.
- 酒 the suffix Sudachi reads しゅ glued after a verb's stem is sake one tastes, ざけ (きき酒会
  ききざけかい, as the lexicon's 利き酒); after a noun it stays (日本酒 is a word; 果実酒 しゅ).
- 一房 that Sudachi takes for the given name かずふさ is one bunch, ひとふさ (一房ずつ袋掛けする); before
  an honorific or a name it stays the name (一房さん).
- 天日 glued before 干し is the sun one dries in, てんぴ (天日干し てんぴぼし); Sudachi sometimes reads
  てんじつ, which stays elsewhere.
- 梅 the suffix Sudachi reads ばい glued after 南高 is the plum variety, うめ (南高梅 なんこううめ);
  other ばい (紅梅, 梅雨 words) are left alone.
- 種雄 that Sudachi takes for the given name たねお glued before 牛 is a breeding bull, しゅゆう
  (種雄牛 しゅゆうぎゅう); alone or before an honorific it stays the name.
- 高山 that Sudachi reads こうざん (high mountains) glued after a place name is the town, たかやま
  (飛騨高山); after a common noun it stays (高山植物 is encyclopedia.py's).
- 酒屋 glued after 造り is a brewery and voices, ざかや (造り酒屋 つくりざかや); after a particle it
  stays さかや (町の酒屋).
- 牛 that Sudachi reads うし glued after a katakana noun is a breed or brand of cattle, ぎゅう (ブランド牛,
  アンガス牛); after a particle or a kanji word it is left alone (子牛, 牛が鳴く).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, is_katakana_word

WORDS = frozenset({"米", "豚", "価", "乳", "酒", "一房", "天日", "梅", "種雄", "高山", "酒屋", "牛"})

_NAME_AFTER = frozenset({"さん", "様", "さま", "氏", "君", "くん", "ちゃん", "先生", "選手"})
_PIG_DISEASES = frozenset({"熱", "コレラ"})


def _noun(token: Token | None) -> bool:
    return token is not None and token.pos[0] == "名詞"


def regional_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "米":
        if reading in ("べい", "こめ") and glued(prev, token) and prev.surface == "等" and i > 1 \
                and glued(tokens[i - 2], prev) and tokens[i - 2].pos[1] == "数詞":
            return "まい"  # 一|等|米: the grade of rice
        return None
    if surface == "豚":
        if reading == "ぶた" and glued(token, nxt) and nxt.surface in _PIG_DISEASES:
            return "とん"  # 豚|熱: the disease
        return None
    if surface == "価":
        if reading == "あたい" and glued(prev, token) and _noun(prev) and all(map(is_kanji, prev.surface)):
            return "か"  # 乳|価: a price
        return None
    if surface == "乳":
        if reading == "ちち" and glued(token, nxt) and nxt.surface == "価" and nxt.reading == "あたい":
            return "にゅう"  # 乳|価
        return None
    if surface == "酒":
        if reading == "しゅ" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.pos[0] == "動詞":
            return "ざけ"  # きき|酒: tasting sake
        return None
    if surface == "一房":
        if reading == "かずふさ" and not (nxt is not None and (nxt.surface in _NAME_AFTER or nxt.pos[2] == "人名")) \
                and not (prev is not None and glued(prev, token) and prev.pos[2] == "人名"):
            return "ひとふさ"  # 一房ずつ: one bunch
        return None
    if surface == "天日":
        if reading == "てんじつ" and glued(token, nxt) and nxt.surface.startswith("干"):
            return "てんぴ"  # 天日|干し
        return None
    if surface == "梅":
        if reading == "ばい" and glued(prev, token) and prev.surface == "南高":
            return "うめ"  # 南高|梅: the variety
        return None
    if surface == "種雄":
        if reading == "たねお" and glued(token, nxt) and nxt.surface == "牛":
            return "しゅゆう"  # 種雄|牛: a breeding bull
        return None
    if surface == "高山":
        if reading == "こうざん" and glued(prev, token) and prev.pos[2] == "地名":
            return "たかやま"  # 飛騨|高山: the town
        return None
    if surface == "酒屋":
        if reading == "さかや" and glued(prev, token) and prev.surface in ("造り", "造"):
            return "ざかや"  # 造り|酒屋: a brewery
        return None
    # 牛
    if reading == "うし" and glued(prev, token) and _noun(prev) and is_katakana_word(prev.surface):
        return "ぎゅう"  # ブランド|牛
    return None
