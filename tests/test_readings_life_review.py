"""Everyday writing review: diaries, posts, letters, e-mails, manuals (nlp/writing.py, the span of
time before a noun in readings.py, 分位 after a number in counters.py)."""
from __future__ import annotations

import pytest

from tests.rubies import spans, uncertain


@pytest.mark.parametrize("text", [
    "この前買った本、まだ半分位しか読めてない。",
    "三人位で来て下さい。",
    "一時間位待った。",
    "二、三日位休みたい。",
    "二十歳位の女性。",
    "五キロ位痩せたい。",
    "これ位なら自分で出来る。",
    "あれ位の事で泣くな。",
])
def test_kurai_after_an_amount_or_a_demonstrative(text):
    assert ("位", "くらい") in spans(text)


@pytest.mark.parametrize("text,word,reading", [
    ("マラソンで三位に入った。", "三位", "さんい"),  # a rank after a bare number
    ("第一位は山田さんです。", "一位", "いちい"),
    ("何位でしたか。", "位", "い"),
    ("彼は上位に入った。", "上位", "じょうい"),
])
def test_rank_stays_i(text, word, reading):
    assert (word, reading) in spans(text)


@pytest.mark.parametrize("text,word,reading", [
    ("駅迄歩いて十五分位です。", "十五分位", "じゅうごふんくらい"),
    ("十分位待って。", "十分位", "じゅっぷんくらい"),
    ("一分位なら待てる。", "一分位", "いっぷんくらい"),
])
def test_minutes_or_so_split_as_bunni(text, word, reading):
    assert (word, reading) in spans(text)


@pytest.mark.parametrize("text,word,reading", [
    ("寒さ厳しき折、くれぐれもご自愛下さい。", "厳", "きび"),
    ("親しき仲にも礼儀あり。", "親", "した"),
    ("正しき道を歩む。", "正", "ただ"),
    ("激しき戦い。", "激", "はげ"),
    ("清き一票。", "清", "きよ"),
    ("珍しき花。", "珍", "めずら"),
    ("苦しき時の神頼み。", "苦", "くる"),
])
def test_literary_attributive_adjective_reads_as_the_modern_one(text, word, reading):
    assert (word, reading) in spans(text)


def test_noun_after_a_literary_adjective():
    assert ("人", "ひと") in spans("惜しき人を亡くした。")
    assert ("者", "もの") in spans("等しき者。")


@pytest.mark.parametrize("text,word,reading", [
    ("美しき国。", "美", "うつく"),  # already right, and left so
    ("古き良き時代。", "古", "ふる"),
    ("厳しい寒さが続きます。", "厳", "きび"),
    ("延長での選曲かと思いきや違った。", "思", "おも"),  # 思い|き: not an adjective
])
def test_literary_adjective_leaves_the_rest(text, word, reading):
    assert (word, reading) in spans(text)


def test_old_year_greeting():
    assert ("年中", "ねんちゅう") in spans("明けましておめでとうございます。旧年中は大変お世話になりました。")
    assert ("年中", "ねんじゅう") in spans("年中無休です。")
    assert ("年中", "ねんじゅう") in spans("彼は年中忙しい。")
    assert ("中", "じゅう") in spans("一年中暖かい。")


def test_noun_split_before_itasu():
    assert spans("先方から見積書が届きましたので、転送致します。")[-2:] == [("転", "てん"), ("送致", "そういた")]
    assert ("致", "いた") in spans("ご返送致します。")
    assert ("送致", "そうち") in spans("容疑者を検察に送致した。")  # the word itself
    assert ("一致", "いっち") in spans("意見が一致した。")


@pytest.mark.parametrize("text,reading", [
    ("このアパートは駅から歩いて十分です。", "じゅっぷん"),
    ("駅から徒歩十分です。", "じゅっぷん"),
    ("バスで十分かかる。", "じゅっぷん"),
    ("もう十分です。", "じゅうぶん"),
    ("十分に注意して下さい。", "じゅうぶん"),
    ("車で十分です。", "じゅうぶん"),  # "the car will do": left to the analyser
])
def test_ten_minutes_on_foot(text, reading):
    assert ("十分", reading) in spans(text)


@pytest.mark.parametrize("text,reading", [
    ("タバコを止める事にした。", "や"),
    ("お酒を止めようと思う。", "や"),
    ("会社を止めて、留学する事にした。", "や"),
    ("信号が赤に変わったので、車を止めた。", "と"),
    ("息を止めて下さい。", "と"),
    ("医者にお酒を止められている。", "と"),  # forbidden: とめる
])
def test_quitting_a_habit(text, reading):
    assert ("止", reading) in spans(text)


def test_quitting_stays_uncertain():
    assert uncertain("タバコを止める事にした。", "止")


def test_span_of_time_does_not_voice_the_noun_after_it():
    assert ("口", "くち") in spans("彼氏と喧嘩して、三日間口をきいてない。")
    assert ("口", "くち") in spans("二週間口を閉ざした。")
    assert ("時間通", "じかんどお") in spans("時間通りに着いた。")
    assert ("三人組", "さんにんぐみ") in spans("三人組の男。")
