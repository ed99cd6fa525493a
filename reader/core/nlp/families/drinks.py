"""Drinks words (sake labels and brewery pages, beer, wine, tea and coffee writing) Sudachi reads in another sense.

- 生 that Sudachi reads as the suffix せい, glued before a drink or a brewing word (原酒, 酒, ビール, 貯蔵, 詰め),
  is unpasteurised or draught, なま (無濾過生原酒, 樽生ビール); it stays せい elsewhere (一年生, 学生). 生原 that
  Sudachi takes for the surname おいばら glued before 酒 is 生 and 原 of 生原酒, なまげん (生原酒 なまげんしゅ);
  before an honorific it stays a surname (生原さん).
- 詰め glued after 生 is voiced, づめ (生詰め酒 なまづめ), like the lexicon's 瓶詰め and 缶詰め; a 詰め after a
  particle stays つめ (箱に詰める).
- 香 after a sake-tasting word (吟醸香, 含み香, 立ち香, 上立ち香, 戻り香) is か, with 上立ち read うわだち; Sudachi
  reads こう, which stays after other words (線香 and 香を焚く are the lexicon's or left alone).
- 挽き that Sudachi splits off as a suffix glued after a noun is voiced, びき (中挽き, 極細挽き, 手挽き), like
  the lexicon's 粗挽き and 細挽き; and 中 glued before 挽き or a roast (中挽き, 中深煎り) is ちゅう, not なか.
  中 elsewhere is left alone (中を見る なか).
- 升 glued after 合 (一合升, 五合升) is the wooden measure, ます; after a bare number it is the counter
  (一升 いっしょう, the counter table's).
- 寒 that Sudachi takes for the adjective 寒い glued before 造り is the cold season's brewing, かん, with
  造り voiced (寒造り かんづくり), like the lexicon's 寒仕込み; 寒い stays elsewhere (寒かった).
- 猪口 that Sudachi reads いぐち as a common noun is the sake cup, ちょこ (きき猪口); the surname (猪口さん
  いのぐち, a proper noun) is left alone.
- 醇 that Sudachi takes for the given name あつし glued after 濃 or 芳 is じゅん (濃醇甘口 のうじゅん); a 醇
  standing alone as a name is left alone.
- 酒 glued before 蔵開き is さか (酒蔵開き さかぐらびらき), as in the lexicon's 酒蔵; 酒 elsewhere is left alone.
"""
from __future__ import annotations

from ..tokens import Token, glued

# What an unpasteurised or draught 生 is glued before.
_RAW_BEFORE = ("原酒", "酒", "ビール", "貯蔵", "詰め", "ワイン")
# Sake-tasting words a following 香 is か after: 吟醸香, 含み香, 立ち香, 戻り香.
_TASTING_AROMA = frozenset({"吟醸", "含み", "立ち", "戻り"})
_GRINDS_AND_ROASTS = ("挽き", "深煎り", "煎り", "浅煎り")
_NAME_AFTER = ("さん", "様", "氏", "君", "くん", "ちゃん", "先生")
# all drinks_fix looks at
WORDS = frozenset({"生", "生原", "詰め", "香", "上", "立ち", "挽き", "中", "升", "寒", "造り", "猪口", "醇", "酒"})


def drinks_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface == "生":
        if reading == "せい" and glued(token, nxt) and nxt.surface.startswith(_RAW_BEFORE) \
                and not (prev is not None and glued(prev, token) and prev.pos[1] == "数詞"):
            return "なま"  # 無濾過|生|原酒, 樽|生|ビール
        return None
    if surface == "生原":
        if reading == "おいばら" and glued(token, nxt) and nxt.surface == "酒":
            return "なまげん"  # 生原|酒
        return None
    if surface == "詰め":
        if reading == "つめ" and glued(prev, token) and prev.surface == "生":
            return "づめ"  # 生|詰め酒
        return None
    if surface == "香":
        if reading == "こう" and glued(prev, token) and prev.surface in _TASTING_AROMA:
            return "か"  # 吟醸|香, 含み|香
        return None
    if surface == "上":
        if reading == "うえ" and glued(token, nxt) and nxt.surface == "立ち" and glued(nxt, after) \
                and after.surface == "香":
            return "うわ"  # 上|立ち|香
        return None
    if surface == "立ち":
        if reading == "たち" and glued(prev, token) and prev.surface == "上" and glued(token, nxt) \
                and nxt.surface == "香":
            return "だち"  # 上|立ち|香
        return None
    if surface == "挽き":
        if reading == "ひき" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "びき"  # 中|挽き, 極細|挽き
        return None
    if surface == "中":
        if reading == "なか" and glued(token, nxt) and nxt.surface.startswith(_GRINDS_AND_ROASTS):
            return "ちゅう"  # 中|挽き, 中|深煎り
        return None
    if surface == "升":
        if reading == "しょう" and glued(prev, token) and prev.surface == "合" and i > 1 \
                and tokens[i - 2].pos[1] == "数詞":
            return "ます"  # 一|合|升
        return None
    if surface == "寒":
        if reading == "さむ" and glued(token, nxt) and nxt.surface == "造り":
            return "かん"  # 寒|造り
        return None
    if surface == "造り":
        if reading == "つくり" and glued(prev, token) and prev.surface == "寒":
            return "づくり"  # 寒|造り
        return None
    if surface == "猪口":
        if reading == "いぐち" and token.pos[1] == "普通名詞" \
                and not (nxt is not None and nxt.surface in _NAME_AFTER):
            return "ちょこ"  # きき|猪口
        return None
    if surface == "醇":
        if reading == "あつし" and glued(prev, token) and prev.surface in ("濃", "芳"):
            return "じゅん"  # 濃|醇
        return None
    # 酒
    if reading == "さけ" and glued(token, nxt) and nxt.surface.startswith("蔵開"):
        return "さか"  # 酒|蔵開き
    return None
