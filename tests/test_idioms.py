"""Words read by the set phrase or construction they stand in (nlp/idioms.py) and the slips list."""
from __future__ import annotations

import pytest

from reader.core.nlp.tokenizer import tokenize
from tests.rubies import spans, uncertain


@pytest.mark.parametrize("text,word,reading", [
    ("この絵には高い値が付いた。", "値", "ね"),
    ("オークションで思わぬ値がつくこともある。", "値", "ね"),
    ("ブランド品は値が張るが長持ちする。", "値", "ね"),
    ("店主が強気の値を付けていた。", "値", "ね"),
    ("測定した値が基準を上回った。", "値", "あたい"),  # a measured value
    ("関数の値が最大になる点を求める。", "値", "あたい"),
])
def test_price_is_ne_in_its_set_phrases(text, word, reading):
    assert (word, reading) in spans(text)


@pytest.mark.parametrize("text,reading", [
    ("将軍の命により城が築かれた。", "めい"),
    ("藩主の命によって堤防が造られた。", "めい"),
    ("王の命に従い、兵は退いた。", "めい"),
    ("祖父の命を受け継ぐ。", "いのち"),
    ("事故で多くの命が失われた。", "いのち"),
    ("命によって救われた。", "いのち"),  # no one gives the order
])
def test_an_order_is_mei(text, reading):
    assert ("命", reading) in spans(text)


def test_received_order_is_mei_but_uncertain():
    text = "上官の命を受けて出撃した。"
    assert ("命", "めい") in spans(text)
    assert uncertain(text, "命")
    assert not uncertain("将軍の命により城が築かれた。", "命")


@pytest.mark.parametrize("text,reading", [
    ("面会を体よく断られた。", "てい"),
    ("うるさい客を体良く追い返した。", "てい"),
    ("運動すると体がよく動く。", "からだ"),
    ("体に良い食事を心がける。", "からだ"),
])
def test_teiyoku(text, reading):
    assert ("体", reading) in spans(text)


@pytest.mark.parametrize("text,expected", [
    ("生まれつき二重まぶたです。", [("二", "ふた"), ("重", "え")]),
    ("一重まぶたでも似合うメイク。", [("一", "ひと"), ("重", "え")]),
    ("奥二重の人におすすめ。", [("奥", "おく"), ("二", "ぶた"), ("重", "え")]),
    ("二重の意味がある。", [("二", "に"), ("重", "じゅう")]),
    ("二重国籍の問題が議論された。", [("二", "に"), ("重", "じゅう")]),
])
def test_eyelids(text, expected):
    assert [s for s in spans(text) if s[0] in "奥一二重"] == expected


@pytest.mark.parametrize("text,reading", [
    ("インナーとしても使い易い様、シンプルに作りました。", "よう"),
    ("忘れない様にメモした。", "よう"),
    ("迷子にならない様、手をつないだ。", "よう"),
    ("田中様がお見えです。", "さま"),
    ("皆様のおかげです。", "さま"),
    ("ご馳走様でした。", "さま"),
])
def test_you_after_a_predicate_sama_after_a_noun(text, reading):
    assert ("様", reading) in spans(text)


def test_the_premise_sudachi_reads_you_as_the_suffix_sama():
    assert [t.reading for t in tokenize("使い易い様、") if t.surface == "様"] == ["さま"]


@pytest.mark.parametrize("text,word,reading", [
    ("駐車場有、要予約。", "有", "あり"),
    ("受信なのにインセン有！", "有", "あり"),
    ("Wi-Fi有", "有", "あり"),
    ("ペット可、駐車場無", "無", "なし"),
    ("有無を確認する。", "有無", "うむ"),
    ("有限会社の設立。", "有限会社", "ゆうげんがいしゃ"),
])
def test_listing_ari_nashi(text, word, reading):
    assert (word, reading) in spans(text)


def test_listing_is_certain():
    # Sudachi takes the lone 有 for a given name, which would be marked uncertain
    assert not uncertain("駐車場有、要予約。", "有")


@pytest.mark.parametrize("text,word,reading", [
    ("上品ネックレスとピアスのセット。", "上品", "じょうひん"),
    ("上品な味わいのスープ。", "上品", "じょうひん"),
    ("貴女のための一冊。", "貴女", "あなた"),
    ("朝露に濡れた草。", "朝露", "あさつゆ"),
])
def test_rare_readings_the_analyser_picks(text, word, reading):
    assert (word, reading) in spans(text)


@pytest.mark.parametrize("text,reading,is_uncertain", [
    ("種をまく季節になった。", "たね", False),
    ("ゴーヤの種を取り除く。", "たね", False),
    ("種が発芽した。", "たね", False),
    ("種なしブドウを買った。", "たね", False),
    ("この種の事件は珍しい。", "しゅ", False),
    ("種から育てた。", "たね", False),  # grown from it: a seed (web review)
    ("種から調べた。", "しゅ", True),  # seed or species: only meaning tells
    ("種が絶滅の危機にある。", "しゅ", True),
])
def test_seed_or_species(text, reading, is_uncertain):
    assert ("種", reading) in spans(text)
    assert uncertain(text, "種") is is_uncertain


def test_the_premise_sudachi_reads_an_opening_seed_as_shu():
    assert [t.reading for t in tokenize("種をまく") if t.surface == "種"] == ["しゅ"]
