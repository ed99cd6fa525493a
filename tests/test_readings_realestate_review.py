"""Readings found wrong in our own sentences in the style of real-estate listings and housing articles
(間取り, 賃貸, 分譲, 登記, 土地): 角 before a unit or a lot (角住戸 かど), 中住戸 (なか), 東南角部屋 (かどべや),
三口 counting burners (みくち, not the place みつくち) and shares (さんくち), 下 under stairs or furniture
(階段下収納 した), 洗面台下 (だいした), 筆界 (ひっかい), 固都税 (こ), 三方 (さんぽう) and 三方角地, 隣棟 (りん),
何分 asking minutes (なんぷん), 車で十分 (じゅっぷん), 審査に通った (とお), ワンフロア貸し
(がし), 二台止められる (と), 区画 as a counter (十区画 じゅっくかく), 年に一度 after a particle (ねん), the
slips 続き間 (つづきま) and 合筆 (ごうひつ), and 三角地 kept as its pieces (さんかくち). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/realestate_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("二面採光の角住戸は人気が高い。", "角:かど|住戸:じゅうこ"),
    ("南向きの角区画で日当たり良好です。", "角:かど|区画:くかく"),
    ("中住戸は角住戸より価格が抑えめです。", "中:なか|住戸:じゅうこ|角:かど|住戸:じゅうこ"),
    ("東南角部屋、最上階の住戸です。", "東南角:とうなんかど|部屋:べや"),
    ("南西角部屋の住戸です。", "南西:なんせい|角部屋:かどべや"),  # the lexicon's own
    ("角を曲がるとすぐです。", "角:かど"),  # nothing glued after it
    ("屋根の角度が急です。", "角度:かくど"),
    ("中規模の分譲地です。", "中規模:ちゅうきぼ"),  # not before 住戸
    ("西南角の部屋です。", "西南角:せいなんかく|部屋:へや"),  # not glued: left alone
])
def test_corner_and_middle_units(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三口ガスコンロのシステムキッチンです。", "三口:みくち"),  # not the place みつくち
    ("システムキッチンは三口コンロです。", "三口:みくち"),  # Sudachi's own
    ("寄付は一人三口までです。", "三口:さんくち"),  # shares
    ("三口さんが案内してくれました。", "三口:みくち"),  # a surname before an honorific
])
def test_three_burners(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("階段下収納と床下収納があります。", "階段:かいだん|下:した|収納:しゅうのう"),
    ("ベッド下収納付きの部屋です。", "下:した|収納:しゅうのう"),
    ("洗面台下収納に洗剤をしまう。", "洗面:せんめん|台下:だいした"),
    ("コロナ下の生活が続いた。", "下:か"),  # "under" a state: the suffix
    ("土地は管理下に置かれた。", "管理下:かんりか"),
])
def test_space_under(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("筆界が不明な場合は、筆界特定制度を使えます。", "筆:ひっ|界:かい"),
    ("筆を執って手紙を書いた。", "筆:ふで"),
    ("固都税は日割りで精算します。", "固:こ|都税:とぜい"),
    ("三方を道路に囲まれた土地です。", "三:さん|方:ぽう"),
    ("お三方にお聞きします。", "三:さん|方:かた"),  # people
    ("二方道路の角地です。", "二:に|方:ほう"),
])
def test_land_terms(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三方角地で、開放感のある区画です。", "三:さん|方角:ぽうかど|地:ち"),
    ("三方角地", "三方:さんぽう|角地:かどち"),  # cut 三方|角地 when alone
    ("二方角地で駐車しやすい。", "二方:にほう|角地:かどち"),
    ("玄関の方角が気になる。", "方角:ほうがく"),
    ("隣棟間隔が広く、プライバシーに配慮した設計です。", "隣:りん|棟:とう"),
    ("隣の部屋の声が聞こえる。", "隣:となり"),
])
def test_sides_and_neighbouring_buildings(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「駅から徒歩何分か」が気になる。", "何分:なんぷん"),
    ("駅から何分ですか。", "何分:なんぷん"),
    ("駅まで何分かかりますか。", "何分:なんぷん"),
    ("大型ショッピングモールまで車で十分。", "十分:じゅっぷん"),
    ("ここからバスで十分ほどです。", "十分:じゅっぷん"),
    ("駅まで自転車で十分です。", "十分:じゅうぶん"),  # "is enough": left to Sudachi
    ("車があれば車で十分だ。", "十分:じゅうぶん"),  # no まで or から
    ("駅まで車で十分行ける。", "十分:じゅうぶん"),  # before a verb: enough
])
def test_minutes_of_access(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("事前審査に通ったので、売買契約に進んだ。", "審査:しんさ|通:とお"),
    ("入居審査に通って安心した。", "通:とお"),
    ("試験に通った。", "通:とお"),
    ("子どもが学校に通った。", "通:かよ"),  # attending
    ("週に三回ジムに通っている。", "通:かよ"),
])
def test_passing_a_screening(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("貸事務所、ワンフロア貸し、三十坪。", "貸:が"),
    ("時間貸し駐車場があります。", "時間:じかん|貸:が"),
    ("時間貸しの駐車場です。", "時間:じかん|貸:が"),
    ("友達に本を全部貸した。", "全部:ぜんぶ|貸:か"),  # the verb goes on
    ("貸し会議室を借りた。", "貸:か"),
    ("車が二台止められる。", "二台:にだい|止:と"),  # a verb after a count: no rendaku
    ("通行止めの道路です。", "通行止:つうこうど"),
    ("二枚組のセットです。", "組:ぐみ"),
])
def test_letting_and_parking(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("全十区画の分譲地で、残りは三区画です。", "十区画:じゅっくかく"),
    ("全十区画の分譲地で、残りは三区画です。", "三区画:さんくかく"),
    ("一区画の広さは五十坪です。", "一区画:いっくかく"),
    ("区画整理が進んでいる。", "区画:くかく"),
])
def test_lots_as_counter(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("庭木の剪定を年に一度頼んでいる。", "年:ねん|一度:いちど"),
    ("浄化槽の管理費が年に数万円かかります。", "年:ねん"),
    ("年に一度、納税通知書が届く。", "年:ねん"),  # Sudachi's own
    ("もう年に似合わず元気だ。", "年:とし"),  # age: no count after に
])
def test_per_year(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("八畳と六畳の和室が続き間になっている。", "続:つづ|間:ま"),
    ("隣の土地と合筆して一つにした。", "合筆:ごうひつ"),
    ("三角地に建てた狭小住宅です。", "三角:さんかく|地:ち"),
    ("三角形の土地です。", "三角形:さんかっけい"),
])
def test_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("realestate"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
