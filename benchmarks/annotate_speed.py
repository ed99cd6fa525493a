"""Throughput of `yomu annotate --jsonl` after start-up, beside the bare analyser, same run.

    python benchmarks/annotate_speed.py [TEXT_FILE] [--runs N] [--size CHARS] [--cli]

Without a file, a text of about --size characters is built from the shared KWDLC sentences (or
from the bundled sample when ../shared is absent). Reports characters per second for Sudachi
alone (tokenize only), for annotate (tokens + rules + furigana), and for annotate plus the JSON
line the CLI writes; the overhead ratio bare/annotate+json is the figure to keep low.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from reader.core.nlp import tokenizer
from reader.core.nlp.annotate import annotate
from reader.core.samples import sample_path

ROOT = Path(__file__).resolve().parents[1]
KWDLC = ROOT.parent / "shared" / "eval" / "furigana" / "kwdlc_dev.jsonl"


def corpus(size: int) -> list[str]:
    if KWDLC.exists():
        base = [json.loads(line)["text"] for line in KWDLC.read_text("utf-8").splitlines()]
    else:
        base = [p for p in sample_path().read_text("utf-8").splitlines() if p.strip()]
    lines, n = [], 0
    while n < size:
        for t in base:
            lines.append(t)
            n += len(t)
    return lines


def rate(fn, lines, runs) -> float:
    chars = sum(map(len, lines))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for line in lines:
            fn(line)
        times.append(time.perf_counter() - t)
    return chars / statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--cli", action="store_true", help="also time the `yomu annotate --jsonl` command itself")
    a = ap.parse_args()
    lines = Path(a.text).read_text("utf-8").splitlines() if a.text else corpus(a.size)
    t = time.perf_counter()
    annotate("起動")  # start-up: the analyser loads once, lazily
    print(f"start-up to first annotation (in process): {(time.perf_counter() - t) * 1000:.0f} ms")
    tok, mode, _ = tokenizer._sudachi()
    bare = rate(lambda s: tok.tokenize(s, mode), lines, a.runs)
    ann = rate(annotate, lines, a.runs)
    full = rate(lambda s: annotate(s).to_json_line(), lines, a.runs)  # what `yomu annotate --jsonl` writes
    print(f"{sum(map(len, lines)):,} characters, median of {a.runs} runs")
    print(f"sudachi alone      {bare:12,.0f} chars/s")
    print(f"annotate           {ann:12,.0f} chars/s")
    print(f"annotate + JSON    {full:12,.0f} chars/s   overhead x{bare / full:.2f} over the bare analyser")
    if a.cli:
        cli_rates(lines, a.runs)
    return 0


def cli_rates(lines: list[str], runs: int) -> None:
    """The CLI itself over the same text, on one process and on the default number: wall time less
    the start-up (the same command over an empty input), median of runs."""
    from reader.core.nlp.batch import default_jobs

    data = ("\n".join(lines) + "\n").encode("utf-8")
    chars = sum(map(len, lines))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "YOMU_LIBRARY": os.devnull + "-none"}

    def wall(stdin: bytes, jobs: int) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "reader", "annotate", "--jsonl", "--no-corrections", "--jobs",
                        str(jobs)], input=stdin, stdout=subprocess.DEVNULL, check=True, env=env)
        return time.perf_counter() - t

    start_up = statistics.median(wall(b"", 1) for _ in range(runs))
    print(f"yomu annotate --jsonl start-up {start_up * 1000:.0f} ms (empty input)")
    for jobs in sorted({1, default_jobs()}):
        took = statistics.median(wall(data, jobs) for _ in range(runs))
        print(f"yomu annotate --jsonl --jobs {jobs}  {chars / (took - start_up):12,.0f} chars/s after start-up"
              f"   ({took:.2f} s in all)")


if __name__ == "__main__":
    sys.exit(main())
