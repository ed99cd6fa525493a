"""Text copied from a browser page -> Article.

A copied page is the article plus everything around it: menus, share buttons, comment forms,
paywall prompts, topic boxes. Each line is classified, the longest run of prose is the body, and
the headline block just above it gives title, subtitle and (with the dateline) the byline.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..models import Article, LineDecision
from .dates import normalize_date
from .errors import IngestError
from .junk import normalize, ui_reason

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_SENTENCE_END = re.compile(r"[。．！？!?」』）)]$")
# 【ワシントン=坂口幸裕】, 【北京=共同】, 【ニューヨーク＝山田太郎】: place = reporter.
_DATELINE = re.compile(r"^【([^】=＝]{1,20})[=＝]([^】]{1,20})】")
_BULLET = re.compile(r"^[\s•・●■◆▶►\-–—*]+")
# A header line that is only a date (2021年12月30日 5:00, 2026/11/20(金) 18:02配信, 最終更新 …).
_DATE_LINE = re.compile(r"^(?:最終)?(?:更新|公開|配信)?[:：]?\s*(?:\d{4}\s*[年/.\-]\s*)?\d{1,2}\s*[月/.\-]\s*\d{1,2}"
                        r"\s*日?\s*(?:[（(][月火水木金土日][)）])?\s*(?:\d{1,2}\s*[:時]\s*\d{1,2}\s*分?)?"
                        r"\s*(?:更新|公開|配信|発信)?\s*$")
# A short line that starts with a date and names its source: 2024年07月12日 19時35分 共同通信.
_DATE_START = re.compile(r"^(?:最終)?(?:更新|公開|配信)?[:：]?\s*\d{4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}")
# A byline line: 編集委員 中沢克二, 山田太郎記者, ワシントン支局 佐藤花子; a role word is required so
# that ordinary short headlines are not taken for names.
_BYLINE_LINE = re.compile(r"^(?:(?:[^\s]{1,8}(?:支局|総局|部))?\s*(?:編集委員|論説委員|解説委員|特派員|記者|支局長)"
                          r"\s*[一-龥々]{1,4}\s?[一-龥々ぁ-んァ-ン]{1,5}|[一-龥々]{1,4}\s?[一-龥々ぁ-ん]{1,4}\s*"
                          r"(?:記者|特派員|編集委員))$")

# The attribution line of an embedded post: — みかん (@mikan_oshikatsu) May 30, 2024
_EMBED_CREDIT = re.compile(r"^.{1,40}[(（]@\w{1,15}[)）]\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4}|"
                           r"\d{4}年\d{1,2}月\d{1,2}日)$")
MAX_STANDFIRST = 150  # a standfirst under the headline may be a sentence or two, not a paragraph

_FURNITURE_REASONS = ("ui phrase", "short line", "counter", "marker", "repeated")
HEADER_WINDOW = 10  # non-blank lines above the body searched for the headline block
MIN_HEADLINE = 8  # shorter lines above the body are menu items, not headlines…
MIN_SHORT_HEADLINE = 4  # …unless straight on top of the body (see _short_headline)
MAX_HEADLINE = 120
RUN_GAP = 2  # junk lines a body run may skip over (an ad slot, a photo credit)


@dataclass
class _Line:
    text: str
    reason: str | None  # why it is junk, None if it may be article text

    @property
    def blank(self) -> bool:
        return self.reason == "blank"


def _is_prose(text: str) -> bool:
    """A sentence of article text: Japanese, long enough, and ending like a sentence."""
    n = normalize(text)
    return len(n) >= 20 and bool(_CJK.search(n)) and ("。" in n or _SENTENCE_END.search(n) is not None)


def _is_sentence(text: str) -> bool:
    """A short sentence that closes a paragraph or an article (詳しい原因を調べている。): too short
    to start a body run, but text, not furniture, once inside one."""
    n = normalize(text)
    # 。 only: related-article links end in ？ and ！ too (この1年で何件？), a closing sentence does not
    return len(n) >= 4 and bool(_CJK.search(n)) and n.endswith("。")


def _is_standfirst(text: str) -> bool:
    """A sentence or two set under the headline, above the header furniture."""
    n = normalize(text)
    return _is_prose(text) and len(n) <= MAX_STANDFIRST


def _is_headline(text: str) -> bool:
    n = normalize(text)
    return MIN_HEADLINE <= len(n) <= MAX_HEADLINE and _is_headline_shape(n)


def _is_headline_shape(n: str) -> bool:
    return bool(_CJK.search(n)) and not n.endswith("。")


def _classify(raw_lines: list[str]) -> list[_Line]:
    stripped = [_BULLET.sub("", unicodedata.normalize("NFC", ln)).strip() for ln in raw_lines]
    counts = Counter(normalize(t) for t in stripped if t and len(normalize(t)) < 40)
    lines = []
    for text in stripped:
        reason = ui_reason(text)
        if reason is None and len(normalize(text)) < 40 and counts[normalize(text)] > 1:
            reason = "repeated"  # menu and tab labels repeat; headlines and sentences don't
        if reason is None and not _CJK.search(text) and len(text) < 40:
            reason = "short line"  # "/", "›", stray Latin labels
        folded = unicodedata.normalize("NFKC", text)
        if reason is None and (_DATE_LINE.match(folded) or (
                len(normalize(text)) <= 40 and "。" not in text and _DATE_START.match(folded))):
            reason = "date"
        if reason is None and _BYLINE_LINE.match(text):
            reason = "byline"
        if _EMBED_CREDIT.match(folded.strip()):
            reason = "embedded post"
            # the post's text is the line above it
            prev = next((ln for ln in reversed(lines) if not ln.blank), None)
            if prev is not None and prev.reason is None and len(normalize(prev.text)) <= 140:
                prev.reason = "embedded post"
        lines.append(_Line(text, reason))
    return lines


def _runs(lines: list[_Line]) -> list[tuple[int, int, int]]:
    """(start, end, prose characters) of stretches of non-junk lines, junk gaps of RUN_GAP allowed."""
    runs = []
    i = 0
    while i < len(lines):
        if lines[i].reason is not None or not _is_prose(lines[i].text):
            i += 1
            continue
        start = end = i
        gap = 0
        j = i
        while j < len(lines):
            line = lines[j]
            if line.blank or line.reason == "embedded post":  # an embed is one item, not a gap
                j += 1
                continue
            if line.reason == "section end":
                break
            if line.reason is not None:
                gap += 1
                if gap > RUN_GAP:
                    break
            else:
                gap = 0
                end = j
            j += 1
        prose = sum(len(normalize(ln.text)) for ln in lines[start:end + 1] if ln.reason is None and _is_prose(ln.text))
        runs.append((start, end, prose))
        i = end + 1
    return runs


def _header(lines: list[_Line], body_start: int) -> tuple[int | None, int | None]:
    """Indexes of title and subtitle above the body: the first headline-like line of the block
    just above it, and the line right after that if it is headline-like too."""
    window = []
    counted = 0  # share buttons and menu labels don't use up the window: a headline is above them
    i = body_start - 1
    while i >= 0 and counted < HEADER_WINDOW:
        if not lines[i].blank:
            window.append(i)
            counted += lines[i].reason not in _FURNITURE_REASONS
        i -= 1
    window.reverse()
    for pos, idx in enumerate(window):
        # A breadcrumb that ends in the headline makes it a "repeated" line: still the headline.
        if lines[idx].reason in (None, "repeated") and _is_headline(lines[idx].text):
            nxt = next((j for j in window[pos + 1:] if normalize(lines[j].text) != normalize(lines[idx].text)), None)
            if nxt is not None and lines[nxt].reason is None and (
                    _is_headline(lines[nxt].text) or _is_standfirst(lines[nxt].text)):
                return idx, nxt
            return idx, None
    return None, None


def _short_headline(lines: list[_Line], body_start: int) -> int | None:
    """A short headline (朝の市場を歩く, 首相が辞意) right above the body, with only blank lines
    between: too short for _header, which must not take menu items for headlines, but a menu
    item does not sit straight on top of the article's first paragraph."""
    i = body_start - 1
    while i >= 0 and lines[i].blank:
        i -= 1
    if i < 0 or lines[i].reason is not None:
        return None
    n = normalize(lines[i].text)
    return i if MIN_SHORT_HEADLINE <= len(n) < MIN_HEADLINE and _is_headline_shape(n) else None


