"""Sea and river fishing words (fishing reports, tide notes, tackle reviews) Sudachi splits or reads in another sense.

- 竿 glued after a noun is a kind of rod and voices, ざお (元竿, 物干し竿, テンカラ竿), like the lexicon's 釣り竿
  and 磯竿; Sudachi leaves the split-off 竿 さお, which stays after a particle, a number or alone (竿を出す,
  新しい竿, 竿頭 さおがしら is one word).
- 底 that Sudachi takes for the prefix てい glued before 付近 or 周辺 is the bottom, そこ (底付近を探る); it stays
  てい where it is part of a word (海底付近 is 海底|付近 and untouched).
- 肝 glued before 醤油 or 和え is the liver as food, きも, and the sauce voices (肝醤油 きもじょうゆ, 肝和え
  きもあえ); Sudachi reads かん, which stays before other words (肝細胞 かんさいぼう, 肝機能).
- 先 that Sudachi takes for the prefix せん glued before 調子 is a rod's tip action, さき (先調子, like
  胴調子); 先 before other words is left alone (先場所 せん).
- 掛かり glued after the verb 入れ is a bite on every cast and voices, がかり (入れ掛かり, like 入れ食い and the
  lexicon's 根掛かり); 掛かり after anything else stays かかり (魚が掛かり).
- 自重 in a sentence that gives a weight (150g, 2kg, グラム, 軽量, 重量) is a tackle's own weight, じじゅう;
  Sudachi reads じちょう (self-restraint), which stays otherwise (行動を自重する).
- 河口 that Sudachi takes for the place かわぐち glued before 付近, 周辺, 域, 部 or 堰 is a river mouth, かこう
  (河口付近, 河口域); before 湖 or an honorific it stays the place or the surname (河口湖, 河口さん).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

_NEAR = frozenset({"付近", "周辺"})
_RIVER_MOUTH_PARTS = frozenset({"付近", "周辺", "域", "部", "堰"})
_LIVER_DISHES = frozenset({"醤油", "和え"})
_WEIGHT_CUES = ("g", "ｇ", "kg", "ｋｇ", "グラム", "キロ", "軽量", "重量", "重さ")
# all fishing_fix looks at
WORDS = frozenset({"竿", "底", "肝", "醤油", "先", "掛かり", "自重", "河口"})


def fishing_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "竿":
        if reading == "さお" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "ざお"  # 元|竿, 物干し|竿
        return None
    if surface == "底":
        if reading == "てい" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface in _NEAR:
            return "そこ"  # 底|付近
        return None
    if surface == "肝":
        if reading == "かん" and glued(token, nxt) and nxt.surface in _LIVER_DISHES:
            return "きも"  # 肝|醤油
        return None
    if surface == "醤油":
        if reading == "しょうゆ" and glued(prev, token) and prev.surface == "肝":
            return "じょうゆ"  # 肝|醤油 きもじょうゆ
        return None
    if surface == "先":
        if reading == "せん" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface == "調子":
            return "さき"  # 先|調子
        return None
    if surface == "掛かり":
        if reading == "かかり" and glued(prev, token) and prev.surface == "入れ":
            return "がかり"  # 入れ|掛かり
        return None
    if surface == "自重":
        if reading == "じちょう" and sentence_has(tokens, i, _WEIGHT_CUES, others=True):
            return "じじゅう"  # 自重は150g
        return None
    if surface == "河口":
        if reading == "かわぐち" and glued(token, nxt) and nxt.surface in _RIVER_MOUTH_PARTS:
            return "かこう"  # 河口|付近
        return None
    return None
