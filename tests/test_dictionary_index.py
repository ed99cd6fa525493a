"""The dictionary index: built from a tiny source in jamdict-data's schema (tests/fixtures/dict),
so these tests need no jamdict-data; the last one builds from the real package when installed."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from reader.core.dictionary import index as index_module
from reader.core.dictionary.build import DictionarySourceError, build_index, find_source
from reader.core.dictionary.index import (
    DictionaryIndex,
    IndexCorrupt,
    IndexMissing,
    IndexOutdated,
    default_index_path,
)
from reader.core.dictionary.records import (
    FIELD,
    INDEX_VERSION,
    JMDICT,
    JMNEDICT,
    MISC,
    POS,
    RANK_NAME,
    RANK_UNCOMMON,
    code_for,
    describe,
    priority_rank,
)

FIXTURES = Path(__file__).parent / "fixtures" / "dict"


def make_source(path: Path, extra: tuple[str, ...] = ()) -> Path:
    """A jamdict-style database holding the sample rows (and the rows of the `extra` SQL files)."""
    db = sqlite3.connect(path)
    for name in ("schema.sql", "sample.sql", *extra):
        db.executescript((FIXTURES / name).read_text(encoding="utf-8"))
    db.commit()
    db.close()
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return make_source(tmp_path_factory.mktemp("source") / "jamdict.db")


@pytest.fixture(scope="module")
def built(tmp_path_factory, source) -> Path:
    return build_index(tmp_path_factory.mktemp("index") / "dictionary.sqlite3", source=source)


@pytest.fixture
def index(built):
    with DictionaryIndex.open(built) as opened:
        yield opened


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------------------ round trip
def test_words_round_trip(index):
    [shimesu] = index.entries_for("示す")
    assert shimesu.source == JMDICT and shimesu.id == 1000
    assert shimesu.forms == ("示す",) and shimesu.readings == ("しめす",)
    assert shimesu.pos_classes == ("v5s", "vt")
    assert [sense.glosses for sense in shimesu.senses] == [("to show", "to demonstrate"), ("to point out",)]
    assert shimesu.senses[0].pos == ("v5s", "vt")
    assert shimesu.priority == ("ichi1", "news1", "nf05")
    assert shimesu.rank == priority_rank(["ichi1", "news1", "nf05"])
    assert index.entries_for("しめす") == [shimesu]

    # Found by every written form and reading; form notes come back as codes.
    [hanashiau] = index.entries_for("話合う")
    assert hanashiau.forms == ("話し合う", "話合う") and hanashiau.pos_classes == ("v5u", "vt")
    assert hanashiau.form_info == {"話合う": ("io",)}
    assert index.entries_for("はなしあう") == [hanashiau]

    [okonau] = index.entries_for("行う")
    assert okonau.pos_classes == ("v5u", "vt") and index.entries_for("行なう") == [okonau]

    [happyou] = index.entries_for("発表")
    assert happyou.pos_classes == ("n", "vs") and happyou.senses[0].glosses == ("announcement", "publication")


def test_sense_details(index):
    [iku] = index.entries_for("行く")
    assert index.entries_for("ゆく") == [iku] and index.entries_for("往く") == [iku]
    assert iku.pos_classes == ("v5k-s", "vi")
    go, cont, die = iku.senses
    assert go.xref == ("来る・くる・1",) and go.antonyms == ("来る",)
    # A sense without a part of speech takes the one before it.
    assert cont.pos == ("v5k-s", "vi") and cont.misc == ("uk",) and cont.info == ("after the -te form of a verb",)
    assert die.dialect == ("ksb",) and die.field == ("Buddh",) and die.applies_to == ("ゆく",)
    assert iku.form_info == {"往く": ("oK",)}
    assert iku.restrictions == {"ゆく": ("往く",)}
    assert describe("misc", "uk") == "word usually written using kana alone"

    [hello] = index.entries_for("こんにちは")
    assert hello.forms == () and hello.readings == ("こんにちは", "こんちは") and hello.no_kanji == ("こんちは",)
    assert index.entries_for("こんちは") == [hello]


def test_unknown_forms(index):
    assert index.entries_for("見る") == []
    assert index.entries_for("") == []
    assert index.entry(999) is None
    assert index.entry(1040).forms == ("発表",)


def test_kanji(index):
    shi = index.kanji("示")
    assert shi.meanings == ("show", "indicate")  # English only
    assert shi.onyomi == ("ジ", "シ") and shi.kunyomi == ("しめ.す",)
    assert (shi.strokes, shi.grade, shi.jlpt, shi.freq, shi.radical) == (5, 5, 2, 237, 113)
    wa = index.kanji("話")
    assert wa.kunyomi == ("はな.す", "はなし") and wa.radical == 149
    assert index.kanji("見") is None


def test_has_prefix(index):
    assert index.has_prefix("話")
    assert index.has_prefix("話し")
    assert index.has_prefix("話し合う")
    assert not index.has_prefix("話し合うx")
    assert not index.has_prefix("話せ")
    assert index.has_prefix("小池")
    assert not index.has_prefix("小池", names=False)
    assert index.has_prefix("")


# ------------------------------------------------------------------------------ ranking
def test_priority_rank():
    assert priority_rank(["news1", "ichi1", "spec1", "gai1", "nf01"]) == 1
    ranked = [
        ["ichi1", "news1", "nf02"],
        ["ichi1", "news1", "nf05"],
        ["news1", "nf05"],
        ["ichi1"],
        ["news2", "nf30"],
        ["ichi2"],
        [],
    ]
    ranks = [priority_rank(tags) for tags in ranked]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
    assert ranks[-1] == RANK_UNCOMMON < RANK_NAME


def test_homophones_by_rank(index):
    kami = index.entries_for("かみ")
    assert [(entry.source, (entry.forms or entry.readings)[0]) for entry in kami] == [
        (JMDICT, "紙"), (JMDICT, "神"), (JMDICT, "加味"), (JMNEDICT, "加美"),
    ]
    assert [entry.source for entry in index.entries_for("かみ", names=False)] == [JMDICT] * 3
    # The reading's own rank decides: する is first the word usually written in kana.
    suru = index.ranked("する")
    assert [entry.forms[0] for _, entry in suru] == ["為る", "擦る"]
    assert suru[1][1].rank < suru[0][1].rank  # ... though 擦る's tags alone rank higher
    assert [rank for rank, _ in suru] == sorted(rank for rank, _ in suru)


# ------------------------------------------------------------------------------ names
def test_names(index):
    [koike] = index.entries_for("小池百合子")
    assert koike.source == JMNEDICT and koike.is_name and koike.id == 5375361
    assert koike.readings == ("こいけゆりこ",) and koike.pos_classes == ()
    assert koike.name_types == ("person",) and koike.rank == RANK_NAME
    [sense] = koike.senses
    assert sense.pos == ("name",) and sense.misc == ("person",)
    assert sense.glosses == ("Yuriko Koike (1952.7-), Governor of Tokyo",)
    assert index.entries_for("こいけゆりこ") == [koike]
    [higashi] = index.entries_for("東")
    assert higashi.name_types == ("surname", "place")
    assert [s.glosses for s in higashi.senses] == [("Higashi",), ("Higashi (place)",)]
    assert index.meta["names"] == "1"


def test_without_names(tmp_path, source):
    path = build_index(tmp_path / "words.sqlite3", source=source, names=False)
    with DictionaryIndex.open(path) as words:
        assert words.entries_for("小池百合子") == []
        assert words.entries_for("東") == []
        assert [entry.source for entry in words.entries_for("かみ")] == [JMDICT] * 3
        assert len(words.entries_for("示す")) == 1
        assert words.kanji("示") is not None
        assert words.meta["names"] == "0"
        assert not words.has_prefix("小")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM entries WHERE source = ?", (JMNEDICT,)).fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM forms WHERE is_name = 1").fetchone() == (0,)


# ------------------------------------------------------------------------------ the file
def test_index_file(built):
    with sqlite3.connect(built) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (INDEX_VERSION,)
        assert db.execute("PRAGMA journal_mode").fetchone() != ("wal",)
        meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["complete"] == "1" and meta["source.jmdict.version"] == "1.08"
    assert meta["names"] == "1" and meta["count.words"] == "11" and meta["count.names"] == "3"
    assert meta["count.kanji"] == "2" and meta["count.forms"] == "32"
    assert not Path(f"{built}-wal").exists()
    assert [path.name for path in built.parent.iterdir()] == [built.name]  # no temporary files left


def test_progress_rises_to_one(tmp_path, source):
    reported: list[tuple[float, str]] = []
    build_index(tmp_path / "dictionary.sqlite3", source=source, progress=lambda f, m: reported.append((f, m)))
    fractions = [fraction for fraction, _ in reported]
    assert len(fractions) >= 3
    assert fractions == sorted(fractions) and all(0.0 <= f <= 1.0 for f in fractions)
    assert fractions[-1] == 1.0 and fractions.count(1.0) == 1
    assert all(isinstance(message, str) and message for _, message in reported)


class Cancelled(Exception):
    pass


def cancel_after(calls: int):
    seen = []

    def progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if len(seen) >= calls:
            raise Cancelled

    return progress


@pytest.mark.parametrize("calls", [1, 3])
def test_failed_build_leaves_nothing(tmp_path, source, calls):
    dest = tmp_path / "index" / "dictionary.sqlite3"
    with pytest.raises(Cancelled):
        build_index(dest, source=source, progress=cancel_after(calls))
    assert not dest.exists()
    assert list(dest.parent.iterdir()) == []


def test_failed_rebuild_keeps_previous_index(tmp_path, source, built):
    dest = tmp_path / "dictionary.sqlite3"
    dest.write_bytes(built.read_bytes())
    before = digest(dest)
    with pytest.raises(Cancelled):
        build_index(dest, source=source, progress=cancel_after(2))
    assert digest(dest) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == [dest.name]
    with DictionaryIndex.open(dest) as previous:
        assert len(previous.entries_for("示す")) == 1
    # A good rebuild replaces it.
    build_index(dest, source=source, names=False)
    with DictionaryIndex.open(dest) as rebuilt:
        assert rebuilt.meta["names"] == "0"


def test_stale_temporary_files_removed(tmp_path, source):
    dest = tmp_path / "dictionary.sqlite3"
    stale, fresh = tmp_path / ".dictionary.sqlite3.old.building", tmp_path / ".dictionary.sqlite3.new.building"
    stale.write_bytes(b"killed build")
    fresh.write_bytes(b"another build, still running")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    build_index(dest, source=source)
    assert not stale.exists() and fresh.exists() and dest.exists()


def test_bad_sources(tmp_path):
    dest = tmp_path / "dictionary.sqlite3"
    with pytest.raises(DictionarySourceError):
        build_index(dest, source=tmp_path / "missing.db")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(DictionarySourceError, match="not a jamdict database"):
        build_index(dest, source=empty)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DictionarySourceError):
        build_index(dest, source=garbage)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty.db", "garbage.db"]


# ------------------------------------------------------------------------------ refusing files
def test_missing_index(tmp_path):
    with pytest.raises(IndexMissing):
        DictionaryIndex.open(tmp_path / "nothing.sqlite3")


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00", b"garbage " * 1000])
def test_garbage_file(tmp_path, content):
    path = tmp_path / "dictionary.sqlite3"
    path.write_bytes(content)
    with pytest.raises(IndexCorrupt):
        DictionaryIndex.open(path)


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(IndexCorrupt):
        DictionaryIndex.open(tmp_path)


def test_truncated_file(tmp_path, built):
    data = built.read_bytes()
    for size in (len(data) // 2, len(data) - 4096):
        path = tmp_path / f"cut-{size}.sqlite3"
        path.write_bytes(data[:size])
        with pytest.raises(IndexCorrupt, match="truncated"):
            DictionaryIndex.open(path)


def altered(tmp_path: Path, built: Path, *statements: str) -> Path:
    path = tmp_path / "altered.sqlite3"
    path.write_bytes(built.read_bytes())
    db = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        db.execute(statement)
    db.close()
    return path


def test_wrong_version(tmp_path, built):
    path = altered(tmp_path, built, f"PRAGMA user_version = {INDEX_VERSION + 1}")
    with pytest.raises(IndexOutdated):
        DictionaryIndex.open(path)
    assert issubclass(IndexOutdated, IndexCorrupt)


def test_incomplete_index(tmp_path, built):
    path = altered(tmp_path, built, "DELETE FROM meta WHERE key = 'complete'")
    with pytest.raises(IndexCorrupt, match="incomplete"):
        DictionaryIndex.open(path)


def test_someone_elses_database(tmp_path, built):
    path = altered(tmp_path, built, "PRAGMA application_id = 0")
    with pytest.raises(IndexCorrupt, match="not a Yomu dictionary index"):
        DictionaryIndex.open(path)


def test_damage_found_while_reading(tmp_path, built):
    path = altered(tmp_path, built, "UPDATE entries SET data = '{not json' WHERE id = 1000")
    with DictionaryIndex.open(path) as damaged:
        with pytest.raises(IndexCorrupt):
            damaged.entries_for("示す")
        assert len(damaged.entries_for("発表")) == 1


# ------------------------------------------------------------------------------ misc
def test_entry_cache_is_bounded(built, monkeypatch):
    monkeypatch.setattr(index_module, "ENTRY_CACHE_SIZE", 2)
    with DictionaryIndex.open(built) as small:
        first = small.entries_for("示す")[0]
        for form in ("発表", "行く", "行う", "紙"):
            small.entries_for(form)
        assert len(small._entries) == 2
        assert small.entries_for("示す")[0] == first


def test_default_index_path(tmp_path):
    assert default_index_path({"YOMU_DICTIONARY_INDEX": str(tmp_path / "d.sqlite3")}) == tmp_path / "d.sqlite3"
    path = default_index_path({})
    assert path.name == f"dictionary-v{INDEX_VERSION}.sqlite3" and "Yomu" in str(path)


def test_tag_codes():
    assert code_for("pos", "Godan verb - Iku/Yuku special class") == "v5k-s"
    assert code_for("pos", "v5k-s") == "v5k-s"
    assert code_for("misc", "colloquial") == code_for("misc", "colloquialism") == "col"
    assert code_for("field", "something new") == "something new"
    for table in (POS, MISC, FIELD):
        kind = {id(POS): "pos", id(MISC): "misc", id(FIELD): "field"}[id(table)]
        assert all(code_for(kind, description) == code for code, description in table.items())


# ------------------------------------------------------------------------------ the real data
def test_full_build_from_jamdict_data(tmp_path):
    pytest.importorskip("jamdict_data")
    source = find_source()
    started = time.monotonic()
    path = build_index(tmp_path / "dictionary.sqlite3", source=source, names=False)
    assert time.monotonic() - started < 120
    with DictionaryIndex.open(path) as full:
        expected = {"示す": {"v5s", "vt"}, "話し合う": {"v5u", "vt"}, "発表": {"n", "vs"}, "行く": {"v5k-s"}}
        for form, classes in expected.items():
            entries = full.entries_for(form)
            assert entries and classes <= set(entries[0].pos_classes), form
        assert full.entries_for("小池百合子") == []
        # Every part of speech in the source maps to a JMdict code.
        with sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True) as src:
            described = {text for (text,) in src.execute("SELECT DISTINCT text FROM pos")}
        assert {code_for("pos", text) for text in described} <= set(POS)
        assert full.kanji("示").onyomi == ("ジ", "シ")
        assert [entry.forms[0] for entry in full.entries_for("する")][0] == "為る"


def test_ranked_many_agrees_with_ranked(built):
    """The batched query a hover scan uses gives what one query per form gives."""
    with DictionaryIndex.open(built) as index:
        forms = ["示す", "話し合う", "発表", "小池百合子", "ない形", "しめす"]
        batch = index.ranked_many(forms)
        assert batch["示す"] and batch["小池百合子"]
        for form in forms:
            assert [(r, e.id) for r, e in batch[form]] == [(r, e.id) for r, e in index.ranked(form)]
        no_names = index.ranked_many(["小池百合子"], names_for=lambda f: False)
        assert no_names["小池百合子"] == []


def test_build_input_chosen_by_environment(source, tmp_path):
    """$YOMU_DICTIONARY_SOURCE replaces jamdict-data as the build input (as $YOMU_DICTIONARY_INDEX
    moves the index): how tests and the window's first-run build get a small dictionary."""
    assert find_source({"YOMU_DICTIONARY_SOURCE": str(source)}) == source
    missing = tmp_path / "nothing.db"
    with pytest.raises(DictionarySourceError):
        build_index(tmp_path / "dictionary.sqlite3", source=find_source({"YOMU_DICTIONARY_SOURCE": str(missing)}))
