"""Readings found wrong in our own sentences in the style of haiku and tanka commentaries, 句会 reports,
歳時記 entries and modern poetry criticism: 行く before a passing season (行く春 ゆく), 去年今年 (こぞ), 古今集
(こきん), a poem's meter (七七七五 しちしちしちご), 七言 (しちごん), 短詩型 (けい), 雁渡し (かり), 東風 in a poem
(こち), 色紙 for a poem (しきし), 生と死 (せい), 月の都 (みやこ), 季重なり (がさなり), 山川草木 (さんせんそうもく),
「月」 in quotation brackets (つき), 句 counted (八句 はっく, 十句 じゅっく), the
slips 短夜 (みじかよ) and 萩原 (はぎわら), and a literary adjective's stem left unvoiced (秋深き あきふかき). Each rule
is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/poetry_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("行く春を惜しむ句が多い。", "行:ゆ|春:はる"),
    ("行く年来る年を静かに過ごす。", "行:ゆ|年:とし"),
    ("京都へ行く春の旅を計画した。", "行:い|春:はる"),  # a goal before it: going somewhere
    ("学校へ行く。", "行:い"),
])
def test_passing_season(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("去年今年貫く棒の如きもの。", "去年:こぞ|今年:ことし"),
    ("去年の夏は暑かった。", "去年:きょねん"),  # alone
    ("古今集の仮名序を読む。", "古今:こきん|集:しゅう"),
    ("古今東西の名作を集めた。", "古今:ここん|東西:とうざい"),
    ("古今の名作を読む。", "古今:ここん"),  # not before 集
])
def test_new_year_and_anthology(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("都々逸は七七七五の形式である。", "七七七五:しちしちしちご"),
    ("七五七の形も試した。", "七五七:しちごしち"),
    ("七言律詩は八句からなる。", "七:しち|言:ごん|律詩:りっし|八句:はっく"),
    ("五言絶句は四句二十字である。", "五言:ごごん"),
    ("七十七歳になった。", "七十七歳:ななじゅうななさい"),  # not the meter: 十 in it
    ("吟行で十句ほど作った。", "十句:じゅっく"),
    ("毎朝一句を作る。", "一句:いっく"),
])
def test_meter_and_verses(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("短詩型文学の未来を語る。", "短詩:たんし|型:けい"),
    ("雁渡しは初秋の北風だ。", "雁:かり|渡:わた"),
    ("雁が渡る空を見上げた。", "雁:がん"),  # alone
    ("季重なりは避けたい。", "季:き|重:がさ"),
    ("洗濯物が重なりあう。", "重:かさ"),  # no 季 before it
    ("山川草木に命を見る。", "山川:さんせん|草木:そうもく"),
    ("庭の草木に水をやる。", "草木:くさき"),  # alone
])
def test_verse_compounds(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("東風吹かばにほひおこせよ梅の花という歌がある。", "東風:こち"),
    ("梅の香を運ぶ東風が吹いた。", "東風:こち"),
    ("色紙に一句をしたためていただいた。", "色紙:しきし"),
    ("色紙で鶴を折った。", "色紙:いろがみ"),  # paper crafts
    ("この作品の主題は生と死である。", "生:せい|死:し"),
    ("死と生を見つめた詩集。", "死:し|生:せい"),
    ("生で食べられる。", "生:なま"),  # no 死 about
])
def test_poem_senses(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("月の都を思う歌がある。", "月:つき|都:みやこ"),
    ("古の都をしのぶ。", "古:いにしえ|都:みやこ"),
    ("来年度の都の予算が決まった。", "都:と"),  # the Metropolis
    ("季語の「月」は秋の月を指す。", "月:つき|秋:あき|月:つき"),
    ("四月に入学した。", "四月:しがつ"),
])
def test_capital_and_moon(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("短夜は夏の季語である。", "短夜:みじかよ"),
    ("萩原朔太郎は口語自由詩を確立した。", "萩原:はぎわら"),
    ("秋深き隣は何をする人ぞ。", "秋:あき|深:ふか"),
    ("奥深き山の寺を訪ねた。", "奥:おく|深:ぶか"),  # 奥深い is a word: it voices
])
def test_slips_and_adjectives(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("poetry"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
