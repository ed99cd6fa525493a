"""Deinflection: the dictionary forms a popup looks up for the text under the pointer."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.dictionary.deinflect import REASONS, Deinflection, deinflect


def _has(text: str, term: str, word_class: str, reasons: tuple[str, ...] | None = None) -> bool:
    return any(d.term == term and word_class in d.word_classes and (reasons is None or d.reasons == reasons)
               for d in deinflect(text))


CASES = [
    # past, te-form, う/つ/る ambiguity, 行く
    ("示した", "示す", "v5s", ("past",)),
    ("話し合った", "話し合う", "v5u", ("past",)),
    ("言った", "言う", "v5u", ("past",)),
    ("言った", "言つ", "v5t", ("past",)),
    ("言った", "言る", "v5r", ("past",)),
    ("あった", "ある", "v5r-i", ("past",)),
    ("なった", "なる", "v5r", ("past",)),
    ("書いた", "書く", "v5k", ("past",)),
    ("泳いだ", "泳ぐ", "v5g", ("past",)),
    ("読んだ", "読む", "v5m", ("past",)),
    ("遊んで", "遊ぶ", "v5b", ("te-form",)),
    ("死んで", "死ぬ", "v5n", ("te-form",)),
    ("待って", "待つ", "v5t", ("te-form",)),
    ("食べた", "食べる", "v1", ("past",)),
    ("いた", "いる", "v1", ("past",)),
    ("行った", "行く", "v5k-s", ("past",)),
    ("行った", "行う", "v5u", ("past",)),
    ("行って", "行く", "v5k-s", ("te-form",)),
    ("問うた", "問う", "v5u-s", ("past",)),
    # negative
    ("書かない", "書く", "v5k", ("negative",)),
    ("言わなかった", "言う", "v5u", ("negative", "past")),
    ("食べず", "食べる", "v1", ("negative ず",)),
    ("知らぬ", "知る", "v5r", ("negative",)),
    ("分からん", "分かる", "v5r", ("negative",)),
    ("書かなければ", "書く", "v5k", ("negative", "conditional ば")),
    ("書かないで", "書く", "v5k", ("negative", "te-form")),
    # polite
    ("読みます", "読む", "v5m", ("polite",)),
    ("読みました", "読む", "v5m", ("polite past",)),
    ("読みません", "読む", "v5m", ("polite negative",)),
    ("読みませんでした", "読む", "v5m", ("polite past negative",)),
    ("読みましょう", "読む", "v5m", ("polite volitional",)),
    ("ございます", "ござる", "v5aru", ("polite",)),
    ("ください", "くださる", "v5aru", ("imperative",)),
    # potential, passive, causative
    ("見られる", "見る", "v1", ("potential or passive",)),
    ("見れる", "見る", "v1", ("potential",)),
    ("書ける", "書く", "v5k", ("potential",)),
    ("会える", "会う", "v5u", ("potential",)),
    ("書かれる", "書く", "v5k", ("passive",)),
    ("言われた", "言う", "v5u", ("passive", "past")),
    ("書けなかった", "書く", "v5k", ("potential", "negative", "past")),
    ("食べさせる", "食べる", "v1", ("causative",)),
    ("書かせる", "書く", "v5k", ("causative",)),
    ("書かす", "書く", "v5k", ("short causative",)),
    ("食べさせられた", "食べる", "v1", ("causative-passive", "past")),
    ("書かされた", "書く", "v5k", ("causative-passive", "past")),
    ("書かせられる", "書く", "v5k", ("causative-passive",)),
    # volitional, conditional, imperative
    ("読もう", "読む", "v5m", ("volitional",)),
    ("食べよう", "食べる", "v1", ("volitional",)),
    ("言おう", "言う", "v5u", ("volitional",)),
    ("書けば", "書く", "v5k", ("conditional ば",)),
    ("食べれば", "食べる", "v1", ("conditional ば",)),
    ("読んだら", "読む", "v5m", ("conditional たら",)),
    ("書いたら", "書く", "v5k", ("conditional たら",)),
    ("読むなら", "読む", "v5m", ("conditional なら",)),
    ("書け", "書く", "v5k", ("imperative",)),
    ("食べろ", "食べる", "v1", ("imperative",)),
    ("食べよ", "食べる", "v1", ("imperative",)),
    ("くれ", "くれる", "v1-s", ("imperative",)),
    # tai
    ("読みたい", "読む", "v5m", ("tai",)),
    ("読みたかった", "読む", "v5m", ("tai", "past")),
    ("読みたくない", "読む", "v5m", ("tai", "negative")),
    # te-form auxiliaries and their contractions
    ("強めている", "強める", "v1", ("continuous",)),
    ("強めていた", "強める", "v1", ("continuous", "past")),
    ("読んでる", "読む", "v5m", ("continuous",)),
    ("食べてた", "食べる", "v1", ("continuous", "past")),
    ("しています", "する", "vs-i", ("continuous", "polite")),
    ("書いておく", "書く", "v5k", ("in advance (ておく)",)),
    ("書いとく", "書く", "v5k", ("in advance (ておく)",)),
    ("食べてしまった", "食べる", "v1", ("completion (てしまう)", "past")),
    ("やっちゃった", "やる", "v5r", ("completion (てしまう)", "past")),
    ("読んじゃう", "読む", "v5m", ("completion (てしまう)",)),
    ("書いてある", "書く", "v5k", ("resultative (てある)",)),
    ("増えていく", "増える", "v1", ("going (ていく)",)),
    ("増えてった", "増える", "v1", ("going (ていく)", "past")),
    ("増えてきた", "増える", "v1", ("coming (てくる)", "past")),
    ("食べてみた", "食べる", "v1", ("trying (てみる)", "past")),
    # masu-stem (連用中止形)
    ("示し", "示す", "v5s", ("masu-stem",)),
    ("食べ", "食べる", "v1", ("masu-stem",)),
    ("見", "見る", "v1", ("masu-stem",)),
    ("行き", "行く", "v5k", ("masu-stem",)),
    # adjectives
    ("高く", "高い", "adj-i", ("adverbial",)),
    ("高くて", "高い", "adj-i", ("te-form",)),
    ("高かった", "高い", "adj-i", ("past",)),
    ("高くない", "高い", "adj-i", ("negative",)),
    ("高くなかった", "高い", "adj-i", ("negative", "past")),
    ("高さ", "高い", "adj-i", ("noun (さ)",)),
    ("高ければ", "高い", "adj-i", ("conditional ば",)),
    ("高そう", "高い", "adj-i", ("seemingly (そう)",)),
    ("なさそう", "ない", "adj-i", ("seemingly (そう)",)),
    ("よかった", "いい", "adj-ix", ("past",)),
    ("よかった", "よい", "adj-ix", ("past",)),
    ("よかった", "よい", "adj-i", ("past",)),
    ("良くない", "良い", "adj-ix", ("negative",)),
    ("よさそう", "いい", "adj-ix", ("seemingly (そう)",)),
    # する and suru-nouns
    ("した", "する", "vs-i", ("past",)),
    ("して", "する", "vs-i", ("te-form",)),
    ("しない", "する", "vs-i", ("negative",)),
    ("される", "する", "vs-i", ("passive",)),
    ("させる", "する", "vs-i", ("causative",)),
    ("させられる", "する", "vs-i", ("causative-passive",)),
    ("しよう", "する", "vs-i", ("volitional",)),
    ("すれば", "する", "vs-i", ("conditional ば",)),
    ("しろ", "する", "vs-i", ("imperative",)),
    ("せよ", "する", "vs-i", ("imperative",)),
    ("せず", "する", "vs-i", ("negative ず",)),
    ("しておく", "する", "vs-i", ("in advance (ておく)",)),
    ("愛さない", "愛する", "vs-s", ("negative",)),
    ("発表した", "発表", "vs", ("past",)),
    ("発表した", "発表する", "vs-i", ("past",)),
    ("発表し", "発表", "vs", ("masu-stem",)),
    ("発表する", "発表", "vs", ()),
    ("可決されれば", "可決", "vs", ("passive", "conditional ば")),
    ("集結している", "集結", "vs", ("continuous",)),
    ("発表できる", "発表", "vs", ("potential",)),
    ("発表しており", "発表", "vs", ("continuous", "masu-stem")),
    ("いらっしゃいました", "いらっしゃる", "v5aru", ("polite past",)),
    ("発表できなかった", "発表", "vs", ("potential", "negative", "past")),
    ("勉強させられた", "勉強", "vs", ("causative-passive", "past")),
    # 来る
    ("来た", "来る", "vk", ("past",)),
    ("来なかった", "来る", "vk", ("negative", "past")),
    ("来られる", "来る", "vk", ("potential or passive",)),
    ("来させる", "来る", "vk", ("causative",)),
    ("来い", "来る", "vk", ("imperative",)),
    ("きた", "くる", "vk", ("past",)),
    ("こない", "くる", "vk", ("negative",)),
    ("こられる", "くる", "vk", ("potential or passive",)),
    ("こさせる", "くる", "vk", ("causative",)),
    ("こい", "くる", "vk", ("imperative",)),
    ("きます", "くる", "vk", ("polite",)),
    # chains
    ("読まれました", "読む", "v5m", ("passive", "polite past")),
    ("食べさせられなかった", "食べる", "v1", ("causative-passive", "negative", "past")),
    ("読まれている", "読む", "v5m", ("passive", "continuous")),
]


@pytest.mark.parametrize(("text", "term", "word_class", "reasons"), CASES, ids=[f"{c[0]}→{c[1]}" for c in CASES])
def test_inflection_is_undone(text, term, word_class, reasons):
    assert _has(text, term, word_class, reasons), [(d.term, d.reasons, sorted(d.word_classes))
                                                   for d in deinflect(text)]


def test_every_reason_is_a_named_one():
    named = set(REASONS)
    for text, *_ in CASES:
        for d in deinflect(text):
            assert set(d.reasons) <= named


def test_identity_first_and_unconstrained():
    for text, *_ in CASES:
        first = deinflect(text)[0]
        assert first == Deinflection(text, (), frozenset())
        assert first.accepts(["n"])


def test_ordered_by_steps_and_deduplicated():
    for text, *_ in CASES:
        found = deinflect(text)
        assert all(d.term for d in found)
        keys = [(d.term, d.word_classes) for d in found]
        assert len(keys) == len(set(keys))
        steps = [len(d.reasons) for d in found]
        assert steps == sorted(steps)


def test_word_classes_keep_junk_out():
    """示した is 示す (godan す): the other readings exist only under classes 示す's entry lacks."""
    found = deinflect("示した")
    by_term = {}
    for d in found:
        by_term.setdefault(d.term, set()).update(d.word_classes)
    assert by_term["示す"] == {"v5s"}
    assert "vs" not in by_term.get("示する", set())
    assert not any(d.accepts(["v5s"]) for d in found if d.term != "示す" and d.reasons)
    # a noun entry only matches the text itself, never an undone form
    assert [d.term for d in found if d.accepts(["n"])] == ["示した"]
    # 示 as a suru-noun is a candidate, but only for an entry marked vs
    assert all(d.word_classes == {"vs"} for d in found if d.term == "示")


