"""The one way the store writes: an explicit transaction on an autocommit connection."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """Everything inside commits together or not at all.

    BEGIN IMMEDIATE takes the write lock up front, so a second process (the CLI while the app
    is open) waits on busy_timeout instead of failing halfway through. Managed here rather than
    with sqlite-utils' helpers, whose transaction handling differs between its 3.x and 4.x lines.
    """
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        # Some errors already ended the transaction; rolling back again would raise and hide them.
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
