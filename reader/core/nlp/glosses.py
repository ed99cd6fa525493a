"""Readings the writer gives in parentheses: 小鹿野（おがの）町, 諜報（ちょうほう）機関, 田村穂（みのる）社長,
遠藤俊英（としひで）. News writes them for hard words and names; no guess of ours is as reliable, so
the furigana over the glossed word are the gloss, spread over its kanji by align.

A gloss is （ or ( straight after a kanji, hiragana only (・, spaces and ー allowed; ・ and spaces
are dropped), then ） or ). Katakana in parentheses (習近平（シー・ジンピン）) is a foreign
pronunciation given for information, not how Japanese readers read the name: left alone.

What it covers ends at the parenthesis and starts at a word boundary in the run of words before
it, Sudachi's or its finer one (埼玉県小鹿野 → 埼玉 県 小鹿野), never on a suffix (県, 氏). The
start is chosen nearest first by, in order:
1. the readings already spelling the gloss (then only the certainty changes);
2. the readings of the first words starting the gloss, or of the last ones ending it, the rest
   aligning over the words between (遠藤俊英（えんどうとしのり）: the whole name, not eight kana over
   俊英; 菅義偉（すがよしひで）: すが over 菅, which Sudachi reads かん);
3. the gloss aligning over the span: its kana match the span's kana, and each kanji run gets one
   to max(5, 3 per kanji) kana.
Nothing fits: nothing changes. A few hiragana words written in parentheses (など, ほか) and a
reading plus a particle (その後（あとで）) are ordinary text, used only where they already agree.

Sudachi drops short glosses (up to 4 kana) before analysing, so its word then runs through the
parentheses (岐阜県恵那（えな）市: one token read ぎふけんえなし, the reading of the text without them).
Such a token is cut where the parentheses were; the part after them (市 し) keeps Sudachi's reading.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from ..kana import KANJI_CLASS
from .furigana import align
from .tokenizer import tokenize
from .tokens import Ruby, Token, has_kanji, is_kana, is_kanji, to_hiragana

_GLOSS = re.compile(f"(?<=[{KANJI_CLASS}])[（(]([\u3041-\u3096\u309d\u309eー・ 　]+)[）)]")
_DROPPED = str.maketrans("", "", "・ 　")
_KANJI_RUN = re.compile(f"[{KANJI_CLASS}]+")
_MAX_WORDS = 6  # how far back a gloss may reach: a long name with its titles, not a sentence
# Hiragana words that stand in parentheses as words, not as readings (東京、大阪（など）).
_ORDINARY = frozenset({"など", "ほか", "いずれも", "すべて", "とも", "ら", "なし", "あり"})
# The span's reading plus one of these is a phrase in parentheses (その後（あとで）), not a gloss.
# と and の are left out: names end in them (あきと, よしの).
_PARTICLES = ("で", "に", "は", "が", "を", "も", "へ", "から", "まで", "より")
_NOT_IN_RUN = frozenset({"助詞", "助動詞", "補助記号", "空白", "記号"})

Glossed = tuple[tuple[int, int], list[Ruby]]


class _Word(NamedTuple):
    """One of the analyser's words in the run before a gloss (or the part before the parenthesis
    of a word Sudachi ran through it)."""
    start: int
    end: int
    reading: str  # the current reading: Sudachi's with our rules
    can_start: bool  # a gloss may begin here: not on a suffix (県, 氏) nor a counter after a number
    after_number: bool  # a counter: its ruby joins the number's (三日 みっか), as numbers.py does


class _Segment(NamedTuple):
    """A word, or a part of one at a finer boundary of Sudachi's (埼玉県小鹿野 → 埼玉 県 小鹿野)."""
    start: int
    end: int
    reading: str
    word: int  # index of its word in the run
    can_start: bool
    after_number: bool


def glossed_spans(text: str, tokens: list[Token], reading_of: Callable[[int], str]) -> list[Glossed]:
    """For each gloss in ``text`` that fits: the span whose rubies it decides (from the first word it
    touches to the parenthesis, or to the end of a token Sudachi ran through the parentheses) and
    those rubies. ``reading_of(i)`` is the reading the rules give tokens[i]."""
    out: list[Glossed] = []
    starts = [t.start for t in tokens]
    for m in _GLOSS.finditer(text):
        gloss = m.group(1).translate(_DROPPED)
        if any("\u3041" <= ch <= "\u3096" for ch in gloss):
            found = _glossed(text, tokens, starts, m.start(), m.end(), gloss, reading_of)
            if found:
                out.append(found)
    return out


