"""Furigana accuracy on the shared human-annotated sets, scored by the project's script.

The reference sentences (news headlines, dates, counters, country abbreviations) must be right
span for span. On KWDLC the issue's bar is 0.99; this test holds the level reached so far, so a
regression fails here (see the closing notes for the measured figure)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "furigana"
pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not present")
KWDLC_FLOOR = 0.979


def accuracy(name: str, tmp_path) -> float:
    gold = EVAL / f"{name}.jsonl"
    texts = "".join(json.loads(line)["text"] + "\n" for line in gold.read_text("utf-8").splitlines())
    pred = tmp_path / f"{name}.pred.jsonl"
    # --no-corrections: the engine's own readings, whatever the user's library holds.
    r = subprocess.run([sys.executable, "-m", "reader", "annotate", "--jsonl", "--no-corrections"],
                       input=texts.encode("utf-8"), capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr
    pred.write_bytes(r.stdout)
    s = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold), str(pred), "--json"],
                       capture_output=True, text=True, timeout=600)
    return json.loads(s.stdout)["accuracy"]


@pytest.mark.parametrize("name", ["news_reference", "probe_reference"])
def test_reference_sentences_are_all_right(name, tmp_path):
    assert accuracy(name, tmp_path) == 1.0


def test_kwdlc_does_not_regress(tmp_path):
    assert accuracy("kwdlc_dev", tmp_path) >= KWDLC_FLOOR
