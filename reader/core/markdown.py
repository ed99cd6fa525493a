"""A small, safe Markdown renderer for the user's notes.

Everything the user typed is escaped; the only markup in the result is ours: <p>, <br>, <em>,
<strong>, <code>, <pre>, <ul>, <ol>, <li>, <blockquote>, and <a href> for http(s) addresses only
(anything else, javascript: included, stays visible text). Raw HTML in a note is shown as text.
Tags always nest properly, and the work is linear in the note's length (no regular expression
here can backtrack over the whole note), so a hostile note is as cheap as a kind one.

Supported: paragraphs (a blank line between; a single line break is kept), *emphasis* and
_emphasis_, **strong** and __strong__, `code`, fenced ``` code blocks, - * + bulleted and 1. numbered
lists, > quotes, [links](https://…) and bare https:// addresses, backslash escapes. A # heading
line is shown as a strong line.
"""
from __future__ import annotations

import bisect
import html
import re
from urllib.parse import urlsplit

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r" {0,3}[-*+][ \t]+(.*)")
_NUMBERED = re.compile(r" {0,3}(\d{1,9})[.)][ \t]+(.*)")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+(.*))?")
_QUOTE = re.compile(r" {0,3}> ?(.*)")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")

_LINK = re.compile(r"\[([^\[\]\n]{1,1000})\]\(([^\s()<>]{1,2000})\)")
_BARE_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+")
_URL_TRAILING = ".,;:!?'*"
_DELIMITER = re.compile(r"\*\*|__|\*|_")
_ESCAPABLE = "\\`*_{}[]()#+-.!<>|~"
# Backslash-escaped characters wait in the private use area while emphasis and links are found.
_HELD = 0xF0000

MAX_QUOTE_DEPTH = 4


def render_markdown(text: str) -> str:
    """The note as safe HTML (a fragment: block elements, no page around them)."""
    if not isinstance(text, str):
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd").split("\n")
    return _blocks(lines, 0)


def _blocks(lines: list[str], depth: int) -> str:
    out: list[str] = []
    paragraph: list[str] = []
    i = 0

    def flush() -> None:
        if paragraph:
            out.append("<p>" + _inline("\n".join(line.strip() for line in paragraph)) + "</p>")
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker):
                body.append(lines[i])
                i += 1
            i += 1  # the closing fence (or the end)
            out.append("<pre><code>" + html.escape("\n".join(body)) + "</code></pre>")
            continue
        quote = _QUOTE.match(line)
        if quote:
            flush()
            inner = []
            while i < len(lines) and (m := _QUOTE.match(lines[i])):
                inner.append(m.group(1))
                i += 1
            if depth < MAX_QUOTE_DEPTH:
                out.append("<blockquote>" + _blocks(inner, depth + 1) + "</blockquote>")
            else:
                out.append("<blockquote><p>" + _inline("\n".join(inner)) + "</p></blockquote>")
            continue
        if _RULE.fullmatch(line):
            flush()
            out.append("<hr>")
            i += 1
            continue
        heading = _HEADING.fullmatch(line)
        if heading:
            flush()
            title = (heading.group(1) or "").rstrip(" \t#")
            out.append("<p><strong>" + _inline(title) + "</strong></p>" if title else "")
            i += 1
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            flush()
            i = _list(lines, i, out)
            continue
        paragraph.append(line)
        i += 1
    flush()
    return "\n".join(out)


def _list(lines: list[str], i: int, out: list[str]) -> int:
    """One list (bulleted or numbered, as its first line is) from line i; returns the next line."""
    numbered = _NUMBERED.match(lines[i])
    pattern = _NUMBERED if numbered else _BULLET
    items: list[list[str]] = []
    while i < len(lines):
        line = lines[i]
        m = pattern.match(line)
        if m:
            items.append([m.group(m.lastindex or 1)])
        elif items and line.strip() and line[:1] in " \t" and not (_BULLET.match(line) or _NUMBERED.match(line)):
            items[-1].append(line.strip())  # an indented continuation of the item
        else:
            break
        i += 1
    tag = "ol" if numbered else "ul"
    start = ""
    if numbered and int(numbered.group(1)) != 1:
        start = f' start="{int(numbered.group(1))}"'
    body = "".join("<li>" + _inline("\n".join(item)) + "</li>" for item in items)
    out.append(f"<{tag}{start}>{body}</{tag}>")
    return i


