"""Taking annotations out of the library and bringing them back in.

export_json writes the exchange format (everything, tombstones included, so another library can
merge it); export_markdown and export_html are for people: readable on their own, passage by
passage with its note. import_json reads an export, checks every field of it, and merges it by
highlight id (Library.merge_annotations): the valid part goes in, in one transaction, and the
report says what was skipped and why. A file that is not one of ours is refused as a whole.

Format {"format": "yomu-annotations", "version": 1, "exported", "articles": [{"id", "title", "url",
"source", "text_hash", "note", "note_updated"}], "highlights": [Highlight.to_json()]}.
"""
from __future__ import annotations

import json
import re
from os import PathLike
from pathlib import Path

from reader.core.annotations import (
    COLOURS,
    CONTEXT,
    NOTE_LIMIT,
    STYLES,
    AnnotationError,
    Highlight,
    body_hash,
    is_id,
    parse_stamp,
    stamp,
)
from reader.core.errors import YomuError
from reader.core.markdown import code_spans, render_markdown
from reader.core.store.annotation_merge import ImportReport, IncomingArticle
from reader.core.store.listing import display_source

FORMAT = "yomu-annotations"
VERSION = 1
MAX_IMPORT_BYTES = 50 * 1024 * 1024  # a larger file is refused before it is read
_MAX_TEXT = 10 * NOTE_LIMIT  # a quote or title longer than this is not from an article of ours

__all__ = ["FORMAT", "MAX_IMPORT_BYTES", "VERSION", "AnnotationImportError", "ImportReport", "export_html",
           "export_json", "export_markdown", "import_json"]


class AnnotationImportError(YomuError):
    """The file cannot be imported at all. str() is one line."""


# -- export --------------------------------------------------------------------------------------


def _scope(library, article_id: int | None) -> tuple[list, dict[int, list[Highlight]], dict]:
    """(articles, their highlights with tombstones, their notes) for an export."""
    highlights = library.all_highlights(article_id, include_deleted=True)
    notes = {n.article_id: n for n in library.article_notes() if article_id is None or n.article_id == article_id}
    ids = sorted({h.article_id for h in highlights} | set(notes))
    if article_id is not None:
        if library.get_article(article_id) is None:
            raise AnnotationError(f"no article with id {article_id}")
        ids = [article_id]
    by_article: dict[int, list[Highlight]] = {i: [] for i in ids}
    for h in highlights:
        by_article[h.article_id].append(h)
    articles = [library.get_article(i) for i in ids]
    return [a for a in articles if a is not None], by_article, notes


def export_json(library, article_id: int | None = None) -> dict:
    """Every highlight (deleted ones as tombstones) and article note, of one article or all."""
    articles, by_article, notes = _scope(library, article_id)
    described, highlights = [], []
    for stored in articles:
        entry = {"id": stored.id, "title": stored.article.title, "url": stored.article.url,
                 "source": stored.article.source, "text_hash": body_hash(stored.article.paragraphs)}
        note = notes.get(stored.id)
        if note is not None:
            entry["note"] = note.note
            entry["note_updated"] = note.updated
        described.append(entry)
        highlights.extend(h.to_json() for h in by_article[stored.id])
    return {"format": FORMAT, "version": VERSION, "exported": stamp(), "articles": described,
            "highlights": highlights}


def _md_text(text: str) -> str:
    """Article text as literal Markdown on one line: characters that would mean something are escaped."""
    text = "".join("\\" + ch if ch in "\\`*_[]<>#|~!" else ch for ch in text.replace("\n", " "))
    return re.sub(r"^(\s*)([-+=]|\d+(?=[.)]))", r"\1\\\2", text)


