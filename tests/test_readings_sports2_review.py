"""Readings found wrong in our own sentences in the style of sports news (baseball, high-school baseball,
football, sumo, golf, marathon and ekiden, the Olympics, tennis, rugby, figure skating): 裏 after an inning
(9回裏二死 うら), 勝ち glued after a noun (逆転勝ち, フォール勝ち, ＴＫＯ勝ち がち), 右腕/左腕 as a pitcher (うわん,
さわん), 右|前 as a batted ball's direction (右前へ うぜん), 試合 after 連続 (しあい), 杯 as a cup after a name
(アジア杯 はい), 高 before 飛び込み (たか), 相星 in sumo (あいぼし), 組 as a pair after a name (日本組 ぐみ), 部屋
glued after a noun (支度部屋 べや) and the slip 稽古場 (けいこば). Each rule is also checked where it must not
fire.

The genre's sentences with the readings a careful editor checked are in fixtures/sports2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("9回裏二死満塁から代打の一打で試合が決まった。", "回:かい|裏:うら"),
    ("7回裏の攻撃で追いついた。", "回:かい|裏:うら"),
    ("9回表に代打を送られた。", "回:かい|表:おもて"),
    ("紙の裏に名前を書いた。", "紙:かみ|裏:うら"),
])
def test_bottom_of_an_inning(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上手投げで土俵際の逆転勝ちを収めた。", "逆転:ぎゃくてん|勝:が"),
    ("レスリングの決勝でフォール勝ちを収めた。", "勝:が"),
    ("3回ＴＫＯ勝ちを収め、王座防衛に成功した。", "勝:が"),
    ("判定勝ちで初防衛を果たした。", "判定:はんてい|勝:が"),
    ("サッカー日本代表が、強豪に逆転勝ちした。", "勝:が"),
    ("勝ち点3を逃した。", "勝:か|点:てん"),  # a noun goes on
    ("交流戦で勝ち越し、貯金を8とした。", "勝:か|越:こ"),
    ("負けるが勝ちということもある。", "負:ま|勝:か"),  # after a particle
    ("この試合はチームの勝ちだ。", "勝:か"),
])
def test_won_by(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("新人王は12勝を挙げた右腕が受賞した。", "右腕:うわん"),
    ("開幕投手に指名されたのは2年目の右腕だった。", "右腕:うわん"),
    ("背番号18を受け継いだ右腕が決意を語った。", "右腕:うわん"),
    ("中継ぎ左腕が登板した。", "左腕:さわん"),
    ("投手が右腕を骨折した。", "右腕:みぎうで"),  # a hurt: the arm
    ("監督の右腕として投手陣を支えた。", "右腕:みぎうで"),  # the right-hand man
    ("右腕で電球を交換した。", "右腕:みぎうで"),  # no pitching
])
def test_pitcher_by_arm(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("外角の直球を逆らわずに右前へはじき返した。", "右:う|前:ぜん"),
    ("交差点を曲がらずに右前へ進んだ。", "右:みぎ|前:まえ"),  # no batting
])
def test_hit_direction(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("連続試合安打は球団記録の25試合に伸びた。", "連続:れんぞく|試合:しあい"),
    ("県大会の練習試合に臨んだ。", "練習:れんしゅう|試合:じあい"),  # rendaku stays
])
def test_match_after_consecutive(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("アジア杯の1次リーグ初戦でベトナムと対戦する。", "杯:はい"),
    ("デビス杯の日本代表に選ばれた。", "杯:はい"),
    ("ビールを何杯も飲んだ。", "何:なん|杯:ばい"),  # counting cups
])
def test_cup(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("飛び込みの男子高飛び込みで決勝に進出した。", "高:たか|飛:と|込:こ"),
    ("資源高が続いている。", "高:だか"),
])
def test_high_dive(text, expected):
    assert expected in readings(text)


def test_same_record_in_sumo():
    assert by_word("千秋楽の結びの一番で両横綱が相星決戦に臨んだ。")["相星"] == "あいぼし"


@pytest.mark.parametrize("text,expected", [
    ("アイスダンスの日本組がリズムダンスで11位につけた。", "組:ぐみ"),
    ("ペアの三浦・木原組が優勝した。", "組:ぐみ"),
    ("山口組の組員が逮捕された。", "組:ぐみ|組員:くみいん"),
])
def test_pair_after_a_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("取組後、支度部屋で「自分の相撲が取れた」と話した。", "支度:したく|部屋:べや"),
    ("母の病室は六階の四人部屋です。", "部屋:べや"),
    ("各部屋にテレビがある。", "各:かく|部屋:へや"),  # a prefix
    ("部屋の稽古場には若い衆の声が響いた。", "部屋:へや|稽古場:けいこば"),
])
def test_room(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("sports2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
