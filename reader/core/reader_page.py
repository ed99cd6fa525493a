"""The reader page: one article with furigana, as a self-contained HTML document that we build.

Nothing from the source page's HTML ever reaches it: every piece of text is escaped here, the
only markup is ours (<ruby>, <p>, <h1> …), and the page's Content-Security-Policy allows no load
from anywhere and no script but the ones we inline with this page's nonce.

How the page maps back to the article: the header and each paragraph is a "block" with an index
(TITLE_BLOCK for the title, SUBTITLE_BLOCK for the subtitle, 0… for the paragraphs) in
``data-b``; inside a block every run of text is an element whose ``data-o`` is the code-point
offset of its first character in the block's plain text. The page script turns a pointer or a
selection into (block, offset) with those, never from the browser's selected string, which would
include the readings.
"""
from __future__ import annotations

import html
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from .models import Article
from .nlp.annotate import Annotation
from .resources import resource_path

TITLE_BLOCK = -1
SUBTITLE_BLOCK = -2

FURIGANA_MODES = ("all", "none", "hover", "word")
THEMES = ("light", "dark")
POPUP_TRIGGERS = ("hover", "shift", "ctrl", "alt", "click")

# Japanese-capable faces first, in the order a reader on each platform is most likely to have.
SANS_FAMILIES = ("Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI",
                 "Yu Gothic", "Meiryo", "Source Han Sans JP", "IPAexGothic", "sans-serif")
SERIF_FAMILIES = ("Noto Serif CJK JP", "Noto Serif JP", "Hiragino Mincho ProN", "Yu Mincho", "YuMincho",
                  "Source Han Serif JP", "IPAexMincho", "serif")


@dataclass(frozen=True)
class PageSettings:
    """How the page looks; every field can also change live in the page without a rebuild."""
    font_size: int = 18  # CSS pixels
    measure_em: int = 36  # widest text column in ems (about 36 kanji a line)
    furigana: str = "all"
    theme: str = "light"
    vertical: bool = False
    serif: bool = False
    trigger: str = "hover"
    position: float = 0.0  # reading position to restore, 0.0 top … 1.0 end
    token: str = ""  # names this page load: the page says "ready" with it, so a late word from a replaced page is known

    def to_json(self) -> dict:
        return {"fontSize": self.font_size, "measure": self.measure_em, "furigana": self.furigana,
                "theme": self.theme, "vertical": self.vertical, "serif": self.serif, "trigger": self.trigger,
                "position": self.position, "token": self.token}


@dataclass
class PageBlocks:
    """The plain text of every block, by block index: what a (block, offset) from the page means."""
    texts: dict[int, str] = field(default_factory=dict)

    def text(self, block: int) -> str | None:
        return self.texts.get(block)


def _font_stack(families: tuple[str, ...]) -> str:
    return ", ".join(f if f in ("serif", "sans-serif") else f'"{f}"' for f in families)


# One or two half-width digits on their own: set upright across the column in 縦書き (縦中横)
_SHORT_NUMBER = re.compile(r"(?<![0-9.,])[0-9]{1,2}(?![0-9.,])")


def _text_runs(text: str, start: int, end: int) -> str:
    """Plain text start:end as spans tagged with their offsets; short numbers get a span of their own."""
    out: list[str] = []
    pos = start
    for m in _SHORT_NUMBER.finditer(text, start, end):
        if m.start() > pos:
            out.append(f'<span data-o="{pos}">{html.escape(text[pos:m.start()])}</span>')
        out.append(f'<span data-o="{m.start()}" class="tcy">{m.group()}</span>')
        pos = m.end()
    if pos < end:
        out.append(f'<span data-o="{pos}">{html.escape(text[pos:end])}</span>')
    return "".join(out)


def block_html(text: str, annotation: Annotation | None) -> str:
    """One block's inner HTML: text runs and ruby, each tagged with its offset into ``text``."""
    out: list[str] = []
    pos = 0
    rubies = annotation.ruby if annotation is not None and annotation.text == text else []
    for r in rubies:
        if r.start < pos or r.end > len(text):
            continue  # never trust an overlapping or stale span with the text
        if r.start > pos:
            out.append(_text_runs(text, pos, r.start))
        cls = (' class="c" title="Your reading (Edit ▸ Reading Corrections…)"' if r.corrected
               else ' class="u" title="Reading uncertain"' if r.uncertain else "")
        out.append(f'<ruby data-o="{r.start}"{cls}>{html.escape(text[r.start:r.end])}'
                   f"<rt>{html.escape(r.reading)}</rt></ruby>")
        pos = r.end
    if pos < len(text):
        out.append(_text_runs(text, pos, len(text)))
    return "".join(out)


