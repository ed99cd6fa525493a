"""Readings found wrong in our own sentences in the style of NHK news on crime, courts, accidents, fires,
disasters and weather: 大けが and 大やけど (おお), 大火事 (おおかじ), 金 as money before a verb of money
(金に困って, 金を奪って かね), 懲役2年6月 (げつ, months of a prison term), compass points (北北東
ほくほくとう, 南|南西 なん, 東|南東 とう), 河口 in a sentence about a river (かこう), 今シーズン (こん) and a
rough count of days (2、3日 にさんにち).
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/incidents_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("男性は全治1か月の大けがです。", "大:おお"),
    ("子どもは足の骨を折る大けがをしました。", "大:おお"),
    ("転んで大ケガを負いました。", "大:おお"),
    ("大火事で、住宅50棟が焼けました。", "大火事:おおかじ"),
])
def test_big_injury_and_fire(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("高速道路で大事故が起きました。", "大事故:だいじこ"),  # a Sino-Japanese compound keeps だい
    ("江戸の大火で町が焼けた。", "大火:たいか"),
    ("大規模な火災が起きました。", "大規模:だいきぼ"),
])
def test_big_stays_dai(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text", [
    "調べに対し、男は「金に困っていた」と容疑を認めています。",
    "男は金を奪って逃げました。",
    "男は生活費に困って金を借りていました。",
    "男は「金が欲しかった」と話しています。",
    "男は「金がなくて、食べ物を盗んだ」と言っています。",
    "犯人は、金を出せと言って、刃物を見せました。",
    "金が足りなくなって、借金を重ねていました。",
])
def test_money_is_kane(text):
    assert by_word(text)["金"] == "かね"


@pytest.mark.parametrize("text,expected", [
    ("金の延べ棒が盗まれました。", "金:きん"),  # gold, before の
    ("金塊を盗み、金を売って逃げた。", "金:きん"),  # a sentence about gold
    ("男は保釈金を払いました。", "保釈:ほしゃく|金:きん"),  # a compound's tail
    ("金の価格が上がりました。", "金:きん"),
    ("金曜日の夜に事件が起きました。", "金曜日:きんようび"),
])
def test_gold_stays_kin(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("懲役2年6月の判決を言い渡しました。", "懲役:ちょうえき|年:ねん|月:げつ"),
    ("懲役3年6月、執行猶予5年の判決でした。", "年:ねん|月:げつ|執行"),
    ("禁錮1年6月が言い渡されました。", "禁錮:きんこ|年:ねん|月:げつ"),
    ("懲役4年の判決が6月に確定しました。", "判決:はんけつ|月:がつ"),  # a month of the calendar
    ("2024年6月に懲役2年の判決を受けました。", "年:ねん|月:がつ|懲役"),
    ("懲役1年6か月の判決です。", "年:ねん|月:げつ"),
])
def test_months_of_a_prison_term(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("北北東の風、風速は15メートルです。", "北北東:ほくほくとう"),
    ("南南西の風が強く吹いています。", "南:なん|南西:なんせい"),
    ("台風は東南東へ進んでいます。", "東:とう|南東:なんとう"),
    ("北北西の風が吹き込んでいます。", "北北西:ほくほくせい"),  # already right
    ("南の風が強まっています。", "南:みなみ"),  # a quarter standing alone
    ("島の南、南西の方角に進みました。", "南:みなみ"),  # not glued
])
def test_compass_points(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("海岸や川の河口付近には、絶対に近づかないでください。", "河口:かこう"),
    ("津波が河口からさかのぼりました。", "河口:かこう"),
    ("河口湖の近くで事故がありました。", "河口:かわぐち"),  # the lake
])
def test_river_mouth(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("各地で今シーズン一番の冷え込みとなりました。", "今:こん"),
    ("今シーズンは雪が少ない。", "今:こん"),
    ("今は冬のシーズンです。", "今:いま"),
])
def test_this_season(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("今後2、3日は、同じ程度の地震に注意してください。", "今後:こんご|日:にち"),
    ("男は、4、5日前から様子がおかしかった。", "日:にち|前:まえ"),
    ("二、三日で熱は下がった。", "二:に|三日:さんにち"),
    ("2、3日間、雨が降り続きました。", "日間:にちかん"),
    ("大会は、来月2、3日に開かれる予定です。", "来月:らいげつ|3日:みっか"),  # dates after a month
    ("祭りは5月4、5日の両日です。", "月:がつ|5日:いつか"),
    ("3、4日かかる見込みです。", "4日:よっか"),  # さんよっか is said
    ("2、3日", "3日:みっか"),  # bare: may be two dates
    ("雨は、3日ほど降り続く見込みです。", "雨:あめ|3日:みっか"),
])
def test_rough_count_of_days(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("incidents"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