def _glossed(text: str, tokens: list[Token], starts: list[int], paren: int, close: int, gloss: str,
             reading_of: Callable[[int], str]) -> Glossed | None:
    words: list[_Word] = []  # the run of words before the parenthesis, last first
    after: list[Ruby] = []
    end = paren
    j = bisect_left(starts, paren)
    if j < len(tokens) and starts[j] == paren:
        last = j - 1  # the parenthesis starts a token: the words before it are whole
    else:  # Sudachi took the gloss into the word before it
        token = tokens[j - 1]
        before, rest = text[token.start:paren], text[close:token.end]
        if token.end < close or "（" in rest or "(" in rest or not _word_like(before, token):
            return None
        split = _split_reading(before, rest, token.reading, gloss)
        if split is None:
            return None
        words.append(_word(token.start, paren, split[0], token, tokens[j - 2] if j > 1 else None))
        after = _rubies(close, rest, split[1])
        end, last = token.end, j - 2
    i = last
    while i >= 0 and len(words) < _MAX_WORDS and _word_like(tokens[i].surface, tokens[i]):
        t = tokens[i]
        words.append(_word(t.start, t.end, reading_of(i), t, tokens[i - 1] if i else None))
        i -= 1
    if not words:
        return None
    words.reverse()
    run_start = words[0].start
    pieces = [t._replace(start=t.start + run_start, end=t.end + run_start)
              for t in tokenize(text[run_start:paren], fine=True)]
    # what Sudachi's finer units read from each of their starts: one more reading the ordinary text
    # in parentheses may repeat (その後（あとで）: 後 is ご in context, あと alone)
    fine_tails = {"".join(p.reading for p in pieces[n:]) for n in range(len(pieces))}
    segments = _segments(words, pieces)
    chosen = _choose(text, segments, paren, gloss, fine_tails)
    if chosen is None:
        return None
    k, rubies = chosen
    first = next(n for n, s in enumerate(segments) if s.word == segments[k].word)
    # the part of the first word before the gloss keeps its reading; the whole word is ours now
    return (segments[first].start, end), _known(text, segments, first, k) + rubies + after


def _word_like(surface: str, token: Token) -> bool:
    """Can this be part of a glossed word: kanji and kana only, no particle, kanji or a prefix (お)."""
    return (bool(token.pos) and token.pos[0] not in _NOT_IN_RUN
            and all(is_kanji(ch) or is_kana(ch) for ch in surface)
            and (has_kanji(surface) or token.pos[0] == "接頭辞"))


def _word(start: int, end: int, reading: str, token: Token, previous: Token | None) -> _Word:
    after_number = _is_number(previous)
    return _Word(start, end, reading, token.pos[:1] != ("接尾辞",) and not after_number, after_number)


def _is_number(token: Token | None) -> bool:
    """A number: the word after it counts it, and a gloss there reads both (七日（なのか）)."""
    return token is not None and token.pos[1:2] == ("数詞",)


def _split_reading(before: str, after: str, reading: str, gloss: str) -> tuple[str, str] | None:
    """Sudachi's reading of a word it ran through a gloss (of the text without it), cut where the
    parentheses were: the readings of the parts before and after them, or None."""
    if not reading or not all(is_kana(ch) for ch in reading):
        return None
    if not after:
        return reading, ""
    cuts = []
    at = reading.rfind(gloss)  # Sudachi agrees with the writer: the cut is right after the gloss
    if at >= 0:
        cuts.append(at + len(gloss))
    tail = "".join(t.reading for t in tokenize(after))  # else what the parts read alone
    if tail and reading.endswith(tail):
        cuts.append(len(reading) - len(tail))
    head = "".join(t.reading for t in tokenize(before))
    if head and reading.startswith(head):
        cuts.append(len(head))
    for cut in cuts:
        if _fits(before, reading[:cut]) and _spells(after, reading[cut:]):
            return reading[:cut], reading[cut:]
    return None


