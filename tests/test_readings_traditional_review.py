"""Readings found wrong in our own sentences in the style of tea-ceremony, ikebana, calligraphy, kimono,
noh, kabuki, bunraku, rakugo and craft pages: 点前 glued after a noun (炭点前 でまえ), 噺 glued after a noun
(人情噺 ばなし), 主菓子 (おも), 一重太鼓 (ひとえ), the noh 四拍子 (し), the stage 黒衣 (くろご), 上方落語
(かみがた), 小拍子 (こびょうし), 楽茶碗 (らく), 真・行・草 (そう), a calligraphy 色紙 (しきし), 二巻き (ふた),
親子三代 (さんだい), 謡本 (ぼん), 翁 (おきな), 長半紙 (なが), 自由花 (か), a kimono's 右前 (みぎまえ), strokes
counted with 画 (八画 はっかく), a seal by 朱肉 (印 いん), （仮名） after a name (かめい), and the slips
楮 こうぞ, 床本 ゆかほん, 四軒 よんけん. Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/traditional_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("炭点前では、炭を決まった順に継ぎ足す。", "炭:すみ|点前:でまえ"),
    ("濃茶点前を稽古しました。", "濃茶:こいちゃ|点前:でまえ"),
    ("お点前をいただきました。", "点前:てまえ"),  # after お
    ("風炉の点前を習う。", "風炉:ふろ|点前:てまえ"),  # after a particle
])
def test_kinds_of_procedure_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("師匠が人情噺をじっくり聞かせた。", "人情:にんじょう|噺:ばなし"),
    ("夏は怪談噺の季節です。", "怪談:かいだん|噺:ばなし"),
    ("噺の稽古をする。", "噺:はなし"),
])
def test_kinds_of_story_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("菓子は干菓子と主菓子の二種類がある。", "主:おも|菓子:がし"),
    ("主成分は水です。", "主成分:しゅせいぶん"),
])
def test_main_sweet(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("名古屋帯を一重太鼓に結びました。", "一:ひと|重:え|太鼓:たいこ"),
    ("袋帯は二重太鼓に結びます。", "二:に|重:じゅう"),
    ("胴に二巻きする。", "二:ふた|巻:ま"),
    ("紐を胴に一巻きする。", "一:ひと|巻:ま"),
])
def test_native_counts_of_kimono(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("小鼓と大鼓、笛、太鼓を合わせて四拍子という。", "四:し|拍子:びょうし"),
    ("四拍子の曲を弾く。", "四:よん|拍子:びょうし"),  # a metre
])
def test_noh_ensemble(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("黒衣は観客からは見えないものとして扱われる。", "黒衣:くろご"),
    ("左遣いと足遣いは黒衣姿で顔を隠す。", "黒衣:くろご"),
    ("黒衣の男が立っていた。", "黒衣:こくい"),  # no stage
])
def test_stagehand_in_black(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上方落語では見台と小拍子を使う。", "上方:かみがた|落語:らくご|見台:けんだい|小:こ|拍子:びょうし"),
    ("業績予想を上方修正した。", "上方:じょうほう"),
    ("拍子が合わない。", "拍子:ひょうし"),
])
def test_kamigata_rakugo(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("楽茶碗は手で形を作る。", "楽:らく|茶碗:ちゃわん"),
    ("お辞儀は真・行・草の三種類がある。", "真:しん|行:ぎょう|草:そう"),
    ("草・木・花を描く。", "草:くさ"),
    ("謡の稽古では、謡本を見ながら節を覚える。", "謡:うたい|本:ぼん"),
    ("絵本を読む。", "絵本:えほん"),
    ("書き初めでは長半紙に四文字を書いた。", "長:なが|半紙:はんし"),
    ("自由花では花材の組み合わせに決まりはない。", "自由:じゆう|花:か"),
    ("生け花を習う。", "生:い|花:ばな"),
])
def test_craft_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("色紙に一字書を書いて飾った。", "色紙:しきし"),
    ("色紙で鶴を折る。", "色紙:いろがみ"),  # folding: coloured paper
])
def test_calligraphy_board(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("親子三代での共演が話題になった。", "親子:おやこ|三代:さんだい"),
    ("三代さんに会う。", "三代:みよ"),  # a name before an honorific
    ("翁は能にして能にあらずといわれる特別な演目だ。", "翁:おきな"),
])
def test_generations_and_the_old_man(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("浴衣の着方は、右前に合わせるのが決まりです。", "右前:みぎまえ"),
    ("右前へ打ち返した。", "右前:うぜん"),  # batting
    ("右前に進んだ。", "右前:うぜん"),  # no kimono
])
def test_kimono_fronts(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("半紙に基本の八画を練習する。", "八画:はっかく"),
    ("「書」は十画です。", "十画:じゅっかく"),
    ("一画目の止めが大切です。", "一画目:いっかくめ"),
    ("二画面で表示する。", "画面:がめん"),
])
def test_strokes_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("和紙は楮の繊維を漉いて作られる。", "楮:こうぞ"),
    ("床本を見台に置いて、太夫が語り始める。", "床本:ゆかほん"),
    ("定席の寄席は東京に四軒ある。", "四軒:よんけん"),
])
def test_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("落款の印は朱肉で押します。", "落款:らっかん|印:いん"),
    ("地図の印をつける。", "印:しるし"),  # a mark
    ("新・幸四郎（仮名）が口上を述べた。", "幸四郎:こうしろう|仮名:かめい"),
    ("山田太郎さん（仮名）は話す。", "仮名:かめい"),
    ("日本語（仮名）の表記。", "仮名:かな"),  # no name before it
    ("仮名で書く。", "仮名:かな"),
])
def test_seal_and_pseudonym(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("traditional"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
