"""Defense, diplomacy and international news words (summits, treaties, sanctions, war reporting) that
the analyser reads wrong.

- 一 that Sudachi cuts off before the suffix 国 (一|国二制度) is one country, いっ (一国二制度
  いっこくにせいど), as the lexicon's whole 一国 (一国の首相 いっこく); Sudachi leaves いち. It must NOT
  fire where 国 is no suffix read こく (一国 whole keeps its own reading).
- 大勢 that Sudachi reads たいせい ("the general trend") before の and a noun, with no の before it,
  is "many people", おおぜい (「大勢の命が失われた」, 大勢の市民); Sudachi picks たいせい after a
  bracket. It must NOT fire after の (選挙の大勢は決した, 世の大勢 たいせい), before a verb (大勢の
  赴くところ) or before が/は/に (大勢が判明 stays as Sudachi reads it).
Elsewhere, where those rules belong: 日比 (Japan and the Philippines: 日比首脳会談 にっぴ) is an analyser
slip in slips.py, and the surname before an honorific (日比さん ひび) is kept from the country pairs in
abbreviations.py; a day moved by a count (会期を1日延長 いちにち) is in numbers.py; an island, an arrival
and a cape after a place name (与那国島 じま, ワシントン着 ちゃく, 喜望峰 ほう) are in places.py.
"""
from __future__ import annotations

from ..tokens import Token, glued

WORDS = frozenset({"一", "大勢"})  # all diplomacy_fix looks at


def diplomacy_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.surface == "一":
        if reading == "いち" and token.pos[1:2] == ("数詞",) and glued(token, nxt) and nxt.surface == "国" \
                and nxt.reading == "こく" and not (glued(prev, token) and prev.pos[1:2] == ("数詞",)):
            return "いっ"  # 一|国二制度: the small っ before こく, as in 一国 いっこく
        return None
    # 大勢
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if reading == "たいせい" and nxt is not None and nxt.surface == "の" and after is not None \
            and after.pos[0] == "名詞" and not (prev is not None and prev.surface == "の"):
        return "おおぜい"  # 「大勢の命が…: many people, not the general trend
    return None
