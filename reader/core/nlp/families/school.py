"""Readings from a review of own school-textbook sentences (理科, 社会, 算数, 国語).

- 玉 glued after 円 is a coin, だま (100円玉, 10円玉); Sudachi splits 100|円|玉 and leaves たま.
- 星 glued after 等 is a star's magnitude, せい (1等星, 2等星); the rendaku rule would make it ぼし.
- 角 in a geometry sentence (三角形, 辺, 頂点, 直角, 角の二等分線を作図 … or 角の大きさ) is an angle, かく;
  Sudachi reads every lone 角 かど, which stays in 角を曲がる, 机の角.
- 米 before a number and a rice measure is rice, こめ (米1合, 米2カップ, 米5kg); Sudachi reads it
  べい (America), which stays in 米3社, 米1月.
- 七 in the syllable counts of a poem, 五・七・五 and 五・七・五・七・七, is しち.
- 都 moved or laid out with the old capitals (平城京, 平安京, 遷都, 都を移す) is みやこ; elsewhere it
  stays と (Tokyo Metropolis).
- 表 next to 裏 (表と裏, 裏と表, 表も裏も) is the face, おもて; Sudachi reads a lone 表 ひょう (a table).
- 半月 with the moon in the sentence (満月, 三日月, 光る, 欠ける, 夜空) is the half moon, はんげつ;
  はんつき (half a month) stays elsewhere.
- (実 before になる and after a fruit in kana, なしの実, is read in fiction.py with the other rules for 実.)
"""
from __future__ import annotations

from ..tokens import Token, glued

WORDS = frozenset({"玉", "星", "角", "米", "七", "都", "表", "半月"})  # all school_fix looks at

_GEOMETRY = frozenset({"三角形", "四角形", "多角形", "五角形", "六角形", "正三角形", "二等辺三角形", "直角三角形",
                       "正方形", "長方形", "平行四辺形", "台形", "辺", "頂点", "直角", "分度器", "角度", "対角線",
                       "二等辺", "四辺", "鋭角", "鈍角",
                       "分線", "二等分線", "作図"})
_RICE_MEASURES = frozenset({"合", "カップ", "kg", "ｋｇ", "キロ", "キログラム", "g", "ｇ", "グラム", "俵", "粒",
                            "升", "杯", "袋"})
_OLD_CAPITALS = frozenset({"京", "遷都", "平城京", "平安京", "長岡京", "藤原京", "難波宮"})
_MOVE = frozenset({"移す", "うつす", "移る", "うつる"})
_MOON = frozenset({"満月", "新月", "三日月", "上弦", "下弦", "月食", "夜空", "月面"})
_MOON_VERBS = frozenset({"光る", "欠ける", "満ちる"})


def _digits(t: Token) -> bool:
    return "数詞" in t.pos or t.surface.isdigit()


def school_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "玉":
        ok = reading == "たま" and prev is not None and prev.surface == "円" and glued(prev, token)
        return "だま" if ok else None  # 100円玉
    if surface == "星":
        ok = reading == "ぼし" and prev is not None and prev.surface == "等" and glued(prev, token)
        return "せい" if ok else None  # 1等星
    if surface == "角":
        if reading != "かど" or token.pos[0] != "名詞":
            return None
        if nxt is not None and nxt.surface == "の" and i + 2 < len(tokens) and tokens[i + 2].surface == "大きさ":
            return "かく"  # 角の大きさ
        return "かく" if any(t.surface in _GEOMETRY for t in tokens) else None
    if surface == "米":
        if reading != "べい" or nxt is None or not glued(token, nxt) or not _digits(nxt):
            return None
        unit = tokens[i + 2] if i + 2 < len(tokens) else None
        return "こめ" if unit is not None and glued(nxt, unit) and unit.surface in _RICE_MEASURES else None
    if surface == "七":
        if reading != "なな":
            return None
        sides = ((tokens[i - 2] if i > 1 else None, prev), (tokens[i + 2] if i + 2 < len(tokens) else None, nxt))
        return "しち" if any(dot is not None and dot.surface == "・" and far is not None and far.surface == "五"
                            for far, dot in sides) or (
            prev is not None and prev.surface == "・" and i > 1 and tokens[i - 2].surface == "七"
            and any(t.surface == "五" for t in tokens[max(0, i - 8):i])) else None
    if surface == "都":
        if reading != "と" or token.pos[0] != "名詞":
            return None
        if prev is not None and glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞"):
            return None  # 1都1道, 東京|都: the Metropolis
        if nxt is None or nxt.surface not in ("が", "を", "は", "に", "の"):
            return None
        if any(t.surface in _OLD_CAPITALS for t in tokens):
            return "みやこ"  # 都が平城京にうつされた
        return "みやこ" if nxt.surface in ("が", "を") and any(t.lemma in _MOVE for t in tokens) else None
    if surface == "表":
        if reading != "ひょう" or token.pos[0] != "名詞":
            return None
        near = tokens[max(0, i - 3):i + 4]
        return "おもて" if any(t.surface == "裏" for t in near) else None  # 表と裏
    if surface == "半月":
        if reading != "はんつき":
            return None
        return "はんげつ" if any(t.surface in _MOON or t.lemma in _MOON_VERBS for t in tokens) else None
    return None
