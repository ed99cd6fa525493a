"""Compounds Sudachi splits in context but holds whole in its lexicon (nlp/compounds.py)."""
from __future__ import annotations

import pytest

from reader.core.nlp.annotate import annotate
from reader.core.nlp.tokenizer import lexicon_readings, tokenize
from tests.rubies import spans


@pytest.mark.parametrize("text,word,pieces,reading", [
    ("避難所には大勢が身を寄せた", "避難所", ["避難", "所"], "ひなんじょ"),
    ("奈良の東大寺で行事があった", "東大寺", ["東", "大寺"], "とうだいじ"),
    ("長良川や金華山も近い", "金華山", ["金華", "山"], "きんかざん"),
    ("定休日：水曜日", "定休日", ["定休", "日"], "ていきゅうび"),
    ("紅白歌合戦の出場歌手", "歌合戦", ["歌", "合戦"], "うたがっせん"),  # 歌 taken as the suffix か
    ("年末の大掃除を済ませた", "大掃除", ["大", "掃除"], "おおそうじ"),  # 大 taken as the prefix だい
    ("断食月「ラマダン」が明けた", "断食月", ["断食", "月"], "だんじきづき"),
])
def test_split_compound_takes_the_lexicons_reading(text, word, pieces, reading):
    # the premise: the analyser splits the word here, and its pieces read otherwise
    assert [t.surface for t in tokenize(text) if t.surface in pieces] == pieces
    assert lexicon_readings(word) == {reading}
    assert (word, reading) in spans(text)


def test_lexicon_lookup_is_exact_and_empty_for_unknown_words():
    assert lexicon_readings("避難所") == {"ひなんじょ"}
    assert lexicon_readings("避難所です") == frozenset()
    assert lexicon_readings("") == frozenset()


@pytest.mark.parametrize("text,word,reading", [
    ("国中に噂が広まった", "中", "じゅう"),  # the lexicon's 国中 is こくちゅう: 中 is read by its own rule
    ("会議は3年前に始まった", "年", "ねん"),  # a number's counter is never merged (年前 としまえ)
    ("首脳会談が開かれた", "首脳", "しゅのう"),  # two words that make no dictionary word stay two
    ("大混乱に陥った", "大", "だい"),  # the lexicon agrees with the pieces: nothing changes
    ("終戦の日前に式典", "前", "まえ"),  # 前 after a noun is "before": not the shrine 日前 ひのくま
    ("その日前の晩", "日", "ひ"),
])
def test_pairs_that_are_not_merged(text, word, reading):
    assert (word, reading) in spans(text)


def test_user_correction_of_a_piece_wins():
    text = "避難所に集まる"
    a = annotate(text, {("所", "所"): "どころ"})
    assert [(text[r.start:r.end], r.reading) for r in a.ruby][:2] == [("避難", "ひなん"), ("所", "どころ")]
