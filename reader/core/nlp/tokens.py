"""What the analyser tells us about one word, in our own terms (no Sudachi types leak out)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..kana import has_kanji, is_kana, is_kana_text, is_kanji, is_katakana_word, to_hiragana

__all__ = ["Ruby", "Token", "HONORIFICS", "glued", "has_kanji", "is_kana",
           "is_kana_text", "is_kanji", "is_katakana_word", "sentence_has", "sentence_of", "to_hiragana"]

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


@dataclass(frozen=True, slots=True)  # slots: quicker to make and read, one per kanji word
class Ruby:
    start: int
    end: int
    reading: str
    uncertain: bool = False  # the engine could not decide from context; the reader styles it
    corrected: bool = False  # the reader's own reading (a correction in the library)


def glued(a: Token | None, b: Token | None) -> bool:
    """Both tokens exist and b starts where a ends, with nothing between them (休業|日, 米|を)."""
    return a is not None and b is not None and a.end == b.start


# What follows a person's name (健太さん, 山田氏): a name, not a word, stands before it.
HONORIFICS = ("さん", "様", "さま", "氏", "君", "くん", "ちゃん", "先生")
_SENTENCE_ENDS = frozenset({"。", "！", "？", "!", "?", "\n"})


def sentence_of(tokens: list[Token], i: int) -> list[Token]:
    """The tokens of the sentence that tokens[i] stands in (a paragraph may hold several)."""
    start = i
    while start > 0 and tokens[start - 1].surface not in _SENTENCE_ENDS:
        start -= 1
    end = i
    while end < len(tokens) and tokens[end].surface not in _SENTENCE_ENDS:
        end += 1
    return tokens[start:end]


def sentence_has(tokens: list[Token], i: int, cues, others: bool = False) -> bool:
    """Whether a word of tokens[i]'s sentence (with ``others``, a word other than tokens[i] itself)
    holds one of ``cues``: the topic test the families use (a river, a stage, a sumo bout)."""
    token = tokens[i]
    return any(cue in t.surface for t in sentence_of(tokens, i) if not (others and t is token) for cue in cues)
