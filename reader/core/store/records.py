"""What the library hands back: an article as stored, and the one-line summary used by lists."""
from __future__ import annotations

from dataclasses import dataclass

from reader.core.models import Article


@dataclass(frozen=True)
class StoredArticle:
    id: int
    imported_at: str  # ISO-8601, UTC
    progress: float  # 0..1, how far the reader got
    content_hash: str
    article: Article  # paragraphs, cleaning decisions and original input restored

    def to_json(self) -> dict:
        """The `yomu show --json` contract: extend only by adding keys."""
        return {
            "id": self.id,
            "title": self.article.title,
            "subtitle": self.article.subtitle,
            "byline": self.article.byline,
            "published": self.article.published,
            "source": self.article.source,
            "url": self.article.url,
            "imported_at": self.imported_at,
            "progress": self.progress,
            "paragraphs": list(self.article.paragraphs),
        }


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    subtitle: str | None
    source: str | None
    url: str | None
    published: str | None
    imported_at: str
    progress: float
    characters: int  # total characters in the body paragraphs

    def to_json(self) -> dict:
        """The item of `yomu list --json` and `yomu search --json`: extend only by adding keys."""
        return {
            "id": self.id,
            "title": self.title,
            "subtitle": self.subtitle,
            "source": self.source,
            "url": self.url,
            "published": self.published,
            "imported_at": self.imported_at,
            "progress": self.progress,
            "characters": self.characters,
        }
