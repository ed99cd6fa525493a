"""Readings found wrong in our own NHK-style news sentences (health, schools, farming, prices,
science): a lone 米 is rice, 1日に + a rate is いちにち, N品目 is ひんもく, 二十四節気, 水道管, and
letters in a word spelled out in its reading (生成AI)."""
from __future__ import annotations

import pytest

from reader.core.nlp.annotate import annotate
from reader.core.nlp.furigana import align
from tests.rubies import marked as spans


def reading_of(text: str, word: str) -> tuple[str, bool]:
    return next((r, u) for w, r, u in spans(text) if w == word)


@pytest.mark.parametrize("text,reading,uncertain", [
    ("子どもたちは、田んぼで米を作る体験をしました。", "こめ", False),
    ("今年の米の収穫は、去年より3%少なくなる見込みです。", "こめ", False),
    ("家で米を炊いて食べました。", "こめ", False),
    ("米が足りなくなっています。", "こめ", True),  # no rice word around: rice, but not sure
    ("米は利下げを決めました。", "べい", True),  # a newspaper's US: words of states around it
    ("米が関税の引き上げを表明した。", "べい", True),
    ("日本と米の関係は良好です。", "べい", True),  # paired with a country
])
def test_a_lone_kome_before_a_particle(text, reading, uncertain):
    assert reading_of(text, "米") == (reading, uncertain)


@pytest.mark.parametrize("text,word,reading", [
    ("米政府は新しい方針を発表しました。", "米", "べい"),  # glued to a noun: the United States
    ("米中の対立が深まっています。", "米", "べい"),
    ("日米の首脳が会談しました。", "日米", "にちべい"),
    ("お米の値段は、5キロで4000円を超えています。", "米", "こめ"),
])
def test_the_united_states_stays_bei(text, word, reading):
    assert reading_of(text, word)[0] == reading


@pytest.mark.parametrize("text,word,reading", [
    ("この路線は、1日に平均8000人が利用しています。", "日", "にち"),
    ("上野動物園には、1日に約1万人が来ます。", "日", "にち"),
    ("工場では1日に最大で300台を作ります。", "日", "にち"),
    ("1日で約3万人が訪れました。", "日", "にち"),
    ("1日に2回、朝と夜に飲みます。", "日", "にち"),
    ("1日に新しい駅が開業しました。", "1日", "ついたち"),  # a date: nothing counted after it
    ("1日に首相が記者会見しました。", "1日", "ついたち"),
    ("6月1日に約1万人が集まりました。", "1日", "ついたち"),  # a month before it: always the date
])
def test_one_day_before_a_rate_is_ichinichi(text, word, reading):
    assert (word, reading) in [(w, r) for w, r, _ in spans(text)]


@pytest.mark.parametrize("text,word,reading", [
    ("パンや麺類など、約2000品目が値上げされます。", "品目", "ひんもく"),
    ("今日は二十四節気の一つ、大寒です。", "二十四節気", "にじゅうしせっき"),
    ("二十四時間営業の店です。", "二十四時間", "にじゅうよじかん"),  # a count of hours stays
    ("水道管が壊れて、約4000世帯で断水しています。", "水道管", "すいどうかん"),
    ("植物の道管を観察しました。", "道管", "どうかん"),  # the plant's own word
    ("下水道管の工事が始まりました。", "下水", "げすい"),
])
def test_words_the_analyser_cuts_or_counts_wrong(text, word, reading):
    assert (word, reading) in [(w, r) for w, r, _ in spans(text)]


@pytest.mark.parametrize("surface,reading,expected", [
    ("生成AI", "せいせいえーあい", ((0, 2, "せいせい"),)),  # not せ with いせい skipped over
    ("JR東海", "じぇいあーるとうかい", ((2, 4, "とうかい"),)),
    ("東海ＪＲ", "とうかいじぇーあーる", ((0, 2, "とうかい"),)),
    ("NHK党", "えぬえいちけーとう", ((3, 4, "とう"),)),
    ("Ｊリーグ杯", "じぇいりーぐはい", ((4, 5, "はい"),)),
])
def test_furigana_letters_spelled_in_the_reading_are_not_the_kanjis(surface, reading, expected):
    assert align(surface, reading) == expected


@pytest.mark.parametrize("surface,reading,expected", [
    ("W杯", "わーるどかっぷ", ((0, 2, "わーるどかっぷ"),)),  # W is not said だぶりゅー: one ruby over both
    ("Ｗ杯", "わーるどかっぷ", ((0, 2, "わーるどかっぷ"),)),
    ("Ｘ線", "えっくすせん", ((1, 2, "せん"),)),  # X said by name: 線 alone
    ("ｉＰＳ細胞", "あいぴーえすさいぼう", ((3, 5, "さいぼう"),)),
])
def test_furigana_letters_said_otherwise_share_the_kanjis_ruby(surface, reading, expected):
    assert align(surface, reading) == expected


def test_world_cup_ruby_in_a_sentence():
    assert ("Ｗ杯", "わーるどかっぷ") in [(w, r) for w, r, _ in spans("サッカーＷ杯の予選が始まる。")]


@pytest.mark.parametrize("text", ["米", "新しい米", "米・中の協議", "米。"])
def test_kome_rule_at_the_edges(text):
    annotate(text)  # no neighbour on one side: must not fail
