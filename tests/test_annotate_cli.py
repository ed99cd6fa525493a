"""`yomu annotate`: the JSON contracts external checks rely on."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.fixture(autouse=True)
def no_library(tmp_path, monkeypatch):
    """No library, so the user's own reading corrections cannot change what these tests see."""
    monkeypatch.setenv("YOMU_LIBRARY", str(tmp_path / "absent" / "library.sqlite3"))


def run(*args, stdin: str = ""):
    return subprocess.run([sys.executable, "-m", "reader", "annotate", *args], input=stdin.encode("utf-8"),
                          capture_output=True, timeout=120)


def test_jsonl_one_object_a_line_in_order_text_unchanged():
    texts = ["米ロ首脳が電話協議へ", "", "😀東京都\tに行った", "ひらがなだけ", "ｶﾀｶﾅ"]
    r = run("--jsonl", stdin="\n".join(texts) + "\n")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert [row["text"] for row in rows] == texts
    first = rows[0]
    assert set(first) >= {"text", "ruby", "tokens"}
    assert [0, 1, "べい"] in first["ruby"]
    assert set(first["tokens"][0]) >= {"surface", "start", "end", "lemma", "reading", "pos"}
    for row in rows:
        for start, end, reading in row["ruby"]:
            assert 0 <= start < end <= len(row["text"]) and reading


def test_json_for_one_text_and_plain_output():
    r = run("話し合った", "--json")
    data = json.loads(r.stdout)
    assert data["ruby"] == [[0, 1, "はな"], [2, 3, "あ"]]
    plain = run("話し合った").stdout.decode("utf-8").strip()
    assert plain == "話《はな》し合《あ》った"


def test_stdin_with_several_paragraphs_gives_a_list():
    r = run("-", "--json", stdin="東京\n大阪\n")
    assert [d["text"] for d in json.loads(r.stdout)] == ["東京", "大阪"]
