"""`yomu dict import`: extend the dictionary index with files the user downloads (the packaged
data is from 2021): the official JMdict / JMnedict XML, KANJIDIC2 XML (gzipped or not) and
Yomitan dictionary zips.

Every file is read and parsed first; only then is the index copied to "<index>.importing" beside
it, the new rows written into the copy, and the copy renamed over the index. A file that cannot
be read leaves the index as it was (byte for byte), and so does any failure while writing.
An XML entry whose sequence number the index already has replaces that entry (newer data wins);
other entries get ids above the index's largest.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from reader.core.dictionary.build import _fsync, _fsync_folder, _int, _unique, word_record
from reader.core.dictionary.index import DictionaryIndex, default_index_path
from reader.core.dictionary.records import (
    JMDICT,
    JMNEDICT,
    MISC,
    POS,
    RANK_NAME,
    code_for,
    dumps,
)
from reader.core.errors import YomuError

TEMP_SUFFIX = ".importing"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ENTITY_DECL = re.compile(r'<!ENTITY\s+([\w.-]+)\s+"[^"]*"\s*>')
_ENTITY_USE = re.compile(r"&([\w.-]+);")
_XML_ENTITIES = frozenset({"lt", "gt", "amp", "quot", "apos"})


class DictionaryImportError(YomuError):
    """A dictionary file could not be imported; the index is unchanged."""


@dataclass
class _Word:
    seq: int | None  # the JMdict / JMnedict sequence; None: a Yomitan term (a fresh id)
    source: str
    data: str
    forms: list[tuple[str, int, int, int]]  # (form, rank, is_kanji, is_name)


@dataclass
class ParsedFile:
    path: Path
    kind: str  # "jmdict", "jmnedict", "kanjidic2", "yomitan"
    words: list[_Word] = field(default_factory=list)
    kanji: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ImportResult:
    path: Path
    kind: str
    added: int
    replaced: int

    def summary(self) -> str:
        return f"{self.path}: {self.added} entries added, {self.replaced} replaced"


# ------------------------------------------------------------------------------ reading files
def parse_file(path: str | os.PathLike[str]) -> ParsedFile:
    """The records of one dictionary file; DictionaryImportError when it is none we know."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DictionaryImportError(f"cannot read {path}: {error.strerror or error}") from error
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as error:
            raise DictionaryImportError(f"{path} is a damaged gzip file ({error})") from error
    if raw[:4] == b"PK\x03\x04":
        return _parse_yomitan(path, raw)
    head = raw[:4096].decode("utf-8", errors="replace")
    for tag, parse in (("<JMdict>", _parse_jmdict), ("<JMnedict>", _parse_jmnedict), ("<kanjidic2>", _parse_kanjidic)):
        if tag in head or re.search(rf"<!DOCTYPE\s+{tag[1:-1]}\b", head):
            try:
                return parse(path, _elements(raw))
            except ET.ParseError as error:
                raise DictionaryImportError(f"{path} is not well-formed XML ({error})") from error
    raise DictionaryImportError(
        f"{path} is not a dictionary file Yomu can import (JMdict, JMnedict or KANJIDIC2 XML, or a Yomitan zip)")


