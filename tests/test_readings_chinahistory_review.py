"""Readings found wrong in our own sentences in the style of Japanese books, games and encyclopedias on
Chinese history and the Three Kingdoms: one-kanji states Sudachi takes for Japanese names (晋 しん, 清 しん,
秦 しん, 呉 ご, and 元 げん, 明 みん, 韓 かん in a ・ list), 明代 みんだい, 三国志 さんごく, 孔明 こうめい, 降る as
to surrender (曹操に降った くだっ), 命 as an order (武帝の命で めい), 都 as a capital (唐の都 みやこ), 帝 after an
era name (永楽帝 てい), 孫子 as Sun Tzu (そんし), and 騎 counting horsemen (百騎 ひゃっき). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/chinahistory_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("司馬炎は魏から禅譲を受けて晋を建国した。", "晋:しん"),
    ("晋は二八〇年に呉を滅ぼし、天下を統一した。", "晋:しん|二八〇年:にひゃくはちじゅうねん|呉:ご"),
    ("清は満洲族が建てた中国最後の統一王朝である。", "清:しん"),
    ("秦は始皇帝の死後わずか十五年で滅んだ。", "秦:しん"),
    ("周瑜は赤壁の戦いで呉軍の総指揮をとった。", "呉:ご|軍:ぐん"),
    ("三国時代は魏・呉・蜀の三国が鼎立した。", "魏:ぎ|呉:ご|蜀:しょく"),
    ("中国の王朝は、殷・周・秦・漢・隋・唐・宋・元・明・清と続いた。", "宋:そう|元:げん|明:みん|清:しん"),
    ("戦国の七雄には秦・楚・斉・燕・韓・魏・趙がある。", "燕:えん|韓:かん|魏:ぎ"),
    ("呉の海軍工廠は戦艦大和を建造した。", "呉:くれ"),  # the port city: no cue
    ("秦さんは中国の歴史に詳しい。", "秦:はた"),  # a surname before an honorific
    ("清は笑った。", "清:きよし"),  # a given name: no cue
    ("元の時代に戻った。", "元:もと"),  # outside a list of states
])
def test_state_names(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("『三国志演義』は明代に羅貫中がまとめたとされる。", "三国:さんごく|志:し|演義:えんぎ|明代:みんだい"),
    ("三国志を題材にしたゲームは人気がある。", "三国:さんごく|志:し"),
    ("明代さんが来た。", "明代:あきよ"),  # a given name
    ("諸葛亮、字は孔明。", "孔明:こうめい"),
    ("「死せる孔明、生ける仲達を走らす」", "孔明:こうめい"),
    ("佐藤孔明さんが来た。", "孔明:ひろあき"),  # a Japanese name before an honorific
])
def test_titles_and_names(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("関羽は曹操に降ったが、のちに劉備のもとへ戻った。", "曹操:そうそう|降:くだ"),
    ("張魯は曹操に降り、", "降:くだ"),
    ("蜀は魏に降る。", "魏:ぎ|降:くだ"),
    ("雨に降られた。", "降:ふ"),  # rain
    ("東京に降った雪", "降:ふ"),  # a city, not a state
])
def test_surrender(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("張騫は武帝の命で西域に派遣された。", "命:めい"),
    ("猫の命で償う。", "命:いのち"),  # a life
    ("彼の命で動いた。", "命:いのち"),  # no ruler: left to Sudachi
    ("唐の都長安は人口百万を数えた。", "都:みやこ|長安:ちょうあん"),
    ("魏の都はどこか。", "魏:ぎ|都:みやこ"),  # already right before this rule: kept
    ("南宋は臨安を都とした。", "臨安:りんあん|都:みやこ"),
    ("北宋は金に攻められ、都の開封を失った。", "都:みやこ"),
    ("都の職員が説明した。", "都:と"),  # the Tokyo Metropolis
    ("明の永楽帝は鄭和を派遣した。", "永楽:えいらく|帝:てい"),
    ("帝の御前に進み出た。", "帝:みかど"),  # alone
])
def test_orders_capitals_emperors(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("孫子の兵法は現代でも読まれている。", "孫子:そんし"),
    ("これは『孫子』の一節である。", "孫子:そんし"),
    ("孫子の代まで語り継ぐ。", "孫子:まごこ"),  # descendants
])
def test_sun_tzu(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("甘寧は百騎で曹操の陣に夜襲をかけた。", "百騎:ひゃっき"),
    ("一騎で駆けた。", "一騎:いっき"),  # the lexicon's own
    ("八騎の武者", "八騎:はっき"),
    ("三騎が並んだ。", "三騎:さんき"),
    ("一騎打ちの構図です。", "一騎打:いっきう"),  # the lexicon's own
])
def test_horsemen(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("chinahistory"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