def _segments(words: list[_Word], pieces: list[Token]) -> list[_Segment]:
    """The run cut into segments: each word, cut further at Sudachi's finer boundaries (``pieces``)
    where the readings of the pieces after the cut end the word's reading."""
    segments: list[_Segment] = []
    for w, (start, end, reading, can_start, after_number) in enumerate(words):
        inner = [p for p in pieces if start <= p.start and p.end <= end]
        cut = None
        if len(inner) > 1 and inner[0].start == start and inner[-1].end == end:
            for n in range(len(inner)):  # the earliest cut that adds up: the most boundaries
                tail = "".join(p.reading for p in inner[n:])
                if tail == reading or n and reading.endswith(tail) and len(reading) > len(tail):
                    cut = n
                    break
        if cut is None:
            segments.append(_Segment(start, end, reading, w, can_start, after_number))
            continue
        if cut:  # the pieces before the cut read differently: one segment with what is left
            head_reading = reading[:len(reading) - len("".join(p.reading for p in inner[cut:]))]
            segments.append(_Segment(start, inner[cut].start, head_reading, w, can_start, after_number))
        for n in range(cut, len(inner)):
            p = inner[n]
            if n == 0:
                segments.append(_Segment(p.start, p.end, p.reading, w, can_start, after_number))
            else:
                counts = _is_number(inner[n - 1])
                can = has_kanji(p.surface) and p.pos[:1] != ("接尾辞",) and not counts
                segments.append(_Segment(p.start, p.end, p.reading, w, can, counts))
    return segments


def _choose(text: str, segments: list[_Segment], paren: int, gloss: str, fine_tails: set[str]
            ) -> tuple[int, list[Ruby]] | None:
    """The first segment the gloss covers and the rubies from there to the parenthesis."""
    n = len(segments)
    tails = [""] * (n + 1)  # tails[k]: the current reading from segment k to the parenthesis
    for k in range(n - 1, -1, -1):
        tails[k] = segments[k].reading + tails[k + 1]
    cuts = [k for k in range(n - 1, -1, -1) if segments[k].can_start]  # nearest first
    key = gloss.replace("ー", "")
    for k in cuts:
        if tails[k].replace("ー", "") == key:
            return k, _known(text, segments, k, n)
    known = fine_tails.union(tails[k] for k in cuts)
    if gloss in _ORDINARY or any(gloss == reading + p for reading in known for p in _PARTICLES):
        return None
    for k in cuts:  # part of the gloss already agrees: the rest is read over the words between
        best, known = None, 1  # at least two kana must agree
        for h1 in range(k, n):
            head = tails[k][:len(tails[k]) - len(tails[h1])]
            if not gloss.startswith(head):
                break
            for h2 in range(n, h1, -1):
                tail = tails[h2]
                middle = gloss[len(head):len(gloss) - len(tail)]
                if (len(head) + len(tail) > known and middle and gloss.endswith(tail)
                        and _fits(text[segments[h1].start:segments[h2 - 1].end], middle)):
                    best, known = (h1, h2, middle), len(head) + len(tail)
        if best:
            h1, h2, middle = best
            at, to = segments[h1].start, segments[h2 - 1].end
            return k, _known(text, segments, k, h1) + _rubies(at, text[at:to], middle) + _known(text, segments, h2, n)
    for k in cuts:
        at = segments[k].start
        if _fits(text[at:paren], gloss):
            return k, _rubies(at, text[at:paren], gloss)
    return None


def _known(text: str, segments: list[_Segment], a: int, b: int) -> list[Ruby]:
    """Rubies for segments a..b-1 with their current readings, a word's segments aligned together
    (as annotate does for a whole word)."""
    out: list[Ruby] = []
    k = a
    while k < b:
        m = k
        while m < b and (segments[m].word == segments[k].word or segments[m].after_number):
            m += 1
        start, end = segments[k].start, segments[m - 1].end
        out += _rubies(start, text[start:end], "".join(s.reading for s in segments[k:m]))
        k = m
    return out


def _rubies(start: int, surface: str, reading: str) -> list[Ruby]:
    return [Ruby(start + s, start + e, r) for s, e, r in align(surface, reading)]


def _spells(surface: str, reading: str) -> bool:
    return _fits(surface, reading) if has_kanji(surface) else to_hiragana(surface) == reading


def _fits(surface: str, reading: str) -> bool:
    """Does ``reading`` read ``surface`` kanji run by kanji run: its kana as written, and each run
    of kanji one to max(5, 3 per kanji) kana?"""
    if not reading or not has_kanji(surface):
        return False
    spans = align(surface, reading)
    if len(spans) != len(_KANJI_RUN.findall(surface)):
        return False  # align fell back to one ruby over several runs: the kana did not match
    spelled, at = [], 0
    for s, e, r in spans:
        if not e - s <= len(r) <= max(5, 3 * (e - s)):
            return False
        spelled += [to_hiragana(surface[at:s]), r]
        at = e
    spelled.append(to_hiragana(surface[at:]))
    return "".join(spelled) == reading
