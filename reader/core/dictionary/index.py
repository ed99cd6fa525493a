"""The dictionary index: a read-only SQLite file written by build.py, queried while the user reads.

Tables (INDEX_VERSION 1; PRAGMA user_version holds the version, application_id is "YomD"):
    forms(form, entry_id, rank, is_kanji, is_name)  WITHOUT ROWID, PRIMARY KEY (form, entry_id):
        every kanji form and reading of every JMdict entry and every JMnedict name; rank is the
        priority of that form itself (records.priority_rank, plus READING_PENALTY for a reading
        of a word not usually written in kana), RANK_NAME for names.
    entries(id INTEGER PRIMARY KEY, source 'jmdict'|'jmnedict', data) the entry as compact JSON
        (records.decode_entry reads it; empty keys are left out):
        jmdict:   {"forms", "readings", "priority", "rank", "pos_classes", "senses": [{"glosses",
                   "pos", "misc", "field", "dialect", "xref", "ant", "info", "applies_to"}],
                   "form_info": {form: [codes]}, "restr": {reading: [forms]}, "no_kanji"}
                   (pos, misc, field, dialect, form_info hold JMdict codes, not descriptions)
        jmnedict: {"forms", "readings", "types", "glosses"} for a name with one translation,
                  {"forms", "readings", "translations": [{"types", "glosses"}]} otherwise.
    kanji(literal PRIMARY KEY, data) WITHOUT ROWID: {"meanings", "onyomi", "kunyomi", "nanori",
        "strokes", "grade", "jlpt", "freq", "radical"}.
    meta(key PRIMARY KEY, value): build facts and source versions; complete=1 is written last.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Mapping
from os import PathLike
from pathlib import Path

import platformdirs

from reader.core.dictionary.records import (
    APPLICATION_ID,
    INDEX_VERSION,
    Entry,
    Kanji,
    decode_entry,
    decode_kanji,
)
from reader.core.errors import YomuError

INDEX_ENV_VAR = "YOMU_DICTIONARY_INDEX"

_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
# Offsets in the SQLite header (https://www.sqlite.org/fileformat.html#the_database_header).
_PAGE_SIZE_AT, _CHANGE_COUNTER_AT, _PAGE_COUNT_AT, _USER_VERSION_AT = 16, 24, 28, 60
_APPLICATION_ID_AT, _VALID_FOR_AT = 68, 92

# Decoded entries kept (a few MB): a popup needs a few, a page's worth of look-ups a few thousand.
ENTRY_CACHE_SIZE = 4096
KANJI_CACHE_SIZE = 4096  # characters' records kept (the jouyou set is 2,136)
_UNKNOWN = object()


def default_index_path(env: Mapping[str, str] = os.environ) -> Path:
    """$YOMU_DICTIONARY_INDEX if set, else dictionary-v<INDEX_VERSION>.sqlite3 in the platform's
    per-user cache folder (a rebuildable file: the version in its name lets an older Yomu and
    a newer one keep their own)."""
    override = env.get(INDEX_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_cache_path("Yomu", appauthor=False) / f"dictionary-v{INDEX_VERSION}.sqlite3"


class DictionaryIndexError(YomuError):
    """The dictionary index cannot be used as it is; building it again fixes that."""


class IndexMissing(DictionaryIndexError):
    """No index file at the path."""


class IndexCorrupt(DictionaryIndexError):
    """A file is there but is not a complete index of this version (damaged, truncated,
    half-written by something else, or from another Yomu)."""


class IndexOutdated(IndexCorrupt):
    """A complete index, but of another INDEX_VERSION."""



def _header_int(header: bytes, offset: int, size: int = 4) -> int:
    return int.from_bytes(header[offset : offset + size], "big")


def _check_header(path: Path) -> None:
    """Everything the first 100 bytes and the file size can tell, without SQLite."""
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
            size = os.fstat(file.fileno()).st_size
    except FileNotFoundError as error:
        raise IndexMissing(f"no dictionary index at {path}") from error
    except IsADirectoryError as error:
        raise IndexCorrupt(f"{path} is a folder, not a dictionary index") from error
    except OSError as error:
        raise IndexCorrupt(f"cannot read dictionary index {path}: {error.strerror}") from error
    if len(header) < _HEADER_SIZE or not header.startswith(_SQLITE_MAGIC):
        raise IndexCorrupt(f"{path} is not a dictionary index (not an SQLite database)")
    if _header_int(header, _APPLICATION_ID_AT) != APPLICATION_ID:
        raise IndexCorrupt(f"{path} is not a Yomu dictionary index")
    version = _header_int(header, _USER_VERSION_AT)
    if version != INDEX_VERSION:
        raise IndexOutdated(f"dictionary index {path} has version {version}, this Yomu needs {INDEX_VERSION}")
    page_size = _header_int(header, _PAGE_SIZE_AT, 2)
    page_size = 65536 if page_size == 1 else page_size
    # The page count is valid when written by a SQLite that also wrote the matching counter.
    if _header_int(header, _VALID_FOR_AT) == _header_int(header, _CHANGE_COUNTER_AT):
        if size < page_size * _header_int(header, _PAGE_COUNT_AT):
            raise IndexCorrupt(f"dictionary index {path} is truncated")


class DictionaryIndex:
    """One open index file, read-only. Open with DictionaryIndex.open(path); close it, or use it
    in `with`. Safe to share between threads (queries take a lock)."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._lock = threading.Lock()
        self._entries: OrderedDict[int, Entry] = OrderedDict()
        self._kanji: dict[str, Kanji | None] = {}
        self.meta: dict[str, str] = dict(db.execute("SELECT key, value FROM meta"))

    @classmethod
    def open(cls, path: str | PathLike[str]) -> DictionaryIndex:
        """Raises IndexMissing when there is no file, IndexCorrupt (or its IndexOutdated) when the
        file is not a complete index of INDEX_VERSION: either way, build_index() fixes it."""
        path = Path(path).expanduser().absolute()
        _check_header(path)
        try:
            # immutable: the file never changes under us (a rebuild replaces it by renaming), so
            # SQLite may skip locking and change detection.
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        except sqlite3.Error as error:
            raise IndexCorrupt(f"cannot open dictionary index {path}: {error}") from error
        try:
            db.execute("PRAGMA cache_size = -8192")  # 8 MB of pages: the index's upper levels stay in memory
            (version,) = db.execute("PRAGMA user_version").fetchone()
            complete = db.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
            if version != INDEX_VERSION:
                raise IndexOutdated(f"dictionary index {path} has version {version}, this Yomu needs {INDEX_VERSION}")
            if complete is None or complete[0] != "1":
                raise IndexCorrupt(f"dictionary index {path} is incomplete")
            index = cls(db, path)
        except sqlite3.DatabaseError as error:
            db.close()
            raise IndexCorrupt(f"dictionary index {path} is damaged: {error}") from error
        except BaseException:
            db.close()
            raise
        return index

    # -------------------------------------------------------------------------- queries
    def entries_for(self, form: str, names: bool = True) -> list[Entry]:
        """Every entry with this exact kanji form or reading, commonest first (see ranked())."""
        return [entry for _, entry in self.ranked(form, names)]

    def ranked(self, form: str, names: bool = True, limit: int | None = None) -> list[tuple[int, Entry]]:
        """(rank of the matching form, entry) for every entry with this exact form, sorted by that
        rank, then the entry's own rank, then id. The form's rank, not Entry.rank, is what tells
        homophones apart: する is 為る (usually written in kana) before 擦る. Names come after
        every word; names=False leaves them out. limit keeps the commonest forms only (a kana
        string like ひろし is the reading of hundreds of names; a popup shows a dozen)."""
        sql = ("SELECT f.entry_id, f.rank, e.source, e.data FROM forms f JOIN entries e ON e.id = f.entry_id "
               "WHERE f.form = ?" + ("" if names else " AND f.is_name = 0"))
        if limit is not None:
            sql += f" ORDER BY f.rank, f.entry_id LIMIT {int(limit)}"
        with self._lock:
            found = self._query(sql, (form,))
            if not found:
                return []
            ranked = [(rank, self._decoded(entry_id, source, data)) for entry_id, rank, source, data in found]
        ranked.sort(key=lambda item: (item[0], item[1].rank, item[1].id))
        return ranked

    def ranked_many(self, forms, limit: int = 24, names_for=None) -> dict[str, list[tuple[int, Entry]]]:
        """ranked() for many forms in two queries: a hover scan asks for a dozen candidate forms at
        once. names_for(form) says whether names count for that form (default: always)."""
        forms = list(dict.fromkeys(forms))
        out: dict[str, list[tuple[int, Entry]]] = {f: [] for f in forms}
        if not forms:
            return out
        marks = ",".join("?" * len(forms))
        with self._lock:
            rows = self._query(f"SELECT form, entry_id, rank, is_name FROM forms WHERE form IN ({marks})",
                               tuple(forms))
            picked: dict[str, list[tuple[int, int]]] = {}
            for form, entry_id, rank, is_name in rows:
                if is_name and names_for is not None and not names_for(form):
                    continue
                picked.setdefault(form, []).append((rank, entry_id))
            wanted = set()
            for pairs in picked.values():
                pairs.sort()
                del pairs[limit:]
                wanted.update(entry_id for _, entry_id in pairs if entry_id not in self._entries)
            if wanted:
                marks = ",".join("?" * len(wanted))
                for entry_id, source, data in self._query(
                        f"SELECT id, source, data FROM entries WHERE id IN ({marks})", tuple(wanted)):
                    self._decoded(entry_id, source, data)
            for form, pairs in picked.items():
                ranked = [(rank, self._entry(entry_id)) for rank, entry_id in pairs]
                ranked.sort(key=lambda item: (item[0], item[1].rank, item[1].id))
                out[form] = ranked
        return out

    def entry(self, entry_id: int) -> Entry | None:
        """The entry with this id (JMdict / JMnedict sequence number), or None."""
        with self._lock:
            try:
                return self._entry(entry_id)
            except KeyError:
                return None

    def has_prefix(self, prefix: str, names: bool = True) -> bool:
        """Whether any form starts with prefix (True for ""): lets a scan over the text stop
        once no longer form can match."""
        if not prefix:
            return True
        # Forms are ordered by code point (SQLite's BINARY collation on UTF-8); every form
        # starting with prefix lies in [prefix, prefix with its last character bumped).
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1) if ord(prefix[-1]) < 0x10FFFF else None
        sql = "SELECT 1 FROM forms WHERE form >= ?" + (" AND form < ?" if upper else "")
        sql += ("" if names else " AND is_name = 0") + " LIMIT 1"
        with self._lock:
            return bool(self._query(sql, (prefix, upper) if upper else (prefix,)))

    def kanji(self, literal: str) -> Kanji | None:
        """KANJIDIC2's record of one character, or None when it has none (both remembered: a
        page's popups show the same few hundred characters over and over)."""
        known = self._kanji.get(literal, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
        with self._lock:
            row = self._query("SELECT data FROM kanji WHERE literal = ?", (literal,))
        try:
            found = decode_kanji(literal, row[0][0]) if row else None
        except (ValueError, TypeError, KeyError) as exc:
            raise IndexCorrupt(f"the dictionary index {self.path} is damaged (kanji {literal}: {exc})") from None
        if len(self._kanji) >= KANJI_CACHE_SIZE:
            self._kanji.clear()
        self._kanji[literal] = found
        return found

    # -------------------------------------------------------------------------- plumbing
    def _query(self, sql: str, parameters: tuple) -> list[tuple]:
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            raise IndexCorrupt(f"dictionary index {self.path} is damaged: {error}") from error

    def _entry(self, entry_id: int) -> Entry:
        """Decoded, through the LRU cache; KeyError when there is no such entry. Lock held."""
        entry = self._entries.get(entry_id)
        if entry is not None:
            self._entries.move_to_end(entry_id)
            return entry
        row = self._query("SELECT source, data FROM entries WHERE id = ?", (entry_id,))
        if not row:
            raise KeyError(entry_id)
        return self._decoded(entry_id, *row[0])

    def _decoded(self, entry_id: int, source: str, data: str) -> Entry:
        """The cached entry, else data decoded (and cached). Lock held."""
        cache = self._entries
        entry = cache.get(entry_id)
        if entry is not None:
            cache.move_to_end(entry_id)
            return entry
        try:
            entry = decode_entry(entry_id, source, data)
        except (ValueError, TypeError, AttributeError) as error:
            raise IndexCorrupt(f"dictionary index {self.path} has a damaged entry {entry_id}") from error
        cache[entry_id] = entry
        if len(cache) > ENTRY_CACHE_SIZE:
            cache.popitem(last=False)
        return entry

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DictionaryIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
