"""A number with its counter under the pointer (7日, 20日, 2人, 3本, 二十日): one word for the popup.

Furigana reads such a group as a whole (なのか, はつか, ふたり, さんぼん: reader.core.nlp.numbers),
so the popup must not split it either: with the pointer anywhere on the group, digits included,
the match starts at the group's start and covers it, and the first entry gives the group's
reading. That entry is JMdict's own word where there is one with that reading (七日 and ７日 are
JMdict forms of なのか; 7日 is looked up as those), else one made from the counter's JMdict entry
(5本: 本【ほん】's counter senses, read ごほん).

Finding the group needs the analyser (numbers.py works on its tokens), so it runs only where the
text could hold one: a number character under the pointer or just before it, followed by a
counter. The sentence around the pointer is analysed once and remembered.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace

from ..kana import to_hiragana
from ..nlp.counters import COUNTERS, MAX_KEY_LEN
from ..nlp.numbers import NumberGroup, number_groups
from .records import JMDICT, Entry

_DIGITS = "0123456789０１２３４５６７８９"
# What a number can be made of (numbers.py decides what really is one); 数/何 start 数百, 何千.
_NUMBERISH = frozenset(_DIGITS + "〇零一二三四五六七八九十百千万億兆数何")
_SEPARATORS = frozenset(",，.．")
_SENTENCE_END = frozenset("。！？!?\n")
_BEFORE, _AFTER = 48, 32  # the most text analysed on either side of the pointer (a sentence is usually less)
_TAILS = "目間半"  # suffixes counters.py adds to a counter (3回目, 4日間, 1年半)
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")
_KANJI_DIGITS = "〇一二三四五六七八九"

_GROUPS: OrderedDict[str, list[NumberGroup]] = OrderedDict()
_GROUPS_KEPT = 256  # sentences
_GROUPS_LOCK = threading.Lock()


def _counter_follows(text: str, pos: int) -> int:
    """The length of the longest counter (counters.COUNTERS) starting at text[pos], else 0."""
    for size in range(min(MAX_KEY_LEN, len(text) - pos), 0, -1):
        if text[pos:pos + size] in COUNTERS:
            return size
    return 0


def _may_hold_group(text: str, at: int) -> bool:
    """Cheap test, before any analysis: is text[at] on a number followed by a counter, or on a
    counter right after a number?"""
    if text[at] in _NUMBERISH or text[at] in _SEPARATORS:
        end = at
        while end < len(text) and (text[end] in _NUMBERISH or text[end] in _SEPARATORS):
            end += 1
        return _counter_follows(text, end) > 0
    for pos in range(at - 1, max(-1, at - MAX_KEY_LEN - 1), -1):
        if text[pos] in _NUMBERISH:
            return pos + _counter_follows(text, pos + 1) >= at
    return False


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around at, at most _BEFORE characters before it and _AFTER after; a cut never
    falls inside a number."""
    start = at
    while start > 0 and at - start < _BEFORE and text[start - 1] not in _SENTENCE_END:
        start -= 1
    while start > 0 and (text[start - 1] in _NUMBERISH or text[start - 1] in _SEPARATORS):
        start -= 1
    end = at
    while end < len(text) and end - at < _AFTER and text[end] not in _SENTENCE_END:
        end += 1
    while end < len(text) and (text[end] in _NUMBERISH or text[end] in _SEPARATORS):
        end += 1
    return start, min(len(text), end + 1)


def _groups(sentence: str) -> list[NumberGroup]:
    with _GROUPS_LOCK:
        found = _GROUPS.get(sentence)
        if found is not None:
            _GROUPS.move_to_end(sentence)
            return found
    from ..nlp.tokenizer import tokenize

    found = number_groups(sentence, tokenize(sentence))
    with _GROUPS_LOCK:
        _GROUPS[sentence] = found
        if len(_GROUPS) > _GROUPS_KEPT:
            _GROUPS.popitem(last=False)
    return found


