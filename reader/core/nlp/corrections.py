"""The reader's corrections that span several of the analyser's words: a phrase written the same
way everywhere (黒門市場 くろもんいちば, 新崎人生, 七日 なぬか) read as a whole. One-word corrections
are looked up per token in annotate; these are found in the text, and only count where they
start and end on word boundaries (so 市場 inside 株式市場 is not touched by a 式市 phrase)."""
from __future__ import annotations

from .furigana import align
from .tokens import Ruby, Token


def phrase_rubies(text: str, tokens: list[Token], overrides: dict[tuple[str, str], str]
                  ) -> tuple[list[Ruby], list[tuple[int, int]]]:
    """Rubies for every phrase correction in ``text`` (overrides keyed (surface, '') whose surface
    covers two or more tokens exactly), and the spans they cover. Longer phrases win overlaps."""
    phrases = {surface: reading for (surface, lemma), reading in overrides.items()
               if not lemma and len(surface) > 1 and surface in text}
    spans: list[tuple[int, int]] = []
    rubies: list[Ruby] = []
    for at, end, first, last, reading in phrases_on_word_boundaries(text, tokens, phrases):
        if last > first:  # a one-token phrase is a word correction, looked up per token
            spans.append((at, end))
            rubies.extend(Ruby(at + s, at + e, r, corrected=True) for s, e, r in align(text[at:end], reading))
    return rubies, spans


def phrases_on_word_boundaries(text: str, tokens: list[Token], phrases: dict[str, str]
                               ) -> list[tuple[int, int, int, int, str]]:
    """(start, end, first token, last token, reading) for each place a phrase of ``phrases``
    (surface -> reading) stands in ``text`` starting and ending on token boundaries; longer phrases
    first, and none overlapping one taken before it."""
    found_phrases = [surface for surface in phrases if surface in text]  # a C-speed scan: mostly none
    if not found_phrases:
        return []
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    found: list[tuple[int, int, int, int, str]] = []
    for surface in found_phrases:
        at = text.find(surface)
        while at != -1:
            end = at + len(surface)
            if at in starts and end in ends and ends[end] >= starts[at]:
                found.append((at, end, starts[at], ends[end], phrases[surface]))
            at = text.find(surface, at + 1)
    found.sort(key=lambda f: (f[0] - f[1], f[0]))  # longest first, then leftmost
    taken: list[tuple[int, int, int, int, str]] = []
    for place in found:
        if not any(place[0] < t[1] and t[0] < place[1] for t in taken):
            taken.append(place)
    return taken
