"""The article every new library starts with, so a first-time user sees the reader at once.
The text is our own (written for Yomu), not copied news."""
from __future__ import annotations

from pathlib import Path

from .ingest.plaintext import article_from_text
from .resources import resource_path

SAMPLE_NAME = "welcome.txt"


def sample_path() -> Path:
    return resource_path("samples", SAMPLE_NAME)


def import_sample(lib) -> int:
    """Import the bundled sample into `lib` (idempotent: the store de-duplicates) and return its id."""
    data = sample_path().read_bytes()
    article = article_from_text(data.decode("utf-8"), original=data)
    article.source = "Yomu"
    article_id, _ = lib.add_article(article)
    return article_id