def _elements(raw: bytes) -> Iterable[ET.Element]:
    """The top-level records (<entry>, <character>) of a JMdict-style XML file. The DTD's entities
    (&v5k; ...) are replaced by their names: the index keeps the codes, not the descriptions."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DictionaryImportError(f"the file is not UTF-8 text ({error})") from None
    dtd_end = text.find("]>", 0, 2_000_000)
    declared = set(_ENTITY_DECL.findall(text[:dtd_end])) - _XML_ENTITIES if dtd_end > 0 else set()
    if declared:
        text = _ENTITY_USE.sub(lambda m: m.group(1) if m.group(1) in declared else m.group(0), text)
    depth = 0
    for event, element in ET.iterparse(io.BytesIO(text.encode("utf-8")), events=("start", "end")):
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if depth == 1:
            yield element
            element.clear()


def _texts(element: ET.Element, tag: str) -> list[str]:
    return [child.text.strip() for child in element.findall(tag) if child.text and child.text.strip()]


def _seq(element: ET.Element, path: Path) -> int:
    try:
        return int(element.findtext("ent_seq", ""))
    except ValueError:
        raise DictionaryImportError(f"{path}: an entry has no valid <ent_seq>") from None


def _word(seq: int | None, forms: list[tuple[str, list[str], list[str]]],
          kana: list[tuple[str, list[str], list[str], list[str], bool]], senses: list[dict]) -> _Word:
    """A JMdict record and its form rows, made as the builder makes them."""
    record, rows = word_record(forms, kana, senses)
    return _Word(seq, JMDICT, dumps(record), [(text, rank, is_kanji, 0) for text, rank, is_kanji in rows])


def _parse_jmdict(path: Path, elements: Iterable[ET.Element]) -> ParsedFile:
    parsed = ParsedFile(path, "jmdict")
    for element in elements:
        if element.tag != "entry":
            continue
        forms = [(k.findtext("keb", "").strip(), _texts(k, "ke_pri"), _texts(k, "ke_inf"))
                 for k in element.findall("k_ele")]
        kana = [(r.findtext("reb", "").strip(), _texts(r, "re_pri"), _texts(r, "re_inf"), _texts(r, "re_restr"),
                 r.find("re_nokanji") is not None) for r in element.findall("r_ele")]
        senses: list[dict] = []
        last_pos: list[str] = []
        for s in element.findall("sense"):
            pos = [code_for("pos", text) for text in _texts(s, "pos")] or last_pos
            last_pos = pos
            glosses = [g.text.strip() for g in s.findall("gloss")
                       if g.text and g.text.strip() and g.get(_XML_LANG, "eng") == "eng"]
            if not glosses:
                continue  # a sense in another language only
            senses.append({
                "glosses": glosses, "pos": pos,
                "misc": [code_for("misc", t) for t in _texts(s, "misc")],
                "field": [code_for("field", t) for t in _texts(s, "field")],
                "dialect": [code_for("dialect", t) for t in _texts(s, "dial")],
                "xref": _texts(s, "xref"), "ant": _texts(s, "ant"), "info": _texts(s, "s_inf"),
                "applies_to": _texts(s, "stagk") + _texts(s, "stagr"),
            })
        if kana and senses:
            parsed.words.append(_word(_seq(element, path), forms, kana, senses))
    return parsed


def _parse_jmnedict(path: Path, elements: Iterable[ET.Element]) -> ParsedFile:
    parsed = ParsedFile(path, "jmnedict")
    for element in elements:
        if element.tag != "entry":
            continue
        forms = _unique(text for k in element.findall("k_ele") for text in _texts(k, "keb"))
        readings = _unique(text for r in element.findall("r_ele") for text in _texts(r, "reb"))
        items = [{"types": [code_for("name_type", t) for t in _texts(t_el, "name_type")],
                  "glosses": [d.text.strip() for d in t_el.findall("trans_det")
                              if d.text and d.text.strip() and d.get(_XML_LANG, "eng") == "eng"]}
                 for t_el in element.findall("trans")]
        if not readings:
            continue
        if len(items) == 1:
            record = {"forms": forms, "readings": readings, **items[0]}
        else:
            record = {"forms": forms, "readings": readings, "translations": items}
        rows = [(text, RANK_NAME, 1, 1) for text in forms] + [
            (text, RANK_NAME, 0, 1) for text in readings if text not in forms]
        parsed.words.append(_Word(_seq(element, path), JMNEDICT, dumps(record), rows))
    return parsed


def _parse_kanjidic(path: Path, elements: Iterable[ET.Element]) -> ParsedFile:
    parsed = ParsedFile(path, "kanjidic2")
    for element in elements:
        if element.tag != "character":
            continue
        literal = element.findtext("literal", "").strip()
        if not literal:
            continue
        misc = element.find("misc")
        misc = misc if misc is not None else ET.Element("misc")
        radical = next((r.text for r in element.iterfind("radical/rad_value")
                        if r.get("rad_type") == "classical"), None)
        group = element.findall("reading_meaning/rmgroup")
        readings = [r for g in group for r in g.findall("reading")]
        record = {
            "meanings": [m.text for g in group for m in g.findall("meaning")
                         if m.text and m.get("m_lang", "en") == "en"],
            "onyomi": [r.text for r in readings if r.get("r_type") == "ja_on" and r.text],
            "kunyomi": [r.text for r in readings if r.get("r_type") == "ja_kun" and r.text],
            "nanori": [n.text for n in element.iterfind("reading_meaning/nanori") if n.text],
            "strokes": _int(misc.findtext("stroke_count")), "grade": _int(misc.findtext("grade")),
            "jlpt": _int(misc.findtext("jlpt")), "freq": _int(misc.findtext("freq")), "radical": _int(radical),
        }
        parsed.kanji.append((literal, dumps(record)))
    return parsed


# ------------------------------------------------------------------------------ Yomitan
_GODAN = {"う": "v5u", "く": "v5k", "ぐ": "v5g", "す": "v5s", "つ": "v5t", "ぬ": "v5n", "ぶ": "v5b", "む": "v5m",
          "る": "v5r"}
_RULES = {"v1": "v1", "vs": "vs", "vk": "vk", "vz": "vz", "adj-i": "adj-i"}


def _content_text(content: object) -> str:
    """The text of Yomitan structured content (strings, lists, {"tag", "content"} nodes)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(_content_text(item) for item in content)
    if isinstance(content, dict):
        if content.get("tag") in ("img", "rt", "rp"):
            return ""
        text = _content_text(content.get("content", ""))
        return f"{text} " if content.get("tag") in ("li", "div", "br", "p") else text
    return ""


