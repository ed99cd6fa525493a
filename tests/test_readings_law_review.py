"""Readings found wrong in our own sentences in the style of court and police news, trial reports,
new laws and ordinances, ministries' announcements, elections administration and city-hall notices:
元職員 as 元 + 職員 (もとしょく, not Sudachi's noun 元職 げんしょく), a サ変 noun cut before its last kanji
(仮釈|放された ほう, not 放す はな), the counter 犯 of previous convictions (前科三犯 さんぱん), 月 of a term
of months in a penalty (懲役6月, 6月以下の懲役 げつ, not the sixth month) and the lexicon's 同日付
(どうじつづけ, not どうひづけ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/law_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("元職員の男を逮捕した。", "元職:もとしょく|員:いん"),
    ("元職員ら3人が書類送検された。", "元職:もとしょく|員:いん"),
    ("収賄罪で元職員に有罪判決が出た。", "元職:もとしょく|員:いん"),
    ("元職の市長が立候補した。", "元職:げんしょく|市長:しちょう"),  # one's former post: kept
    ("現職と元職の争いとなった。", "元職:げんしょく"),
    ("元市職員の男が逮捕された。", "元:もと|市職員:ししょくいん"),
])
def test_former_staff(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("男は仮釈放された。", "仮釈:かりしゃく|放:ほう"),
    ("仮釈放された男が再び逮捕された。", "仮釈:かりしゃく|放:ほう"),
    ("男は仮釈放中だった。", "仮釈放:かりしゃくほう"),  # Sudachi's whole word
    ("手を放さないでください。", "手:て|放:はな"),  # after a particle: the verb
    ("犬を野放しにする。", "野放:のばな"),
    ("水を出しっ放しにした。", "出:だ|放:ぱな"),
])
def test_suru_noun_split_before_its_last_kanji(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前科三犯の男だった。", "三犯:さんぱん"),
    ("前科十犯だった。", "十犯:じゅっぱん"),
    ("前科六犯の男。", "六犯:ろっぱん"),
    ("前科二犯の男。", "二犯:にはん"),
    ("前科1犯の男。", "犯:ぱん"),
    ("初犯であることを考慮した。", "初犯:しょはん"),  # no number: the word
])
def test_previous_convictions(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("懲役6月の判決を言い渡した。", "懲役:ちょうえき|月:げつ"),
    ("禁錮3月、執行猶予2年の判決。", "禁錮:きんこ|月:げつ"),
    ("違反した場合、6月以下の懲役又は30万円以下の罰金が科される。", "月:げつ|以下:いか|懲役:ちょうえき"),
    ("六月以下の懲役若しくは五十万円以下の罰金に処する。", "六月:ろくげつ"),
    ("3月以上の有期懲役に処する。", "月:げつ|以上:いじょう"),
    ("1年6月以下の拘禁刑に処する。", "年:ねん|月:げつ"),
    ("懲役2年6月の実刑判決が確定した。", "年:ねん|月:げつ"),  # the rule before this review
    ("6月以下の気温が続いた。", "月:がつ"),  # no term: the month
    ("今年6月以降の売上が伸びた。", "月:がつ"),
    ("懲役、6月に判決。", "月:がつ"),  # not glued to the term
    ("判決は来年1月15日に言い渡される。", "月:がつ"),
])
def test_months_of_a_term(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("同日付で懲戒処分とした。", "同日付:どうじつづけ"),
    ("同日付の官報に掲載された。", "同日付:どうじつづけ"),
    ("同日付けで退職した。", "同日:どうじつ|付:づ"),
    ("同日、県警は男の自宅を家宅捜索した。", "同日:どうじつ"),
])
def test_same_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("law"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
