"""The user's reading corrections (furigana overrides) in the library.

Part of Library (a mixin over its connection), and read_reading_overrides(), which reads them from
a library file without opening it as a Library: `yomu annotate` uses it, so that annotating
never creates, migrates or writes the user's library.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from os import PathLike
from pathlib import Path

import sqlite_utils

from reader.core.store.opening import LibraryError, connect_read_only
from reader.core.store.readings import normalise_key, normalise_reading
from reader.core.store.schema import READING_OVERRIDES_SINCE

_SELECT = "SELECT surface, lemma, reading FROM reading_overrides ORDER BY surface, lemma"


@dataclass(frozen=True)
class ReadingOverride:
    surface: str
    lemma: str  # "" applies to every token written `surface`
    reading: str  # hiragana
    created: str  # ISO 8601, UTC
    updated: str

    def to_json(self) -> dict:
        """The `yomu readings list --json` contract: keys are only ever added."""
        return {"surface": self.surface, "lemma": self.lemma, "reading": self.reading,
                "created": self.created, "updated": self.updated}


class ReadingOverridesMixin:
    _db: sqlite_utils.Database

    def set_reading_override(self, surface: str, reading: str, lemma: str = "") -> None:
        """From now on, read `surface` (only where its dictionary form is `lemma`, if given) as
        `reading`. Replaces an earlier override for the same (surface, lemma). The reading may
        be typed in hiragana or katakana and is stored as hiragana; surrounding whitespace is
        dropped. Raises ValueError (one line) for an empty surface or a reading that is empty or
        holds anything but kana and ー. Setting the reading an override already has changes
        nothing, not even reading_overrides_version()."""
        surface, lemma = normalise_key(surface, lemma)
        reading = normalise_reading(reading, surface)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
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
        return {(surface, lemma): reading for surface, lemma, reading in self._db.execute(_SELECT).fetchall()}

    def reading_override_list(self) -> list[ReadingOverride]:
        """Every override with its times, by surface then lemma."""
        rows = self._db.execute(
            "SELECT surface, lemma, reading, created_at, updated_at FROM reading_overrides"
            " ORDER BY surface, lemma"
        ).fetchall()
        return [ReadingOverride(*row) for row in rows]

    def reading_overrides_version(self) -> int:
        """A number that goes up every time an override is added, changed or deleted (also by
        another process on the same file), and never goes back: put it in cache keys."""
        row = self._db.execute(
            "SELECT value FROM meta WHERE key = 'reading_overrides_version'"
        ).fetchone()
        return row[0]


def read_reading_overrides(path: str | PathLike[str]) -> dict[tuple[str, str], str]:
    """The overrides stored in the library file at `path`, as Library.reading_overrides() gives
    them, read without writing anything. {} when there is no such file (none is created) or it
    is from before overrides existed (it is not migrated). Raises LibraryError (one line) when
    the file cannot be read: not a Yomu library, damaged, or from a newer Yomu."""
    path = Path(path).expanduser().absolute()
    if not os.path.lexists(path):
        return {}
    conn, version = connect_read_only(path)
    try:
        if version < READING_OVERRIDES_SINCE:
            return {}
        return {(surface, lemma): reading for surface, lemma, reading in conn.execute(_SELECT).fetchall()}
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"cannot read the reading corrections in {path}: {error}") from error
    finally:
        conn.close()
