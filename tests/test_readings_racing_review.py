"""Readings found wrong in our own sentences in the style of horse-racing, keirin and boat-race reports,
previews, form guides and jockeys' comments: the going (良馬場 りょうばば, 稍重 ややおも), margins (着差 ちゃくさ,
四分の三差 よんぶんのさんさ), race times (勝ち時計 かちどけい), the draw (大外枠 おおそと), pedigrees (半兄
はんけい, 全姉 ぜんし), horses by age (三歳馬 ば), 内ラチ うち, the way a race was won (差し切り勝ち がち), a
horse's life (馬生 ばせい), distances (芝二千 しば に), records (十戦十勝 じゅっしょう), 本馬場 ほんばば, 捲り まくり,
cups (朝日杯 はい), 飛越 ひえつ and written-out numbers on their own (三千四百 さんぜん). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/racing_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("良馬場発表の東京競馬場。", "良馬:りょうば|場:ば"),
    ("良馬場の発表だったが、時計がかかった。", "良馬:りょうば|場:ば"),
    ("稍重馬場で行われた。", "稍:やや|重:おも|馬場:ばば"),
    ("馬場状態は稍重、午後から重馬場に悪化した。", "稍:やや|重:おも|午後:ごご|重:おも"),
    ("ダートは稍重の発表だった。", "稍:やや|重:おも"),
    ("不良馬場で行われた。", "不良:ふりょう|馬場:ばば"),
    ("良馬を育てる牧場だ。", "良馬:りょうば"),  # a fine horse: 場 not after it
    ("二重の扉を開けた。", "二:に|重:じゅう"),  # no 稍 before 重
])
def test_going(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一着との着差は半馬身だった。", "着:ちゃく|差:さ"),
    ("着差以上の強さを見せた。", "着:ちゃく|差:さ"),
    ("三着とは一馬身四分の三差だった。", "四分:よんぶん|三差:さんさ"),
    ("着物を着て出かけた。", "着物:きもの|着:き"),  # no 差 after it
    ("五分の休憩を取った。", "五分:ごふん"),  # no fraction after it
])
def test_margins(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("勝ち時計は一分三十二秒一だった。", "勝:か|時計:どけい"),
    ("持ち時計の速さではこの馬が一番だ。", "持:も|時計:どけい"),
    ("時計が止まっていた。", "時計:とけい"),
    ("中京の芝は時計がかかる。", "時計:とけい"),
])
def test_race_time(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("八枠十八番の大外枠は不利とされる。", "大:おお|外枠:そとわく"),
    ("外枠から大外を回した。", "外枠:そとわく|大外:おおそと"),
    ("大歓迎のムードだった。", "大:だい|歓迎:かんげい"),  # not before 外枠
    ("内ラチ沿いをするすると抜け出した。", "内:うち"),
    ("内需が伸びた。", "内需:ないじゅ"),  # a kanji word after 内
])
def test_draw_and_rail(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("半兄にダービー馬がいる血統だ。", "半:はん|兄:けい"),
    ("全姉も重賞を勝っている。", "全:ぜん|姉:し"),
    ("半姉に重賞勝ち馬がいる。", "半:はん|姉:し"),
    ("全兄は菊花賞を制している。", "全:ぜん|兄:けい"),
    ("全兄弟での重賞制覇だ。", "兄弟:きょうだい"),  # another word
    ("兄に相談した。", "兄:あに"),
])
def test_pedigree_siblings(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("牝馬限定のレースでは三歳馬が強い。", "三歳:さんさい|馬:ば"),
    ("七歳馬の勝利は史上初めてとなった。", "七歳:ななさい|馬:ば"),
    ("人気薄の逃げ馬が二着に残った。", "逃:に|馬:うま"),  # not after an age
    ("この馬にとっては絶好の条件だ。", "馬:うま"),
])
def test_horse_by_age(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一番人気の牝馬が鮮やかな差し切り勝ち", "差:さ|切:き|勝:が"),
    ("逃げ切り勝ちで二連勝を飾った。", "逃:に|切:き|勝:が"),
    ("勝ち星を重ねた。", "勝:か"),  # no verbs before it
    ("差し切って勝ち星を挙げた。", "勝:か"),
])
def test_won_by_move(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("繁殖牝馬として第二の馬生を送る。", "馬生:ばせい"),
    ("金原亭馬生の高座を聞いた。", "馬生:ばしょう"),  # the rakugo name
    ("馬生さんが来た。", "馬生:ばしょう"),
    ("本馬場入場では落ち着いた様子だった。", "本馬場:ほんばば"),
    ("本馬場さんが来た。", "本馬場:もとばば"),  # the surname
    ("生涯成績は三十二戦十勝で終えた。", "十勝:じゅっしょう"),
    ("通算成績は十勝三敗だ。", "十勝:じゅっしょう"),
    ("十勝の牧場で生まれた。", "十勝:とかち"),  # the region
    ("四百バンクの直線は短く、捲りが決まりやすい。", "捲:まく"),
    ("カルタの捲りを楽しんだ。", "捲:めく"),  # no race in the sentence
])
def test_racing_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("メインレースは芝二千メートルの重賞だ。", "芝二:しばに|千:せん"),
    ("芝二千四百メートルで行われる。", "芝二:しばに|千四百:せんよんひゃく"),
    ("良馬場の芝二千メートルの重賞だ。", "芝:しば|二千:にせん"),  # split right by Sudachi: left alone
    ("芝三千メートルで行われる。", "芝:しば|三千:さんぜん"),
])
def test_turf_distance(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二歳王者を決める朝日杯が行われる。", "朝日:あさひ|杯:はい"),
    ("日経新春杯を制した。", "新春:しんしゅん|杯:はい"),
    ("コーヒーを何杯も飲んだ。", "何:なん|杯:ばい"),  # a count of cups
    ("杯を交わす。", "杯:さかずき"),  # alone: the sake cup
])
def test_cup_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("年間で約三千四百レースが行われる。", "三千四百:さんぜんよんひゃく"),
    ("流域面積は約八百平方キロメートルに及ぶ。", "八百:はっぴゃく"),
    ("排気量六百六十cc以下だ。", "六百六十:ろっぴゃくろくじゅう"),
    ("八百屋で買った。", "八百屋:やおや"),  # a word, not a number
    ("八百万の神に祈る。", "八百万:やおよろず"),
    ("三千人が集まった。", "三千人:さんぜんにん"),  # with a counter, as before
])
def test_number_on_its_own(text, expected):
    assert expected in readings(text)


def test_jump_slip():
    assert "飛越:ひえつ" in readings("障害レースで飛越に失敗した。")


@pytest.mark.parametrize("text,expected", genre_cases("racing"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
