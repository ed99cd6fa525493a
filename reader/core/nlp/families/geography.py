"""Geography textbook and encyclopedia words (landforms, climate, regions) Sudachi reads in another sense.

- 造山 that Sudachi takes for the place name つくりやま (a garden's artificial hill, 造山古墳), glued before
  帯, 運動 or 活動, is mountain building, ぞうざん (環太平洋造山帯, 造山運動); elsewhere it stays (造山古墳).
- 内 glued after 瀬戸 is the Inland Sea region, うち (瀬戸内工業地域, 瀬戸内地方 せとうち), which Sudachi reads
  ない when it takes 内 for a prefix; 瀬戸内海 せとないかい is one word of the lexicon and is left alone.
- 中気 glued after a span of time is a mis-split of …中 じゅう and a word in 気 (一年中|気温, 一晩中|気になる),
  じゅうき; Sudachi's 中気 ちゅうき (palsy) stays after anything else.
- 高原 and 平野 that Sudachi takes for surnames (たかはら, ひらの) are the landforms, こうげん and へいや, in a
  sentence about land (平原や高原が広がる, 日本の主な山脈と平野); before an honorific or a given name, or in a
  sentence with no other landform in it (監督の平野と高原が握手した), they stay surnames.
- 通っ that Sudachi takes for 通う (かよっ) after a route and が is 通る, とおっ (海底トンネルが通っている,
  道路が通っている, 新幹線が通っている町); after anything else it stays (血が通っている, 学校に通っている).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

_MOUNTAIN_BUILDING = ("帯", "運動", "活動", "作用")
_SPANS = ("年", "日", "晩", "夜", "週間", "月間", "年間", "時間")
# Landform words that make a surname-tagged 高原 or 平野 the land itself (not 高原, 平野: two surnames).
_LANDFORMS = {"高原": "こうげん", "平野": "へいや"}
_LAND_CUES = ("山脈", "山地", "平原", "盆地", "台地", "丘陵", "標高", "流域", "地形", "広が",
              "扇状地", "三角州", "砂漠", "気候", "河口")
_NAME_AFTER = ("さん", "様", "氏", "君", "くん", "ちゃん", "先生", "選手", "監督")
# What runs through a place: a route Sudachi's 通う (attend, circulate) does not fit.
_ROUTES = ("道", "線", "路", "トンネル", "鉄道", "運河", "橋", "バイパス")
# all geography_fix looks at
WORDS = frozenset({"造山", "内", "中気", "高原", "平野", "通っ"})


def geography_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "造山":
        if reading == "つくりやま" and glued(token, nxt) and nxt.surface.startswith(_MOUNTAIN_BUILDING):
            return "ぞうざん"  # 環太平洋|造山|帯
        return None
    if surface == "内":
        if reading == "ない" and glued(prev, token) and prev.surface == "瀬戸" \
                and not (glued(token, nxt) and nxt.surface.startswith("海")):
            return "うち"  # 瀬戸|内|工業地域
        return None
    if surface == "中気":
        if reading == "ちゅうき" and glued(prev, token) and prev.surface.endswith(_SPANS):
            return "じゅうき"  # 一|年|中気|温: 一年中 気温
        return None
    if surface in _LANDFORMS:
        if token.pos[2:4] != ("人名", "姓") or reading == _LANDFORMS[surface]:
            return None
        if nxt is not None and (nxt.surface.startswith(_NAME_AFTER) or nxt.pos[2:4] == ("人名", "名")):
            return None  # 平野さん, 高原 + a given name
        if sentence_has(tokens, i, _LAND_CUES, others=True):
            return _LANDFORMS[surface]  # 平原や高原が広がる
        return None
    if surface == "通っ":
        if reading == "かよっ" and prev is not None and prev.surface == "が" and i > 1 \
                and glued(tokens[i - 2], prev) and tokens[i - 2].surface.endswith(_ROUTES):
            return "とおっ"  # 海底トンネルが通っている
        return None
    return None
