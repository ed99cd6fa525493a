"""Readings found wrong in our own sentences in the style of sake labels and brewery pages, beer, wine and
whisky writing, tea and coffee guides: 生 before a drink (無濾過生原酒, 樽生ビール なま), 生原酒 (なまげん),
生詰め (づめ), tasting aromas (吟醸香, 含み香 か; 上立ち香 うわだちか), grinds (中挽き ちゅうびき, 極細挽き びき),
中深煎り (ちゅう), 一合升 (ます), 寒造り (かんづくり), きき猪口 (ちょこ), 濃醇 (じゅん), 酒蔵開き (さか), and the
analyser's slips 樽 (たる), 生酒 (なまざけ), 角打ち (かくうち), 注ぎ口 (つぎぐち), 無理強い (むりじい); and a
loanword written in kanji keeps its ー (珈琲 こーひー, not こうひい). Each rule is also checked where it must not
fire.

The genre's sentences with the readings a careful editor checked are in fixtures/drinks_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("無濾過生原酒の一升瓶を買いました。", "濾過:ろか|生:なま|原酒:げんしゅ"),
    ("樽生ビールはサーバーから注ぎます。", "樽:たる|生:なま"),
    ("しぼりたて生原酒をお届けします。", "生原:なまげん|酒:しゅ"),
    ("生貯蔵酒は一度だけ火入れをします。", "生:なま|貯蔵:ちょぞう"),  # already なま
    ("一年生ビールを飲む人はいない。", "一年生:いちねんせい"),  # a school year
    ("生原さんが来ました。", "生原:いくはら"),  # the surname
])
def test_unpasteurised(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("火入れを一回だけ行った生詰め酒です。", "生:なま|詰:づ|酒:さけ"),
    ("生詰めと生貯蔵は違います。", "生:なま|詰:づ"),
    ("箱に詰めました。", "箱:はこ|詰:つ"),  # the verb after a particle
])
def test_bottled_raw(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("吟醸香が華やかに広がります。", "吟醸:ぎんじょう|香:か"),
    ("含み香がふわっと広がります。", "含:ふく|香:か"),
    ("上立ち香は穏やかです。", "上:うわ|立:だ|香:か"),
    ("戻り香が長く続きます。", "戻:もど|香:か"),
    ("香を焚きました。", "香:こう"),  # incense
])
def test_tasting_aroma(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("粗挽き、中挽き、細挽きと使い分けます。", "粗挽:あらび|中:ちゅう|挽:び|細挽:ほそび"),
    ("エスプレッソは極細挽きの豆を使います。", "極細:ごくぼそ|挽:び"),
    ("手挽きのミルで挽きました。", "手:て|挽:び|挽:ひ"),  # the verb stays ひ
    ("二ハゼの手前で止めると中深煎りになります。", "中:ちゅう|深煎:ふかい"),
    ("箱の中を見ました。", "中:なか"),
])
def test_grind_and_roast(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一合升に酒を注ぎました。", "一:いち|合:ごう|升:ます"),
    ("五合升で量ります。", "合:ごう|升:ます"),
    ("一升の酒を五人で空けました。", "一升:いっしょう"),  # the counter
])
def test_wooden_measure(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("寒造りの酒は味が締まっています。", "寒:かん|造:づく"),
    ("寒かったので燗にしました。", "寒:さむ"),
    ("酒造りは冬に行われます。", "酒造:さけづく"),
])
def test_winter_brewing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("きき猪口の蛇の目で色を見ます。", "猪口:ちょこ"),
    ("猪口さんが来ました。", "猪口:いのぐち"),  # the surname
    ("濃醇甘口は九州に多いです。", "濃:のう|醇:じゅん"),
    ("醇さんの店です。", "醇:あつし"),  # the given name
    ("酒蔵開きに二千人が訪れました。", "酒:さか|蔵開:くらびら"),
    ("酒を飲みました。", "酒:さけ"),
])
def test_sake_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("樽熟成のウイスキーです。", "樽:たる"),
    ("生酒は要冷蔵でお願いします。", "生酒:なまざけ"),
    ("角打ちで地酒を飲みました。", "角打:かくう"),
    ("注ぎ口から泡があふれました。", "注:つ|口:ぐち"),
    ("酒席での無理強いはやめましょう。", "無理強:むりじ"),
])
def test_analyser_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("自家焙煎珈琲店を開業しました。", "珈琲:こーひー|店:てん"),
    ("珈琲豆百グラムで八杯分です。", "珈琲豆:こーひーまめ"),
    ("麦酒の醸造所を訪ねました。", "麦酒:びーる"),
    ("焼き餃子を頼みました。", "餃子:ぎょうざ"),  # 餃 is read ぎょう: spelled as a kanji reading
    ("数百人が集まりました。", "数百人:すうひゃくにん"),
])
def test_loanword_in_kanji_keeps_long_vowel(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("drinks"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
