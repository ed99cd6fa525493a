"""Readings found wrong in our own sentences in the style of film reviews and cinema news (box office,
premieres, stage greetings, running times, awards): 方 after a share of tenths (八割方 わりがた, 九割方
がた) and 御礼 on a banner glued after a noun (満員御礼, 大ヒット御礼 おんれい). Each rule is also checked
where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/film_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("客席は八割方埋まっていた。", "八:はち|割方:わりがた"),
    ("撮影は九割方終わっている。", "九割:きゅうわり|方:がた"),
    ("興収は前作の七割方にとどまった。", "七割:ななわり|方:がた"),
    ("公開初週の客入りは六割方だった。", "六割:ろくわり|方:がた"),
    ("このやり方は五割方成功する。", "方:かた|五割:ごわり|方:がた"),  # the first 方 is "the way"
    ("割方簡単だった。", "割方:わりかた"),  # no number: the adverb "fairly"
    ("三割の方が多い。", "三割:さんわり|方:ほう"),  # の between
    ("ケーキの割り方を教えて。", "割:わ|方:かた"),  # the way to divide
])
def test_share_of_tenths(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上映館は初日から満員御礼が続いた。", "満員:まんいん|御礼:おんれい"),
    ("完売御礼の舞台挨拶が追加された。", "完売:かんばい|御礼:おんれい"),
    ("大ヒット御礼の舞台挨拶が行われた。", "御:おん|礼:れい"),  # Sudachi's 御|礼
    ("祝・大ヒット御礼！", "御:おん|礼:れい"),
    ("監督は「心より御礼申し上げます」と述べた。", "御礼:おれい"),  # thanks offered
    ("一言御礼申し上げます。", "御礼:おれい"),  # glued after a noun, but offered
    ("皆様に御礼を述べた。", "御礼:おれい"),
    ("御礼の品を送った。", "御礼:おれい"),
    ("御礼が遅れました。", "御礼:おれい"),
])
def test_banner_thanks(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("film"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
