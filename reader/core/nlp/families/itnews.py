"""IT, AI and cybersecurity news: generative AI, semiconductors, data centres, cyberattacks and leaks,
smartphones and carriers, platform regulation, startups and funding.

- 前/後 that Sudachi cuts off as its own word and reads ぜん/ご ("before"/"after" something) is
  まえ/あと when it is glued before 工程 and the pair names the front or back end of a production line
  (半導体の後工程 あとこうてい, 前工程と後工程 まえこうてい…あとこうてい, 半導体後工程の工場), as the lexicon
  reads 前処理 まえしょり and 後処理 あとしょり. Not glued after a demonstrative, a time, a count or an
  act, where 後/前 is the time (その後工程表 そのご, 二時間後工程に戻った ご, 作業後工程, 製造前工程 ぜん),
  nor before a longer word (工程表, 工程管理).
- 三重 that Sudachi takes for the prefecture, みえ, is さんじゅう, threefold, beside 二重 or 四重 in a list
  (二重、三重の対策, 三重四重に) and where it layers a safeguard: glued before, or before の/に and, a
  word of layers or checks (三重の防御, 三重構造, 三重化, 三重にチェックする, 三重に施錠). The prefecture
  stays (三重の魅力を発信する, 三重に行く, 三重県, 三重大学).
"""
from __future__ import annotations

from ..tokens import Token, glued

# 前/後 read as the time word; the production-line half is まえ/あと (前工程 まえこうてい).
_LINE_HALF = {"前": ("ぜん", "まえ"), "後": ("ご", "あと")}
# What a threefold 三重 layers (三重の防御, 三重構造, 三重にチェック); a place is not layered (三重の魅力).
# Not 窓, 壁 or 化 after の: 三重の窓口, 三重の壁 (a team), 三重の化石 are the prefecture's.
_LAYERED = ("防御", "防護", "構造", "認証", "ロック", "鍵", "チェック", "確認", "ガラス", "バックアップ", "冗長",
            "暗号", "施錠", "安全装置")
_LAYERING = ("守", "重ね", "巻")  # after に: 三重に守る, 三重に重ねる
WORDS = frozenset(_LINE_HALF) | {"三重"}


def itnews_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    if token.surface == "三重":
        return "さんじゅう" if reading == "みえ" and _threefold(tokens, i) else None
    plain, line = _LINE_HALF.get(token.surface, ("", ""))
    if reading != plain:
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if nxt is None or nxt.surface != "工程" or not glued(token, nxt):
        return None
    if prev is not None and glued(prev, token) and not _line_owner(prev):
        return None  # その後|工程, 二時間後|工程, 作業後|工程: "after" that time or act
    return line  # 後工程 あとこうてい, 前工程 まえこうてい


def _line_owner(prev: Token) -> bool:
    """Whether ``prev``, glued before 前/後 工程, leaves the pair a production line's half: a particle
    or a mark (の後工程), or a plain noun that names the product (半導体後工程). A time, a count or an act
    (二時間後, 三日後, 作業後, 製造前) or a demonstrative (その後) makes 前/後 the time word."""
    if prev.pos[0] in ("助詞", "補助記号", "空白"):
        return True
    return prev.pos[:3] == ("名詞", "普通名詞", "一般") or prev.pos[1:2] == ("固有名詞",)


def _threefold(tokens: list[Token], i: int) -> bool:
    """Whether 三重 at tokens[i] is a count of layers: 二重、三重の, 三重の防御, 三重構造, 三重にチェック."""
    near = [t.surface for t in tokens[max(0, i - 3):i + 4] if t is not tokens[i]]
    if "二重" in near or "四重" in near or "重" in near:
        return True  # 二重、三重の対策 (Sudachi cuts 二|重)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not glued(tokens[i], nxt):
        return False
    if nxt.surface in ("の", "に"):
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        words = _LAYERED + _LAYERING if nxt.surface == "に" else _LAYERED
        return after is not None and glued(nxt, after) and after.surface.startswith(words)
    return nxt.surface.startswith(_LAYERED) or nxt.surface == "化"  # 三重構造, 三重化
