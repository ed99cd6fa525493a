"""The parts of a page around its body: standfirst, byline, a date written near the headline,
the visible headline when the meta titles are worded differently, and label lists above the text."""
from __future__ import annotations

import re

from .dates import find_written_date
from .html_meta import SKIPPED_TAGS, text_of
from .junk import normalize, ui_reason

_LABEL_LISTS = ("li", "dt", "dd")


def is_inside(el, root) -> bool:
    return el is root or any(a is root for a in el.iterancestors())


def _between(doc, after_el, before_el, candidates):
    """Candidates that come after `after_el` and before `before_el` in document order."""
    pos = {el: i for i, el in enumerate(doc.iter())}
    lo = pos.get(after_el, -1) if after_el is not None else -1
    hi = pos.get(before_el, len(pos)) if before_el is not None else len(pos)
    return [el for el in candidates if lo < pos.get(el, -1) < hi]


def find_subtitle(doc, lines: list[tuple], title: str, description: str, body_els: list) -> str | None:
    """A standfirst: an element between the headline and the body whose text is the page's meta
    description (minus a page counter). Sites that use the first sentence as description don't
    qualify, because that text is inside the body."""
    desc = normalize(re.sub(r"\s*[（(]\d+/\d+[)）]\s*$", "", description or ""))
    if len(desc) < 10 or not body_els:
        return None
    # CMSs cut long descriptions and mark the cut (…だが、再就職の現場では…): a prefix will do.
    cut = re.sub(r"(?:…|\.\.\.|‥)+$", "", desc)
    prefix = cut if cut != desc and len(cut) >= 20 else None
    h1 = next((h for h in doc.iter("h1", "h2") if normalize(text_of(h)).startswith(normalize(title)[:10])), None)
    cands = {el: text for el, text in lines
             if normalize(text) == desc or (prefix and normalize(text).startswith(prefix))}
    for el in _between(doc, h1, body_els[0], list(cands)):
        if el not in body_els:
            return cands[el]
    return None


def find_byline(doc, meta_author: str, title: str) -> str | None:
    """Marked-up author names first, then the meta author, then a name set inside the <h1>
    beside the headline (編集委員 中沢克二)."""
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in SKIPPED_TAGS:
            continue
        if _byline_marked(el) and not _in_comments(el):
            # A byline box also holds a label or a profile (author : 佐々木 透 / 人事コンサルタント):
            # the meta author when the box contains it, else the innermost marked element.
            text = text_of(el)
            if meta_author and normalize(meta_author) in normalize(text):
                return meta_author
            inner = next((d for d in el.iterdescendants() if isinstance(d.tag, str) and _byline_marked(d)
                          and text_of(d) and not any(_byline_marked(x) for x in d.iterdescendants()
                                                     if isinstance(x.tag, str))), None)
            text = text_of(inner) if inner is not None else text
            if 1 < len(text) <= 40 and not ui_reason(text):
                return text
    if meta_author:
        return meta_author
    wanted = normalize(title)
    for h1 in doc.iter("h1"):
        if wanted not in normalize(text_of(h1)):
            continue
        for part in h1.iterdescendants():
            text = text_of(part) if isinstance(part.tag, str) else ""
            n = normalize(text)
            if text and 2 <= len(n) <= 20 and n != wanted and n not in wanted and wanted not in n:
                return text
    return None


def _byline_marked(el) -> bool:
    marks = " ".join([el.get("class") or "", el.get("itemprop") or "", el.get("rel") or ""]).lower()
    return bool(re.search(r"\b(author|byline|writer|reporter)", marks))


def _in_comments(el) -> bool:
    """Readers' comments mark their writers as authors too."""
    return any("comment" in ((a.get("class") or "") + (a.get("id") or "")).lower()
               for a in [el, *el.iterancestors()])


def leading_label_lines(paragraphs: list[str], body_els: list) -> int:
    """How many lines at the top are short list items set before any sentence: the name and role
    list under a BBC headline, a tag list. Summary bullets are longer or end in 。."""
    n = 0
    while n < len(paragraphs) - 1 and body_els[n] is not None and (
            body_els[n].tag in _LABEL_LISTS or any(a.tag in _LABEL_LISTS for a in body_els[n].iterancestors())):
        text = normalize(paragraphs[n])
        if len(text) > 25 or "。" in text:
            break
        n += 1
    return n


def headline_near_body(doc, body_els: list, site: str) -> str | None:
    """The last <h1> before the body inside a container the body is in too (not just <body>): the
    visible headline, for pages whose social and <title> headlines are worded differently."""
    first = next((e for e in body_els if e is not None), None)
    if first is None:
        return None
    body_tag = doc.find("body")
    best = None
    for h in _between(doc, None, first, list(doc.iter("h1"))):
        text = text_of(h)
        n = normalize(text)
        if len(n) < 8 or (site and normalize(site) in n):
            continue
        shared = next((a for a in h.iterancestors() if is_inside(first, a)), None)
        if shared is not None and shared is not body_tag and shared.tag != "html":
            best = text
    return best


def find_visible_date(lines: list[tuple], title: str) -> str | None:
    """A date written near the headline, for pages without date metadata."""
    wanted = normalize(title)
    for i, (_, text) in enumerate(lines):
        if wanted and normalize(text) == wanted:
            for _, near in lines[i + 1:i + 8]:
                found = find_written_date(near) if len(near) <= 80 else None
                if found:
                    return found
            break
    return None
