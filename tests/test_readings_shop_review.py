"""Readings found wrong in our own sentences in the style of online-shop product pages (bags, glassware,
kitchenware, furniture, apparel, accessories, gadgets) and customers' reviews: 底 before a bag part (底鋲
そこ), 天然木 (ぼく), 膝下 as a garment's length (ひざした), 楽天市場 (いちば), a kanji numeral before a katakana
unit (三百五十ミリリットル さんびゃく, 六百ミリリットル ろっぴゃく) or 気圧 (十気圧 じゅっきあつ), 行って after a
shop's procedure (検品は国内で行って おこなって), 帆布 (はんぷ), 狭め (せまめ), 御祝 (おいわい), 箱入り after
a noun (化粧箱入り ばこいり) and 二人掛け (がけ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/shop_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("底鋲付きで、床に置いても汚れにくい仕様です。", "底:そこ|鋲:びょう"),
    ("底ゴムが厚く、滑りにくいです。", "底:そこ"),
    ("底ファスナーを開けるとマチが広がります。", "底:そこ"),
    ("底マチは十センチです。", "底:そこ"),  # Sudachi's own noun
    ("円柱の底面積を求めます。", "底:てい|面積:めんせき"),  # a Sino word: the prefix
    ("底辺の長さは五センチです。", "底辺:ていへん"),
])
def test_bottom_of_a_bag(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("天然木のダイニングテーブルです。", "天然:てんねん|木:ぼく"),
    ("天板は天然木を使用しています。", "天然:てんねん|木:ぼく"),
    ("庭の桜の木が咲きました。", "木:き"),  # not after 天然
    ("天然の木を削って作りました。", "天然:てんねん|木:き"),  # not glued
])
def test_natural_timber(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ワンピースの丈は膝下くらいでした。", "膝下:ひざした"),
    ("スカートは膝下丈です。", "膝下:ひざした|丈:たけ"),
    ("夕方になると膝下のむくみが気になります。", "膝下:ひざした"),
    ("膝下までの長さのソックスです。", "膝下:ひざした"),
    ("十八で親の膝下を離れました。", "膝下:ひざもと"),  # the idiom, as Sudachi reads it after の
    ("膝下を離れて暮らしています。", "膝下:しっか"),  # the idiom: left alone
    ("祖父母の膝下で育ちました。", "膝下:ひざもと"),
])
def test_below_the_knee(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("楽天市場店でも販売しています。", "楽天:らくてん|市場:いちば"),
    ("楽天市場で買いました。", "楽天:らくてん|市場:いちば"),
    ("国内市場の規模は拡大しています。", "国内市場:こくないしじょう"),
    ("楽天の市場シェアが伸びました。", "市場:しじょう"),  # not glued
])
def test_rakuten_ichiba(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("容量は三百五十ミリリットルです。", "三百五十:さんびゃくごじゅう"),
    ("容量六百ミリリットルの弁当箱です。", "六百:ろっぴゃく"),
    ("一回八百ミリグラムを飲みます。", "八百:はっぴゃく"),
    ("出力は六百ワットです。", "六百:ろっぴゃく"),
    ("三千ミリアンペアアワーのバッテリーです。", "三千:さんぜん"),
    ("腕時計は十気圧防水です。", "十気圧:じゅっきあつ"),
    ("一気圧は約千ヘクトパスカルです。", "一気圧:いっきあつ"),
    ("四百ミリリットル入ります。", "四百:よんひゃく"),  # no sound change to make
    ("容量は五百ミリリットルです。", "五百:ごひゃく"),
])
def test_numerals_before_units(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("中国製です。検品は国内で行っております。", "検品:けんぴん|国内:こくない|行:おこな"),
    ("梱包は専門のスタッフが行っています。", "行:おこな"),
    ("発送は郵便局に行ってしました。", "郵便局:ゆうびんきょく|行:い"),  # gone to a place
    ("昨日は店に行って買いました。", "行:い"),
])
def test_shop_procedures_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("帆布のリュックは丈夫です。", "帆布:はんぷ"),
    ("丈夫な帆布のバッグです。", "帆布:はんぷ"),
])
def test_canvas(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("肩幅が狭めなので、ワンサイズ上を選びました。", "狭:せま"),
    ("やや狭めのサイズ感です。", "狭:せま"),
    ("検索の範囲を狭めました。", "範囲:はんい|狭:せば"),  # the verb 狭める
])
def test_on_the_narrow_side(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("のしの表書きは「御祝」にしてください。", "御:お|祝:いわい"),
    ("お祝を包みました。", "祝:いわい"),
    ("「内祝」ののしをお付けします。", "内祝:うちいわい"),
    ("御祝儀を包みました。", "御祝儀:ごしゅうぎ"),
    ("土・日・祝は休業です。", "祝:しゅく"),  # a holiday
])
def test_celebration_gift(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("化粧箱入りで、そのまま贈れます。", "化粧:けしょう|箱入:ばこい"),
    ("専用箱入りです。", "専用:せんよう|箱入:ばこい"),
    ("桐箱入りの器です。", "桐箱:きりばこ|入:い"),  # the lexicon's
    ("一箱入りです。", "一:ひと|箱入:はこい"),  # after a number
    ("箱入り娘として育ちました。", "箱入:はこい"),
])
def test_boxed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("二人掛けのソファです。", "二人:ふたり|掛:が"),
    ("一人掛けのソファを買いました。", "一人:ひとり|掛:が"),
    ("三人掛けのソファです。", "三人:さんにん|掛:が"),  # already right
    ("二人が掛けた椅子です。", "二人:ふたり|掛:か"),  # a verb after が
])
def test_seats_for_two(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("shop"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