def _md_note(note: str) -> str:
    """A note's Markdown as the user wrote it, except that raw HTML cannot take effect: < is escaped
    outside code, and a link to anything but a web address loses its link."""
    out = []
    fenced = False
    for line in note.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            out.append(line)
            continue
        if fenced:
            out.append(line)
            continue
        parts = []
        line = re.sub(r"^(\s{0,3})\[(?=[^\]]*\]:)", r"\1\\[", line)  # a link definition: [x]: url
        for is_code, part in code_spans(line):
            if is_code:
                parts.append("`` " + part + " ``" if "`" in part else "`" + part + "`")
            else:
                part = part.replace("<", "\\<")
                parts.append(_defuse_links(part))
        out.append("".join(parts))
    if fenced:
        out.append("```")
    return "\n".join(out)


def _defuse_links(text: str) -> str:
    def check(m: re.Match) -> str:
        url = m.group(2).strip().lower()
        if url.startswith(("http://", "https://")):
            return m.group(0)
        return "[" + m.group(1) + "]\\(" + m.group(2) + ")"

    return re.sub(r"\[([^\[\]\n]*)\]\(([^)\n]*)\)", check, text)


def _passage_md(h: Highlight) -> list[str]:
    kind = "underline" if h.style == "underline" else "highlight"
    lines = [f"> {_md_text(h.quote)}", "", f"*{h.colour} {kind}, {h.created[:10]}*"]
    if h.note:
        lines += ["", _md_note(h.note)]
    return lines + [""]


def export_markdown(library, article_id: int | None = None) -> str:
    """A document a person can read: per article its title, source and note, then each passage as
    a quote with its colour and note, in reading order; passages no longer found at the end."""
    articles, by_article, notes = _scope(library, article_id)
    lines = ["# Annotations", "", f"Exported from Yomu, {stamp()[:10]}.", ""]
    for stored in articles:
        article = stored.article
        lines += [f"## {_md_text(article.title)}", ""]
        where = " · ".join(x for x in (_md_text(display_source(article.source, article.url)),
                                         f"<{article.url}>" if _web(article.url) else "") if x)
        if where:
            lines += [where, ""]
        note = notes.get(stored.id)
        if note is not None and note.note:
            lines += ["### Note", "", _md_note(note.note), ""]
        live = [h for h in by_article[stored.id] if not h.deleted]
        placed = [h for h in live if not h.orphaned]
        lost = [h for h in live if h.orphaned]
        for h in placed:
            lines += _passage_md(h)
        if lost:
            lines += ["### Passages no longer found", ""]
            for h in lost:
                lines += _passage_md(h)
    return "\n".join(lines).rstrip("\n") + "\n"


def _web(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://")) and not any(
        ch in url for ch in " <>\"'\n\t")


_CSS = """
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.7; color: #222; }
h2 { margin-top: 2.5em; border-bottom: 1px solid #ddd; }
.meta { color: #666; }
blockquote { margin: 1.2em 0 0.3em; padding: 0.2em 0.8em; border-left: 4px solid #ccc; }
.yellow { background: #fff3a3; } .green { background: #c9f2c2; } .blue { background: #cfe3ff; }
.pink { background: #ffd3e6; } .purple { background: #e5d4ff; }
.underline { background: none; text-decoration: underline 3px; text-underline-offset: 4px; }
.underline.yellow { text-decoration-color: #e0c000; } .underline.green { text-decoration-color: #3aa02c; }
.underline.blue { text-decoration-color: #2f73d8; } .underline.pink { text-decoration-color: #e0407f; }
.underline.purple { text-decoration-color: #8a4fd8; }
.note { margin: 0.3em 0 1em 1.2em; }
.when { color: #888; font-size: 0.85em; }
"""


