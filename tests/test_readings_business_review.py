"""Readings found wrong in our own sentences in the style of business, market and political
reporting: a price rise 〜高 (資源高 だか), 就く つく, 一審 いっしん, EEZ外 がい, a headline's 中、 ちゅう,
円買い えんかい, banks counted 行 (こう) when named earlier in the sentence, 値を戻す ね in a market
report, and ruby split by the word's own parts where the kana fit two splits (株式公開買い付け).
Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from reader.core.nlp.furigana import align
from tests.rubies import marked as spans
from tests.rubies import readings


@pytest.mark.parametrize("text,expected", [
    ("商社5社の最終益、資源高一服で減少", "資源:しげん|高:だか|一服:いっぷく"),
    ("原材料高を価格転嫁できるかが焦点となる。", "原材料:げんざいりょう|高:だか"),
    ("資材高と燃料高が利益を圧迫した。", "資材:しざい|高:だか|燃料:ねんりょう|高:だか"),
    ("債券高・株安の展開となった。", "債券:さいけん|高:だか"),
])
def test_price_rise_taka_is_daka(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("工業高の生徒が全国大会で優勝した。", "工業:こうぎょう|高:こう"),  # a school
    ("付属高に進学した。", "付属:ふぞく|高:こう"),
    ("県立高の入試が始まった。", "県立高:けんりつこう"),
])
def test_school_taka_stays_kou(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text", [
    "新会社の社長には東和化学の社長が就く。",
    "帰路に就く。",
])
def test_tsuku_of_a_post_is_never_voiced(text):
    assert ("就", "つ", False) in spans(text)


def test_ichishin_is_isshin():
    assert "一:いっ|審:しん" in readings("大阪高裁は一審判決を支持し、控訴を棄却した。")
    assert "一:いち" in readings("一の審判が下った。")  # not glued to the suffix 審


@pytest.mark.parametrize("text", [
    "日本の排他的経済水域(EEZ)外に落下した。",
    "日本のEEZ外で操業する。",
])
def test_gai_after_latin_abbreviation(text):
    assert ("外", "がい", False) in spans(text)


def test_soto_stays_after_a_noun():
    assert ("外", "そと", False) in spans("家の外に出た。")


@pytest.mark.parametrize("text,word,reading", [
    ("中、レアアース輸出を規制へ", "中", "ちゅう"),
    ("中、台湾周辺で軍事演習", "中", "ちゅう"),
    ("印、月面着陸に成功", "印", "いん"),
    ("英、EU離脱後初の貿易協定に署名", "英", "えい"),
])
def test_headline_opening_country_abbreviation(text, word, reading):
    assert (word, reading) == spans(text)[0][:2]


@pytest.mark.parametrize("text,word,reading", [
    ("朝、起きると雨だった。", "朝", "あさ"),  # opens ordinary sentences: left alone
    ("部屋の中、静かだった。", "中", "なか"),  # not at the start of a headline
])
def test_headline_abbreviation_not_in_ordinary_sentences(text, word, reading):
    assert (word, reading) in [s[:2] for s in spans(text)]


def test_en_kai_intervention():
    assert "円買:えんか" in readings("政府・日銀は円買い・ドル売りの為替介入に踏み切った。")


def test_banks_named_earlier_in_the_sentence():
    assert ("行", "こう", False) in spans("地方銀行の再編が進み、県内2行が合併する。")
    assert ("行", "こう", False) in spans("大手銀行3行の純利益、合計3兆円超え")
    assert ("行", "ぎょう", False) in spans("銀行の説明書を3行目まで読んだ。")  # a line
    assert ("行", "ぎょう", False) in spans("銀行の窓口で、申込書に2行書き足した。")  # no scope before it


def test_price_ne_in_a_market_report():
    assert ("値", "ね", False) in spans("年初来安値を付けた後、急速に値を戻した。")
    assert ("値", "ね", False) in spans("株価は急落したが、午後に値を崩した。")
    assert ("値", "あたい", False) in spans("関数は値を戻す。")  # a return value


def test_ruby_split_by_the_words_own_parts():
    assert align("株式公開買い付け", "かぶしきこうかいかいつけ") == ((0, 5, "かぶしきこうかいか"), (6, 7, "つ"))
    assert "株式公開買:かぶしきこうかいか|付:つ" in readings("中堅物流の株式公開買い付けを発表")
    assert align("土・日曜", "どにちよう") == ((0, 1, "ど"), (2, 4, "にちよう"))  # no parts to go by
    assert align("話し合った", "はなしあった") == ((0, 1, "はな"), (2, 3, "あ"))
