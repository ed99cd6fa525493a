"""Readings found wrong in our own sentences in the style of DIY and home-improvement how-tos (woodwork,
flooring, wallpaper, fittings, step lists with measurements): 径 as a diameter (下穴の径 けい), 根太 the floor
joist (ねだ), 大引 the sleeper beam (おおびき), 柄 of a tool (金槌の柄 え), ふすま紙 (がみ), 止水栓 (し),
棚柱 and 束柱 (ばしら, つか), 錐 the gimlet (きり), 相欠き (がき), 一間 and 半間 as lengths (いっけん, はんげん),
尺 after a number (三尺 さんじゃく), 分 as a tenth of a 寸 (一分 いちぶ, 五分板 ごぶ, 一分の狂いもない), and the
slips 引掛 (ひっかけ), 木取り (きどり), ちり紙 (ちりがみ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/diy_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("下穴の径はネジの太さの七割ほどが目安です。", "径:けい"),
    ("パイプの径を測ってから継手を買います。", "径:けい"),
    ("森の径を歩いて湖に出た。", "径:こみち"),  # no size: the path
])
def test_diameter(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("床下の根太が腐っていたので交換しました。", "根太:ねだ"),
    ("根太の上に合板を張ります。", "根太:ねだ"),
    ("束柱を立てて、大引を渡します。", "束:つか|柱:ばしら|立:た|大引:おおびき"),
    ("お尻に根太ができて、床に座れない。", "根太:ねぶと"),  # a boil, with the skin named
    ("株価は大引にかけて値を下げた。", "大引:おおびけ"),  # the market's close
])
def test_floor_frame(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("釘を打つときは、金槌の柄の端を持ちます。", "柄:え"),
    ("包丁の柄を握って、刃を手前に引きます。", "柄:え"),
    ("傘の柄がかわいいので買いました。", "柄:がら"),  # a pattern
    ("シャツの柄が派手すぎる。", "柄:がら"),
])
def test_tool_handle(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ふすま紙は水で濡らしてから剥がします。", "紙:がみ"),
    ("蛇口を交換する前に、止水栓を閉めます。", "止:し|水栓:すいせん"),
    ("棚柱と棚受けを使えば、棚の高さを変えられます。", "棚:たな|柱:ばしら"),
    ("木の柱に釘を打つ。", "柱:はしら"),  # not glued
    ("コピー紙に印刷する。", "紙:し"),  # katakana before it
    ("ろ紙でこします。", "紙:し"),  # filter paper, ろし
    ("花の束を柱に飾る。", "束:たば|柱:はしら"),
])
def test_fittings_and_posts(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("皿取り錐で皿穴を作ります。", "錐:きり"),
    ("錐で小さな穴をあけます。", "錐:きり"),
    ("円錐の体積を求める。", "円錐:えんすい"),
    ("相欠き継ぎで、格子状の棚を作りました。", "相:あい|欠:が|継:つ"),
])
def test_gimlet_and_halving_joint(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一間は六尺、約百八十二センチです。", "一間:いっけん|六尺:ろくしゃく"),
    ("畳一枚はおおよそ半間×一間の大きさです。", "半間:はんげん"),
    ("三尺の幅の棚を作ります。", "三尺:さんじゃく"),
    ("一尺は約三十センチです。", "一尺:いっしゃく"),
    ("半間な知識で手を出すな。", "半間:はんま"),  # half-witted
    ("四畳半一間のアパートで暮らした。", "一:ひと|間:ま"),  # one room
])
def test_traditional_lengths(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("プロの職人は、一分の狂いもなく材を刻みます。", "一分:いちぶ"),
    ("一分は一寸の十分の一、約三ミリです。", "一分:いちぶ|一寸:いっすん|十分:じゅうぶん"),
    ("五分板は厚さ約十五ミリの板のことです。", "五分:ごぶ|板:いた"),
    ("守りに一分の隙もない。", "一分:いちぶ"),
    ("一分待ってから塗ります。", "一分:いっぷん"),  # minutes
    ("三寸の釘を打つのに一分かかった。", "一分:いっぷん"),  # 寸 named, but time taken
])
def test_tenth_of_a_sun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("照明器具は引掛シーリングに取り付けます。", "引掛:ひっかけ"),
    ("木取り図を作ると、材料の無駄が減ります。", "木取:きど"),
    ("ちり紙で拭きます。", "紙:がみ"),
])
def test_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("diy"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
