"""`yomu dict import`: JMdict / JMnedict / KANJIDIC2 XML and Yomitan zips added to a small index
built from the fixtures (tests/fixtures/dict; the files to import under import/, invented)."""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.core.dictionary.build import SOURCE_ENV_VAR, build_index
from reader.core.dictionary.importers import DictionaryImportError, import_files
from reader.core.dictionary.index import DictionaryIndex, IndexCorrupt
from reader.core.dictionary.lookup import lookup
from reader.core.dictionary.manage import open_index, rebuild_index
from reader.core.dictionary.records import INDEX_VERSION, JMDICT, JMNEDICT
from reader.core.dictionary.saved_imports import MANIFEST, imports_folder, saved_imports
from tests.test_dictionary_index import make_source

IMPORT = Path(__file__).parent / "fixtures" / "dict" / "import"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return make_source(tmp_path_factory.mktemp("import-source") / "jamdict.db")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory, source) -> Path:
    return build_index(tmp_path_factory.mktemp("import-base") / "dictionary.sqlite3", source=source)


@pytest.fixture
def index_path(tmp_path, pristine) -> Path:
    path = tmp_path / "dictionary.sqlite3"
    shutil.copyfile(pristine, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def yomitan_zip(path: Path, with_index: bool = True) -> Path:
    terms = [
        ["ほげる", "ほげる", "v1 vi", "v1", 5, ["to hoge (invented)"], 1, ""],
        ["不具合子", "ふぐあいこ", "n", "", 1, [
            {"type": "structured-content", "content": [
                {"tag": "ul", "content": [{"tag": "li", "content": "a made-up bug"}]},
                {"tag": "img", "path": "x.png"}]},
            {"type": "text", "text": "a glitch"},
            {"type": "image", "path": "y.png"}], 2, "news"],
    ]
    with zipfile.ZipFile(path, "w") as archive:
        if with_index:
            archive.writestr("index.json", json.dumps({"title": "Invented", "revision": "1", "format": 3}))
        archive.writestr("term_bank_1.json", json.dumps(terms, ensure_ascii=False))
        archive.writestr("term_meta_bank_1.json", json.dumps([["ほげる", "freq", 100]], ensure_ascii=False))
        archive.writestr("kanji_bank_1.json", json.dumps(
            [["丼", "トン タン", "どんぶり", "", ["bowl"], {"strokes": "5", "grade": "9"}]], ensure_ascii=False))
    return path


# ------------------------------------------------------------------------------ XML
@pytest.mark.parametrize("name", ["JMdict_e_sample.xml", "JMdict_e_sample.xml.gz"])
def test_jmdict_xml_adds_and_replaces(index_path, name):
    [result] = import_files([IMPORT / name], index_path)
    assert (result.added, result.replaced) == (2, 1)
    assert result.summary() == f"{IMPORT / name}: 2 entries added, 1 replaced"
    with DictionaryIndex.open(index_path) as index:
        [name_entry] = index.entries_for("ゾレンスカ")
        assert name_entry.id == 2990001 and name_entry.source == JMDICT
        assert name_entry.pos_classes == ("n-pr",) and name_entry.forms == ()
        assert name_entry.senses[0].glosses == ("Zolenska (invented surname for tests)",)
        [verb] = index.entries_for("捏む")
        assert verb.readings == ("てけむ",) and verb.pos_classes == ("v5m", "vi")
        assert verb.senses[0].misc == ("uk",) and verb.priority == ("news1",)
        assert index.entries_for("てけむ") == [verb]
        [shimesu] = index.entries_for("示す")
        assert shimesu.id == 1000 and shimesu.senses[0].glosses == ("to show (revised)",)
        assert len(shimesu.senses) == 1
        imports = json.loads(index.meta["imports"])
        assert imports[-1]["file"] == name and imports[-1]["added"] == 2 and imports[-1]["replaced"] == 1
        # the rest of the index is still there
        assert index.entries_for("話し合う")
    with DictionaryIndex.open(index_path) as index:
        result = lookup(index, "それを捏んだ。", 3)
        assert result.matches and result.matches[0].entry.id == 2990002
        assert result.matches[0].length == 3 and result.matches[0].reasons == ("past",)


def test_second_import_replaces_its_own_entries(index_path):
    import_files([IMPORT / "JMdict_e_sample.xml"], index_path)
    [result] = import_files([IMPORT / "JMdict_e_sample.xml.gz"], index_path)
    assert (result.added, result.replaced) == (0, 3)
    with DictionaryIndex.open(index_path) as index:
        assert len(index.entries_for("ゾレンスカ")) == 1
        assert len(json.loads(index.meta["imports"])) == 2


def test_jmnedict_and_kanjidic(index_path):
    names, kanji = import_files([IMPORT / "JMnedict_sample.xml", IMPORT / "kanjidic2_sample.xml"], index_path)
    assert (names.added, names.replaced) == (1, 0)
    assert (kanji.added, kanji.replaced) == (1, 1)
    with DictionaryIndex.open(index_path) as index:
        [place] = index.entries_for("架空山")
        assert place.source == JMNEDICT and place.readings == ("かくうやま",)
        assert place.name_types == ("place", "surname") and place.senses[0].glosses == ("Kakuuyama",)
        assert index.entries_for("かくうやま", names=False) == []
        nie = index.kanji("捏")
        assert nie.meanings == ("knead",) and nie.onyomi == ("ネツ",) and nie.kunyomi == ("こ.ねる",)
        assert (nie.strokes, nie.grade, nie.jlpt, nie.freq, nie.radical) == (10, 9, 1, 2400, 64)
        assert nie.nanori == ("ね",)
        assert index.kanji("示").meanings == ("show", "indicate")


def test_yomitan_zip(index_path, tmp_path):
    with DictionaryIndex.open(index_path) as index:
        top = max(entry_id for (entry_id,) in index._db.execute("SELECT id FROM entries"))
    [result] = import_files([yomitan_zip(tmp_path / "invented.zip")], index_path)
    assert (result.added, result.replaced) == (3, 0)
    with DictionaryIndex.open(index_path) as index:
        [hogeru] = index.entries_for("ほげる")
        assert hogeru.id > top and hogeru.forms == () and hogeru.pos_classes == ("v1", "vi")
        [bug] = index.entries_for("不具合子")
        assert bug.readings == ("ふぐあいこ",) and bug.pos_classes == ("n",)
        assert bug.senses[0].glosses == ("a made-up bug", "a glitch")
        assert index.kanji("丼").kunyomi == ("どんぶり",) and index.kanji("丼").strokes == 5
        result = lookup(index, "ほげない", 0)
        assert result.matches[0].entry.id == hogeru.id and result.matches[0].reasons == ("negative",)


# ------------------------------------------------------------------------------ failures
def _bad_files(tmp_path: Path) -> list[Path]:
    truncated = tmp_path / "JMdict_e.gz"
    truncated.write_bytes(gzip.compress((IMPORT / "JMdict_e_sample.xml").read_bytes())[:200])
    broken = tmp_path / "JMdict_broken.xml"
    broken.write_text((IMPORT / "JMdict_e_sample.xml").read_text(encoding="utf-8").replace("</sense>", "", 1),
                      encoding="utf-8")
    unknown = tmp_path / "notes.txt"
    unknown.write_text("just some text", encoding="utf-8")
    return [truncated, broken, yomitan_zip(tmp_path / "noindex.zip", with_index=False), unknown,
            tmp_path / "missing.xml"]


def test_bad_files_leave_the_index_untouched(index_path, tmp_path):
    before = digest(index_path)
    for bad in _bad_files(tmp_path):
        # a good file before the bad one changes nothing either: all or nothing
        with pytest.raises(DictionaryImportError) as caught:
            import_files([IMPORT / "JMdict_e_sample.xml", bad], index_path)
        assert "\n" not in str(caught.value) and str(bad) in str(caught.value)
        assert digest(index_path) == before
        assert not list(index_path.parent.glob("*.importing*"))
    with DictionaryIndex.open(index_path) as index:
        assert index.entries_for("ゾレンスカ") == [] and index.entries_for("示す")


# ------------------------------------------------------------------------------ CLI
def test_cli_dict_import(index_path, tmp_path):
    env = {**os.environ, "YOMU_DICTIONARY_INDEX": str(index_path)}
    run = subprocess.run([sys.executable, "-m", "reader", "dict", "import", str(IMPORT / "JMdict_e_sample.xml.gz")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"{IMPORT / 'JMdict_e_sample.xml.gz'}: 2 entries added, 1 replaced"
    before = digest(index_path)
    bad = tmp_path / "bad.xml"
    bad.write_text("<JMdict><entry>", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reader", "dict", "import", str(bad)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.returncode == 1 and run.stderr.startswith("yomu: error: ") and run.stderr.count("\n") == 1
    assert digest(index_path) == before


# ------------------------------------------------------------------------------ rebuilds
def glosses(index_path: Path, form: str) -> list[tuple[str, ...]]:
    with DictionaryIndex.open(index_path) as index:
        return [sense.glosses for entry in index.entries_for(form) for sense in entry.senses]


def damage(index_path: Path, how: str) -> None:
    if how == "garbage":
        index_path.write_bytes(b"\x00not an index\xff" * 1000)
    elif how == "outdated":  # as if written by an older Yomu
        db = sqlite3.connect(index_path)
        db.execute(f"PRAGMA user_version = {INDEX_VERSION - 1}")
        db.commit()
        db.close()
    elif how == "missing":
        index_path.unlink()


@pytest.mark.parametrize("how", ["garbage", "outdated", "missing"])
def test_imports_survive_a_rebuild(index_path, source, monkeypatch, how):
    monkeypatch.setenv(SOURCE_ENV_VAR, str(source))  # rebuilds read the fixture source, not jamdict-data
    import_files([IMPORT / "JMdict_e_sample.xml"], index_path)
    assert saved_imports(index_path) == [index_path.parent / "dictionary-imports" / "JMdict_e_sample.xml"]
    damage(index_path, how)
    if how != "missing":
        with pytest.raises(IndexCorrupt):
            DictionaryIndex.open(index_path)
    reported: list[float] = []
    with open_index(index_path, progress=lambda fraction, _message: reported.append(fraction)) as index:
        assert [entry.id for entry in index.entries_for("ゾレンスカ")] == [2990001]
        assert [sense.glosses for sense in index.entries_for("示す")[0].senses] == [("to show (revised)",)]
        assert index.entries_for("話し合う")  # and the packaged data, of course
        assert [item["file"] for item in json.loads(index.meta["imports"])] == ["JMdict_e_sample.xml"]
    assert reported == sorted(reported) and reported[-1] == 1.0
    assert not list(index_path.parent.glob("*.importing*")) and not list(index_path.parent.glob(".*building"))


def test_an_upgraded_yomu_finds_the_imports(tmp_path, pristine, source, monkeypatch):
    """A new INDEX_VERSION means a new file name (dictionary-v2.sqlite3): same imports folder."""
    monkeypatch.setenv(SOURCE_ENV_VAR, str(source))
    old, new = tmp_path / "dictionary-v1.sqlite3", tmp_path / "dictionary-v2.sqlite3"
    shutil.copyfile(pristine, old)
    import_files([IMPORT / "JMnedict_sample.xml"], old)
    assert imports_folder(old) == imports_folder(new) == tmp_path / "dictionary-imports"
    rebuild_index(new)
    assert glosses(new, "架空山") == [("Kakuuyama",)]


def test_the_latest_import_of_a_name_wins(index_path, source, tmp_path, monkeypatch):
    monkeypatch.setenv(SOURCE_ENV_VAR, str(source))
    other = tmp_path / "mine.xml"
    other.write_text((IMPORT / "JMdict_e_sample.xml").read_text(encoding="utf-8").replace(
        "to show (revised)", "to show (mine)"), encoding="utf-8")
    import_files([IMPORT / "JMdict_e_sample.xml"], index_path)
    import_files([other], index_path)
    rebuild_index(index_path)
    assert glosses(index_path, "示す") == [("to show (mine)",)]
    # The same name again: its copy is replaced and it is now the latest.
    import_files([IMPORT / "JMdict_e_sample.xml"], index_path)
    folder = imports_folder(index_path)
    assert sorted(p.name for p in folder.iterdir()) == ["JMdict_e_sample.xml", MANIFEST, "mine.xml"]
    assert [p.name for p in saved_imports(index_path)] == ["mine.xml", "JMdict_e_sample.xml"]
    rebuild_index(index_path)
    assert glosses(index_path, "示す") == [("to show (revised)",)]


def test_a_copy_that_no_longer_applies_is_reported_and_the_rest_applied(index_path, source, tmp_path, monkeypatch):
    monkeypatch.setenv(SOURCE_ENV_VAR, str(source))
    import_files([IMPORT / "JMdict_e_sample.xml", yomitan_zip(tmp_path / "invented.zip")], index_path)
    (imports_folder(index_path) / "JMdict_e_sample.xml").write_bytes(b"<JMdict><entry>")  # damaged since
    warnings: list[str] = []
    rebuild_index(index_path, warn=warnings.append)
    assert len(warnings) == 1 and "JMdict_e_sample.xml" in warnings[0] and "\n" not in warnings[0]
    assert glosses(index_path, "ゾレンスカ") == []
    assert glosses(index_path, "ほげる") == [("to hoge (invented)",)]
    assert glosses(index_path, "示す")[0] == ("to show", "to demonstrate")  # the packaged entry


def test_cli_reports_a_copy_that_no_longer_applies_in_one_line(index_path, source):
    env = {**os.environ, "YOMU_DICTIONARY_INDEX": str(index_path), SOURCE_ENV_VAR: str(source)}
    cli = [sys.executable, "-m", "reader"]
    files = [str(IMPORT / "kanjidic2_sample.xml"), str(IMPORT / "JMnedict_sample.xml")]
    run = subprocess.run([*cli, "dict", "import", *files], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    (imports_folder(index_path) / "kanjidic2_sample.xml").unlink()
    (imports_folder(index_path) / "JMnedict_sample.xml").write_text("not xml", encoding="utf-8")
    damage(index_path, "garbage")
    run = subprocess.run([*cli, "lookup", "示した"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.returncode == 0 and run.stdout.startswith("示す")
    assert run.stderr.startswith("yomu: warning: ") and run.stderr.count("\n") == 1
    assert "JMnedict_sample.xml" in run.stderr
