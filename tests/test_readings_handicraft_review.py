"""Readings found wrong in our own sentences in the style of knitting and crochet patterns, sewing and
embroidery how-tos, craft blogs and material lists: 目 counting stitches (二目一度 ふため, くさり三目 さんめ,
二十目 にじゅうめ, 八目 はちめ, 一目ゴム編み ひとめ), 一針 and 一模様 (ひと), 針 after 輪, 別 or 本 (ばり), 伏せ止め
(どめ), 中長編み (ちゅう), 表 as the right side (おもて), 平ゴム (ひら), 通し口 (ぐち), 端ミシン (はし), the sewing
machine's 送り歯 (ば) and 押さえ金 (がね), 房 as a tassel (ふさ), 心を込めて after a split-off suffix (こころ),
手作り市 (いち), 三玉 of yarn (さんたま), 綿 as stuffing (わた), 麻生地 (あさきじ), 地の目 (じ), and hobby.py's
縁 taking かがる (ふち). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/handicraft_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("二目一度で目を減らします。", "二:ふた|目:め|一度:いちど"),
    ("立ち上がりのくさり三目は一目と数えます。", "三:さん|目:め"),
    ("ゲージは十センチ四方で二十目二十八段です。", "二十:にじゅう|目:め"),
    ("袖は脇から二十目ずつ拾って輪に編みます。", "二:に|十目:じゅうめ"),
    ("模様編みは八目十二段で一模様です。", "八目:はちめ"),
    ("裾は一目ゴム編みで六センチ編みます。", "一目:ひとめ"),
    ("次の段は表目を二目、裏目を二目の繰り返しです。", "表目:おもてめ|二:ふた|目:め|裏目:うらめ|二:ふた|目:め"),
    ("針にかかっている目が二十目になれば完成です。", "十目:じゅうめ"),
    ("囲碁で二目の差をつけた。", "二:に|目:もく"),  # no knitting word: the go stones
    ("一目置かれる存在だ。", "一目:いちもく"),
    ("毛糸の帽子を編む人に一目置いている。", "一目:いちもく"),  # 一目置く, even beside knitting
])
def test_stitches_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("刺し子は一針ずつ運針で縫い進めます。", "一:ひと|針:はり"),
    ("一針一針丁寧に縫い上げました。", "一:ひと|針:はり|一:ひと|針:はり"),
    ("転んで膝を二針縫った。", "二:ふた|針:はり"),
    ("傷口を三針縫った。", "三:さん|針:はり"),  # three and up stay Sino
    ("模様編みは八目十二段で一模様です。", "一:ひと|模様:もよう"),
])
def test_native_one_and_two(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("輪針を使えば帽子も簡単に編めます。", "輪:わ|針:ばり"),
    ("縄編みには別針を使います。", "別:べつ|針:ばり"),
    ("四本針で靴下のかかとを編みます。", "四本:よんほん|針:ばり"),
    ("針に糸を通します。", "針:はり"),  # after nothing: the needle itself
    ("時計の針が止まった。", "針:はり"),
])
def test_kind_of_needle_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("最終段まで編めたら、伏せ止めをします。", "伏:ふ|止:ど"),
    ("中長編みは細編みより少し高さが出ます。", "中:ちゅう|長編:ながあ"),
    ("布を中表に合わせます。", "中表:なかおもて"),
    ("箱の中に入れた。", "中:なか"),
])
def test_crochet_terms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("返し口から表に返して、形を整えます。", "表:おもて"),
    ("くけ縫いで表に縫い目を出さないようにします。", "表:おもて"),
    ("衿は表衿と裏衿を重ねて縫います。", "表:おもて|衿:えり"),
    ("結果を表にまとめました。", "表:ひょう"),  # a table
    ("表にして提出する。", "表:ひょう"),  # the first verb is する
    ("結果を表に出力した。", "表:ひょう"),
])
def test_right_side(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ゴム通し口から平ゴムを通します。", "口:ぐち|平:ひら"),
    ("平清盛が都を移した。", "平清盛:たいらのきよもり"),  # a name
    ("縫い代を片側に倒して、端ミシンをかけます。", "端:はし"),
    ("送り歯を下げるとフリーモーションで縫えます。", "送:おく|歯:ば"),
    ("押さえ金の圧力を調整します。", "押:お|金:がね"),
    ("歯を磨きます。", "歯:は"),
    ("金の指輪を買った。", "金:きん"),
])
def test_sewing_machine_and_notions(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("房を均等に切りそろえます。", "房:ふさ"),
    ("刺繍糸で房を作ります。", "房:ふさ"),
    ("受刑者は房を出た。", "房:ぼう"),  # a cell: no thread, no cutting
    ("一目一目心を込めて編みました。", "一目:ひとめ|一目:ひとめ|心:こころ"),
    ("手作り市に出店しました。", "市:いち"),
    ("市の職員が来た。", "市:し"),
    ("毛糸は並太を三玉用意しました。", "三玉:さんたま"),
    ("綿は少しずつ詰めると形が整います。", "綿:わた"),
    ("綿の生地は地直しをしておきましょう。", "綿:めん"),  # cotton
])
def test_tassel_heart_fair_yarn_stuffing(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("麻生地のシャツを買いました。", "麻生:あさき|地:じ"),
    ("綿麻生地を一メートル用意します。", "綿:めん|麻生:あさき|地:じ"),
    ("麻生さんの地元です。", "麻生:あそう"),
    ("麻生地区の住民が集まった。", "麻生:あそう|地区:ちく"),
    ("地の目線は布の耳と平行にします。", "地:じ|目線:めせん"),
    ("地の利を生かした。", "地:ち"),
])
def test_cloth(text, expected):
    assert expected in readings(text)


def test_edge_overcast():
    assert by_word("ブランケットステッチで縁をかがります。")["縁"] == "ふち"  # hobby.py's edge verbs
    assert by_word("縁を切りました。")["縁"] == "えん"


@pytest.mark.parametrize("text,expected", genre_cases("handicraft"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
