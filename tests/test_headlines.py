"""Readings fixed for news headlines and reports (nlp/headlines.py and the closed slip list)."""
from __future__ import annotations

import pytest

from reader.core.nlp.annotate import annotate
from reader.core.nlp.tokenizer import tokenize
from tests.rubies import spans


def reading_of(text: str) -> str:
    return "".join(r.reading for r in annotate(text).ruby)


@pytest.mark.parametrize("text,reading", [
    ("衆議院本会議で可決", "しゅうぎいんほんかいぎかけつ"),
    ("参議院本会議で法案が成立", "さんぎいんほんかいぎほうあんせいりつ"),
])
def test_house_plenary_split_reads_honkaigi(text, reading):
    # the premise: the analyser cuts 議|院本|会議 and reads the straddling word いんぽん
    assert "院本" in [t.surface for t in tokenize(text)]
    assert reading_of(text) == reading


@pytest.mark.parametrize("text,word,reading", [
    ("元禄期の院本を読む", "院本", "いんぽん"),  # the word itself, not a straddle
    ("衆院本会議で可決", "本会議", "ほんかいぎ"),  # the analyser splits 衆院|本会議 right
])
def test_inpon_left_alone(text, word, reading):
    assert (word, reading) in spans(text)


@pytest.mark.parametrize("text,word,reading", [
    ("阿蘇山で噴火警戒レベル引き上げ", "阿蘇山", "あそさん"),
    ("岩手山に初冠雪", "岩手山", "いわてさん"),
    ("箱根山で火山性地震", "箱根山", "はこねやま"),  # mountains that are やま stay やま
    ("浅間山が小規模噴火", "山", "やま"),
])
def test_mountain_names(text, word, reading):
    assert (word, reading) in spans(text)
