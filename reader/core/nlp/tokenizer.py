"""Sudachi, loaded once and lazily, turned into our Token records.

Sudachi refuses input over about 49 KB (UTF-8), so long paragraphs are cut at sentence ends (or,
failing that, at any safe character boundary) and the offsets are shifted back: no text is ever
dropped, and offsets are always code points into the original paragraph.

One cut of Sudachi's is mended here, where the tokens are made: 満 glued to a digit it takes for a given
name before a number that goes on from that digit (満二|十五歳 まんじ, 満三|十歳 まんぞう) is 満 + the whole number
(満 まん, 二十五歳 にじゅうごさい); 満二さん, 満三の作品 stay names. So is a circled step number glued to the
number that follows it (③一|週間 さんいち, ②二|十分 にに, ①1日目): the mark, then the rest re-read on its own
(③ | 一週間 いっしゅうかん, ② | 二十分 にじゅっぷん); a circled number before other words is already cut off (①日本).
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from ..kana import KATAKANA_TO_HIRAGANA, to_hiragana
from .tokens import Token

MAX_CHUNK_BYTES = 30_000  # well under Sudachi's limit; a cut lands on a sentence end when possible
_CUT_AFTER = "。！？!?\n」』）)、，, 　"

_lock = threading.Lock()
_dictionary = None  # one for the process (loading it is the slow part)
_local = threading.local()  # a tokenizer per thread: one is never used by two threads at once


def _sudachi():
    per_thread = getattr(_local, "tokenizer", None)
    if per_thread is None:
        global _dictionary
        with _lock:
            from sudachipy import Dictionary, SplitMode

            if _dictionary is None:
                _dictionary = Dictionary(dict="core")
            per_thread = _local.tokenizer = (_dictionary.tokenizer(mode=SplitMode.C), SplitMode.C, _dictionary)
    return per_thread


def _chunks(text: str):
    """(offset, piece) pairs covering text exactly, each piece small enough for Sudachi."""
    start = 0
    n = len(text)
    while start < n:
        end = start
        size = 0
        last_cut = -1
        while end < n and size + len(text[end].encode("utf-8")) <= MAX_CHUNK_BYTES:
            size += len(text[end].encode("utf-8"))
            if text[end] in _CUT_AFTER:
                last_cut = end + 1
            end += 1
        if end < n and last_cut > start:
            end = last_cut
        yield start, text[start:end]
        start = end


def tokenize(text: str, fine: bool = False) -> list[Token]:
    """Sudachi's words (SplitMode.C), or with ``fine`` its shortest units (SplitMode.A: 埼玉県小鹿野 →
    埼玉 県 小鹿野), for where the boundaries inside a compound matter (what a reading in
    parentheses covers)."""
    if not text:
        return []
    tok, mode, dictionary = _sudachi()
    if fine:
        from sudachipy import SplitMode

        mode = SplitMode.A
    tokens: list[Token] = []
    append = tokens.append
    entry_of = _ENTRIES.get
    new_token = tuple.__new__  # Token(...) without the Python-level __new__ NamedTuple generates
    for offset, piece in _chunks(text) if len(text) * 4 > MAX_CHUNK_BYTES else [(0, text)]:
        # Sudachi's morphemes tile the input, so offsets are running sums of surface lengths
        # (two fewer calls into Sudachi per word; test_tokenizer checks the tiling). This loop
        # runs once a word: a lexicon entry's lemma, reading and part of speech are looked up by
        # its word id after the first sight, instead of three more calls into Sudachi.
        start = offset
        for m in tok.tokenize(piece, mode):
            surface = m.surface()
            if not surface:
                continue
            end = start + len(surface)
            entry = entry_of(m.word_id())
            if entry is None:
                entry = _entry(m, dictionary)
            lemma, reading, pos = entry
            if reading is None:  # Sudachi's placeholder for symbols and spaces: read as written
                reading = "きごう" if surface == "記号" else surface.translate(KATAKANA_TO_HIRAGANA)
            append(new_token(Token, (surface, start, end, lemma, reading, pos)))
            start = end
    if "満" in text:
        _man_before_numbers(tokens)
    if _CIRCLED_NUMBER.search(text):
        _circled_before_numbers(text, tokens, fine)
    return tokens


# A circled step number (①..⑳) glued to a digit: Sudachi reads the two as one numeral (③一 さんいち).
_CIRCLED_NUMBER = re.compile("[\u2460-\u2473][0-9０-９〇一二三四五六七八九十百千]")
_SENTENCE_ENDS = frozenset("。！？!?\n")


def _circled_before_numbers(text: str, tokens: list[Token], fine: bool) -> None:
    """③一週間, ②二十分待つ: a list's step mark glued to the number that opens the step. The mark is cut off
    and the rest of the sentence re-read without it (③ | 一週間 いっしゅうかん), since the number may join
    the words after it otherwise than the glued numeral did (②二|十分 じゅうぶん)."""
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if not "\u2460" <= token.surface[:1] <= "\u2473" or not _CIRCLED_NUMBER.search(token.surface) \
                or token.pos[1] != "数詞":  # ①②三日: the rest is mended when it is re-read
            continue
        stop = k + 1
        while stop < len(tokens) and tokens[stop - 1].surface not in _SENTENCE_ENDS:
            stop += 1
        end = tokens[stop - 1].end
        mark = token._replace(surface=token.surface[0], end=token.start + 1,
                              reading=tokenize(token.surface[0])[0].reading)
        rest = [t._replace(start=t.start + token.start + 1, end=t.end + token.start + 1)
                for t in tokenize(text[token.start + 1:end], fine)]
        tokens[k:stop] = [mark, *rest]


_MAN_NAMES = frozenset({"満" + d for d in "一二三四五六七八九"})
_NUMERAL_KANJI = frozenset("〇一二三四五六七八九十百千万")


def _man_before_numbers(tokens: list[Token]) -> None:
    """満二十五歳, 満三十歳: Sudachi takes 満二 (まんじ) and 満三 (まんぞう) for given names, leaving 十五歳 and 十歳
    (まんじじゅうごさい). Where such a name is glued before a numeral that goes on from its digit (十, 百, 千),
    it is 満 "full" + one number: 満 まん | 二十五 にじゅうご. 満三さん, 満二の and 満二 alone stay names."""
    for k in range(len(tokens) - 2, -1, -1):
        name, nxt = tokens[k], tokens[k + 1]
        if name.surface not in _MAN_NAMES or name.pos[1] != "固有名詞" or name.end != nxt.start:
            continue
        if nxt.surface[:1] not in "十百千" or not _NUMERAL_KANJI.issuperset(nxt.surface):
            continue
        number = tokenize(name.surface[1] + nxt.surface)
        if len(number) != 1:
            continue
        numeral = ("名詞", "数詞", "*", "*")  # 三十五 alone is also a given name: here it is the number
        full = tokenize("満")[0]
        tokens[k:k + 2] = [full._replace(start=name.start, end=name.start + 1),
                           number[0]._replace(start=name.start + 1, end=nxt.end, pos=numeral)]


def first_token(text: str) -> Token | None:
    """tokenize(text)[0], or None where that is empty, without making the tokens after it: the
    dictionary popup's fallback needs only the word under the pointer."""
    if not text:
        return None
    tok, mode, dictionary = _sudachi()
    piece = next(_chunks(text))[1] if len(text) * 4 > MAX_CHUNK_BYTES else text
    for m in tok.tokenize(piece, mode):
        surface = m.surface()
        if not surface:
            continue
        reading = m.reading_form()
        if reading == "キゴウ" and surface != "記号":
            reading = surface
        return Token(surface, 0, len(surface), m.dictionary_form(), to_hiragana(reading),
                     _pos(dictionary, m.part_of_speech_id()))
    return None


