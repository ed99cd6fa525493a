"""Building the dictionary index from jamdict-data.

The PyPI package jamdict-data ships JMdict (English), JMnedict and KANJIDIC2 as one 310 MB SQLite
file in jamdict's schema: normalised into dozens of tables, slow to query word by word. It is
only build input. build_index() reads it once, front to back, and writes our own compact index
(see index.py for its tables), to a temporary file beside the destination that is renamed into
place only when complete: a half-built index never exists under the real name, and a previous
index stays untouched until the new one replaces it.

Every table of the source is read in one pass ordered by its key (entry, form, sense ...), all
passes advancing together, so the build never runs a query per entry.
"""
from __future__ import annotations

import importlib.util
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from reader.core.dictionary.records import (
    APPLICATION_ID,
    INDEX_VERSION,
    JMDICT,
    JMNEDICT,
    RANK_NAME,
    RANK_UNCOMMON,
    READING_PENALTY,
    code_for,
    dumps,
    priority_rank,
)
from reader.core.errors import YomuError

ProgressCallback = Callable[[float, str], None]

SOURCE_PACKAGE = "jamdict_data"
SOURCE_ENV_VAR = "YOMU_DICTIONARY_SOURCE"
SOURCE_FILE = "jamdict.db"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entries (id INTEGER PRIMARY KEY, source TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE forms (
    form TEXT NOT NULL, entry_id INTEGER NOT NULL, rank INTEGER NOT NULL,
    is_kanji INTEGER NOT NULL, is_name INTEGER NOT NULL,
    PRIMARY KEY (form, entry_id)
) WITHOUT ROWID;
CREATE TABLE kanji (literal TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
"""

# Tables the source must have; the others (stagk, antonym ...) count as empty where missing.
_REQUIRED = ("Entry", "Kanji", "Kana", "Sense", "SenseGloss", "pos", "character")
_REQUIRED_NAMES = ("NEEntry", "NEKanji", "NEKana", "NETranslation", "NETransGloss")

_BATCH = 4096
_TEMP_SUFFIX = ".building"
_STALE_AFTER_S = 3600  # a build takes a minute at most; its file's mtime moves all the while
# Relative cost of one item of each phase, for the progress fraction (measured on jamdict-data).
_COST_ENTRY, _COST_NAME, _COST_KANJI, _COST_FORM = 50.0, 27.0, 40.0, 1.6  # about µs each


class DictionaryBuildError(YomuError):
    """The index could not be built (disk full, folder not writable ...)."""


class DictionarySourceError(DictionaryBuildError):
    """The build input (jamdict-data) is not installed or not usable."""


def find_source(env: Mapping[str, str] = os.environ) -> Path:
    """The build input: $YOMU_DICTIONARY_SOURCE when set (a database in jamdict-data's schema:
    tests use a small one), else jamdict-data's database file, found through the installed
    package (never a fixed path)."""
    override = env.get(SOURCE_ENV_VAR)
    if override:
        return Path(override).expanduser()
    try:
        spec = importlib.util.find_spec(SOURCE_PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not (spec.origin or spec.submodule_search_locations):
        raise DictionarySourceError(
            "the dictionary data is not installed (pip install jamdict-data)"
        )
    folders = [Path(spec.origin).parent] if spec.origin else []
    folders += [Path(folder) for folder in spec.submodule_search_locations or ()]
    for folder in folders:
        if (folder / SOURCE_FILE).is_file():
            return folder / SOURCE_FILE
    raise DictionarySourceError(f"jamdict-data is installed but its {SOURCE_FILE} is missing")


def build_index(
    dest: Path,
    source: Path | None = None,
    progress: ProgressCallback | None = None,
    names: bool = True,
) -> Path:
    """Build the index at dest from source (jamdict-data's database when None) and return dest.

    progress(fraction, message) is called with fractions rising to 1.0 (reached once the index
    is in place; an exception raised by that last call no longer undoes anything); an exception
    it raises earlier cancels the build. On any failure nothing is left at dest but what was
    there before, and no temporary file. names=False leaves out JMnedict (two thirds of the
    build time and of the file)."""
    dest = Path(dest).expanduser().absolute()
    source = find_source() if source is None else Path(source)
    if not source.is_file():
        raise DictionarySourceError(f"dictionary source {source} does not exist")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DictionaryBuildError(f"cannot create the folder for {dest}: {error.strerror}") from error
    _remove_stale_temporaries(dest)
    try:
        fd, temp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=_TEMP_SUFFIX)
    except OSError as error:
        raise DictionaryBuildError(f"cannot write the dictionary index in {dest.parent}: {error.strerror}") from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        with closing(_open_source(source)) as src, closing(sqlite3.connect(temp, isolation_level=None)) as out:
            _check_source(src, names)
            _write(src, out, _Progress(progress, src, names), names, source)
        _fsync(temp)
        os.replace(temp, dest)
    except BaseException as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, (sqlite3.Error, OSError)):
            raise DictionaryBuildError(f"building the dictionary index {dest} failed: {error}") from error
        raise
    _fsync_folder(dest.parent)
    if progress is not None:
        progress(1.0, "dictionary ready")
    return dest


# ------------------------------------------------------------------------------ plumbing
def _open_source(source: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DictionarySourceError(f"cannot read dictionary source {source}: {error}") from error
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        db.close()
        raise DictionarySourceError(f"cannot read dictionary source {source}: {error}") from error
    return db


def _tables(src: sqlite3.Connection) -> set[str]:
    return {name for (name,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _check_source(src: sqlite3.Connection, names: bool) -> None:
    tables = _tables(src)
    missing = [name for name in _REQUIRED + (_REQUIRED_NAMES if names else ()) if name not in tables]
    if missing:
        raise DictionarySourceError(f"the dictionary source is not a jamdict database (no {', '.join(missing)})")


def _remove_stale_temporaries(dest: Path) -> None:
    """Temporary files of builds that were killed (a cancelled or failed build removes its own).
    One still being written by another build is recent, and is left alone."""
    now = time.time()
    for path in dest.parent.glob(f".{dest.name}.*{_TEMP_SUFFIX}"):
        try:
            if now - path.stat().st_mtime > _STALE_AFTER_S:
                path.unlink()
        except OSError:
            pass


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _Progress:
    """Turns units of work done into fractions that only rise, at most one call per 0.5 %."""

    def __init__(self, callback: ProgressCallback | None, src: sqlite3.Connection, names: bool) -> None:
        self.callback = callback
        count = lambda table: src.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        entries, kana, kanji = count("Entry"), count("Kana"), count("Kanji")
        name_count = count("NEEntry") if names else 0
        name_forms = count("NEKana") + count("NEKanji") if names else 0
        self.total = (
            entries * _COST_ENTRY + name_count * _COST_NAME + count("character") * _COST_KANJI
            + (kana + kanji + name_forms) * _COST_FORM
        ) or 1.0
        self.done = 0.0
        self.reported = -1.0

    def advance(self, units: float, message: str) -> None:
        self.done += units
        fraction = min(self.done / self.total, 0.99)
        if self.callback is not None and fraction - self.reported >= 0.005:
            self.reported = fraction
            self.callback(fraction, message)


class _Groups:
    """The rows of `SELECT key, ... ORDER BY key`, handed out one key at a time as keys rise."""

    __slots__ = ("rows", "row", "last")

    def __init__(self, rows: Iterable[tuple]) -> None:
        self.rows = iter(rows)
        self.row = next(self.rows, None)
        self.last = None

    def take(self, key: int) -> list[tuple]:
        if self.last is not None and key < self.last:
            raise DictionarySourceError("the dictionary source's rows are out of order")
        self.last = key
        row, rows, found = self.row, self.rows, []
        while row is not None and row[0] < key:  # rows of a key nobody asks for (orphans)
            row = next(rows, None)
        while row is not None and row[0] == key:
            found.append(row)
            row = next(rows, None)
        self.row = row
        return found

    def texts(self, key: int) -> list[str]:
        return [row[1] for row in self.take(key)]


def _groups(src: sqlite3.Connection, tables: set[str], table: str, columns: str, key: str,
            where: str = "") -> _Groups:
    if table not in tables:
        return _Groups(())
    return _Groups(src.execute(f"SELECT {key}, {columns} FROM {table} {where} ORDER BY {key}, rowid"))


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# ------------------------------------------------------------------------------ the build
def _write(src: sqlite3.Connection, out: sqlite3.Connection, progress: _Progress, names: bool,
           source: Path) -> None:
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE", "cache_size = -65536",
                   f"application_id = {APPLICATION_ID}"):
        out.execute(f"PRAGMA {pragma}")
    out.executescript(SCHEMA)  # (executescript commits first: the transaction starts after it)
    out.execute("BEGIN")
    # Forms are gathered unsorted in a temporary table, then copied into the form-ordered table.
    out.execute("CREATE TEMP TABLE staged_forms (form TEXT, entry_id INTEGER, rank INTEGER, is_kanji INTEGER, "
                "is_name INTEGER)")
    tables = _tables(src)
    counts = {"count.words": _insert(out, _jmdict(src, tables, out), progress, _COST_ENTRY, "words")}
    if names:
        counts["count.names"] = _insert(out, _jmnedict(src, tables, out), progress, _COST_NAME, "names")
    counts["count.kanji"] = _kanji(src, tables, out, progress)
    staged = out.execute("SELECT count(*) FROM temp.staged_forms").fetchone()[0]
    out.execute("INSERT INTO main.forms SELECT form, entry_id, rank, is_kanji, is_name FROM temp.staged_forms "
                "ORDER BY form, entry_id")
    out.execute("DROP TABLE temp.staged_forms")
    progress.advance(staged * _COST_FORM, "indexing forms")
    meta = {
        "index_version": str(INDEX_VERSION),
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "source": str(source),
        "names": "1" if names else "0",
        "count.forms": str(staged),
        **{key: str(value) for key, value in counts.items()},
    }
    if "meta" in tables:
        meta.update({f"source.{key}": str(value) for key, value in src.execute("SELECT key, value FROM meta")})
    out.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    out.execute(f"PRAGMA user_version = {INDEX_VERSION}")
    out.execute("INSERT INTO meta VALUES ('complete', '1')")  # the integrity marker, written last
    out.execute("COMMIT")


def _insert(out: sqlite3.Connection, records: Iterator[tuple[int, str, str]], progress: _Progress,
            cost: float, label: str) -> int:
    total, batch = 0, []
    for record in records:
        batch.append(record)
        if len(batch) >= _BATCH:
            out.executemany("INSERT INTO entries VALUES (?, ?, ?)", batch)
            total += len(batch)
            progress.advance(len(batch) * cost, f"reading {label}")
            batch.clear()
    out.executemany("INSERT INTO entries VALUES (?, ?, ?)", batch)
    progress.advance(len(batch) * cost, f"reading {label}")
    return total + len(batch)


class _FormSink:
    """Form rows for the staging table, written in batches."""

    def __init__(self, out: sqlite3.Connection) -> None:
        self.out, self.rows = out, []

    def add(self, rows: Iterable[tuple]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        self.out.executemany("INSERT INTO temp.staged_forms VALUES (?, ?, ?, ?, ?)", self.rows)
        self.rows.clear()


def word_record(written: list[tuple[str, list[str], list[str]]],
                spoken: list[tuple[str, list[str], list[str], list[str], bool]],
                senses: list[dict]) -> tuple[dict, list[tuple[str, int, int]]]:
    """A JMdict entry's record and its form rows (form, rank, is_kanji), from its kanji forms
    (text, priority tags, info notes), its readings (the same plus re_restr forms and
    re_nokanji) and its sense records. Shared by the builder and the importers."""
    ranks: dict[tuple[str, int], int] = {}  # (form, is_kanji) -> rank
    priority: list[str] = []
    form_info: dict[str, list[str]] = {}
    for text, tags, notes in written:
        priority += tags
        ranks[(text, 1)] = priority_rank(tags)
        if notes:
            form_info[text] = [code_for("form_info", note) for note in notes]
    restr: dict[str, list[str]] = {}
    no_kanji: list[str] = []
    for text, tags, notes, restricted, nokanji in spoken:
        priority += tags
        ranks[(text, 0)] = min(priority_rank(tags), ranks.get((text, 0), RANK_UNCOMMON))
        if notes:
            form_info[text] = [code_for("form_info", note) for note in notes]
        if restricted:
            restr[text] = restricted
        if nokanji:
            no_kanji.append(text)
    pos_classes = [code for sense in senses for code in sense["pos"]]
    rank = min(ranks.values(), default=RANK_UNCOMMON)
    forms = [text for text, _, _ in written]
    if forms and not any("uk" in sense["misc"] for sense in senses):
        ranks = {key: value + READING_PENALTY if not key[1] else value for key, value in ranks.items()}
    record = {
        "forms": forms, "readings": [item[0] for item in spoken], "priority": _unique(priority), "rank": rank,
        "pos_classes": _unique(pos_classes), "senses": senses, "form_info": form_info,
        "restr": restr, "no_kanji": no_kanji,
    }
    # One row per distinct form of the entry; a text that is both kanji and kana form counts as kanji.
    best: dict[str, tuple[int, int]] = {}
    for (text, is_kanji), form_rank in ranks.items():
        previous = best.get(text)
        best[text] = (min(form_rank, previous[0]), 1) if previous else (form_rank, is_kanji)
    return record, [(text, form_rank, is_kanji) for text, (form_rank, is_kanji) in best.items()]


def _jmdict(src: sqlite3.Connection, tables: set[str], out: sqlite3.Connection) -> Iterator[tuple[int, str, str]]:
    g = lambda table, columns, key, where="": _groups(src, tables, table, columns, key, where)  # noqa: E731
    kanji, kana = g("Kanji", "ID, text", "idseq"), g("Kana", "ID, text, nokanji", "idseq")
    senses = g("Sense", "ID", "idseq")
    kjp, kji = g("KJP", "text", "kid"), g("KJI", "text", "kid")
    knp, kni, knr = g("KNP", "text", "kid"), g("KNI", "text", "kid"), g("KNR", "text", "kid")
    pos, misc, field, dialect = g("pos", "text", "sid"), g("misc", "text", "sid"), g("field", "text", "sid"), g(
        "dialect", "text", "sid")
    xref, antonym, info = g("xref", "text", "sid"), g("antonym", "text", "sid"), g("SenseInfo", "text", "sid")
    stagk, stagr = g("stagk", "text", "sid"), g("stagr", "text", "sid")
    gloss = g("SenseGloss", "text", "sid", "WHERE lang IS NULL OR lang IN ('', 'eng')")
    sink = _FormSink(out)
    for (idseq,) in src.execute("SELECT idseq FROM Entry ORDER BY idseq"):
        written = [(text, kjp.texts(kid), kji.texts(kid)) for _, kid, text in kanji.take(idseq)]
        spoken = [(text, knp.texts(kid), kni.texts(kid), knr.texts(kid), bool(nokanji))
                  for _, kid, text, nokanji in kana.take(idseq)]
        sense_records: list[dict] = []
        last_pos: list[str] = []
        for _, sid in senses.take(idseq):
            # JMdict: a sense without part of speech has that of the sense before it.
            sense_pos = [code_for("pos", text) for text in pos.texts(sid)] or last_pos
            last_pos = sense_pos
            sense_records.append({
                "glosses": gloss.texts(sid),
                "pos": sense_pos,
                "misc": [code_for("misc", text) for text in misc.texts(sid)],
                "field": [code_for("field", text) for text in field.texts(sid)],
                "dialect": [code_for("dialect", text) for text in dialect.texts(sid)],
                "xref": xref.texts(sid),
                "ant": antonym.texts(sid),
                "info": info.texts(sid),
                "applies_to": stagk.texts(sid) + stagr.texts(sid),
            })
        record, form_rows = word_record(written, spoken, sense_records)
        sink.add((text, idseq, form_rank, is_kanji, 0) for text, form_rank, is_kanji in form_rows)
        yield idseq, JMDICT, dumps(record)
    sink.flush()


def _jmnedict(src: sqlite3.Connection, tables: set[str], out: sqlite3.Connection) -> Iterator[tuple[int, str, str]]:
    g = lambda table, columns, key, where="": _groups(src, tables, table, columns, key, where)  # noqa: E731
    kanji, kana = g("NEKanji", "text", "idseq"), g("NEKana", "text", "idseq")
    translations, types = g("NETranslation", "ID", "idseq"), g("NETransType", "text", "tid")
    gloss = g("NETransGloss", "text", "tid", "WHERE lang IS NULL OR lang IN ('', 'eng')")
    sink = _FormSink(out)
    for (idseq,) in src.execute("SELECT idseq FROM NEEntry ORDER BY idseq"):
        forms = _unique(kanji.texts(idseq))
        readings = _unique(kana.texts(idseq))
        items = []
        for _, tid in translations.take(idseq):
            items.append({"types": [code_for("name_type", text) for text in types.texts(tid)],
                          "glosses": gloss.texts(tid)})
        # Nearly every name has one translation: its keys are stored flat in the record.
        if len(items) == 1:
            record = {"forms": forms, "readings": readings, **items[0]}
        else:
            record = {"forms": forms, "readings": readings, "translations": items}
        kana_rows = [(text, idseq, RANK_NAME, 0, 1) for text in readings if text not in forms]
        sink.add([(text, idseq, RANK_NAME, 1, 1) for text in forms] + kana_rows)
        yield idseq, JMNEDICT, dumps(record)
    sink.flush()


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _kanji(src: sqlite3.Connection, tables: set[str], out: sqlite3.Connection, progress: _Progress) -> int:
    """KANJIDIC2: small enough (13,000 characters) to gather in dictionaries first."""
    def grouped(sql: str) -> dict[int, list[tuple]]:
        found: dict[int, list[tuple]] = {}
        for key, *rest in src.execute(sql):
            found.setdefault(key, []).append(tuple(rest))
        return found

    has = tables.__contains__
    groups = grouped("SELECT cid, ID FROM rm_group ORDER BY ID") if has("rm_group") else {}
    readings = grouped("SELECT gid, r_type, value FROM reading ORDER BY rowid") if has("reading") else {}
    meanings = grouped("SELECT gid, value FROM meaning WHERE m_lang IS NULL OR m_lang IN ('', 'en') "
                       "ORDER BY rowid") if has("meaning") else {}
    radicals = grouped("SELECT cid, value FROM radical WHERE rad_type = 'classical' ORDER BY rowid") if has(
        "radical") else {}
    nanori = grouped("SELECT cid, value FROM nanori ORDER BY rowid") if has("nanori") else {}
    rows = []
    for cid, literal, strokes, grade, freq, jlpt in src.execute(
            "SELECT ID, literal, stroke_count, grade, freq, jlpt FROM character ORDER BY ID"):
        on, kun, meaning = [], [], []
        for (gid,) in groups.get(cid, ()):
            for r_type, value in readings.get(gid, ()):
                if r_type == "ja_on":
                    on.append(value)
                elif r_type == "ja_kun":
                    kun.append(value)
            meaning += [value for (value,) in meanings.get(gid, ())]
        record = {
            "meanings": meaning, "onyomi": on, "kunyomi": kun,
            "nanori": [value for (value,) in nanori.get(cid, ())],
            "strokes": _int(strokes), "grade": _int(grade), "jlpt": _int(jlpt), "freq": _int(freq),
            "radical": _int(radicals[cid][0][0]) if cid in radicals else None,
        }
        rows.append((literal, dumps(record)))
    # A literal listed twice keeps its first record.
    out.executemany("INSERT OR IGNORE INTO kanji VALUES (?, ?)", rows)
    progress.advance(len(rows) * _COST_KANJI, "reading kanji")
    return len(rows)
