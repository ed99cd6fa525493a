"""Readings found wrong in our own sentences in the style of civics and social-studies textbooks
(三権分立, 衆議院の優越, 地方自治, 選挙権と被選挙権, 三審制, 国際連合...): an age or a span after 満 whose
first digit Sudachi glues to 満 as a given name (満二十五歳 read まんじ|じゅうごさい, 満三十歳 まんぞう|じゅっさい),
split again in tokenizer.py into 満 まん and the whole number. Each rule is also checked where it must
not fire (the names 満二さん, 満三の作品).

The genre's sentences with the readings a careful editor checked are in fixtures/civics_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from reader.core.nlp.tokenizer import tokenize
from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("衆議院議員の被選挙権は満二十五歳以上である。", "満:まん|二十五歳:にじゅうごさい|以上:いじょう"),
    ("参議院議員の被選挙権は満三十歳以上である。", "満:まん|三十歳:さんじゅっさい|以上:いじょう"),
    ("満三十五歳になると立候補できる。", "満:まん|三十五歳:さんじゅうごさい"),
    ("条約の発効から満二十年を迎えた。", "満:まん|二十年:にじゅうねん"),
    ("満二十七歳の誕生日を迎えた。", "満:まん|二十七歳:にじゅうななさい"),
    ("満二千人の定員に達した。", "満:まん|二千人:にせんにん"),
    ("選挙権は満十八歳以上の国民にある。", "満:まん|十八歳:じゅうはっさい"),  # Sudachi's own split
    ("満二十歳で成人した。", "満:まん|二十歳:はたち"),
    ("満三歳の子どもが対象です。", "満:まん|三歳:さんさい"),
])
def test_full_age_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("満二さんが会場に来た。", "満二:まんじ"),  # a given name before an honorific
    ("満三の作品が展示された。", "満三:まんぞう"),  # before の: the name
    ("満二と満三は兄弟だ。", "満二:まんじ"),
])
def test_names_stay(text, expected):
    assert expected in readings(text)


def test_split_offsets():
    tokens = tokenize("被選挙権は満二十五歳以上")
    assert [(t.surface, t.start, t.end, t.pos[1]) for t in tokens[2:5]] == [
        ("満", 5, 6, "普通名詞"), ("二十五", 6, 9, "数詞"), ("歳", 9, 10, "名詞的")]


@pytest.mark.parametrize("text,expected", genre_cases("civics"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