@lru_cache(maxsize=16384)
def lexicon_readings(surface: str, pos: tuple[str, ...] = ()) -> frozenset[str]:
    """The readings (hiragana) of the entries written exactly ``surface`` in Sudachi's lexicon whose
    part of speech starts with ``pos``, empty when there is none: whether a word the analyser split
    in context exists whole, or how many ways a surname is read."""
    entries = _sudachi()[2].lookup(surface)
    return frozenset(to_hiragana(m.reading_form()) for m in entries
                     if not pos or tuple(m.part_of_speech()[:len(pos)]) == pos)


_POS_CACHE: dict[int, tuple[str, ...]] = {}
# word id -> (lemma, hiragana reading or None for the symbol placeholder, part of speech), for
# entries of the lexicon. Unknown words (OOV) share word ids across surfaces (４８ and ７０ are
# one id), so they are never stored and are read afresh each time.
_ENTRIES: dict[int, tuple[str, str | None, tuple[str, ...]]] = {}


def _entry(m, dictionary) -> tuple[str, str | None, tuple[str, ...]]:
    reading = m.reading_form()
    pos_id = m.part_of_speech_id()
    entry = (m.dictionary_form(), None if reading == "キゴウ" else reading.translate(KATAKANA_TO_HIRAGANA),
             _POS_CACHE.get(pos_id) or _pos(dictionary, pos_id))
    if not m.is_oov():
        _ENTRIES[m.word_id()] = entry
    return entry


def _pos(dictionary, pos_id: int) -> tuple[str, ...]:
    pos = _POS_CACHE.get(pos_id)
    if pos is None:
        pos = _POS_CACHE[pos_id] = tuple(dictionary.pos_of(pos_id)[:4])
    return pos
