"""Opening library files: new ones are created, old ones upgraded in place, and files that are
too new, not Yomu's, not SQLite or not writable are refused without being changed."""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from reader.core.store import SCHEMA_VERSION, Library, LibraryError
from reader.core.store.schema import APPLICATION_ID

FIXTURES = Path(__file__).parent / "fixtures"
V1_FIXTURE = FIXTURES / "db" / "v1.sqlite"
V2_FIXTURE = FIXTURES / "db" / "v2.sqlite"
V3_FIXTURE = FIXTURES / "db" / "v3.sqlite"
V4_FIXTURE = FIXTURES / "db" / "v4.sqlite"


def _load_fixture_maker():
    script = FIXTURES / "make_db_fixtures.py"
    spec = importlib.util.spec_from_file_location("make_db_fixtures", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fixture_maker = _load_fixture_maker()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def assert_refused_untouched(path: Path, match: str) -> LibraryError:
    """Library.open(path) raises a one-line LibraryError and leaves the file, and its folder,
    exactly as they were: same bytes, and no -wal, -shm or -journal files beside it."""
    before = sha256(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(LibraryError, match=match) as raised:
        Library.open(path)
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings
    assert "\n" not in str(raised.value)
    return raised.value


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(V1_FIXTURE, path)
    return path


@pytest.fixture
def v2_copy(tmp_path: Path) -> Path:
    path = tmp_path / "old-v2.sqlite"
    shutil.copyfile(V2_FIXTURE, path)
    return path


@pytest.fixture
def v3_copy(tmp_path: Path) -> Path:
    path = tmp_path / "old-v3.sqlite"
    shutil.copyfile(V3_FIXTURE, path)
    return path


@pytest.fixture
def v4_copy(tmp_path: Path) -> Path:
    path = tmp_path / "old-v4.sqlite"
    shutil.copyfile(V4_FIXTURE, path)
    return path


def assert_version_5_tables_work(lib: Library) -> None:
    """Highlights, article notes and their search work on articles that came from an older file."""
    article_id = lib.list_articles()[-1].id
    paragraph = lib.get_article(article_id).article.paragraphs[0]
    h = lib.add_highlight(article_id, 0, 2, 6, colour="green", note="upgraded note")
    assert h.quote == paragraph[2:6]
    lib.set_article_note(article_id, "article note after the upgrade")
    assert lib.highlights_for(article_id) == [h]
    assert [hit.highlight_id for hit in lib.search_annotations("upgraded")] == [h.id]
    assert [hit.article_id for hit in lib.search_annotations("after the upgrade")] == [article_id]
    assert [hit.highlight_id for hit in lib.search_annotations(paragraph[2:6])] == [h.id]


def assert_version_4_columns_work(lib: Library) -> None:
    """Mark read/unread and the trash work on articles that came from an older file."""
    first = lib.list_articles()[-1]
    assert lib.set_finished(first.id, True)
    assert lib.query_articles(show="finished")[0].id == first.id
    before = lib.get_article(first.id)
    assert lib.move_to_trash(first.id)
    assert first.id not in [s.id for s in lib.list_articles()]
    assert [t.id for t in lib.trashed_articles()] == [first.id]
    assert lib.restore_from_trash(first.id)
    assert lib.get_article(first.id) == before


def assert_version_3_tables_work(lib: Library) -> None:
    """The tables migration 3 adds exist, start empty and take reads and writes."""
    assert lib.reading_overrides() == {}
    assert lib.reading_overrides_version() == 0
    lib.set_reading_override("市場", "イチバ")
    assert lib.reading_overrides() == {("市場", ""): "いちば"}
    assert lib.reading_overrides_version() == 1
    assert lib.get_cached_annotation("0" * 64, "test-engine") is None
    lib.put_cached_annotations([("0" * 64, "test-engine", "[]")])
    assert lib.get_cached_annotation("0" * 64, "test-engine") == "[]"


def test_fixture_is_a_version_1_library():
    assert pragma(V1_FIXTURE, "user_version") == 1
    assert pragma(V1_FIXTURE, "application_id") == APPLICATION_ID
    assert "progress" not in columns(V1_FIXTURE, "articles")


def test_fixture_is_a_version_2_library():
    assert pragma(V2_FIXTURE, "user_version") == 2
    assert pragma(V2_FIXTURE, "application_id") == APPLICATION_ID
    assert pragma(V2_FIXTURE, "journal_mode") == "delete"  # one self-contained file
    assert "progress" in columns(V2_FIXTURE, "articles")
    assert "articles_fts" in tables(V2_FIXTURE)
    assert not {"reading_overrides", "annotation_cache", "meta"} & tables(V2_FIXTURE)


def test_fixture_is_a_version_3_library():
    assert pragma(V3_FIXTURE, "user_version") == 3
    assert pragma(V3_FIXTURE, "application_id") == APPLICATION_ID
    assert pragma(V3_FIXTURE, "journal_mode") == "delete"
    assert {"reading_overrides", "annotation_cache", "meta", "articles_fts"} <= tables(V3_FIXTURE)
    assert not {"finished_at", "deleted_at"} & set(columns(V3_FIXTURE, "articles"))


def test_fixture_is_a_version_4_library():
    assert pragma(V4_FIXTURE, "user_version") == 4
    assert pragma(V4_FIXTURE, "application_id") == APPLICATION_ID
    assert pragma(V4_FIXTURE, "journal_mode") == "delete"
    assert {"finished_at", "deleted_at"} <= set(columns(V4_FIXTURE, "articles"))
    assert not {"highlights", "article_notes", "highlights_fts", "article_notes_fts"} & tables(V4_FIXTURE)


def test_schema_version_is_5():
    assert SCHEMA_VERSION == 5


def test_version_1_library_is_upgraded_with_its_data(v1_copy: Path):
    with Library.open(v1_copy) as lib:
        assert lib.created is False
        summaries = lib.list_articles()
        expected = list(reversed(fixture_maker.V1_ARTICLES))  # newest imported first
        assert [s.title for s in summaries] == [a.title for a, _ in expected]
        assert [s.imported_at for s in summaries] == [when for _, when in expected]
        assert all(s.progress == 0 for s in summaries)

        for summary, (article, imported_at) in zip(summaries, expected, strict=True):
            stored = lib.get_article(summary.id)
            assert stored.progress == 0
            assert stored.imported_at == imported_at
            assert stored.content_hash == article.content_hash()
            assert stored.article.paragraphs == article.paragraphs
            assert stored.article.subtitle == article.subtitle
            assert stored.article.decisions == article.decisions
            assert lib.original(summary.id) == (article.original, article.original_type)
            assert summary.characters == sum(len(p) for p in article.paragraphs)

        # The search index was back-filled: old articles are found by title, subtitle and body.
        library_id = next(s.id for s in summaries if s.title == fixture_maker.LIBRARY_ARTICLE.title)
        cherry_id = next(s.id for s in summaries if s.title == fixture_maker.CHERRY_ARTICLE.title)
        assert [s.id for s in lib.search("図書館")] == [library_id]
        assert [s.id for s in lib.search("空き店舗")] == [library_id]  # subtitle and body
        assert [s.id for s in lib.search("お弁当")] == [cherry_id]  # body only
        assert [s.id for s in lib.search("桜")] == [cherry_id]  # short query: LIKE fallback

        # Old articles still de-duplicate, and new ones go in next to them.
        assert lib.add_article(fixture_maker.CHERRY_ARTICLE) == (cherry_id, False)
        lib.set_progress(library_id, 0.25)
        assert lib.get_article(library_id).progress == 0.25

        assert_version_3_tables_work(lib)
        assert_version_4_columns_work(lib)
        assert_version_5_tables_work(lib)

    assert pragma(v1_copy, "user_version") == SCHEMA_VERSION
    assert pragma(v1_copy, "journal_mode") == "wal"
    assert "progress" in columns(v1_copy, "articles")


def test_version_2_library_is_upgraded_with_its_data(v2_copy: Path):
    with Library.open(v2_copy) as lib:
        assert lib.created is False
        summaries = lib.list_articles()
        expected = list(reversed(fixture_maker.V2_ARTICLES))  # newest imported first
        assert [s.title for s in summaries] == [a.title for a, _, _ in expected]
        assert [s.imported_at for s in summaries] == [when for _, when, _ in expected]
        assert [s.progress for s in summaries] == [progress for _, _, progress in expected]

        for summary, (article, imported_at, progress) in zip(summaries, expected, strict=True):
            stored = lib.get_article(summary.id)
            assert stored.progress == progress
            assert stored.imported_at == imported_at
            assert stored.content_hash == article.content_hash()
            assert stored.article == article  # every field, original and decisions included
            assert summary.characters == sum(len(p) for p in article.paragraphs)

        # The full-text index written at version 2 is used as it is.
        market_id = next(s.id for s in summaries if s.title == fixture_maker.MARKET_ARTICLE.title)
        bridge_id = next(s.id for s in summaries if s.title == fixture_maker.BRIDGE_ARTICLE.title)
        assert [s.id for s in lib.search("旬の魚")] == [market_id]
        assert [s.id for s in lib.search("漁師と料理人")] == [market_id]  # subtitle
        assert [s.id for s in lib.search("番号をつけ")] == [bridge_id]
        assert [s.id for s in lib.search("石橋")] == [bridge_id]  # short query: LIKE fallback
        assert lib.add_article(fixture_maker.MARKET_ARTICLE) == (market_id, False)

        assert_version_3_tables_work(lib)
        assert_version_4_columns_work(lib)
        assert_version_5_tables_work(lib)

    assert pragma(v2_copy, "user_version") == SCHEMA_VERSION
    assert pragma(v2_copy, "journal_mode") == "wal"
    assert {"reading_overrides", "annotation_cache", "meta"} <= tables(v2_copy)
    assert columns(v2_copy, "reading_overrides") == [
        "surface", "lemma", "reading", "created_at", "updated_at"
    ]
    assert columns(v2_copy, "annotation_cache") == ["text_hash", "engine", "data"]

    # The override and the cached paragraph were committed, and are there on reopening.
    with Library.open(v2_copy) as lib:
        assert lib.reading_overrides() == {("市場", ""): "いちば"}
        assert lib.reading_overrides_version() == 1
        assert lib.get_cached_annotation("0" * 64, "test-engine") == "[]"


def test_version_3_library_is_upgraded_with_its_data(v3_copy: Path):
    with Library.open(v3_copy) as lib:
        assert lib.created is False
        summaries = lib.list_articles()
        expected = list(reversed(fixture_maker.V3_ARTICLES))  # newest imported first
        assert [s.title for s in summaries] == [a.title for a, _, _ in expected]
        assert [s.progress for s in summaries] == [progress for _, _, progress in expected]
        for summary, (article, imported_at, _progress) in zip(summaries, expected, strict=True):
            stored = lib.get_article(summary.id)
            assert stored.imported_at == imported_at
            assert stored.article == article  # every field, original and decisions included

        # What version 3 showed as read (progress at the end) is finished; the rest as before.
        states = {s.title: s.state for s in summaries}
        assert states == {
            fixture_maker.PARK_ARTICLE.title: "finished",
            fixture_maker.BAKERY_ARTICLE.title: "in_progress",
            fixture_maker.LANTERN_ARTICLE.title: "unread",
        }
        park = next(s for s in summaries if s.title == fixture_maker.PARK_ARTICLE.title)
        upgraded_at = datetime.fromisoformat(park.finished_at)
        assert abs((datetime.now(timezone.utc) - upgraded_at).total_seconds()) < 600
        assert [s.title for s in lib.query_articles(show="unread")] == [fixture_maker.LANTERN_ARTICLE.title]

        # Nothing is in the trash; the index, overrides and cache written at version 3 still work.
        assert lib.trashed_articles() == []
        assert [s.title for s in lib.search("あんパン")] == [fixture_maker.BAKERY_ARTICLE.title]
        surface, lemma, reading = fixture_maker.V3_OVERRIDE
        assert lib.reading_overrides() == {(surface, lemma): reading}
        text_hash, engine, data = fixture_maker.V3_CACHED
        assert lib.get_cached_annotation(text_hash, engine) == data
        assert_version_4_columns_work(lib)
        assert_version_5_tables_work(lib)

    assert pragma(v3_copy, "user_version") == SCHEMA_VERSION
    assert {"finished_at", "deleted_at"} <= set(columns(v3_copy, "articles"))


def test_failed_migration_4_leaves_version_3_intact(v3_copy: Path):
    # An index in the way makes migration 4 fail after its two new columns: they go too.
    conn = sqlite3.connect(v3_copy)
    conn.execute("CREATE INDEX articles_by_deleted_at ON articles (title)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match=f"cannot update library .* to schema {SCHEMA_VERSION}"):
        Library.open(v3_copy)
    assert pragma(v3_copy, "user_version") == 3
    assert not {"finished_at", "deleted_at"} & set(columns(v3_copy, "articles"))


def test_reopening_an_upgraded_library_changes_nothing_more(v1_copy: Path):
    with Library.open(v1_copy):
        pass
    with Library.open(v1_copy) as lib:
        assert lib.created is False
        assert len(lib.list_articles()) == 2
        assert len(lib.search("満開")) == 1  # back-fill ran once: no duplicate index rows


def test_new_path_is_created_at_current_version(tmp_path: Path):
    path = tmp_path / "nested" / "folders" / "library.sqlite3"
    with Library.open(path) as lib:
        assert lib.created is True
        assert lib.path == path
        assert lib.list_articles() == []
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "application_id") == APPLICATION_ID
    with Library.open(path) as lib:
        assert lib.created is False


def test_zero_length_file_counts_as_new(tmp_path: Path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Library.open(path) as lib:
        assert lib.created is True
    assert pragma(path, "user_version") == SCHEMA_VERSION


def test_empty_sqlite_database_counts_as_new(tmp_path: Path):
    path = tmp_path / "blank.sqlite3"
    sqlite3.connect(path).execute("VACUUM").connection.close()  # a valid file with no tables
    assert path.stat().st_size > 0
    with Library.open(path) as lib:
        assert lib.created is True


def _make_newer_library(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_library_from_a_newer_yomu_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "future.sqlite3"
    _make_newer_library(path, 7)
    error = assert_refused_untouched(path, "newer Yomu")
    assert str(error) == (
        f"library {path} was written by a newer Yomu (schema 7; this version reads up to {SCHEMA_VERSION})"
    )


def test_newer_library_in_wal_mode_is_refused(tmp_path: Path):
    # A newer Yomu leaves its library in WAL mode; the header check alone must refuse it.
    path = tmp_path / "future.sqlite3"
    _make_newer_library(path, SCHEMA_VERSION + 1)
    sqlite3.connect(path).execute("PRAGMA journal_mode = WAL").connection.close()
    assert_refused_untouched(path, "newer Yomu")


def test_other_programs_sqlite_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    error = assert_refused_untouched(path, "is not a Yomu library")
    assert str(error) == f"{path} is not a Yomu library (an SQLite database of another program)"


@pytest.mark.parametrize(
    "content",
    [
        b"hello",
        "これはテキストファイルです。\n".encode("utf-8") * 20,
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        bytes(4096),
        b"SQLite format 3",  # the magic, cut short
        b"SQLite format 3\x00" + bytes(10),  # the magic, then too short for a header
    ],
)
def test_non_sqlite_file_is_refused_untouched(tmp_path: Path, content: bytes):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    error = assert_refused_untouched(path, "is not a Yomu library")
    assert str(error) == f"{path} is not a Yomu library (not an SQLite database)"


def test_damaged_sqlite_file_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    assert_refused_untouched(path, "is not a Yomu library")


def test_directory_is_refused(tmp_path: Path):
    with pytest.raises(LibraryError, match="is a folder, not a Yomu library"):
        Library.open(tmp_path)


def test_folder_that_cannot_be_created_is_refused(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(LibraryError, match="cannot create the folder for library"):
        Library.open(blocker / "library.sqlite3")
    assert blocker.read_text() == "not a folder"


needs_permissions = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere"
)


@needs_permissions
def test_read_only_library_file_is_refused_untouched(v1_copy: Path):
    v1_copy.chmod(0o444)
    assert_refused_untouched(v1_copy, "cannot write to library")
    assert pragma(v1_copy, "user_version") == 1  # not upgraded either


@needs_permissions
def test_read_only_folder_is_refused(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(LibraryError, match="is not writable"):
            Library.open(folder / "library.sqlite3")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_failed_migration_leaves_the_previous_version_intact(v1_copy: Path):
    # A table in the way makes migration 2 fail partway: none of it may stick.
    conn = sqlite3.connect(v1_copy)
    conn.execute("CREATE TABLE articles_fts (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match=f"cannot update library .* to schema {SCHEMA_VERSION}"):
        Library.open(v1_copy)
    assert pragma(v1_copy, "user_version") == 1
    assert "progress" not in columns(v1_copy, "articles")


def test_failed_migration_3_leaves_version_2_intact(v2_copy: Path):
    # Migration 3 fails at its last table; the meta and overrides tables before it go too.
    conn = sqlite3.connect(v2_copy)
    conn.execute("CREATE TABLE annotation_cache (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match=f"cannot update library .* to schema {SCHEMA_VERSION}"):
        Library.open(v2_copy)
    assert pragma(v2_copy, "user_version") == 2
    assert not {"reading_overrides", "meta"} & tables(v2_copy)
    assert columns(v2_copy, "annotation_cache") == ["x"]


def test_fixture_maker_reproduces_the_fixture(tmp_path: Path):
    # Guards against the committed fixture and the script that records it drifting apart.
    remade = tmp_path / "v1.sqlite"
    fixture_maker.make_v1(remade)
    assert dump(remade) == dump(V1_FIXTURE)


def test_fixture_maker_reproduces_the_v2_fixture(tmp_path: Path):
    remade = tmp_path / "v2.sqlite"
    fixture_maker.make_v2(remade)
    assert dump(remade) == dump(V2_FIXTURE)


def test_fixture_maker_reproduces_the_v3_fixture(tmp_path: Path):
    remade = tmp_path / "v3.sqlite"
    fixture_maker.make_v3(remade)
    assert dump(remade) == dump(V3_FIXTURE)


def test_fixture_maker_reproduces_the_v4_fixture(tmp_path: Path):
    remade = tmp_path / "v4.sqlite"
    fixture_maker.make_v4(remade)
    assert dump(remade) == dump(V4_FIXTURE)


def test_version_4_library_is_upgraded_with_its_data(v4_copy: Path):
    with Library.open(v4_copy) as lib:
        assert lib.created is False
        summaries = lib.list_articles()
        live = [(a, when, fin) for a, when, _, fin, gone in fixture_maker.V4_ARTICLES if gone is None]
        assert [s.title for s in summaries] == [a.title for a, _, _ in reversed(live)]
        assert {s.title: s.finished_at for s in summaries} == {a.title: fin for a, _, fin in live}
        for summary in summaries:
            stored = lib.get_article(summary.id)
            article = next(a for a, _, _ in live if a.title == summary.title)
            assert stored.article == article

        # The trashed article is still in the trash, whole, and comes back with its id.
        museum = fixture_maker.MUSEUM_ARTICLE
        [trashed] = lib.trashed_articles()
        assert trashed.title == museum.title
        assert lib.search("化石") == []
        assert lib.restore_from_trash(trashed.id)
        assert lib.get_article(trashed.id).article == museum
        assert [s.id for s in lib.search("化石")] == [trashed.id]

        # No highlights or notes yet; the new tables take them, and deleting an article for good
        # takes its highlights, notes and index entries with it.
        assert lib.all_highlights(include_deleted=True) == []
        assert lib.article_notes() == []
        assert_version_5_tables_work(lib)
        ferry_id = next(s.id for s in summaries if s.title == fixture_maker.FERRY_ARTICLE.title)
        h = lib.add_highlight(ferry_id, 1, 0, 5, note="揺れを抑える")
        lib.set_article_note(ferry_id, "フェリーのメモ")
        assert len(lib.search_annotations("揺れを抑える")) == 1
        assert lib.delete_article(ferry_id)
        assert lib.get_highlight(h.id) is None
        assert lib.search_annotations("揺れを抑える") == [] and lib.search_annotations("フェリーのメモ") == []
        assert lib._db.execute("SELECT count(*) FROM highlights_fts WHERE rowid NOT IN"
                               " (SELECT seq FROM highlights)").fetchone()[0] == 0

    assert pragma(v4_copy, "user_version") == SCHEMA_VERSION
    assert {"highlights", "article_notes", "highlights_fts", "article_notes_fts"} <= tables(v4_copy)
    conn = sqlite3.connect(v4_copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_failed_migration_5_leaves_version_4_intact(v4_copy: Path):
    # A table in the way makes migration 5 fail at its index tables: the highlights table goes too.
    conn = sqlite3.connect(v4_copy)
    conn.execute("CREATE TABLE article_notes_fts (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match=f"cannot update library .* to schema {SCHEMA_VERSION}"):
        Library.open(v4_copy)
    assert pragma(v4_copy, "user_version") == 4
    assert not {"highlights", "article_notes", "highlights_fts"} & tables(v4_copy)
    assert columns(v4_copy, "article_notes_fts") == ["x"]


def test_simultaneous_first_opens_create_the_library_once(tmp_path: Path):
    # The app and the CLI starting together on a new file: one creates it, the other waits.
    path = tmp_path / "library.sqlite3"
    start_together = threading.Barrier(4)
    created: list[bool] = []
    errors: list[BaseException] = []

    def open_library() -> None:
        start_together.wait()
        try:
            with Library.open(path) as lib:
                created.append(lib.created)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=open_library) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(created) == [False, False, False, True]
    assert pragma(path, "user_version") == SCHEMA_VERSION
