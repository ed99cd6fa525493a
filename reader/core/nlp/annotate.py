"""Paragraph text -> tokens and furigana: the analyser, then the rules for what it gets wrong in
news text (numbers, a closed list of foreign names, context rules), then the readings the writer
gives in parentheses (恵那（えな）市), then the user's own corrections, then the split of each
reading over its kanji. A ruby reading is kana and nothing else: kanji the analyser could not read
get the fallback table's guesses (unknown_kanji), marked uncertain, or no ruby."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from json.encoder import encode_basestring as _quoted  # the C encoder json.dumps itself uses
from operator import attrgetter

from ..kana import KANA_ONLY, KANJI
from .compounds import compound_readings
from .corrections import phrase_rubies
from .elongation import analyse, mapped_back
from .families.essays import idiom_rubies
from .furigana import align
from .glosses import glossed_spans
from .names import name_rubies
from .numbers import number_rubies
from .tokens import Ruby, Token, has_kanji
from .unknown_kanji import guessed_rubies
from .word_reading import adjusted_reading

_kana_only = KANA_ONLY.fullmatch  # is_kana_text, without a call per ruby
_kanji_in = KANJI.search  # has_kanji, without a call per token
_start = attrgetter("start")

ENGINE_VERSION = "36"  # bump when output changes, so cached annotations are rebuilt


@dataclass
class Annotation:
    text: str
    tokens: list[Token]
    ruby: list[Ruby] = field(default_factory=list)

    def to_json_line(self) -> str:
        """``json.dumps(self.to_json(), ensure_ascii=False)``, character for character, built
        without the intermediate dicts (the --jsonl pipe spends most of its time there)."""
        ruby, uncertain, corrected = [], [], []
        for r in self.ruby:  # one pass for the three lists
            ruby.append(f"[{r.start}, {r.end}, {_quoted(r.reading)}]")
            if r.uncertain:
                uncertain.append(f"[{r.start}, {r.end}]")
            if r.corrected:
                corrected.append(f"[{r.start}, {r.end}]")
        parts = []
        for surface, start, end, lemma, reading, pos in self.tokens:
            head, tail = _token_json_parts(surface, lemma, reading, pos)
            parts.append(f'{head}{start}, "end": {end}{tail}')
        tokens = ", ".join(parts)
        return (f'{{"text": {_quoted(self.text)}, "ruby": [{", ".join(ruby)}], "uncertain": [{", ".join(uncertain)}], '
                f'"tokens": [{tokens}], "corrected": [{", ".join(corrected)}]}}')

    def to_json(self) -> dict:
        """The `yomu annotate --json/--jsonl` contract: extend only by adding keys."""
        return {
            "text": self.text,
            "ruby": [[r.start, r.end, r.reading] for r in self.ruby],
            "uncertain": [[r.start, r.end] for r in self.ruby if r.uncertain],
            "tokens": [t.to_json() for t in self.tokens],
            "corrected": [[r.start, r.end] for r in self.ruby if r.corrected],
        }


@lru_cache(maxsize=65536)
def _token_json_parts(surface: str, lemma: str, reading: str, pos: tuple[str, ...]) -> tuple[str, str]:
    """A token's JSON object less its offsets, cut where they go: the same word recurs all the time."""
    t = Token(surface, 0, 0, lemma, reading, pos)
    return (f'{{"surface": {_quoted(surface)}, "start": ',
            f', "lemma": {_quoted(lemma)}, "reading": {_quoted(reading)}, "pos": {_quoted(t.pos_str)}, '
            f'"proper": {"true" if t.proper else "false"}}}')


def annotate(text: str, overrides: dict[tuple[str, str], str] | None = None) -> Annotation:
    analysed, where, tokens = analyse(text)  # 観まーす: analysed as 観ます, offsets mapped back
    if where is None:
        return _annotate(text, tokens, overrides)
    a = _annotate(analysed, tokens, overrides)
    rubies = [Ruby(where[r.start], where[r.end - 1] + 1, r.reading, r.uncertain, r.corrected) for r in a.ruby]
    return Annotation(text, mapped_back(a.tokens, where, text), rubies)


