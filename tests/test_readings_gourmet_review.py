"""Readings found wrong in our own sentences in the style of recipes, restaurant and café reviews, menus and
sweets: 西 before 京焼き (西京焼き さい), 床 after 味噌 (味噌床 どこ), 豆腐 after a noun (麻婆豆腐 どうふ), 白玉 as a
dumpling (しらたま), 最中 as the wafer sweet (もなか), 甘味 as sweets (甘味処 かんみ), 角 of whipped foam (つの),
分立て (七分立て しちぶだて), 上 as a grade (上カルビ じょう), 鶏 as meat before の and a dish (鶏の水炊き とり),
十 and 八 before 貫 (じゅっ, はっ), a numeral in a cut (八つ割り や, 六つ切り む), 薪 in a compound
(薪ストーブ まき), 風 after a place name (関西風 ふう),
a kitchen 種 (種とワタ たね), 辛さ after 口当たり (から), and the slips 薪窯 (まきがま) and 花椒 (ほあじゃお).
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/gourmet_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("鰆の西京焼きは冬の定番です。", "西:さい|京焼:きょうや"),
    ("西京味噌で漬けました。", "西京:さいきょう"),  # the lexicon's own
    ("西京極で試合がある。", "西京極:にしきょうごく"),
    ("西の空が赤い。", "西:にし"),
])
def test_saikyo(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("味噌床に二日漬けます。", "味噌:みそ|床:どこ"),
    ("粕床に漬けた。", "粕:かす|床:どこ"),
    ("ぬか床をかき混ぜる。", "床:どこ"),  # the lexicon's own
    ("台所の床を拭いた。", "床:ゆか"),
    ("床に落ちた。", "床:ゆか"),
])
def test_pickling_bed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("麻婆豆腐は花椒が効いていた。", "豆腐:どうふ|花椒:ほあじゃお"),
    ("胡麻豆腐と肉豆腐。", "胡麻:ごま|豆腐:どうふ|肉:にく|豆腐:どうふ"),
    ("豆腐を切る。", "豆腐:とうふ"),
    ("木綿の豆腐を買う。", "木綿:もめん|豆腐:とうふ"),
    ("一丁の豆腐。", "豆腐:とうふ"),
])
def test_tofu_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("白玉団子にきな粉をかける。", "白玉:しらたま|団子:だんご"),
    ("白玉ぜんざいを頼んだ。", "白玉:しらたま"),
    ("白玉を茹でて冷水にとる。", "白玉:しらたま"),
    ("白玉のような肌。", "白玉:はくぎょく"),  # no sweets: the literary word is left
    ("白玉楼中の人となる。", "白玉楼:はくぎょくろう"),  # the lexicon's own
])
def test_rice_flour_dumpling(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("最中の皮がパリッとしている。", "最中:もなか|皮:かわ"),
    ("栗最中を土産に買った。", "栗:くり|最中:もなか"),
    ("最中アイスが好き。", "最中:もなか"),
    ("あんこたっぷりの最中が名物です。", "最中:もなか"),
    ("食事の最中に電話が鳴った。", "最中:さいちゅう"),
    ("会議の最中だった。", "最中:さいちゅう"),
    ("作っている最中に焦げた。", "最中:さいちゅう"),
    ("準備の最中、和菓子を食べた。", "最中:さいちゅう"),
    ("食事の最中の会話で、名物の話になった。", "最中:さいちゅう"),
])
def test_monaka(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("甘味処で休憩した。", "甘味:かんみ|処:どころ"),
    ("甘味は蕨餅と抹茶のセットにしました。", "甘味:かんみ"),
    ("素材の甘味が生きている。", "甘味:あまみ"),
    ("甘味は控えめです。", "甘味:あまみ"),
])
def test_sweets_course(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("角が立つまでメレンゲを作る。", "角:つの|立:た"),
    ("卵白を泡立て、角がピンと立ったら砂糖を加える。", "角:つの"),
    ("角が立つ言い方はやめよう。", "角:かど"),  # friction, no whipping
    ("角を曲がる。", "角:かど"),
])
def test_whipped_peak(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("生クリームは七分立てにしておく。", "七分:しちぶ|立:だ"),
    ("八分立てにする。", "八分:はちぶ|立:だ"),
    ("七分丈のパンツ。", "七分:しちぶ|丈:たけ"),  # a sleeve's length: number_context's own
    ("十分立てた。", "十分:じゅうぶん|立:た"),
])
def test_whipping_stage(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("焼肉は上タン塩から始めます。", "上:じょう"),
    ("上ロースと上カルビを頼んだ。", "上:じょう|上:じょう"),
    ("並と上と特上があります。", "並:なみ|上:じょう|特上:とくじょう"),
    ("鰻重の上は千円高い。", "鰻重:うなじゅう|上:じょう"),
    ("机の上に置く。", "上:うえ"),
    ("丼の上に卵をのせる。", "上:うえ"),
    ("上と下を入れ替える。", "上:うえ|下:した"),
    ("その上タン塩も頼んだ。", "上:うえ"),  # moreover
    ("丼の上は具がいっぱいで、千円です。", "上:うえ"),  # not a dish sold by grade
])
def test_grade_of_a_dish(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("鶏の水炊きを作る。", "鶏:とり|水炊:みずた"),
    ("鶏の唐揚げが好き。", "鶏:とり"),
    ("鶏のもも肉を使う。", "鶏:とり"),
    ("鶏の鳴き声で目が覚めた。", "鶏:にわとり"),
    ("鶏の卵を産む。", "鶏:にわとり"),
    ("鶏を飼っている。", "鶏:にわとり"),
])
def test_chicken_meat(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("握りが十貫で出てきた。", "十:じゅっ|貫:かん"),
    ("お寿司を八貫食べた。", "八:はっ|貫:かん"),
    ("十二貫のおまかせ。", "十二:じゅうに|貫:かん"),
    ("千貫神輿を担いだ。", "千:せん|貫:かん"),  # after ん usage varies: left alone
    ("首尾一貫している。", "一貫:いっかん"),
])
def test_pieces_of_sushi(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("林檎は八つ割りにして芯を取る。", "八:や|割:わ"),
    ("キャベツを四つ割りにする。", "四:よ|割:わ"),
    ("六つ切りの食パン。", "六:む|切:ぎ"),
    ("梨を八つ切りにする。", "八:や|切:ぎ"),
    ("三つ折りにした。", "三:み|折:お"),
    ("紙を二つ折りにする。", "二:ふた|折:お"),  # Sudachi's own
    ("玉ねぎは八つに切る。", "八:やっ|切:き"),  # a count, not a compound: encyclopedia.py's
    ("四つ角を曲がる。", "四:よ|角:かど"),
])
def test_pieces_of_a_cut(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("薪ストーブで暖まる。", "薪:まき"),
    ("ピザは薪窯で焼く。", "薪窯:まきがま"),
    ("薪をくべる。", "薪:たきぎ"),  # alone: left
])
def test_firewood(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("関東風と関西風で焼き方が違います。", "関東:かんとう|風:ふう|関西:かんさい|風:ふう"),
    ("東京の風が冷たい。", "風:かぜ"),
    ("北風が吹く。", "北風:きたかぜ"),
])
def test_style_of_a_place(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("かぼちゃは種とワタを取り除く。", "種:たね"),
    ("ピーマンは種を取る。", "種:たね"),
    ("多くの種が絶滅した。", "種:しゅ"),
])
def test_kitchen_seed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("口当たりはまろやかで、後からじんわり辛さが来る。", "辛:から"),
    ("辛い思いをした。", "辛:つら"),
])
def test_spicy(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("gourmet"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
