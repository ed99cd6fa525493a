"""Readings found wrong in our own sentences in the style of hiking and climbing diaries, camping guides,
fishing reports and river and sea outings: 下り after a river and を (急流を下りました くだ), 網 after a kind of
net (タモ網 あみ), お鉢 (おはち), 船 after a native word (乗合船 ぶね), 大山 of Tanzawa (おおやま), 戸口 in a
place name (美濃戸口 とぐち), 峰 as a suffix (双耳峰 ほう), 泊まり after a noun (小屋泊まり どまり), 干し after
a way of drying (一夜干し ぼし), 竿頭 (さおがしら), 火口 as tinder (ほくち), 道脇 and 道沿い after a trail's name
(登山道脇 どうわき), 下山口 on a hike (げざんぐち), 降り of coming down (おり), テン場 (ば), 縁 of a crater or
walked along (ふち), the counters 束 and 張り (一束 ひとたば, 一張り ひとはり), 山女魚 (やまめ), and the slips
岩稜 (がんりょう) and 投げ釣り (なげづり). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/outdoor_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("ラフティングで急流を下りました。", "急流:きゅうりゅう|下:くだ"),
    ("カヌーで四万十川を下りました。", "川:がわ|下:くだ"),
    ("ボートで渓流を下りました。", "渓流:けいりゅう|下:くだ"),
    ("電車を下りました。", "電車:でんしゃ|下:お"),  # getting off
    ("山を下りました。", "山:やま|下:お"),  # coming down a mountain
    ("膝をテーピングで固定して下りました。", "下:お"),
])
def test_running_down_a_river(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("タモ網ですくい上げました。", "網:あみ"),
    ("玉網を用意しておきましょう。", "玉:たま|網:あみ"),
    ("虫取り網で蝶を捕まえました。", "網:あみ"),
    ("通信網が整備されました。", "通信網:つうしんもう"),  # a network
    ("ケーブル網を全国に広げます。", "網:もう"),
])
def test_hand_net(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お鉢巡りは一時間ほどかかります。", "鉢:はち|巡:めぐ"),
    ("とうとう私にお鉢が回ってきました。", "鉢:はち"),
    ("植木鉢を買いました。", "植木鉢:うえきばち"),  # a compound's own rendaku
])
def test_ohachi(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("乗合船は朝五時出船です。", "乗合:のりあい|船:ぶね"),
    ("手漕ぎ船で湖に出ました。", "船:ぶね"),
    ("救助船が到着しました。", "救助:きゅうじょ|船:せん"),  # after a Sino-Japanese word
    ("釣り船の予約をしました。", "釣:つ|船:ぶね"),
])
def test_native_boat(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("丹沢の大山は古くから信仰の山です。", "大山:おおやま"),
    ("大山阿夫利神社に参拝しました。", "大山:おおやま"),
    ("鳥取の大山に登りました。", "大山:だいせん"),  # the Tottori mountain
    ("大山さんが案内してくれました。", "大山:おおやま"),  # the surname
    ("大山鳴動して鼠一匹に終わりました。", "大山:たいざん|鳴動:めいどう"),  # the saying
])
def test_tanzawa_oyama(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("朝五時に美濃戸口の駐車場を出発しました。", "美濃:みの|戸口:とぐち"),
    ("戸口調査を行いました。", "戸口:ここう"),  # households and population
    ("戸口から顔を出しました。", "戸口:とぐち"),
])
def test_place_entrance(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("双耳峰の東峰と西峰を往復しました。", "双耳:そうじ|峰:ほう"),
    ("穂高の連峰が見えました。", "連峰:れんぽう"),
])
def test_peak_suffix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("小屋泊まりなので荷物は軽めです。", "小屋:こや|泊:ど"),
    ("テント泊まりの装備を見直しました。", "泊:ど"),
    ("素泊まりは一泊七千円です。", "素泊:すど"),
    ("今日は泊まりです。", "泊:と"),  # alone
    ("お泊まり会を開きました。", "泊:と"),  # after the prefix
])
def test_night_spent(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("魚を捌いて一夜干しにしました。", "一夜:いちや|干:ぼ"),
    ("アジの一夜干しを焼きました。", "干:ぼ"),
    ("物干しに洗濯物をかけました。", "物干:ものほ"),
])
def test_dried_fish(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("竿頭は三十二匹でした。", "竿頭:さおがしら"),
    ("本日の竿頭は二十匹でした。", "竿頭:さおがしら"),
    ("百尺竿頭一歩を進める。", "竿頭:かんとう"),  # the saying
])
def test_top_rod(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("麻ひもをほぐして火口にしました。", "火口:ほくち"),
    ("火打ち石で火花を飛ばし、火口に着火しました。", "火口:ほくち"),
    ("山頂の火口から噴煙が上がっています。", "火口:かこう"),  # a crater
    ("火口の縁を歩きました。", "火口:かこう|縁:ふち"),
])
def test_tinder(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("登山道脇にニッコウキスゲが咲いていました。", "登山:とざん|道脇:どうわき"),
    ("登山道沿いに山小屋があります。", "登山:とざん|道沿:どうぞ"),
    ("遊歩道脇のベンチで休みました。", "遊歩:ゆうほ|道脇:どうわき"),
    ("林道脇に車を停めました。", "林道:りんどう|脇:わき"),
])
def test_trail_side(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("縁を歩いて湖を一周しました。", "縁:ふち"),
    ("ご縁を大切にしています。", "縁:えん"),
])
def test_edge_walked(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二日目：小屋〜山頂〜分岐〜下山口", "下山口:げざんぐち"),
    ("下山口から林道を歩いてバス停へ向かいました。", "下山口:げざんぐち"),
    ("下山口駅で降りました。", "下山口駅:しもやまぐちえき"),  # the station
    ("下山口さんに会いました。", "下山口:しもやまぐち"),  # the surname
])
def test_trail_exit(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("下りは尻セードで一気に降りました。", "尻:しり|一気:いっき|降:お"),
    ("山頂から岩場を慎重に降りて行きました。", "降:お"),
    ("雨が一気に降りました。", "雨:あめ|一気:いっき|降:ふ"),  # rain falling
    ("下山中に雪が降りました。", "雪:ゆき|降:ふ"),
])
def test_coming_down(text, expected):
    assert expected in readings(text)


def test_tent_site_short():
    assert "場:ば" in readings("テン場に着いたのは十五時でした。")


def test_native_counters():
    assert by_word("薪を一束買いました。")["一束"] == "ひとたば"
    assert by_word("花を二束買いました。")["二束"] == "ふたたば"
    assert by_word("テント場は一張り二千円です。")["一張"] == "ひとは"
    assert by_word("テントを二張り張りました。")["二張"] == "ふたは"
    assert by_word("二束三文で売りました。")["二束三文"] == "にそくさんもん"


def test_fish_and_slips():
    assert "山女魚:やまめ" in readings("渓流には岩魚や山女魚が棲んでいます。")
    assert "岩稜:がんりょう" in readings("頂上直下の岩稜帯を慎重に進みました。")
    assert "投:な|釣:づ" in readings("キス釣りは投げ釣りの定番です。")


@pytest.mark.parametrize("text,expected", genre_cases("outdoor"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
