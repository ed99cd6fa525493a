"""Checking and normalising what the user types as a furigana reading."""
from __future__ import annotations

import unicodedata

from reader.core.kana import to_hiragana

_PROLONGED_SOUND_MARK = "ー"
# Hiragana letters ぁ..ゖ, and the iteration marks ゝ ゞ.
_HIRAGANA = {chr(c) for c in range(0x3041, 0x3097)} | {"ゝ", "ゞ"}


def normalise_reading(reading: str, surface: str = "") -> str:
    """The reading as stored: hiragana (and ー) only. Half-width katakana and separate
    voicing marks are composed first (NFKC), surrounding whitespace is dropped. Anything else
    raises ValueError with a one-line message naming the first character that is not allowed."""
    if not isinstance(reading, str):
        raise ValueError(f"a reading must be text, not {type(reading).__name__}")
    for_word = f" for {surface!r}" if surface else ""
    text = unicodedata.normalize("NFKC", reading).strip()
    if not text:
        raise ValueError(f"the reading{for_word} is empty")
    hiragana = to_hiragana(text)
    for original, ch in zip(text, hiragana, strict=True):
        if ch not in _HIRAGANA and ch != _PROLONGED_SOUND_MARK:
            raise ValueError(
                f"the reading {reading!r}{for_word} may only contain hiragana, katakana and ー"
                f" (found {original!r})"
            )
    return hiragana


def normalise_key(surface: str, lemma: str = "") -> tuple[str, str]:
    """(surface, lemma) as stored: surrounding whitespace dropped; the surface must remain."""
    if not isinstance(surface, str) or not isinstance(lemma, str):
        raise ValueError("the surface and lemma of a reading override must be text")
    surface, lemma = surface.strip(), lemma.strip()
    if not surface:
        raise ValueError("a reading override needs the written word (surface); it is empty")
    return surface, lemma
