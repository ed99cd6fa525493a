"""Highlights and article notes in the library: making, changing, deleting (as tombstones), reading.

Part of Library (a mixin over its connection). Every change is one transaction, committed before the
method returns: what a method hands back is on disk. Reading an article's highlights re-anchors, and
stores, those whose article text changed since they were placed (anchoring.reanchor).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import sqlite_utils

from reader.core.anchoring import reanchor
from reader.core.annotations import (
    AnnotationError,
    Highlight,
    anchor,
    body_hash,
    check_colour,
    check_note,
    check_span,
    check_style,
    later_stamp,
    new_id,
    stamp,
)
from reader.core.store.transaction import write_transaction

HIGHLIGHT_COLUMNS = (
    'h.id, h.article_id, h.paragraph, h.start, h."end", h.quote, h.prefix, h.suffix, h.text_hash,'
    " h.colour, h.style, h.note, h.created, h.updated, h.deleted, h.orphaned"
)
# Reading order: by place in the article; those that could not be placed after all the others.
READING_ORDER = 'h.orphaned, h.paragraph, h.start, h."end", h.created, h.id'


@dataclass(frozen=True)
class ArticleNote:
    article_id: int
    note: str  # Markdown source; "" once cleared
    updated: str  # ISO 8601 UTC, milliseconds


def highlight_from_row(row: tuple) -> Highlight:
    (id_, article_id, paragraph, start, end, quote, prefix, suffix, text_hash, colour, style, note, created,
     updated, deleted, orphaned) = row
    return Highlight(id=id_, article_id=article_id, paragraph=paragraph, start=start, end=end, quote=quote,
                     prefix=prefix, suffix=suffix, text_hash=text_hash, colour=colour, style=style, note=note,
                     created=created, updated=updated, deleted=bool(deleted), orphaned=bool(orphaned))


def insert_highlight(db: sqlite_utils.Database, h: Highlight) -> None:
    db.execute(
        'INSERT INTO highlights (id, article_id, paragraph, start, "end", quote, prefix, suffix, text_hash,'
        " colour, style, note, created, updated, deleted, orphaned)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [h.id, h.article_id, h.paragraph, h.start, h.end, h.quote, h.prefix, h.suffix, h.text_hash, h.colour,
         h.style, h.note, h.created, h.updated, int(h.deleted), int(h.orphaned)],
    )


def replace_highlight(db: sqlite_utils.Database, h: Highlight) -> None:
    """Write every field of the stored highlight with h's id (its article stays)."""
    db.execute(
        'UPDATE highlights SET paragraph = ?, start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?,'
        " text_hash = ?, colour = ?, style = ?, note = ?, created = ?, updated = ?, deleted = ?, orphaned = ?"
        " WHERE id = ?",
        [h.paragraph, h.start, h.end, h.quote, h.prefix, h.suffix, h.text_hash, h.colour, h.style, h.note,
         h.created, h.updated, int(h.deleted), int(h.orphaned), h.id],
    )


def paragraphs_of(db: sqlite_utils.Database, article_id: int) -> list[str]:
    return [text for (text,) in db.execute(
        "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", [article_id]
    ).fetchall()]


