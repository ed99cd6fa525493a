"""Annotations of an article's paragraphs, kept in the library file so that reopening an
article costs nothing. The cache key is the paragraph's text hash plus the engine version and
the version of the user's reading corrections, so a correction or an engine change rebuilds."""
from __future__ import annotations

import hashlib
import json

from .annotate import ENGINE_VERSION, Annotation, annotate
from .tokens import Ruby, Token

CACHE_ROWS = 20_000  # about a few hundred articles' paragraphs; older entries age out


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dump(a: Annotation) -> str:
    return json.dumps({"ruby": [[r.start, r.end, r.reading, r.uncertain, r.corrected] for r in a.ruby],
                       "tokens": [list(t) for t in a.tokens]}, ensure_ascii=False)


def _load(text: str, data: str) -> Annotation:
    raw = json.loads(data)
    tokens = [Token(s, a, b, lemma, reading, tuple(pos)) for s, a, b, lemma, reading, pos in raw["tokens"]]
    return Annotation(text, tokens, [Ruby(*r) for r in raw["ruby"]])


def engine_key(library) -> str:
    """What a cached annotation must have been made with: this engine and the user's corrections."""
    return f"{ENGINE_VERSION}:{library.reading_overrides_version()}"


def cached_annotations(library, paragraphs: list[str]) -> list[Annotation | None]:
    """The cached annotation of each paragraph, None where there is none (yet)."""
    engine = engine_key(library)
    out: list[Annotation | None] = []
    for text in paragraphs:
        data = library.get_cached_annotation(text_hash(text), engine)
        out.append(_load(text, data) if data is not None else None)
    return out


def annotate_missing(texts: list[str], overrides: dict | None) -> list[Annotation]:
    """Annotate without the library (safe on a worker thread: no database, a tokenizer per thread)."""
    return [annotate(text, overrides) for text in texts]


def fill_missing(library, found: list[Annotation | None], fresh: list[Annotation], engine: str) -> None:
    """Put ``fresh`` (made for the None places of ``found``, in order) into ``found`` and cache them
    under ``engine`` (see engine_key) in one write."""
    places = [i for i, a in enumerate(found) if a is None]
    for i, a in zip(places, fresh, strict=True):
        found[i] = a
    if fresh:
        library.put_cached_annotations([(text_hash(a.text), engine, _dump(a)) for a in fresh], max_rows=CACHE_ROWS)


def annotate_paragraphs(library, paragraphs: list[str]) -> list[Annotation]:
    """Annotations for `paragraphs`, from the library's cache where present, with the user's
    reading corrections applied; new ones are stored in one write."""
    engine = engine_key(library)
    found = cached_annotations(library, paragraphs)
    missing = [text for text, a in zip(paragraphs, found, strict=True) if a is None]
    if missing:
        fill_missing(library, found, annotate_missing(missing, library.reading_overrides()), engine)
    return found  # type: ignore[return-value]
