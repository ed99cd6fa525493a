"""Readings found wrong in our own sentences in the style of book reviews and publishing news (新刊
announcements, 書評 columns, 重版 and 文庫化 news, translators' and editors' notes): 訳 as a translation
(源氏物語の新しい訳 やく, not わけ), 物 after a genre of story (翻訳物 もの), the paperback size 新書判
(しょばん, not 新|書判 かきはん), 金 of gilding (金の箔押し きん), and 買い before the copula (ジャケ買いだった
がい, in beauty.py). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/books_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("源氏物語の新しい訳が完結した。", "新:あたら|訳:やく|完結"),
    ("村上春樹の訳で読んだ。", "訳:やく|読:よ"),
    ("翻訳家の訳は読みやすい。", "翻訳家:ほんやくか|訳:やく"),
    ("古い訳では意味が通じないので、新訳で読み直した。", "訳:やく"),
    ("そういう訳ではない。", "訳:わけ"),  # the formal noun's idioms
    ("その本が面白い訳がない。", "訳:わけ"),
    ("こういう訳で本の返却が遅れた。", "訳:わけ"),
    ("新しい訳ではありません。", "訳:わけ"),
    ("彼の行動の訳を聞いた。", "訳:わけ"),  # nothing about books
    ("訳が分からない本だ。", "訳:わけ"),
])
def test_translation(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("翻訳物であることを忘れる。", "翻訳:ほんやく|物:もの"),
    ("推理物が好きだ。", "推理:すいり|物:もの"),
    ("学園物の漫画を読んだ。", "学園:がくえん|物:もの"),
    ("刑事物のドラマが好きだ。", "刑事:けいじ|物:もの"),
    ("任侠物の映画。", "任侠:にんきょう|物:もの"),
    ("動物物の番組を見た。", "動物:どうぶつ|物:もの"),
    ("医療物資が不足している。", "物資:ぶっし"),  # another word
    ("時代物の文庫が並ぶ。", "時代物:じだいもの"),  # the lexicon's own
    ("印刷物を配った。", "印刷物:いんさつぶつ"),  # a printed article
    ("刊行物の一覧を見る。", "刊行物:かんこうぶつ"),
])
def test_works_of_a_genre(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("新書判で二百四十頁の一冊だ。", "新:しん|書判:しょばん"),
    ("文庫判と新書判で刊行された。", "文庫:ぶんこ|判:はん|新:しん|書判:しょばん"),
    ("書判を押した。", "書判:かきはん"),  # alone: a signature seal
])
def test_paperback_size(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("布張りの表紙に金の箔押しが施されている。", "金:きん|箔押:はくお"),
    ("金の糸で綴じた和本だ。", "金:きん|糸:いと"),
    ("背表紙に金の文字で書名が入る。", "金:きん|文字:もじ"),
    ("金を払って本を買った。", "金:かね"),  # money
])
def test_gilding(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("いわゆるジャケ買いだった。", "買:が"),
    ("表紙に惹かれてジャケ買いです。", "買:が"),
    ("衝動買いしてしまった。", "衝動:しょうどう|買:が"),  # before する, as before
    ("ドル買いだ。", "買:か"),  # a currency: dealers' かい
    ("本屋へ本買いに行った。", "買:か"),  # the verb's purpose
])
def test_kind_of_buying(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("books"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
