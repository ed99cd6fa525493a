"""Furigana in the library: the user's reading overrides and the annotation cache."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from reader.core.store import Library, LibraryError
from reader.core.store import library as library_module
from reader.core.store.reading_overrides import read_reading_overrides
from reader.core.store.readings import normalise_reading, to_hiragana


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        yield library


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def override_row(lib: Library, surface: str, lemma: str = "") -> dict:
    rows = list(
        lib._db.query(
            "SELECT * FROM reading_overrides WHERE surface = ? AND lemma = ?", [surface, lemma]
        )
    )
    assert len(rows) == 1
    return rows[0]


# -- reading overrides ----------------------------------------------------------------------


def test_new_library_has_no_overrides(lib: Library):
    assert lib.reading_overrides() == {}
    assert lib.reading_overrides_version() == 0


def test_set_and_list_overrides(lib: Library):
    lib.set_reading_override("市場", "いちば")
    lib.set_reading_override("市場", "しじょう", lemma="市場")
    lib.set_reading_override("明日", "あす")
    assert lib.reading_overrides() == {
        ("市場", ""): "いちば",
        ("市場", "市場"): "しじょう",
        ("明日", ""): "あす",
    }
    row = override_row(lib, "市場")
    created = datetime.fromisoformat(row["created_at"])
    assert created.utcoffset().total_seconds() == 0
    assert row["updated_at"] == row["created_at"]


def test_set_again_replaces_the_reading_and_keeps_created_at(lib: Library):
    lib.set_reading_override("市場", "しじょう")
    lib._db.execute(  # pretend it was set long ago
        "UPDATE reading_overrides SET created_at = '2020-01-01T00:00:00+00:00',"
        " updated_at = '2020-01-01T00:00:00+00:00'"
    )
    lib.set_reading_override("市場", "いちば")
    assert lib.reading_overrides() == {("市場", ""): "いちば"}
    row = override_row(lib, "市場")
    assert row["created_at"] == "2020-01-01T00:00:00+00:00"
    assert row["updated_at"] > row["created_at"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("イチバ", "いちば"),
        ("いちば", "いちば"),
        ("ヴァイオリン", "ゔぁいおりん"),
        ("コーヒー", "こーひー"),  # ー stays
        ("ヶ", "ゖ"),
        ("ｲﾁﾊﾞ", "いちば"),  # half-width katakana
        ("は\u3099", "ば"),  # separate voicing mark composed
        ("  いちば\n", "いちば"),  # surrounding whitespace dropped
        ("ミスズ", "みすず"),
    ],
)
def test_readings_are_stored_as_hiragana(lib: Library, typed: str, stored: str):
    lib.set_reading_override("言葉", typed)
    assert lib.reading_overrides() == {("言葉", ""): stored}


def test_surface_and_lemma_lose_surrounding_whitespace(lib: Library):
    lib.set_reading_override(" 市場 ", "いちば", lemma=" 市場\t")
    assert lib.reading_overrides() == {("市場", "市場"): "いちば"}
    assert lib.delete_reading_override("市場 ", " 市場") is True


@pytest.mark.parametrize(
    ("surface", "reading", "message"),
    [
        ("", "いちば", "needs the written word"),
        ("   ", "いちば", "needs the written word"),
        ("市場", "", "reading for '市場' is empty"),
        ("市場", " \t", "reading for '市場' is empty"),
        ("市場", "ichiba", r"only contain hiragana, katakana and ー \(found 'i'\)"),
        ("市場", "いち場", r"\(found '場'\)"),
        ("市場", "いち ば", r"\(found ' '\)"),
        ("市場", "いち・ば", r"\(found '・'\)"),
        ("市場", "いちば\nしじょう", r"\(found '\\n'\)"),
        ("市場", "いちば。", r"\(found '。'\)"),
    ],
)
def test_invalid_overrides_are_refused(lib: Library, surface: str, reading: str, message: str):
    with pytest.raises(ValueError, match=message) as raised:
        lib.set_reading_override(surface, reading)
    assert "\n" not in str(raised.value)
    assert lib.reading_overrides() == {}
    assert lib.reading_overrides_version() == 0


def test_non_text_arguments_are_refused(lib: Library):
    with pytest.raises(ValueError, match="must be text"):
        lib.set_reading_override("市場", None)
    with pytest.raises(ValueError, match="must be text"):
        lib.set_reading_override(None, "いちば")
    with pytest.raises(ValueError, match="must be text"):
        lib.set_reading_override("市場", "いちば", lemma=None)


def test_delete_override(lib: Library):
    lib.set_reading_override("市場", "いちば")
    lib.set_reading_override("市場", "しじょう", lemma="市場")
    assert lib.delete_reading_override("市場", lemma="市場") is True
    assert lib.reading_overrides() == {("市場", ""): "いちば"}
    assert lib.delete_reading_override("市場", lemma="市場") is False  # already gone
    assert lib.delete_reading_override("明日") is False  # never there
    assert lib.delete_reading_override("") is False
    assert lib.delete_reading_override("市場") is True
    assert lib.reading_overrides() == {}


def test_version_changes_with_every_change_and_only_then(lib: Library):
    seen = [lib.reading_overrides_version()]

    def changed() -> bool:
        version = lib.reading_overrides_version()
        is_new = version not in seen
        seen.append(version)
        return is_new

    lib.set_reading_override("市場", "いちば")  # insert
    assert changed()
    lib.set_reading_override("市場", "しじょう")  # update
    assert changed()
    lib.set_reading_override("市場", "シジョウ")  # same reading once normalised: no change
    assert not changed()
    lib.set_reading_override("市場", "いちば", lemma="市場")  # another key
    assert changed()
    assert lib.delete_reading_override("市場", lemma="市場")  # delete
    assert changed()
    assert not lib.delete_reading_override("市場", lemma="市場")  # nothing to delete
    assert not changed()
    with pytest.raises(ValueError):
        lib.set_reading_override("市場", "abc")
    assert not changed()
    assert lib.delete_reading_override("市場")  # the table is empty again...
    assert changed()  # ...and still the version is one never seen before
    assert lib.reading_overrides() == {}
    assert seen == sorted(seen)  # it only goes up


def test_version_and_overrides_are_shared_between_connections(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as app, Library.open(path) as cli:
        before = app.reading_overrides_version()
        cli.set_reading_override("市場", "いちば")
        assert app.reading_overrides_version() != before
        assert app.reading_overrides() == {("市場", ""): "いちば"}
    with Library.open(path) as again:
        assert again.reading_overrides() == {("市場", ""): "いちば"}


def test_override_list_has_times_in_key_order(lib: Library):
    lib.set_reading_override("行っ", "ゆっ", lemma="行く")
    lib.set_reading_override("市場", "イチバ")
    lib.set_reading_override("行っ", "いっ")
    items = lib.reading_override_list()
    assert [(i.surface, i.lemma, i.reading) for i in items] == [
        ("市場", "", "いちば"), ("行っ", "", "いっ"), ("行っ", "行く", "ゆっ")]
    assert items[0].created == items[0].updated == override_row(lib, "市場")["updated_at"]
    assert set(items[0].to_json()) == {"surface", "lemma", "reading", "created", "updated"}


def test_read_overrides_from_a_file_without_opening_it_as_a_library(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        library.set_reading_override("市場", "いちば")
        library.set_reading_override("行っ", "ゆっ", lemma="行く")
        expected = library.reading_overrides()
    before = path.read_bytes()
    assert read_reading_overrides(path) == expected
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


def test_read_overrides_of_no_file_or_an_empty_one(tmp_path: Path):
    missing = tmp_path / "folder" / "library.sqlite3"
    assert read_reading_overrides(missing) == {}
    assert not missing.parent.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert read_reading_overrides(empty) == {}
    assert empty.read_bytes() == b""


def test_read_overrides_refuses_what_is_not_a_library(tmp_path: Path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"x" * 200)
    with pytest.raises(LibraryError, match="not an SQLite database"):
        read_reading_overrides(bad)
    with pytest.raises(LibraryError, match="is a folder"):
        read_reading_overrides(tmp_path)


def test_to_hiragana_leaves_other_characters():
    assert to_hiragana("カタカナとひらがなと漢字、ー") == "かたかなとひらがなと漢字、ー"


def test_normalise_reading_names_the_word():
    with pytest.raises(ValueError, match=r"^the reading 'x' for '市場' may only contain"):
        normalise_reading("x", "市場")
    with pytest.raises(ValueError, match=r"^the reading 'x' may only contain"):
        normalise_reading("x")


# -- annotation cache -----------------------------------------------------------------------

ENGINE = "sudachi-0.1+overrides-0"
OTHER_ENGINE = "sudachi-0.1+overrides-1"


def test_cache_round_trip(lib: Library):
    paragraph = "港の市場で朝市が開かれています。"
    data = json.dumps([["港", "みなと"], ["の", None], ["市場", "いちば"]], ensure_ascii=False)
    assert lib.get_cached_annotation(text_hash(paragraph), ENGINE) is None
    lib.put_cached_annotations([(text_hash(paragraph), ENGINE, data)])
    assert lib.get_cached_annotation(text_hash(paragraph), ENGINE) == data
    assert json.loads(lib.get_cached_annotation(text_hash(paragraph), ENGINE))[2] == ["市場", "いちば"]


def test_cache_entries_are_per_engine(lib: Library):
    key = text_hash("明日は雨です。")
    lib.put_cached_annotations([(key, ENGINE, '"old"'), (key, OTHER_ENGINE, '"new"')])
    assert lib.get_cached_annotation(key, ENGINE) == '"old"'
    assert lib.get_cached_annotation(key, OTHER_ENGINE) == '"new"'
    assert lib.get_cached_annotation(key, "another-annotator") is None
    assert lib.get_cached_annotation(text_hash("明日は晴れです。"), ENGINE) is None


def test_cache_put_replaces_and_keeps_one_row_per_key(lib: Library):
    key = text_hash("一")
    lib.put_cached_annotations([(key, ENGINE, "1")])
    lib.put_cached_annotations([(key, ENGINE, "2"), (key, ENGINE, "3")])
    assert lib.get_cached_annotation(key, ENGINE) == "3"
    assert lib._db.execute("SELECT count(*) FROM annotation_cache").fetchone()[0] == 1


def test_cache_put_is_one_transaction(lib: Library):
    good = (text_hash("一"), ENGINE, "[]")
    bad = (text_hash("二"), ENGINE, None)  # data is NOT NULL
    with pytest.raises(Exception, match="NOT NULL"):
        lib.put_cached_annotations([good, bad])
    assert lib.get_cached_annotation(*good[:2]) is None
    lib.put_cached_annotations([])  # nothing to do
    lib.put_cached_annotations(iter([good]))  # any iterable
    assert lib.get_cached_annotation(*good[:2]) == "[]"


def test_clear_cache(lib: Library):
    lib.put_cached_annotations([(text_hash(str(n)), ENGINE, "[]") for n in range(5)])
    lib.set_reading_override("市場", "いちば")
    lib.clear_annotation_cache()
    assert all(lib.get_cached_annotation(text_hash(str(n)), ENGINE) is None for n in range(5))
    assert lib.reading_overrides() == {("市場", ""): "いちば"}  # overrides are not cache


def cached_numbers(lib: Library) -> list[int]:
    return sorted(
        n for n in range(100) if lib.get_cached_annotation(text_hash(str(n)), ENGINE) is not None
    )


def put_numbers(lib: Library, numbers, **kwargs) -> None:
    lib.put_cached_annotations([(text_hash(str(n)), ENGINE, str(n)) for n in numbers], **kwargs)


def test_cache_is_bounded_oldest_out_first(lib: Library):
    put_numbers(lib, range(0, 4), max_rows=5)
    put_numbers(lib, range(4, 5), max_rows=5)
    assert cached_numbers(lib) == [0, 1, 2, 3, 4]  # at the limit, nothing goes
    put_numbers(lib, range(5, 7), max_rows=5)
    assert cached_numbers(lib) == [2, 3, 4, 5, 6]
    put_numbers(lib, [2], max_rows=5)  # stored again: now the newest
    put_numbers(lib, [7], max_rows=5)
    assert cached_numbers(lib) == [2, 4, 5, 6, 7]
    put_numbers(lib, range(10, 20), max_rows=5)  # one batch larger than the limit
    assert cached_numbers(lib) == [15, 16, 17, 18, 19]


def test_reading_the_cache_does_not_keep_rows(lib: Library):
    put_numbers(lib, range(3), max_rows=3)
    assert lib.get_cached_annotation(text_hash("0"), ENGINE) == "0"
    put_numbers(lib, [3], max_rows=3)
    assert cached_numbers(lib) == [1, 2, 3]


def test_cache_bound_counts_rows_not_ids(lib: Library):
    # Gaps in the insertion order (clears, replaced rows) must not push out rows early.
    put_numbers(lib, range(0, 3), max_rows=4)
    put_numbers(lib, [0, 1], max_rows=4)  # replaced: their old places are gaps now
    put_numbers(lib, [3], max_rows=4)
    assert cached_numbers(lib) == [0, 1, 2, 3]
    put_numbers(lib, [4], max_rows=4)
    assert cached_numbers(lib) == [0, 1, 3, 4]


def test_cache_bound_default_is_the_module_constant(lib: Library, monkeypatch):
    assert library_module.ANNOTATION_CACHE_LIMIT == 200_000
    monkeypatch.setattr(library_module, "ANNOTATION_CACHE_LIMIT", 3)
    put_numbers(lib, range(5))
    assert cached_numbers(lib) == [2, 3, 4]


def test_negative_cache_bound_is_refused(lib: Library):
    with pytest.raises(ValueError, match="cannot be negative"):
        put_numbers(lib, [1], max_rows=-1)
