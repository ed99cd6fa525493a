"""Readings found wrong in our own sentences in the style of manga, anime and light-novel reviews and
synopses: 転生 in an isekai story (てんせい), 一クール and 二クール (ひと, ふた), 一期 as a first season
(いっき), 二つ名 (ふたつな), 尺 as running time (しゃく), 単行本 cut before 未収録 (ぼん), 胸熱 (むねあつ),
度 after a noun (おすすめ度 ど), 地の文 (じ), and 毎巻 (まいかん, bios.py's volume rule). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/anime_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("トラックに轢かれて異世界に転生した。", "転生:てんせい"),
    ("転生したら赤ちゃんだった。", "転生:てんせい"),
    ("悪役令嬢に転生したヒロインが奮闘する。", "転生:てんせい"),
    ("輪廻転生を信じる。", "転生:てんしょう"),  # the Buddhist compound: said both ways, left alone
])
def test_rebirth(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一クールで原作三巻分を消化する。", "一:ひと"),
    ("二クール構成で丁寧に描かれる。", "二:ふた"),
    ("分割二クールの後半は秋から放送される。", "二:ふた"),
    ("総集編を挟んで第二クールが放送された。", "二:に"),  # an ordinal after 第
    ("抗がん剤治療の二クール目が終わりました。", "二:に"),  # 目: said both ways, left alone
    ("三クールの長期シリーズ。", "三:さん"),
])
def test_broadcast_seasons(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二期の作画は一期より明らかにパワーアップしている。", "一期:いっき"),
    ("アニメ一期は全十二話。", "一期:いっき"),
    ("一期一会の出会いを大切にする。", "一期一会:いちごいちえ"),  # the set phrase
])
def test_first_season(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("主人公の二つ名は「白銀の騎士」。", "二:ふた|名:な"),
    ("主人公の二つ名の由来が明かされる。", "名:な"),
    ("参加者は三名です。", "三名:さんめい"),
])
def test_epithet(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("尺の都合でカットされたエピソードが多い。", "尺:しゃく"),
    ("尺が足りないので駆け足になった。", "尺:しゃく"),
    ("尺を当てて測った。", "尺:さし"),  # a rule before を
    ("尺アジが三匹も釣れた。", "尺:しゃく"),  # hobby.py's fish a foot long
])
def test_running_time(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("番外編は単行本未収録なので雑誌を買うしかない。", "単行:たんこう|本:ぼん"),
    ("単行本の第一巻が重版された。", "単行本:たんこうぼん"),
    ("作者のあとがきが毎巻楽しみだ。", "毎:まい|巻:かん"),
])
def test_volumes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("主要キャラの三人が一堂に会する場面は胸熱。", "胸:むね|熱:あつ"),
    ("胸の熱が冷めない。", "胸:むね|熱:ねつ"),  # after の
])
def test_stirring(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("おすすめ度は星四つ。", "度:ど"),
    ("この度はお世話になりました。", "度:たび"),  # after この
    ("会う度に背が伸びている。", "度:たび"),  # after a verb
    ("満足度が高い。", "満足度:まんぞくど"),
])
def test_degree_suffix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("地の文が少なく、会話中心で読める。", "地:じ|文:ぶん"),
    ("地の文の描写が丁寧だ。", "地:じ|文:ぶん"),
    ("その地の文を読んだ。", "地:ち|文:ぶん"),  # of that land
    ("この地の文化を学ぶ。", "地:ち|文化:ぶんか"),
    ("地の利を生かす。", "地:ち"),
])
def test_narrative_prose(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("anime"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
