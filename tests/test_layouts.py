"""Cleaning across many site layouts: each page in fixtures/layouts must give its gold title
exactly and its gold body with a character F1 of at least 0.98 (NFKC, whitespace ignored)."""
from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from reader.core.ingest import load

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
PAGES = sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".html", ".txt") and not p.name.endswith(".gold.txt"))


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def _char_f1(pred: str, gold: str) -> float:
    p, g = Counter(_norm(pred)), Counter(_norm(gold))
    tp = sum((p & g).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(p.values()), tp / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _gold(page: Path) -> tuple[dict, str]:
    head, body = page.with_suffix("").with_suffix(".gold.txt").read_text("utf-8").split("\n---\n", 1)
    meta = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(": ") for ln in head.splitlines())}
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if meta.get("subtitle") and lines and _norm(lines[0]) == _norm(meta["subtitle"]):
        lines = lines[1:]
    return meta, "\n".join(([meta["subtitle"]] if meta.get("subtitle") else []) + lines)


def test_there_are_layouts_to_check():
    assert len(PAGES) >= 25


# Known gaps, kept visible: a test that starts passing (strict xfail) gets promoted.
KNOWN_GAPS = {
    # A site promo (◆フォーラム開設中 + a sentence) inside the same <br> block as the body, with
    # nothing in the markup or wording that separates it from an ordinary closing paragraph.
    "gigazine_20240604_squid": "self-promotion inside the body block",
}


def _cases():
    for page in PAGES:
        reason = KNOWN_GAPS.get(page.stem)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(page, id=page.stem, marks=marks)


@pytest.mark.parametrize("page", list(_cases()))
def test_layout_is_cleaned_to_its_gold(page):
    meta, gold_body = _gold(page)
    article = load(str(page))
    assert _norm(article.title) == _norm(meta["title"])
    body = "\n".join(([article.subtitle] if article.subtitle else []) + article.paragraphs)
    assert _char_f1(body, gold_body) >= 0.98
