"""`yomu annotate --jsonl` on several processes: the same lines, in the same order, as on one."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.nlp import batch
from reader.core.nlp.annotate import annotate
from reader.core.nlp.batch import BATCH_LINES, annotated_lines, default_jobs

ROOT = Path(__file__).resolve().parents[1]

# Our own sentences, varied so that neighbouring batches differ: numbers, names, kana, emoji, blanks.
SENTENCES = [
    "政府は七日、新たな対策を示した。", "", "小池百合子知事は会見で話した。", "きょうは晴れ。",
    "😀市場へ行く。", "ｶﾀｶﾅと漢字が混ざる文。", "観まーす！", "２９～３０日に会議を開く。", "\u0007制御文字",
]


def texts(n: int) -> list[str]:
    return [f"{SENTENCES[i % len(SENTENCES)]}{i}番目" if i % 7 else SENTENCES[i % len(SENTENCES)] for i in range(n)]


def test_several_processes_give_the_same_lines_in_order():
    lines = texts(BATCH_LINES * 5 + 17)
    one = list(annotated_lines(lines, jobs=1))
    assert one == [annotate(t).to_json_line() for t in lines]
    assert list(annotated_lines(iter(lines), jobs=3)) == one


def test_corrections_reach_the_workers():
    lines = ["駅前の市場で野菜を買った。"] * (BATCH_LINES * 2 + 1)
    corrections = {("市場", ""): "しじょうば"}
    out = list(annotated_lines(lines, corrections, jobs=2))
    assert len(out) == len(lines) and all("しじょうば" in line for line in out)


def test_a_small_input_starts_no_worker(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for one batch")
    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_pool)
    lines = texts(BATCH_LINES)
    assert list(annotated_lines(lines, jobs=4)) == [annotate(t).to_json_line() for t in lines]
    assert list(annotated_lines([], jobs=4)) == []


def test_default_jobs_is_within_bounds():
    assert 1 <= default_jobs() <= batch.MAX_JOBS


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "YOMU_LIBRARY": str(ROOT / "build" / "no-such-library.sqlite3")}
    return subprocess.run([sys.executable, "-m", "reader", "annotate", "--jsonl", *args], input=stdin.encode(),
                          capture_output=True, env=env, timeout=300)


def test_cli_jobs_output_is_byte_identical():
    stdin = "\n".join(texts(BATCH_LINES * 3 + 5)) + "\n"
    one = run_cli("--jobs", "1", stdin=stdin)
    two = run_cli("--jobs", "2", stdin=stdin)
    assert one.returncode == 0 and two.returncode == 0, (one.stderr, two.stderr)
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == BATCH_LINES * 3 + 5


@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_cli_bad_jobs_is_one_line(jobs):
    done = run_cli("--jobs", jobs, stdin="日本\n")
    assert done.returncode == 1 and done.stdout == b""
    assert done.stderr.decode().count("\n") == 1 and "--jobs" in done.stderr.decode()