def _gloss(item: object) -> str:
    if isinstance(item, str):
        return item.strip()
    if isinstance(item, dict):
        if item.get("type") == "text":
            return str(item.get("text", "")).strip()
        if item.get("type") == "structured-content":
            return " ".join(_content_text(item.get("content", "")).split())
    if isinstance(item, list) and item and isinstance(item[0], str):  # [deinflected term, [rules]]
        return ""
    return ""


def _split(value: object) -> list[str]:
    return value.split() if isinstance(value, str) else []


def _parse_yomitan(path: Path, raw: bytes) -> ParsedFile:
    parsed = ParsedFile(path, "yomitan")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = archive.namelist()
            if "index.json" not in names:
                raise DictionaryImportError(f"{path} is a zip without index.json, not a Yomitan dictionary")
            index = json.loads(archive.read("index.json"))
            if not isinstance(index, dict):
                raise DictionaryImportError(f"{path}: index.json is not a JSON object")
            banks = {name: json.loads(archive.read(name)) for name in sorted(names)
                     if re.fullmatch(r"(term|kanji)_bank_\d+\.json", name)}
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise DictionaryImportError(f"{path} is a damaged zip file ({error})") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise DictionaryImportError(f"{path} holds invalid JSON ({error})") from error
    terms: dict[tuple[str, str], list[dict]] = {}
    try:
        for name, rows in banks.items():
            if not isinstance(rows, list):
                raise TypeError(f"{name} is not a list")
            for row in rows:
                if name.startswith("kanji"):
                    literal, onyomi, kunyomi, _tags, meanings = row[:5]
                    stats = row[5] if len(row) > 5 and isinstance(row[5], dict) else {}
                    record = {"meanings": [m for m in meanings if isinstance(m, str)], "onyomi": _split(onyomi),
                              "kunyomi": _split(kunyomi), "strokes": _int(stats.get("strokes")),
                              "grade": _int(stats.get("grade")), "jlpt": _int(stats.get("jlpt")),
                              "freq": _int(stats.get("freq"))}
                    parsed.kanji.append((str(literal), dumps(record)))
                    continue
                expression, reading, tags, rules, _score, glossary = row[:6]
                expression, reading = str(expression), str(reading or expression)
                glosses = [text for text in (_gloss(item) for item in glossary) if text]
                if not expression or not glosses:
                    continue
                tag_list = _split(tags) + (_split(row[7]) if len(row) > 7 else [])
                pos = [tag for tag in tag_list if tag in POS]
                for rule in _split(rules):
                    code = _GODAN.get(reading[-1:]) if rule == "v5" else _RULES.get(rule)
                    if code and code not in pos:
                        pos.append(code)
                terms.setdefault((expression, reading), []).append({
                    "glosses": glosses, "pos": pos, "misc": [tag for tag in tag_list if tag in MISC]})
    except (TypeError, ValueError, IndexError, AttributeError) as error:
        raise DictionaryImportError(f"{path} has a malformed term or kanji row ({error})") from error
    for (expression, reading), senses in terms.items():
        forms = [(expression, [], [])] if expression != reading else []
        parsed.words.append(_word(None, forms, [(reading, [], [], [], False)], senses))
    return parsed


