"""Casual long-vowel marks inside inflected words: 観まーす, 美味しーい, 続くー, 飲んだー.

Writers stretch the vowel of a verb, adjective or auxiliary ending with ー. The analyser does not
know these spellings and cuts the sentence wrongly around them (観まーす → 観 かん + まー + す,
美味しーい → 美味 びみ + しー + い), so kanji nearby get the wrong reading. The text is analysed
with such a mark dropped when it follows hiragana, sits in no noun-like word of the plain analysis
(らーめん, おばーちゃん are spelled so) and the copy reads the kana it lengthens as a verb, adjective,
auxiliary or particle. Offsets map back to the text; a dropped mark joins the token before it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .tokenizer import tokenize
from .tokens import Token

# A run of ー straight after hiragana (not after katakana: ラーメン is spelled that way).
_MARKS = re.compile("(?<=[\u3041-\u3096])\u30fc+")
_INFLECTED = frozenset({"動詞", "形容詞", "助動詞", "助詞"})
_SPELLED_WITH_MARK = frozenset({"名詞", "代名詞", "形状詞", "副詞", "接尾辞"})


def _without(text: str, runs: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The text less the given runs, and for each kept character (plus the end) its offset in text."""
    kept: list[str] = []
    where: list[int] = []
    last = 0
    for s, e in runs:
        kept.append(text[last:s])
        where.extend(range(last, s))
        last = e
    kept.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(kept), where


def _inside(tokens: list[Token], starts: list[int], pos: int, kinds: frozenset[str]) -> bool:
    """Is the character at ``pos`` inside a token of one of these parts of speech?"""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and tokens[k].start <= pos < tokens[k].end and tokens[k].pos[0] in kinds


def analyse(text: str) -> tuple[str, list[int] | None, list[Token]]:
    """(copy, offsets, tokens of the copy). ``offsets[k]`` is where the copy's character k stands in
    ``text`` and ``offsets[len(copy)]`` is ``len(text)``; offsets is None when the copy is the text."""
    tokens = tokenize(text)
    if "\u30fc" not in text:
        return text, None, tokens
    runs = [m.span() for m in _MARKS.finditer(text)]
    if not runs:
        return text, None, tokens  # most text: ー only in katakana words
    # a mark inside a word the analyser knows with it (らーめん, ばーちゃん) is that word's spelling
    starts = [t.start for t in tokens]
    runs = [(s, e) for s, e in runs if not _inside(tokens, starts, s, _SPELLED_WITH_MARK)]
    if not runs:
        return text, None, tokens
    copy, where = _without(text, runs)
    copy_tokens = tokenize(copy)
    starts = [t.start for t in copy_tokens]
    # the copy's character just before each run is the hiragana the mark lengthened
    dropped = [(s, e) for s, e in runs
               if _inside(copy_tokens, starts, bisect_left(where, s - 1), _INFLECTED)]
    if not dropped:
        return text, None, tokens
    if len(dropped) != len(runs):
        copy, where = _without(text, dropped)
        copy_tokens = tokenize(copy)
    return copy, where, copy_tokens


def mapped_back(tokens: list[Token], where: list[int], text: str) -> list[Token]:
    """The copy's tokens with offsets into ``text``; a dropped mark joins the token before it."""
    out = []
    for t in tokens:
        start, end = where[t.start], where[t.end]
        out.append(t._replace(surface=text[start:end], start=start, end=end))
    return out
