"""The local library: imported articles in one SQLite file, with full-text search."""
from __future__ import annotations

import json
import math
import sqlite3
import zlib
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from os import PathLike
from pathlib import Path

import sqlite_utils

from reader.core.models import Article, LineDecision
from reader.core.store import listing
from reader.core.store.annotation_merge import AnnotationMergeMixin
from reader.core.store.annotation_search import AnnotationSearchMixin
from reader.core.store.article_edits import ArticleEditsMixin
from reader.core.store.highlights import HighlightsMixin
from reader.core.store.listing import LIVE, NEWEST_FIRST, SHOW_ALL, SORT_IMPORTED, SUMMARY_COLUMNS
from reader.core.store.opening import LibraryError, check_before_opening, connect
from reader.core.store.reading_overrides import ReadingOverridesMixin
from reader.core.store.records import READ_THRESHOLD, ArticleSummary, StoredArticle, TrashedArticle
from reader.core.store.schema import SCHEMA_VERSION, body_text, migrate
from reader.core.store.transaction import write_transaction

# The annotation cache keeps at most this many paragraphs; past it, the oldest stored go first.
# Read at call time, so tests can monkeypatch it.
ANNOTATION_CACHE_LIMIT = 200_000


class Library(
    HighlightsMixin, AnnotationSearchMixin, AnnotationMergeMixin, ArticleEditsMixin, ReadingOverridesMixin
):
    """One open library file. Create with Library.open(path); close it, or use it in `with`.

    Highlights and notes (store/highlights.py), their search (annotation_search.py) and merging
    (annotation_merge.py), editing an article's text (article_edits.py) and the user's reading
    corrections (reading_overrides.py) are written in their own modules and mixed in here.
    """

    def __init__(self, db: sqlite_utils.Database, path: Path, created: bool) -> None:
        self._db = db
        self.path = path
        self.created = created  # the file had no library in it before this open

    @classmethod
    def open(cls, path: str | PathLike[str]) -> Library:
        path = Path(path).expanduser().absolute()
        check_before_opening(path)
        db = connect(path)
        try:
            found_version = migrate(db)
        except sqlite3.Error as error:
            db.close()
            raise LibraryError(
                f"cannot update library {path} to schema {SCHEMA_VERSION}: {error}"
            ) from error
        except BaseException:
            db.close()
            raise
        return cls(db, path, created=found_version == 0)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def add_article(self, article: Article) -> tuple[int, bool]:
        """Store the article; returns (id, created). An article already stored (same
        content_hash) is not stored again: its existing id comes back with created=False."""
        content_hash = article.content_hash()
        existing_id = self._id_for_hash(content_hash)
        if existing_id is not None:
            return existing_id, False
        # The same article in the trash is purged: importing it again starts it afresh.
        decisions = [
            {"text": decision.text, "label": decision.label, "reason": decision.reason}
            for decision in article.decisions
        ]
        try:
            with write_transaction(self._db):
                self._db.execute(
                    "DELETE FROM articles WHERE content_hash = ? AND deleted_at IS NOT NULL", [content_hash]
                )
                cursor = self._db.execute(
                    """
                    INSERT INTO articles (title, subtitle, byline, published, source, url,
                        imported_at, original, original_type, content_hash, cleaning)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        article.title,
                        article.subtitle,
                        article.byline,
                        article.published,
                        article.source,
                        article.url,
                        _now(),
                        zlib.compress(article.original),
                        article.original_type,
                        content_hash,
                        json.dumps(decisions, ensure_ascii=False),
                    ],
                )
                article_id = cursor.lastrowid
                self._db.conn.executemany(
                    "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)",
                    (
                        (article_id, position, text)
                        for position, text in enumerate(article.paragraphs)
                    ),
                )
                self._db.execute(
                    "INSERT INTO articles_fts (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
                    [article_id, article.title, article.subtitle, body_text(article.paragraphs)],
                )
        except sqlite3.IntegrityError:
            # Another process may have stored the same article between our check and insert.
            existing_id = self._id_for_hash(content_hash)
            if existing_id is None:
                raise
            return existing_id, False
        return article_id, True

    def delete_article(self, article_id: int) -> bool:
        """Remove the article for good (live or in the trash), with its paragraphs and search
        entry. False if there was none."""
        # One statement: the foreign key cascade and the FTS trigger run inside it.
        cursor = self._db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return cursor.rowcount > 0

    def set_progress(self, article_id: int, fraction: float) -> bool:
        """Record how far the article has been read, clamped to [0, 1]; at READ_THRESHOLD or
        past it the article is finished (and stays so). False if no such live article."""
        if math.isnan(fraction):
            raise ValueError("reading progress must be a number, not NaN")
        fraction = min(1.0, max(0.0, float(fraction)))
        cursor = self._db.execute(
            f"""
            UPDATE articles AS a SET progress = :fraction,
                finished_at = CASE WHEN :fraction >= :threshold THEN coalesce(a.finished_at, :now)
                                   ELSE a.finished_at END
            WHERE a.id = :id AND {LIVE}
            """,
            {"fraction": fraction, "threshold": READ_THRESHOLD, "now": _now(), "id": article_id},
        )
        return cursor.rowcount > 0

    def set_finished(self, article_id: int, finished: bool) -> bool:
        """Mark as read (finished; the reading position is kept) or as unread (not finished, and
        back to the start: progress 0). False if no such live article."""
        if finished:
            sql = f"UPDATE articles AS a SET finished_at = coalesce(a.finished_at, ?) WHERE a.id = ? AND {LIVE}"
            params = [_now(), article_id]
        else:
            sql = f"UPDATE articles AS a SET finished_at = NULL, progress = 0 WHERE a.id = ? AND {LIVE}"
            params = [article_id]
        return self._db.execute(sql, params).rowcount > 0

    # -- the trash: deleting that can be undone --------------------------------------------

    def move_to_trash(self, article_id: int) -> bool:
        """Delete the article from every list and search, keeping all of it (paragraphs,
        progress, original, cleaning decisions, id) for restore_from_trash. Committed at once,
        so a crash afterwards loses nothing. False if no such live article."""
        with write_transaction(self._db):
            # Later deletions sort later, even within one tick of a coarse clock.
            now = datetime.now(timezone.utc)
            (latest,) = self._db.execute("SELECT max(deleted_at) FROM articles").fetchone()
            if latest is not None:
                now = max(now, datetime.fromisoformat(latest) + timedelta(microseconds=1))
            cursor = self._db.execute(
                f"UPDATE articles AS a SET deleted_at = ? WHERE a.id = ? AND {LIVE}",
                [now.isoformat(timespec="microseconds"), article_id],
            )
        return cursor.rowcount > 0

    def restore_from_trash(self, article_id: int) -> bool:
        """Bring a trashed article back exactly as it was, same id. False if it is not in the
        trash (never deleted, restored already, or purged)."""
        cursor = self._db.execute(
            "UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", [article_id]
        )
        return cursor.rowcount > 0

    def trashed_articles(self) -> list[TrashedArticle]:
        """What the trash holds, most recently deleted first."""
        return [
            TrashedArticle(**row)
            for row in self._db.query(
                "SELECT id, title, deleted_at FROM articles WHERE deleted_at IS NOT NULL"
                " ORDER BY deleted_at DESC, id DESC"
            )
        ]

    def purge_trash(self, older_than: timedelta | None = None) -> int:
        """Delete for good what has been in the trash longer than `older_than` (everything in it
        when None). Returns how many articles went. Writes nothing when there is nothing to purge."""
        cutoff = None if older_than is None else (datetime.now(timezone.utc) - older_than)
        condition = "deleted_at IS NOT NULL" + ("" if cutoff is None else " AND deleted_at < :cutoff")
        params = {} if cutoff is None else {"cutoff": cutoff.isoformat(timespec="microseconds")}
        (due,) = self._db.execute(f"SELECT count(*) FROM articles WHERE {condition}", params).fetchone()
        if not due:
            return 0  # no write lock taken: this runs at every start
        return self._db.execute(f"DELETE FROM articles WHERE {condition}", params).rowcount

    # -- reading ---------------------------------------------------------------------------

    def get_article(self, article_id: int) -> StoredArticle | None:
        """The live article with this id; None if there is none (or it is in the trash)."""
        rows = list(self._db.query(f"SELECT * FROM articles a WHERE a.id = ? AND {LIVE}", [article_id]))
        if not rows:
            return None
        row = rows[0]
        paragraphs = [
            text
            for (text,) in self._db.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", [article_id]
            ).fetchall()
        ]
        decisions = [
            LineDecision(text=item["text"], label=item["label"], reason=item.get("reason", ""))
            for item in json.loads(row["cleaning"])
        ]
        article = Article(
            title=row["title"],
            paragraphs=paragraphs,
            subtitle=row["subtitle"],
            byline=row["byline"],
            published=row["published"],
            source=row["source"],
            url=row["url"],
            original=zlib.decompress(row["original"]),
            original_type=row["original_type"],
            decisions=decisions,
        )
        return StoredArticle(
            id=row["id"],
            imported_at=row["imported_at"],
            progress=row["progress"],
            content_hash=row["content_hash"],
            article=article,
        )

    def original(self, article_id: int) -> tuple[bytes, str] | None:
        """The input the article was imported from, as received, and its type ("html"/"text")."""
        row = self._db.execute(
            "SELECT original, original_type FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None
        return zlib.decompress(row[0]), row[1]

    def find_article(self, article: Article) -> int | None:
        """The id of the live article stored with the same text (content_hash), if any."""
        return self._id_for_hash(article.content_hash())

    def list_articles(self) -> list[ArticleSummary]:
        """Every article, newest imported first."""
        return self._summaries(f"SELECT {SUMMARY_COLUMNS} FROM articles a WHERE {LIVE} ORDER BY {NEWEST_FIRST}")

    def search(self, query: str, limit: int = 50) -> list[ArticleSummary]:
        """Articles whose title, subtitle or body contain every whitespace-separated term of the
        query, best match first. The query is literal text: no search syntax is interpreted."""
        terms = listing.search_terms(query)
        if not terms or limit <= 0:
            return []
        source, condition, params, best_first = listing.search_sql(terms)
        return self._summaries(
            f"SELECT {SUMMARY_COLUMNS} FROM {source} WHERE {condition} AND {LIVE} ORDER BY {best_first} LIMIT :limit",
            {**params, "limit": limit},
        )

    def query_articles(
        self, search: str = "", *, sort: str = SORT_IMPORTED, show: str = SHOW_ALL
    ) -> list[ArticleSummary]:
        """The library list: articles in reading state `show` (listing.FILTERS: all, unread,
        in_progress, finished) that contain every term of `search` (all when blank), in the
        order `sort` names (listing.SORTS). ValueError for an unknown sort or filter."""
        listing.check_options(sort, show)
        terms = listing.search_terms(search)
        source, condition, params = "articles a", "1", {}
        if terms:
            source, condition, params, _ = listing.search_sql(terms)
        rows = self._summaries(
            f"SELECT {SUMMARY_COLUMNS} FROM {source}"
            f" WHERE ({condition}) AND ({listing.filter_condition(show)}) AND {LIVE}",
            params,
        )
        return listing.sort_summaries(rows, sort)

    # -- furigana: annotation cache ---------------------------------------------------------

    def get_cached_annotation(self, text_hash: str, engine: str) -> str | None:
        """The data stored for this paragraph hash by this engine, or None. Reads only."""
        row = self._db.execute(
            "SELECT data FROM annotation_cache WHERE text_hash = ? AND engine = ?",
            [text_hash, engine],
        ).fetchone()
        return None if row is None else row[0]

    def put_cached_annotations(
        self, items: Iterable[tuple[str, str, str]], max_rows: int | None = None
    ) -> None:
        """Store (text_hash, engine, data) triples in one transaction, replacing what was there
        for the same (text_hash, engine). Then, if the cache holds more than `max_rows`
        (default ANNOTATION_CACHE_LIMIT) rows, the oldest stored are deleted down to it. A
        replaced row counts as newly stored. Reading never refreshes a row's age."""
        limit = ANNOTATION_CACHE_LIMIT if max_rows is None else max_rows
        if limit < 0:
            raise ValueError(f"the annotation cache limit cannot be negative ({limit})")
        rows = list(items)
        if not rows:
            return
        with write_transaction(self._db):
            # REPLACE deletes the old row and inserts a new one, with a rowid above all others.
            self._db.conn.executemany(
                "INSERT OR REPLACE INTO annotation_cache (text_hash, engine, data) VALUES (?, ?, ?)",
                rows,
            )
            self._trim_annotation_cache(limit)

    def clear_annotation_cache(self) -> None:
        self._db.execute("DELETE FROM annotation_cache")

    # -- helpers ---------------------------------------------------------------------------

    def _trim_annotation_cache(self, limit: int) -> None:
        # The rowid span bounds the row count from above and costs two index look-ups; only a
        # span past the limit needs the exact count.
        low, high = self._db.execute(
            "SELECT min(rowid), max(rowid) FROM annotation_cache"
        ).fetchone()
        if high is None or high - low + 1 <= limit:
            return
        (rows,) = self._db.execute("SELECT count(*) FROM annotation_cache").fetchone()
        if rows > limit:
            self._db.execute(
                """
                DELETE FROM annotation_cache WHERE rowid IN (
                    SELECT rowid FROM annotation_cache ORDER BY rowid LIMIT ?
                )
                """,
                [rows - limit],
            )

    def _id_for_hash(self, content_hash: str) -> int | None:
        row = self._db.execute(
            f"SELECT id FROM articles a WHERE content_hash = ? AND {LIVE}", [content_hash]
        ).fetchone()
        return None if row is None else row[0]

    def _summaries(self, sql: str, params: list | dict | None = None) -> list[ArticleSummary]:
        return [ArticleSummary(**row) for row in self._db.query(sql, params or [])]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
