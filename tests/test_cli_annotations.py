"""`yomu highlight` and `yomu annotations`, run as real subprocesses: JSON contracts, files, errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.models import Article
from reader.core.store import Library

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = Article(
    title="大雨で在来線が運転見合わせ",
    paragraphs=["大雨の影響で、東海道線は始発から運転を見合わせている。", "JRによると、運転の再開は昼ごろの見込みだ。"],
    source="テスト新聞",
    url="https://example.com/news/rain",
)
CONTRACT = {"id", "article_id", "paragraph", "start", "end", "quote", "colour", "color", "style", "note", "created",
            "updated", "orphaned", "deleted", "prefix", "suffix"}


def yomu(*args: str, library: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    # This checkout's reader, whatever copy is installed.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    env.pop("YOMU_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "reader", "--library", str(library), *args], input=stdin,
                          capture_output=True, env=env, timeout=120)


def out(r: subprocess.CompletedProcess) -> str:
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode("utf-8")


def one_error_line(r: subprocess.CompletedProcess, contains: str) -> None:
    assert r.returncode == 1, (r.stdout, r.stderr)
    lines = r.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("yomu: error: ") and contains in lines[0], lines
    assert "Traceback" not in r.stderr.decode()


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        article_id = lib.add_article(ARTICLE)[0]
    return path, article_id


def test_highlight_prints_the_new_id_and_json(library):
    path, article_id = library
    new_id = out(yomu("highlight", str(article_id), "--quote", "運転", library=path)).strip()
    with Library.open(path) as lib:
        h = lib.get_highlight(new_id)
        at = ARTICLE.paragraphs[0].index("運転")
        assert (h.paragraph, h.start, h.end, h.quote, h.colour) == (0, at, at + 2, "運転", "yellow")

    data = json.loads(out(yomu("highlight", str(article_id), "--quote", "運転", "--occurrence", "2", "--color",
                               "green", "--note", "再開は**昼**", "--json", library=path)))
    assert CONTRACT <= set(data)
    at = ARTICLE.paragraphs[1].index("運転")
    assert (data["paragraph"], data["start"], data["end"], data["quote"]) == (1, at, at + 2, "運転")
    assert data["colour"] == data["color"] == "green" and data["note"] == "再開は**昼**"
    assert data["article_id"] == article_id and data["orphaned"] is False and data["deleted"] is False


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quote", "運転", "--occurrence", "3"], "occurs 2 times"),
        (["--quote", "運転", "--occurrence", "0"], "counts from 1"),
        (["--quote", "台風"], "not in the article"),
        (["--quote", "見合わせている。\nJR"], "cannot span paragraphs"),
        (["--quote", ""], "the quote is empty"),
        (["--quote", "運転", "--note", "x" * 100_001], "the note is too long"),
    ],
)
def test_highlight_errors_are_one_line(library, args, message):
    path, article_id = library
    one_error_line(yomu("highlight", str(article_id), *args, library=path), message)
    with Library.open(path) as lib:
        assert lib.all_highlights(include_deleted=True) == []


def test_highlight_unknown_article_and_colour(library):
    path, _ = library
    one_error_line(yomu("highlight", "999", "--quote", "運転", library=path), "no article with id 999")
    r = yomu("highlight", "1", "--quote", "運転", "--color", "red", library=path)
    assert r.returncode == 2 and b"invalid choice" in r.stderr  # a usage error, as argparse reports it


def test_annotations_list_json_contract_and_text(library):
    path, article_id = library
    with Library.open(path) as lib:
        later = lib.add_highlight(article_id, 1, 6, 8, note="二つ目\n二行目")
        first = lib.add_highlight(article_id, 0, 0, 2, colour="blue", style="underline")
        gone = lib.add_highlight(article_id, 0, 3, 5)
        lib.delete_highlight(gone.id)
    listed = json.loads(out(yomu("annotations", "list", "--json", library=path)))
    assert [item["id"] for item in listed] == [first.id, later.id]  # reading order, no tombstones
    assert all(CONTRACT <= set(item) for item in listed)
    assert listed[0] == first.to_json()
    one = json.loads(out(yomu("annotations", "list", str(article_id), "--json", library=path)))
    assert one == listed
    text = out(yomu("annotations", "list", library=path))
    assert first.id in text and "「大雨」" in text and "│ 二行目" in text and gone.id not in text
    one_error_line(yomu("annotations", "list", "77", library=path), "no article with id 77")


def test_export_formats_to_stdout_and_file(library, tmp_path):
    path, article_id = library
    with Library.open(path) as lib:
        lib.add_highlight(article_id, 0, 0, 2, note="<script>alert(1)</script>")
        lib.set_article_note(article_id, "記事の**メモ**")
    data = json.loads(out(yomu("annotations", "export", "--format", "json", library=path)))
    assert data["format"] == "yomu-annotations" and len(data["highlights"]) == 1
    md = out(yomu("annotations", "export", "--format", "md", "--article", str(article_id), library=path))
    assert ARTICLE.title in md and "> 大雨" in md and "\\<script>" in md
    target = tmp_path / "out" / "notes.html"
    target.parent.mkdir()
    assert out(yomu("annotations", "export", "--format", "html", "--out", str(target), library=path)) == ""
    page = target.read_text("utf-8")
    assert "<strong>メモ</strong>" in page and "&lt;script&gt;" in page and "<script" not in page
    assert not list(target.parent.glob("*.partial"))
    one_error_line(yomu("annotations", "export", "--format", "md", "--article", "55", library=path),
                   "no article with id 55")
    one_error_line(yomu("annotations", "export", "--format", "md", "--out", str(tmp_path / "no" / "x.md"),
                       library=path), "cannot write")


def test_import_merges_and_reports(library, tmp_path):
    path, article_id = library
    with Library.open(path) as lib:
        h = lib.add_highlight(article_id, 0, 0, 2)
    exported = tmp_path / "backup.json"
    exported.write_text(out(yomu("annotations", "export", "--format", "json", library=path)), "utf-8")

    other = tmp_path / "other.sqlite3"
    with Library.open(other) as lib:
        lib.add_article(ARTICLE)
    data = json.loads(exported.read_text("utf-8"))
    data["highlights"].append({**data["highlights"][0], "id": "e" * 32, "colour": "neon"})
    data["highlights"].append({"id": "f" * 32, "article_id": 4040})
    exported.write_text(json.dumps(data), "utf-8")

    lines = out(yomu("annotations", "import", str(exported), library=other)).splitlines()
    assert lines[0] == "added 1, updated 0, unchanged 0, skipped 2"
    assert lines[1] == f"skipped {'e' * 32}: unknown colour 'neon'"
    assert lines[2].startswith(f"skipped {'f' * 32}: ")
    with Library.open(other) as lib:
        assert [x.id for x in lib.all_highlights()] == [h.id]

    report = json.loads(out(yomu("annotations", "import", str(exported), "--json", library=other)))
    assert (report["added"], report["unchanged"], len(report["skipped"])) == (0, 1, 2)
    piped = out(yomu("annotations", "import", "-", library=other, stdin=exported.read_bytes()))
    assert piped.startswith("added 0, updated 0, unchanged 1")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "not valid JSON"),
        (b'{"format": "other"}', "not a Yomu annotations file"),
        (b'{"format": "yomu-annotations", "version": 2}', "newer Yomu"),
    ],
)
def test_import_of_a_bad_file_is_one_error_line(library, tmp_path, content, message):
    path, _ = library
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    one_error_line(yomu("annotations", "import", str(bad), library=path), message)


def test_import_of_a_missing_or_huge_file(library, tmp_path):
    path, _ = library
    one_error_line(yomu("annotations", "import", str(tmp_path / "nope.json"), library=path), "cannot read")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(60 * 1024 * 1024)  # sparse: 60 MB that take no disk
    one_error_line(yomu("annotations", "import", str(huge), library=path), "too big")
