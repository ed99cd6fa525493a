"""Readings found wrong in our own sentences in the style of folk tales, fairy tales and children's stories
retold in Japanese: 竜宮城 split into 竜|宮城 (みやぎ for ぐうじょう), 一寸 read as the adverb ちょっと (一寸法師,
背丈が一寸 いっすん), 都 of old times read as the Metropolis (月の都 みやこ), 機 of the loom (機を織る はた),
宝物 read as a temple's treasure (ほうもつ for たからもの), お札 of charms (小僧はお札を投げて おふだ), 命 after a
god's name (須佐之男命 みこと, 大国主命 おおくにぬしのみこと), お妃 (きさき), 鏡よ鏡 (かがみ), 座敷童子 (わらし),
者 after a hiragana noun (とんち者 もの), 一文無し (いち), 柿の種 (たね), and 付ける voiced after a count (もう一つ
付けられた つけ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/folktales_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("太郎は竜宮城へ行きました。", "竜:りゅう|宮城:ぐうじょう"),
    ("竜宮城では乙姫様が出迎えてくれました。", "竜:りゅう|宮城:ぐうじょう"),
    ("宮城県の沿岸を訪れました。", "宮城県:みやぎけん"),  # the prefecture
    ("宮城に住む友人から手紙が届いた。", "宮城:みやぎ"),
])
def test_sea_palace(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("第三話　一寸法師", "一寸:いっすん|法師:ほうし"),
    ("背丈が一寸しかありませんでした。", "背丈:せたけ|一寸:いっすん"),
    ("一寸法師は都へ上りました。", "一寸:いっすん"),  # already split 一|寸 by Sudachi
    ("一寸先は闇と言います。", "一寸:いっすん"),  # essays.py's
    ("一寸待ってください。", "一寸:ちょっと"),  # the adverb
])
def test_one_sun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("かぐや姫は月の都へ帰っていきました。", "都:みやこ"),
    ("古の都をしのぶ。", "都:みやこ"),
    ("一寸法師は箸を櫂にして都へ上りました。", "都:みやこ"),
    ("都の大きな屋敷で働くことになりました。", "都:みやこ"),  # a tale's 屋敷
    ("都が新しい計画を発表しました。", "都:と"),  # Tokyo's government
    ("小池知事は会見で、都としても独自の支援策を示した。", "都:と"),
    ("東京都の人口が増えました。", "東京都:とうきょうと"),
])
def test_old_capital(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("決して機を織るところを見ないでください。", "機:はた|織:お"),
    ("娘は七日七晩、機を織り続けました。", "機:はた"),
    ("機を逃さず攻めました。", "機:き"),  # an opportunity
    ("機織りの音が続きました。", "機織:はたお"),
])
def test_loom(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("鬼たちは宝物を差し出して降参しました。", "宝物:たからもの"),
    ("桃太郎は宝物を車に積んで村へ帰りました。", "宝物:たからもの"),
    ("宝物館では国宝の仏像を拝観できます。", "宝物:ほうもつ"),  # glued to 館, at a temple
    ("宝物を奉納しました。", "宝物:ほうもつ"),  # an offering at a shrine
])
def test_treasure(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("小僧はお札を投げて、大きな川を出しました。", "札:ふだ"),
    ("和尚さんは小僧に三枚のお札を渡しました。", "札:ふだ"),
    ("お札を財布に入れました。", "札:さつ"),  # a banknote
    ("小僧はお札を数えて財布にしまった。", "札:さつ"),  # money about
])
def test_charm(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("須佐之男命は大蛇に酒を飲ませました。", "須佐之男:すさのおの|命:みこと"),
    ("大国主命は兎に教えました。", "大国:おおくに|主命:ぬしのみこと"),
    ("上官の命を受けて出撃した。", "命:めい"),
    ("大国の主張が通った。", "大国:たいこく"),
])
def test_god_title(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お妃は魔法の鏡に問いかけました。", "妃:きさき|魔法:まほう|鏡:かがみ"),
    ("皇太子妃として迎えられました。", "妃:ひ"),
    ("「鏡よ鏡、世界で一番美しいのは誰。」", "鏡:かがみ|鏡:かがみ"),
    ("望遠鏡で月を見ました。", "望遠鏡:ぼうえんきょう"),
])
def test_queen_and_mirror(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("座敷童子のいる家は栄えると言われています。", "座敷:ざしき|童子:わらし"),
    ("吉四六さんは、村一番のとんち者でした。", "者:もの"),
    ("大会の参加者は百人でした。", "参加者:さんかしゃ"),  # after kanji
    ("貧しい男は一文無しになってしまいました。", "一:いち|文無:もんな"),
    ("一つ目の角を曲がりました。", "一:ひと"),
])
def test_tale_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("猿が柿の種とおにぎりを取り替えました。", "柿:かき|種:たね"),
    ("この種の事件は珍しい。", "種:しゅ"),
])
def test_seed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("瘤をもう一つ付けられました。", "一:ひと|付:つ"),  # a count, then a new clause
    ("印象付けるのが上手です。", "印象:いんしょう|付:づ"),
    ("義務付けられました。", "義務:ぎむ|付:づ"),
])
def test_attach_after_count(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("folktales"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
