"""The extraction quality bar, measured with the project's evaluation script on ../shared."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extract"
pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not present")


def test_extraction_meets_the_quality_bar():
    cmd = f"{sys.executable} -m reader clean {{path}} --json"
    r = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "pages"), "--cmd", cmd, "--json"],
                       capture_output=True, text=True, timeout=600, cwd=Path(__file__).parents[1])
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    pages = {row["page"]: row for row in result["pages"]}
    assert all(row["rc"] == 0 for row in pages.values())
    assert result["mean"]["f1"] >= 0.98
    assert result["mean"]["title_exact"] >= 0.9
    seed = pages["nikkei_seed_paste"]
    assert seed["f1"] == 1.0 and seed["title_exact"]
