"""Readings found wrong in our own sentences in the style of property listings, money blogs, FAQ pages
and city, bank and post-office notices: 引き落とし日 (び), 変動型 (がた), 三十坪 (さんじゅうつぼ), 前家賃
(まえ), rooms and mats (一部屋 ひとへや, 四畳半 よじょうはん, 六畳間 ろくじょうま, 四畳半一間 ひとま, 二間続き
ふた), 築古 (ふる), 偶数月 (ぐうすうづき), 時々 (ときどき), 次の方、どうぞ and 同一世帯の方 (かた), 鉄筋コンクリート造
(ぞう), 入居可能日 (び), 築年月 (げつ), 畳の縁 (へり), 引き渡し時 (じ), 上物 (うわもの), and 行って after a
compound procedure (印鑑登録は…窓口で行って おこなって). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/household_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings, uncertain


@pytest.mark.parametrize("text,expected", [
    ("家賃は引き落とし日の前日までに入金してください。", "引:ひ|落:お|日:び"),
    ("振り込み日は毎月二十五日です。", "振:ふ|込:こ|日:び"),
    ("引き渡し日が決まりました。", "渡:わた|日:び"),
    ("受け取り日を指定できます。", "取:と|日:び"),
    ("ゴミ出し日と振り替え日を確認しました。", "日:び|振:ふ|替:か|日:び"),
    ("雨の日は外に出ません。", "雨:あめ|日:ひ"),  # after a particle
    ("この日は休みです。", "日:ひ"),
    ("寒い日が続きます。", "寒:さむ|日:ひ"),  # after an adjective
])
def test_day_fixed_for_a_payment(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("住宅ローンの金利は変動型を選びました。", "変動:へんどう|型:がた"),
    ("固定型と変動型を比べました。", "型:がた"),
    ("A型の血液です。", "型:がた"),
    ("典型的な間取りです。", "典型的:てんけいてき"),  # a word the lexicon knows whole
])
def test_type_after_a_noun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("土地は三十坪です。", "三十坪:さんじゅうつぼ"),
    ("三十坪の土地に家を建てた。", "三十坪:さんじゅうつぼ"),
    ("二十坪と四十坪の区画があります。", "二十坪:にじゅうつぼ|四十坪:よんじゅうつぼ"),
    ("一坪の菜園です。", "一坪:ひとつぼ"),
])
def test_tsubo(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前家賃として二ヶ月分を支払いました。", "前:まえ|家賃:やちん"),
    ("前住所と新住所を書いてください。", "前:ぜん|住所:じゅうしょ"),  # "the previous"
    ("前年度の所得で計算します。", "前年度:ぜんねんど"),
])
def test_rent_in_advance(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("和室と洋室が一部屋ずつあります。", "一部屋:ひとへや"),
    ("ワンルームで一部屋だけです。", "一部屋:ひとへや"),
    ("六帖の洋室が二部屋あります。", "二部屋:ふたへや"),
    ("四畳半の部屋は書斎にしています。", "四畳半:よじょうはん"),
    ("四畳の納戸と四帖の書斎です。", "四畳:よじょう|納戸:なんど|四帖:よじょう"),
    ("六畳間と八畳間があります。", "六畳間:ろくじょうま|八畳間:はちじょうま"),
    ("四畳半一間のアパートで学生時代を過ごしました。", "四畳半:よじょうはん|一:ひと|間:ま"),
    ("六畳二間の借家です。", "六畳:ろくじょう|二:ふた|間:ま"),
    ("二間続きの和室です。", "二:ふた|間続:まつづ"),
    ("四時に四人で会った。", "四時:よじ|四人:よにん"),  # other counters keep their own 4
    ("家族四人で四階に住む。", "四階:よんかい"),
    ("四畳半の間を通り抜ける。", "間:あいだ"),  # after の: not a room counter
    ("押し入れの幅は一間半です。", "半:はん"),  # a length, no mat size before it
])
def test_rooms_and_mats(text, expected):
    assert expected in readings(text)


def test_length_of_one_ken_is_not_a_room():
    assert by_word("押し入れの幅は一間半です。").get("一") != "ひと"


@pytest.mark.parametrize("text,expected", [
    ("築古の物件をDIYで直して住んでいます。", "築:ちく|古:ふる"),
    ("築浅の物件です。", "築:ちく|浅:あさ"),
    ("古の都をしのぶ。", "古:いにしえ"),  # not after 築
])
def test_old_building(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("年金は偶数月の十五日に振り込まれます。", "偶:ぐう|数:すう|月:づき"),
    ("奇数月に請求が来ます。", "奇数:きすう|月:づき"),
    ("奇数の部屋番号は三月に点検します。", "奇数:きすう|部屋番号:へやばんごう|三月:さんがつ"),  # not glued
    ("偶然、同じ口座番号でした。", "偶然:ぐうぜん"),
])
def test_even_months(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("休眠口座にならないよう時々入金しています。", "時々:ときどき"),
    ("時々雨が降る。", "時々:ときどき"),
    ("相場は時々刻々と変わる。", "時々:じじ|刻々:こっこく"),
])
def test_now_and_then(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("次の方、どうぞ。", "次:つぎ|方:かた"),
    ("お待ちの方どうぞ。", "方:かた"),
    ("次の方が安いです。", "方:ほう"),  # "this one rather than that"
    ("こちらの方、どうかしましたか。", "方:ほう"),
])
def test_next_please(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text", [
    "印鑑登録は本人が窓口で行ってください。",
    "住所変更は窓口で行ってください。",
    "転入届は新住所の市役所で行ってください。",
    "名義変更の手続きは窓口で行ってください。",
])
def test_procedure_compound_is_carried_out(text):
    assert by_word(text)["行"] == "おこな"


@pytest.mark.parametrize("text", [
    "印鑑登録が済んだので、銀行へ行ってきた。",  # a new clause, and へ
    "住所変更は済ませたので、役所には行っていない。",
    "転居のあと、新しい市役所へ行ってきました。",
])
def test_going_stays_iku(text):
    assert by_word(text)["行"] == "い"


def test_procedure_compound_to_a_place_is_uncertain():
    text = "住所変更の請求は選挙管理委員会に行ってください。"
    assert by_word(text)["行"] == "おこな" and uncertain(text, "行")


@pytest.mark.parametrize("text,expected", [
    ("構造：鉄筋コンクリート造、地上5階建て", "鉄筋:てっきん|造:ぞう"),
    ("RC造とSRC造の違いを説明します。", "造:ぞう|造:ぞう"),
    ("鉄骨造の二階建てです。", "鉄骨造:てっこつぞう"),
    ("寝殿造の屋敷を復元した。", "寝殿造:しんでんづくり"),  # a style's name
])
def test_building_structure(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("入居可能日：即入居可", "入居:にゅうきょ|可能:かのう|日:び"),
    ("引渡可能日は来月十日です。", "可能:かのう|日:び"),
    ("築年月：2015年3月", "築年:ちくねん|月:げつ"),
    ("長い年月がたった。", "年月:としつき"),
    ("2015年3月に完成した。", "年:ねん|月:がつ"),  # a date: numbers.py reads it
])
def test_listing_dates(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("住民票の写しは、本人または同一世帯の方が請求できます。", "同一世帯:どういつせたい|方:かた"),
    ("代理人の方は委任状をお持ちください。", "代理人:だいりにん|方:かた"),
    ("駅の方へ歩きます。", "駅:えき|方:ほう"),  # a direction
    ("賃貸より持ち家の方が得だ。", "家:いえ|方:ほう"),  # a comparison
])
def test_person_called_kata(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("畳の縁は踏まないようにしましょう。", "畳:たたみ|縁:へり"),
    ("琉球畳は縁がないのが特徴です。", "畳:たたみ|縁:へり"),
    ("畳の部屋でご縁を感じた。", "縁:えん"),  # ご縁: a bond
    ("不思議な縁で知り合った。", "縁:えん"),
])
def test_tatami_edge(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("残金は引き渡し時に支払います。", "渡:わた|時:じ"),
    ("申し込み時の注意事項をお読みください。", "込:こ|時:じ"),
    ("今が買い替え時です。", "替:か|時:とき"),  # after a verb, before です: not "at the time of"
    ("寝る時に読む本です。", "寝:ね|時:とき"),
])
def test_at_the_time_of(text, expected):
    assert expected in readings(text)


def test_time_of_day_is_not_at_the_time_of():
    assert by_word("夕暮れ時の海岸線はとてもロマンチックでした。")["時"] != "じ"  # ゆうぐれどき


@pytest.mark.parametrize("text,expected", [
    ("上物付きの土地を購入して建て替えました。", "上物:うわもの"),
    ("上物を解体して更地にします。", "上物:うわもの"),
    ("上物は築四十年の木造です。", "上物:うわもの"),
    ("上物のワインをいただきました。", "上物:じょうもの"),  # first-rate goods
])
def test_building_on_a_plot(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("household"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
