"""Changing a stored article's text in place: the user edits an import, or it is cleaned again.

Part of Library. The article keeps its id, reading state and everything attached to it; its
highlights are re-anchored in the new text the next time they are read (Library.highlights_for).
"""
from __future__ import annotations

import sqlite_utils

from reader.core.errors import YomuError
from reader.core.models import Article
from reader.core.store.schema import body_text
from reader.core.store.transaction import write_transaction


class ArticleEditError(YomuError, ValueError):
    """The article's text cannot be changed as asked. str() is one line."""


def _check(article: Article) -> None:
    if not isinstance(article.title, str) or not article.title.strip():
        raise ArticleEditError("an article needs a title")
    if article.subtitle is not None and not isinstance(article.subtitle, str):
        raise ArticleEditError("an article's subtitle must be text")
    if not isinstance(article.paragraphs, list) or not all(isinstance(p, str) for p in article.paragraphs):
        raise ArticleEditError("an article's paragraphs must be a list of texts")


class ArticleEditsMixin:
    _db: sqlite_utils.Database

    def update_article_text(self, article_id: int, article: Article) -> bool:
        """Replace the live article's title, subtitle and paragraphs with `article`'s, keeping its
        id (its other fields stay as stored). False when the text was already exactly that.
        ArticleEditError when there is no such live article, or another article already has this
        text (the library keeps one copy of each text)."""
        _check(article)
        content_hash = article.content_hash()
        with write_transaction(self._db):
            row = self._db.execute(
                "SELECT title, subtitle, deleted_at FROM articles WHERE id = ?", [article_id]
            ).fetchone()
            if row is None or row[2] is not None:
                raise ArticleEditError(f"no article with id {article_id}" if row is None
                                       else f"article {article_id} is in the trash")
            paragraphs = [text for (text,) in self._db.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", [article_id]
            ).fetchall()]
            if (row[0], row[1], paragraphs) == (article.title, article.subtitle, article.paragraphs):
                return False
            other = self._db.execute(
                "SELECT id, deleted_at FROM articles WHERE content_hash = ? AND id <> ?", [content_hash, article_id]
            ).fetchone()
            if other is not None:
                if other[1] is None:
                    raise ArticleEditError(f"article {other[0]} already has this text")
                # The same text in the trash is purged, as importing it again would.
                self._db.execute("DELETE FROM articles WHERE id = ?", [other[0]])
            self._db.execute(
                "UPDATE articles SET title = ?, subtitle = ?, content_hash = ? WHERE id = ?",
                [article.title, article.subtitle, content_hash, article_id],
            )
            self._db.execute("DELETE FROM paragraphs WHERE article_id = ?", [article_id])
            self._db.conn.executemany(
                "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)",
                ((article_id, position, text) for position, text in enumerate(article.paragraphs)),
            )
            self._db.execute("DELETE FROM articles_fts WHERE rowid = ?", [article_id])
            self._db.execute(
                "INSERT INTO articles_fts (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
                [article_id, article.title, article.subtitle, body_text(article.paragraphs)],
            )
        return True
