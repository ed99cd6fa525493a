"""What the annotator shows over a text, in the shapes the reading tests compare."""
from __future__ import annotations

from pathlib import Path

from reader.core.nlp.annotate import annotate

_FIXTURES = Path(__file__).parent / "fixtures"


def marked(text: str) -> list[tuple[str, str, bool]]:
    """(word, reading, uncertain) for each ruby, in order."""
    return [(text[r.start:r.end], r.reading, r.uncertain) for r in annotate(text).ruby]


def spans(text: str) -> list[tuple[str, str]]:
    """(word, reading) for each ruby, in order."""
    return [(word, reading) for word, reading, _ in marked(text)]


def readings(text: str) -> str:
    """The rubies as one string, 'word:reading|word:reading', for a substring check."""
    return "|".join(f"{word}:{reading}" for word, reading, _ in marked(text))


def by_word(text: str) -> dict[str, str]:
    """word -> reading (the last ruby wins where a word repeats)."""
    return {word: reading for word, reading, _ in marked(text)}


def uncertain(text: str, word: str) -> bool:
    """Whether the first ruby over ``word`` is marked uncertain."""
    return next(u for w, _, u in marked(text) if w == word)


def genre_cases(name: str) -> list[tuple[str, str]]:
    """(sentence, readings) from fixtures/<name>_review.tsv: a genre review's own sentences, each with
    the rubies a careful editor checked, written as ``readings`` writes them."""
    text = (_FIXTURES / f"{name}_review.tsv").read_text(encoding="utf-8")
    return [(sentence, expected) for sentence, expected in (line.split("\t") for line in text.splitlines() if line)]
