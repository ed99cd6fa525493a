"""Readings found wrong in our own sentences in the style of energy and industry news (nuclear restarts,
power supply and prices, renewables, hydrogen, oil and gas, steel, autos and batteries, shipping): 風車
as a wind turbine (ふうしゃ), 泊 before 原発 as the plant's village (とまり), 水 before 電解 (すいでんかい), 型式
before 指定 as type approval (かたしき), 峰 before 回り (喜望峰回り ほう), 一時 before the verb 止め (一時止め
とめ), kanji digits after a decimal ・ (三・四九円 よんきゅう) and before ％ (四六％ よんじゅうろく), and 一 before
・ and a run of digits (一・二五倍 いっ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/energy_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("風車の羽根の長さは百メートルを超える。", "風車:ふうしゃ"),
    ("写真は、陸揚げされた風車の部品。", "風車:ふうしゃ"),
    ("洋上風力の風車を五十基建設する。", "風車:ふうしゃ"),
    ("子供が風車で遊ぶ。", "風車:かざぐるま"),  # a toy: no power or machine cue
    ("縁日で風車を買った。", "風車:かざぐるま"),
])
def test_wind_turbine(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("泊原発三号機の再稼働は早くても二〇二七年となる見通しだ。", "泊:とまり|原発:げんぱつ"),
    ("泊原子力発電所の審査が続く。", "泊:とまり"),
    ("一泊二日の出張だった。", "一泊:いっぱく"),  # a night's stay
    ("泊数に応じて料金が変わる。", "泊数:はくすう"),
])
def test_tomari_plant(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("水電解装置の大型化が課題だ。", "水:すい|電解:でんかい"),
    ("水処理の設備を更新した。", "水:みず|処理:しょり"),  # not before 電解
    ("水を電気分解する。", "水:みず"),
])
def test_water_electrolysis(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("型式指定の取り消し処分を受けた。", "型式:かたしき|指定:してい"),
    ("国の型式認証を取得した。", "型式:かたしき"),
    ("型式が古い機械を更新した。", "型式:けいしき"),  # not type approval
])
def test_type_approval(text, expected):
    assert expected in readings(text)


def test_cape_route():
    assert by_word("喜望峰回りの航路をとる船が増えた。")["峰"] == "ほう"
    assert by_word("喜望峰を回る。")["峰"] == "ほう"
    assert by_word("山の峰が見える。")["峰"] == "みね"  # not after a place name


@pytest.mark.parametrize("text,expected", [
    ("生産ラインを一時止め、部品の供給を待つ。", "一時:いちじ|止:と"),  # temporarily, then the verb
    ("工場の操業を一時止めた。", "止:と"),
    ("通行止めが続いている。", "通行止:つうこうど"),  # the compound still voices
    ("日焼け止めを塗った。", "止:ど"),
])
def test_temporarily_stop(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("再エネ賦課金は一キロワット時あたり三・四九円に上がる。", "三:さん|四九円:よんきゅうえん"),  # the fraction
    ("距離は三・〇五キロだった。", "〇五:れいご"),
    ("価格は四十九円だった。", "四十九円:よんじゅうきゅうえん"),  # a whole number
    ("三・二五％に引き上げた。", "二五:にご"),  # Sudachi's digit by digit, kept
    ("四六％削減する目標を掲げる。", "四六:よんじゅうろく"),  # vertical news' 46%
    ("一〇〇％出資の子会社", "一〇〇:ひゃく"),
    ("値上げ幅は一四～四二％と大きな開きがある。", "一四:じゅうよん|四二:よんじゅうに"),
    ("四六時中働いた。", "四六時中:しろくじちゅう"),  # no percent: a word
    ("二・二六事件の研究", "二六:にろく"),  # a date, said digit by digit
])
def test_kanji_digit_numbers(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("販売量は一・二五倍に増えた。", "一:いっ|二五倍:にごばい"),  # いってんにご
    ("一・二審の判決が覆った。", "一:いち|二:に"),  # a list
])
def test_point_before_digits(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("energy"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
