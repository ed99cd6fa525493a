"""Readings found wrong in our own sentences in the style of sports reporting: the top of an inning
表 おもて (9回表), the title 最多勝 しょう, 残り試合 しあい, the sumo rank 前頭 まえがしら, the bases
一、三塁 split at the comma, and 1日ずつ いちにち. Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import by_word, readings, spans


@pytest.mark.parametrize("text", [
    "9回表、1死一、三塁から犠牲フライで1点を返した。",
    "2回表に先頭打者が四球で出塁し、送りバントで二塁に進んだ。",
    "8回表、無死満塁の好機を逃した。",
    "初回表の攻撃で3点を先取した。",
])
def test_top_of_an_inning_is_omote(text: str) -> None:
    assert "表:おもて" in readings(text)


@pytest.mark.parametrize("text, word, reading", [
    ("2回表示された画面を確かめた。", "表示", "ひょうじ"),
    ("今回表彰された選手は3人だった。", "表彰", "ひょうしょう"),
    ("前回の表を見ると、打率が上がっている。", "表", "ひょう"),
])
def test_other_hyou_words_stay(text: str, word: str, reading: str) -> None:
    assert by_word(text)[word] == reading


def test_bases_split_at_the_comma() -> None:
    text = "9回表、1死一、三塁から犠牲フライで1点を返した。"
    assert ("一", "いち") in spans(text) and ("三塁", "さんるい") in spans(text)
    text = "5回裏、2死一、二塁から中前打で1点を返した。"
    assert ("一", "いち") in spans(text) and ("二塁", "にるい") in spans(text)


def test_most_wins_title() -> None:
    assert "最多:さいた|勝:しょう" in readings("最多勝のタイトルを争う両投手が投げ合った。")
    assert by_word("今季の勝ち星は2桁に届いた。")["勝"] == "か"
    assert "勝利:しょうり" in readings("最多勝利の記録に並んだ。")


def test_games_left_are_shiai() -> None:
    assert by_word("右肘の手術を受け、今季の残り試合を欠場する。")["試合"] == "しあい"
    assert by_word("来週は練習試合に出場する予定だ。")["試合"] == "じあい"


@pytest.mark.parametrize("text", [
    "前頭筆頭の力士が、三役に返り咲いた。",
    "東前頭5枚目の若浪が横綱を破った。",
    "新入幕の前頭が10勝を挙げ、敢闘賞を受賞した。",
])
def test_sumo_rank_is_maegashira(text: str) -> None:
    assert by_word(text)["前頭"] == "まえがしら"


@pytest.mark.parametrize("text", [
    "転倒して前頭部を強く打った。",
    "前頭部の痛みを訴え、途中で交代した。",
])
def test_forehead_stays_zentou(text: str) -> None:
    assert by_word(text)["前頭"] == "ぜんとう"


def test_one_day_at_a_time() -> None:
    assert "1日:ついたち" not in readings("大会2日目は雨で中止となり、日程が1日ずつずれた。")
    assert "1日:ついたち" in readings("大会は4月1日から始まる。")