def group_at(text: str, at: int) -> NumberGroup | None:
    """The number + counter group that text[at] is part of (offsets into text), or None."""
    if not _may_hold_group(text, at):
        return None
    start, end = _sentence(text, at)
    sentence = text[start:end]
    if any("\ud800" <= ch <= "\udfff" for ch in sentence):
        return None  # the analyser takes only valid Unicode
    for group in _groups(sentence):
        if group.start + start <= at < group.end + start:
            return replace(group, start=group.start + start, counter_start=group.counter_start + start,
                           end=group.end + start)
    return None


def _kanji_number(n: int) -> str:
    """n (0 < n < 10**8) in kanji numerals as JMdict writes them: 20 二十, 2022 二千二十二, 10000 一万."""
    def small(k: int) -> str:
        out = ""
        for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
            digit = k // unit % 10
            if digit:
                out += ("" if digit == 1 else _KANJI_DIGITS[digit]) + name
        return out + (_KANJI_DIGITS[k % 10] if k % 10 else "")
    high, low = divmod(n, 10_000)
    return (small(high) + "万" if high else "") + small(low)


def _spellings(text: str, group: NumberGroup) -> list[str]:
    """How JMdict may write the group: in kanji numerals first (二十日), then as written, with
    full-width digits (２０日) and with ASCII ones."""
    surface = text[group.start:group.end]
    counter = text[group.counter_start:group.end]
    number = text[group.start:group.counter_start]
    spellings = []
    if group.value is not None and 0 < group.value < 10**8 and any(ch in _DIGITS for ch in number):
        spellings.append(_kanji_number(group.value) + counter)
    spellings += [surface, surface.translate(_FULL_WIDTH), surface.translate(_ASCII)]
    return list(dict.fromkeys(spellings))


def _read_as(entry: Entry, reading: str, surface: str) -> Entry:
    """The entry with the group's reading first and the text's own writing among its forms."""
    first = next(r for r in entry.readings if to_hiragana(r) == reading)
    forms = entry.forms if surface in entry.forms else (*entry.forms, surface)
    return replace(entry, readings=(first, *(r for r in entry.readings if r != first)), forms=forms)


def _counter_entry(index, counter: str, reading: str) -> Entry | None:
    """The JMdict entry of the counter that fits the group's reading best: one whose reading ends
    the group's (7日 なのか: 日【か】), else one read as the counter's own reading (3本 さんぼん:
    本【ほん】), else any with a counter sense."""
    keys = [counter] + ([counter[:-1]] if len(counter) > 1 and counter[-1] in _TAILS else [])
    best, best_key = None, None
    for order, key in enumerate(keys):
        base = COUNTERS[key].reading if key in COUNTERS else ""
        for form_rank, entry in index.ranked(key, names=False):
            readings = [to_hiragana(r) for r in entry.readings]
            if any(reading.endswith(r) for r in readings):
                score = 0
            elif base and base in readings:
                score = 1
            elif any("ctr" in sense.pos for sense in entry.senses):
                score = 2
            else:
                continue
            candidate = (score, order, form_rank)
            if best_key is None or candidate < best_key:
                best, best_key = entry, candidate
    return best


def group_entry(index, text: str, group: NumberGroup) -> tuple[Entry, str] | None:
    """The entry for the group and the spelling it was found under: JMdict's own word with the
    group's reading, else the counter's entry read as the group. None when neither exists."""
    surface = text[group.start:group.end]
    spellings = _spellings(text, group)
    found = index.ranked_many(spellings, names_for=lambda _form: False)
    best = None
    for order, spelling in enumerate(spellings):
        for form_rank, entry in found.get(spelling, ()):
            if entry.source == JMDICT and any(to_hiragana(r) == group.reading for r in entry.readings):
                key = (form_rank, order, entry.rank, entry.id)
                if best is None or key < best[0]:
                    best = (key, entry, spelling)
    if best is not None:
        return _read_as(best[1], group.reading, surface), best[2]
    counter = _counter_entry(index, text[group.counter_start:group.end], group.reading)
    if counter is None:
        return None
    senses = tuple(s for s in counter.senses if "ctr" in s.pos) or counter.senses
    made = Entry(counter.id, JMDICT, (surface,), (group.reading,), counter.rank,
                 tuple(dict.fromkeys(p for s in senses for p in s.pos)), senses, counter.priority)
    return made, surface
