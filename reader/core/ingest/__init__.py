"""One way in for every kind of input: a URL, a saved page or text file, or pasted text."""
from __future__ import annotations

import re
from pathlib import Path

from ..models import Article
from .decode import decode_bytes, looks_binary
from .errors import IngestError
from .fetch import MAX_BYTES, fetch
from .html import article_from_page
from .plaintext import article_from_text

__all__ = ["IngestError", "load", "from_text", "from_html", "from_bytes", "looks_like_url"]

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def looks_like_url(source: str) -> bool:
    """'https://…', 'file:…', 'javascript:…' are addresses; 'C:\\x' and plain paths are not."""
    return bool(_URL.match(source)) and not re.match(r"^[a-zA-Z]:[\\/]", source)


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return bool(_HTML_START.match(head)) or head.count("<p") + head.count("<div") + head.count("<br") >= 3


def from_html(data: bytes | str, url: str | None = None, content_type: str | None = None) -> Article:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    page = data if isinstance(data, str) else decode_bytes(data, content_type)
    return article_from_page(page, url=url, original=raw)


def from_text(text: str) -> Article:
    return article_from_text(text)


def from_bytes(data: bytes, url: str | None = None, content_type: str | None = None) -> Article:
    """Bytes of unknown kind (a file, stdin, a download): HTML or plain text by content."""
    if not data.strip():
        raise IngestError("the input is empty")
    if len(data) > MAX_BYTES:
        raise IngestError(f"the input is too large to be an article ({len(data) // 1_000_000} MB; "
                          f"the limit is {MAX_BYTES // 1_000_000} MB)")
    if looks_binary(data):
        raise IngestError("the input is a binary file, not a web page or text")
    text = decode_bytes(data, content_type)
    if "html" in (content_type or "").lower() or _looks_like_html(text):
        return article_from_page(text, url=url, original=data)
    article = article_from_text(text, original=data)
    article.url = url
    return article


def load(source: str) -> Article:
    """An article from an http(s) URL or a file path."""
    if looks_like_url(source):
        fetched = fetch(source)
        article = from_bytes(fetched.data, url=fetched.url, content_type=fetched.content_type)
        article.url = fetched.url
        return article
    path = Path(source).expanduser()
    if not path.exists():
        raise IngestError(f"no such file: {source}")
    if path.is_dir():
        raise IngestError(f"{source} is a folder, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"{source} is too large to be an article ({size // 1_000_000} MB; "
                              f"the limit is {MAX_BYTES // 1_000_000} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read {source}: {exc.strerror or exc}") from None
    return from_bytes(data)


