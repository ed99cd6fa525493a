"""Readings found wrong in our own sentences in the style of NHK news (regular and easy news) on
politics, elections, local government, the economy, wages, markets, trade and diplomacy: 〜高 as an
amount after a noun of trade or stock (輸出高, 外貨準備高 だか), 一 glued before a one-kanji noun (一極集中
いっきょく, 一党独裁 いっとう), 露 as Russia in a headline naming another country (米、露に追加制裁 ろ), 値
before 下げる/上げる in a market report (銘柄が値を下げた ね), the electoral districts 1人区 and 2人区
(いちにん, ににん), a lone 米 near an ally's dealings (米は同盟国に防衛費の増額を求めた べい), and digits
inside one word (第1子 だい|し, not だ|いいっし). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/politics_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings, spans


@pytest.mark.parametrize("text,expected", [
    ("輸出高は過去最高となりました。", "輸出:ゆしゅつ|高:だか"),
    ("受注高は3割増えました。", "受注:じゅちゅう|高:だか"),
    ("外貨準備高は1兆2000億ドル余りです。", "準備:じゅんび|高:だか"),
    ("今年の米の収穫高は平年並みです。", "収穫:しゅうかく|高:だか"),
    ("資源高が続く。", "資源:しげん|高:だか"),  # the rule it joins: a price rise
    ("工業高の生徒が表彰された。", "工業:こうぎょう|高:こう"),  # a high school
    ("付属高に進学した。", "付属:ふぞく|高:こう"),
])
def test_amount_of_trade_or_stock(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("東京一極集中の是正が課題です。", "一:いっ|極:きょく|集中:しゅうちゅう"),
    ("一極集中が続いています。", "一:いっ|極:きょく"),
    ("一党独裁の体制が続いています。", "一:いっ|党:とう|独裁:どくさい"),
    ("第一党の座を守りました。", "第:だい|一:いっ|党:とう"),
    ("一対の屏風が見つかった。", "一:いっ|対:つい"),  # a pair: いっつい (heritage.py)
    ("一審判決を支持した。", "一:いっ|審:しん"),  # the older rule it widens
    ("一対一で話し合った。", "一:いち|対:たい|一:いち"),  # a numeral follows: one against one
    ("一日中雨だった。", "一:いち|日中:にちじゅう"),
    ("一部の地域で停電した。", "一部:いちぶ"),
])
def test_one_glued_before_a_one_kanji_noun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("米、露に追加制裁", "米:べい|露:ろ|追加:ついか"),
    ("英が露を非難", "英:えい|露:ろ|非難:ひなん"),
    ("露わになった本音に驚いた。", "露:あら|本音:ほんね"),  # the adjective, written with わ
])
def test_russia_in_a_headline(text, expected):
    assert expected in readings(text)


def test_russia_not_before_wa():
    # 露わ (with its okurigana) is the adjective even in a headline naming a country
    assert ("露", "あら") in spans("米政府、不満を露わに")
    assert "露:ろ" not in readings("その表情は怒りを露わにしていた。")


@pytest.mark.parametrize("text,expected", [
    ("半導体関連の銘柄が値を下げました。", "銘柄:めいがら|値:ね|下:さ"),
    ("株価は朝方から値を上げた。", "値:ね|上:あ"),
    ("変数の値を上げる処理です。", "値:あたい"),  # no market word: a value
    ("血糖値の値を下げる薬を飲む。", "値:あたい"),
])
def test_price_goes_up_or_down_in_a_market(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("1人区で野党が12勝しました。", "人:にん|区:く|野党:やとう"),
    ("2人区の結果です。", "人:にん|区:く"),
    ("一人区で野党が勝った。", "一人:いちにん|区:く"),
    ("3人区と4人区に集中しています。", "人:にん|区:く|4人:よにん|区:く"),
    ("1人で区役所へ行った。", "1人:ひとり|区役所:くやくしょ"),  # not glued to 区
    ("1人あたり3万円です。", "1人:ひとり"),
    ("閣僚1人が辞任しました。", "1人:ひとり"),
    ("副知事2人の選任に同意しました。", "2人:ふたり"),
])
def test_electoral_district_of_one_or_two(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("第1子の出産で一時金が支給されます。", "第:だい|子:し"),
    ("第2子が生まれた世帯も対象です。", "第:だい|子:し"),
    ("第3子以降は月3万円に増額されます。", "第:だい|子:し|以降:いこう"),
    ("第4子が生まれた。", "第:だい|子:し"),
    ("第9条の改正", "第:だい|条:じょう"),  # separate tokens: unchanged
    ("JR東海の新幹線", "東海:とうかい"),  # letters are still read by name
])
def test_digits_inside_a_word(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("米は同盟国に防衛費の増額を求めています。", "米:べい"),
    ("米は防衛費の増額を日本に求めた。", "米:べい"),
    ("米を作る農家が減っている。", "米:こめ"),  # a rice word near: rice
    ("米の値段が上がった。", "米:こめ"),
])
def test_us_with_an_ally_s_dealings(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("politics"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
