"""Highlights and notes at scale: 10,000 highlights in one library.

    python benchmarks/annotations_speed.py [--runs N] [--highlights N]

A fresh library in a temporary folder: 50 articles of about 3,000 characters, 200 highlights on
one of them and the rest spread at random over the others, about half with a note. They go in as
one import (annotations_io.import_json, one transaction; its time is printed too). Then, each the
median of --runs, warm:

1. highlights_for() of the article with 200 highlights (what the reader asks for when it opens an
   article; add the page's paint time to this), beside a bare SELECT of the same rows;
2. search_annotations() for several queries (trigram index for terms of 3+ characters, LIKE for
   shorter), beside the bare index query (FTS5 MATCH, or the LIKE scan) on the same connection;
3. re-anchoring: highlights_for() right after update_article_text(), which makes all 200 stale
   (a paragraph added at the top: each found again at once; and a paragraph rewritten: fuzzy
   matches and orphans);
4. all_highlights() of the whole library and export_json().

Bars (the issue): note search under 50 ms; an article with 200 highlights painted in under 300 ms
(this measures the library's part of it).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

# Measure the checkout this file is in, not whatever `reader` is installed (an editable install of
# another worktree would otherwise be timed).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import reader  # noqa: E402
from reader.core.annotations import COLOURS, STYLES, body_hash, context_at, stamp  # noqa: E402
from reader.core.annotations_io import export_json, import_json  # noqa: E402
from reader.core.models import Article  # noqa: E402
from reader.core.samples import sample_path  # noqa: E402
from reader.core.store import Library  # noqa: E402

KWDLC = Path(__file__).resolve().parents[2] / "shared" / "eval" / "furigana" / "kwdlc_dev.jsonl"
ARTICLES = 50
ON_ONE = 200
NOTE_WORDS = ["語彙", "文法", "復習", "敬語", "要確認", "使役受身", "慣用句", "経済用語", "ニュース表現", "発音"]


def sentences() -> list[str]:
    if KWDLC.exists():
        found = [json.loads(line)["text"] for line in KWDLC.read_text("utf-8").splitlines() if line]
    else:
        found = []
        for paragraph in sample_path().read_text("utf-8").splitlines():
            found.extend(s + "。" for s in paragraph.split("。") if s.strip())
    return [s for s in found if len(s) >= 8]


def make_articles(rng: random.Random, pool: list[str]) -> list[Article]:
    articles = []
    for number in range(ARTICLES):
        paragraphs, size = [], 0
        while size < 3000:
            paragraph = "".join(rng.choice(pool) for _ in range(3))
            paragraphs.append(paragraph)
            size += len(paragraph)
        paragraphs[0] = f"第{number}号。" + paragraphs[0]  # every article's text is its own
        articles.append(Article(title=f"記事{number}: {paragraphs[0][:20]}", paragraphs=paragraphs,
                                url=f"https://example.com/news/{number}"))
    return articles


def make_export(rng: random.Random, ids: list[int], articles: list[Article], total: int) -> dict:
    counts = {ids[0]: ON_ONE}
    for _ in range(total - ON_ONE):
        other = rng.choice(ids[1:])
        counts[other] = counts.get(other, 0) + 1
    highlights = []
    now = stamp()
    for article_id, article in zip(ids, articles, strict=True):
        for _ in range(counts.get(article_id, 0)):
            paragraph = rng.randrange(len(article.paragraphs))
            text = article.paragraphs[paragraph]
            start = rng.randrange(len(text) - 2)
            end = min(len(text), start + rng.randint(2, 30))
            prefix, suffix = context_at(article.paragraphs, paragraph, start, end)
            note = ""
            if rng.random() < 0.5:
                note = f"{rng.choice(NOTE_WORDS)}: " + rng.choice(article.paragraphs)[:rng.randint(10, 120)]
            highlights.append({
                "id": f"{rng.getrandbits(128):032x}", "article_id": article_id, "paragraph": paragraph,
                "start": start, "end": end, "quote": text[start:end], "prefix": prefix, "suffix": suffix,
                "text_hash": body_hash(article.paragraphs), "colour": rng.choice(COLOURS),
                "style": rng.choice(STYLES), "note": note, "created": now, "updated": now,
            })
    described = [{"id": i, "title": a.title, "url": a.url, "source": None, "text_hash": body_hash(a.paragraphs)}
                 for i, a in zip(ids, articles, strict=True)]
    return {"format": "yomu-annotations", "version": 1, "exported": now, "articles": described,
            "highlights": highlights}


def timed(call, runs: int) -> tuple[float, object]:
    """Median milliseconds of `runs` calls (after one warm-up), and the last result."""
    result = call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def line(label: str, ms: float, anchor: float | None = None, note: str = "") -> str:
    beside = f"   bare {anchor:7.2f} ms" if anchor is not None else " " * 18
    return f"{label:<46} {ms:8.2f} ms{beside}  {note}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--highlights", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(6)
    pool = sentences()
    articles = make_articles(rng, pool)
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "library.sqlite3") as lib:
        ids = [lib.add_article(a)[0] for a in articles]
        data = make_export(rng, ids, articles, args.highlights)
        start = time.perf_counter()
        report = import_json(lib, data)
        import_ms = (time.perf_counter() - start) * 1000
        db = lib._db  # the bare anchors use the same connection
        print(f"code: {Path(reader.__file__).parent}; {report.added:,} highlights in {len(ids)} articles,"
              f" {sum(1 for h in data['highlights'] if h['note']):,} with notes; median of {args.runs} runs")
        print(line("import (one transaction, every field checked)", import_ms, note="once"))

        big = ids[0]
        ms, found = timed(lambda: lib.highlights_for(big), args.runs)
        bare, _ = timed(lambda: db.execute(
            'SELECT * FROM highlights WHERE article_id = ? AND deleted = 0 ORDER BY orphaned, paragraph, start, "end"',
            [big]).fetchall(), args.runs)
        print(line(f"highlights_for (article with {len(found)})", ms, bare))

        queries = [("要確認", "a note word, 3 chars"), ("ニュース表現", "a note word, 6 chars"),
                   ("文法 復習", "two terms"), ("語彙", "2 chars: LIKE"), ("経", "1 char: LIKE"),
                   (pool[3][2:8], "a passage's words"), ("存在しない言葉", "no hit")]
        for query, what in queries:
            ms, hits = timed(lambda q=query: lib.search_annotations(q), args.runs)
            terms = query.split()
            if all(len(t) >= 3 for t in terms):
                match = " ".join('"' + t + '"' for t in terms)
                anchor_sql = "SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY rank LIMIT 50"
                anchor_params: list = [match]
            else:
                anchor_sql = ("SELECT seq FROM highlights WHERE note LIKE ? OR quote LIKE ?"
                              " ORDER BY updated DESC LIMIT 50")
                anchor_params = [f"%{query}%", f"%{query}%"]
            bare, _ = timed(lambda s=anchor_sql, p=anchor_params: db.execute(s, p).fetchall(), args.runs)
            print(line(f"search_annotations: {what}", ms, bare, f"{len(hits)} hits for {query!r}"))

        original = articles[0]
        shifted = Article(title=original.title, paragraphs=["【追記】新しい段落。", *original.paragraphs])
        rewritten_paragraphs = list(original.paragraphs)
        middle = len(rewritten_paragraphs) // 2
        rewritten_paragraphs[middle] = rewritten_paragraphs[middle][::-1]
        rewritten = Article(title=original.title, paragraphs=rewritten_paragraphs)
        for label, edited in (("a paragraph added at the top", shifted), ("a paragraph rewritten", rewritten)):
            times, orphans = [], 0
            for run in range(max(3, args.runs // 3)):
                lib.update_article_text(big, edited if run % 2 == 0 else original)
                start = time.perf_counter()
                placed = lib.highlights_for(big)
                times.append((time.perf_counter() - start) * 1000)
                orphans = sum(h.orphaned for h in placed) if run % 2 == 0 else orphans
            print(line(f"re-anchor 200 after {label}", statistics.median(times),
                       note=f"{orphans} orphaned in the edited text"))
        lib.update_article_text(big, original)
        lib.highlights_for(big)

        ms, everything = timed(lambda: lib.all_highlights(), max(3, args.runs // 3))
        print(line(f"all_highlights ({len(everything):,})", ms))
        ms, _ = timed(lambda: export_json(lib), max(3, args.runs // 3))
        print(line("export_json (everything)", ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
