"""Opening a library file safely.

Everything that can make us refuse a file is checked before anything is written to it: first
from the raw bytes of the header, then (read-only) through SQLite. Only after that does the
connection switch to WAL, which rewrites the header and creates the -wal and -shm side files.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import NoReturn

import sqlite_utils

from reader.core.errors import YomuError
from reader.core.store.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100  # every SQLite file starts with a 100-byte header
# Offsets in that header (https://www.sqlite.org/fileformat.html#the_database_header).
_USER_VERSION_AT = 60
_APPLICATION_ID_AT = 68

# How long a write waits for another process (the CLI while the app is open) to finish.
_BUSY_TIMEOUT_MS = 5000


class LibraryError(YomuError):
    """The library file cannot be used. str() is one line, fit to show the user as is."""


def check_before_opening(path: Path) -> None:
    """Refuse what can be refused without opening the file; create missing parent folders."""
    if path.exists():
        check_file(path)
        if not os.access(path, os.R_OK | os.W_OK):
            raise LibraryError(f"cannot write to library {path} (permission denied)")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                f"cannot create the folder for library {path}: {error.strerror}"
            ) from error
    # SQLite creates its -wal and -shm files next to the library.
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise LibraryError(f"cannot write to library {path} (folder {path.parent} is not writable)")


def check_file(path: Path) -> None:
    """Refuse an existing path that is not a Yomu library we can read, from its header bytes alone."""
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a Yomu library")
    if not path.is_file():
        raise LibraryError(f"{path} is not a Yomu library (not a regular file)")
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except OSError as error:
        raise LibraryError(f"cannot read library {path}: {error.strerror}") from error
    if header:  # a zero-length file is a new, empty library
        if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
            raise LibraryError(f"{path} is not a Yomu library (not an SQLite database)")
        check_identity(
            path,
            user_version=_header_int(header, _USER_VERSION_AT),
            application_id=_header_int(header, _APPLICATION_ID_AT),
        )


def _header_int(header: bytes, offset: int) -> int:
    return int.from_bytes(header[offset : offset + 4], "big", signed=True)


def check_identity(path: Path, *, user_version: int, application_id: int) -> None:
    """Refuse SQLite files that are not ours, or are ours but from a newer Yomu."""
    if user_version == 0 and application_id in (0, APPLICATION_ID):
        return  # nothing written yet (whether it holds someone else's tables is checked later)
    if application_id != APPLICATION_ID or user_version < 0:
        raise _not_ours(path)
    if user_version > SCHEMA_VERSION:
        raise LibraryError(
            f"library {path} was written by a newer Yomu "
            f"(schema {user_version}; this version reads up to {SCHEMA_VERSION})"
        )


def _not_ours(path: Path) -> LibraryError:
    return LibraryError(f"{path} is not a Yomu library (an SQLite database of another program)")


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """WAL, so the reader UI keeps reading while the CLI (or an import) writes."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return  # stored in the file: set by whoever opened it first
    # Changing the journal mode needs the file to itself. If another process is creating the
    # library at this moment, SQLite answers "locked" at once rather than wait (waiting could
    # deadlock), so the waiting is done here.
    deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            busy = error.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def connect(path: Path) -> sqlite_utils.Database:
    """Open the file (after check_before_opening), re-check it read-only, then configure it."""
    try:
        # Autocommit at the driver level: the store opens every transaction itself.
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as error:
        raise LibraryError(f"cannot open library {path}: {error}") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")  # this connection only
        # The header read earlier can be stale when a -wal file holds newer commits; this read
        # sees the database as SQLite does, and still writes nothing.
        _check_contents(conn, path)
        _switch_to_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")  # per connection: paragraphs cascade with articles
        # A commit reaches the disk before it returns, also in WAL mode (where some builds default to
        # NORMAL, which can lose the last commits on power loss): "saved" means saved.
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException as error:
        _close_and_explain(conn, path, error)
    return sqlite_utils.Database(conn)


def _check_contents(conn: sqlite3.Connection, path: Path) -> int:
    """Refuse, through SQLite, what is not ours or is newer; returns the schema version."""
    # One statement, so all three come from one snapshot even while another process is
    # creating the library.
    user_version, application_id, table_count = conn.execute(
        "SELECT (SELECT user_version FROM pragma_user_version),"
        " (SELECT application_id FROM pragma_application_id),"
        " (SELECT count(*) FROM sqlite_master)"
    ).fetchone()
    check_identity(path, user_version=user_version, application_id=application_id)
    if user_version == 0 and table_count:
        raise _not_ours(path)
    return user_version


def connect_read_only(path: Path) -> tuple[sqlite3.Connection, int]:
    """Open an existing library only to read it: (connection, schema version). Nothing is
    written, neither the file nor a migration; a missing file is an error, never created.
    Raises LibraryError (one line) for a file that is not ours, damaged, or from a newer Yomu."""
    check_file(path)
    # A read-only connection to a WAL database creates the -wal and -shm files and, unable to
    # clean up, leaves them behind. With neither a -wal nor a rollback journal beside it the
    # main file holds the whole database and nobody is mid-write, so it is read as immutable
    # (no locks, no side files). A writer's commits reach the main file only when it closes,
    # so a writer racing this short read is unlikely; at worst the read fails and is reported.
    in_use = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    uri = path.absolute().as_uri() + ("?mode=ro" if in_use else "?mode=ro&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise LibraryError(f"cannot open library {path}: {error}") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        version = _check_contents(conn, path)
    except BaseException as error:
        _close_and_explain(conn, path, error)
    return conn, version


def _close_and_explain(conn: sqlite3.Connection, path: Path, error: BaseException) -> NoReturn:
    """Close a connection that failed while opening, and raise the one-line reason."""
    conn.close()
    if isinstance(error, sqlite3.OperationalError):  # locked, read-only medium, out of space...
        raise LibraryError(f"cannot open library {path}: {error}") from error
    if isinstance(error, sqlite3.DatabaseError):  # "file is not a database" and other corruption
        raise LibraryError(f"{path} is not a Yomu library (damaged SQLite database: {error})") from error
    raise error
