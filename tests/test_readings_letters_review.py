"""Readings found wrong in our own sentences in the style of letters and formal correspondence (拝啓 …
敬具, business letters, invitations and replies, notices of a move, a transfer or a price change,
thank-you and apology letters, New Year and seasonal cards, mourning notices): 殿 after an addressee's
title (総務課長殿, 人事部長　殿 どの), 御 before a cut 社 word (御社内, 御社倉庫 おん), 来る before a date
(来る四月一日 きたる), 百名 as a count (定員　百名 ひゃくめい), (ご)丁重なる cut 丁|重なる (ていちょう), 間 as a
banquet room (孔雀の間 ま), a season word before の候 read as a name or cut (清秋 せいしゅう, 秋|暑 しゅうしょ),
外 before 一同 (ほか), 社長室長殿 (ちょうどの), 粗供養 (そくよう), 方 after respected people (先生方 がた) and
私儀 (わたくしぎ). Each rule is also checked
where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/letters_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("総務課長殿", "総務課:そうむか|長:ちょう|殿:どの"),  # not the surname 長殿 ながとの
    ("営業部長殿", "長:ちょう|殿:どの"),
    ("校長殿", "校長:こうちょう|殿:どの"),
    ("担当者殿", "担当者:たんとうしゃ|殿:どの"),
    ("取締役殿", "殿:どの"),
    ("申請人殿", "人:にん|殿:どの"),
    ("人事部長　殿", "長:ちょう|殿:どの"),  # alone at the end of an address line
    ("山田様　殿", "殿:どの"),
    ("「殿」は目上の人には使わないのが一般的です。", "殿:どの"),  # the honorific, quoted
    ("山田太郎殿", "太郎:たろう|殿:どの"),  # Sudachi's own
    ("殿にお仕えする", "殿:との"),  # the lord
    ("殿の御成りです。", "殿:との"),
    ("「殿」と呼ばれた武将", "殿:との"),  # quoted, but no addressing about
    ("大広間　殿", "殿:との"),  # no title before the space
    ("大仏殿を拝観しました。", "大仏殿:だいぶつでん"),  # a hall
])
def test_honorific_dono(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("納品場所　御社倉庫", "御:おん|社倉:しゃそう|庫:こ"),
    ("御社内でご検討ください。", "御:おん|社内:しゃない"),
    ("御社名をご記入ください。", "御:おん|社名:しゃめい"),
    ("御社の製品", "御社:おんしゃ"),  # Sudachi's own
    ("御社殿の修復が終わりました。", "御:ご|社殿:しゃでん"),  # a shrine's hall
    ("神社の御社内", "御:ご"),  # about a shrine: left alone
])
def test_your_company(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("弊社では来る四月一日より、大阪支店を開設いたします。", "来:きた|四月:しがつ|一日:ついたち"),
    ("来る十日に総会を開きます。", "来:きた|十日:とおか"),
    ("来る五月十日に総会を開催します。", "来:きた|五月:ごがつ"),
    ("春が来る。", "春:はる|来:く"),  # the verb
    ("明日は誰も来る予定がない。", "来:く"),
    ("バスが来る五分前に着いた。", "来:く"),  # after が: the verb, and no date
    ("日本に来る三日前に連絡しました。", "来:く|三日:みっか"),  # after に, before a span: the verb
    ("来る日も来る日も雨でした。", "来:く"),
])
def test_coming_date(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("定員　百名（先着順）", "百名:ひゃくめい"),
    ("百名の参加がありました。", "百名:ひゃくめい"),
    ("二百名が参加しました。", "二百名:にひゃくめい"),
    ("百名さんにお会いしました。", "百名:ももな"),  # the surname before an honorific
])
def test_hundred_people(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ご丁重なるご弔意を賜りました。", "丁:てい|重:ちょう|弔意:ちょうい"),
    ("丁重なお手紙をいただきました。", "丁重:ていちょう"),  # Sudachi's own
    ("豆腐が二丁重なる。", "二丁:にちょう|重:かさ"),  # a counter and the verb
])
def test_courteous(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("会場　帝国ホテル　孔雀の間", "孔雀:くじゃく|間:ま"),
    ("場所　ホテルニューオータニ　鶴の間", "鶴:つる|間:ま"),
    ("披露宴は鳳凰の間にて行います。", "鳳凰:ほうおう|間:ま"),
    ("会場は二階の松の間です。", "松:まつ|間:ま"),
    ("松の間に月が見える。", "松:まつ|間:あいだ"),  # no venue: between
    ("会場は松と竹の間にあります。", "竹:たけ|間:あいだ"),  # と pairs two things
    ("二人の間に沈黙が流れた。", "間:あいだ"),
])
def test_banquet_room(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("拝啓　清秋の候、皆様にはお変わりなくお過ごしのことと存じます。", "清秋:せいしゅう|候:こう"),  # not きよあき
    ("盛秋の候", "盛秋:せいしゅう"),
    ("清夏の候", "清夏:せいか"),
    ("拝啓　秋暑の候、", "秋:しゅう|暑:しょ|候:こう"),  # cut in two
    ("拝啓　向夏の候、", "向:こう|夏:か|候:こう"),
    ("晴秋の候", "晴:はれ|秋:あき"),  # the other half is kun-read: left alone
    ("若葉の候", "若葉:わかば"),  # a common noun: Sudachi's own
    ("立秋の候", "立秋:りっしゅう"),
    ("清秋さんに手紙を書きました。", "清秋:きよあき"),  # a name
    ("秋の候", "秋:あき"),  # one kanji alone
])
def test_season_greeting(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("外一同", "外:ほか|一同:いちどう"),
    ("山田太郎　外一同", "太郎:たろう|外:ほか"),
    ("佐藤一郎外三名", "外:ほか|三名:さんめい"),
    ("外二名が出席します。", "外:ほか"),
    ("家の外一面に雪が積もった。", "外:そと"),  # outside
    ("外は雨です。", "外:そと"),
])
def test_and_others(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("社長室長殿", "社長室:しゃちょうしつ|長殿:ちょうどの"),
    ("長殿さんにお会いしました。", "長殿:ながとの"),  # the surname
    ("粗供養の品をお送りします。", "粗:そ|供養:くよう"),
    ("粗挽きの胡椒を使います。", "粗挽:あらび"),
])
def test_title_and_humble(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お世話になった先生方へ手紙を書きました。", "先生:せんせい|方:がた"),
    ("諸先生方のご指導に感謝いたします。", "先生:せんせい|方:がた"),
    ("皆様方のご健康をお祈りします。", "様:さま|方:がた"),
    ("奥様方にもよろしくお伝えください。", "奥様:おくさま|方:がた"),
    ("ご父兄方へのお知らせ", "父兄:ふけい|方:がた"),
    ("鈴木様方　田中花子様", "鈴木:すずき|様:さま|方:かた"),  # care of, in an address
    ("母方の祖母に手紙を書いた。", "母方:ははかた"),  # a side of the family
    ("先生の方が詳しいです。", "方:ほう"),  # a comparison after の
])
def test_respected_plural(text, expected):
    assert expected in readings(text)


def test_watakushigi():
    assert "私儀:わたくしぎ" in readings("私儀このたび定年退職いたしました。")


@pytest.mark.parametrize("text,expected", genre_cases("letters"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
