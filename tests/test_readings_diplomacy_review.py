"""Readings found wrong in our own sentences in the style of defense, diplomacy and international news
(summits, treaties, sanctions, UN votes, exercises, missile launches, embassies, refugees, relief abroad):
a day moved by a count (会期は1日延長 いちにち), an island named after its place (与那国島 じま), Japan and
the Philippines (日比 にっぴ), one country cut off before 国 (一国二制度 いっ), 大勢 before の and a noun
(「大勢の命 おおぜい), arrival at a place (ワシントン着 ちゃく) and a cape after a place (喜望峰 ほう). Each
rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/diplomacy_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("ＣＯＰの会期は１日延長された。", "会期:かいき|日:にち|延長:えんちょう"),
    ("国会の会期を1日延長する。", "会期:かいき|日:にち|延長:えんちょう"),
    ("採決は1日延期された。", "日:にち|延期:えんき"),
    ("出発を１日早めた。", "出発:しゅっぱつ|日:にち|早:はや"),
    ("帰国が1日遅くなった。", "帰国:きこく|日:にち|遅:おそ"),
    ("停戦は１日から発効する。", "１日:ついたち"),  # the first of the month
    ("３月１日に延長された。", "１日:ついたち|延長:えんちょう"),  # a date after a month
    ("会期は２日延長された。", "２日:ふつか|延長:えんちょう"),  # two days read the same either way
])
def test_day_moved_by_a_count(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("与那国島には陸自の駐屯地が置かれている。", "与那国:よなぐに|島:じま"),
    ("波照間島と多良間島を訪れた。", "波照間:はてるま|島:じま|多良間:たらま|島:じま"),
    ("北大東島と南大東島には空港がある。", "北大東:きただいとう|島:じま|南大東:みなみだいとう|島:じま"),
    ("渡嘉敷島まで船で向かった。", "渡嘉敷:とかしき|島:じま"),
    ("台湾島の東側を通過した。", "台湾:たいわん|島:とう"),  # a two-kanji, Sino name
    ("利尻島に渡った。", "利尻:りしり|島:とう"),
    ("南硫黄島の周辺を調査した。", "島:とう"),  # 硫黄島 is officially いおうとう
    ("羅処和島は千島列島の島だ。", "羅処和:らしょわ|島:とう"),  # a Kuril name
    ("ハワイ島の火山が噴火した。", "島:とう"),  # katakana
    ("人工島の建設が進む。", "人工:じんこう|島:とう"),  # a common noun
])
def test_island_named_after_its_place(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("日比首脳会談、安全保障協力で一致", "日比:にっぴ"),
    ("日比両国は防衛協力を強化する。", "日比:にっぴ|両国:りょうこく"),
    ("日比さんが案内してくれた。", "日比:ひび"),  # the surname
    ("日比谷公園で集会が開かれた。", "日比谷公園:ひびやこうえん"),
])
def test_japan_and_the_philippines(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一国二制度は形骸化したとの批判がある。", "一:いっ|国:こく|二:に|制度:せいど"),
    ("一国の首相として責任を負う。", "一国:いっこく"),  # the lexicon's whole word
    ("一つの中国を尊重する。", "一:ひと"),  # not before 国
])
def test_one_country(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("首相は「大勢の命が失われたことに胸が痛む」と語った。", "大勢:おおぜい"),
    ("「大勢の市民が犠牲になった」", "大勢:おおぜい"),
    ("大勢の人が集まった。", "大勢:おおぜい"),  # Sudachi's own
    ("選挙の大勢は決した。", "大勢:たいせい"),  # after の: the general trend
    ("「大勢の赴くところだ」", "大勢:たいせい"),  # before a verb
])
def test_many_people(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("１３日　ワシントン着、大統領主催の夕食会", "着:ちゃく"),
    ("成田着の便で帰国した。", "成田:なりた|着:ちゃく"),
    ("上海着の貨物船が遅れた。", "上海:しゃんはい|着:ちゃく"),
    ("部屋着のままで過ごした。", "部屋:へや|着:ぎ"),  # clothes after a common noun
    ("普段着で参加した。", "普段着:ふだんぎ"),
])
def test_arrival_at_a_place(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("喜望峰を回る航路に切り替えた。", "喜望:きぼう|峰:ほう"),
    ("山の峰を越える。", "峰:みね"),  # after a particle
    ("峰を越えると海が見えた。", "峰:みね"),
])
def test_cape_after_a_place(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("diplomacy"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
