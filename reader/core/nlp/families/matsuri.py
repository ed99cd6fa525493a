"""Local festival and shrine-event words (news items, town notices, festival blogs) Sudachi misreads.

- 茅 before の and a 輪 word is the purification ring, ち (茅の輪 ちのわ, 茅の輪くぐり); Sudachi reads
  かや (the grass), which stays elsewhere (茅の屋根, 茅を刈る, 茅葺き).
- 祭 that Sudachi reads まつり glued after 宵宮 or 本宮 (a festival's eve or main day) names the rite held
  then, さい (宵宮祭 よいみやさい, 本宮祭), like the 祭 さい Sudachi already gives 節分祭 and 神幸祭; 祭 after
  other words keeps its reading (秋祭 まつり, 天神祭 まつり), and a 祭 not glued is never changed.
- 蔵 that Sudachi reads as the noun くら, glued after a common noun of two or more characters, is a
  storehouse and voices, ぐら (山車蔵 だしぐら, 神輿蔵, 仕込み蔵), as in the lexicon's 酒蔵 さかぐら. The suffix 蔵 ぞう
  Sudachi gives elsewhere is left alone, for it is often "owned by" (個人蔵 こじんぞう, 当館蔵), and so is 蔵
  after a particle or alone (蔵の扉 くら).
"""
from __future__ import annotations

from ..tokens import Token, glued

_FESTIVAL_DAYS = frozenset({"宵宮", "本宮"})
WORDS = frozenset({"茅", "祭", "蔵"})  # all matsuri_fix looks at


def matsuri_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "茅":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "かや" and nxt is not None and nxt.surface == "の" and glued(token, nxt) \
                and glued(nxt, after) and after.surface.startswith("輪"):
            return "ち"  # 茅の輪くぐり
        return None
    if surface == "祭":
        if reading == "まつり" and glued(prev, token) and prev.surface in _FESTIVAL_DAYS:
            return "さい"  # 宵宮|祭
        return None
    if surface == "蔵":
        if reading == "くら" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞") \
                and len(prev.surface) > 1:
            return "ぐら"  # 山車|蔵, 神輿|蔵
        return None
    return None
