"""Which articles a list shows and in what order: the SQL for search and filters, and the sorts.

Library.list_articles, Library.search and Library.query_articles build their queries here. Only
live articles are ever listed: one in the trash (deleted_at set) is invisible until restored.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

from reader.core.store.records import FINISHED, IN_PROGRESS, UNREAD, ArticleSummary

SUMMARY_COLUMNS = """
    a.id, a.title, a.subtitle, a.source, a.url, a.published, a.imported_at, a.progress,
    (SELECT coalesce(sum(length(p.text)), 0) FROM paragraphs p WHERE p.article_id = a.id)
        AS characters,
    a.finished_at
"""
# Newest first; the id breaks ties between imports within the same second.
NEWEST_FIRST = "a.imported_at DESC, a.id DESC"
# Not in the trash.
LIVE = "a.deleted_at IS NULL"

# The FTS5 trigram tokenizer indexes three-character sequences: shorter terms never match it.
_TRIGRAM = 3

# Sorts, by name. Each sorts the articles a filter and search let through.
SORT_IMPORTED = "imported"  # newest imported first
SORT_PUBLISHED = "published"  # newest published first; articles without a date after, newest imported
SORT_TITLE = "title"  # A to Z (Unicode order after NFKC and case folding)
SORT_SOURCE = "source"  # by site or publisher, A to Z, without one last; newest imported within
SORT_PROGRESS = "progress"  # least read first: unread, then in progress by how far, then finished
SORTS = (SORT_IMPORTED, SORT_PUBLISHED, SORT_TITLE, SORT_SOURCE, SORT_PROGRESS)

# Filters, by name: every article, or those in one reading state.
SHOW_ALL = "all"
FILTERS = (SHOW_ALL, UNREAD, IN_PROGRESS, FINISHED)

_FILTER_CONDITIONS = {
    SHOW_ALL: "1",
    UNREAD: "a.finished_at IS NULL AND a.progress <= 0",
    IN_PROGRESS: "a.finished_at IS NULL AND a.progress > 0",
    FINISHED: "a.finished_at IS NOT NULL",
}


def check_options(sort: str, show: str) -> None:
    """ValueError, one line, for a sort or filter name this version does not know."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (choose from {', '.join(SORTS)})")
    if show not in FILTERS:
        raise ValueError(f"unknown filter {show!r} (choose from {', '.join(FILTERS)})")


def filter_condition(show: str) -> str:
    return _FILTER_CONDITIONS[show]


def search_terms(query: str) -> list[str]:
    """The whitespace-separated terms of a search; every one must match."""
    # SQLite ends a LIKE pattern at a NUL character, which would make "%\0%" match anything.
    return query.replace("\x00", " ").split()


def search_sql(terms: list[str]) -> tuple[str, str, dict[str, object], str]:
    """(FROM clause, WHERE condition, parameters, best-match ORDER BY) for articles whose title,
    subtitle or body contain every term. The terms are literal text, never query syntax."""
    if all(len(term) >= _TRIGRAM for term in terms):
        # Each term becomes an FTS5 string ("..." with inner quotes doubled), so words like AND
        # or NEAR and characters like * ( : ^ are searched for, never parsed as query syntax.
        # Strings separated by spaces must all match.
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        return (
            "articles_fts JOIN articles a ON a.id = articles_fts.rowid",
            "articles_fts MATCH :match",
            {"match": match},
            f"articles_fts.rank, {NEWEST_FIRST}",
        )
    # Terms too short for the trigram index: read the text itself. Fine at the size of a
    # personal library; every term must appear in the title, subtitle or some paragraph.
    term_matches = """(
        a.title LIKE :{name} ESCAPE '\\'
        OR a.subtitle LIKE :{name} ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM paragraphs p
                   WHERE p.article_id = a.id AND p.text LIKE :{name} ESCAPE '\\')
    )"""
    params: dict[str, object] = {}
    conditions = []
    for number, term in enumerate(terms):
        name = f"term{number}"
        params[name] = "%" + escape_like(term) + "%"
        conditions.append(term_matches.format(name=name))
    return "articles a", " AND ".join(conditions), params, NEWEST_FIRST


def display_source(source: str | None, url: str | None) -> str:
    """The site or publisher, else the web address's host name ('' for pasted text)."""
    if source and source.strip():
        return source.strip()
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return ""
        return host.removeprefix("www.")
    return ""


def sort_summaries(summaries: list[ArticleSummary], sort: str) -> list[ArticleSummary]:
    """The summaries in the named order (see SORTS); ties newest imported first."""
    newest = sorted(summaries, key=lambda s: (s.imported_at, s.id), reverse=True)
    if sort == SORT_PUBLISHED:
        # reverse=True keeps the sort stable: equal dates stay newest imported first.
        dated = sorted((s for s in newest if _published(s)), key=_published, reverse=True)
        return dated + [s for s in newest if not _published(s)]
    key = _SORT_KEYS.get(sort)
    if key is None:
        return newest
    return sorted(newest, key=key)  # stable: equal keys stay newest imported first


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _published(s: ArticleSummary) -> str:
    return (s.published or "").strip()  # ISO dates, as ingest writes them, sort as text


def _source_key(s: ArticleSummary) -> tuple:
    name = _fold(display_source(s.source, s.url))
    return (0, name) if name else (1, "")


def _progress_key(s: ArticleSummary) -> tuple:
    rank = {UNREAD: 0, IN_PROGRESS: 1, FINISHED: 2}[s.state]
    return (rank, s.progress if rank == 1 else 0.0)


_SORT_KEYS: dict[str, Callable[[ArticleSummary], object]] = {
    SORT_TITLE: lambda s: _fold(s.title),
    SORT_SOURCE: _source_key,
    SORT_PROGRESS: _progress_key,
}


def escape_like(text: str) -> str:
    """Make % and _ (and the escape character itself) literal in a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
