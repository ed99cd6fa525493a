"""Readings found wrong in our own sentences in the style of temple sermons and notices, memorial rites,
shrine guides, church newsletters and pilgrimage blogs: 初七日 split off (しょ), 只管打坐 (しかん), 修正会 and
修二会 (しゅしょう, しゅに), 主 as the Lord (しゅ), 三山 (さんざん), 同行二人 (どうぎょうににん), 仏舎利 (ぶっ),
精霊 at Obon (しょうりょう), 仏 beside a mandala (ほとけ), 菅笠 (すげがさ), 棚経 and 観音経 (ぎょう), 親鸞聖人
(しょうにん), 大麻 at a purification (おおぬさ), 十戒 (じっ), 上座部 (じょうざ), 待降節 (たい), 般若湯 (とう) and
読誦 (どくじゅ). Each rule is also checked where
it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/religion_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("初七日の法要は葬儀の当日に行います。", "初:しょ|七日:なのか"),
    ("初七日", "初七日:しょなのか"),  # the lexicon's own
    ("初日の出を拝みました。", "初日:はつひ"),  # not a memorial
])
def test_first_seventh_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("禅宗では只管打坐が大切にされます。", "只管:しかん|打坐:たざ"),
    ("只管走り続けました。", "只管:ひたすら"),  # the adverb
])
def test_just_sitting(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("修正会で一年の平穏を祈りました。", "修正:しゅしょう|会:え"),
    ("東大寺の修二会が始まりました。", "修二:しゅに|会:え"),
    ("修正会議を開きました。", "修正:しゅうせい|会議:かいぎ"),  # a meeting
    ("修二さんが来ました。", "修二:しゅうじ"),  # a given name
])
def test_new_year_services(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("主の祈りを唱えました。", "主:しゅ"),
    ("主イエス・キリストの恵みがありますように。", "主:しゅ"),
    ("教会で主を賛美しました。", "主:しゅ"),
    ("森の主が住むといわれる沼です。", "主:ぬし"),  # no worship
    ("この池の主は大きな鯉です。", "主:ぬし"),
    ("家主に祈りの会のことを伝えました。", "家主:やぬし"),  # glued to a kanji word
])
def test_the_lord(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("熊野三山を巡る旅に出ました。", "三:さん|山:ざん"),
    ("出羽三山は山形県にあります。", "三:さん|山:ざん"),
    ("大和三山を眺めました。", "三:さん|山:ざん"),
    ("一山いくらで売られていました。", "一山:ひとやま"),  # a heap
    ("日本百名山を登りました。", "百名山:ひゃくめいざん"),
])
def test_three_sacred_mountains(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("同行二人と書かれた菅笠をかぶりました。", "同行:どうぎょう|二人:ににん|書:か|菅笠:すげがさ"),
    ("同行二人の旅です。", "同行:どうぎょう|二人:ににん"),
    ("記者が同行し、二人で取材しました。", "同行:どうこう|二人:ふたり"),  # not glued
    ("同行二人分の料金です。", "同行:どうこう|二人:ふたり"),  # counted companions
])
def test_pilgrims_motto(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("仏舎利を納めた塔です。", "仏:ぶっ|舎利:しゃり"),
    ("山の上に仏舎利塔が建っています。", "仏:ぶっ|舎利:しゃり"),
    ("日仏首脳会談が開かれました。", "日仏:にちふつ"),  # France
    ("曼荼羅には多くの仏が描かれています。", "仏:ほとけ"),  # heritage.py's rule, with the mandala as a cue
])
def test_the_buddha(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("送り火で精霊を送り出します。", "精霊:しょうりょう"),
    ("お盆には精霊棚を飾ります。", "精霊:しょうりょう|棚:だな"),
    ("森の精霊が住むといわれます。", "精霊:せいれい"),  # a fairy
    ("精霊流しの夜です。", "精霊:しょうろう"),  # culture.py's
])
def test_spirits_at_obon(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("住職が檀家を回って棚経をあげました。", "棚:たな|経:ぎょう"),
    ("観音経の一節を唱えました。", "観音:かんのん|経:ぎょう"),
    ("涅槃経を読みました。", "涅槃:ねはん|経:ぎょう"),
    ("阿弥陀経を読誦しました。", "阿弥陀:あみだ|経:きょう|読誦:どくじゅ"),  # not voiced; 読誦 the slip
    ("毎朝お経を読んでいます。", "経:きょう"),
])
def test_voiced_sutras(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("報恩講は親鸞聖人の祥月命日に営まれます。", "親鸞:しんらん|聖人:しょうにん"),
    ("日蓮聖人の教えを学びました。", "聖人:しょうにん"),
    ("二十六聖人の記念館を訪れました。", "聖人:せいじん"),  # after a number: the martyrs
    ("聖人君子のような人です。", "聖人:せいじん"),
])
def test_founders_title(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("大麻でお祓いを受けました。", "大麻:おおぬさ"),
    ("神宮大麻をお祀りします。", "大麻:たいま"),  # the Ise talisman
    ("大麻の所持で逮捕されました。", "大麻:たいま"),  # no purification
])
def test_purification_wand(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("モーセの十戒を学びました。", "十:じっ|戒:かい"),
    ("十回目の礼拝です。", "十回目:じゅっかいめ"),
    ("上座部仏教の国ではお坊さんが托鉢をします。", "上座:じょうざ|部:ぶ"),
    ("上座に座ってください。", "上座:かみざ"),  # the seat of honour
    ("待降節の間、ろうそくに火をともします。", "待:たい|降:こう|節:せつ"),
    ("般若湯とは僧侶の隠語でお酒のことです。", "般若:はんにゃ|湯:とう"),
    ("お湯を沸かしました。", "湯:ゆ"),
])
def test_christian_and_monastic_terms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("religion"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
