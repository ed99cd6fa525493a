"""Readings found wrong in our own sentences in the style of car and motorcycle reviews, test drives,
sales and recall news and owners' blogs: 二輪 taken for a name (二輪免許 にりん), 離れ glued after a noun
(車離れ ばなれ), 値 before a price movement (値落ち ね), ギアを一段落として (いちだんお), 風 after the
conditional と (開けると風が かぜ), 弾き after 水 (水弾き はじき), 本革巻き (がわ), and the slips 荷室 (にしつ, not
かしつ), 全幅 (ぜんぷく, not ぜんはば) and 新開発 (しんかいはつ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/cars_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("二輪免許を取ってから十年になる。", "二輪:にりん|免許:めんきょ"),
    ("二輪の販売が伸びている。", "二輪:にりん"),
    ("大型二輪の教習は厳しい。", "大型:おおがた|二輪:にりん"),
    ("二輪車の事故が増えた。", "二輪車:にりんしゃ"),
    ("二輪さんが来た。", "二輪:にわ"),  # before an honorific: left a name
])
def test_two_wheels(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("若者の車離れが進んでいる。", "車:くるま|離:ばな"),
    ("活字離れが進む。", "活字:かつじ|離:ばな"),
    ("テレビ離れが続く。", "離:ばな"),
    ("人間離れした技だ。", "人間:にんげん|離:ばな"),
    ("親離れの時期だ。", "親離:おやばな"),  # the lexicon's own
    ("旅館の離れに泊まる。", "旅館:りょかん|離:はな"),  # an annex
    ("離れに泊まる。", "離:はな"),
    ("駅から離れた場所に停めた。", "離:はな"),  # the verb
])
def test_drifting_away_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("人気車種は値落ちしにくい。", "値:ね|落:お"),
    ("値落ちの少ない車を選んだ。", "値:ね|落:お"),
    ("中古車の値戻りが早い。", "値:ね|戻:もど"),
    ("値上がりが続く。", "値上:ねあ"),  # the lexicon's own
    ("この値を入力する。", "値:あたい"),  # a value
    ("値が大きいほど良い。", "値:あたい"),
])
def test_price_movement(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ギアを一段落として加速する。", "一段落:いちだんお|加速:かそく"),
    ("ギアを二段落として加速する。", "二:に|段落:だんお"),
    ("シフトを一段落とす。", "一段:いちだん|落:お"),  # Sudachi's own split
    ("作業が一段落した。", "一段落:いちだんらく"),  # the pause
    ("これで一段落とします。", "一段落:いちだんらく"),  # no を
    ("文章を一段落としてまとめる。", "一段落:いちだんらく"),  # no gear: one paragraph
])
def test_dropping_a_gear(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("屋根を開けると風が心地よい。", "開:あ|風:かぜ"),
    ("窓を開けると風は冷たかった。", "風:かぜ"),
    ("そういう風に言った。", "風:ふう"),  # "that way"
    ("関西風の薄口です。", "関西:かんさい|風:ふう"),
])
def test_wind_after_conditional(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ワックスがけをすると水弾きが良くなる。", "水:みず|弾:はじ"),
    ("撥水で水弾きが続く。", "水:みず|弾:はじ"),
    ("ギター弾きの男が歌っていた。", "弾:ひ"),  # playing
    ("三味線弾きの名人だ。", "三味線:しゃみせん|弾:ひ"),
])
def test_repelling_water(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("主な装備は本革巻きステアリングだ。", "本:ほん|革巻:がわま"),
    ("本革張りのシートが付く。", "本革:ほんがわ|張:ば"),  # the lexicon's own
    ("革巻きのハンドルは手触りが良い。", "革巻:かわま"),
])
def test_genuine_leather(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("荷室の容量は五百リットルだ。", "荷室:にしつ"),
    ("三列目を畳めば荷室が広がる。", "荷室:にしつ"),
    ("全長×全幅×全高", "全長:ぜんちょう|全幅:ぜんぷく|全高:ぜんこう"),
    ("全幅の信頼を置いている。", "全幅:ぜんぷく|信頼:しんらい"),
    ("全幅は1.8メートルだ。", "全幅:ぜんぷく"),  # Sudachi's own here
    ("新開発のエンジンを積む。", "新開発:しんかいはつ"),
    ("新薬の開発が進む。", "開発:かいはつ"),
])
def test_analyser_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("cars"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