def export_html(library, article_id: int | None = None) -> str:
    """The same as export_markdown, as one standalone HTML page: every text escaped, notes rendered
    by our safe Markdown renderer, nothing loaded from anywhere and no script."""
    from html import escape

    articles, by_article, notes = _scope(library, article_id)

    def passage(h: Highlight) -> str:
        colour = h.colour if h.colour in COLOURS else "yellow"
        style = " underline" if h.style == "underline" else ""
        note = f'<div class="note">{render_markdown(h.note)}</div>' if h.note else ""
        return (f'<blockquote class="{colour}{style}">{escape(h.quote)}</blockquote>'
                f'<div class="when">{escape(colour)} · {escape(h.created[:10])}</div>{note}')

    body = []
    for stored in articles:
        article = stored.article
        body.append(f"<h2>{escape(article.title)}</h2>")
        source = escape(display_source(article.source, article.url))
        link = f' · <a href="{escape(article.url)}">{escape(article.url)}</a>' if _web(article.url) else ""
        if source or link:
            body.append(f'<p class="meta">{source}{link}</p>')
        note = notes.get(stored.id)
        if note is not None and note.note:
            body.append(f'<h3>Note</h3><div class="note">{render_markdown(note.note)}</div>')
        live = [h for h in by_article[stored.id] if not h.deleted]
        body.extend(passage(h) for h in live if not h.orphaned)
        lost = [h for h in live if h.orphaned]
        if lost:
            body.append("<h3>Passages no longer found</h3>")
            body.extend(passage(h) for h in lost)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>Annotations</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<h1>Annotations</h1>\n"
        f'<p class="meta">Exported from Yomu, {escape(stamp()[:10])}.</p>\n'
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


# -- import --------------------------------------------------------------------------------------


def _read(data_or_path) -> dict:
    if isinstance(data_or_path, dict):
        return data_or_path
    if isinstance(data_or_path, bytes):
        raw = data_or_path
        name = "the input"
    else:
        path = Path(data_or_path) if isinstance(data_or_path, (str, PathLike)) else None
        if path is None:
            raise AnnotationImportError(f"cannot import from {type(data_or_path).__name__}")
        name = str(path)
        try:
            size = path.stat().st_size
            if size > MAX_IMPORT_BYTES:
                raise AnnotationImportError(_too_big(name, size))
            with path.open("rb") as file:
                raw = file.read(MAX_IMPORT_BYTES + 1)
        except OSError as error:
            raise AnnotationImportError(f"cannot read {name}: {error.strerror or error}") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise AnnotationImportError(_too_big(name, len(raw)))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise AnnotationImportError(f"{name} is not an annotations file (not UTF-8 text)") from None
    except (ValueError, RecursionError) as error:
        raise AnnotationImportError(f"{name} is not an annotations file (not valid JSON: {_first_line(error)})") \
            from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AnnotationImportError(f"{name} is not a Yomu annotations file (no \"format\": \"{FORMAT}\")")
    return data


def _too_big(name: str, size: int) -> str:
    return (f"{name} is too big to be an annotations file ({size / 1024 / 1024:.0f} MB;"
            f" at most {MAX_IMPORT_BYTES // 1024 // 1024} MB)")


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:200]


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text_or_none(value: object, limit: int) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= limit)


def _article(item: object) -> IncomingArticle | str:
    """The article entry, or why it is refused."""
    if not isinstance(item, dict):
        return "an article entry is not an object"
    article_id, title, text_hash = item.get("id"), item.get("title"), item.get("text_hash")
    if not _int(article_id) or not 0 < article_id < 2**63:
        return "an article entry has no valid id"
    if not isinstance(title, str) or not title or len(title) > _MAX_TEXT:
        return "no valid title"
    if not isinstance(text_hash, str) or len(text_hash) > 128:
        return "no valid text_hash"
    if not _text_or_none(item.get("url"), 10_000) or not _text_or_none(item.get("source"), 10_000):
        return "url or source is not text"
    note, note_updated = item.get("note"), item.get("note_updated")
    if note is not None:
        if not isinstance(note, str):
            return "its note is not text"
        if len(note) > NOTE_LIMIT:
            return f"its note is too long ({len(note):,} characters; at most {NOTE_LIMIT:,})"
        note_updated = parse_stamp(note_updated)
        if note_updated is None:
            return "its note has no valid note_updated time"
    return IncomingArticle(id=article_id, title=title, url=item.get("url"), source=item.get("source"),
                           text_hash=text_hash, note=note, note_updated=note_updated)