# ------------------------------------------------------------------------------ writing
def import_files(paths: Iterable[str | os.PathLike[str]], index_path: Path | None = None,
                 warn: Callable[[str], None] | None = None) -> list[ImportResult]:
    """Add the records of every file to the index (default_index_path(); built first when it is
    missing or damaged); one result per file. All or nothing: on any error the index is as before.
    The files are then kept for a rebuilt index (saved_imports.py); warn(message) hears about
    what goes wrong there, and about earlier imports a rebuild could not apply again."""
    from reader.core.dictionary.manage import open_index, warn_in_log
    from reader.core.dictionary.saved_imports import keep

    warn = warn or warn_in_log
    parsed = [parse_file(path) for path in paths]
    index_path = Path(index_path or default_index_path()).expanduser().absolute()
    open_index(index_path, warn=warn).close()  # builds it when missing; raises when it cannot
    results = write_parsed(parsed, index_path)
    keep(index_path, [item.path for item in parsed], warn)
    return results


def write_parsed(parsed: list[ParsedFile], index_path: Path) -> list[ImportResult]:
    """Write parsed files into the (complete) index at index_path: into a copy, swapped in."""
    temp = index_path.with_name(index_path.name + TEMP_SUFFIX)
    try:
        shutil.copyfile(index_path, temp)
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            db.execute("BEGIN")
            results = [_apply(db, item) for item in parsed]
            _update_meta(db, results)
            db.execute("COMMIT")
        finally:
            db.close()
        _fsync(temp)
        DictionaryIndex.open(temp).close()  # still a complete index of this version
        os.replace(temp, index_path)
    except BaseException as error:
        temp.unlink(missing_ok=True)
        Path(str(temp) + "-journal").unlink(missing_ok=True)
        if isinstance(error, (sqlite3.Error, OSError)):
            raise DictionaryImportError(f"writing the dictionary index {index_path} failed: {error}") from error
        raise
    _fsync_folder(index_path.parent)
    return results


def _apply(db: sqlite3.Connection, parsed: ParsedFile) -> ImportResult:
    added = replaced = 0
    next_id = (db.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
    for word in parsed.words:
        entry_id = word.seq
        existing = None
        if entry_id is not None:
            existing = db.execute("SELECT source FROM entries WHERE id = ?", (entry_id,)).fetchone()
            if existing is not None and existing[0] != word.source:  # another dictionary's number
                entry_id, existing = None, None
        if entry_id is None:
            entry_id = next_id
        next_id = max(next_id, entry_id + 1)
        if existing is not None:
            db.execute("DELETE FROM forms WHERE entry_id = ?", (entry_id,))
            replaced += 1
        else:
            added += 1
        db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", (entry_id, word.source, word.data))
        db.executemany("INSERT OR REPLACE INTO forms VALUES (?, ?, ?, ?, ?)",
                       [(form, entry_id, rank, is_kanji, is_name) for form, rank, is_kanji, is_name in word.forms])
    for literal, data in parsed.kanji:
        if db.execute("SELECT 1 FROM kanji WHERE literal = ?", (literal,)).fetchone():
            replaced += 1
        else:
            added += 1
        db.execute("INSERT OR REPLACE INTO kanji VALUES (?, ?)", (literal, data))
    return ImportResult(parsed.path, parsed.kind, added, replaced)


def _update_meta(db: sqlite3.Connection, results: list[ImportResult]) -> None:
    row = db.execute("SELECT value FROM meta WHERE key = 'imports'").fetchone()
    try:
        imports = json.loads(row[0]) if row else []
    except ValueError:
        imports = []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    imports += [{"file": result.path.name, "kind": result.kind, "added": result.added, "replaced": result.replaced,
                 "at": now} for result in results]
    counts = {
        "imports": json.dumps(imports, ensure_ascii=False),
        "count.words": db.execute("SELECT count(*) FROM entries WHERE source = ?", (JMDICT,)).fetchone()[0],
        "count.names": db.execute("SELECT count(*) FROM entries WHERE source = ?", (JMNEDICT,)).fetchone()[0],
        "count.kanji": db.execute("SELECT count(*) FROM kanji").fetchone()[0],
        "count.forms": db.execute("SELECT count(*) FROM forms").fetchone()[0],
    }
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in counts.items()])
