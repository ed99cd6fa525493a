"""Readings for kanji the analyser leaves unread. Sudachi's dictionary has no entry of its own for
hundreds of common kanji (習, 争, 嵒 …), and a run of them it does not know as a word (習氏) comes
back with the written form as its "reading". Such a run is read kanji by kanji from a small
table (kanji_readings.tsv: the first on'yomi from KANJIDIC2, see packaging/make_kanji_readings.py),
each ruby a guess and marked uncertain; a kanji the table lacks stays bare, never read as itself.

The table is read on first use only: text the analyser reads in full never touches it."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from .tokens import Ruby

TABLE_PATH = Path(__file__).with_name("kanji_readings.tsv")
_readings: dict[str, str] | None = None


def kanji_readings() -> dict[str, str]:
    """kanji -> hiragana reading, loaded once per process."""
    global _readings
    if _readings is None:
        table: dict[str, str] = {}
        with TABLE_PATH.open(encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#"):
                    continue
                kanji, _, reading = line.rstrip("\n").partition("\t")
                if kanji and reading:
                    table[kanji] = reading
        _readings = table  # one assignment: a second thread racing here builds an equal table
    return _readings


def guessed_rubies(text: str, start: int, end: int) -> list[Ruby]:
    """One uncertain ruby per kanji of text[start:end] that the table can read."""
    readings = kanji_readings()
    out: list[Ruby] = []
    previous = ""
    for i in range(start, end):
        ch = text[i]
        if ch == "々":
            reading = previous  # the repeat mark reads as the kanji before it
        else:
            # a compatibility ideograph (視, 祉 from older encodings) reads as its unified twin
            reading = readings.get(ch) or readings.get(unicodedata.normalize("NFKC", ch), "")
        if reading:
            out.append(Ruby(i, i + 1, reading, uncertain=True))
        previous = reading
    return out
