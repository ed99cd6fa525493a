"""Readings the analyser gets wrong in news headlines and reports, fixed from context.

- 衆議院本会議, 参議院本会議: Sudachi's lattice cuts 衆議|院本|会議 and reads the straddling 院本 as
  the old word いんぽん (a play script); glued between a word ending in 議 and 会議 it is the end of
  議院 and the start of 本会議: いんほん. Alone (元禄期の院本) it keeps いんぽん.
"""
from __future__ import annotations

from .tokens import Token

WORDS = frozenset({"院本"})  # the only words headline_fix looks at


def headline_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.surface == "院本" and reading == "いんぽん" and prev is not None and nxt is not None \
            and prev.end == token.start and token.end == nxt.start \
            and prev.surface.endswith("議") and nxt.surface.startswith("会議"):
        return "いんほん"  # 衆議|院本|会議: 衆議院 + 本会議
    return None
