"""Popup look-ups on the shared cases (../shared/eval/lookup), scored by the project's script
against `yomu lookup --jsonl` on the full dictionary index.

The index is built once per test run from jamdict-data (30-40 s) into a session-scoped temporary
folder, through the same manage.open_index() the command uses, so the test starts from a clean
state and never reads or writes the user's own index."""
from __future__ import annotations

import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "lookup"


def installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


pytestmark = [
    pytest.mark.skipif(not (EVAL / "score.py").exists() or not (EVAL / "cases.jsonl").exists(),
                       reason="../shared/eval/lookup is not present"),
    pytest.mark.skipif(not installed("jamdict_data"),
                       reason="jamdict-data is not installed (the full index is built from it)"),
]


@pytest.fixture(scope="session")
def full_index(tmp_path_factory) -> Path:
    from reader.core.dictionary.manage import open_index

    path = tmp_path_factory.mktemp("full-dictionary") / "dictionary.sqlite3"
    assert not path.exists()
    with open_index(path) as index:
        assert index.meta["names"] == "1" and index.entries_for("示す")
    return path


def test_lookup_cases_all_pass(full_index):
    env = {**os.environ, "YOMU_DICTIONARY_INDEX": str(full_index)}
    env.pop("YOMU_DEBUG", None)
    cmd = f"{shlex.quote(sys.executable)} -m reader lookup --jsonl"
    r = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "cases.jsonl"), "--cmd", cmd],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines and lines[-1] == "pass rate 1.000", r.stdout + r.stderr
