"""Searching the user's annotations: highlighted passages, their notes, and article notes.

Part of Library. Like the article search, every whitespace-separated term must match, terms are
literal text (never query syntax), the trigram index answers terms of three characters or more, and
shorter ones are looked up with LIKE. Deleted highlights and articles in the trash never appear.
"""
from __future__ import annotations

import sqlite_utils

from reader.core.annotations import AnnotationHit
from reader.core.store.highlights import HIGHLIGHT_COLUMNS, highlight_from_row
from reader.core.store.listing import escape_like, search_terms

# Characters of text kept on each side of a passage (or of the matched part of a note) in a hit.
AROUND = 40
_TRIGRAM = 3


def _fts_match(terms: list[str]) -> str:
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def _like_conditions(terms: list[str], columns: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    params, conditions = {}, []
    for number, term in enumerate(terms):
        name = f"term{number}"
        params[name] = "%" + escape_like(term) + "%"
        conditions.append("(" + " OR ".join(f"{c} LIKE :{name} ESCAPE '\\'" for c in columns) + ")")
    return " AND ".join(conditions), params


def _window(text: str, start: int, end: int) -> tuple[str, int, int]:
    """text[start:end] with up to AROUND characters each side, ellipses where cut, newlines as
    spaces; and where the span lies in the result."""
    lo, hi = max(0, start - AROUND), min(len(text), end + AROUND)
    head = "…" if lo > 0 else ""
    tail = "…" if hi < len(text) else ""
    shown = (head + text[lo:hi] + tail).replace("\n", " ")
    return shown, len(head) + start - lo, len(head) + end - lo


def _first_match(text: str, terms: list[str]) -> tuple[int, int]:
    folded = text.casefold()
    for term in terms:
        at = folded.find(term.casefold())
        if at != -1 and len(folded) == len(text):
            return at, at + len(term)
        at = text.find(term)
        if at != -1:
            return at, at + len(term)
    return 0, 0


class AnnotationSearchMixin:
    _db: sqlite_utils.Database

    def search_annotations(self, query: str, limit: int = 50) -> list[AnnotationHit]:
        """Highlights whose quote or note, and article notes, contain every term of the query; best
        match first (newest changed first for short terms). At most `limit` hits."""
        terms = search_terms(query) if isinstance(query, str) else []
        if not terms or limit <= 0:
            return []
        short = any(len(term) < _TRIGRAM for term in terms)
        ranked: list[tuple[float, str, AnnotationHit]] = []
        for rank, updated, hit in self._highlight_hits(terms, short, limit) + self._note_hits(terms, short, limit):
            ranked.append((rank, updated, hit))
        # FTS rank: lower is better; LIKE hits all rank 0 and go newest first.
        ranked.sort(key=lambda item: (item[0], _descending(item[1])))
        return [hit for _, _, hit in ranked[:limit]]

    def _highlight_hits(self, terms: list[str], short: bool, limit: int) -> list[tuple[float, str, AnnotationHit]]:
        if short:
            condition, params = _like_conditions(terms, ("h.quote", "h.note"))
            source, rank = "highlights h", "0"
        else:
            source = "highlights_fts f JOIN highlights h ON h.seq = f.rowid"
            condition, params, rank = "highlights_fts MATCH :match", {"match": _fts_match(terms)}, "f.rank"
        rows = self._db.execute(
            f"SELECT {rank}, {HIGHLIGHT_COLUMNS}, a.title, p.text FROM {source}"
            " JOIN articles a ON a.id = h.article_id"
            " LEFT JOIN paragraphs p ON p.article_id = h.article_id AND p.position = h.paragraph"
            f" WHERE ({condition}) AND h.deleted = 0 AND a.deleted_at IS NULL"
            f" ORDER BY {'h.updated DESC' if short else 'f.rank, h.updated DESC'} LIMIT :limit",
            {**params, "limit": limit},
        ).fetchall()
        hits = []
        for row in rows:
            rank_value, title, paragraph_text = row[0], row[-2], row[-1]
            h = highlight_from_row(row[1:-2])
            if not h.orphaned and paragraph_text is not None and paragraph_text[h.start:h.end] == h.quote:
                context, at, to = _window(paragraph_text, h.start, h.end)
            else:  # not placed in the current text: the text it was taken from
                context, at, to = _window(h.prefix + h.quote + h.suffix, len(h.prefix), len(h.prefix) + len(h.quote))
            hits.append((rank_value, h.updated, AnnotationHit(
                kind="highlight", highlight_id=h.id, article_id=h.article_id, article_title=title,
                paragraph=h.paragraph, start=h.start, end=h.end, quote=h.quote, note=h.note, context=context,
                context_start=at, context_end=to, colour=h.colour, style=h.style, orphaned=h.orphaned,
            )))
        return hits

    def _note_hits(self, terms: list[str], short: bool, limit: int) -> list[tuple[float, str, AnnotationHit]]:
        if short:
            condition, params = _like_conditions(terms, ("n.note",))
            source, rank = "article_notes n", "0"
        else:
            source = "article_notes_fts f JOIN article_notes n ON n.article_id = f.rowid"
            condition, params, rank = "article_notes_fts MATCH :match", {"match": _fts_match(terms)}, "f.rank"
        rows = self._db.execute(
            f"SELECT {rank}, n.article_id, n.note, n.updated, a.title FROM {source}"
            " JOIN articles a ON a.id = n.article_id"
            f" WHERE ({condition}) AND a.deleted_at IS NULL AND n.note <> ''"
            f" ORDER BY {'n.updated DESC' if short else 'f.rank, n.updated DESC'} LIMIT :limit",
            {**params, "limit": limit},
        ).fetchall()
        hits = []
        for rank_value, article_id, note, updated, title in rows:
            context, at, to = _window(note, *_first_match(note, terms))
            hits.append((rank_value, updated, AnnotationHit(
                kind="article_note", highlight_id=None, article_id=article_id, article_title=title, paragraph=None,
                start=None, end=None, quote="", note=note, context=context, context_start=at, context_end=to,
            )))
        return hits


def _descending(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)
