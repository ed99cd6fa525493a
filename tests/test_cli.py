"""The yomu command, run as a real subprocess: contracts, library use, and bad input."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PAGES = Path(__file__).parent / "fixtures" / "pages"
PAGE = PAGES / "kawasaki_library.html"
PASTE = PAGES / "paste_bridge.txt"


def yomu(*args, library: Path | None = None, stdin: bytes | None = None, env: dict | None = None):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("YOMU_DEBUG", None)
    cmd = [sys.executable, "-m", "reader"] + (["--library", str(library)] if library else []) + list(args)
    return subprocess.run(cmd, input=stdin, capture_output=True, env=full_env, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def lib(tmp_path) -> Path:
    return tmp_path / "lib" / "library.sqlite3"


def test_clean_json_contract_and_no_library_touched(tmp_path):
    library = tmp_path / "never.sqlite3"
    r = yomu("clean", str(PAGE), "--json", library=library)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) >= {"title", "subtitle", "byline", "published", "source", "url", "paragraphs"}
    assert data["title"].startswith("市立図書館")
    assert all(isinstance(p, str) for p in data["paragraphs"])
    assert not library.exists()


def test_clean_reads_stdin_and_prints_text():
    r = yomu("clean", "-", stdin=PASTE.read_bytes())
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    assert out.startswith("新しい橋が完成")
    assert "(0/300)" not in out and "会員登録" not in out


def test_import_list_search_show_delete_round_trip(lib):
    r = yomu("import", str(PAGE), str(PASTE), "--json", library=lib)
    assert r.returncode == 0, r.stderr
    imported = json.loads(r.stdout)["imported"]
    assert [i["created"] for i in imported] == [True, True]
    ids = [i["id"] for i in imported]

    again = json.loads(yomu("import", str(PAGE), "--json", library=lib).stdout)["imported"][0]
    assert again["created"] is False and again["id"] == ids[0]

    listed = json.loads(yomu("list", "--json", library=lib).stdout)
    assert sorted(item["id"] for item in listed) == sorted(ids)
    assert {"id", "title", "source", "published", "imported_at", "progress"} <= set(listed[0])

    hits = json.loads(yomu("search", "通勤時間", "--json", library=lib).stdout)
    assert [h["id"] for h in hits] == [ids[1]]

    shown = json.loads(yomu("show", str(ids[0]), "--json", library=lib).stdout)
    assert shown["title"].startswith("市立図書館") and shown["paragraphs"][0].startswith("市立中央図書館")

    assert yomu("delete", str(ids[0]), library=lib).returncode == 0
    assert [i["id"] for i in json.loads(yomu("list", "--json", library=lib).stdout)] == [ids[1]]
    r = yomu("show", str(ids[0]), library=lib)
    assert r.returncode == 1 and b"no article" in r.stderr


def test_library_from_environment_variable(tmp_path):
    path = tmp_path / "env.sqlite3"
    r = yomu("import", str(PASTE), env={"YOMU_LIBRARY": str(path)})
    assert r.returncode == 0, r.stderr
    assert path.exists()


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "whitespace": b"  \n\t\n   \n",
        "binary": bytes(range(256)) * 64,
        "invalid-utf8": b"plain \xff\xfe\xfd text \xc3\x28 with \x80\x81\x82 bad bytes \xe9\n" * 20,
        "huge": b"<html><body><p>" + "本文".encode() * 500 + b"</p>" + b"x" * (20 * 1024 * 1024) + b"</body></html>",
        "deep": b"<html><body>" + b"<div>" * 100_000 + "本文です。".encode() + b"</div>" * 100_000 + b"</body></html>",
        "login-wall": ("<html><head><title>ログイン</title></head><body><form><p>この記事は会員限定です。</p>"
                       "<p>ログイン</p><p>会員登録（無料）</p></form></body></html>").encode(),
    }
    out = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(data)
        out[name] = path
    return out


def test_bad_inputs_give_one_line_and_leave_library_untouched(tmp_path, lib):
    assert yomu("import", str(PASTE), library=lib).returncode == 0
    before = digest(lib)
    sources = [str(p) for p in _bad_inputs(tmp_path).values()] + [
        str(tmp_path / "missing.html"), str(tmp_path), "file:///etc/passwd", "javascript:alert(1)",
        "http://127.0.0.1:9/unreachable",
    ]
    for source in sources:
        for command in ("clean", "import"):
            r = yomu(command, source, library=lib)
            err = r.stderr.decode("utf-8")
            assert r.returncode == 1, (source, command, err)
            assert err.count("\n") == 1 and err.startswith("yomu: "), (source, err)
            assert "Traceback" not in err
            assert r.stdout == b""
    assert digest(lib) == before


def test_a_bad_input_among_good_ones_still_imports_the_good(tmp_path, lib):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = yomu("import", str(PAGE), str(empty), "--json", library=lib)
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert len(data["imported"]) == 1 and data["failed"][0]["input"] == str(empty)


def test_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("これはデータベースではありません\n".encode() * 100)
    before = digest(path)
    r = yomu("list", library=path)
    assert r.returncode == 1 and r.stderr.decode().count("\n") == 1
    assert b"not a Yomu library" in r.stderr
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_newer_schema_is_refused_and_untouched(tmp_path, lib):
    assert yomu("import", str(PASTE), library=lib).returncode == 0
    con = sqlite3.connect(lib)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = digest(lib)
    r = yomu("list", library=lib)
    assert r.returncode == 1 and b"newer" in r.stderr and b"Traceback" not in r.stderr
    assert digest(lib) == before


def test_usage_errors_exit_2():
    r = yomu("show", "not-a-number")
    assert r.returncode == 2


def test_version_and_help():
    assert yomu("--version").stdout.startswith(b"yomu ")
    assert b"clean" in yomu("--help").stdout


def test_window_without_a_display_is_one_clear_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "reader", "--library", str(tmp_path / "l.sqlite3")],
                       capture_output=True, env=env, timeout=60)
    assert r.returncode == 1
    assert r.stderr.decode().startswith("yomu: error: the window needs a desktop session")
    assert not (tmp_path / "l.sqlite3").exists()