def _annotate(text: str, tokens: list[Token], overrides: dict[tuple[str, str], str] | None) -> Annotation:
    rubies, handled = number_rubies(text, tokens)
    rubies = list(rubies)
    idiomatic, in_idioms = idiom_rubies(text, tokens)  # 一石二鳥, 四六時中: numerals read as one phrase
    if idiomatic:
        spans = [(tokens[k].start, tokens[k].end) for k in in_idioms]
        rubies = [r for r in rubies if not _within(r.start, r.end, spans)] + idiomatic
        handled = handled | in_idioms
    named, in_names = name_rubies(text, tokens)  # 金正恩 きむじょんうん: names the analyser cannot read
    if named:
        rubies += named
        handled = handled | in_names
    phrases: list[tuple[int, int]] = []
    if overrides:  # the reader's corrections of whole phrases come before any rule
        corrected, phrases = phrase_rubies(text, tokens, overrides)
        if phrases:
            rubies = [r for r in rubies if not _within(r.start, r.end, phrases)] + corrected
    taken = phrases  # spans whose rubies are decided before the per-word loop
    if "（" in text or "(" in text:  # the cheap test: most paragraphs have no gloss
        rubies, taken = _with_glosses(text, tokens, rubies, phrases, overrides)
    for i, reading in compound_readings(tokens, handled):
        first, second = tokens[i], tokens[i + 1]
        if overrides and (_override(first, overrides) or _override(second, overrides)):
            continue  # the reader corrected one of the pieces: that stands
        if taken and _within(first.start, second.end, taken):
            continue
        rubies.extend(Ruby(first.start + s, first.start + e, r) for s, e, r in
                      align(first.surface + second.surface, reading))
        handled = handled | {i, i + 1}
    for i, token in enumerate(tokens):
        if i in handled or not _kanji_in(token.surface):
            continue
        if taken and _within(token.start, token.end, taken):
            continue
        override = _override(token, overrides) if overrides else None
        if override:
            reading, uncertain = override, False
        else:
            reading, uncertain = adjusted_reading(tokens, i)
        start = token.start
        for s, e, r in align(token.surface, reading):
            rubies.append(Ruby(start + s, start + e, r, uncertain, bool(override)))
    rubies.sort(key=_start)
    return Annotation(text, tokens, _without_overlaps(rubies, text))


def _with_glosses(text: str, tokens: list[Token], rubies: list[Ruby], taken: list[tuple[int, int]],
                  overrides: dict[tuple[str, str], str] | None) -> tuple[list[Ruby], list[tuple[int, int]]]:
    """The writer's readings in parentheses over the rules' readings. The reader's corrections win
    (a gloss touching one is left out); a number read with its counter gives way inside a gloss,
    and a gloss that would cut one in two is left out."""
    def reading_of(i: int) -> str:
        return adjusted_reading(tokens, i)[0] if has_kanji(tokens[i].surface) else tokens[i].reading

    for (start, end), glossed in glossed_spans(text, tokens, reading_of):
        if _within(start, end, taken) or overrides and any(
                _override(t, overrides) for t in tokens if t.start < end and start < t.end):
            continue
        if any(r.start < end and start < r.end and not start <= r.start < r.end <= end for r in rubies):
            continue
        rubies = [r for r in rubies if not (start <= r.start and r.end <= end)] + glossed
        taken = [*taken, (start, end)]
    return rubies, taken


def _override(token: Token, overrides: dict[tuple[str, str], str]) -> str | None:
    return overrides.get((token.surface, token.lemma)) or overrides.get((token.surface, ""))


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _without_overlaps(rubies: list[Ruby], text: str) -> list[Ruby]:
    """The rubies to show, in order: inside the text, none overlapping the one before, every
    reading kana. Every path (rules, numbers, corrections) ends here, so this is where a reading
    that is not kana is caught: Sudachi's "reading" of a word it does not know (習氏) is the word
    itself, and that span is read kanji by kanji from the fallback table instead."""
    out: list[Ruby] = []
    length = len(text)
    for r in rubies:
        if not (0 <= r.start < r.end <= length and r.reading) or (out and r.start < out[-1].end):
            continue
        if _kana_only(r.reading):
            out.append(r)
        else:
            out.extend(guessed_rubies(text, r.start, r.end))
    return out
