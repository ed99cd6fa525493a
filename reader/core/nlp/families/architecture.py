"""Architecture and house-design words (architects' pages, house-building blogs, housing-fair copy) that
Sudachi reads in another sense or splits off a compound.

- 棟 glued after the prefixes 全, 各, 新, 旧, 同, 当, 両 counts or names buildings, とう (全棟で構造計算
  ぜんとう, 新棟 しんとう), like the lexicon's 各棟 and 同棟; Sudachi reads the split-off 棟 むね (a roof's
  ridge), which stays after a particle (屋根の棟) and where no prefix is glued before it.
- 造作 is carpentry fixtures, ぞうさく (造作家具, 洗面台は造作で, 本棚を造作しました, as 顔の造作 too);
  Sudachi reads ぞうさ, which is only "trouble" in 造作もない, 造作なく, 造作ない: before も or な it is
  left alone.
- 樋 glued after a noun is a gutter and voices, どい (谷樋 たにどい, 竪樋, 軒樋), like the lexicon's 雨樋;
  a lone 樋 (樋の掃除) stays とい. 内樋, which Sudachi takes for a surname (うちひ), is the concealed
  gutter, うちどい, unless an honorific follows it (内樋さん).
- 内 that Sudachi takes for the prefix ない glued before 断熱 is うち (内断熱 うちだんねつ, beside the
  lexicon's 外断熱 そとだんねつ); the prefix stays ない before other words.
- 地 glued before 窓 is a window at floor level, じ (地窓 じまど), like the lexicon's 地袋 and 地板;
  Sudachi reads the split-off 地 ち ("ground").
- 雨 glued before 仕舞い or 仕舞 is あま and 仕舞 voices, じまい (雨仕舞い あまじまい, weatherproofing
  detail), like 雨戸 and 雨漏り; 雨 before other words stays あめ.
- 造り (the noun) glued after a noun is a style of building and voices, づくり (入母屋造り, 数寄屋造り),
  like the lexicon's 書院造り; Sudachi takes 数寄屋 for a place name, so the rendaku rule skips it.
  After a number or a name, or not glued (刺身のお造り, 造りがしっかりした家), it stays つくり.
"""
from __future__ import annotations

from ..tokens import Token, glued

# Prefixes that make 棟 a building counted or named (全棟, 新棟), not the ridge.
_BUILDING_PREFIXES = frozenset({"全", "各", "新", "旧", "同", "当", "両"})
_NAME_AFTER = ("さん", "様", "氏", "君", "くん", "ちゃん", "先生")
# all architecture_fix looks at
WORDS = frozenset({"棟", "造作", "樋", "内樋", "内", "地", "雨", "仕舞", "造り"})


def architecture_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "棟":
        if reading == "むね" and glued(prev, token) and prev.pos[0] == "接頭辞" and prev.surface in _BUILDING_PREFIXES:
            return "とう"  # 全|棟
        return None
    if surface == "造作":
        if reading == "ぞうさ" and not (nxt is not None and nxt.surface[:1] in ("も", "な", "無")):
            return "ぞうさく"  # 造作家具; not 造作もない
        return None
    if surface == "樋":
        if reading == "とい" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "どい"  # 谷|樋
        return None
    if surface == "内樋":
        if reading == "うちひ" and not (nxt is not None and nxt.surface in _NAME_AFTER):
            return "うちどい"  # 内樋にした: not the surname
        return None
    if surface == "内":
        if reading == "ない" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface == "断熱":
            return "うち"  # 内|断熱
        return None
    if surface == "地":
        if reading == "ち" and glued(token, nxt) and nxt.surface == "窓":
            return "じ"  # 地|窓
        return None
    if surface == "雨":
        if reading == "あめ" and glued(token, nxt) and nxt.surface in ("仕舞い", "仕舞"):
            return "あま"  # 雨|仕舞い
        return None
    if surface == "仕舞":
        if reading == "しまい" and glued(prev, token) and prev.surface == "雨":
            return "じまい"  # 雨|仕舞
        return None
    # 造り
    if reading == "つくり" and token.pos[0] == "名詞" and glued(prev, token) and prev.pos[0] == "名詞" \
            and prev.pos[1] != "数詞" and prev.pos[2:3] != ("人名",):
        return "づくり"  # 入母屋|造り
    return None
