"""Readings found wrong in our own sentences in the style of medicine leaflets (用法・用量, 使用上の注意),
pharmacy notices and hospital notices (外来, 初診, 再診, 休診日, 入院, 病棟): 当薬局 split as 当薬|局
(とうやっきょく), the prefix 再来 of a returning patient (再来受付機 さいらい), 耳痛 split (じつう), 眼 before a
Sino-Japanese term (眼軟膏 がん), a bottle counted (一瓶 ひとびん), wings of a building taken for surnames
(北館 きたかん, 西館 にしかん), 予約外の方 as people (かた), 科 read as the archaic とが (どの科を か), and a
rough span of use (五、六日服用しても ごろくにち). Each
rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/medicine_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("当薬局ではお薬手帳の持参をお願いしております。", "当薬:とうやっ|局:きょく"),
    ("当薬局は年中無休です。", "当:とう|薬局:やっきょく"),  # cut 当|薬局 by Sudachi itself
    ("当薬を煎じて飲みます。", "当薬:とうやく"),  # the herb
])
def test_this_pharmacy(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("再診の方は再来受付機で受付をしてください。", "再来:さいらい|受付:うけつけ|機:き"),
    ("再来予約の変更は予約センターで承ります。", "再来:さいらい|予約:よやく"),
    ("再来患者の方は診察券を通してください。", "再来:さいらい|患者:かんじゃ"),
    ("再来の予約をお取りします。", "再来:さいらい"),  # Sudachi's own noun
    ("再来週の火曜日に来てください。", "再来週:さらいしゅう"),  # the week after next
    ("再来年度から制度が変わります。", "再来:さらい|年度:ねんど"),
])
def test_returning_patient(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("頭痛、歯痛、耳痛、関節痛に。", "耳:じ|痛:つう"),
    ("耳痛、耳鳴り、難聴の症状がある方は受診してください。", "耳:じ|痛:つう|耳鳴:みみな"),
    ("耳が痛い話です。", "耳:みみ|痛:いた"),
])
def test_earache(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("眼軟膏は点眼薬の後に使用します。", "眼:がん|軟膏:なんこう"),
    ("眼疾患の治療中の方は医師に相談してください。", "眼:がん|疾患:しっかん"),
    ("眼症状があらわれた場合は受診してください。", "眼:がん|症状:しょうじょう"),
    ("眼の疲れに効く目薬です。", "眼:め|疲:つか"),  # before a particle
    ("眼を閉じて休みましょう。", "眼:め|閉:と"),
    ("眼鏡を外してください。", "眼鏡:めがね"),  # the lexicon's
])
def test_eye_terms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一瓶で約一か月分です。", "一:ひと|瓶:びん"),
    ("一瓶百二十錠入りです。", "一:ひと|瓶:びん"),
    ("空き瓶は回収します。", "瓶:びん"),
    ("一本使い切りタイプです。", "一本:いっぽん"),
])
def test_bottle_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("病棟は北館と南館に分かれています。", "北館:きたかん|南館:みなみかん"),
    ("北館一階に救急外来があります。", "北館:きたかん|一階:いっかい"),
    ("西館二階は健診センターです。", "西館:にしかん|二階:にかい"),
    ("北館さんが来ました。", "北館:きただて"),  # the surname before an honorific
    ("北館の住民が集まった。", "北館:きただて"),  # nothing about a building
])
def test_wing_of_a_building(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("予約外の方は十時までに受付をお済ませください。", "外:がい|方:かた"),
    ("市外の方もご利用いただけます。", "外:がい|方:かた"),
    ("予約外の方が待ち時間が長くなります。", "外:がい|方:ほう"),  # a comparison
    ("外の方が涼しいです。", "外:そと|方:ほう"),  # outside: a direction
    ("窓の外の方を見ました。", "外:そと|方:ほう"),
])
def test_people_not_in_a_group(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("どの科を受診すればよいかわからない場合はお尋ねください。", "科:か|受診:じゅしん"),
    ("別の科に移ることになりました。", "別:べつ|科:か"),
    ("何科に行けばいいですか。", "何:なん|科:か"),
    ("イヌ科の動物です。", "科:か"),
])
def test_department(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("五、六日服用しても症状がよくならない場合は受診してください。", "五:ご|六日:ろくにち|服用:ふくよう"),
    ("症状が五、六日続く場合は医師に相談してください。", "五:ご|六日:ろくにち|続:つづ"),
    ("二、三日分の薬をお出しします。", "二:に|三日:さんにち|分:ぶん"),
    ("二、三日様子を見てください。", "二:に|三日:さんにち|様子:ようす"),
    ("八月五、六日服用した薬です。", "五:ご|六日:むいか"),  # after a month: dates
])
def test_rough_span_of_use(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("medicine"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
