"""Readings found wrong in our own sentences in the style of neighbourhood association and city
newsletters and notices (自治会だより, 回覧板, ごみ収集日, 防災訓練, 夏祭り, 敬老会, 集会所の利用): 方 as a
person after 代理の or 係の and before の + ご/お + what only a person has (代理の方のご出席 かた), 行って after
収集 or 営業 as the topic (戸別収集は行っていません おこなって), 一一〇番 (ひゃくとおばん), 町 split off before
会費 (町会費 ちょう), 拍子木 (ぎ) and 球切れ (ぎれ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/neighborhood_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("欠席の場合は代理の方のご出席をお願いします。", "代理:だいり|方:かた"),
    ("係の方の案内で席に着いてください。", "係:かかり|方:かた"),
    ("代表の方のお名前をお書きください。", "代表:だいひょう|方:かた"),
    ("こちらの方のご意見を紹介します。", "方:かた|意見:いけん"),
    ("北の方の空が暗くなってきました。", "北:きた|方:ほう"),  # a direction
    ("北の方のご家族にも伝えました。", "北:きた|方:ほう"),  # a direction first, whatever follows
    ("駅の方のお店で買いました。", "駅:えき|方:ほう"),
    ("こちらの方が安いです。", "方:ほう|安:やす"),  # a comparison
    ("日本代表の方が強かった。", "方:ほう"),  # a team compared: 代表 is no person noun
])
def test_person_not_side(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("戸別収集は行っていません。", "収集:しゅうしゅう|行:おこな"),
    ("年末年始も営業は行っております。", "営業:えいぎょう|行:おこな"),
    ("収集日に公園へ行ってみました。", "行:い"),  # going
    ("営業に行ってきます。", "営業:えいぎょう|行:い"),  # a sales call: not the topic
    ("収集は行いません。", "収集:しゅうしゅう|行:おこな"),  # Sudachi's own 行う
])
def test_carried_out_not_gone(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("不審者を見かけたらすぐに一一〇番通報してください。", "一一〇番:ひゃくとおばん|通報:つうほう"),
    ("事件や事故は一一〇番へ。", "一一〇番:ひゃくとおばん"),
    ("火事を見つけたら一一九番に通報しましょう。", "一一九番:ひゃくじゅうきゅうばん"),
    ("住所は二丁目一一〇番地です。", "一一〇番地:ひゃくじゅうばんち"),  # an address
    ("三日月曜日に開きます。", "三日:みっか|月曜日:げつようび"),  # 三日月 is no idiom here: the date is read
    ("三日月がきれいです。", "三日月:みかづき"),
])
def test_police_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("町会費の納入をお願いします。", "町:ちょう|会費:かいひ"),
    ("町会館で総会を開きます。", "町:ちょう|会館:かいかん"),
    ("町会の役員が決まりました。", "町会:ちょうかい"),  # the lexicon's own
    ("桜町会館で総会を開きます。", "桜町:さくらまち|会館:かいかん"),  # a hall of 桜町
    ("町の会館を借りました。", "町:まち"),
    ("町役場に届けました。", "町役場:まちやくば"),
])
def test_town_association(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("拍子木を打ちながら町内を回ります。", "拍子:ひょうし|木:ぎ"),
    ("夜回りでは拍子木を鳴らします。", "拍子:ひょうし|木:ぎ"),
    ("庭の木を切りました。", "木:き"),
    ("街灯の球切れを見つけたらご連絡ください。", "球:たま|切:ぎ"),
    ("電池切れの懐中電灯がないか確認しましょう。", "電池:でんち|切:ぎ"),  # voicing.py's
    ("紙切れにメモを書きました。", "紙切:かみき"),  # a piece of paper
    ("球が切れています。", "球:たま|切:き"),
])
def test_split_compounds_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("neighborhood"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
