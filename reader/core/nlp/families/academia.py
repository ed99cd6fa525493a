"""Education and research news (entrance exams, degrees, grants, university policy) Sudachi reads in another sense.

- 博士 glued before a word of the degree system (前期, 後期, 課程, 学位, 人材, 取得, 号, 論文) is the
  degree, はくし (博士後期課程 はくしこうきかてい, 博士前期課程, 博士学位, 博士人材, 博士取得者), like the
  lexicon's 博士課程 and 博士論文; Sudachi reads the split-off 博士 はかせ (a learned person), which stays
  alone, after a noun or before a particle (お天気博士, 工学博士の肩書き, 博士は研究室にいた, 博士の学位).
- 博士 glued after 論文, 課程 or 社会人 is a kind of doctorate, はくし (論文博士, 課程博士, 社会人博士として学位を
  取得); after a field (工学博士) usage varies and it is left to the analyser.
  (博士研究員, a postdoc, はくしけんきゅういん, is one of the analyser's slips in slips.py.)
"""
from __future__ import annotations

from ..tokens import Token, glued

# What a degree 博士 is glued before: the words of the degree system.
_DEGREE_WORDS = ("前期", "後期", "課程", "学位", "人材", "取得", "号", "論文")
# The kinds of doctorate a degree 博士 is glued after.
_DEGREE_KINDS = frozenset({"論文", "課程", "社会人"})
WORDS = frozenset({"博士"})  # all academia_fix looks at


def academia_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if reading != "はかせ":
        return None
    if glued(token, nxt) and nxt.pos[0] == "名詞" and nxt.surface.startswith(_DEGREE_WORDS):
        return "はくし"  # 博士|後期|課程
    if glued(prev, token) and prev.surface in _DEGREE_KINDS:
        return "はくし"  # 論文|博士
    return None
