"""Readings found wrong in our own sentences in the style of appliance, gadget and software manuals
(取扱説明書, numbered steps, warnings, specifications, troubleshooting): 蓋 split off a part (電池蓋 ぶた),
上蓋 (うわぶた), 右側面 (みぎそくめん), a shaver's 内刃 and 外刃 (ば), a switch's 「切」 (きり), 前 and 後 before a
part (前ガード まえ, 後カバー うしろ), 空運転 (から), a clock's 時と分 (じ, ふん), 上面 as a box's top face
(じょうめん), 八分目 (はちぶんめ), 十分程度かかる (じゅっぷん), and 行って after a machine-handling topic
(充電は室内で行って おこなって). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/manuals_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("電池蓋を開けて、電池を入れます。", "電池:でんち|蓋:ぶた"),
    ("フィルター蓋を外してください。", "蓋:ぶた"),
    ("鍋の蓋を取ります。", "蓋:ふた"),  # after a particle: the plain word
    ("頭蓋骨を保護します。", "頭蓋骨:ずがいこつ"),
    ("裏蓋のネジを外します。", "裏蓋:うらぶた"),  # the lexicon's own
])
def test_lid_of_a_part(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("給水タンクの上蓋を外します。", "上蓋:うわぶた"),
    ("外刃は消耗品です。", "外刃:そとば"),
    ("内刃と外刃を交換します。", "内:うち|刃:ば|外刃:そとば"),
    ("替刃は販売店でお求めください。", "替刃:かえば"),
    ("刃の部分に触れないでください。", "刃:は"),  # after nothing: the plain word
])
def test_lids_and_blades(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("本体の右側面にある電源スイッチを入れます。", "右側:みぎそく|面:めん"),
    ("本体の左側面にあるボタンを押します。", "左:ひだり|側面:そくめん"),  # Sudachi's own cut
    ("道の右側の面を歩きます。", "右側:みぎがわ"),  # not glued to 面
    ("右側に寄ってください。", "右側:みぎがわ"),
])
def test_side_face(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("温度調節つまみを「切」にしてから、プラグを抜きます。", "切:きり"),
    ("便座の温度は「切」「低」「中」「高」の四段階です。", "切:きり|低:てい"),
    ("電源スイッチを「入」にします。", "入:いり"),
    ("入/切ボタンを押します。", "入:いり|切:きり"),
    ("入・切を切り替えます。", "入:いり|切:きり|切:き"),
    ("布の切れ端で拭きます。", "切:き"),  # a piece of cloth
])
def test_switch_off_position(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前ガードと後ガードを取り付けます。", "前:まえ|後:うしろ"),
    ("前カバーの下側にあるツマミを引きます。", "前:まえ"),
    ("後カバーを外すときは電源を切ります。", "後:うしろ"),
    ("前バージョンと比べて軽くなりました。", "前:ぜん"),  # the previous one
    ("前シーズンの成績を上回った。", "前:ぜん"),
])
def test_front_and_back_parts(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("初めてお使いになるときは、空運転を五分間行ってください。", "空:から|運転:うんてん"),
    ("空の旅を楽しみました。", "空:そら"),
    ("空焚きをしないでください。", "空焚:からだ"),  # the lexicon's own
])
def test_idle_running(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("時刻ボタンを押したまま時と分を合わせます。", "時:じ|分:ふん"),
    ("時ボタンと分ボタンを使います。", "時:じ|分:ふん"),
    ("自分の時と分けて考えます。", "時:とき|分:わ"),  # the verb 分ける
    ("三人分ボタンを押します。", "三人:さんにん|分:ぶん"),  # a share of three
])
def test_clock_units(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("本機の上面と背面の通風孔をふさがないでください。", "上面:じょうめん"),
    ("本体の上面に物を置かないでください。", "上面:じょうめん"),
    ("物事の上面だけを見て判断してはいけない。", "上面:うわつら"),  # the surface of things
    ("話の上面をなぞるだけだった。", "上面:うわつら"),
])
def test_top_face(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("水を八分目まで入れてください。", "八分目:はちぶんめ"),
    ("七分目まで注ぎます。", "七分目:しちぶんめ"),
    ("八分後に止まります。", "八分:はっぷん|後:ご"),  # minutes
])
def test_tenths_full(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("アップデートには十分程度かかります。", "十分:じゅっぷん"),
    ("更新に十分かかります。", "十分:じゅっぷん"),
    ("時間は十分あります。", "十分:じゅうぶん"),  # enough
    ("十分に冷めてから外してください。", "十分:じゅうぶん"),
])
def test_ten_minutes_it_takes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("メモリーカードの抜き差しは、電源を切った状態で行ってください。", "行:おこな"),
    ("充電は室内で行ってください。", "行:おこな"),
    ("組み立ては二人で行ってください。", "行:おこな"),
    ("取り付けは、販売店で行ってください。", "行:おこな"),
    ("充電はコンビニに行ってしました。", "行:い"),  # went somewhere for it
    ("運転をしに行ってきた。", "行:い"),
])
def test_handling_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("manuals"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
