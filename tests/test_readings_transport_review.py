"""Readings found wrong in our own sentences in the style of railway and airline news, timetable and
delay notices, road-traffic information, traffic-law notices and car reviews: 上り下り of a line
(のぼりくだり), 十分 before 遅れ (じゅっぷん), 横風 the crosswind (よこかぜ), 小人 the child's fare (しょうにん),
前 before a number of cars (前四両 まえ) and 着 after a station or an airport (京都駅着 ちゃく). Each rule is
also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/transport_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("上り下りとも始発から運転を見合わせます。", "上:のぼ|下:くだ"),
    ("上り下り線とも運転を見合わせています。", "上:のぼ|下:くだ|線:せん"),
    ("上り下りの列車に遅れが出ています。", "上:のぼ|下:くだ|列車:れっしゃ"),
    ("階段の上り下りがつらい。", "階段:かいだん|上:のぼ|下:お"),  # stairs: のぼりおり
    ("坂の上り下りが多い道です。", "坂:さか|上:のぼ|下:お"),
    ("上り列車と下り列車の両方が停まります。", "上:のぼ|列車:れっしゃ|下:くだ|列車:れっしゃ"),
])
def test_both_directions_of_a_line(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上りの特急は十分遅れています。", "十分:じゅっぷん|遅:おく"),
    ("十分遅れで到着しました。", "十分:じゅっぷん|遅:おく"),
    ("電車は約十分遅れています。", "十分:じゅっぷん"),  # already the number and its counter
    ("準備が十分に遅れた。", "十分:じゅうぶん"),  # the adjectival noun with に
    ("十分早く着いた。", "十分:じゅうぶん"),  # early enough
    ("時間は十分あります。", "十分:じゅうぶん"),
])
def test_ten_minutes_late(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("横風に注意してください。", "横風:よこかぜ"),
    ("横風の影響で橋の上は速度を落として運転します。", "横風:よこかぜ"),
    ("強い横風にあおられた。", "横風:よこかぜ"),
    ("横風が強い。", "横風:よこかぜ"),  # Sudachi's own noun
    ("横風な態度をとる。", "横風:おうふう"),  # arrogant
])
def test_crosswind(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("片道料金は大人千二百円、小人六百円です。", "小人:しょうにん"),
    ("小人料金は半額です。", "小人:しょうにん|料金:りょうきん"),
    ("小人の運賃は大人の半額です。", "小人:しょうにん"),
    ("大人と小人の料金が違います。", "小人:しょうにん"),
    ("大人も小人も楽しめる絵本です。", "小人:こびと"),  # no fare
    ("白雪姫と七人の小人", "小人:こびと"),
])
def test_childs_fare(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前四両は大阪行き、後ろ四両は奈良行きです。", "前:まえ|四両:よんりょう"),
    ("前二両は指定席です。", "前:まえ|二両:にりょう"),
    ("前一両のみ停車します。", "前:まえ|一両:いちりょう"),
    ("前首相が会見した。", "前首相:ぜんしゅしょう"),
    ("前年の同じ時期より混雑しました。", "前年:ぜんねん"),
])
def test_front_cars(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("京都駅着は十時十二分の予定です。", "京都駅:きょうとえき|着:ちゃく"),
    ("成田空港着の便が遅れています。", "着:ちゃく"),
    ("松本駅着の特急に乗りました。", "着:ちゃく"),
    ("ワシントン着の便", "着:ちゃく"),  # places.py's place name
    ("部屋着で過ごしました。", "部屋:へや|着:ぎ"),  # clothes
    ("普段着で出かけた。", "普段着:ふだんぎ"),
])
def test_arrival_at_a_station(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("transport"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
