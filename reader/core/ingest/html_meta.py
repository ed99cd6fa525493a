"""Title, subtitle, byline, date and site name from a parsed page's markup."""
from __future__ import annotations

import json
import re

from lxml import html as lxml_html

from .dates import normalize_date
from .junk import normalize

# Elements whose text is never article text (nor a headline or byline).
SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "select", "option", "iframe", "svg", "math",
            "object", "embed", "canvas", "video", "audio", "textarea", "button"}

_WS = re.compile(r"[ \t\r\n\u3000\u00a0]+")

# Separators that put a site name or a section after (or before) a headline in <title>/og:title.
_SEPARATORS = re.compile(r"\s*(?:[|｜]|[:：]|\s[-–—]\s|\s/\s|\s*[【［\[][^】］\]]{1,20}[】］\]]\s*$)\s*")
_SITE_WORDS = re.compile(
    r"新聞|ニュース|NEWS|News|news|デジタル|DIGITAL|Digital|オンライン|Online|ONLINE|電子版|Web|WEB|"
    r"ポータル|通信|放送|テレビ|TV|Japan|JAPAN|ジャパン|ITmedia|プレスリリース|タイムズ|Times|ドットコム|\.com|\.jp"
)


def clean_text(text: str | None) -> str:
    """Collapse whitespace runs; a run holding an ideographic space stays one ideographic space,
    because Japanese headlines use it as a separator."""
    if not text:
        return ""
    return _WS.sub(lambda m: "\u3000" if "\u3000" in m.group() else " ", text).strip()


def _meta(doc, *names: str) -> str:
    wanted = {n.lower() for n in names}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in wanted:
            # Some CMSs (ITmedia) put the value in value= instead of content=.
            value = clean_text(el.get("content") or el.get("value"))
            if value:
                return value
    return ""


def _json_ld(doc) -> list[dict]:
    items = []
    for el in doc.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return items


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Drop a site or section name glued to the start or end of a page title."""
    sites = {normalize(s) for s in site_names if s}
    parts = [p for p in _SEPARATORS.split(title) if p]
    if len(parts) < 2:
        return title.strip()

    def is_site(part: str) -> bool:
        n = normalize(part)
        if n in sites or any(s and (s in n or n in s) for s in sites):
            return True
        return len(n) <= 25 and bool(_SITE_WORDS.search(part))

    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title.strip()
    # Rebuild from the original string so separators inside the headline survive.
    first, last = parts[start], parts[end - 1]
    i = title.find(first)
    j = title.rfind(last) + len(last)
    return title[i:j].strip()


def site_name(raw: str) -> str:
    """'au Webポータル|最新のニュースをお届け！' -> 'au Webポータル': a site name with a tagline
    glued on keeps its shortest part, because names are short and taglines are not."""
    parts = [p.strip() for p in re.split(r"\s*[|｜]\s*|\s+[-–—]\s+", raw or "") if p.strip()]
    return min(parts, key=len) if parts else ""


def text_of(el) -> str:
    return clean_text(el.text_content())


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def find_title(doc, meta_titles: list[str], site_names: list[str]) -> str:
    """The headline: the longest <h1> (or part of one) that also appears in the page's meta titles,
    which tells the real headline from logo and section <h1>s; else the cleaned meta title."""
    metas = [normalize(t) for t in meta_titles if t]
    sites = {normalize(s) for s in site_names if s}
    best = ""
    for h1 in doc.iter("h1"):
        candidates = [h1] + [c for c in h1.iterdescendants() if isinstance(c.tag, str)]
        for el in candidates:
            text = text_of(el)
            n = normalize(text)
            if n in sites:
                continue  # the logo <h1>: the site name is in every meta title too
            if len(n) >= 2 and len(n) > len(normalize(best)) and any(n in m for m in metas):
                best = text
    if best:
        return best
    # A social title worded differently from the headline: take the visible headline when it is
    # clearly the same story (shares most character pairs) and not the site's logo.
    pairs = [_bigrams(m) for m in metas if m]
    for h1 in doc.iter("h1"):
        text = text_of(h1)
        n = normalize(text)
        if len(n) >= 8 and not any(s and normalize(s) in n for s in site_names) and any(
            _dice(_bigrams(n), p) >= 0.5 for p in pairs
        ):
            return text
    # A logo <h1> and the headline in an <h2>: cutting the meta title would keep a section name
    # glued on (headline｜姫路｜神戸新聞NEXT), so the longest <h2> that a meta title contains wins.
    for h2 in doc.iter("h2"):
        text = text_of(h2)
        n = normalize(text)
        if len(n) >= 8 and n not in sites and len(n) > len(normalize(best)) and any(n in m for m in metas):
            best = text
    if best:
        return best
    for t in meta_titles:
        if t:
            return strip_site_name(t, site_names)
    for h1 in doc.iter("h1"):
        if text_of(h1):
            return text_of(h1)
    return ""


def read_metadata(doc) -> dict:
    ld = _json_ld(doc)

    def ld_value(*keys):
        for item in ld:
            for key in keys:
                value = item.get(key)
                if isinstance(value, dict):
                    value = value.get("name")
                if isinstance(value, list) and value:
                    value = value[0].get("name") if isinstance(value[0], dict) else value[0]
                if isinstance(value, str) and value.strip():
                    return clean_text(value)
        return ""

    title_el = doc.find(".//title")
    page_title = clean_text(title_el.text_content()) if title_el is not None else ""
    site = site_name(_meta(doc, "og:site_name", "application-name") or ld_value("publisher"))
    meta_titles = [_meta(doc, "og:title"), _meta(doc, "twitter:title"), ld_value("headline"), page_title]
    title = find_title(doc, meta_titles, [site])
    published = normalize_date(
        _meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date",
              "og:published_time", "build") or ld_value("datePublished"))
    if not published:
        t = doc.find(".//time[@datetime]")
        published = normalize_date(t.get("datetime")) if t is not None else None
    author = _meta(doc, "author", "writer", "article:author", "byl") or ld_value("author", "creator")
    if author.startswith("http"):
        author = ""
    author = clean_text(lxml_html.fromstring(author).text_content()) if "<" in author else author
    if author and site and _dice(_bigrams(normalize(author)), _bigrams(normalize(site))) >= 0.7:
        author = ""  # the publisher named as author is not a byline
    description = _meta(doc, "og:description", "description", "twitter:description")
    return {"title": title, "site": site, "published": published, "author": author,
            "description": description}
