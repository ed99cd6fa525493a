"""Readings found wrong in our own sentences in the style of school mathematics and science textbooks and
exercises: 四 before 角形 (四角形 しかくけい), 一辺 (いっぺん), 大気圧 (たいきあつ), 球 in solid geometry
(きゅう), 表 of a tossed coin (おもて), 陰イオン cut in two (いん), 塩 in acids and bases (えん), 素数 after の
(そ), 角 before 二等分線 (かく), 液面の下 (した), and the first decimal of a range with a unit (一・二〜一・五
メートル いっ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/stem_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("四角形の内角の和は三百六十度になる。", "四:し|角形:かくけい"),
    ("四角形ABCDは平行四辺形である。", "四:し|角形:かくけい|平行:へいこう|四辺:しへん|形:けい"),
    ("五角形の対角線は五本ある。", "五角形:ごかっけい"),  # a whole word: left alone
    ("四つの角がある。", "四:よっ|角:かど"),  # not before 角形
])
def test_quadrilateral(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一辺が四センチの立方体の体積を求めなさい。", "一:いっ|辺:ぺん|四:よん"),
    ("立方体の体積は一辺×一辺×一辺です。", "一:いっ|辺:ぺん|一:いっ|辺:ぺん|一:いっ|辺:ぺん"),
    ("正方形の一辺の長さを二倍にする。", "一:いっ|辺:ぺん"),
    ("一つの辺を底辺とする。", "一:ひと|辺:へん"),  # not glued
    ("直角をはさむ二辺の長さ", "二:に|辺:へん"),  # only one side takes ぺん
    ("仕事一辺倒の生活", "一辺倒:いっぺんとう"),  # the lexicon's own
])
def test_one_side(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("大気圧はおよそ千ヘクトパスカルである。", "大:たい|気圧:きあつ"),
    ("大気圧の大きさを水銀柱の高さで表す。", "大:たい|気圧:きあつ|大:おお"),
    ("大気中の二酸化炭素が増えた。", "大気:たいき|中:ちゅう"),  # a whole word
    ("大企業に勤める。", "大企業:だいきぎょう"),  # not before 気圧
])
def test_atmospheric_pressure(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("球の表面積を求める公式を調べよう。", "球:きゅう"),
    ("半径五センチの球の体積を求めよ。", "球:きゅう"),
    ("電球の球が切れた。", "電球:でんきゅう|球:たま"),  # no solid geometry
    ("ピッチャーが速い球を投げた。", "球:たま"),
])
def test_sphere(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二枚の硬貨を投げるとき、二枚とも表が出る確率を求めよ。", "表:おもて"),
    ("硬貨を三回投げて、表が二回出る確率を求めよ。", "表:おもて"),
    ("コインの表が出た。", "表:おもて"),
    ("結果の表が出るまで待つ。", "表:ひょう"),  # no coin: a table
    ("確率を表にまとめよう。", "確率:かくりつ|表:ひょう"),  # not 表が出る
])
def test_coin_face(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("陽イオンと陰イオンが結びついて塩ができる。", "陽:よう|陰:いん|結:むす|塩:えん"),
    ("陰の部分に色をぬる。", "陰:かげ"),  # not before イオン
])
def test_negative_ion(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("中和によって塩と水ができる。", "中和:ちゅうわ|塩:えん"),
    ("酸とアルカリの水溶液を混ぜると、中和して塩ができる。", "塩:えん"),
    ("料理の味つけに塩を少し加える。", "塩:しお"),  # the kitchen
    ("コップの水に塩をとかして食塩水をつくる。", "塩:しお"),  # table salt, no acid or base
])
def test_chemical_salt(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二十以下の素数をすべて書き出そう。", "素:そ|数:すう"),
    ("だしの素小さじ1を加える。", "素:もと"),  # everyday.py's base of a stock
])
def test_prime_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("角の二等分線を作図しなさい。", "角:かく"),
    ("角を曲がると駅がある。", "角:かど"),
])
def test_angle_bisector(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("メスシリンダーの目盛りは液面の下で読む。", "液面:えきめん|下:した"),
    ("先生の指導の下で実験を行う。", "指導:しどう|下:もと"),
])
def test_under_the_liquid_surface(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("気温は地面から一・二〜一・五メートルの高さではかる。", "一:いっ|二:に|一:いっ|五:ご"),
    ("一・二から一・五倍に増えた。", "一:いっ|二:に"),
    ("一・二〜一・五の値をとる。", "一:いち|二:に|一:いち|五:ご"),  # no unit: may be a list
])
def test_decimal_range(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("stem"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
