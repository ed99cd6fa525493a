"""Annotation speed of two checkouts side by side, same run: has a change made the engine slower?

    python benchmarks/annotate_compare.py BASE_CHECKOUT [OTHER_CHECKOUT] [--rounds N] [--size CHARS]

OTHER_CHECKOUT defaults to this one. e.g. `git worktree add --detach /tmp/base <commit>` then
`python benchmarks/annotate_compare.py /tmp/base`. Each round times annotate + JSON line, and
Sudachi alone, in a fresh process per checkout, the two alternating so that a noisy machine hits
both alike; the best of the rounds is reported for each, with the ratio over the bare analyser.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from annotate_speed import corpus

# Run inside each checkout: its own reader package first on the path.
_TIMER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from reader.core.nlp.annotate import annotate
from reader.core.nlp.tokenizer import tokenize
lines = json.load(sys.stdin)
annotate("準備")
def best(fn):
    t = time.perf_counter()
    for line in lines:
        fn(line)
    return time.perf_counter() - t
print(json.dumps({"annotate": best(lambda s: annotate(s).to_json_line()), "bare": best(tokenize)}))
"""


def timed(checkout: Path, lines: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _TIMER, str(checkout)], input=json.dumps(lines),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("other", type=Path, nargs="?", default=Path(__file__).resolve().parents[1])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--size", type=int, default=300_000)
    a = ap.parse_args()
    for checkout in (a.base, a.other):
        if not (checkout / "reader" / "core" / "nlp" / "annotate.py").is_file():
            print(f"annotate_compare: {checkout} is not a Yomu checkout", file=sys.stderr)
            return 2
    lines = corpus(a.size)
    chars = sum(map(len, lines))
    results: dict[Path, list[dict[str, float]]] = {a.base: [], a.other: []}
    for _ in range(a.rounds):
        for checkout in results:
            results[checkout].append(timed(checkout, lines))
    print(f"{chars:,} characters, best of {a.rounds} rounds, alternating")
    for checkout, rounds in results.items():
        annotate_s = min(r["annotate"] for r in rounds)
        bare_s = min(r["bare"] for r in rounds)
        print(f"{str(checkout):40} annotate + JSON {chars / annotate_s:>10,.0f} chars/s   "
              f"Sudachi + tokens {chars / bare_s:>10,.0f} chars/s   ratio x{annotate_s / bare_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
