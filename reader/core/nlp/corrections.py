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
    phrases = [(surface, reading) for (surface, lemma), reading in overrides.items()
               if not lemma and len(surface) > 1 and surface in text]
    if not phrases:
        return [], []
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    found: list[tuple[int, int, str, str]] = []
    for surface, reading in phrases:
        at = text.find(surface)
        while at != -1:
            end = at + len(surface)
            if at in starts and end in ends and ends[end] > starts[at]:
                found.append((at, end, surface, reading))
            at = text.find(surface, at + 1)
    found.sort(key=lambda f: (f[0] - f[1], f[0]))  # longest first, then leftmost
    spans: list[tuple[int, int]] = []
    rubies: list[Ruby] = []
    for at, end, surface, reading in found:
        if any(at < e and s < end for s, e in spans):
            continue
        spans.append((at, end))
        rubies.extend(Ruby(at + s, at + e, r, corrected=True) for s, e, r in align(surface, reading))
    return rubies, spans
