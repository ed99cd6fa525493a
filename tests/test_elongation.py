"""Casual long-vowel marks (観まーす, 美味しーい): read as the plain word, never under ruby."""
from __future__ import annotations

import pytest

from reader.core.nlp.annotate import annotate
from tests.rubies import by_word as rubies


def check_tiling(text: str):
    a = annotate(text)
    assert a.text == text
    assert "".join(t.surface for t in a.tokens) == text
    for t in a.tokens:
        assert text[t.start:t.end] == t.surface
    for r in a.ruby:
        assert "ー" not in text[r.start:r.end]
    return a


@pytest.mark.parametrize("text,word,reading", [
    ("今夜は家で映画観まーす！", "観", "み"),
    ("このケーキ、美味しーい", "美味", "おい"),
    ("みんなで頑張りまーす", "頑張", "がんば"),
    ("旅行はまだまだ続くー。", "続", "つづ"),
    ("駅まで走ったよー。新しい靴でーす", "走", "はし"),
])
def test_marks_in_inflected_words_do_not_upset_the_reading(text, word, reading):
    check_tiling(text)
    assert rubies(text)[word] == reading


def test_the_mark_joins_the_word_it_lengthens():
    text = "映画観まーす！"
    a = check_tiling(text)
    assert [t.surface for t in a.tokens] == ["映画", "観", "まーす", "！"]
    assert [(r.start, r.end, r.reading) for r in a.ruby] == [(0, 2, "えいが"), (2, 3, "み")]


@pytest.mark.parametrize("text", [
    "らーめん屋に行く", "うーん、困った", "おばーちゃんの家", "ラーメンを食べた", "ーから始まる行",
    "はーい、分かりましたー", "すごーいですねー", "あー", "ー",
])
def test_other_marks_keep_text_and_offsets(text):
    check_tiling(text)


def test_marks_in_nouns_stay_for_the_analyser():
    # らーめん is a noun spelled with its own ー: not an inflection to normalise
    a = annotate("らーめん屋")
    assert [t.surface for t in a.tokens][0] == "らーめん"
    assert rubies("らーめん屋")["屋"] == "や"


def test_many_marks_in_a_long_paragraph(monkeypatch):
    from reader.core.nlp import tokenizer

    monkeypatch.setattr(tokenizer, "MAX_CHUNK_BYTES", 200)
    text = "映画観まーす！らーめん屋で美味しーいですー。" * 40
    a = check_tiling(text)
    assert sum(1 for r in a.ruby if text[r.start:r.end] == "観" and r.reading == "み") == 40
