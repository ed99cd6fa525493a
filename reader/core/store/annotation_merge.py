"""Merging annotations from another library (an export) into this one, by highlight id.

Part of Library. The newest change wins: a highlight is taken from the file when its `updated` time
is later than ours (on a tie, a fixed order of the contents decides, so two libraries that exchange
exports end up the same). Deletions travel as tombstones: a newer deletion deletes here, an older
one changes nothing. Articles are matched by id when the id here holds the same text or title, else
by web address, else by title and text; highlights whose article is not here are skipped. Each
highlight is placed in our copy of the text (anchoring.reanchor) when it was anchored in another.
Everything happens in one transaction: an error midway leaves the library as it was.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import sqlite_utils

from reader.core.anchoring import reanchor
from reader.core.annotations import Highlight, anchor, body_hash
from reader.core.store.highlights import (
    HIGHLIGHT_COLUMNS,
    highlight_from_row,
    insert_highlight,
    paragraphs_of,
    replace_highlight,
)
from reader.core.store.transaction import write_transaction


@dataclass(frozen=True)
class IncomingArticle:
    """An article as an export describes it (its id is the exporting library's)."""

    id: int
    title: str
    url: str | None
    source: str | None
    text_hash: str
    note: str | None = None  # the article's note, when the file carries one
    note_updated: str | None = None


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (highlight id or "article N", reason)
    notes_updated: int = 0  # article notes added or replaced

    def summary(self) -> str:
        line = f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, skipped {len(self.skipped)}"
        if self.notes_updated:
            line += f"; article notes updated {self.notes_updated}"
        return line

    def to_json(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "notes_updated": self.notes_updated,
                "skipped": [{"id": item, "reason": reason} for item, reason in self.skipped]}


def _precedence(h: Highlight) -> tuple:
    """What decides which of two versions of a highlight wins: the newest change, then (for equal
    times) a fixed order of what the user set, the same on every machine."""
    return (h.updated, h.deleted, h.colour, h.style, h.note)


class AnnotationMergeMixin:
    _db: sqlite_utils.Database

    def merge_annotations(self, articles: list[IncomingArticle], highlights: list[Highlight],
                          skipped: list[tuple[str, str]] | None = None) -> ImportReport:
        """Merge already-checked records (annotations_io.import_json reads and checks the file).
        Each highlight's article_id is the id of an entry in `articles`."""
        report = ImportReport(skipped=list(skipped or []))
        with write_transaction(self._db):
            here: dict[int, tuple[int, list[str]]] = {}  # file's article id -> (our id, our paragraphs)
            for incoming in articles:
                if incoming.id in here:
                    report.skipped.append((f"article {incoming.id}", "listed twice in the file"))
                    continue
                local_id = self._match_article(incoming)
                if local_id is None:
                    continue
                here[incoming.id] = (local_id, paragraphs_of(self._db, local_id))
                self._merge_article_note(local_id, incoming, report)
            listed = {a.id for a in articles}
            for h in highlights:
                if h.article_id not in here:
                    reason = ("its article is not in this library" if h.article_id in listed
                              else f"article {h.article_id} is not described in the file")
                    report.skipped.append((h.id, reason))
                    continue
                local_id, paragraphs = here[h.article_id]
                self._merge_highlight(replace(h, article_id=local_id), paragraphs, report)
        return report

    def _match_article(self, incoming: IncomingArticle) -> int | None:
        def text_hash(article_id: int) -> str:
            return body_hash(paragraphs_of(self._db, article_id))

        row = self._db.execute(
            "SELECT title FROM articles WHERE id = ? AND deleted_at IS NULL", [incoming.id]
        ).fetchone()
        if row is not None and (row[0] == incoming.title or text_hash(incoming.id) == incoming.text_hash):
            return incoming.id
        if incoming.url:
            same_url = [(a, t) for a, t in self._db.execute(
                "SELECT id, title FROM articles WHERE url = ? AND deleted_at IS NULL ORDER BY id", [incoming.url]
            ).fetchall()]
            for article_id, _ in same_url:
                if text_hash(article_id) == incoming.text_hash:
                    return article_id
            for article_id, title in same_url:
                if title == incoming.title:
                    return article_id
            if same_url:
                return same_url[0][0]
        for (article_id,) in self._db.execute(
            "SELECT id FROM articles WHERE title = ? AND deleted_at IS NULL ORDER BY id", [incoming.title]
        ).fetchall():
            if text_hash(article_id) == incoming.text_hash:
                return article_id
        return None

    def _merge_article_note(self, local_id: int, incoming: IncomingArticle, report: ImportReport) -> None:
        if incoming.note is None or incoming.note_updated is None:
            return
        row = self._db.execute("SELECT note, updated FROM article_notes WHERE article_id = ?", [local_id]).fetchone()
        if row is None and incoming.note == "":
            return
        if row is not None and (incoming.note_updated, incoming.note) <= (row[1], row[0]):
            return
        self._db.execute(
            "INSERT INTO article_notes (article_id, note, updated) VALUES (?, ?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET note = excluded.note, updated = excluded.updated",
            [local_id, incoming.note, incoming.note_updated],
        )
        report.notes_updated += 1

    def _merge_highlight(self, h: Highlight, paragraphs: list[str], report: ImportReport) -> None:
        row = self._db.execute(f"SELECT {HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.id = ?", [h.id]).fetchone()
        local = None if row is None else highlight_from_row(row)
        if local is not None and local.article_id != h.article_id:
            report.skipped.append((h.id, f"this id belongs to a highlight of article {local.article_id} here"))
            return
        if local is not None and _precedence(h) <= _precedence(local):
            report.unchanged += 1
            return
        placed = reanchor(h, paragraphs)
        if placed.orphaned and not h.orphaned and not h.deleted:
            in_range = 0 <= h.paragraph < len(paragraphs) and h.end <= len(paragraphs[h.paragraph])
            if not in_range or h.text_hash == body_hash(paragraphs):
                # Offsets outside this text, or anchored in this very text yet not holding their
                # quote, and the quote nowhere to be found: the record is wrong, not the text changed.
                report.skipped.append((h.id, "its offsets do not hold its quote and the quote is not in the article"))
                return
        if not placed.orphaned:  # prefix, suffix and hash as this text has them, whatever the file said
            placed = replace(placed, **anchor(paragraphs, placed.paragraph, placed.start, placed.end))
        if local is None:
            insert_highlight(self._db, placed)
            report.added += 1
        else:
            replace_highlight(self._db, replace(placed, created=min(local.created, placed.created)))
            report.updated += 1
