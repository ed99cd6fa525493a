"""War memories and modern history (air raids, evacuation, repatriation, survivors' testimony, memorial
ceremonies): words Sudachi reads in another sense.

- 者 glued after the verb 引き揚げる (引き揚げ者, 引揚げ者) is a repatriate, しゃ, like the lexicon's 引揚者;
  Sudachi reads the split-off 者 もの. After other verb stems it stays もの (働き者, 怠け者).
- 御 and 霊 glued, with no noun after 霊, are the spirits of the dead, み and たま (御霊の安らかならん,
  御霊に祈る); Sudachi reads ご and れい. Before a noun they are left alone (御霊前 ごれいぜん, 御霊神社).
- 上 and 下 alone in full-width brackets closing a headline after a noun are a series' parts, じょう and げ
  (語り継ぐ記憶（上）, 連載（下）), as （中） ちゅう; Sudachi reads うえ and した. Not inside a sentence
  (写真（上）は うえ) and not after a word of place or figure (写真, 図, 右, 左).
"""
from __future__ import annotations

from ..tokens import Token, glued

_REPATRIATE = frozenset({"引き揚げる", "引揚げる", "引揚る"})
_SERIES_PART = {"上": ("うえ", "じょう"), "下": ("した", "げ")}
# a （上） after these points at a picture or a side, うえ
_NOT_SERIES = frozenset({"写真", "図", "右", "左", "表", "画像", "イラスト"})
_BLANKS = frozenset({"　", " ", "\n"})
# all wartime_fix looks at
WORDS = frozenset({"者", "御", "霊", "上", "下"})


def _spirit_pair(first: Token | None, second: Token | None, after: Token | None) -> bool:
    """Whether first|second is 御|霊 glued with no noun glued after it."""
    if first is None or second is None or first.surface != "御" or second.surface != "霊":
        return False
    if not glued(first, second):
        return False
    return not (glued(second, after) and after.pos[0] in ("名詞", "接尾辞"))


def wartime_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "者":
        if reading == "もの" and glued(prev, token) and prev.pos[0] == "動詞" and prev.lemma in _REPATRIATE:
            return "しゃ"  # 引き揚げ|者
        return None
    if surface == "御":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "ご" and _spirit_pair(token, nxt, after):
            return "み"  # 御|霊の
        return None
    if surface == "霊":
        if reading == "れい" and _spirit_pair(prev, token, nxt):
            return "たま"
        return None
    if surface in _SERIES_PART:
        plain, part = _SERIES_PART[surface]
        if reading != plain or i < 2 or prev.surface != "（" or nxt is None or nxt.surface != "）":
            return None
        before = tokens[i - 2]
        closer_after = tokens[i + 2] if i + 2 < len(tokens) else None
        if not glued(before, prev) or before.pos[0] not in ("名詞", "動詞") or before.surface in _NOT_SERIES:
            return None
        if closer_after is not None and closer_after.surface not in _BLANKS:
            return None  # inside a sentence: 写真（上）は
        return part  # 語り継ぐ記憶（上）
    return None
