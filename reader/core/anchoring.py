"""Finding a highlight again after its article's text changed (a re-clean, an edited import).

Pure functions. The order is the one hypothes.is uses:

1. the old position, if the quote is still there and the text around it still agrees;
2. an exact search for the quote anywhere in the article, each occurrence scored by how well the
   text before and after it matches the stored prefix and suffix, and by its distance from the old
   position (a copy with all its context unchanged is taken at once);
3. a fuzzy search (edit distance, Myers' bit-parallel algorithm) for spans close to the quote,
   scored by quote, prefix, suffix and distance, competing with the exact copies of step 2.

A place is taken only with confidence: surrounding text that agrees, or a quote long and distinct
enough to speak for itself. Otherwise the highlight is orphaned: kept, with its quote and note, but
drawn nowhere. Whatever happens, a highlight that is not orphaned covers exactly its quote:
paragraphs[h.paragraph][h.start:h.end] == h.quote (a fuzzy match takes the text it landed on as its
new quote, and only when that text is close to the old one).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.annotations import Highlight, anchor, body_hash, body_offsets

# Agreement of the surrounding text at which a place is taken without looking further.
CONTEXT_SURE = 0.999
# Agreement of the surrounding text (0..1, the mean of prefix and suffix similarity) needed to
# accept a place on the strength of its context.
CONTEXT_MIN = 0.5
# A quote at least this long is distinctive enough to be taken where it occurs once (exactly), or
# at its old position, even when the text around it changed.
DISTINCT_QUOTE = 8
# Fuzzy matches: the found text must be at least this similar to the quote (1 - edits / length)...
FUZZY_QUOTE_MIN = 0.75
# ... and have agreeing context, unless the quote is long and nearly unchanged.
FUZZY_LONG_QUOTE = 16
FUZZY_LONG_QUOTE_MIN = 0.9
# How many candidate places are scored in full, per search.
MAX_CANDIDATES = 30
# Similarity given to a stored context that is empty (the passage began or ended the text) when the
# new text does have something there: it neither supports nor speaks against a place.
_NEUTRAL = 0.5
# The context is compared over its nearest characters at these widths (and its whole length).
_WINDOWS = (4, 8, 16)
# hypothes.is' weights: quote, prefix, suffix, position.
_W_QUOTE, _W_PREFIX, _W_SUFFIX, _W_POSITION = 50, 20, 20, 2


@dataclass(frozen=True)
class Place:
    paragraph: int
    start: int
    end: int
    quote_score: float  # 1 - edits / len(quote)
    context_score: float  # mean of prefix and suffix similarity
    score: float  # weighted total, 0..1


def reanchor(h: Highlight, paragraphs: list[str]) -> Highlight:
    """The highlight placed on `paragraphs` (the article's current body): moved, its quote updated
    after a close fuzzy match, or orphaned. Unchanged when its text hash is current and it fits."""
    text_hash = body_hash(paragraphs)
    if text_hash == h.text_hash and not h.orphaned and _fits(h, paragraphs):
        return h
    place = locate(h, paragraphs)
    if place is None:
        return replace(h, orphaned=True, text_hash=text_hash)
    return replace(h, **anchor(paragraphs, place.paragraph, place.start, place.end))


def locate(h: Highlight, paragraphs: list[str]) -> Place | None:
    """Where the highlight's passage is in `paragraphs`, or None when it cannot be placed with
    confidence.

    A place where the quote and all the stored context are found unchanged is taken at once (the
    old position first). Otherwise every exact copy of the quote and every close span compete on
    hypothes.is' score, among those whose surroundings agree (CONTEXT_MIN). Failing that, a quote
    distinctive enough on its own is taken where it is found once, or at its old position."""
    if not h.quote or not paragraphs:
        return None
    scorer = _Scorer(h, paragraphs)
    if _fits(h, paragraphs):
        here = scorer.place(h.paragraph, h.start, h.end, 0)
        if here.context_score >= CONTEXT_SURE:
            return here
    exact = _exact(h, paragraphs, scorer)
    best_exact = max(exact, key=lambda p: p.score, default=None)
    if best_exact is not None and best_exact.context_score >= CONTEXT_SURE:
        return best_exact
    close = [p for p in _fuzzy(h, paragraphs, scorer) if p.quote_score >= FUZZY_QUOTE_MIN]
    supported = [p for p in exact + close if p.context_score >= CONTEXT_MIN]
    if supported:
        return max(supported, key=lambda p: p.score)
    if best_exact is not None and len(h.quote) >= DISTINCT_QUOTE:
        at_old_position = _fits(h, paragraphs) and (best_exact.paragraph, best_exact.start) == (h.paragraph, h.start)
        if len(exact) == 1 or at_old_position:
            return best_exact
    if len(h.quote) >= FUZZY_LONG_QUOTE:
        return max((p for p in close if p.quote_score >= FUZZY_LONG_QUOTE_MIN), key=lambda p: p.score, default=None)
    return None


def _fits(h: Highlight, paragraphs: list[str]) -> bool:
    return 0 <= h.paragraph < len(paragraphs) and 0 <= h.start < h.end \
        and paragraphs[h.paragraph][h.start : h.end] == h.quote


def _exact(h: Highlight, paragraphs: list[str], scorer: _Scorer) -> list[Place]:
    """Every place the quote occurs exactly (the most promising ones, when it occurs very often)."""
    spots = []
    for number, text in enumerate(paragraphs):
        at = text.find(h.quote)
        while at != -1:
            spots.append((number, at))
            at = text.find(h.quote, at + 1)
    spots = scorer.shortlist(spots, [0] * len(spots), len(h.quote))
    return [scorer.place(number, at, at + len(h.quote), 0) for number, at in spots]


def _fuzzy(h: Highlight, paragraphs: list[str], scorer: _Scorer) -> list[Place]:
    """Places where a span differs from the quote by at least one and at most a quarter of its
    length in edits (exact copies are _exact's)."""
    m = len(h.quote)
    max_edits = int(m * (1 - FUZZY_QUOTE_MIN))
    if max_edits < 1:
        return []
    ends, edits = [], []
    for number, text in enumerate(paragraphs):
        scores = end_distances(h.quote, text)
        for j, d in enumerate(scores):
            if 0 < d <= max_edits and (j == 0 or d <= scores[j - 1]) and (j + 1 == len(scores) or d < scores[j + 1]):
                ends.append((number, j + 1))
                edits.append(d)
    places = []
    for number, end in scorer.shortlist(ends, edits, 0):
        text = paragraphs[number]
        lo = max(0, end - m - max_edits)
        distances = end_distances(h.quote[::-1], text[lo:end][::-1], anchored=True)
        # The start whose span is closest to the quote; among equals, the length nearest the quote's.
        length = min(range(1, len(distances) + 1), key=lambda n: (distances[n - 1], abs(n - m)))
        d = distances[length - 1]
        if 0 < d <= max_edits:
            places.append(scorer.place(number, end - length, end, d))
    return places


class _Scorer:
    """Scores places in one text for one highlight."""

    def __init__(self, h: Highlight, paragraphs: list[str]) -> None:
        self.h = h
        self.paragraphs = paragraphs
        self.body = "\n".join(paragraphs)
        self.offsets = body_offsets(paragraphs)
        if 0 <= h.paragraph < len(paragraphs):
            self.hint = self.offsets[h.paragraph] + min(max(h.start, 0), len(paragraphs[h.paragraph]))
        else:
            self.hint = len(self.body)

    def shortlist(self, spots: list[tuple[int, int]], edits: list[int], width: int) -> list[tuple[int, int]]:
        """At most MAX_CANDIDATES spots (paragraph, offset) worth scoring in full: those with the
        fewest edits and the longest exactly agreeing context, and those nearest the old position."""
        if len(spots) <= MAX_CANDIDATES:
            return spots
        order = range(len(spots))
        distance = [abs(self.offsets[p] + at - self.hint) for p, at in spots]
        agreeing = [self._agreeing(p, at, width) for p, at in spots]
        by_quality = sorted(order, key=lambda i: (edits[i], -agreeing[i], distance[i]))
        by_distance = sorted(order, key=lambda i: (distance[i], edits[i]))
        chosen = dict.fromkeys(by_quality[: MAX_CANDIDATES // 2] + by_distance[: MAX_CANDIDATES // 2])
        return [spots[i] for i in chosen]

    def _agreeing(self, paragraph: int, at: int, width: int) -> int:
        """Characters of exactly agreeing context next to a spot (cheap, for the shortlist)."""
        where = self.offsets[paragraph] + at
        before = self.body[max(0, where - len(self.h.prefix)) : where]
        after = self.body[where + width : where + width + len(self.h.suffix)]
        return _common_suffix(before, self.h.prefix) + _common_prefix(after, self.h.suffix)

    def place(self, paragraph: int, start: int, end: int, edits: int) -> Place:
        h = self.h
        at = self.offsets[paragraph]
        before = self.body[max(0, at + start - max(len(h.prefix), 1)) : at + start]
        after = self.body[at + end : at + end + max(len(h.suffix), 1)]
        prefix_score = _similarity(h.prefix, before, before=True)
        suffix_score = _similarity(h.suffix, after, before=False)
        quote_score = max(0.0, 1 - edits / len(h.quote))
        position_score = 1 - abs(at + start - self.hint) / max(1, len(self.body))
        total = (_W_QUOTE * quote_score + _W_PREFIX * prefix_score + _W_SUFFIX * suffix_score
                 + _W_POSITION * position_score) / (_W_QUOTE + _W_PREFIX + _W_SUFFIX + _W_POSITION)
        return Place(paragraph, start, end, quote_score, (prefix_score + suffix_score) / 2, total)


def _similarity(expected: str, actual: str, *, before: bool) -> float:
    """How well the text found next to a place agrees with the stored context, 0..1: the mean of
    1 - edit distance / length over the nearest 4, 8, 16 and 32 characters (as far as stored), so
    that the characters next to the passage count most and a change further off counts less."""
    if not expected:
        return 1.0 if not actual else _NEUTRAL
    total, widths = 0.0, [w for w in _WINDOWS if w < len(expected)] + [len(expected)]
    for width in widths:
        want, got = (expected[-width:], actual[-width:]) if before else (expected[:width], actual[:width])
        total += max(0.0, 1 - levenshtein(want, got) / width)
    return total / len(widths)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions of code points)."""
    if not a or not b:
        return len(a) + len(b)
    distances = end_distances(a, b, anchored=True)
    return distances[-1]


def end_distances(pattern: str, text: str, *, anchored: bool = False) -> list[int]:
    """For each end position j of `text` (the span text[:j+1] ending there), the edit distance of
    `pattern` to the best-matching span ending there: any span (anchored=False, to search), or the
    whole of text[:j+1] (anchored=True). Myers' bit-parallel algorithm (J. ACM 46(3), 1999): one
    pass over the text, with the pattern's columns as the bits of one Python integer."""
    m = len(pattern)
    if m == 0:
        return [0 if not anchored else j + 1 for j in range(len(text))]
    full = (1 << m) - 1
    last = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = full, 0, m
    carry = 1 if anchored else 0  # the top row grows by one a column when the start is fixed
    out = []
    for ch in text:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = ((ph << 1) | carry) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        out.append(score)
    return out
