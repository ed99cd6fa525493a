"""Readings found wrong in our own sentences in the style of horoscopes, omikuji, calendar and almanac
pages (六曜, 九星, 干支, 二十四節気, 雑節) and seasonal-custom articles: 末吉 as the omikuji rank (すえきち),
the nine stars 二黒土星, 五黄土星, 八白土星 (じこく…せい, はっぱく…せい), 本命星 and 月命星 (せい, げつめい), 吉方位
(きっぽう), 一粒万倍日 (いちりゅうまんばいび), 四柱推命 (しちゅう), 月星座 (つき), 十二直 (ちょく), 二十八宿
(にじゅうはっしゅく), the solar terms 雨水, 小雪, 大雪 (うすい, しょうせつ, たいせつ), 子 and 刻 of the zodiac
(子、丑 ね, 丑の刻 こく), the ten stems listed (己 き, 庚 こう), 己巳の日 (つちのとみ), 仏も滅する (ほとけ), 中宮
(ちゅうぐう) and 八十|八日目 (はちじゅうはちにちめ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/fortune_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("小吉と末吉はどちらが良いのでしょうか。", "末吉:すえきち"),
    ("おみくじで末吉が出ました。", "末吉:すえきち"),
    ("末吉は「これから運が開ける」という意味です。", "末吉:すえきち"),
    ("末吉さんは営業部の課長です。", "末吉:すえよし"),  # the surname before an honorific
    ("末吉が会議で発言した。", "末吉:すえよし"),  # no omikuji nor luck about
])
def test_omikuji_rank(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二黒土星の方は地道な努力が報われる年です。", "二:じ|黒土:こくど|星:せい"),
    ("五黄土星は九星の中心に位置します。", "五:ご|黄土:おうど|星:せい"),
    ("八白土星は変化の年になりそうです。", "八:はっ|白土:ぱくど|星:せい"),
    ("本命星と月命星を調べてみました。", "本命:ほんめい|星:せい|月:げつ|命:めい|星:せい"),
    ("黄土色の壁が印象的です。", "黄土色:おうどいろ"),  # no star
    ("五つ星のホテルに泊まりました。", "星:ぼし"),
    ("生まれた月から運勢がわかります。", "月:つき"),
])
def test_nine_stars(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("六白金星の今年の吉方位は東です。", "吉方:きっぽう|位:い"),
    ("来年の吉方位をチェックしましょう。", "吉方:きっぽう"),
    ("今年の恵方は南南東です。", "恵方:えほう"),
])
def test_lucky_direction(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一粒万倍日と天赦日が重なる日です。", "一粒万倍日:いちりゅうまんばいび"),
    ("米一粒も無駄にしない。", "一粒:ひとつぶ"),  # grains
    ("六曜のほかに十二直や二十八宿もあります。", "十二:じゅうに|直:ちょく|二十八宿:にじゅうはっしゅく"),
    ("二十八に分けたものです。", "二十八:にじゅうはち"),
    ("四柱推命で運命を読み解きます。", "四:し|柱:ちゅう|推命:すいめい"),
    ("四本の柱が屋根を支えます。", "柱:はしら"),
    ("月星座も合わせてチェックしてみてください。", "月:つき|星座:せいざ"),
])
def test_almanac_terms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二十四節気は立春、雨水、啓蟄、春分と続きます。", "立春:りっしゅん|雨水:うすい|啓蟄:けいちつ"),
    ("立冬、小雪、大雪、冬至と季節は移ります。", "小雪:しょうせつ|大雪:たいせつ"),
    ("二十四節気の雨水は二月十九日ごろです。", "雨水:うすい"),
    ("明日は大雪の恐れがあります。", "大雪:おおゆき"),  # weather
    ("雨水タンクに雨水をためています。", "雨水:あまみず|雨水:あまみず"),
    ("小雪ちゃんが遊びに来ました。", "小雪:こゆき"),
])
def test_solar_terms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("十二支は子、丑、寅、卯です。", "子:ね|丑:うし"),
    ("子の刻は午後十一時から午前一時までです。", "子:ね|刻:こく"),
    ("丑の刻参りの言い伝えがあります。", "丑:うし|刻:こく"),
    ("子どもの成長を祝います。", "子:こ"),
    ("十干は甲、乙、丙、丁、戊、己、庚、辛、壬、癸です。",
     "甲:こう|乙:おつ|丙:へい|丁:てい|戊:ぼ|己:き|庚:こう|辛:しん|壬:じん|癸:き"),
    ("己を知ることが大切です。", "己:おのれ"),  # a single 己
    ("己巳の日は六十日に一度巡ってきます。", "己巳:つちのとみ|日:ひ"),
])
def test_zodiac_and_stems(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("仏滅は「仏も滅するほどの凶日」という意味です。", "仏:ほとけ"),
    ("英国も仏も反対しました。", "仏:ふつ"),  # France, no 仏滅 about
])
def test_buddha(text, expected):
    assert expected in readings(text)


def test_centre_of_the_nine_stars():
    assert by_word("今年は二黒土星が中宮に入ります。")["中宮"] == "ちゅうぐう"  # not Sudachi's ちゅうぐうの


def test_number_cut_after_its_tens():
    assert by_word("八十八夜は立春から数えて八十八日目です。")["八十八日目"] == "はちじゅうはちにちめ"
    assert by_word("八十八歳の米寿を祝いました。")["八十八歳"] == "はちじゅうはっさい"


@pytest.mark.parametrize("text,expected", genre_cases("fortune"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
