"""Readings found wrong in our own sentences in the style of travel guides, food magazines and
culture features: 風呂, 菓子, 染め and 漬け voiced after a noun (檜風呂 ぶろ, 砂糖菓子 がし, 友禅染め
ぞめ, 野沢菜漬け づけ), a post town's 宿 (妻籠宿 じゅく), a beef brand's 牛 (飛騨牛 ぎゅう), 精霊流し
しょうろう, the counters 丁, 棹 and 寸 (一丁 いっちょう, 一棹 ひとさお, 八寸 はっすん), and analyser slips
(麦飯 むぎめし, 上生菓子 じょうなま, 五山 ござん, 二礼 にれい, 博多織 おり, 寄木 よせぎ, 栗 くり).
Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import readings


@pytest.mark.parametrize("text,expected", [
    ("大浴場の檜風呂は、木の香りが心地よい。", "檜:ひのき|風呂:ぶろ"),
    ("貸切風呂は予約制で、家族連れに人気がある。", "貸切:かしきり|風呂:ぶろ"),
    ("冬には雪見風呂を楽しめる温泉宿が人気だ。", "雪見:ゆきみ|風呂:ぶろ"),
    ("金平糖は小さな星のような形をした砂糖菓子だ。", "砂糖:さとう|菓子:がし"),
    ("長崎カステラは、ポルトガルから伝わった南蛮菓子だ。", "南蛮:なんばん|菓子:がし"),
    ("店先には、季節の上生菓子が美しく並んでいる。", "上生:じょうなま|菓子:がし"),
    ("焼き菓子の詰め合わせを手土産にした。", "菓子:がし"),
    ("野沢菜漬けは長野県の名産品として有名だ。", "野沢菜:のざわな|漬:づ"),
    ("ほたるいかの沖漬けは、富山湾の春の味覚だ。", "沖:おき|漬:づ"),
    ("串カツは二度漬け禁止のルールがある。", "二度:にど|漬:づ"),
    ("友禅染めは華やかな模様が特徴の染め物だ。", "友禅:ゆうぜん|染:ぞ"),
])
def test_second_half_of_a_compound_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お風呂に入ってからお菓子を食べた。", "風呂:ふろ|入:はい"),
    ("お風呂に入ってからお菓子を食べた。", "菓子:かし"),
    ("特徴の染め物だ。", "染:そ"),
    ("瓜を酒粕に漬けたものだ。", "漬:つ"),
])
def test_no_voicing_after_a_prefix_or_on_its_own(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("妻籠宿と馬籠宿は、中山道の人気観光地だ。", "妻籠:つまご|宿:じゅく|馬籠:まごめ|宿:じゅく"),
    ("奈良井宿は、江戸時代の宿場の姿を今に伝えている。", "奈良井:ならい|宿:じゅく"),
    ("飛騨牛の握り寿司を一貫味わった。", "飛騨:ひだ|牛:ぎゅう"),
    ("神戸牛と近江牛を食べ比べた。", "神戸:こうべ|牛:ぎゅう|近江:おうみ|牛:ぎゅう"),
])
def test_post_town_and_beef_brand_after_a_place(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("箱根の温泉宿に泊まり、翌朝は山の宿を出た。", "温泉:おんせん|宿:やど"),
    ("箱根の温泉宿に泊まり、翌朝は山の宿を出た。", "山:やま|宿:やど"),
    ("松阪牛を食べた。", "松阪:まつさか|牛:うし"),
    ("牧場で牛を見た。", "牛:うし"),
])
def test_inn_and_cattle_stay_plain(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お盆の精霊流しでは、灯籠を川に流して先祖を送る。", "精霊:しょうろう"),
    ("精霊が宿ると言われる森だ。", "精霊:せいれい"),
])
def test_shoro_nagashi(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("冷奴を一丁まるごと出す居酒屋もある。", "一丁:いっちょう"),
    ("豆腐三丁と油揚げ八丁を買った。", "三丁:さんちょう|油揚:あぶらあ|八丁:はっちょう"),
    ("箱入りの羊羹を一棹贈った。", "一棹:ひとさお"),
    ("八寸は懐石の中で季節感を表す一皿だ。", "八寸:はっすん"),
])
def test_counters_cho_sao_sun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("仙台の牛たん焼きは、麦飯とテールスープがセットだ。", "麦飯:むぎめし"),
    ("京都の五山送り火は、お盆の終わりを告げる行事だ。", "五山:ござん"),
    ("お賽銭を入れたら、二礼二拍手一礼でお参りする。", "二礼:にれい"),
    ("博多織の帯は、締めると緩みにくい。", "博多:はかた|織:おり"),
    ("竹細工や寄木細工などの木工品も人気が高い。", "寄木:よせぎ"),
    ("栗きんとんは中津川が本場として知られる。", "栗:くり"),
])
def test_analyser_slips(text, expected):
    assert expected in readings(text)


def test_slips_leave_names_and_words_alone():
    assert "織田信長:おだのぶなが" in readings("織田信長と栗田さんが組織を作った。")
    assert "組織:そしき" in readings("織田信長と栗田さんが組織を作った。")
