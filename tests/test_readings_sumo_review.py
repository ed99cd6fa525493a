"""Readings found wrong in our own sentences in the style of sumo reports (banzuke, bouts, stables) and
judo, kendo, karate and aikido news: 中日 as a tournament's middle day (なかび), 相撲 and 稽古 glued after a
noun (七番相撲 ずもう, 三番稽古 げいこ, 地稽古 じ), 十勝 as ten wins (じゅっしょう), 形 as a kata (かた, 固の形
かため), 上手 as the belt grip (左上手 うわて), 立行司 (たて), 垂 of kendo armour (たれ), 居合道 (どう), 正拳突き
(づき), 上段蹴り (げり), 連絡技 (わざ), 内掛け (がけ), 元立ち (だち), 金星 (きんぼし), 一場所 and 二場所 (ひと, ふた),
幕下付出し (つけ), 前頭二人 (まえがしら) and 不知火型 (しらぬい). Each rule is also checked where it must
not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/sumo_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("新大関は中日までに六勝二敗と勝ち越しに王手をかけた。", "中日:なかび"),
    ("中日八日目を終えて、横綱が勝ち越しに王手をかけた。", "中日:なかび|八日目:ようかめ"),
    ("中日の選手が本塁打を放った。", "中日:ちゅうにち"),  # no sumo: the team
    ("中日戦は雨で中止となった。", "中日:ちゅうにち|戦:せん"),
    ("中日新聞の記事を読んだ。", "中日:ちゅうにち|新聞:しんぶん"),
])
def test_middle_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("幕下上位の力士が七番相撲で勝ち越しを決めた。", "七番:ななばん|相撲:ずもう"),
    ("引退相撲は国技館で盛大に行われた。", "引退:いんたい|相撲:ずもう"),
    ("学生相撲出身の力士が増えている。", "学生:がくせい|相撲:ずもう"),
    ("アマチュア相撲の世界選手権が開かれた。", "相撲:ずもう"),
    ("奉納相撲が行われた。", "奉納:ほうのう|相撲:ずもう"),
    ("日本相撲協会は会見を開いた。", "日本:にほん|相撲:すもう"),  # after a name
    ("学生相撲連盟の会長が挨拶した。", "相撲:すもう|連盟:れんめい"),  # an organisation's name
    ("子どもの頃から相撲が好きだ。", "相撲:すもう"),
])
def test_kinds_of_bout_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三番稽古を二十番こなした。", "三番:さんばん|稽古:げいこ"),
    ("一門の連合稽古に幕内力士二十人が参加した。", "連合:れんごう|稽古:げいこ"),
    ("ぶつかり稽古で胸を出すのは兄弟子の役目だ。", "稽古:げいこ"),
    ("乱取り稽古で汗を流した。", "乱取:らんど|稽古:げいこ"),
    ("猛稽古で知られる部屋だ。", "猛:もう|稽古:げいこ"),
    ("地稽古では元立ちが相手の技を受ける。", "地:じ|稽古:げいこ|元:もと|立:だ"),
    ("日本舞踊のお稽古に通う。", "稽古:けいこ"),  # after お
    ("毎日稽古した成果が出た。", "毎日:まいにち|稽古:けいこ"),  # a time word
    ("剣道稽古会に参加した。", "剣道:けんどう|稽古:けいこ"),  # an art's name
    ("稽古総見が行われた。", "稽古:けいこ|総見:そうけん"),
])
def test_kinds_of_practice_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("大関とりの場所で関脇が十勝を挙げた。", "十勝:じゅっしょう"),
    ("九勝六敗、十勝五敗と安定している。", "十勝:じゅっしょう|五敗:ごはい"),
    ("十勝地方は晴れの予報です。", "十勝:とかち|地方:ちほう"),  # the place
    ("十勝の牧場でチーズを作る。", "十勝:とかち"),
])
def test_ten_wins(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("投の形と固の形の演武が行われた。", "投:なげ|形:かた|固:かため|形:かた|演武:えんぶ"),
    ("空手の形の部で金メダルを獲得した。", "空手:からて|形:かた|部:ぶ"),
    ("高段者による形の演武が披露された。", "形:かた|演武:えんぶ"),
    ("右を差して左上手を取るのが必勝の形だ。", "必勝:ひっしょう|形:かたち"),  # sumo: a form
    ("柔道の試合で自分の形を作る。", "形:かたち"),  # one's own form
    ("ケーキの形が崩れた。", "形:かたち"),
])
def test_kata(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("右を差して左上手を取るのが必勝の形だ。", "左:ひだり|上手:うわて"),
    ("両上手を引いて寄った。", "両:りょう|上手:うわて"),
    ("右上手を取って寄り切った。", "右上:みぎうわ|手:て"),
    ("左上手投げで勝った。", "左上:ひだりうわ|手投:てな"),
    ("彼は料理が上手だ。", "上手:じょうず"),
    ("舞台の上手から登場した。", "上手:かみて"),
    ("画面の右上手前にある。", "右上:みぎうえ|手前:てまえ"),
    ("右上の手すりをつかむ。", "右上:みぎうえ|手:て"),
])
def test_belt_grip(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("立行司は式守伊之助と木村庄之助の二人だ。", "立:たて|行司:ぎょうじ"),
    ("横綱土俵入りには雲竜型と不知火型がある。", "不知火:しらぬい|型:がた"),
    ("防具は面、胴、小手、垂の四つからなる。", "小手:こて|垂:たれ"),
    ("垂が風に揺れている。", "垂:しで"),  # no kendo
    ("居合道の演武大会で五段の部に出場した。", "居合:いあい|道:どう"),
    ("帰り道で友人に会った。", "道:みち"),
    ("外掛けと内掛けは足技の代表的なものだ。", "内:うち|掛:が"),
    ("幕下付出しでデビューした学生横綱が注目される。", "付:つけ|出:だ"),
    ("朝食付プランです。", "朝食付:ちょうしょくつき"),
    ("五日目を終えて全勝は横綱と前頭二人の計三人。", "前頭:まえがしら|二人:ふたり"),
])
def test_sumo_and_kendo_terms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("正拳突きを千回繰り返す。", "拳:けん|突:づ"),
    ("逆突きと追い突きを繰り返す。", "逆:ぎゃく|突:づ"),
    ("組手の部では上段蹴りで三ポイントを奪った。", "上段:じょうだん|蹴:げ"),
    ("後ろ蹴りが決まった。", "後:うし|蹴:げ"),
    ("一突きで倒した。", "一:ひと|突:つ"),  # a number
    ("突き落としで勝った。", "突:つ|落:お"),
    ("子どもたちが石蹴りをして遊んだ。", "石蹴:いしけ"),  # the lexicon's game
])
def test_thrusts_and_kicks_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("小内刈りから大内刈りへの連絡技だ。", "連絡:れんらく|技:わざ"),
    ("競技の特技を生かした。", "特技:とくぎ"),
    ("彼女は美技を見せた。", "美技:びぎ"),
])
def test_technique(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("賜杯を抱くのは二場所ぶり五度目だ。", "二:ふた|場所:ばしょ"),
    ("幕下以下の力士は一場所七番しか取らない。", "一:ひと|場所:ばしょ"),
    ("直近三場所で三十三勝が大関昇進の目安とされる。", "三:さん|場所:ばしょ"),
    ("十一場所連続で勝ち越した。", "十一:じゅういち|場所:ばしょ"),  # not after another digit
])
def test_tournaments_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("金星は一つにつき給金が加算される。", "金星:きんぼし"),
    ("金星探査機が打ち上げられた。", "金星:きんせい"),
    ("夜空に金星が輝いている。", "金星:きんせい"),
])
def test_gold_star(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("sumo"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
