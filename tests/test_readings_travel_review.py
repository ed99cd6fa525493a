"""Readings found wrong in our own sentences in the style of hotel, ryokan and onsen pages and guests'
reviews, sightseeing and temple guides, transport guides and restaurant reviews: 狩り glued after a fruit
or a mushroom (ぶどう狩り がり), 地 before a katakana drink (地ビール じ), 棟 glued after a noun (シャワー棟
とう), 太 before a noun (太麺 ふと), 便 after 交通の (べん) and glued after a noun (臨時便 びん), 市場 as a market
hall (海鮮市場 いちば), 玉 counting noodles (一玉 ひとたま), 下り before a train (くだり), 盛 after a portion size
(並盛 もり), 三種 before a dish (さんしゅ), 粥 after a noun (温泉粥 がゆ), 羽田 as the airport (羽田行き はねだ), 一組
and 二組 of guests (ひと, ふた), お札 at a shrine (ふだ), and a
lexicon compound's ー spelled as a kanji reading (水餃子 すいぎょうざ). Each rule is also checked where it must not
fire.

The genre's sentences with the readings a careful editor checked are in fixtures/travel_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("ぶどう狩りで袋いっぱいに摘みました。", "狩:が"),
    ("果物狩りは予約が必要です。", "果物:くだもの|狩:が"),
    ("秋はキノコ狩りが楽しめます。", "狩:が"),
    ("みかん狩りは十一月までです。", "狩:が"),
    ("いちご狩りは三十分食べ放題です。", "狩:が"),  # the lexicon's own
    ("ライオンは群れで狩りをします。", "狩:か"),  # after a particle: hunting
    ("狩りの季節が始まりました。", "狩:か"),
])
def test_picking_outing_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("地ビールの醸造所を見学しました。", "地:じ"),
    ("地元の地ワインを飲み比べました。", "地元:じもと|地:じ"),
    ("地サイダーをお土産に買いました。", "地:じ"),
    ("地デジの放送が始まりました。", "地:ち"),  # no local produce
    ("地酒と地魚を楽しめます。", "地酒:じざけ|地魚:じざかな"),
])
def test_local_drink(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("キャンプ場にはシャワー棟があります。", "棟:とう"),
    ("受付は管理棟でお願いします。", "管理:かんり|棟:とう"),
    ("本館棟と別館の間に中庭があります。", "本館:ほんかん|棟:とう"),
    ("宿泊棟は三棟あります。", "三棟:さんとう"),  # a number: the counter's
    ("屋根の棟に鳥がとまっていました。", "棟:むね"),  # after a particle: the ridge
])
def test_building_of_a_site(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("麺は細麺と太麺から選べます。", "細:ほそ|麺:めん|太:ふと|麺:めん"),
    ("太麺に濃厚なスープがよく絡みます。", "太:ふと"),  # Sudachi's adjective stem here: kept
    ("太さんが案内してくれました。", "太:ふとし"),  # a given name before an honorific
])
def test_thick_noodles(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("交通の便が良いので観光の拠点になります。", "交通:こうつう|便:べん"),
    ("駅からのアクセスの便が悪いのが難点です。", "便:べん"),
    ("台風の影響で臨時便が出ることもあります。", "臨時:りんじ|便:びん"),  # a service, not stool
    ("午後の便で那覇に向かいました。", "午後:ごご|便:びん"),
    ("赤ちゃんの便の色が気になります。", "便:べん"),  # care.py's stool
])
def test_convenience_and_services(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("港の近くに海鮮市場があります。", "海鮮:かいせん|市場:いちば"),
    ("市場の二階に食堂があり、朝から営業しています。", "市場:いちば"),
    ("市場で干物を買いました。", "市場:いちば"),
    ("観光客向けの市場ですが、地元の人も買い物に来ます。", "市場:いちば"),
    ("市場の朝は早く、四時にはセリが始まります。", "市場:いちば"),
    ("青空市場で野菜を買いました。", "青空:あおぞら|市場:いちば"),
    ("市場の動向を注視します。", "市場:しじょう"),  # economics
    ("国内市場の規模は年々拡大しています。", "国内市場:こくないしじょう"),
    ("株式市場が下落しました。", "株式市場:かぶしきしじょう"),
    ("市場の価格が上がり、海鮮丼も値上げしました。", "市場:しじょう"),  # prices: left to the analyser
])
def test_market_hall(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("羽田行きの最終便に間に合いました。", "羽田:はねだ|行:い"),
    ("羽田発の便で帰りました。", "羽田:はねだ|発:はつ"),
    ("羽田から那覇へ飛びました。", "羽田:はねだ|那覇:なは"),
    ("羽田さんに会いました。", "羽田:はた"),  # the surname before an honorific
    ("羽田孜元首相が空港を視察した。", "羽田:はた|孜:つとむ"),  # before a given name
])
def test_haneda_airport(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上り列車と下り列車の両方が停まります。", "上:のぼ|列車:れっしゃ|下:くだ|列車:れっしゃ"),
    ("下り電車は十分おきに来ます。", "下:くだ|電車:でんしゃ"),  # already くだり in Sudachi here
    ("電車を下りホームへ向かいました。", "電車:でんしゃ|下:お"),  # after を: getting off
    ("階段を下り、改札を出ました。", "階段:かいだん|下:お"),
])
def test_outbound_train(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("並盛でも十分な量でした。", "並:なみ|盛:もり"),
    ("牛丼の並盛とみそ汁を頼みました。", "並:なみ|盛:もり"),  # already right: Sudachi's noun
    ("商売が盛んな町です。", "盛:さか"),
])
def test_portion_size(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お造りは三種盛りでした。", "三種:さんしゅ|盛:も"),
    ("前菜は二種盛りでした。", "二種:にしゅ|盛:も"),  # a number and its counter: numbers.py reads it
])
def test_kinds_of_dishes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("朝食に出た温泉粥がやさしい味でした。", "温泉:おんせん|粥:がゆ"),
    ("七草粥を食べました。", "七草粥:ななくさがゆ"),
    ("お粥を食べました。", "粥:かゆ"),
])
def test_rice_porridge(text, expected):
    assert expected in readings(text)


def test_lexicon_compound_spelled_as_kanji_read():
    assert "水餃子:すいぎょうざ" in readings("焼き餃子と水餃子を頼みました。")
    assert "餃子:ぎょうざ" in readings("餃子は一人前六個です。")


@pytest.mark.parametrize("text,expected", [
    ("貸切風呂は一組五十分制です。", "一:ひと|組:くみ"),
    ("二組の家族が泊まっていました。", "二:ふた|組:くみ"),
    ("三年二組の教室です。", "三年:さんねん|二:に|組:くみ"),  # a school class
    ("一日三組限定の宿です。", "三:さん|組:くみ"),
])
def test_parties_of_guests(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("境内の授与所でお札をいただきました。", "札:ふだ"),
    ("神社でお札とお守りを買いました。", "神社:じんじゃ|札:ふだ"),
    ("お札を財布に入れました。", "札:さつ"),  # a banknote
    ("お寺の売店でお札を両替してもらいました。", "札:さつ"),
])
def test_shrine_talisman(text, expected):
    assert expected in readings(text)


def test_noodle_balls():
    assert by_word("替え玉は一玉百円です。")["一玉"] == "ひとたま"
    assert by_word("特盛りは麺が二玉分です。")["二玉"] == "ふたたま"
    assert by_word("替え玉を頼みました。")["替"] == "か"
    assert "十円玉:じゅうえんだま" in readings("十円玉が一つ。")  # a coin


@pytest.mark.parametrize("text,expected", genre_cases("travel"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