def live_article_paragraphs(db: sqlite_utils.Database, article_id: object) -> list[str]:
    """The paragraphs of the live article; AnnotationError when there is none (or it is in the trash)."""
    if not isinstance(article_id, int) or isinstance(article_id, bool):
        raise AnnotationError(f"an article id is a whole number, not {article_id!r}")
    row = db.execute("SELECT deleted_at FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise AnnotationError(f"no article with id {article_id}")
    if row[0] is not None:
        raise AnnotationError(f"article {article_id} is in the trash")
    return paragraphs_of(db, article_id)


class HighlightsMixin:
    _db: sqlite_utils.Database

    # -- writing ---------------------------------------------------------------------------------

    def add_highlight(self, article_id: int, paragraph: int, start: int, end: int, *, colour: str = "yellow",
                      style: str = "highlight", note: str = "") -> Highlight:
        """Highlight paragraphs[paragraph][start:end] of the live article (code points, end
        exclusive). AnnotationError (one line) for an unknown or trashed article, a span outside the
        paragraph, an unknown colour or style, or a note that is not text or too long."""
        check_colour(colour)
        check_style(style)
        check_note(note)
        with write_transaction(self._db):
            paragraphs = live_article_paragraphs(self._db, article_id)
            check_span(paragraphs, paragraph, start, end)
            now = stamp()
            h = Highlight(id=new_id(), article_id=article_id, colour=colour, style=style, note=note, created=now,
                          updated=now, **anchor(paragraphs, paragraph, start, end))
            insert_highlight(self._db, h)
        return h

    def update_highlight(self, highlight_id: str, *, colour: str | None = None, style: str | None = None,
                         note: str | None = None) -> Highlight:
        """Change what is given (None: keep). Bumps `updated` when anything changed."""
        if colour is not None:
            check_colour(colour)
        if style is not None:
            check_style(style)
        if note is not None:
            check_note(note)
        with write_transaction(self._db):
            h = self._stored(highlight_id)
            if h.deleted:
                raise AnnotationError(f"highlight {highlight_id} was deleted (restore it first)")
            changed = replace(h, colour=h.colour if colour is None else colour,
                              style=h.style if style is None else style, note=h.note if note is None else note)
            if changed == h:
                return h
            changed = replace(changed, updated=later_stamp(h.updated))
            replace_highlight(self._db, changed)
        return changed

    def delete_highlight(self, highlight_id: str) -> Highlight:
        """Mark deleted (a tombstone: it leaves every list and search, and a merge passes the
        deletion on). restore_highlight undoes it."""
        return self._set_deleted(highlight_id, True)

    def restore_highlight(self, highlight_id: str) -> Highlight:
        """Undo delete_highlight: the highlight is back as it was (a newer change than the deletion)."""
        return self._set_deleted(highlight_id, False)

    def set_article_note(self, article_id: int, text: str) -> None:
        """The article's own note (Markdown); "" clears it. Committed before returning."""
        check_note(text)
        with write_transaction(self._db):
            live_article_paragraphs(self._db, article_id)
            row = self._db.execute(
                "SELECT note, updated FROM article_notes WHERE article_id = ?", [article_id]
            ).fetchone()
            if row is not None and row[0] == text:
                return
            if row is None and text == "":
                return
            self._db.execute(
                "INSERT INTO article_notes (article_id, note, updated) VALUES (?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET note = excluded.note, updated = excluded.updated",
                [article_id, text, later_stamp(row[1] if row else None)],
            )

    # -- reading ---------------------------------------------------------------------------------

    def get_highlight(self, highlight_id: str) -> Highlight | None:
        """The stored highlight with this id, deleted or not; None when there is none."""
        if not isinstance(highlight_id, str):
            return None
        row = self._db.execute(f"SELECT {HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.id = ?",
                               [highlight_id]).fetchone()
        return None if row is None else highlight_from_row(row)

    def highlights_for(self, article_id: int) -> list[Highlight]:
        """The article's highlights (not deleted) in reading order, orphaned ones last. Those placed
        in an older text of the article are re-anchored first, and the result stored. [] for an
        article that is not in the library or is in the trash."""
        if self._live_article(article_id) is None:
            return []
        self._refresh_anchors(article_id)
        rows = self._db.execute(
            f"SELECT {HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.article_id = ? AND h.deleted = 0"
            f" ORDER BY {READING_ORDER}",
            [article_id],
        ).fetchall()
        return [highlight_from_row(row) for row in rows]

    def all_highlights(self, article_id: int | None = None, include_deleted: bool = False) -> list[Highlight]:
        """Every highlight of the live articles (or of one), by article id then reading order;
        tombstones too with include_deleted. Re-anchored like highlights_for."""
        articles = [article_id] if article_id is not None else [
            a for (a,) in self._db.execute(
                "SELECT DISTINCT h.article_id FROM highlights h JOIN articles a ON a.id = h.article_id"
                " WHERE a.deleted_at IS NULL ORDER BY h.article_id"
            ).fetchall()
        ]
        found: list[Highlight] = []
        for one in articles:
            if self._live_article(one) is None:
                continue
            self._refresh_anchors(one)
            deleted = "" if include_deleted else " AND h.deleted = 0"
            found.extend(highlight_from_row(row) for row in self._db.execute(
                f"SELECT {HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.article_id = ?{deleted}"
                f" ORDER BY {READING_ORDER}",
                [one],
            ).fetchall())
        return found

    def article_note(self, article_id: int) -> str:
        """The article's own note; "" when it has none."""
        entry = self.article_note_entry(article_id)
        return "" if entry is None else entry.note

    def article_note_entry(self, article_id: int) -> ArticleNote | None:
        """The article's note with the time it was last changed (also a cleared one, as "")."""
        row = self._db.execute("SELECT article_id, note, updated FROM article_notes WHERE article_id = ?",
                               [article_id]).fetchone()
        return None if row is None else ArticleNote(*row)

    def article_notes(self) -> list[ArticleNote]:
        """The notes (cleared ones too) of every live article, by article id."""
        return [ArticleNote(*row) for row in self._db.execute(
            "SELECT n.article_id, n.note, n.updated FROM article_notes n JOIN articles a ON a.id = n.article_id"
            " WHERE a.deleted_at IS NULL ORDER BY n.article_id"
        ).fetchall()]

    # -- helpers ---------------------------------------------------------------------------------

    def _live_article(self, article_id: object) -> int | None:
        if not isinstance(article_id, int) or isinstance(article_id, bool):
            return None
        row = self._db.execute("SELECT id FROM articles WHERE id = ? AND deleted_at IS NULL",
                               [article_id]).fetchone()
        return None if row is None else row[0]

    def _stored(self, highlight_id: object) -> Highlight:
        h = self.get_highlight(highlight_id) if isinstance(highlight_id, str) else None
        if h is None:
            raise AnnotationError(f"no highlight with id {highlight_id!r}")
        return h

    def _set_deleted(self, highlight_id: str, deleted: bool) -> Highlight:
        with write_transaction(self._db):
            h = self._stored(highlight_id)
            if h.deleted == deleted:
                return h
            changed = replace(h, deleted=deleted, updated=later_stamp(h.updated))
            replace_highlight(self._db, changed)
        return changed

    def _refresh_anchors(self, article_id: int) -> None:
        """Re-anchor (and store) the article's highlights placed in another text than its current one."""
        paragraphs = paragraphs_of(self._db, article_id)
        current = body_hash(paragraphs)
        (stale,) = self._db.execute(
            "SELECT count(*) FROM highlights WHERE article_id = ? AND deleted = 0 AND text_hash <> ?",
            [article_id, current],
        ).fetchone()
        if not stale:
            return
        with write_transaction(self._db):
            # Read again under the write lock: another process may have changed the text or them.
            paragraphs = paragraphs_of(self._db, article_id)
            current = body_hash(paragraphs)
            rows = self._db.execute(
                f"SELECT {HIGHLIGHT_COLUMNS} FROM highlights h"
                " WHERE h.article_id = ? AND h.deleted = 0 AND h.text_hash <> ?",
                [article_id, current],
            ).fetchall()
            for row in rows:
                h = highlight_from_row(row)
                placed = reanchor(h, paragraphs)
                if placed != h:
                    # Not a change by the user: `updated` stays, so merges are not disturbed.
                    replace_highlight(self._db, placed)
