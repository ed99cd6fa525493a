"""What the popup shows for the character under the pointer: the dictionary entries that start
there, longest match first, conjugations undone, names and kanji included.

Scan: every prefix of the text from the cursor (up to MAX_SCAN characters), longest first; each
prefix is deinflected and every candidate is looked up (all in one query, leaving out terms that
start with a prefix no form in the index starts with); a candidate only matches an entry whose
part of speech it fits (so 示した never matches a made-up 示する). Ranking: longest match, then common
(JMdict priority-tagged) words before rare ones, then fewest inflection steps, then an entry
written the way the text writes it (kanji form over kana form), then JMdict's priority rank.

A number with its counter (7日, 3本, 2人: counted.py) is one word wherever the pointer is on it,
digits included: the result then starts at the group's start (`start`), its entry first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from ..kana import is_kana, is_kana_text, is_kanji
from .counted import group_at, group_entry
from .deinflect import ENDING_CHARS, candidates
from .records import JMNEDICT, RANK_UNCOMMON, Entry, Kanji, Sense

MAX_SCAN = 16
ANALYSER = "analyser"  # source of a fallback entry made from the analyser's word
RANK_ANALYSER = 999
NUMBER_POS = "名詞-数詞+助数詞"  # the part of speech of a number group the dictionary has no entry for


@dataclass
class Match:
    entry: Entry
    length: int  # characters of the text covered
    reasons: tuple[str, ...]  # inflections undone, innermost first
    term: str  # the dictionary form that matched

    def to_json(self) -> dict:
        senses = [{"pos": list(s.pos) or ["name"], "glosses": list(s.glosses)} for s in self.entry.senses]
        return {"forms": list(self.entry.forms), "readings": list(self.entry.readings), "source": self.entry.source,
                "senses": senses, "inflection": list(self.reasons), "id": self.entry.id, "matched": self.term}


@dataclass
class LookupResult:
    text: str
    at: int
    length: int = 0  # characters the best match covers, from start
    matches: list[Match] = field(default_factory=list)
    kanji: list[Kanji] = field(default_factory=list)
    start: int | None = None  # where the matches start: at, or the start of the number group at is in

    def __post_init__(self) -> None:
        if self.start is None:
            self.start = self.at

    def to_json(self) -> dict:
        """The `yomu lookup --json/--jsonl` contract: extend only by adding keys."""
        return {
            "text": self.text, "at": self.at, "start": self.start, "length": self.length,
            "entries": [m.to_json() for m in self.matches],
            "kanji": [{"literal": k.literal, "meanings": list(k.meanings), "onyomi": list(k.onyomi),
                       "kunyomi": list(k.kunyomi), "strokes": k.strokes, "grade": k.grade, "jlpt": k.jlpt}
                      for k in self.kanji],
        }


def _lookable(ch: str) -> bool:
    return is_kanji(ch) or is_kana(ch) or ch in "々〆ヶ"


def _is_katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa"


# A run of what _lookable() accepts (kanji, kana but ヵ, 々〆ヶ), at most MAX_SCAN long: one regex
# match instead of a call per character (test_lookup checks it against _lookable over all of Unicode).
_LOOKABLE_RUN = re.compile(
    "[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ebef\uf900-\ufaff々〆〇ヶ〻"
    f"\u3041-\u309f\u30a1-\u30f4\u30f6-\u30faーヽヾ]{{1,{MAX_SCAN}}}")


def _scan_end(text: str, at: int) -> int:
    run = _LOOKABLE_RUN.match(text, at)
    return run.end() if run else at


def _from_analyser(text: str, at: int) -> list[Match]:
    """A new name or loanword the dictionary lacks: the analyser's reading and part of speech
    still tell the learner something true."""
    from ..nlp.tokenizer import first_token

    window = text[at:at + MAX_SCAN * 2]
    cut = next((i for i, ch in enumerate(window) if "\ud800" <= ch <= "\udfff"), None)
    t = first_token(window[:cut])  # Sudachi takes only valid Unicode: stop at a lone surrogate
    if t is None or not any(_lookable(c) for c in t.surface):
        return []
    if t.pos[:1] in (("助詞",), ("助動詞",), ("補助記号",)):
        return []
    if not is_kana_text(t.reading):
        return []  # a word the analyser does not know either: its "reading" is the kanji themselves
    entry = Entry(id=0, source=ANALYSER, forms=(t.lemma,), readings=(t.reading,), rank=RANK_ANALYSER,
                  pos_classes=(), senses=(Sense(glosses=(), pos=(t.pos_str,)),))
    return [Match(entry, len(t.surface), (), t.lemma)]


ENTRIES_PER_FORM = 24
TERM_CACHE_SIZE = 50_000  # terms whose entries are remembered per index (a few MB)


def _is_hiragana(term: str) -> bool:
    return all("\u3041" <= c <= "\u309f" or c == "ー" for c in term)


def _names_wanted(term: str) -> bool:
    # Hiragana alone is almost never a name the reader means (ひろし matches 300 of them).
    return not _is_hiragana(term)


def _ranked_all(index, terms: list[str]) -> dict[str, list]:
    """The index's entries for every term, remembered per index (text repeats its words, and a
    hover scan asks for the same terms over and over); what is not remembered is fetched at once."""
    cache = index.__dict__.setdefault("_lookup_cache", {})
    if len(cache) > TERM_CACHE_SIZE:
        cache.clear()  # before the missing terms are picked, or a term found earlier would now be lost
    missing = [t for t in dict.fromkeys(terms) if t not in cache]
    if missing:
        cache.update(index.ranked_many(missing, limit=ENTRIES_PER_FORM, names_for=_names_wanted))
    return cache


_first = itemgetter(0)
MAX_ENDING = 8  # the longest inflected ending undone in one lookup (させられなかった)


def _stem_limit(index, text: str, at: int) -> tuple[int, str]:
    """How far the text can still be the start of some dictionary form: a conjugated word's
    stem is a prefix of its dictionary form, so longer surfaces need not be tried. Also the
    shortest prefix that starts no form at all ("" when none was found): a candidate term that
    starts with it cannot be in the index, so it is not asked for."""
    cache = index.__dict__.setdefault("_prefix_cache", {})
    length = 1
    while at + length < len(text) and length < MAX_SCAN:
        prefix = text[at:at + length + 1]
        if "\ud800" <= prefix[-1] <= "\udfff":
            return length, prefix  # a lone surrogate is in no form (and SQLite would refuse it)
        known = cache.get(prefix)
        if known is None:
            if len(cache) > 50_000:
                cache.clear()
            known = cache[prefix] = index.has_prefix(prefix)
        if not known:
            return length, prefix
        length += 1
    return length, ""


Candidate = tuple[str, frozenset, tuple]  # deinflect.candidates(): (term, word classes, reasons)
_DEINFLECTED: dict[str, tuple[Candidate, ...]] = {}


def _deinflected(surface: str) -> tuple[Candidate, ...]:
    """deinflect.candidates(), remembered for short surfaces: those recur (した, して, これ: most
    hovers ask for some of them), longer ones hardly ever do."""
    if len(surface) > 4:
        return tuple(candidates(surface))
    found = _DEINFLECTED.get(surface)
    if found is None:
        if len(_DEINFLECTED) >= 8192:
            _DEINFLECTED.clear()
        found = _DEINFLECTED[surface] = tuple(candidates(surface))
    return found


def _candidates(text: str, at: int, end: int, dead: str) -> list[tuple[int, tuple[Candidate, ...]]]:
    """(length, candidates) for every prefix of text[at:end], longest first, leaving out terms
    that start with the dead prefix (none of them is a form in the index)."""
    out = []
    for length in range(end - at, 0, -1):
        if dead and length >= len(dead):
            # The text itself starts with the dead prefix: only undoing an ending can lead back
            # to a form, and none ends in this character.
            if text[at + length - 1] not in ENDING_CHARS:
                continue
            cands = tuple(c for c in _deinflected(text[at:at + length]) if not c[0].startswith(dead))
        else:
            cands = _deinflected(text[at:at + length])
        if cands:
            out.append((length, cands))
    return out


def lookup(index, text: str, at: int, *, limit: int = 12) -> LookupResult:
    """Entries starting at text[at], or, when text[at] is part of a number with its counter (7日,
    3本, digits included), at the start of that group, the group first. Any position in any string
    gives a result, empty when there is nothing Japanese to look up there; never an exception."""
    result = LookupResult(text=text, at=at)
    if not isinstance(text, str) or not isinstance(at, int) or not 0 <= at < len(text):
        return result
    if "\ud800" <= text[at] <= "\udfff":
        return result
    group = group_at(text, at)
    if group is None and not _lookable(text[at]):
        return result
    start = at if group is None else group.start
    ranked = _scan(index, text, start, limit) if _lookable(text[start]) else []
    if group is not None:
        ranked = _with_group(index, text, group, ranked, limit)
    result.start = start
    result.matches = ranked
    result.length = ranked[0].length if ranked else 0
    span = text[start:start + (result.length or 1)]
    seen = set()
    for ch in span:
        if is_kanji(ch) and ch not in seen:
            seen.add(ch)
            k = index.kanji(ch)
            if k is not None:
                result.kanji.append(k)
    return result


def _with_group(index, text: str, group, ranked: list[Match], limit: int) -> list[Match]:
    """The number group's entry first, after only words that contain the whole group (一日中)."""
    found = group_entry(index, text, group)
    if found is None:  # not even the counter is in the dictionary: the reading still helps
        surface = text[group.start:group.end]
        found = Entry(id=0, source=ANALYSER, forms=(surface,), readings=(group.reading,), rank=RANK_ANALYSER,
                      pos_classes=(), senses=(Sense(glosses=(), pos=(NUMBER_POS,)),)), surface
    entry, term = found
    length = group.end - group.start
    longer = [m for m in ranked if m.length > length]
    rest = [m for m in ranked if m.length <= length and m.entry.id != entry.id]
    return (longer + [Match(entry, length, (), term)] + rest)[:limit]


