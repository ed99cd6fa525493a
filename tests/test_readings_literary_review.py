"""Readings found wrong in our own sentences built on four-character idioms, proverbs and literary
essay vocabulary: 公の場 おおやけ, 仏の顔 and 知らぬが仏 ほとけ, 蛙 かえる (井の中の蛙 keeps かわず),
十中八九|雨 あめ, 一艘 いっそう, 弘法 こうぼう, and proverbs read whole (住めば都, 笑う門には福来る,
良薬は口に苦し, 郷に入っては郷に従え, 聞くは一時の恥, 十人十色, 第三国). Each rule is also checked where
it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import by_word, readings, uncertain


@pytest.mark.parametrize("text,expected", [
    ("公の場で差別的な発言をするとは言語道断である。", "公:おおやけ|場:ば"),
    ("その事実を公にした。", "公:おおやけ"),
    ("、公の秩序を守る。", "公:おおやけ"),
])
def test_public_ooyake(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("家康公の墓を訪ねた。", "公:こう"),  # a title after a name
    ("公共の場で話す。", "公共:こうきょう"),
])
def test_public_title_stays_kou(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text", ["知らぬが仏で、本当のことは言わないでおこう。", "仏の顔も三度までだ。"])
def test_buddha_hotoke(text):
    assert by_word(text)["仏"] == "ほとけ"


@pytest.mark.parametrize("text,word,reading", [
    ("仏大統領が来日した。", "仏", "ふつ"),
    ("日仏首脳会談が開かれた。", "日仏", "にちふつ"),
])
def test_france_stays_futsu(text, word, reading):
    assert by_word(text)[word] == reading


@pytest.mark.parametrize("text,reading", [
    ("蛙の子は蛙で、彼も医者になった。", "かえる"),
    ("田んぼで蛙が鳴いている。", "かえる"),
    ("井の中の蛙にならないよう、広い世界を見たい。", "かわず"),
    ("古池や蛙飛びこむ水の音", "かわず"),
])
def test_frog(text, reading):
    assert by_word(text)["蛙"] == reading


def test_rain_after_numeral_idiom():
    assert "十中八九:じっちゅうはっく|雨:あめ" in readings("この天気なら十中八九雨になるだろう。")


@pytest.mark.parametrize("text,expected", [
    ("一艘の小舟が進んでいく。", "一艘:いっそう"),
    ("八艘の船と十艘の船。", "八艘:はっそう|船:ふね|十艘:じゅっそう"),
    ("三艘の船。", "三艘:さんそう"),
])
def test_boats_counted_sou(text, expected):
    assert expected in readings(text)


def test_kobo():
    assert by_word("弘法にも筆の誤りということもある。")["弘法"] == "こうぼう"


@pytest.mark.parametrize("text,expected", [
    ("住めば都で、今ではこの町が大好きだ。", "住:す|都:みやこ"),
    ("笑う門には福来るで、いつも明るくいたい。", "笑:わら|門:かど|福来:ふくきた"),
    ("良薬は口に苦しというように。", "口:くち|苦:にが"),
    ("郷に入っては郷に従えというから。", "郷:ごう|入:い|郷:ごう|従:したが"),
    ("郷に入れば郷に従え。", "郷:ごう|入:い|郷:ごう"),
    ("聞くは一時の恥、聞かぬは一生の恥。", "一時:いっとき|恥:はじ"),
    ("好みは十人十色で、正解はない。", "十人十色:じゅうにんといろ"),
    ("漁夫の利を得たのは第三国だった。", "第三国:だいさんごく"),
])
def test_proverbs_read_whole(text, expected):
    assert expected in readings(text)


def test_juunin_toiro_not_uncertain():
    assert not uncertain("好みは十人十色だ。", "十人十色")


@pytest.mark.parametrize("text,expected", [
    ("住めば都会の暮らしにも慣れる。", "都会:とかい"),  # the phrase must end at a word boundary
    ("一時の感情で決めてはいけない。", "一時:いちじ"),
    ("苦しい時こそ笑う。", "苦:くる"),
    ("第三者委員会が調査した。", "第三者:だいさんしゃ"),
])
def test_proverbs_only_whole(text, expected):
    assert expected in readings(text)
