"""Readings found wrong in our own sentences in the style of film, book, concert, theatre and exhibition
reviews and museum notices: 章 before ごと taken for a name (章ごとに しょう), 管 beside strings (弦と管 かん),
絵具 split after 岩絵 (岩絵具 のぐ), a repeated 一行 (一行一行 いちぎょう), 館蔵品 split into a name (かんぞうひん),
素性 read as the machine-learning term (すじょう), the archaic すがき for 素描 (そびょう), 編 and 篇 counting
stories (三十編 さんじゅっぺん, 一篇 いっぺん), 持す read もたす (満を持して じ), the stagehand 黒衣 (くろご) and
七三 (しちさん: 七三分け, the spot on the hanamichi). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/arts_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("全十二章からなり、章ごとに語り手が入れ替わる。", "章:しょう|語:かた"),
    ("章ずつ丁寧に読み進めた。", "章:しょう"),
    ("章さんが来ました。", "章:あきら"),  # the name before an honorific
    ("各章の冒頭に引用がある。", "各章:かくしょう"),
])
def test_chapter_not_a_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("弦の厚みと管のバランスが見事だった。", "管:かん"),
    ("オーケストラの管がよく鳴っていた。", "管:かん"),
    ("細い管を通して水を送る。", "管:くだ"),  # a pipe
    ("ガラスの管が割れた。", "管:くだ"),
])
def test_wind_section(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("日本画の岩絵具による深い青が目を引く。", "岩絵:いわえ|具:のぐ"),
    ("油絵具を厚く塗り重ねた。", "油絵具:あぶらえのぐ"),  # the lexicon's own
    ("雨具を忘れずに持参してください。", "雨具:あまぐ"),
    ("家具の配置を変えた。", "家具:かぐ"),
])
def test_paints_split(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("脚本の一行一行に、推敲の跡がうかがえる。", "一行:いちぎょう"),
    ("一行は空港に到着した。", "一行:いっこう"),  # a party of travellers
    ("視察団の一行を出迎えた。", "一行:いっこう"),
])
def test_line_by_line(text, expected):
    assert by_word(text)["一行"] == expected.split(":")[1]


@pytest.mark.parametrize("text,expected", [
    ("常設展では、館蔵品の中から約五十点を展示しています。", "館:かん|蔵品:ぞうひん"),
    ("古い館に住んでいる。", "館:やかた"),
])
def test_museum_holdings(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("モデルとなった女性の素性は、今も謎に包まれている。", "素性:すじょう"),
    ("男は素性を隠して暮らしていた。", "素性:すじょう"),
    ("機械学習では素性の選び方が精度を左右する。", "素性:そせい"),  # a feature
    ("素性ベクトルを作って分類する。", "素性:そせい"),
])
def test_origins_not_feature(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("展覧会には油彩画や素描など、約百二十点が出品されている。", "素描:そびょう"),
    ("素描を何枚も重ねた。", "素描:そびょう"),
])
def test_drawing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("旅先での出来事をつづった三十編を収録。", "三十編:さんじゅっぺん"),
    ("一編の詩を朗読した。", "一編:いっぺん"),
    ("三編の短編を収める。", "三編:さんぺん|短編:たんぺん"),
    ("五編の論文を読んだ。", "五編:ごへん"),
    ("長編小説の第一作。", "長編:ちょうへん"),  # no number
])
def test_counting_stories(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一篇一篇が、まるで宝石のように磨かれている。", "一篇:いっぺん|一篇:いっぺん"),
    ("短篇を三篇収める。", "短篇:たんぺん|三篇:さんぺん"),
])
def test_counting_stories_older_spelling(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("満を持しての映画化である。", "満:まん|持:じ"),
    ("満を持して新作を発表した。", "持:じ"),
    ("荷物を持って歩く。", "持:も"),  # 持つ, not 持す
])
def test_jisu(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("舞台の上手から下手へ、黒衣が素早く道具を運ぶ。", "黒衣:くろご"),
    ("裏方の黒衣に徹する。", "黒衣:くろご"),
    ("黒衣の宰相と呼ばれた。", "黒衣:こくい"),  # black robes
    ("黒衣の僧が門をくぐった。", "黒衣:こくい"),
])
def test_stagehand(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("花道の七三で立ち止まり、客席をにらむ。", "七三:しちさん"),
    ("七三分けの髪型。", "七三:しちさん"),
    ("七三年の作品。", "七三年:ななじゅうさんねん"),  # a year, read by the number walk
    ("一九七三年に生まれた。", "一九七三年:せんきゅうひゃくななじゅうさんねん"),
])
def test_seven_three(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("arts"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
