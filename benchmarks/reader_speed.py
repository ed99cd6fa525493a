"""The reader window's speed, measured in the real view (QtWebEngine, offscreen):

    python benchmarks/reader_speed.py [--index PATH] [--hovers N] [--runs N]

1. Hover to popup: the real mouse (QTest) moves onto N characters of a 3,000-character article,
   one after another with a pause between them as a hand makes. For each hover the page measures
   from the mouse event's timestamp to the frame after the popup was drawn (requestAnimationFrame,
   then a task after it), with the dictionary lookup done in Python through the bridge. Printed
   beside the bare lookup() for the same positions, in this process, in the same run.
2. Open an article: from the call that opens it (annotation included: cold cache, then warm) to
   the page saying it is laid out, scrolled and painted. Median of --runs.
3. Highlights: a library of 10,000 highlights (built as benchmarks/annotations_speed.py builds it),
   opening its article with 200 of them, drawn with the first paint; beside the same article
   with none, in the same run. Median of --runs.
4. Cold start: `python -m reader` in a fresh process, from spawning it to the window being
   up with the article painted (YOMU_EXIT_WHEN_READY makes it say so and quit). Median of --runs.

Text: sentences from the shared KWDLC set when ../shared is there, else the bundled sample, to
about 3,000 characters. Index: --index, else $YOMU_DICTIONARY_INDEX, else the user's cache.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KWDLC = Path(__file__).resolve().parents[2] / "shared" / "eval" / "furigana" / "kwdlc_dev.jsonl"


def article_paragraphs(size: int = 3000) -> list[str]:
    from reader.core.samples import sample_path

    if KWDLC.exists():
        sentences = [json.loads(line)["text"] for line in KWDLC.read_text("utf-8").splitlines() if line]
    else:
        sentences = [p for p in sample_path().read_text("utf-8").splitlines() if p.strip()]
    paragraphs, total, i = [], 0, 0
    while total < size:
        para = "".join(sentences[(i + k) % len(sentences)] for k in range(3))
        paragraphs.append(para)
        total += len(para)
        i += 3
    return paragraphs


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def line(label: str, values: list[float]) -> str:
    return (f"{label:<44} n={len(values):>4}  median {statistics.median(values):7.2f} ms  "
            f"p95 {percentile(values, 95):7.2f} ms  max {max(values):7.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path)
    parser.add_argument("--hovers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.index:
        os.environ["YOMU_DICTIONARY_INDEX"] = str(args.index)
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QTimer, qInstallMessageHandler
    from PySide6.QtTest import QTest

    from reader.core.dictionary.lookup import lookup
    from reader.core.models import Article
    from reader.core.store import Library
    from reader.ui.app import ensure_application
    from reader.ui.main_window import MainWindow

    qInstallMessageHandler(lambda *_: None)
    app = ensure_application([])
    QCoreApplication.setOrganizationName("YomuBenchmark")  # never touch the user's settings

    def wait(condition, timeout=30.0):
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)

    def idle(ms: int) -> None:
        """The app's own event loop, as in the running app (QTest.qWait polls with 10 ms sleeps,
        which would delay the engine's messages to this, its browser-side thread)."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def value(view, expression):
        got = []
        view.evaluate(expression, got.append)
        wait(lambda: bool(got))
        return got[0]

    paragraphs = article_paragraphs()
    chars = sum(map(len, paragraphs))
    article = Article(title="読み込み速度の計測", paragraphs=paragraphs, source="benchmark")
    with tempfile.TemporaryDirectory() as tmp:
        library_path = Path(tmp) / "bench.sqlite3"
        library = Library.open(library_path)
        article_id, _ = library.add_article(article)
        window = MainWindow(library, native_dialogs=False)
        window.resize(1200, 800)
        window.show()
        view = window.article_view
        wait(lambda: view.ready)
        if window.dictionary is None:
            raise SystemExit("no dictionary index: build one (yomu lookup 日本) or pass --index")
        print(f"article: {chars:,} characters in {len(paragraphs)} paragraphs; index: {window.dictionary.path}")

        # ---------------------------------------------------------------- open
        opens_cold, opens_warm = [], []
        other_id, _ = library.add_article(Article(title="別の記事", paragraphs=["短い本文。"]))
        for _run in range(args.runs):
            for cold in (True, False):
                window.open_article(other_id)
                wait(lambda: view.ready and view.article_id == other_id)
                if cold:  # forget this article's furigana, as on its first opening
                    with sqlite3.connect(library_path) as db:
                        db.execute("DELETE FROM annotation_cache")
                t0 = time.perf_counter()
                window.open_article(article_id)
                wait(lambda: view.ready and view.article_id == article_id)
                (opens_cold if cold else opens_warm).append((time.perf_counter() - t0) * 1000)
        print(line("open 3,000 chars, annotation cache cold", opens_cold))
        print(line("open 3,000 chars, annotation cache warm", opens_warm))

        # ---------------------------------------------------------------- hover
        value(view, "window.scrollTo(0, 0) || true")
        wait(lambda: True)
        positions = []
        for block, text in enumerate(paragraphs):
            for offset, ch in enumerate(text):
                if "\u3040" <= ch <= "\u9fff":
                    positions.append((block, offset))
        step = max(1, len(positions) // args.hovers)
        chosen = positions[::step][:args.hovers]
        target = view.focusProxy()
        for block, offset in chosen:
            value(view, "yomu.closePopup() || true")
            if not value(view, f"yomu.reveal({block}, {offset})"):
                continue
            rect = value(view, f"yomu.rectOf({block}, {offset})")
            if not rect:
                continue
            idle(40)  # a hand's pause between two words
            QTest.mouseMove(target, QPoint(int(rect["x"] + rect["w"] / 2), int(rect["y"] + rect["h"] / 2)))
            # Leave the page alone while it works: asking it anything now would compete with the popup.
            idle(150)
        page_ms = value(view, "yomu.timings()")
        bare = []
        for block, offset in chosen:
            t0 = time.perf_counter()
            lookup(window.dictionary, paragraphs[block], offset)
            bare.append((time.perf_counter() - t0) * 1000)
        print(line("hover -> popup painted (page clock)", page_ms))
        parts = value(view, "yomu.timingParts()")
        for key, label in (("hit", "pointer to request"), ("bridge", "bridge round trip (lookup in Python)"),
                           ("build", "popup built and placed"), ("paint", "to the frame after it")):
            print(line(f"  of which {label}", [p[key] for p in parts]))
        print(line("bare lookup(), same positions", bare))
        window.close()
        library.close()

    # ---------------------------------------------------------------- 10,000 highlights
    import importlib.util
    import random

    spec = importlib.util.spec_from_file_location("annotations_speed", Path(__file__).with_name("annotations_speed.py"))
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    from reader.core.annotations_io import import_json

    rng = random.Random(6)
    pool = builder.sentences()
    many = builder.make_articles(rng, pool)
    with tempfile.TemporaryDirectory() as tmp:
        library = Library.open(Path(tmp) / "highlights.sqlite3")
        ids = [library.add_article(a)[0] for a in many]
        report = import_json(library, builder.make_export(rng, ids, many, 10_000))
        bare_id, _ = library.add_article(Article(title=many[0].title + "（印なし）", paragraphs=many[0].paragraphs))
        window = MainWindow(library, native_dialogs=False)
        window.resize(1200, 800)
        window.show()
        view = window.article_view
        wait(lambda: view.ready)
        marked, plain = [], []
        for _run in range(args.runs):
            for article_id, out in ((ids[0], marked), (bare_id, plain)):
                window.open_article(ids[1])
                wait(lambda: view.ready and view.article_id == ids[1])
                t0 = time.perf_counter()
                window.open_article(article_id)
                wait(lambda a=article_id: view.ready and view.article_id == a)
                out.append((time.perf_counter() - t0) * 1000)
        window.open_article(ids[0])
        wait(lambda: view.ready and view.article_id == ids[0])
        drawn = value(view, "yomu.drawnHighlights()")
        count = len(library.highlights_for(ids[0]))
        print(f"library: {report.added:,} highlights in {len(ids)} articles; the open one has {count}"
              f" (drawn: {sum(drawn.values()) if drawn else 'n/a'})")
        print(line(f"open article with {count} highlights, painted", marked))
        print(line("same article, no highlights", plain))
        window.close()
        library.close()

    # ---------------------------------------------------------------- cold start
    starts = []
    with tempfile.TemporaryDirectory() as tmp:
        lib_path = Path(tmp) / "start.sqlite3"
        with Library.open(lib_path) as lib:
            lib.add_article(article)
        env = {**os.environ, "YOMU_EXIT_WHEN_READY": "1", "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        for _ in range(args.runs):
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "reader", "--library", str(lib_path)], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            out = proc.stdout.readline()
            if "window ready" in out:
                starts.append((time.perf_counter() - t0) * 1000)
            proc.wait(timeout=60)
    if starts:
        print(line("cold start to window with article painted", starts))
    else:
        print("cold start: the app did not report a ready window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
