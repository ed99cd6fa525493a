"""Saved or fetched HTML page -> Article.

trafilatura (favor_precision) finds the article; it also drops some real body lines (subheads,
link-heavy lists) and keeps some page furniture. So its paragraphs are used as anchors in our own
parse of the page: the element that holds most of them is the article body, body-like siblings it
skipped are put back, anchors far outside that body are dropped, then UI lines are filtered.
"""
from __future__ import annotations

import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..models import Article, LineDecision
from .errors import IngestError
from .html_header import (
    find_byline,
    find_subtitle,
    find_visible_date,
    headline_near_body,
    is_inside,
    leading_label_lines,
)
from .html_meta import SKIPPED_TAGS, clean_text, read_metadata, text_of
from .junk import normalize, ui_reason

MAX_HTML_CHARS = 8_000_000  # well above any real article page; larger input is refused, not parsed
MAX_NESTING = 1600  # open tags never closed; real pages stay far below, trafilatura recurses per level

_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
_RUBY_TEXT = re.compile(r"<(rt|rp)\b[^>]*>.*?</\1\s*>", re.I | re.S)
# Elements that start a new line of text; everything else is inline and joins its neighbours.
_BLOCK_LEVEL = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                "dl", "dd", "dt", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "figure",
                "figcaption", "header", "footer", "nav", "aside", "form", "fieldset", "address", "hr", "body",
                "html", "details", "summary", "center", "caption"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_GAP_FILL_TAGS = _HEADINGS | {"p", "blockquote"}
_FURNITURE = {"figure", "figcaption", "aside", "nav", "form", "header", "footer", "small", "table"}
_CAPTIONS = {"figure", "figcaption"}
_ANCHOR_SHARE = 0.85  # the body root holds at least this share of the anchor text
_OUTSIDE_MIN_LEN = 60  # an anchor outside the body root survives only if it is this long
_MIN_ANCHOR_TEXT = 60  # less anchor text than this and precision mode probably missed the article
_MIN_CONTAINED = 8  # an anchor this long may match a line that contains it (trafilatura splits lines)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_KEY_VALUE = re.compile(r"^[^:：]{1,20}[:：]")
_LITERAL = {"pre", "code", "table", "li", "dd", "dt", "td", "th"}
_LINK_SEP = re.compile(r"\s+[-–—|｜]\s+|\s*[|｜]\s*")


def strip_ruby_text(page: str) -> str:
    """Furigana in <rt> would be read as body text (体罰たいばつ); the base text stays."""
    return _RUBY_TEXT.sub("", page)


def _check_depth(page: str) -> None:
    depth = deepest = 0
    for m in re.finditer(r"<(/?)(div|span|section|article|table|tr|td|ul|li|b|i|font|blockquote)\b", page, re.I):
        depth += -1 if m.group(1) else 1
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            break
    # Unclosed inline tags inflate the count; only an extreme figure means a hostile page.
    if deepest > MAX_NESTING:
        raise IngestError(f"the page's HTML is nested too deeply to read (over {MAX_NESTING} levels)")


def _excluded(el) -> bool:
    return el.tag in _FURNITURE or any(a.tag in _FURNITURE for a in el.iterancestors())


