"""What the library hands back: an article as stored, and the one-line summary used by lists."""
from __future__ import annotations

from dataclasses import dataclass

from reader.core.models import Article

# At or past this fraction of an article the reader has reached its end: it counts as finished.
READ_THRESHOLD = 0.98

# Where the reader stands with an article, as the library list shows and filters it.
UNREAD = "unread"  # not started: no progress and not finished
IN_PROGRESS = "in_progress"  # started, not finished
FINISHED = "finished"  # read to the end once, or marked read (until marked unread)
READING_STATES = (UNREAD, IN_PROGRESS, FINISHED)


def reading_state(progress: float, finished_at: str | None) -> str:
    if finished_at:
        return FINISHED
    return IN_PROGRESS if progress > 0 else UNREAD


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
    finished_at: str | None = None  # ISO-8601, UTC: when it was read to the end or marked read

    @property
    def state(self) -> str:
        """UNREAD, IN_PROGRESS or FINISHED."""
        return reading_state(self.progress, self.finished_at)

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
            "finished_at": self.finished_at,
        }


@dataclass(frozen=True)
class TrashedArticle:
    """An article deleted from the window and not yet purged: undo can still bring it back."""

    id: int
    title: str
    deleted_at: str  # ISO-8601, UTC, to the microsecond; later deletions sort later
