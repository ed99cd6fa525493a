"""Plain records that flow between ingest, store, CLI and UI. No behaviour beyond derivation."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

# What the cleaner decided about one line of the input; kept so the import review step can show
# the user what was dropped and why, and let them move lines back in.
LINE_LABELS = ("title", "subtitle", "byline", "date", "body", "dropped")


@dataclass(frozen=True)
class LineDecision:
    text: str
    label: str  # one of LINE_LABELS
    reason: str = ""  # why it was dropped: "ui phrase", "repeated", "counter", "short line" ...


@dataclass
class Article:
    title: str
    paragraphs: list[str]
    subtitle: str | None = None
    byline: str | None = None
    published: str | None = None
    source: str | None = None  # site or publisher name
    url: str | None = None
    original: bytes = b""  # the input as received, kept so the article can be re-cleaned later
    original_type: str = "text"  # "html" or "text"
    decisions: list[LineDecision] = field(default_factory=list)

    def content_hash(self) -> str:
        """Identity for de-duplication: the same text imported twice is the same article,
        whatever whitespace or full-width/half-width variants the copies used."""
        h = hashlib.sha256()
        for part in [self.title, *self.paragraphs]:
            norm = "".join(unicodedata.normalize("NFKC", part).split())
            h.update(norm.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    def to_json(self) -> dict:
        """The `yomu clean --json` contract: extend only by adding keys."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "paragraphs": list(self.paragraphs),
        }
