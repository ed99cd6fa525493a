"""Highlights and notes: the record, its limits and its checks. No storage here (store/highlights.py)
and no anchoring (anchoring.py).

A highlight marks a passage of one paragraph of an article's body, by code-point offsets into that
paragraph's text. It also keeps the exact quote, some text around it and a hash of the whole body,
so that when the article's text changes the passage can be found again (or honestly reported as
lost: orphaned) rather than silently pointing at other words.
"""
from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from reader.core.errors import YomuError

COLOURS = ("yellow", "green", "blue", "pink", "purple")
STYLES = ("highlight", "underline")
CONTEXT = 32  # characters of prefix/suffix kept
NOTE_LIMIT = 100_000  # characters in one note (passage or article)

_ID = re.compile(r"[0-9a-f]{32}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


class AnnotationError(YomuError, ValueError):
    """A highlight or note cannot be made or changed as asked. str() is one line for the user."""


@dataclass(frozen=True)
class Highlight:
    id: str  # uuid4 hex, stable across machines (merge key)
    article_id: int
    paragraph: int  # index into the article's paragraphs (0-based)
    start: int  # code-point offsets into that paragraph's text, end exclusive
    end: int
    quote: str  # the exact text start:end
    prefix: str  # up to CONTEXT characters before, within the article's body text
    suffix: str  # up to CONTEXT characters after
    text_hash: str  # sha256 of the article's body text when anchored
    colour: str
    style: str
    note: str  # Markdown source, "" when none
    created: str  # ISO 8601 UTC, millisecond precision, e.g. 2026-11-29T12:00:00.123Z
    updated: str
    deleted: bool = False  # tombstone (kept for merging)
    orphaned: bool = False  # could not be re-anchored with confidence; kept with quote and note

    def to_json(self) -> dict:
        """The `yomu annotations list --json` item (and the export's): extend only by adding keys."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "colour": self.colour,
            "color": self.colour,
            "style": self.style,
            "note": self.note,
            "created": self.created,
            "updated": self.updated,
            "orphaned": self.orphaned,
            "deleted": self.deleted,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "text_hash": self.text_hash,
        }


@dataclass(frozen=True)
class AnnotationHit:
    """One result of Library.search_annotations: a passage (with its note) or an article's note."""

    kind: str  # "highlight" | "article_note"
    highlight_id: str | None
    article_id: int
    article_title: str
    paragraph: int | None
    start: int | None
    end: int | None
    quote: str  # "" for an article note
    note: str  # Markdown source
    context: str  # plain text: the passage with about 40 characters around it, or the note's matching part
    context_start: int = 0  # where the quote (or the matched text of a note) lies in `context`
    context_end: int = 0
    colour: str | None = None
    style: str | None = None
    orphaned: bool = False

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "highlight_id": self.highlight_id,
            "article_id": self.article_id,
            "article_title": self.article_title,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "note": self.note,
            "context": self.context,
            "context_start": self.context_start,
            "context_end": self.context_end,
            "colour": self.colour,
            "style": self.style,
            "orphaned": self.orphaned,
        }


def new_id() -> str:
    return uuid.uuid4().hex


def is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def body_hash(paragraphs: Iterable[str]) -> str:
    """sha256 hex of the article's body text: its paragraphs joined by newlines."""
    text = "\n".join(paragraphs)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def body_offsets(paragraphs: list[str]) -> list[int]:
    """Where each paragraph starts in the body text ("\\n".join(paragraphs))."""
    offsets, at = [], 0
    for text in paragraphs:
        offsets.append(at)
        at += len(text) + 1
    return offsets


def context_at(paragraphs: list[str], paragraph: int, start: int, end: int) -> tuple[str, str]:
    """(prefix, suffix): up to CONTEXT characters of body text before start and after end."""
    body = "\n".join(paragraphs)
    at = body_offsets(paragraphs)[paragraph]
    return body[max(0, at + start - CONTEXT) : at + start], body[at + end : at + end + CONTEXT]


def anchor(paragraphs: list[str], paragraph: int, start: int, end: int) -> dict:
    """The anchoring fields of a highlight on paragraphs[paragraph][start:end] (checked by the caller)."""
    prefix, suffix = context_at(paragraphs, paragraph, start, end)
    return {
        "paragraph": paragraph,
        "start": start,
        "end": end,
        "quote": paragraphs[paragraph][start:end],
        "prefix": prefix,
        "suffix": suffix,
        "text_hash": body_hash(paragraphs),
        "orphaned": False,
    }


# -- time stamps ---------------------------------------------------------------------------------


def stamp(moment: datetime | None = None) -> str:
    """ISO 8601 UTC to the millisecond, e.g. 2026-11-29T12:00:00.123Z: such strings sort as times."""
    moment = (moment or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_stamp(text: object) -> str | None:
    """A time stamp from a file, normalised to stamp()'s form; None when it is not one (or has no zone)."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    if _STAMP.fullmatch(text):
        return text
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    try:
        return stamp(moment)
    except (OverflowError, ValueError):
        return None


def later_stamp(previous: str | None) -> str:
    """Now, or a millisecond after `previous` if the clock has not passed it (to the millisecond): a
    change always sorts after the state it replaces (newest wins when merging), even within one
    tick of the clock, or after a time from a machine whose clock runs ahead."""
    now = stamp()
    before = parse_stamp(previous)
    if before is None or now > before:
        return now
    return stamp(datetime.fromisoformat(before) + timedelta(milliseconds=1))


# -- checks --------------------------------------------------------------------------------------


def check_colour(colour: object) -> str:
    if colour not in COLOURS:
        raise AnnotationError(f"unknown colour {colour!r} (choose from {', '.join(COLOURS)})")
    return colour  # type: ignore[return-value]


def check_style(style: object) -> str:
    if style not in STYLES:
        raise AnnotationError(f"unknown style {style!r} (choose from {', '.join(STYLES)})")
    return style  # type: ignore[return-value]


def check_note(note: object) -> str:
    if not isinstance(note, str):
        raise AnnotationError(f"a note must be text, not {type(note).__name__}")
    if len(note) > NOTE_LIMIT:
        raise AnnotationError(f"the note is too long ({len(note):,} characters; at most {NOTE_LIMIT:,})")
    if "\x00" in note:
        raise AnnotationError("a note cannot contain a NUL character")
    return note


def check_span(paragraphs: list[str], paragraph: object, start: object, end: object) -> None:
    """AnnotationError unless paragraphs[paragraph][start:end] is a non-empty passage."""
    for name, value in (("paragraph", paragraph), ("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise AnnotationError(f"the {name} of a highlight must be a whole number, not {value!r}")
    assert isinstance(paragraph, int) and isinstance(start, int) and isinstance(end, int)
    if not 0 <= paragraph < len(paragraphs):
        raise AnnotationError(f"no paragraph {paragraph} in this article (it has {len(paragraphs)})")
    length = len(paragraphs[paragraph])
    if not 0 <= start < end <= length:
        raise AnnotationError(
            f"a highlight needs 0 <= start < end <= {length} (the length of paragraph {paragraph});"
            f" got start {start}, end {end}"
        )


def page_record(h: Highlight) -> dict:
    """What the reader page needs to draw one highlight (reader.core.reader_page, highlights.js)."""
    return {"id": h.id, "paragraph": h.paragraph, "start": h.start, "end": h.end, "colour": h.colour,
            "style": h.style, "note": bool(h.note.strip()), "orphaned": h.orphaned}


def page_records(highlights: Iterable[Highlight]) -> list[dict]:
    return [page_record(h) for h in highlights]
