"""What the analyser tells us about one word, in our own terms (no Sudachi types leak out)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}


def to_hiragana(text: str) -> str:
    return text.translate(_KATA_TO_HIRA)


def is_kanji(ch: str) -> bool:
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2EBEF
            or 0xF900 <= o <= 0xFAFF or ch in "々〆〇ヶ〻")


_KANJI = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ebef\uf900-\ufaff々〆〇ヶ〻]")


def has_kanji(text: str) -> bool:
    return _KANJI.search(text) is not None


def is_kana(ch: str) -> bool:
    o = ord(ch)
    return (0x3041 <= o <= 0x309F or 0x30A1 <= o <= 0x30FA or ch in "ーヽヾ") and ch not in "ヶヵ"


@lru_cache(maxsize=4096)
def _pos_str(pos: tuple[str, ...]) -> str:
    return "-".join(p for p in pos if p and p != "*")


class Token(NamedTuple):
    """A NamedTuple, not a dataclass: annotation builds one per word, hundreds of thousands a second."""
    surface: str
    start: int  # code-point offsets into the paragraph, end exclusive
    end: int
    lemma: str  # dictionary form
    reading: str  # hiragana reading of the surface as written
    pos: tuple[str, ...]  # Sudachi's part-of-speech levels, e.g. ("名詞", "固有名詞", "人名", "姓")

    @property
    def proper(self) -> bool:
        return len(self.pos) > 1 and self.pos[1] == "固有名詞"

    @property
    def pos_str(self) -> str:
        return _pos_str(self.pos)

    def to_json(self) -> dict:
        return {"surface": self.surface, "start": self.start, "end": self.end, "lemma": self.lemma,
                "reading": self.reading, "pos": self.pos_str, "proper": self.proper}


@dataclass(frozen=True)
class Ruby:
    start: int
    end: int
    reading: str
    uncertain: bool = False  # the engine could not decide from context; the reader styles it
