"""Importing annotations files that are broken, hostile or too big: refused whole with one clear
error, or the valid part merged with a report of what was skipped; never a half-written library."""
from __future__ import annotations

import copy
import json
import re
import sqlite3
from pathlib import Path

import pytest

from reader.core import annotations_io
from reader.core.annotations import NOTE_LIMIT
from reader.core.annotations_io import AnnotationImportError, export_html, export_json, export_markdown, import_json
from reader.core.store import Library
from tests.test_annotations_io import ENERGY, HOSTILE_NOTE, digest


@pytest.fixture
def home(tmp_path: Path):
    with Library.open(tmp_path / "home.sqlite3") as library:
        yield library


@pytest.fixture
def away(tmp_path: Path):
    with Library.open(tmp_path / "away.sqlite3") as library:
        yield library


@pytest.fixture
def exported(home) -> tuple[dict, int]:
    energy = home.add_article(ENERGY)[0]
    home.add_highlight(energy, 0, 0, 2)
    return export_json(home), energy


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"id": 5}, "no valid id"),
        ({"id": "not-hex"}, "no valid id"),
        ({"paragraph": "0"}, "paragraph is not a whole number"),
        ({"start": True}, "start is not a whole number"),
        ({"end": 1.5}, "end is not a whole number"),
        ({"start": 5, "end": 2}, "offsets are out of range"),
        ({"start": -1}, "offsets are out of range"),
        ({"quote": 7}, "quote is missing or not text"),
        ({"quote": ""}, "quote is missing or not text"),
        ({"colour": "red", "color": "red"}, "unknown colour 'red'"),
        ({"style": "blink"}, "unknown style 'blink'"),
        ({"note": ["x"]}, "its note is not text"),
        ({"note": "x" * (NOTE_LIMIT + 1)}, "its note is too long"),
        ({"updated": "yesterday"}, "no valid updated time"),
        ({"updated": "2026-01-01T00:00:00"}, "no valid updated time"),  # no time zone
        ({"deleted": "yes"}, "deleted or orphaned is not true or false"),
        ({"prefix": 3}, "prefix, suffix or text_hash is not text"),
        ({"article_id": 424242}, "article 424242 is not described in the file"),
        ({"paragraph": 50, "quote": "存在しない文"}, "its offsets do not hold its quote"),
        ({"start": 0, "end": 6, "quote": "存在しない文"}, "its offsets do not hold its quote"),
    ],
)
def test_bad_highlights_are_skipped_and_the_rest_imported(away, exported, change, reason):
    data, _ = exported
    away.add_article(ENERGY)
    good = copy.deepcopy(data["highlights"][0])
    bad = {**copy.deepcopy(good), "id": "c" * 32, **change}
    data = {**data, "highlights": [bad, good]}
    report = import_json(away, data)
    assert report.added == 1 and len(report.skipped) == 1
    assert reason in report.skipped[0][1]
    assert [h.id for h in away.all_highlights()] == [good["id"]]


def test_offsets_out_of_range_are_reanchored_when_the_quote_is_found(away, exported):
    data, _ = exported
    article_id = away.add_article(ENERGY)[0]
    item = data["highlights"][0]
    item.update(paragraph=7, start=500, end=502)  # the quote (政府) is still in the article
    assert import_json(away, data).added == 1
    [h] = away.highlights_for(article_id)
    assert (h.paragraph, h.start, h.end, h.quote) == (0, 0, 2, "政府")


