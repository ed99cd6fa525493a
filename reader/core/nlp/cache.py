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
    return json.dumps({"ruby": [[r.start, r.end, r.reading, r.uncertain] for r in a.ruby],
                       "tokens": [list(t) for t in a.tokens]}, ensure_ascii=False)


def _load(text: str, data: str) -> Annotation:
    raw = json.loads(data)
    tokens = [Token(s, a, b, lemma, reading, tuple(pos)) for s, a, b, lemma, reading, pos in raw["tokens"]]
    return Annotation(text, tokens, [Ruby(*r) for r in raw["ruby"]])


def annotate_paragraphs(library, paragraphs: list[str]) -> list[Annotation]:
    """Annotations for `paragraphs`, from the library's cache where present, with the user's
    reading corrections applied; new ones are stored in one write."""
    engine = f"{ENGINE_VERSION}:{library.reading_overrides_version()}"
    overrides = None
    out: list[Annotation] = []
    fresh: list[tuple[str, str, str]] = []
    for text in paragraphs:
        key = text_hash(text)
        data = library.get_cached_annotation(key, engine)
        if data is not None:
            out.append(_load(text, data))
            continue
        if overrides is None:
            overrides = library.reading_overrides()
        annotation = annotate(text, overrides)
        out.append(annotation)
        fresh.append((key, engine, _dump(annotation)))
    if fresh:
        library.put_cached_annotations(fresh, max_rows=CACHE_ROWS)
    return out
