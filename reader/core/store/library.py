"""The local library: imported articles in one SQLite file, with full-text search."""
from __future__ import annotations

import json
import math
import sqlite3
import zlib
from collections.abc import Iterable
from datetime import datetime, timezone
from os import PathLike
from pathlib import Path

import sqlite_utils

from reader.core.models import Article, LineDecision
from reader.core.store.opening import LibraryError, check_before_opening, connect
from reader.core.store.readings import normalise_key, normalise_reading
from reader.core.store.records import ArticleSummary, StoredArticle
from reader.core.store.schema import SCHEMA_VERSION, body_text, migrate
from reader.core.store.transaction import write_transaction

# The FTS5 trigram tokenizer indexes three-character sequences: shorter terms never match it.
_TRIGRAM = 3

_SUMMARY_COLUMNS = """
    a.id, a.title, a.subtitle, a.source, a.url, a.published, a.imported_at, a.progress,
    (SELECT coalesce(sum(length(p.text)), 0) FROM paragraphs p WHERE p.article_id = a.id)
        AS characters
"""
# Newest first; the id breaks ties between imports within the same second.
_NEWEST_FIRST = "a.imported_at DESC, a.id DESC"

# The annotation cache keeps at most this many paragraphs; past it, the oldest stored go first.
# Read at call time, so tests can monkeypatch it.
ANNOTATION_CACHE_LIMIT = 200_000


class Library:
    """One open library file. Create with Library.open(path); close it, or use it in `with`."""

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
        decisions = [
            {"text": decision.text, "label": decision.label, "reason": decision.reason}
            for decision in article.decisions
        ]
        try:
            with write_transaction(self._db):
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
        """Remove the article, its paragraphs and its search entry. False if there was none."""
        # One statement: the foreign key cascade and the FTS trigger run inside it.
        cursor = self._db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return cursor.rowcount > 0

    def set_progress(self, article_id: int, fraction: float) -> bool:
        """Record how far the article has been read, clamped to [0, 1]. False if no such article."""
        if math.isnan(fraction):
            raise ValueError("reading progress must be a number, not NaN")
        fraction = min(1.0, max(0.0, float(fraction)))
        cursor = self._db.execute(
            "UPDATE articles SET progress = ? WHERE id = ?", [fraction, article_id]
        )
        return cursor.rowcount > 0

    # -- reading ---------------------------------------------------------------------------

    def get_article(self, article_id: int) -> StoredArticle | None:
        rows = list(self._db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
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

    def list_articles(self) -> list[ArticleSummary]:
        """Every article, newest imported first."""
        return self._summaries(
            f"SELECT {_SUMMARY_COLUMNS} FROM articles a ORDER BY {_NEWEST_FIRST}"
        )

    def search(self, query: str, limit: int = 50) -> list[ArticleSummary]:
        """Articles whose title, subtitle or body contain every whitespace-separated term of the
        query, best match first. The query is literal text: no search syntax is interpreted."""
        # SQLite ends a LIKE pattern at a NUL character, which would make "%\0%" match anything.
        terms = query.replace("\x00", " ").split()
        if not terms or limit <= 0:
            return []
        if all(len(term) >= _TRIGRAM for term in terms):
            return self._search_index(terms, limit)
        return self._search_by_scanning(terms, limit)

    # -- furigana: reading overrides -------------------------------------------------------

    def set_reading_override(self, surface: str, reading: str, lemma: str = "") -> None:
        """From now on, read `surface` (only where its dictionary form is `lemma`, if given) as
        `reading`. Replaces an earlier override for the same (surface, lemma). The reading may
        be typed in hiragana or katakana and is stored as hiragana; surrounding whitespace is
        dropped. Raises ValueError (one line) for an empty surface or a reading that is empty or
        holds anything but kana and ー. Setting the reading an override already has changes
        nothing, not even reading_overrides_version()."""
        surface, lemma = normalise_key(surface, lemma)
        reading = normalise_reading(reading, surface)
        now = _now()
        self._db.execute(
            """
            INSERT INTO reading_overrides (surface, lemma, reading, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (surface, lemma) DO UPDATE
                SET reading = excluded.reading, updated_at = excluded.updated_at
                WHERE reading <> excluded.reading
            """,
            [surface, lemma, reading, now, now],
        )

    def delete_reading_override(self, surface: str, lemma: str = "") -> bool:
        """Forget the override for exactly (surface, lemma). False if there was none."""
        try:
            surface, lemma = normalise_key(surface, lemma)
        except ValueError:
            return False  # nothing stored can have such a key
        cursor = self._db.execute(
            "DELETE FROM reading_overrides WHERE surface = ? AND lemma = ?", [surface, lemma]
        )
        return cursor.rowcount > 0

    def reading_overrides(self) -> dict[tuple[str, str], str]:
        """Every override: (surface, lemma) -> reading in hiragana; lemma '' means any."""
        return {
            (surface, lemma): reading
            for surface, lemma, reading in self._db.execute(
                "SELECT surface, lemma, reading FROM reading_overrides ORDER BY surface, lemma"
            ).fetchall()
        }

    def reading_overrides_version(self) -> int:
        """A number that goes up every time an override is added, changed or deleted (also by
        another process on the same file), and never goes back: put it in cache keys."""
        row = self._db.execute(
            "SELECT value FROM meta WHERE key = 'reading_overrides_version'"
        ).fetchone()
        return row[0]

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
            "SELECT id FROM articles WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return None if row is None else row[0]

    def _summaries(self, sql: str, params: list | dict | None = None) -> list[ArticleSummary]:
        return [ArticleSummary(**row) for row in self._db.query(sql, params or [])]

    def _search_index(self, terms: list[str], limit: int) -> list[ArticleSummary]:
        # Each term becomes an FTS5 string ("..." with inner quotes doubled), so words like AND
        # or NEAR and characters like * ( : ^ are searched for, never parsed as query syntax.
        # Strings separated by spaces must all match.
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        return self._summaries(
            f"""
            SELECT {_SUMMARY_COLUMNS}
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ?
            ORDER BY articles_fts.rank, {_NEWEST_FIRST}
            LIMIT ?
            """,
            [match, limit],
        )

    def _search_by_scanning(self, terms: list[str], limit: int) -> list[ArticleSummary]:
        # Terms too short for the trigram index: read the text itself. Fine at the size of a
        # personal library; every term must appear in the title, subtitle or some paragraph.
        term_matches = """(
            a.title LIKE :{name} ESCAPE '\\'
            OR a.subtitle LIKE :{name} ESCAPE '\\'
            OR EXISTS (SELECT 1 FROM paragraphs p
                       WHERE p.article_id = a.id AND p.text LIKE :{name} ESCAPE '\\')
        )"""
        params: dict[str, object] = {"limit": limit}
        conditions = []
        for number, term in enumerate(terms):
            name = f"term{number}"
            params[name] = "%" + _escape_like(term) + "%"
            conditions.append(term_matches.format(name=name))
        return self._summaries(
            f"""
            SELECT {_SUMMARY_COLUMNS} FROM articles a
            WHERE {" AND ".join(conditions)}
            ORDER BY {_NEWEST_FIRST}
            LIMIT :limit
            """,
            params,
        )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _escape_like(text: str) -> str:
    """Make % and _ (and the escape character itself) literal in a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