# -- inline -------------------------------------------------------------------------------------


def _inline(text: str) -> str:
    """Code spans first (their content is literal), then links and emphasis in the rest."""
    out: list[str] = []
    for is_code, part in code_spans(text):
        if is_code:
            out.append("<code>" + html.escape(part.replace("\n", " ")) + "</code>")
        else:
            out.append(_links(_hold_escapes(part)))
    return "".join(out)


def code_spans(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_code, part): a run of N backticks opens a span that the next run of
    exactly N backticks closes; an unmatched run is plain text."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"`+", text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    parts: list[tuple[bool, str]] = []
    at, index = 0, 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        k = bisect.bisect_right(same, index)
        if k == len(same):
            index += 1
            continue
        closing = same[k]
        close_start, close_end = runs[closing]
        parts.append((False, text[at:start]))
        content = text[end:close_start]
        if content.strip() and content[:1] == " " and content[-1:] == " ":
            content = content[1:-1]
        parts.append((True, content))
        at = close_end
        index = closing + 1
    parts.append((False, text[at:]))
    return [p for p in parts if p[1] or p[0]]


def _hold_escapes(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            out.append(chr(_HELD + ord(text[i + 1])))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _release(escaped: str) -> str:
    """Put held characters back (escaped for HTML), after emphasis and links were found."""
    return re.sub(r"[\U000F0000-\U000F007F]", lambda m: html.escape(chr(ord(m.group()) - _HELD)), escaped)


def _safe_href(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _link(label: str, url: str) -> str:
    href = _safe_href(url)
    shown = _text(label)
    if href is None:  # not a web address: both stay visible as text, nothing to click
        return shown + " (" + _release(html.escape(url)) + ")"
    return f'<a href="{html.escape(_release_plain(href))}" rel="noopener noreferrer">{shown}</a>'


def _release_plain(text: str) -> str:
    return re.sub(r"[\U000F0000-\U000F007F]", lambda m: chr(ord(m.group()) - _HELD), text)


def _links(text: str) -> str:
    out, at = [], 0
    for m in _LINK.finditer(text):
        out.append(_bare_urls(text[at:m.start()]))
        out.append(_link(m.group(1), m.group(2)))
        at = m.end()
    out.append(_bare_urls(text[at:]))
    return "".join(out)


def _bare_urls(text: str) -> str:
    out, at = [], 0
    for m in _BARE_URL.finditer(text):
        url = m.group().rstrip(_URL_TRAILING)
        if len(url) <= len("https://"):
            continue
        out.append(_text(text[at:m.start()]))
        out.append(f'<a href="{html.escape(url)}" rel="noopener noreferrer">{html.escape(url)}</a>')
        at = m.start() + len(url)
    out.append(_text(text[at:]))
    return "".join(out)


def _text(text: str) -> str:
    """Plain text: escaped, line breaks kept, emphasis applied."""
    return _release(_emphasis(html.escape(text).replace("\n", "<br>\n")))


def _emphasis(escaped: str) -> str:
    """*em*, _em_, **strong**, __strong__ in already escaped text. A delimiter that closes pairs with
    the nearest open one of its kind; open ones in between stay literal, so tags always nest."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # (delimiter, its index in out)
    open_of: dict[str, list[int]] = {}  # delimiter -> positions in stack
    at = 0
    for m in _DELIMITER.finditer(escaped):
        out.append(escaped[at:m.start()])
        at = m.end()
        mark = m.group()
        before = escaped[m.start() - 1] if m.start() else " "
        after = escaped[m.end()] if m.end() < len(escaped) else " "
        word = mark[0] == "_"
        can_open = not after.isspace() and not (word and before.isalnum())
        can_close = not before.isspace() and not (word and after.isalnum())
        if can_close and open_of.get(mark):
            position = open_of[mark][-1]
            while len(stack) > position + 1:  # opened later, never closed: literal text
                dropped, _ = stack.pop()
                open_of[dropped].pop()
            _, index = stack.pop()
            open_of[mark].pop()
            tag = "strong" if len(mark) == 2 else "em"
            out[index] = f"<{tag}>"
            out.append(f"</{tag}>")
            continue
        if can_open:
            open_of.setdefault(mark, []).append(len(stack))
            stack.append((mark, len(out)))
        out.append(mark)
    out.append(escaped[at:])
    return "".join(out)