def test_accepts():
    d = Deinflection("示す", ("past",), frozenset({"v5s"}))
    assert d.accepts(["v5s", "vt"]) and not d.accepts(["v1", "vt"]) and not d.accepts([])


def test_reason_order_is_innermost_first():
    found = deinflect("可決されれば")
    assert ("可決", ("passive", "conditional ば"), frozenset({"vs"})) in [(d.term, d.reasons, d.word_classes)
                                                                        for d in found]


def test_godan_past_in_tta_offers_u_tsu_ru():
    classes = {d.term: d.word_classes for d in deinflect("買った") if d.reasons == ("past",)}
    assert "v5u" in classes["買う"] and "v5t" in classes["買つ"] and "v5r" in classes["買る"]


def test_depth_is_capped():
    long_chain = "食べさせられなかった" * 3
    assert all(len(d.reasons) <= 6 for d in deinflect(long_chain))


@pytest.mark.parametrize("text", ["", "😀", "abc", "\ud800", "\udfff示した", "ー", "っ", "ん", "する", "た" * 40])
def test_odd_input_does_not_raise(text):
    found = deinflect(text)
    if text:
        assert found[0].term == text and all(d.term for d in found)
    else:
        assert found == []


def test_non_string_gives_nothing():
    assert deinflect(None) == []  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_any_text(text):
    found = deinflect(text)
    assert found[0] == Deinflection(text)
    assert all(d.term for d in found)
    assert all(isinstance(d.word_classes, frozenset) and isinstance(d.reasons, tuple) for d in found)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="あいうえおかきくけこさしすせそたちつてとなにぬねのまみむめもらりるれろわをんがでだっゃょ"
                        "ばべぶ食見来行高示発表", min_size=1, max_size=16))
def test_any_kana_text(text):
    found = deinflect(text)
    assert found[0] == Deinflection(text) and all(d.term for d in found)
    assert all(len(d.reasons) <= 6 for d in found)