def _meta_line(article: Article) -> str:
    parts = [f'<span class="meta-item">{html.escape(p)}</span>'
             for p in (article.byline, article.source, _short_date(article.published)) if p]
    if article.url and urlsplit(article.url).scheme in ("http", "https"):
        # a click asks the user, then opens the system browser: the page never navigates
        parts.append(f'<a class="source-link" href="{html.escape(article.url, quote=True)}">Original article</a>')
    return " · ".join(parts)


def _short_date(value: str | None) -> str:
    """2024-04-02T09:30:00+09:00 → 2024-04-02 09:30; anything else as it was written."""
    if not value:
        return ""
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if ("T" in text or " " in text) and (parsed.hour or parsed.minute):
        return parsed.strftime("%Y-%m-%d %H:%M")
    return parsed.strftime("%Y-%m-%d")


def _script_json(data) -> str:
    """JSON to sit inside a <script> element: no "<" at all, so nothing in it can end or open a tag."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


@lru_cache(maxsize=None)
def read_resource(name: str) -> str:
    """A bundled page file, read once (opening an article must not go to disk for it)."""
    return resource_path("reader", name).read_text("utf-8")


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    return read_resource("reader.css").replace("/*SANS*/", _font_stack(SANS_FAMILIES)).replace(
        "/*SERIF*/", _font_stack(SERIF_FAMILIES))


def page_html(article: Article, annotations: list[Annotation | None], *,
              title_annotation: Annotation | None = None, subtitle_annotation: Annotation | None = None,
              settings: PageSettings = PageSettings(), scripts: tuple[str, ...] = (),  # noqa: B008
              nonce: str | None = None, highlights: list[dict] | None = None) -> tuple[str, PageBlocks]:
    """The whole page for ``article`` and the block texts it shows.

    ``annotations`` holds one entry per paragraph (None for a paragraph shown without furigana);
    ``scripts`` are extra script sources inlined before ours (the web channel's client)."""
    nonce = nonce or secrets.token_urlsafe(18)
    blocks = PageBlocks()
    body: list[str] = []
    title = article.title or "Untitled"
    blocks.texts[TITLE_BLOCK] = title
    body.append(f'<h1 class="title" data-b="{TITLE_BLOCK}" data-len="{len(title)}">'
                f"{block_html(title, title_annotation)}</h1>")
    if article.subtitle:
        blocks.texts[SUBTITLE_BLOCK] = article.subtitle
        body.append(f'<p class="subtitle" data-b="{SUBTITLE_BLOCK}" data-len="{len(article.subtitle)}">'
                    f"{block_html(article.subtitle, subtitle_annotation)}</p>")
    meta = _meta_line(article)
    if meta:
        body.append(f'<p class="meta">{meta}</p>')
    for i, text in enumerate(article.paragraphs):
        blocks.texts[i] = text
        annotation = annotations[i] if i < len(annotations) else None
        body.append(f'<p class="para" data-b="{i}" data-len="{len(text)}">{block_html(text, annotation)}</p>')
    csp = (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'none'; "
           "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
           "worker-src 'none'; form-action 'none'; base-uri 'none'")
    style = _stylesheet()
    config = _script_json(settings.to_json())
    # drawn before the first paint, so an article opens with its highlights already on it
    marks = _script_json(highlights or [])
    ours = (read_resource("reader.js"), read_resource("highlights.js"))
    inline = "".join(f'<script nonce="{nonce}">{s}</script>' for s in (*scripts, *ours))
    page = (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        f"<title>{html.escape(title)}</title>"
        f'<style nonce="{nonce}">{style}</style></head>'
        f'<body class="fg-{settings.furigana} theme-{settings.theme}{" vertical" if settings.vertical else ""}">'
        f'<main id="article" class="article">{"".join(body)}</main>'
        f'<script nonce="{nonce}" id="yomu-config" type="application/json">{config}</script>'
        f'<script nonce="{nonce}" id="yomu-highlights" type="application/json">{marks}</script>'
        f"{inline}</body></html>"
    )
    return page, blocks


def message_html(heading: str, lines: list[str], *, theme: str = "light") -> str:
    """A plain page with a heading and a few lines (empty library, nothing selected)."""
    nonce = secrets.token_urlsafe(18)
    style = _stylesheet()
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'nonce-{nonce}'\">"
            f'<style nonce="{nonce}">{style}</style></head><body class="theme-{theme}">'
            f'<main class="article placeholder"><h2>{html.escape(heading)}</h2>{body}</main></body></html>')
