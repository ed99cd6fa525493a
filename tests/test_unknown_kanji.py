"""Kanji the analyser cannot read: their ruby is the fallback table's guess (uncertain) or nothing,
never the kanji themselves; and no ruby reading, from any path, is anything but kana."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.nlp import unknown_kanji
from reader.core.nlp.annotate import annotate
from reader.core.nlp.tokenizer import tokenize
from reader.core.nlp.tokens import is_kana_text, is_kanji
from reader.core.nlp.unknown_kanji import TABLE_PATH, guessed_rubies, kanji_readings

_HIRAGANA = re.compile("[\u3041-\u3096ー]+")  # ー: unit kanji such as 粁 read きろめーとる


def rubies(text: str, overrides=None) -> list[tuple[str, str, bool]]:
    return [(text[r.start:r.end], r.reading, r.uncertain) for r in annotate(text, overrides).ruby]


def test_the_table_loads_and_reads_common_kanji_in_hiragana():
    table = kanji_readings()
    assert len(table) > 6000
    assert all(len(k) == 1 and is_kanji(k) and _HIRAGANA.fullmatch(r) for k, r in table.items())
    assert table["習"] == "しゅう" and table["争"] == "そう" and table["氏"] == "し"  # first on'yomi
    assert table["畑"] == "はたけ" and table["峠"] == "とうげ" and table["込"] == "こ"  # no on'yomi: kun
    assert "KANJIDIC2" in TABLE_PATH.read_text("utf-8").splitlines()[1]  # the licence travels with it


def test_an_unknown_compound_is_read_kanji_by_kanji_and_marked_uncertain():
    text = "習氏は記者会見で新たな方針を示した。"
    assert [(t.surface, t.reading) for t in tokenize(text)][0] == ("習氏", "習氏")  # the premise: unknown
    found = rubies(text)
    assert found[:2] == [("習", "しゅう", True), ("氏", "し", True)]
    assert ("記者", "きしゃ", False) in found  # known words are untouched


def test_an_unknown_single_kanji_beside_a_known_one():
    found = rubies("峠を越えると、俎嵒の岩壁が見えた。")
    assert ("俎", "まないた", False) in found
    assert ("嵒", "がん", True) in found
    assert all(is_kana_text(reading) for _, reading, _ in found)


def test_a_kanji_missing_from_the_table_gets_no_ruby_at_all():
    assert "㐂" not in kanji_readings()
    text = "この㐂という字は読めない。"
    found = rubies(text)
    assert not any("㐂" in base for base, _, _ in found)
    assert ("字", "じ", False) in found


def test_a_reading_with_kanji_in_it_never_reaches_the_page():
    # No analyser path gives one (its unknown words read as themselves, whole), but a correction
    # handed in directly could: the span is read from the table instead, kanji by kanji.
    found = rubies("峠を越えると、俎嵒の岩壁が見えた。", {("俎嵒", ""): "まないた嵒"})
    assert all(is_kana_text(reading) for _, reading, _ in found)
    assert ("嵒", "がん", True) in found


def test_the_repeat_mark_and_compatibility_ideographs_read_like_their_kanji():
    assert [(r.start, r.reading, r.uncertain) for r in guessed_rubies("嵒々", 0, 2)] == [
        (0, "がん", True), (1, "がん", True)]
    assert [r.reading for r in guessed_rubies("\ufa61", 0, 1)] == ["し"]  # 視 from an old encoding


def test_the_table_is_read_only_when_something_is_unknown(monkeypatch):
    monkeypatch.setattr(unknown_kanji, "_readings", None)
    annotate("政府は新たな方針を示した。")
    assert unknown_kanji._readings is None  # the normal path never touches it
    annotate("習氏が来日した。")
    assert unknown_kanji._readings is not None


_TABLE_KANJI = sorted(kanji_readings())
_GLUE = ["の", "は", "を", "に", "する", "た", "、", "ら", "ア"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(st.sampled_from(_TABLE_KANJI), min_size=1, max_size=4), st.sampled_from(_GLUE)),
                min_size=1, max_size=8))
def test_any_run_of_table_kanji_gets_kana_rubies_inside_the_text(parts):
    text = "".join(parts)
    last, covered = 0, set()
    for r in annotate(text).ruby:
        assert is_kana_text(r.reading), (text, r)
        assert 0 <= r.start < r.end <= len(text) and r.start >= last  # inside, in order, no overlap
        last = r.end
        covered.update(range(r.start, r.end))
    # every kanji is read: by the analyser, or by the table when the analyser does not know it
    assert all(i in covered for i, ch in enumerate(text) if is_kanji(ch)), text
