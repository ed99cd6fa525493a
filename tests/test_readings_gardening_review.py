"""Readings found wrong in our own sentences in the style of vegetable-plot and house-plant blogs and
gardening how-to pages: 咲き glued after a noun (四季咲き ざき), 芽 after 外 (外芽 そとめ), a split 日中 (真夏の日中
にっちゅう), 雌穂 (しすい), こぼれ種 (だね), 肥 after a verb's stem (置き肥 ごえ), 木瓜 the flowering quince (ぼけ),
種一袋 (たねひと), the counters 鉢 (一鉢 ひとはち), 回り (二回り ふたまわり) and 一片 (いっぺん, recipes.py), fruit on
the plant (実割れ, 実を残す, メロンの実 み) and seeds sown or saved (種を採る, 種を…まく たね). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/gardening_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("四季咲きのバラを植えました。", "四季:しき|咲:ざ"),
    ("八重咲きの椿が咲きました。", "八重:やえ|咲:ざ"),
    ("旧枝咲きと新枝咲きがあります。", "旧:きゅう|枝:えだ|咲:ざ|新枝:しんえだ|咲:ざ"),
    ("この花は二度咲きします。", "二度:にど|咲:ざ"),
    ("遅咲きの桜です。", "遅咲:おそざ"),  # the lexicon's own
    ("ようやく庭の梅も咲き始めました。", "梅:うめ|咲:さ"),  # the verb
    ("桜が咲き、鳥が歌う。", "桜:さくら|咲:さ"),
])
def test_flowering_habit_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("外芽の上で切ると枝が外に向かって伸びます。", "外:そと|芽:め"),
    ("外芽と内芽のどちらを残すか。", "外:そと|芽:め|内:うち|芽:め"),
    ("発芽率が高い種です。", "発芽:はつが"),  # the on-reading elsewhere
    ("麦芽を使ったビール。", "麦芽:ばくが"),
])
def test_native_buds(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("真夏の日中に水をやると根が傷みます。", "真夏:まなつ|日:にっ|中:ちゅう"),
    ("日中は暑いので朝に水やりをします。", "日中:にっちゅう"),  # one word already
    ("土日中に連絡します。", "土日:どにち|中:ちゅう"),
    ("平日中はずっと仕事です。", "平日:へいじつ|中:ちゅう"),
])
def test_split_daytime(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("雄花の花粉を雌穂にかけて人工授粉します。", "雌:し|穂:すい"),
    ("雌穂と雄穂。", "雌:し|穂:すい|雄:ゆう|穂:すい"),
    ("雄の穂先が揺れる。", "雄:おす|穂先:ほさき"),  # not glued
    ("雌雄の区別がつく。", "雌雄:しゆう"),
])
def test_maize_ears(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("こぼれ種で毎年ビオラが咲きます。", "種:だね"),
    ("種を採って来年もまきます。", "種:たね|採:と"),
    ("大根は種を一か所に四、五粒ずつまきます。", "種:たね"),  # まく in kana, by its lemma
    ("種一袋で二百粒ほど入っています。", "種一:たねひと|袋:ふくろ"),
    ("この種のトラブルはよくある。", "種:しゅ"),  # a kind
    ("新種が発見された。", "新種:しんしゅ"),
])
def test_seeds(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("置き肥は二か月に一度交換します。", "置:お|肥:ごえ"),
    ("芽出し肥は春先に与える肥料です。", "芽出:めだ|肥:ごえ"),
    ("肥を施す。", "肥:こえ"),  # on its own
    ("天高く馬肥ゆる秋。", "馬:うま|肥:こ"),  # the verb 肥ゆ
    ("寒肥として有機肥料を埋めます。", "寒肥:かんごえ"),  # the lexicon's own
    ("土肥さんの庭。", "土肥:どい"),  # a name
])
def test_kinds_of_fertiliser(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("木瓜の花が咲き始めました。", "木瓜:ぼけ"),
    ("木瓜紋の瓦。", "木瓜:もっこう|紋:もん"),  # the crest
])
def test_flowering_quince(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二鉢のシクラメンを窓辺に並べました。", "二鉢:ふたはち"),
    ("一鉢で二株育てると栄養が分散します。", "一鉢:ひとはち|二株:ふたかぶ"),
    ("五号鉢なら一株が目安です。", "五号:ごごう|鉢:ばち"),  # a pot size: the compound
    ("苗の二回りほど大きな鉢を選びます。", "二回:ふたまわ"),
    ("年が二回り違う。", "二回:ふたまわ"),
    ("一回り大きな鉢に植え替えました。", "一回:ひとまわ"),
    ("ニンニクは鱗片を一片ずつ分けて植えます。", "一:いっ|片:ぺん"),  # recipes.py's
    ("一片の曇りもない青空。", "一:いっ|片:ぺん"),
    ("にんにく一片をすりおろす。", "一:ひと|片:かけ"),  # a clove in a recipe
    ("十一片に分けた。", "十一:じゅういち"),  # another numeral before it: left
    ("二回に分けて与えます。", "二回:にかい"),  # 回, not 回り
])
def test_counters(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("梅雨時期は雨よけをすると実割れを防げます。", "実:み|割:わ"),
    ("スイカは一株に二、三個を目安に実を残します。", "実:み|残:のこ"),
    ("メロンの実の下に敷き皿を置きます。", "実:み|下:した"),
    ("実兄と実母に会った。", "実兄:じっけい|実母:じつぼ"),  # the prefix before a person
    ("実の親に育てられた。", "実:じつ"),
    ("実を言うと、私も行きたかった。", "実:じつ"),
])
def test_fruit_on_the_plant(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("gardening"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
