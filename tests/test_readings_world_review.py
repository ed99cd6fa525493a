"""Readings found wrong in our own sentences in the style of world news (wars and ceasefires, elections
abroad, foreign leaders and places, international bodies): 親 as the prefix "pro-" glued before a place,
a bloc or a faction (親ロシア派, 親欧米派, 親トランプ派 しん), which Sudachi reads as the parent, おや;
越 and 墨 as Vietnam's and Mexico's abbreviations before a head or beside another abbreviation (越首相,
日・越 えつ, 墨大統領 ぼく), which Sudachi reads as the old province or a surname, こし, and as ink, すみ.
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/world_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("モルドバの親欧米派が勝利した。", "親:しん|欧米:おうべい|派:は"),
    ("親ロシア派の武装勢力が支配する地域。", "親:しん|派:は"),
    ("親イスラエルの立場を鮮明にした。", "親:しん|立場:たちば"),
    ("親イラン武装組織が攻撃した。", "親:しん|武装:ぶそう"),
    ("親中国派の議員が反発した。", "親:しん|中国:ちゅうごく|派:は"),
    ("親西側の政権が発足した。", "親:しん|西側:にしがわ"),
    ("親政府派のデモが行われた。", "親:しん|政府:せいふ|派:は"),
    ("親トランプ派の議員が造反した。", "親:しん|派:は"),
    ("親米政権が誕生した。", "親米:しんべい"),  # the lexicon's own
    ("親が中国に住んでいる。", "親:おや|中国:ちゅうごく"),  # a particle between: the parent
    ("親ガチャという言葉が広まった。", "親:おや"),  # a common noun after it
    ("親ネコが子ネコを運んだ。", "親:おや"),
])
def test_pro_prefix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("越首相が来日し、首脳会談に臨んだ。", "越:えつ|首相:しゅしょう"),
    ("越政府は声明を発表した。", "越:えつ|政府:せいふ"),
    ("越外相と会談した。", "越:えつ|外相:がいしょう"),
    ("越共産党の書記長が訪米した。", "越:えつ|共産党:きょうさんとう"),
    ("日・越首脳会談が開かれた。", "日:にち|越:えつ|首脳:しゅのう"),
    ("日越関係が深まった。", "日越:にちえつ"),  # the lexicon's own pair
    ("越さんが案内してくれた。", "越:こし"),  # a surname before an honorific
    ("越は昨日来た。", "越:こし"),  # a surname opening the line, no head after it
    ("越中富山の薬売り。", "越中:えっちゅう"),
    ("中越地震から二十年。", "中越:ちゅうえつ"),
    ("墨大統領が就任した。", "墨:ぼく|大統領:だいとうりょう"),  # Mexico
    ("日・墨首脳会談が開かれた。", "墨:ぼく|首脳:しゅのう"),
    ("墨で名前を書いた。", "墨:すみ"),  # ink
    ("墨と紙を用意する。", "墨:すみ|紙:かみ"),
    ("墨、筆、紙を用意する。", "墨:すみ|筆:ふで"),  # not a headline's opener
])
def test_vietnam_and_mexico_abbreviations(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("world"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