def test_bad_articles_are_skipped(away, exported):
    data, _ = exported
    away.add_article(ENERGY)
    data["articles"].insert(0, "not an object")
    data["articles"].insert(0, {"id": "1", "title": "x", "text_hash": ""})
    data["articles"].append({**data["articles"][-1], "note": "x" * (NOTE_LIMIT + 1)})
    report = import_json(away, data)
    reasons = [reason for _, reason in report.skipped]
    assert "an article entry is not an object" in reasons and "an article entry has no valid id" in reasons
    assert report.added == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b"{", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
        (b"[]", "not a Yomu annotations file"),
        (b'{"format": "something-else"}', "not a Yomu annotations file"),
        (b'{"format": "yomu-annotations", "version": 99, "highlights": []}', "written by a newer Yomu"),
        (b'{"format": "yomu-annotations", "version": "1"}', "no valid version"),
        (b'{"format": "yomu-annotations", "version": 1, "highlights": {}}', "must be lists"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (b'{"format": "yomu-annotations", "version": 1, "highlights": [' + b"9" * 10_000 + b"]}", "not valid JSON"),
    ],
)
def test_files_that_are_not_ours_are_refused_and_change_nothing(away, tmp_path, content, message):
    article_id = away.add_article(ENERGY)[0]
    h = away.add_highlight(article_id, 0, 0, 2)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(AnnotationImportError, match=message) as raised:
        import_json(away, path)
    assert "\n" not in str(raised.value)
    assert away.all_highlights(include_deleted=True) == [h]


def test_a_missing_file_is_one_clear_error(away, tmp_path):
    with pytest.raises(AnnotationImportError, match="cannot read .*missing.json"):
        import_json(away, tmp_path / "missing.json")


def test_a_100_mb_file_of_notes_is_refused_before_it_is_read(away, exported, tmp_path):
    data, _ = exported
    away.add_article(ENERGY)
    path = tmp_path / "huge.json"
    item = data["highlights"][0]
    with path.open("w", encoding="utf-8") as file:  # 100 MB (notes as JSON escapes), written piece by piece
        file.write('{"format": "yomu-annotations", "version": 1, "articles": ')
        file.write(json.dumps(data["articles"]) + ', "highlights": [')
        note = "メモ" * 50_000
        for number in range(170):
            file.write(("," if number else "") + json.dumps({**item, "id": f"{number:032x}", "note": note}))
        file.write("]}")
    assert path.stat().st_size > 100_000_000
    before = digest(away.path)
    with pytest.raises(AnnotationImportError, match=r"too big .*at most 50 MB"):
        import_json(away, path)
    assert away.all_highlights(include_deleted=True) == []
    assert digest(away.path) == before


def test_a_failure_midway_leaves_the_library_unchanged(away, exported):
    data, _ = exported
    article_id = away.add_article(ENERGY)[0]
    away.set_article_note(article_id, "そのまま")
    second = {**data["highlights"][0], "id": "d" * 32}
    data["highlights"].append(second)
    data["articles"][0]["note"], data["articles"][0]["note_updated"] = "上書き", "2099-01-01T00:00:00.000Z"
    # A real SQLite failure at the second highlight, after the note and the first were written.
    away._db.execute(
        f"CREATE TEMP TRIGGER fail_second BEFORE INSERT ON highlights WHEN new.id = '{'d' * 32}'"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.Error, match="disk full"):
        import_json(away, data)
    assert away.all_highlights(include_deleted=True) == []
    assert away.article_note(article_id) == "そのまま"
    assert not away._db.conn.in_transaction


def test_import_accepts_bytes_and_a_parsed_dict(away, exported):
    data, _ = exported
    away.add_article(ENERGY)
    assert import_json(away, json.dumps(data).encode()).added == 1
    assert import_json(away, data).unchanged == 1
    assert annotations_io.MAX_IMPORT_BYTES == 50 * 1024 * 1024


def test_hostile_notes_are_imported_as_text_and_exported_escaped(away, exported):
    data, _ = exported
    away.add_article(ENERGY)
    data["highlights"][0]["note"] = HOSTILE_NOTE
    assert import_json(away, data).added == 1
    assert away.all_highlights()[0].note == HOSTILE_NOTE  # stored as the user's text, unchanged
    assert "<script>" not in export_html(away)
    assert re.search(r"(?<!\\)<(?!https://example\.com/news/energy>)", export_markdown(away)) is None
