"""Readings the analyser gets wrong in news headlines and reports, fixed from context.

- 衆議院本会議, 参議院本会議: Sudachi's lattice cuts 衆議|院本|会議 and reads the straddling 院本 as
  the old word いんぽん (a play script); glued between a word ending in 議 and 会議 it is the end of
  議院 and the start of 本会議: いんほん. Alone (元禄期の院本) it keeps いんぽん.
- 人事案 after a post or an institution (総裁人事案, 日銀人事案, 幹部人事案): Sudachi cuts 総裁|人|事案
  and reads the suffix 人 にん ("the governor person" + "a case"); glued after a noun and before 事案
  it is 人事, じん. After a numeral (3人 事案) it stays a counter; 外国人, 一般人 are words of their own.
- 米原発 before a particle (米原発で放射能漏れ, 米原発が停止): the US nuclear plant, 米 + 原発, べい
  げんぱつ; Sudachi reads the town 米原 + 発 (departing from Maibara), which stays before の, a place
  or a time (米原発の新幹線, 米原発京都行き, 米原発10時).
- 印 opening a headline before a particle and a noun (印で列車事故、…, 印が月面着陸に成功) is India,
  いん, as 印首相 already is; Sudachi reads the noun しるし ("a mark"). Only in a line with no 。 and
  never before a verb (印で囲む, 印が付いた stay しるし).
"""
from __future__ import annotations

from ..tokens import Token, glued

WORDS = frozenset({"院本", "人", "米原", "発", "印"})  # the only words headline_fix looks at

_AFTER_US_PLANT = frozenset({"が", "は", "で", "も", "を"})  # 米原発で…: not の, 行き, a time
_AFTER_INDIA = frozenset({"で", "が", "と", "は", "も"})
_SENTENCE_ENDS = frozenset("。！？!?」』】\n")



def _us_plant(town: Token | None, suffix: Token | None, particle: Token | None) -> bool:
    """米原|発 + が/は/で…: the US nuclear plant, not a train leaving Maibara."""
    return town is not None and town.surface == "米原" and town.pos[2:3] == ("地名",) \
        and suffix is not None and suffix.surface == "発" and suffix.pos[0] == "接尾辞" \
        and glued(town, suffix) and glued(suffix, particle) \
        and particle.pos[0] == "助詞" and particle.surface in _AFTER_US_PLANT


def headline_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "院本":
        if reading == "いんぽん" and glued(prev, token) and glued(token, nxt) \
                and prev.surface.endswith("議") and nxt.surface.startswith("会議"):
            return "いんほん"  # 衆議|院本|会議: 衆議院 + 本会議
        return None
    if surface == "人":
        if reading == "にん" and token.pos[0] == "接尾辞" and glued(prev, token) and glued(token, nxt) \
                and nxt.surface == "事案" and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "じん"  # 総裁|人|事案: 総裁 + 人事案
        return None
    if surface == "米原":
        nxt2 = tokens[i + 2] if i + 2 < len(tokens) else None
        return "べいげん" if reading == "まいばら" and _us_plant(token, nxt, nxt2) else None
    if surface == "発":
        return "ぱつ" if reading == "はつ" and _us_plant(prev, token, nxt) else None
    if surface == "印":
        nxt2 = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "しるし" and token.pos[0] == "名詞" and (prev is None or prev.surface[-1:] in _SENTENCE_ENDS) \
                and glued(token, nxt) and nxt.pos[0] == "助詞" and nxt.surface in _AFTER_INDIA \
                and nxt2 is not None and nxt2.pos[0] == "名詞" and nxt2.pos[1] != "数詞" \
                and not any(t.surface == "。" for t in tokens):
            return "いん"  # 印で列車事故、…: India opening a headline
        return None
    return None