def _scan(index, text: str, at: int, limit: int) -> list[Match]:
    """The scan and ranking described at the top, from text[at] (a lookable character)."""
    stem, dead = _stem_limit(index, text, at)
    end = min(_scan_end(text, at), at + stem + MAX_ENDING)
    scored: dict[int, tuple] = {}  # entry id -> (sort key, entry, length, reasons, term)
    prefixes = _candidates(text, at, end, dead)
    found = _ranked_all(index, [c[0] for _, cands in prefixes for c in cands])
    for length, cands in prefixes:
        for term, classes, reasons in cands:
            entries = found.get(term)
            if not entries:
                continue
            for form_rank, entry in entries:
                if entry.source == JMNEDICT:
                    if reasons:
                        continue  # names do not conjugate
                elif classes and classes.isdisjoint(entry.pos_classes):
                    continue  # the candidate's word class is not the entry's (Deinflection.accepts)
                # The text's own writing decides between homophones: 行った in kanji is 行く/行う,
                # never an entry that merely shares the kana.
                written_as_is = not entry.forms or term in entry.forms
                # A common word reached by undoing an inflection beats a rare lexicalised form of it
                # (行われる → 行う first, 知られる → 知る); between common words, fewer steps win.
                common = 0 if form_rank < RANK_UNCOMMON else 1
                key = (-length, common, len(reasons), 0 if written_as_is else 1, form_rank)
                best = scored.get(entry.id)
                if best is None or key < best[0]:
                    scored[entry.id] = (key, entry, length, reasons, term)
    # sorted() is stable: ties keep the order entries were first scored in
    ranked = [Match(*found[1:]) for found in sorted(scored.values(), key=_first)[:limit]]
    if not ranked or ranked[0].entry.source == JMNEDICT or (_is_katakana(text[at]) and ranked[0].length < end - at):
        # A word the dictionary lacks (ゼレンスキー) must not show as a shorter name (ゼレ): when the
        # analyser sees a longer word here, its reading goes first.
        fallback = _from_analyser(text, at)
        if fallback and (not ranked or fallback[0].length > ranked[0].length):
            ranked = (fallback + ranked)[:limit]
    return ranked
