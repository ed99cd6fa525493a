"""Time `yomu clean` per page after start-up: median of several runs per page, in one process.

The anchor, measured in the same run, is trafilatura alone on the same decoded page (what the
cleaner builds on), so the figure for our own work is the difference between the two columns.

    python benchmarks/clean_speed.py [PAGES_DIR] [--runs N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import trafilatura

from reader.core.ingest import load
from reader.core.ingest.decode import decode_bytes

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extract" / "pages"


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="?", default=str(DEFAULT))
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    files = sorted(p for p in Path(a.pages).iterdir() if p.suffix in (".html", ".txt") and ".gold" not in p.name)
    if not files:
        sys.exit(f"no pages in {a.pages}")
    load(str(files[0]))  # warm-up: first-call set-up is start-up, not per-page work
    print(f"{'page':28s} {'size KB':>8s} {'yomu clean ms':>14s} {'trafilatura ms':>15s}")
    ours, anchor = [], []
    for path in files:
        page = decode_bytes(path.read_bytes())
        t_ours = median_ms(lambda path=path: load(str(path)), a.runs)
        t_anchor = float("nan")
        if path.suffix == ".html":
            t_anchor = median_ms(lambda page=page: trafilatura.extract(page, fast=True, favor_precision=True), a.runs)
        ours.append(t_ours)
        if path.suffix == ".html":
            anchor.append(t_anchor)
        print(f"{path.stem:28s} {path.stat().st_size / 1024:8.0f} {t_ours:14.1f} {t_anchor:15.1f}")
    print(f"median over pages: yomu clean {statistics.median(ours):.1f} ms, "
          f"trafilatura alone {statistics.median(anchor):.1f} ms; slowest yomu clean {max(ours):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
