"""What the reader corrects when they say "this word reads differently": the word at a place in
an annotated paragraph, the reading the page shows for it, and how a typed reading would sit
over its kanji. Qt-free; the window's dialog and the store's override table build on it.

A correction is keyed by the word as written and its dictionary form (surface, lemma), as the
store keeps it, so it applies to that word in every article, and to no other word that happens
to be written the same way."""
from __future__ import annotations

from dataclasses import dataclass

from reader.core.nlp.annotate import Annotation
from reader.core.nlp.furigana import align
from reader.core.nlp.tokens import Token, has_kanji, to_hiragana
from reader.core.romaji import romaji_to_hiragana
from reader.core.store.readings import normalise_reading

CONTEXT_CHARS = 12  # of the sentence on either side of the word, in the dialog


@dataclass(frozen=True)
class CorrectionTarget:
    surface: str
    lemma: str
    start: int  # code points into the paragraph
    end: int
    reading: str  # the whole word's reading as the page shows it now, okurigana included, hiragana
    before: str  # a little of the text either side, for the dialog ("…" where it was cut)
    after: str
    #: False inside a number + counter group (7日 なのか): the counter rules read those as a
    #: whole, so a reading of the one word would not be what the reader sees.
    correctable: bool = True


def correction_target(annotation: Annotation | None, offset: int) -> CorrectionTarget | None:
    """The word with kanji at ``offset`` of the annotated paragraph, or None (no word there, or
    one without kanji: kana read as themselves)."""
    if annotation is None:
        return None
    token = _token_at(annotation.tokens, offset)
    if token is None or not has_kanji(token.surface):
        return None
    reading, grouped = _shown_reading(annotation, token)
    return _target(annotation.text, token.start, token.end, token.lemma, reading, correctable=not grouped)


def phrase_target(annotation: Annotation | None, start: int, end: int) -> CorrectionTarget | None:
    """The selected text [start, end) as something to correct as a whole (黒門市場, 新崎人生, 七日):
    widened to whole words and to any ruby it cuts through. A single word gives the same target as
    correction_target; several words give a phrase (lemma ''), which the engine reads as one
    wherever it is written on word boundaries. None without kanji or outside the text."""
    if annotation is None or not 0 <= start < end <= len(annotation.text):
        return None
    for ruby in annotation.ruby:
        if ruby.start < end and start < ruby.end:
            start, end = min(start, ruby.start), max(end, ruby.end)
    covered = [t for t in annotation.tokens if t.start < end and start < t.end]
    if not covered:
        return None
    if len(covered) == 1:
        return correction_target(annotation, covered[0].start)
    start, end = covered[0].start, covered[-1].end
    if not has_kanji(annotation.text[start:end]):
        return None
    reading = _reading_between(annotation, start, end)[0] or "".join(t.reading for t in covered)
    return _target(annotation.text, start, end, "", reading)


def typed_reading(text: str, surface: str = "") -> str:
    """A reading as the reader typed it, as stored: kana in hiragana, romaji turned into it
    (ichiba いちば). ValueError (one line) when it is neither."""
    kana = romaji_to_hiragana(text) if any("a" <= c.lower() <= "z" for c in text) else None
    return normalise_reading(kana or text, surface)


def _target(text: str, start: int, end: int, lemma: str, reading: str, correctable: bool = True) -> CorrectionTarget:
    """The target over text[start:end], with a little of the text either side ("…" where cut)."""
    return CorrectionTarget(
        surface=text[start:end], lemma=lemma, start=start, end=end, reading=reading,
        before=("…" if start > CONTEXT_CHARS else "") + text[max(0, start - CONTEXT_CHARS):start],
        after=text[end:end + CONTEXT_CHARS] + ("…" if len(text) - end > CONTEXT_CHARS else ""),
        correctable=correctable,
    )


def ruby_preview(surface: str, reading: str) -> list[tuple[str, str]]:
    """How ``reading`` (as typed) would sit over ``surface``: [(base, ruby), …] in order, ruby ''
    over kana and other characters. ValueError (one line) when the reading is not kana."""
    reading = normalise_reading(reading, surface)
    out: list[tuple[str, str]] = []
    at = 0
    for start, end, ruby in align(surface, reading):
        if start > at:
            out.append((surface[at:start], ""))
        out.append((surface[start:end], ruby))
        at = end
    if at < len(surface):
        out.append((surface[at:], ""))
    return out


def preview_text(surface: str, reading: str) -> str:
    """The preview as plain text, readings in 《》: 話《はな》し合《あ》った."""
    return "".join(f"{base}《{ruby}》" if ruby else base for base, ruby in ruby_preview(surface, reading))


def _token_at(tokens: list[Token], offset: int) -> Token | None:
    for token in tokens:
        if token.start <= offset < token.end:
            return token
        if token.start > offset:
            break
    return None


def _shown_reading(annotation: Annotation, token: Token) -> tuple[str, bool]:
    """The token's reading as displayed (the analyser's where the page shows none), and True as
    the second value when a ruby reaches outside the token (a number + counter group)."""
    reading, grouped = _reading_between(annotation, token.start, token.end)
    return (token.reading if grouped or reading is None else reading), grouped


def _reading_between(annotation: Annotation, start: int, end: int) -> tuple[str | None, bool]:
    """[start, end) as the page reads it: the readings of the rubies inside, the other characters
    as they are (kana in hiragana). None when a kanji there has no ruby; True as the second value
    when a ruby crosses either end."""
    parts: list[str] = []
    at = start
    crossed = False
    for ruby in annotation.ruby:
        if ruby.end <= start:
            continue
        if ruby.start >= end:
            break
        if ruby.start < start or ruby.end > end:
            crossed = True
            continue
        parts.append(annotation.text[at:ruby.start])
        parts.append(ruby.reading)
        at = ruby.end
    parts.append(annotation.text[at:end])
    if crossed or any(has_kanji(p) for p in parts[::2]):
        return None, crossed
    return to_hiragana("".join(parts)), crossed