def page_lines(doc) -> list[tuple]:
    """The page as the browser would lay it out: (block element, line text) in document order,
    a new line at every block boundary and <br>."""
    lines: list[tuple] = []
    owners: list = []
    buffers: list[list[str]] = []

    def flush():
        if owners:
            text = clean_text("".join(buffers[-1]))
            buffers[-1].clear()
            if text:
                lines.append((owners[-1], text))

    walker = etree.iterwalk(doc, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None or tag in SKIPPED_TAGS:
                walker.skip_subtree()
                continue
            if tag == "br":
                flush()
            elif tag in _BLOCK_LEVEL:
                flush()
                owners.append(el)
                buffers.append([])
            if el.text and buffers:
                buffers[-1].append(el.text)
        else:
            if tag in _BLOCK_LEVEL:
                flush()
                owners.pop()
                buffers.pop()
            if el.tail and buffers:
                buffers[-1].append(el.tail)
    return lines


def _anchor_paragraphs(page: str) -> list[str]:
    paragraphs = _trafilatura_paragraphs(page, favor_precision=True)
    if sum(len(p) for p in paragraphs) < _MIN_ANCHOR_TEXT:
        # Precision mode gives up on some short or oddly built pages; the balanced mode doesn't,
        # and the body-root and UI filters below still apply to what it returns.
        paragraphs = _trafilatura_paragraphs(page, favor_precision=False) or paragraphs
    return paragraphs


def _trafilatura_paragraphs(page: str, favor_precision: bool) -> list[str]:
    try:
        result = trafilatura.bare_extraction(page, fast=True, favor_precision=favor_precision,
                                             include_comments=False, include_tables=True, as_dict=False)
    except (RecursionError, ValueError, etree.LxmlError) as exc:
        raise IngestError(f"the page could not be read as HTML ({type(exc).__name__})") from None
    if result is None or result.body is None:
        return []
    paragraphs = []
    for lb in result.body.iter("lb"):  # trafilatura's <br>: keep it a line break, as page_lines does
        lb.tail = "\n" + (lb.tail or "")
    for el in result.body:
        if el.tag in ("list", "table"):
            parts = [clean_text("".join(i.itertext())) for i in el.iter("item", "cell")]
        else:
            parts = [clean_text(s) for s in "".join(el.itertext()).split("\n")]
        paragraphs.extend(p for p in parts if p)
    return paragraphs


def _body_root(anchored: list):
    """The deepest element holding _ANCHOR_SHARE of the anchor text."""
    weight: dict = {}
    total = 0
    for el, text in anchored:
        n = len(text)
        total += n
        for anc in [el, *el.iterancestors()]:
            weight[anc] = weight.get(anc, 0) + n
    best, best_depth = None, -1
    for el, w in weight.items():
        if w >= _ANCHOR_SHARE * total:
            depth = sum(1 for _ in el.iterancestors())
            if depth > best_depth:
                best, best_depth = el, depth
    return best


def _match_anchors(anchors: list[str], lines: list[tuple]) -> tuple[set[int], list[str]]:
    """Indexes of page lines that trafilatura's paragraphs come from; anchors found nowhere."""
    by_norm: dict[str, list[int]] = {}
    norms = [normalize(text) for _, text in lines]
    for i, n in enumerate(norms):
        by_norm.setdefault(n, []).append(i)
    matched: set[int] = set()
    unmapped = []
    for text in anchors:
        n = normalize(text)
        hits = by_norm.get(n)
        if hits:
            matched.add(hits.pop(0))
            continue
        if len(n) >= _MIN_CONTAINED:
            i = next((i for i, line in enumerate(norms) if n in line), None)
            if i is not None:
                matched.add(i)
                continue
        unmapped.append(text)
    return matched, unmapped


def _is_japanese(texts: list[str]) -> bool:
    joined = "".join(normalize(t) for t in texts)
    return bool(joined) and len(_JAPANESE.findall(joined)) >= 0.3 * len(joined)


def _foreign_reason(el, text: str, site: str) -> str | None:
    """In a Japanese article: a line with no Japanese in it is a source-link title, a video title
    or a note for machine-translation readers (specs like "CPU: …", code and tables are kept);
    a line ending in the site's own name after a separator links to another of its articles."""
    n = normalize(text)
    if "。" not in n and site and len(n) <= 100:
        parts = [p for p in _LINK_SEP.split(text) if p.strip()]
        if len(parts) >= 2 and normalize(site) in normalize(parts[-1]):
            return "link to another article"
    if _JAPANESE.search(n) or _KEY_VALUE.match(n):
        return None
    if el.tag in _LITERAL or el.tag in _HEADINGS or any(a.tag in _LITERAL for a in el.iterancestors()):
        return None
    return "not Japanese"


def extract_body(lines: list[tuple], page: str, site: str = "") -> tuple[list[str], list[LineDecision], list]:
    anchors = _anchor_paragraphs(page)
    japanese = _is_japanese(anchors)
    matched, unmapped = _match_anchors(anchors, lines)
    if not matched:  # the extractor's text is nowhere in our parse: trust it, minus UI lines
        kept = [t for t in anchors if not ui_reason(t)]
        decisions = [LineDecision(t, "body" if t in kept else "dropped", ui_reason(t) or "") for t in anchors]
        return kept, decisions, [None] * len(kept)
    root = _body_root([lines[i] for i in matched])
    anchored_owners = {lines[i][0] for i in matched}
    # Element sets, not id()s: lxml proxies stay unique only while referenced.
    body_parents = {lines[i][0].getparent() for i in matched if is_inside(lines[i][0], root)}
    paragraphs, decisions, body_els = [], [], []
    for i, (el, text) in enumerate(lines):
        if el in anchored_owners:
            if not is_inside(el, root) and len(normalize(text)) < _OUTSIDE_MIN_LEN:
                if i in matched:
                    decisions.append(LineDecision(text, "dropped", "outside the article"))
                continue
            if el.tag in _CAPTIONS or any(a.tag in _CAPTIONS for a in el.iterancestors()):
                decisions.append(LineDecision(text, "dropped", "caption"))
                continue
        elif not (el.tag in _GAP_FILL_TAGS and el.getparent() in body_parents and not _excluded(el)):
            continue  # page text nobody proposed as body: not worth listing in the review
        reason = ui_reason(text) or (_foreign_reason(el, text, site) if japanese else None)
        if reason:
            decisions.append(LineDecision(text, "dropped", reason))
            continue
        paragraphs.append(text)
        body_els.append(el)
        decisions.append(LineDecision(text, "body"))
    # A line of links after the text is a "more news" box; a subhead with no text after it headed
    # a box that was dropped. (Links inside the body are kept: news lists are links, too.)
    while body_els and (_mostly_links(body_els[-1]) or body_els[-1].tag in _HEADINGS):
        reason = "links after the text" if _mostly_links(body_els[-1]) else "heading without text"
        decisions.append(LineDecision(paragraphs.pop(), "dropped", reason))
        body_els.pop()
    kept = "\n".join(normalize(p) for p in paragraphs)
    for text in unmapped:
        if normalize(text) not in kept:
            decisions.append(LineDecision(text, "dropped", "not found in the page's markup"))
    return paragraphs, decisions, body_els


def _mostly_links(el) -> bool:
    total = len(normalize(text_of(el)))
    linked = sum(len(normalize(text_of(a))) for a in el.iter("a"))
    return total > 0 and linked >= 0.8 * total


def _relabel(decisions: list[LineDecision], text: str, label: str) -> None:
    """A body line that turned out to be the title, subtitle or byline: the review shows it so."""
    for i, d in enumerate(decisions):
        if d.label == "body" and normalize(d.text) == normalize(text):
            decisions[i] = LineDecision(d.text, label, "repeated in the body")
            return


def article_from_page(page: str, url: str | None = None, original: bytes = b"") -> Article:
    if len(page) > MAX_HTML_CHARS:
        raise IngestError(f"the page is too large to be an article ({len(page) // 1_000_000} MB of HTML)")
    _check_depth(page)
    page = strip_ruby_text(page)
    # XHTML pages open with <?xml ... encoding=...?>, which lxml refuses in an already decoded str.
    page = _XML_DECLARATION.sub("", page, count=1)
    try:
        doc = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"the page could not be read as HTML ({exc})") from None
    meta = read_metadata(doc)
    lines = page_lines(doc)
    paragraphs, decisions, body_els = extract_body(lines, page, meta["site"])
    title = meta["title"]
    if not any(normalize(title) and normalize(title) in normalize(text_of(h)) for h in doc.iter("h1", "h2")):
        title = headline_near_body(doc, body_els, meta["site"]) or title
    # Extractors often repeat the headline as the first paragraph.
    while paragraphs and title and normalize(paragraphs[0]) == normalize(title):
        _relabel(decisions, paragraphs.pop(0), "title")
        body_els.pop(0)
    labels = leading_label_lines(paragraphs, body_els)
    label_texts = paragraphs[:labels]
    for text in label_texts:
        i = next((i for i, d in enumerate(decisions) if d.label == "body" and d.text == text), None)
        if i is not None:
            decisions[i] = LineDecision(text, "dropped", "label list above the text")
    del paragraphs[:labels], body_els[:labels]
    subtitle = find_subtitle(doc, lines, title, meta["description"], [e for e in body_els if e is not None])
    if subtitle:
        paragraphs = [p for p in paragraphs if normalize(p) != normalize(subtitle)]
        _relabel(decisions, subtitle, "subtitle")
    if not paragraphs:
        raise IngestError("no article text found on the page (it may be a login or paywall page, or not an article)")
    if not title:
        title = paragraphs[0][:60]
    header = [LineDecision(title, "title")]
    if subtitle and not any(d.label == "subtitle" for d in decisions):
        header.append(LineDecision(subtitle, "subtitle"))
    byline = find_byline(doc, meta["author"], title)
    if not byline and label_texts and not re.search(r"\d", label_texts[0]):
        byline = label_texts[0]
    published = meta["published"] or find_visible_date(lines, title)
    if byline:
        header.append(LineDecision(byline, "byline"))
        # A byline set as its own paragraph (【木村一郎】) is shown as the byline, not twice.
        name = normalize(byline).strip("【】[]()")
        kept = [p for p in paragraphs if normalize(p).strip("【】[]()") != name]
        if kept and len(kept) < len(paragraphs):
            _relabel(decisions, next(p for p in paragraphs if p not in kept), "byline")
            paragraphs = kept
    return Article(
        title=title, subtitle=subtitle, byline=byline, published=published,
        source=meta["site"] or None, url=url, paragraphs=paragraphs,
        original=original, original_type="html", decisions=header + decisions,
    )
