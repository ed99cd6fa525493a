"""Readings found wrong in our own sentences in the style of encyclopedia history and biography: kings,
emperors and their families, wars, clans and fiefs, Western history and place-name origins: a regnal
number Sudachi takes for a given name (カール五世 ごせい), 妃 standing alone (六人の妃 きさき), a war (文永の役
えき), koku after 万 (百万石 ごく), 八代 before a title (八代将軍 はちだい), counts of sons and daughters (二男一女
になんいちじょ), 世界一周 (いっしゅう), 御台所 (み), 一国一城 (いちじょう), 江戸詰め (づめ), 大公国 (たい), two
epithets (黒太子 こく, 獅子心王 しんおう), a palace hall (鏡の間 ま), 帯刀 (たいとう), 文武天皇 (もんむ), 都と定める
(みやこ) and 父帝 (ふてい). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/history_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("神聖ローマ皇帝カール五世は退位した。", "五世:ごせい"),
    ("ジョージ五世の戴冠式が行われた。", "五世:ごせい"),
    ("エドワード七世の治世は短かった。", "七世:ななせい"),
    ("ルイ十四世は太陽王と呼ばれた。", "十四世:じゅうよんせい"),  # split by Sudachi: the counter's
    ("山田五世さんが来た。", "五世:いつよ"),  # after a kanji surname: the given name
])
def test_regnal_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ヘンリー八世は六人の妃を迎えた。", "妃:きさき"),
    ("妃となったのは十五歳の時だった。", "妃:きさき"),
    ("王は、妃とともに亡命した。", "妃:きさき"),
    ("その妃は病没した。", "妃:きさき"),
    ("皇太子妃が式典に出席した。", "皇太子:こうたいし|妃:ひ"),  # the suffix
    ("紀子妃が出席した。", "紀子:のりこ|妃:ひ"),
    ("唐の玄宗は楊貴妃を寵愛した。", "楊貴:ようき|妃:ひ"),
])
def test_consort(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("元寇は文永の役と弘安の役の二度にわたった。", "文永:ぶんえい|役:えき|弘安:こうあん|役:えき"),
    ("文禄・慶長の役で多くの陶工が連れ帰られた。", "慶長:けいちょう|役:えき"),
    ("前九年の役と後三年の役を経て源氏が台頭した。", "役:えき|後三年:ごさんねん|役:えき"),
    ("大坂の役で豊臣家は滅んだ。", "大坂:おおさか|役:えき"),
    ("映画で織田信長の役を演じた。", "役:やく"),  # a person: a role
    ("京都の役を演じた。", "京都:きょうと|役:やく"),  # played: a role
    ("会長の役を務めた。", "会長:かいちょう|役:やく"),
])
def test_war(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("加賀藩は百万石を誇った。", "百万:ひゃくまん|石:ごく"),
    ("一万石以上の領主が大名とされた。", "一万:いちまん|石:ごく"),
    ("十万石の城下町として栄えた。", "十万:じゅうまん|石:ごく"),
    ("三千石の旗本であった。", "三千石:さんぜんごく"),  # Sudachi's own word
    ("一石はおよそ一人が一年に食べる米の量とされた。", "一石:いっこく"),
    ("一石を投じる提案だった。", "一石:いっせき"),  # no rice: the stone
    ("一石二鳥の策だ。", "一石二鳥:いっせきにちょう"),
])
def test_koku(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("享保の改革は八代将軍徳川吉宗が行った。", "八代:はちだい|将軍:しょうぐん"),
    ("八代当主が家督を継いだ。", "八代:はちだい|当主:とうしゅ"),
    ("八代高校に通っている。", "八代:やつしろ|高校:こうこう"),  # the city
    ("八代から熊本へ向かった。", "八代:やつしろ"),
])
def test_eighth_generation(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("王太子妃は二男一女をもうけた。", "二男:になん|一女:いちじょ"),
    ("皇后は三男二女をもうけた。", "三男:さんなん|二女:にじょ"),
    ("一男二女に恵まれた。", "一男:いちなん|二女:にじょ"),
    ("長男と二女がいる。", "長男:ちょうなん|二女:じじょ"),  # the second daughter
    ("二男は医師になった。", "二男:じなん"),
])
def test_count_of_children(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("艦隊は世界一周を達成した。", "世界一:せかいいっ|周:しゅう"),
    ("自転車で日本一周の旅に出た。", "日本一:にほんいっ|周:しゅう"),
    ("世界一の高さを誇る塔だ。", "世界一:せかいいち"),
])
def test_once_around(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("将軍の正室は御台所と呼ばれた。", "御:み|台所:だいどころ"),
    ("一国一城令により多くの城が破却された。", "一国:いっこく|一城:いちじょう|令:れい"),
    ("江戸詰めの藩士は藩邸に住んだ。", "江戸:えど|詰:づ"),
    ("国詰めの家臣が残った。", "国:くに|詰:づ"),  # Sudachi's own
    ("最後の詰めが甘かった。", "詰:つ"),  # after a particle
    ("大公国は十九世紀に王国へ昇格した。", "大:たい|公国:こうこく"),
    ("大公妃は宮廷で重んじられた。", "大:たい|公妃:こうひ"),
    ("トスカーナ大公に仕えた。", "大公:たいこう"),
])
def test_titles_and_postings(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("エドワード黒太子は父王より先に没した。", "黒:こく|太子:たいし"),
    ("リチャード一世は獅子心王と呼ばれた。", "獅子:しし|心王:しんおう"),
    ("黒の太子と呼ばれた。", "黒:くろ"),  # not glued
])
def test_epithets(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("講和条約はヴェルサイユ宮殿の鏡の間で調印された。", "鏡:かがみ|間:ま"),
    ("城の松の間で会見した。", "松:まつ|間:ま"),
    ("宮殿と庭園の間に池がある。", "間:あいだ"),  # between two things
    ("二人の間に子が生まれた。", "間:あいだ"),  # no palace
    ("城に着くまでの間、休んだ。", "間:あいだ"),  # not after a noun
])
def test_palace_hall(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("武士は苗字帯刀を許された。", "苗字:みょうじ|帯刀:たいとう"),
    ("帯刀を許された。", "帯刀:たいとう"),
    ("小松帯刀は薩摩藩の家老である。", "小松:こまつ|帯刀:たてわき"),  # after a surname: the name
    ("諡号は「文武天皇」である。", "文武:もんむ|天皇:てんのう"),
    ("文武両道を重んじた。", "文武:ぶんぶ"),
    ("皇太子は父帝の崩御を受けて即位した。", "父帝:ふてい"),
])
def test_names_and_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("平城京は七一〇年に都と定められた。", "都:みやこ"),
    ("桓武天皇はこの地を都と定めた。", "都:みやこ"),
    ("平安京が都となった。", "都:みやこ"),  # heritage.py's own
    ("都に申請した。", "都:と"),
])
def test_capital(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("history"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
