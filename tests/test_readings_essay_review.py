"""Readings found wrong in our own sentences in the style of editorials, columns, essays and
reviews: 度 "each time" たび (選挙の度に), the adverb 大分 だいぶ, 表に出す おもて, 見|出す みいだす,
analyser slips (所謂 いわゆる, 階 かい, 下々 しもじも, 塵 ちり), counters of poems, scrolls and sun
(一首 いっしゅ, 一幅 いっぷく, 一寸 いっすん), 五分五分 ごぶ, and idioms built on numerals read
whole (一石二鳥, 四六時中, 十中八九, 三文の徳). Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import readings


@pytest.mark.parametrize("text,expected,unexpected", [
    ("選挙の度に繰り返される空約束に、有権者は倦んでいる。", "度:たび", "度:ど"),
    ("会う度ごとに彼は背が伸びていた。", "度:たび", "度:ど"),
    ("気温は30度に達した。", "度:ど", "度:たび"),
])
def test_each_time_tabi(text, expected, unexpected):
    out = readings(text)
    assert expected in out and unexpected not in out


@pytest.mark.parametrize("text,expected", [
    ("大分前から、この問題は指摘されていた。", "大分:だいぶ"),
    ("新しい職場にも大分慣れた。", "大分:だいぶ"),
    ("大分に行った時の話だ。", "大分:おおいた"),
    ("大分前知事が会見した。", "大分:おおいた"),
    ("大分で開かれた大会。", "大分:おおいた"),
])
def test_daibu_adverb_and_oita(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("喜怒哀楽を表に出さないのが美徳とされた時代もあった。", "表:おもて"),
    ("表に出ろ。", "表:おもて"),
    ("結果を表に示す。", "表:ひょう"),
    ("データを表にまとめる。", "表:ひょう"),
])
def test_omote_ni_dasu(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("茶の湯の心は、簡素の中に美を見出すことにある。", "見:みい|出:だ"),
    ("希望を見出した。", "見出:みいだ"),
    ("新聞の見出しを読む。", "見出:みだ"),
])
def test_midasu(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("所謂、団塊の世代が後期高齢者となった。", "所謂:いわゆる"),
    ("下の階に住む老人は、毎朝欠かさず体操をしている。", "階:かい"),
    ("下々の者の暮らしに思いを致す為政者は少ない。", "下々:しもじも"),
    ("塵も積もれば山となる。", "塵:ちり"),
])
def test_analyser_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上の句と下の句を合わせて、一首の歌となる。", "一首:いっしゅ"),
    ("彼は首を振った。", "首:くび"),
    ("その光景は宛ら一幅の絵のようであった。", "一幅:いっぷく"),
    ("道幅が狭い。", "道幅:みちはば"),
    ("一寸の光陰軽んずべからず。", "一寸:いっすん"),
    ("一寸先は闇。", "一寸:いっすん"),
    ("一寸待って。", "一寸:ちょっと"),
    ("五分五分の勝負と思われたが、結果は意外な大差であった。", "五分:ごぶ|五分:ごぶ"),
    ("五分後に出発する。", "五分:ごふん"),
])
def test_counters_and_even_odds(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一石二鳥を狙った政策が、結局は二兎を追う者は一兎をも得ずに終わった。", "一石二鳥:いっせきにちょう"),
    ("二兎を追う者は一兎をも得ず。", "一兎:いっと"),
    ("四六時中考えている。", "四六時中:しろくじちゅう"),
    ("十中八九間違いない。", "十中八九:じっちゅうはっく"),
    ("三位一体の改革。", "三位一体:さんみいったい"),
    ("早起きは三文の徳。", "三文:さんもん"),
    ("二束三文で売り払った。", "二束三文:にそくさんもん"),
    ("七転び八起き。", "七転:ななころ|八起:やお"),
    ("春夏秋冬、それぞれの趣がある。", "春夏秋冬:しゅんかしゅうとう"),
    ("灯台下暗しとは、このことであろう。", "灯台下暗:とうだいもとくら"),
    ("夏草や兵どもが夢の跡、という句を思い出した。", "兵:つわもの"),
    ("一寸の虫にも五分の魂というではないか。", "五分:ごぶ|魂:たましい"),
    ("彼は一兵卒として戦地に赴いた。", "一兵卒:いっぺいそつ"),
])
def test_numbered_idioms(text, expected):
    assert expected in readings(text)


def test_numbered_idiom_needs_its_own_numbers():
    assert "一兎:いっと" not in readings("十一兎")
    assert "四六時中" not in readings("午後4時中に")
    assert "兵:へい" in readings("兵が集まった。")
    assert "五分:ごふん" in readings("五分の遅れが出た。")  # no 魂 after: minutes
    assert "兵卒:へいそつ" in readings("十一兵卒")
