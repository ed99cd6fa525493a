"""A number with its counter under the pointer (reader.core.dictionary.counted): the popup takes
the group whole, as furigana reads it, on a small index built from tests/fixtures/dict
(numbers_sample.sql adds 七日, 二人, 一日, 一日中 and the counters 日 and 本)."""
from __future__ import annotations

import pytest

from reader.core.dictionary.build import build_index
from reader.core.dictionary.counted import group_at
from reader.core.dictionary.index import DictionaryIndex
from reader.core.dictionary.lookup import ANALYSER, lookup
from reader.core.dictionary.records import JMDICT
from reader.core.nlp.numbers import number_groups
from reader.core.nlp.tokenizer import tokenize
from tests.test_dictionary_index import make_source


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("numbers-index")
    source = make_source(folder / "jamdict.db", extra=("lookup_sample.sql", "numbers_sample.sql"))
    with DictionaryIndex.open(build_index(folder / "dictionary.sqlite3", source=source)) as opened:
        yield opened


def groups(text: str) -> list[tuple[str, str, str]]:
    return [(text[g.start:g.end], text[g.counter_start:g.end], g.reading) for g in number_groups(text, tokenize(text))]


def test_number_groups_read_whole():
    assert groups("政府は7日、3回目の宣言を出した。") == [("7日", "日", "なのか"), ("3回目", "回目", "さんかいめ")]
    assert groups("二人で4月1日に") == [("二人", "人", "ふたり"), ("4月", "月", "しがつ"), ("1日", "日", "ついたち")]
    assert groups("1日平均20日") == [("1日", "日", "いちにち"), ("20日", "日", "はつか")]
    assert groups("1万2000人と3か月") == [("1万2000人", "人", "いちまんにせんにん"), ("3か月", "か月", "さんかげつ")]
    assert groups("十分だ。三日月。2024") == []
    # portions count with 人前, read like Sudachi's own word: いちにんまえ (not ひとりまえ)
    assert groups("一人前") == [("一人前", "人前", "いちにんまえ")]


@pytest.mark.parametrize(("text", "at", "start", "length", "form", "reading", "entry_id"), [
    ("政府は7日、発表した。", 4, 3, 2, "七日", "なのか", 3000),  # pointer on the counter
    ("政府は7日、発表した。", 3, 3, 2, "七日", "なのか", 3000),  # pointer on the digits
    ("政府は７日、発表した。", 4, 3, 2, "七日", "なのか", 3000),  # full-width digits
    ("七日に発表した。", 1, 0, 2, "七日", "なのか", 3000),  # kanji numerals
    ("二人で話した。", 1, 0, 2, "二人", "ふたり", 3010),
    ("2人で話した。", 1, 0, 2, "二人", "ふたり", 3010),
    ("5月1日に発表した。", 3, 2, 2, "一日", "ついたち", 3030),  # a date: the first
    ("1日平均3回", 1, 0, 2, "一日", "いちにち", 3020),  # a length of time
])
def test_group_is_one_word_with_its_reading(index, text, at, start, length, form, reading, entry_id):
    result = lookup(index, text, at)
    best = result.matches[0]
    assert (result.start, result.length, best.length) == (start, length, length)
    assert form in best.entry.forms and best.entry.readings[0] == reading
    assert (best.entry.id, best.entry.source) == (entry_id, JMDICT)
    assert text[start:start + length] in best.entry.forms  # the text's own writing is one of them
    data = result.to_json()
    assert (data["at"], data["start"], data["length"]) == (at, start, length)
    assert data["entries"][0]["readings"][0] == reading


@pytest.mark.parametrize(("text", "at", "surface", "reading", "counter_id", "glosses"), [
    ("鉛筆が5本ある。", 4, "5本", "ごほん", 3070, ("counter for long, cylindrical things",)),
    ("鉛筆が5本ある。", 3, "5本", "ごほん", 3070, ("counter for long, cylindrical things",)),
    ("20日に発表した。", 2, "20日", "はつか", 3060, ("counter for days",)),  # 日【か】: はつか ends in か
    ("30日に発表した。", 2, "30日", "さんじゅうにち", 3050, ("day of the month", "counter for days")),
])
def test_group_without_a_word_of_its_own_is_read_with_its_counter(index, text, at, surface, reading, counter_id,
                                                                  glosses):
    result = lookup(index, text, at)
    best = result.matches[0]
    assert result.start == text.index(surface) and result.length == len(surface)
    assert (best.entry.forms, best.entry.readings, best.entry.id) == ((surface,), (reading,), counter_id)
    assert [g for sense in best.entry.senses for g in sense.glosses] == list(glosses)  # counter senses only
    assert all("ctr" in sense.pos for sense in best.entry.senses)


def test_a_word_holding_the_whole_group_comes_first(index):
    result = lookup(index, "彼は一日中働いた。", 3)
    assert result.start == 2 and result.length == 3
    assert [(m.entry.id, m.length) for m in result.matches[:2]] == [(3080, 3), (3020, 2)]


def test_group_far_into_a_long_paragraph(index):
    """Only the text around the pointer is analysed; a cut there never splits the number."""
    text = "政府は方針を示した、" * 30 + "そして1,000人が7日に集結した" + "、と話した" * 30
    at = text.index("人")
    result = lookup(index, text, at)
    assert (result.start, result.length) == (text.index("1,000"), 6)
    # No 人 in this dictionary: the group's reading still comes, from the analyser.
    best = result.matches[0]
    assert (best.entry.forms, best.entry.readings, best.entry.source) == (("1,000人",), ("せんにん",), ANALYSER)
    seven = lookup(index, text, text.index("7日") + 1)
    assert seven.start == text.index("7日") and seven.matches[0].entry.id == 3000


def test_outside_groups_nothing_changes(index):
    # Digits with no counter, and a counter's kanji with no number before it.
    assert lookup(index, "2024", 1).matches == [] and lookup(index, "2024", 1).to_json()["start"] == 1
    plain = lookup(index, "日曜日", 2)
    assert plain.start == 2 and plain.matches and plain.matches[0].entry.id == 3040
    assert group_at("日曜日", 2) is None and group_at("ABC", 1) is None


@pytest.mark.parametrize(("text", "at"), [("7日\ud800", 1), ("\ud8007日", 2), ("1,000人", 1), ("1,000人", 5),
                                          ("3.5万人", 2), ("７", 0), ("1" * 60 + "人", 30)])
def test_odd_numbers_never_fail(index, text, at):
    result = lookup(index, text, at)
    assert 0 <= result.length <= len(text) - result.start and result.start <= at
