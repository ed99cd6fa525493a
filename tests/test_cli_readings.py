"""`yomu readings` (the user's furigana corrections) and `yomu annotate` applying them, run as a
real subprocess. Every library is a file under tmp_path; YOMU_LIBRARY points into tmp_path too, so
nothing here reads or writes the user's own library."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from reader.core.store import Library

FIXTURES = Path(__file__).parent / "fixtures" / "db"


@pytest.fixture
def lib(tmp_path) -> Path:
    return tmp_path / "lib" / "library.sqlite3"


def yomu(*args, library: Path | None, stdin: str | None = None, env: dict | None = None):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("YOMU_DEBUG", None)
    cmd = [sys.executable, "-m", "reader"] + (["--library", str(library)] if library else []) + list(args)
    r = subprocess.run(cmd, input=None if stdin is None else stdin.encode("utf-8"), capture_output=True,
                       env=full_env, timeout=120)
    r.out, r.err = r.stdout.decode("utf-8"), r.stderr.decode("utf-8")
    return r


@pytest.fixture(autouse=True)
def default_library_in_tmp(tmp_path, monkeypatch):
    """A run without --library would use $YOMU_LIBRARY: keep that inside the test's folder."""
    monkeypatch.setenv("YOMU_LIBRARY", str(tmp_path / "default" / "library.sqlite3"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def annotate_json(text: str, *extra: str, library: Path | None) -> dict:
    r = yomu("annotate", "--json", *extra, text, library=library)
    assert r.returncode == 0, r.err
    return json.loads(r.out)


# -- yomu readings ---------------------------------------------------------------------------


def test_set_list_delete_round_trip(lib):
    r = yomu("readings", "set", "市場", "イチバ", library=lib)  # katakana in, hiragana stored
    assert (r.returncode, r.out, r.err) == (0, "市場 → いちば\n", "")
    assert yomu("readings", "set", "行っ", "ゆっ", "--lemma", "行く", library=lib).returncode == 0

    listed = yomu("readings", "list", library=lib)
    assert listed.returncode == 0 and listed.out == "市場 → いちば\n行っ (行く) → ゆっ\n"
    with Library.open(lib) as library:
        assert library.reading_overrides() == {("市場", ""): "いちば", ("行っ", "行く"): "ゆっ"}

    r = yomu("readings", "delete", "市場", library=lib)
    assert (r.returncode, r.out) == (0, "deleted 市場 → いちば\n")
    r = yomu("readings", "delete", "行っ", "--lemma", "行く", library=lib)
    assert r.returncode == 0
    empty = yomu("readings", "list", library=lib)
    assert empty.returncode == 0 and empty.out == "" and "yomu readings set" in empty.err
    assert json.loads(yomu("readings", "list", "--json", library=lib).out) == []


def test_list_json_contract_sorted_by_surface_then_lemma(lib):
    corrections = (["行っ", "ゆっ", "--lemma", "行く"], ["市場", "いちば"], ["行っ", "いっ"],
                   ["行っ", "おこなっ", "--lemma", "行う"])
    for args in corrections:
        assert yomu("readings", "set", *args, library=lib).returncode == 0
    rows = json.loads(yomu("readings", "list", "--json", library=lib).out)
    assert [(r["surface"], r["lemma"], r["reading"]) for r in rows] == sorted(
        [("市場", "", "いちば"), ("行っ", "", "いっ"), ("行っ", "行う", "おこなっ"), ("行っ", "行く", "ゆっ")]
    )
    for row in rows:
        assert {"surface", "lemma", "reading", "updated", "created"} <= set(row)
        assert datetime.fromisoformat(row["updated"]).utcoffset().total_seconds() == 0


def test_set_replaces_and_says_what_it_was(lib):
    assert yomu("readings", "set", "市場", "しじょう", library=lib).returncode == 0
    r = yomu("readings", "set", "市場", " いちば ", library=lib)
    assert (r.returncode, r.out) == (0, "市場 → いちば (was しじょう)\n")
    assert yomu("readings", "set", "市場", "イチバ", library=lib).out == "市場 → いちば (unchanged)\n"
    rows = json.loads(yomu("readings", "list", "--json", library=lib).out)
    assert [(r["surface"], r["reading"]) for r in rows] == [("市場", "いちば")]


def test_a_word_without_kanji_is_stored_with_a_warning(lib):
    r = yomu("readings", "set", "かな", "かな", library=lib)
    assert r.returncode == 0 and r.err.startswith("yomu: warning: ") and r.err.count("\n") == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["set", "市場", "ichiba"], "may only contain hiragana, katakana and ー (found 'i')"),
        (["set", "市場", "いち1"], "found '1'"),
        (["set", "市場", ""], "is empty"),
        (["set", "", "いちば"], "is empty"),
        (["set", "  ", "いちば"], "is empty"),
        (["delete", ""], "is empty"),
        (["delete", "会社"], "no reading correction for 会社"),
        (["delete", "市場", "--lemma", "市"], "no reading correction for 市場 (市) (市場 has one without --lemma)"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(lib, args, message):
    assert yomu("readings", "set", "市場", "いちば", library=lib).returncode == 0
    before = digest(lib)
    r = yomu("readings", *args, library=lib)
    assert r.returncode == 1 and r.out == ""
    assert r.err.startswith("yomu: error: ") and r.err.count("\n") == 1 and "Traceback" not in r.err
    assert message in r.err
    assert digest(lib) == before
    with Library.open(lib) as library:
        assert library.reading_overrides() == {("市場", ""): "いちば"}


def test_bad_input_does_not_create_the_library(lib):
    r = yomu("readings", "set", "市場", "ichiba", library=lib)
    assert r.returncode == 1 and r.err.count("\n") == 1
    assert not lib.exists() and not lib.parent.exists()


def test_missing_word_for_delete_is_a_usage_error(lib):
    r = yomu("readings", "delete", library=lib)
    assert r.returncode == 2 and "Traceback" not in r.err


def test_readings_use_the_library_from_the_environment(tmp_path):
    chosen = tmp_path / "env-library.sqlite3"
    r = yomu("readings", "set", "市場", "いちば", library=None, env={"YOMU_LIBRARY": str(chosen)})
    assert r.returncode == 0, r.err
    with Library.open(chosen) as library:
        assert library.reading_overrides() == {("市場", ""): "いちば"}


# -- yomu annotate with the corrections ----------------------------------------------------------

SENTENCE = "市場で野菜を買った"


def test_annotate_applies_a_correction_in_every_mode(lib):
    assert annotate_json(SENTENCE, library=lib)["ruby"][0] == [0, 2, "しじょう"]
    assert yomu("readings", "set", "市場", "いちば", library=lib).returncode == 0

    data = annotate_json(SENTENCE, library=lib)
    assert data["ruby"][0] == [0, 2, "いちば"] and [0, 2] not in data["uncertain"]
    assert set(data) >= {"text", "ruby", "uncertain", "tokens", "corrected"}
    assert data["corrected"] == [[0, 2]]  # the reader's own reading, and only that one
    plain = yomu("annotate", SENTENCE, library=lib)
    assert plain.out.startswith("市場《いちば》で")
    piped = yomu("annotate", "-", "--json", stdin=f"{SENTENCE}\n東京の市場\n", library=lib)
    first, second = json.loads(piped.out)
    assert first["ruby"][0] == [0, 2, "いちば"] and [3, 5, "いちば"] in second["ruby"]
    lines = yomu("annotate", "--jsonl", stdin=f"{SENTENCE}\n\n市場\n", library=lib)
    rows = [json.loads(line) for line in lines.out.splitlines()]
    assert [row["text"] for row in rows] == [SENTENCE, "", "市場"]
    assert rows[0]["ruby"][0] == [0, 2, "いちば"] and rows[2]["ruby"] == [[0, 2, "いちば"]]
    assert lines.err == ""


def test_no_corrections_gives_the_bare_engine(lib):
    assert yomu("readings", "set", "市場", "いちば", library=lib).returncode == 0
    bare = annotate_json(SENTENCE, "--no-corrections", library=lib)
    assert bare["ruby"][0] == [0, 2, "しじょう"] and [0, 2] in bare["uncertain"]
    assert bare["corrected"] == []
    r = yomu("annotate", "--jsonl", "--no-corrections", stdin=SENTENCE + "\n", library=lib)
    assert json.loads(r.out)["ruby"][0] == [0, 2, "しじょう"]


def test_a_lemma_restricted_correction_applies_to_that_lemma_only(lib):
    assert yomu("readings", "set", "行っ", "ゆっ", "--lemma", "行く", library=lib).returncode == 0
    went = annotate_json("東京に行った", library=lib)
    held = annotate_json("式を行った", library=lib)  # 行っ of 行う
    assert [3, 4, "ゆ"] in went["ruby"]
    assert [2, 3, "おこな"] in held["ruby"]


def test_annotate_does_not_create_a_missing_library(tmp_path):
    missing = tmp_path / "nowhere" / "library.sqlite3"
    r = yomu("annotate", "市場", library=missing)
    assert (r.returncode, r.err) == (0, "") and r.out.startswith("市場《")
    via_env = tmp_path / "env" / "library.sqlite3"
    r = yomu("annotate", "--jsonl", stdin="市場\n", library=None, env={"YOMU_LIBRARY": str(via_env)})
    assert (r.returncode, r.err) == (0, "")
    assert not missing.parent.exists() and not via_env.parent.exists()


def test_annotate_writes_nothing_to_the_library(lib):
    assert yomu("readings", "set", "市場", "いちば", library=lib).returncode == 0
    before, files = digest(lib), sorted(os.listdir(lib.parent))
    assert annotate_json("市場", library=lib)["ruby"] == [[0, 2, "いちば"]]
    assert digest(lib) == before
    assert sorted(os.listdir(lib.parent)) == files  # not even SQLite's -wal and -shm


def test_annotate_sees_corrections_while_another_process_has_the_library_open(lib):
    # The window keeps the library open: the newest change is in its -wal file, not the main file.
    with Library.open(lib) as library:
        library.set_reading_override("市場", "いちば")
        assert annotate_json("市場", library=lib)["ruby"] == [[0, 2, "いちば"]]
        library.set_reading_override("市場", "いちばあ")
        assert annotate_json("市場", library=lib)["ruby"] == [[0, 2, "いちばあ"]]


@pytest.mark.parametrize("name", ["v1.sqlite", "v2.sqlite"])
def test_annotate_leaves_an_older_library_unmigrated(tmp_path, name):
    old = tmp_path / name
    shutil.copy(FIXTURES / name, old)
    before = digest(old)
    r = yomu("annotate", "市場", library=old)
    assert (r.returncode, r.err) == (0, "")
    assert digest(old) == before and sorted(os.listdir(tmp_path)) == [name]


def test_annotate_reads_corrections_from_a_version_3_library(tmp_path):
    v3 = tmp_path / "v3.sqlite"
    shutil.copy(FIXTURES / "v3.sqlite", v3)
    with sqlite3.connect(v3) as conn:  # a correction the engine would not make itself
        conn.execute("UPDATE reading_overrides SET reading = 'ひかご'")
    before = digest(v3)
    assert annotate_json("灯籠", library=v3)["ruby"] == [[0, 2, "ひかご"]]
    assert digest(v3) == before


def garbage(path: Path) -> Path:
    path.write_bytes(b"not a database at all " * 40)
    return path


def newer(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 1500474741")  # Yomu's
        conn.execute("PRAGMA user_version = 999")
        conn.execute("CREATE TABLE future (x)")
    conn.close()
    return path


def truncated(path: Path) -> Path:
    with Library.open(path) as library:
        library.set_reading_override("市場", "いちば")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


@pytest.mark.parametrize("spoil", [garbage, newer, truncated])
def test_annotate_with_an_unreadable_library_warns_once_and_still_annotates(tmp_path, spoil):
    bad = spoil(tmp_path / "library.sqlite3")
    before = digest(bad)
    r = yomu("annotate", "--jsonl", stdin="市場\n東京\n大阪\n", library=bad)
    assert r.returncode == 0
    assert r.err.count("\n") == 1 and r.err.startswith("yomu: warning: reading corrections not applied: ")
    assert "Traceback" not in r.err
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert [row["ruby"][0][2] for row in rows] == ["しじょう", "とうきょう", "おおさか"]
    assert digest(bad) == before
    plain = yomu("annotate", "市場", library=bad)
    assert plain.returncode == 0 and plain.out.startswith("市場《") and plain.err.count("\n") == 1
    quiet = yomu("annotate", "市場", "--no-corrections", library=bad)
    assert (quiet.returncode, quiet.err) == (0, "")