def _body_lines(lines: list[_Line], start: int, end: int) -> list[int]:
    """Indexes of the body inside a run: prose, and subheads that have prose after them."""
    body: list[int] = []
    prose_follows = False
    for i in range(end, start - 1, -1):  # backwards, so "prose follows" is known in one pass
        line = lines[i]
        if line.blank or line.reason is not None:
            continue
        if _is_prose(line.text) or _is_sentence(line.text):
            prose_follows = True
        elif not prose_follows:
            continue
        body.append(i)
    return body[::-1]


def _decisions(lines: list[_Line], labels: dict[int, str], run: tuple[int, int],
               kept_meta: tuple[str | None, ...]) -> list[LineDecision]:
    start, end = run
    decisions = []
    for i, line in enumerate(lines):
        if line.blank:
            continue
        label = labels.get(i, "dropped")
        if label == "dropped" and line.reason in ("date", "byline") and line.text in kept_meta:
            label = line.reason
        reason = ""
        if label == "dropped":
            reason = line.reason or ("outside the article" if i < start or i > end else "heading without text")
        decisions.append(LineDecision(line.text, label, reason))
    return decisions


def article_from_text(text: str, original: bytes = b"") -> Article:
    if not text.strip():
        raise IngestError("the input is empty")
    lines = _classify(text.splitlines())
    runs = _runs(lines)
    if not runs:
        raise IngestError("no article text found: no line reads like Japanese prose")
    # The article comes before reader comments and topic boxes, which can hold more prose than a
    # short article: take the first run that is at least half as long as the longest.
    longest = max(r[2] for r in runs)
    start, end, _ = next(r for r in runs if r[2] >= longest / 2)
    title_i, subtitle_i = _header(lines, start)
    body = _body_lines(lines, start, end)

    if title_i is None and len(body) > 1 and not _is_prose(lines[body[0]].text):
        title_i = body.pop(0)  # body copied with its headline on top
    if title_i is None:
        title_i = _short_headline(lines, start)
    paragraphs = [lines[i].text for i in body]
    if not paragraphs:
        raise IngestError("no article text found: no line reads like Japanese prose")
    if title_i is not None:
        title = lines[title_i].text
    else:
        first = re.split(r"(?<=。)", paragraphs[0])[0]
        title = first if len(first) <= 40 else first[:40] + "…"
    subtitle = lines[subtitle_i].text if subtitle_i is not None else None

    header_lines = lines[max(0, start - HEADER_WINDOW * 2):start]
    dateline = _DATELINE.match(paragraphs[0].strip())
    byline = dateline.group(2) if dateline else next((ln.text for ln in header_lines if ln.reason == "byline"), None)
    date_text = next((ln.text for ln in header_lines if ln.reason == "date"), None)

    labels = {i: "body" for i in body}
    if title_i is not None:
        labels[title_i] = "title"
    if subtitle_i is not None:
        labels[subtitle_i] = "subtitle"
    decisions = _decisions(lines, labels, (start, end), (date_text, byline))
    if dateline:
        decisions.insert(0, LineDecision(byline, "byline", "from the dateline"))
    return Article(title=title, subtitle=subtitle, byline=byline, published=normalize_date(date_text),
                   paragraphs=paragraphs, original=original or text.encode("utf-8"), original_type="text",
                   decisions=decisions)
