"""The popup's look-up (reader.core.dictionary.lookup) on a small index built from the rows in
tests/fixtures/dict (sample.sql, plus lookup_sample.sql for the words these tests need), so no
jamdict-data is needed; also the rebuild of a damaged index (manage.open_index) and the
`yomu lookup --jsonl` contract."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.dictionary import build as build_module
from reader.core.dictionary import lookup as lookup_module
from reader.core.dictionary.build import build_index
from reader.core.dictionary.deinflect import deinflect
from reader.core.dictionary.index import INDEX_ENV_VAR, DictionaryIndex, IndexCorrupt
from reader.core.dictionary.lookup import ANALYSER, LookupResult, lookup
from reader.core.dictionary.manage import index_ready, open_index
from reader.core.dictionary.records import JMDICT, JMNEDICT
from tests.test_dictionary_index import make_source

FIXTURES = Path(__file__).parent / "fixtures" / "dict"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return make_source(tmp_path_factory.mktemp("lookup-source") / "jamdict.db", extra=("lookup_sample.sql",))


@pytest.fixture(scope="module")
def built(tmp_path_factory, source) -> Path:
    return build_index(tmp_path_factory.mktemp("lookup-index") / "dictionary.sqlite3", source=source)


@pytest.fixture(scope="module")
def index(built):
    with DictionaryIndex.open(built) as opened:
        yield opened


def head(match) -> str:
    """The headword of a match: its first written form, else its first reading."""
    return (match.entry.forms or match.entry.readings)[0]


def firsts(result: LookupResult, n: int = 3) -> list[tuple[str, str]]:
    return [(head(m), m.entry.source) for m in result.matches[:n]]


# ------------------------------------------------------------------------------ conjugation
@pytest.mark.parametrize(("text", "at", "word", "reasons", "length"), [
    ("政府は新たな方針を示した。", 9, "示す", ("past",), 3),
    ("両首脳は通商問題について話し合った。", 12, "話し合う", ("past",), 5),
    ("警察は警戒を強めている。", 6, "強める", ("continuous",), 5),
    ("彼はそれを知らない。", 5, "知る", ("negative",), 4),
    ("春が来た。", 2, "来る", ("past",), 2),
    ("彼は来ない。", 2, "来る", ("negative",), 3),
    ("値段が高かった。", 3, "高い", ("past",), 4),
    ("会場へ行きます。", 3, "行く", ("polite",), 4),
])
def test_conjugated_verbs_and_adjectives(index, text, at, word, reasons, length):
    result = lookup(index, text, at)
    best = result.matches[0]
    assert (head(best), best.entry.source, best.reasons, best.term) == (word, JMDICT, reasons, word)
    assert result.length == best.length == length
    assert result.to_json()["entries"][0]["inflection"] == list(reasons)


@pytest.mark.parametrize(("text", "at", "word", "length"), [
    ("政府は計画を発表した。", 6, "発表", 4),
    ("法案が可決されれば施行される。", 3, "可決", 6),
    ("部隊が国境に集結している。", 6, "集結", 6),
])
def test_suru_nouns(index, text, at, word, length):
    result = lookup(index, text, at)
    best = result.matches[0]
    assert head(best) == word and "vs" in best.entry.pos_classes
    assert result.length == length
    assert best.reasons  # the inflection of する is named (past, passive ..., continuous)


def test_longest_match_first(index):
    result = lookup(index, "両首脳は通商問題について話し合った。", 12)
    assert [(head(m), m.length) for m in result.matches] == [("話し合う", 5), ("話す", 2), ("話", 1)]
    assert [m.length for m in result.matches] == sorted((m.length for m in result.matches), reverse=True)
    assert result.length == 5
    assert result.matches[1].reasons == ("masu-stem",)


def test_names_win_when_longer(index):
    result = lookup(index, "小池百合子氏は会見で述べた。", 0)
    best = result.matches[0]
    assert (head(best), best.entry.source, result.length) == ("小池百合子", JMNEDICT, 5)
    assert best.entry.readings == ("こいけゆりこ",)
    # The word and the surname 小池 are there too, after the longer name.
    assert ("小池", JMDICT) in firsts(result) and ("小池", JMNEDICT) in firsts(result)
    assert result.to_json()["entries"][0]["senses"][0]["pos"] == ["name"]
    # After the name, its suffix.
    assert firsts(lookup(index, "小池百合子氏は会見で述べた。", 5), 1) == [("氏", JMDICT)]


def test_words_before_names_of_the_same_length(index):
    result = lookup(index, "小池氏が", 0)
    assert firsts(result) == [("小池", JMDICT), ("小池", JMNEDICT)]
    assert result.length == 2


def test_ambiguous_surface_shows_both(index):
    result = lookup(index, "式典を行った。", 3)
    top = [head(m) for m in result.matches[:3]]
    assert "行う" in top and "行く" in top
    assert all(m.reasons == ("past",) for m in result.matches[:2])
    assert result.length == 3


@pytest.mark.parametrize(("text", "base", "lexicalised"), [
    ("来月、総選挙が行われる。", "行う", "行われる"),
    ("広く知られる話だ。", "知る", "知られる"),
])
def test_common_base_beats_rare_lexicalised_form(index, text, base, lexicalised):
    at = text.index(lexicalised)
    result = lookup(index, text, at)
    assert [head(m) for m in result.matches[:2]] == [base, lexicalised]
    assert result.matches[0].reasons == ("passive",) and result.matches[1].reasons == ()
    assert result.length == len(lexicalised)


def test_part_of_speech_filter(index):
    # Deinflection proposes 示する (a suru-verb) and the suru-noun 示 behind it ...
    candidates = deinflect("示した")
    assert any(c.term == "示する" for c in candidates)
    assert any(c.term == "示" and "vs" in c.word_classes for c in candidates)
    # ... but the index's 示 is a plain noun, so only 示す covers the three characters.
    [noun] = [e for e in index.entries_for("示") if e.source == JMDICT]
    assert "vs" not in noun.pos_classes
    result = lookup(index, "示した", 0)
    assert [(head(m), m.length) for m in result.matches if m.length == 3] == [("示す", 3)]
    assert all(m.term != "示する" for m in result.matches)
    # The noun itself is still found for the one character, as written, with no inflection.
    [one] = [m for m in result.matches if m.entry.id == noun.id]
    assert (one.length, one.reasons) == (1, ())


def test_kanji_of_the_matched_span(index):
    result = lookup(index, "政府は計画を発表した。", 6)
    assert [k.literal for k in result.kanji] == ["発", "表"]
    hatsu = result.kanji[0]
    assert hatsu.onyomi == ("ハツ", "ホツ") and "departure" in hatsu.meanings and hatsu.strokes == 9
    # Only the matched span: the name's kanji, not 氏 after it; a kanji KANJIDIC lacks (百) is left out.
    assert [k.literal for k in lookup(index, "小池百合子氏", 0).kanji] == ["小", "池"]
    assert [k.literal for k in lookup(index, "示した", 0).kanji] == ["示"]
    [kanji] = lookup(index, "話し合った", 0).to_json()["kanji"]
    assert kanji["literal"] == "話" and kanji["kunyomi"] == ["はな.す", "はなし"] and kanji["strokes"] == 13


def test_kanji_each_once(index):
    result = lookup(index, "行行", 0)  # (no entry: the analyser's word, which may cover both)
    assert [k.literal for k in result.kanji] == ["行"]


@pytest.mark.parametrize(("text", "word", "reading", "length"), [
    ("ゼレンスキー大統領は演説した。", "ゼレンスキー", "ぜれんすきー", 6),
    ("岸田首相は述べた。", "岸田", "きしだ", 2),
])
def test_analyser_fallback(index, text, word, reading, length):
    result = lookup(index, text, 0)
    best = result.matches[0]
    assert best.entry.source == ANALYSER and best.entry.forms == (word,) and best.entry.readings == (reading,)
    assert result.length == length
    entry = result.to_json()["entries"][0]
    assert entry["source"] == "analyser" and entry["readings"] == [reading] and entry["senses"][0]["pos"]


def test_no_analyser_entry_for_a_word_the_analyser_cannot_read(index):
    # Sudachi's "reading" of a run it does not know (習氏) is the kanji: offering that would teach nothing
    result = lookup(index, "習氏は挑む", 0)
    assert all(m.entry.source != ANALYSER for m in result.matches)
    assert not [r for m in result.matches for r in m.entry.readings if any("\u4e00" <= c <= "\u9fff" for c in r)]


# ------------------------------------------------------------------------------ bad input
SENTENCE = "政府は方針を示した。 ABC 123 １２３　😀示した"


@pytest.mark.parametrize(("text", "at"), [
    (SENTENCE, -1),
    (SENTENCE, -len(SENTENCE)),
    (SENTENCE, len(SENTENCE)),
    (SENTENCE, len(SENTENCE) + 1),
    (SENTENCE, 10**18),
    (SENTENCE, -(10**18)),
    ("", 0),
    ("", -1),
    ("\ud800示した", 0),  # a lone surrogate at the cursor
    ("示\udfffした", 1),
    (SENTENCE, SENTENCE.index("。")),
    (SENTENCE, SENTENCE.index(" ")),
    (SENTENCE, SENTENCE.index("A")),
    (SENTENCE, SENTENCE.index("B")),
    (SENTENCE, SENTENCE.index("1")),
    (SENTENCE, SENTENCE.index("１")),
    (SENTENCE, SENTENCE.index("　")),
    (SENTENCE, SENTENCE.index("😀")),
    ("😀", 0),
    ("「」、・…！？", 2),
    ("\n\t", 0),
    (None, 0),
    (b"\xe7\xa4\xba", 0),
    ("示した", "0"),
    ("示した", 0.0),
    ("示した", None),
])
def test_bad_input_gives_an_empty_result(index, text, at):
    result = lookup(index, text, at)
    assert (result.matches, result.kanji, result.length) == ([], [], 0)
    out = result.to_json()
    assert (out["entries"], out["kanji"], out["length"]) == ([], [], 0)


def test_positions_are_code_points(index):
    # The emoji before 示した is one position, whatever its UTF-16 or UTF-8 length.
    at = SENTENCE.index("😀") + 1
    result = lookup(index, SENTENCE, at)
    assert head(result.matches[0]) == "示す" and result.length == 3


def test_every_position_of_a_sentence(index):
    """No position of a mixed sentence raises, and a match never runs past the text."""
    text = "小池百合子氏は20日、ゼレンスキー大統領と会談し「法案が可決されれば」と話し合った。😀"
    for at in range(-2, len(text) + 2):
        result = lookup(index, text, at)
        assert 0 <= result.length <= max(0, len(text) - at)
        assert (result.length == 0) == (not result.matches)


def test_scan_run_is_what_lookable_accepts():
    """_scan_end's one regex and the per-character _lookable agree on every code point."""
    for code in range(0x110000):
        ch = chr(code)
        if "\ud800" <= ch <= "\udfff":
            continue
        assert (lookup_module._scan_end(ch, 0) == 1) == lookup_module._lookable(ch), hex(code)
    text = "東京都に行ったカー々〆ヶヵ" + "あ" * 40
    assert lookup_module._scan_end(text, 0) == text.index("ヵ")
    assert lookup_module._scan_end(text, text.index("ヵ") + 1) == text.index("ヵ") + 1 + lookup_module.MAX_SCAN


