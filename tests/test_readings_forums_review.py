"""Readings found wrong in our own sentences in the style of Q&A sites, advice columns, forum threads and
casual social-media posts (daily life, relationships, work, school, money, health; kanji spellings such
as 何で, 事, 物, 為, 位, 程, 迄, 居る, 有る, 出来る, 下さい, 頂く, 致す; elongations, emoticons and quoted
speech): 位 after いくら or 何 + a counter (くらい), 何分位 (ぷんくらい), 何合 taken for a surname (なんごう),
車中泊って (はく), 何時 asking the hour (なんじ), 行った after the clipped topic って (いっ), 前|髪切り
(まえ), and 方 in a post calling on its readers (親の方、いますか; ワーママの方、教えて: かた) or in a
comparison with が楽 / がマシ (ほう). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/forums_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("貯金はいくら位あれば安心ですか？", "位:くらい"),
    ("ペットの散歩は一日何回位行ってますか？", "何回:なんかい|位:くらい"),
    ("作り置きって何日位もちますか？", "何日:なんにち|位:くらい"),
    ("家を買うなら何歳位までがいいですか？", "何歳:なんさい|位:くらい"),
    ("何時間位かかりますか？", "何時間:なんじかん|位:くらい"),
    ("三人位来ました。", "位:くらい"),  # the amount rule as before
    ("何位でしたか？", "何:なん|位:い"),  # which rank
    ("第一位に選ばれました。", "位:い"),
])
def test_about_after_a_question_of_amount(text, expected):
    assert expected in readings(text)


def test_minutes_about_after_nan():
    assert by_word("昼寝は何分位がいいんですか？")["分位"] == "ぷんくらい"
    assert by_word("三十分位で着きます。")["三十分位"] == "さんじゅっぷんくらい"


@pytest.mark.parametrize("text,expected", [
    ("お米は何合炊いてますか？", "何合:なんごう"),
    ("何合さんに会いました。", "何合:かわい"),  # the surname before an honorific
])
def test_how_many_taken_for_a_surname(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("車中泊ってやった事ある人いますか？", "車中:しゃちゅう|泊:はく"),
    ("ホテルに泊って帰りました。", "泊:と"),  # the verb after a particle
])
def test_stay_before_clipped_topic(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("何時に起きてますか？", "何時:なんじ"),
    ("明日は何時に集合？", "何時:なんじ"),
    ("今何時？", "今:いま|何時:なんじ"),
    ("何時もありがとう！", "何時:いつ"),
    ("何時になったら終わるの？", "何時:いつ"),
    ("何時になく真剣だった。", "何時:いつ"),
])
def test_what_time(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("再検査って行った方がいいですか？", "行:い|方:ほう"),
    ("手続きは窓口で行ってください。", "行:おこな"),  # a procedure carried out
    ("検査を行った結果、異常はありませんでした。", "行:おこな"),
])
def test_going_after_clipped_topic(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前髪切り過ぎた(´・ω・`)", "前:まえ"),
    ("前監督の方針です。", "前:ぜん"),  # the previous
    ("前日本代表が引退した。", "前:ぜん"),
    ("前シーズンの成績です。", "前:ぜん"),
])
def test_forelock_cut_apart(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("不登校の子供を持つ親の方、いますか？", "親:おや|方:かた"),
    ("子持ちの方、夏休みのお昼ご飯どうしてます？", "方:かた"),
    ("ワーママの方、一日のスケジュールを教えて下さい。", "方:かた"),
    ("一人でいる方が楽なんです。", "一人:ひとり|方:ほう|楽:らく"),
    ("実家暮らしの方が楽だけど、自立したい。", "方:ほう"),
    ("駅の方、混んでた？", "駅:えき|方:ほう"),  # a direction
    ("東京の方、集まれ！", "方:ほう"),
    ("私の方、準備できました。", "方:ほう"),
    ("弟の方が頭いいって言われるのが嫌。", "方:ほう"),
])
def test_calling_on_readers_or_comparing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("forums"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
