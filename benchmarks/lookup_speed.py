"""Hover look-up latency: our scan (reader.core.dictionary.lookup) beside jamdict's own
`Jamdict().lookup(word)`, on the same positions of real text, in one process and one run.

    python benchmarks/lookup_speed.py [--index PATH] [--positions N] [--jamdict-positions M]

Text: the shared KWDLC sentences (../shared/eval/furigana/kwdlc_dev.jsonl), else the bundled
sample (resources/samples/welcome.txt). Positions: every character that is kana or kanji, in
text order, cycled to N (10,000). Each position is one hover: lookup(index, sentence, at).

What jamdict is given, and why that is fair to it: jamdict has no deinflection and no scan, so a
popup built on it needs at least one exact query for the word under the pointer. It gets the one
string that finds the entry our scan ranked first: that entry's dictionary form as matched (示す
for 示した), or the character itself where our scan found nothing. That is one query against our
up-to-16 prefixes times every deinflection candidate, so jamdict is timed on its cheapest
possible popup. Its defaults are kept (words + kanji + names, like our popup). jamdict is slow
(tens of ms a query), so it runs on every (N/M)-th position: M (1,000) of the same positions; our
scan's figures on that same subset are printed too, and the ratio uses them.

Index: --index, else $YOMU_DICTIONARY_INDEX, else the user's cache (built first when missing,
not timed). Load time is open + first query, in this process, with whatever the OS has cached.
Memory is the resident set (Linux /proc/self/statm; elsewhere peak RSS from getrusage) added by
opening the index and scanning, measured after the analyser has loaded and read the same text (the
reader does that for furigana before any hover; the scan's fallback needs it), so it counts the
index and the scan only.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

# Measure the checkout this file is in, not whatever `reader` is installed (an editable install of
# another worktree would otherwise be timed).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import reader  # noqa: E402
from reader.core.dictionary.index import DictionaryIndex, IndexCorrupt, IndexMissing, default_index_path  # noqa: E402
from reader.core.dictionary.lookup import lookup  # noqa: E402
from reader.core.kana import is_kana, is_kanji  # noqa: E402
from reader.core.nlp.tokenizer import tokenize  # noqa: E402
from reader.core.samples import sample_path  # noqa: E402

KWDLC = Path(__file__).resolve().parents[2] / "shared" / "eval" / "furigana" / "kwdlc_dev.jsonl"


def sentences() -> tuple[str, list[str]]:
    if KWDLC.exists():
        return str(KWDLC), [json.loads(line)["text"] for line in KWDLC.read_text("utf-8").splitlines() if line]
    path = sample_path()
    return str(path), [line for line in path.read_text("utf-8").splitlines() if line.strip()]


def positions(texts: list[str], n: int) -> list[tuple[str, int]]:
    every = [(text, at) for text in texts for at, ch in enumerate(text) if is_kana(ch) or is_kanji(ch)]
    if not every:
        raise SystemExit("no kana or kanji in the text")
    return [every[i % len(every)] for i in range(n)]


def rss_bytes() -> int:
    """The resident set now (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def rss_split() -> dict[str, int]:
    """Anonymous and file-backed resident memory in bytes (Linux only; {} elsewhere). File-backed
    pages are the mapped files the process has touched (the analyser's dictionary): shared with
    the page cache and dropped first under memory pressure."""
    split = {}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(("RssAnon:", "RssFile:")):
                    key, value = line.split(":")
                    split[key] = int(value.split()[0]) * 1024
    except (OSError, ValueError):
        return {}
    return split


def peak_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    k = max(0, min(len(sorted_values) - 1, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def summary(label: str, times_ns: list[int]) -> tuple[str, float]:
    ms = sorted(t / 1e6 for t in times_ns)
    median = statistics.median(ms)
    line = (f"{label:<34} n={len(ms):>6,}  median {median:8.3f} ms  p95 {percentile(ms, 95):8.3f} ms  "
            f"p99 {percentile(ms, 99):8.3f} ms  max {ms[-1]:8.3f} ms")
    return line, median


def index_path(arg: str | None) -> Path:
    path = Path(arg).expanduser() if arg else default_index_path()
    try:
        DictionaryIndex.open(path).close()
    except (IndexMissing, IndexCorrupt):
        from reader.core.dictionary.build import build_index

        print(f"building the dictionary index at {path} (not timed) ...", flush=True)
        build_index(path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", help="dictionary index file (default: $YOMU_DICTIONARY_INDEX, else the user cache)")
    ap.add_argument("--positions", type=int, default=10_000)
    ap.add_argument("--jamdict-positions", type=int, default=1_000,
                    help="positions for jamdict, spread evenly over the others (it is slow)")
    a = ap.parse_args()
    try:
        from jamdict import Jamdict
    except ImportError:
        print("jamdict is not installed: pip install jamdict jamdict-data", file=sys.stderr)
        return 2

    source, texts = sentences()
    hovers = positions(texts, a.positions)
    path = index_path(a.index)
    print(f"text: {source} ({len(texts):,} lines); {len(hovers):,} hover positions (kana/kanji, cycled)")
    print(f"index: {path} ({path.stat().st_size / 2**20:.0f} MiB); code: {Path(reader.__file__).parent}")

    # The analyser (the scan's fallback) loads here, outside the figures below, and reads the text as
    # the reader does before anyone hovers (furigana): the pages of its own dictionary that this
    # touches are the reader's, not the index's.
    for text in texts:
        tokenize(text)
    rss_before, peak_before, split_before = rss_bytes(), peak_rss_bytes(), rss_split()

    # --- ours: load, then every position
    t = time.perf_counter_ns()
    index = DictionaryIndex.open(path)
    opened_ns = time.perf_counter_ns() - t
    lookup(index, "政府は方針を示した。", 6)
    load_ns = time.perf_counter_ns() - t
    ours, firsts = [], []
    clock = time.perf_counter_ns
    for text, at in hovers:
        t = clock()
        result = lookup(index, text, at)
        ours.append(clock() - t)
        firsts.append(result.matches[0].term if result.matches else text[at])
    rss_after, peak_after, split_after = rss_bytes(), peak_rss_bytes(), rss_split()

    # --- jamdict: every step-th position, given the word our scan found there
    step = max(1, len(hovers) // max(1, a.jamdict_positions))
    sample = list(range(0, len(hovers), step))[: a.jamdict_positions]
    t = time.perf_counter_ns()
    jam = Jamdict()
    if not jam.is_available():
        print("jamdict has no data: pip install jamdict-data", file=sys.stderr)
        return 2
    jam.lookup("示す")
    jam_load_ns = time.perf_counter_ns() - t
    theirs = []
    for i in sample:
        query = firsts[i]
        t = clock()
        jam.lookup(query)
        theirs.append(clock() - t)

    print()
    print("index load (open + first query):  "
          f"{load_ns / 1e6:.1f} ms (open {opened_ns / 1e6:.1f} ms); jamdict: Jamdict() + first lookup "
          f"{jam_load_ns / 1e6:.1f} ms")
    print(f"memory added by opening the index and scanning: RSS {(rss_after - rss_before) / 2**20:+.1f} MiB "
          f"(peak RSS {(peak_after - peak_before) / 2**20:+.1f} MiB)")
    if split_before and split_after:
        anon = (split_after["RssAnon"] - split_before["RssAnon"]) / 2**20
        mapped = (split_after["RssFile"] - split_before["RssFile"]) / 2**20
        print(f"  of which anonymous (SQLite page cache, decoded entries ...) {anon:+.1f} MiB, file-backed "
              f"(mapped pages touched, mostly the analyser's dictionary) {mapped:+.1f} MiB")
    print()
    line, ours_median = summary("ours: lookup() per hover", ours)
    print(line)
    subset_line, ours_subset_median = summary("ours, jamdict's positions", [ours[i] for i in sample])
    print(subset_line)
    for kind, test in (("kanji", is_kanji), ("kana", is_kana)):
        times = [ns for ns, (text, at) in zip(ours, hovers, strict=True) if test(text[at])]
        if times:
            print(summary(f"ours, hovers on {kind}", times)[0])
    jam_line, jam_median = summary("jamdict: Jamdict().lookup(word)", theirs)
    print(jam_line)
    print()
    print(f"jamdict ran on {len(sample):,} of the {len(hovers):,} positions (every {step}th): it is too slow "
          "for all of them in one run.")
    print(f"ratio of medians on the same positions, jamdict / ours: x{jam_median / ours_subset_median:.1f} "
          f"(ours over all {len(hovers):,}: median {ours_median:.3f} ms)")
    index.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