def test_full_term_cache_loses_nothing(built, monkeypatch):
    """The per-index term cache is emptied when full; terms found before that, and asked for
    again in the same scan, must still be there."""
    monkeypatch.setattr(lookup_module, "TERM_CACHE_SIZE", 0)
    with DictionaryIndex.open(built) as fresh:
        assert firsts(lookup(fresh, "示した", 0), 1) == [("示す", JMDICT)]
        # 示され: 示す again (cached) and a term not seen before (the cache overflows)
        assert firsts(lookup(fresh, "示され", 0), 1) == [("示す", JMDICT)]


@pytest.mark.parametrize(("text", "at"), [("ゼレンスキー\ud800", 0), ("岸田\udfff", 0), ("示\ud800", 0),
                                          ("示す\udfff", 0), ("発表\ud800した", 0)])
def test_lone_surrogate_after_the_cursor(index, text, at):
    result = lookup(index, text, at)
    assert result.length <= len(text) - at


# ------------------------------------------------------------------------------ damaged index
@pytest.fixture
def fixture_source(monkeypatch, source):
    """open_index() builds from jamdict-data (find_source()); here it gets the fixture database."""
    monkeypatch.setattr(build_module, "find_source", lambda: source)
    return source


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "missing"])
def test_open_index_rebuilds_a_damaged_file(tmp_path, built, fixture_source, damage):
    path = tmp_path / "dictionary.sqlite3"
    data = built.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00garbage\xff" * 5000)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    if damage != "missing":
        with pytest.raises(IndexCorrupt):
            DictionaryIndex.open(path)
    assert not index_ready(path)
    reported: list[float] = []
    with open_index(path, progress=lambda fraction, message: reported.append(fraction)) as opened:
        assert [e.forms for e in opened.entries_for("示す")] == [("示す",)]
        assert head(lookup(opened, "示した", 0).matches[0]) == "示す"
    assert reported and reported[-1] == 1.0
    assert index_ready(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary file left


def test_open_index_keeps_a_good_file(tmp_path, built, monkeypatch):
    path = tmp_path / "dictionary.sqlite3"
    path.write_bytes(built.read_bytes())

    def no_build(*args, **kwargs):
        raise AssertionError("a good index must not be rebuilt")

    monkeypatch.setattr("reader.core.dictionary.manage.build_index", no_build)
    with open_index(path) as opened:
        assert opened.entries_for("発表")


# ------------------------------------------------------------------------------ the command
def run_cli(lines: list[str] | bytes, index_path: Path, *args: str) -> subprocess.CompletedProcess:
    data = lines if isinstance(lines, bytes) else "".join(line + "\n" for line in lines).encode("utf-8")
    env = {**os.environ, INDEX_ENV_VAR: str(index_path)}
    env.pop("YOMU_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "reader", "lookup", "--jsonl", *args], input=data, env=env,
                          cwd=ROOT, capture_output=True, timeout=120)


CLI_QUERIES = [
    {"text": "政府は新たな方針を示した。", "at": 9},
    {"text": "小池百合子氏は会見で述べた。", "at": 0},
    {"text": "ABC", "at": 1},
    {"text": "政府は計画を発表した。", "at": 6},
    {"text": "示した", "at": 99},
    {"text": "ゼレンスキー大統領", "at": 0},
    {"text": "式典を行った。", "at": 3},
]


def test_cli_jsonl_contract(built):
    r = run_cli([json.dumps(q, ensure_ascii=False) for q in CLI_QUERIES], built)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    outs = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert [(o["text"], o["at"]) for o in outs] == [(q["text"], q["at"]) for q in CLI_QUERIES]
    for out in outs:
        assert {"text", "at", "start", "length", "entries", "kanji"} <= out.keys()
        assert out["start"] == out["at"]  # no number group among these
        assert isinstance(out["length"], int) and isinstance(out["entries"], list) and isinstance(out["kanji"], list)
        for entry in out["entries"]:
            assert {"forms", "readings", "source", "senses", "inflection"} <= entry.keys()
            assert entry["source"] in (JMDICT, JMNEDICT, ANALYSER)
            assert all(isinstance(x, str) for x in entry["forms"] + entry["readings"] + entry["inflection"])
            for sense in entry["senses"]:
                assert {"pos", "glosses"} <= sense.keys()
                assert isinstance(sense["pos"], list) and isinstance(sense["glosses"], list)
        for kanji in out["kanji"]:
            assert {"literal", "meanings", "onyomi", "kunyomi", "strokes"} <= kanji.keys()
            assert len(kanji["literal"]) == 1 and isinstance(kanji["meanings"], list)
    shimesu, koike, latin, happyou, beyond, zelensky, itta = outs
    assert shimesu["length"] == 3 and shimesu["entries"][0]["forms"] == ["示す"]
    assert shimesu["entries"][0]["inflection"] == ["past"] and shimesu["entries"][0]["readings"] == ["しめす"]
    assert shimesu["entries"][0]["senses"][0] == {"pos": ["v5s", "vt"], "glosses": ["to show", "to demonstrate"]}
    assert shimesu["kanji"][0] == {**shimesu["kanji"][0], "literal": "示", "meanings": ["show", "indicate"],
                                   "onyomi": ["ジ", "シ"], "kunyomi": ["しめ.す"], "strokes": 5}
    assert (koike["length"], koike["entries"][0]["forms"], koike["entries"][0]["source"]) == (
        5, ["小池百合子"], JMNEDICT)
    assert latin["entries"] == beyond["entries"] == [] and latin["length"] == beyond["length"] == 0
    assert happyou["entries"][0]["forms"] == ["発表"] and happyou["length"] == 4
    assert zelensky["entries"][0]["source"] == ANALYSER and zelensky["entries"][0]["readings"] == ["ぜれんすきー"]
    assert {"行う", "行く"} <= {e["forms"][0] for e in itta["entries"][:3]}
    assert r.stderr.decode("utf-8") == ""


@pytest.mark.parametrize("bad", [
    b"not json",
    b'{"at": 0}',
    b"[1, 2]",
    b'"just a string"',
    b"42",
    b"\xff\xfe{",
    b'{"text": "abc", "at": 0',
])
def test_cli_malformed_line(built, bad):
    good = json.dumps({"text": "示した", "at": 0}, ensure_ascii=False).encode("utf-8")
    r = run_cli(good + b"\n" + bad + b"\n" + good + b"\n", built)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 1, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("yomu: error:"), err
    assert "Traceback" not in err
    # Whatever was written before the bad line is whole JSON lines; nothing after it.
    outs = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert len(outs) <= 1


def test_cli_escaped_lone_surrogate(built):
    r = run_cli(['{"text": "\\ud800示した", "at": 1}', '{"text": "示した", "at": 0}'], built)
    err = r.stderr.decode("utf-8", "replace")
    assert "internal error" not in err
    if r.returncode == 0:  # answered: one result a line
        assert len(r.stdout.decode("utf-8").splitlines()) == 2
    else:  # refused: one clear line
        assert r.returncode == 1 and len(err.strip().splitlines()) == 1