def _highlight(item: object) -> Highlight | str:
    """The highlight entry, checked field by field, or why it is refused."""
    if not isinstance(item, dict):
        return "not an object"
    for name in ("article_id", "paragraph", "start", "end"):
        if not _int(item.get(name)):
            return f"{name} is not a whole number"
    if not 0 <= item["paragraph"] < 2**31 or not 0 <= item["start"] < item["end"] < 2**31:
        return "its offsets are out of range (0 <= start < end)"
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote or len(quote) > _MAX_TEXT:
        return "its quote is missing or not text"
    colour = item.get("colour", item.get("color"))
    if colour not in COLOURS:
        return f"unknown colour {colour!r}"
    style = item.get("style", "highlight")
    if style not in STYLES:
        return f"unknown style {style!r}"
    note = item.get("note", "")
    if not isinstance(note, str):
        return "its note is not text"
    if len(note) > NOTE_LIMIT:
        return f"its note is too long ({len(note):,} characters; at most {NOTE_LIMIT:,})"
    if "\x00" in note:
        return "its note contains a NUL character"
    prefix, suffix, text_hash = item.get("prefix", ""), item.get("suffix", ""), item.get("text_hash", "")
    if not all(isinstance(x, str) and len(x) <= _MAX_TEXT for x in (prefix, suffix, text_hash)):
        return "prefix, suffix or text_hash is not text"
    created, updated = parse_stamp(item.get("created")), parse_stamp(item.get("updated"))
    if updated is None:
        return "no valid updated time"
    deleted, orphaned = item.get("deleted", False), item.get("orphaned", False)
    if not isinstance(deleted, bool) or not isinstance(orphaned, bool):
        return "deleted or orphaned is not true or false"
    return Highlight(id=item["id"], article_id=item["article_id"], paragraph=item["paragraph"], start=item["start"],
                     end=item["end"], quote=quote, prefix=prefix[-CONTEXT:] if prefix else "",
                     suffix=suffix[:CONTEXT], text_hash=text_hash[:128], colour=colour, style=style, note=note,
                     created=created or updated, updated=updated, deleted=deleted, orphaned=orphaned)


def import_json(library, data_or_path) -> ImportReport:
    """Merge an export (a path, its bytes, or the parsed dict) into the library. AnnotationImportError
    (one line) when it is unreadable, too big, not our format or from a newer Yomu; otherwise the
    valid entries are merged in one transaction and the report lists what was skipped and why."""
    data = _read(data_or_path)
    version = data.get("version")
    if not _int(version) or version < 1:
        raise AnnotationImportError("the annotations file has no valid version")
    if version > VERSION:
        raise AnnotationImportError(f"the annotations file was written by a newer Yomu (format version {version};"
                                    f" this version reads {VERSION})")
    articles_in, highlights_in = data.get("articles", []), data.get("highlights", [])
    if not isinstance(articles_in, list) or not isinstance(highlights_in, list):
        raise AnnotationImportError("the annotations file is damaged (\"articles\" and \"highlights\" must be lists)")
    skipped: list[tuple[str, str]] = []
    articles = []
    for number, item in enumerate(articles_in):
        checked = _article(item)
        if isinstance(checked, str):
            label = item.get("id") if isinstance(item, dict) and _int(item.get("id")) else f"#{number + 1}"
            skipped.append((f"article {label}", checked))
        else:
            articles.append(checked)
    highlights = []
    for number, item in enumerate(highlights_in):
        raw_id = item.get("id") if isinstance(item, dict) else None
        if not is_id(raw_id):
            skipped.append((f"#{number + 1}", "no valid id (32 hexadecimal digits)"))
            continue
        checked = _highlight(item)
        if isinstance(checked, str):
            skipped.append((raw_id, checked))
        else:
            highlights.append(checked)
    return library.merge_annotations(articles, highlights, skipped)
