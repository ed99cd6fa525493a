"""Readings found wrong in our own sentences in the style of camera, lens and gadget reviews (users' and
review sites'): 音 after a katakana noun (シャッター音 おん), 撮り after a one-kanji or katakana noun, a prefix
or a verb stem (物撮り, 鳥撮り, 縦撮り, 重ね撮り どり), 中 after a counted number (星五つ中, 十問中 ちゅう; 五本中
ちゅう where Sudachi takes 五本 for a place), a numeral before つ and a word that measures the count (四つ以上
よっ, 四つ目) or before 星 (四つ星 よ), 判 after a size (A4判, L判, 35ミリ判 ばん), ワイド端 (たん), 前世代 (ぜんせ),
大三元 and 小三元 (げん), 銘玉 (ぎょく), a camera's 前ダイヤル and 後ダイヤル (まえ, うしろ), 上面 carrying a
part (上面のダイヤル じょうめん) and 元箱 (もとばこ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/gadgets_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("シャッター音が小さいので、式典でも使えます。", "音:おん"),
    ("モーター音がほとんど聞こえません。", "音:おん"),
    ("ファン音は高負荷時でも静かです。", "音:おん"),
    ("エンジン音やサイレン音まで録音できます。", "音:おん|音:おん"),
    ("ビープ音が鳴ります。", "音:おん"),  # the lexicon's own
    ("ファンの音が気になります。", "音:おと"),  # after a particle
    ("カシャッ音が心地よいです。", "音:おと"),  # an onomatopoeia
    ("音が小さいです。", "音:おと"),
])
def test_sound_suffix(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("背景紙を使って、物撮りをしています。", "物:もの|撮:ど"),
    ("鳥撮りには超望遠が欲しくなります。", "鳥:とり|撮:ど"),
    ("縦撮りの動画はSNS向きです。", "縦:たて|撮:ど"),
    ("スマホを横向きにして横撮りしました。", "横:よこ|撮:ど"),
    ("重ね撮りで幻想的な一枚に仕上げました。", "重:かさ|撮:ど"),
    ("ブツ撮りの基本を学びました。", "撮:ど"),
    ("一発撮りで仕上げました。", "一発:いっぱつ|撮:ど"),
    ("自撮りしやすい液晶です。", "自撮:じど"),  # the lexicon's own
    ("三十六枚撮りのフィルムです。", "三十六枚:さんじゅうろくまい|撮:ど"),  # hobby.py's count of frames
    ("写真を撮りまくった一日でした。", "写真:しゃしん|撮:と"),  # after a particle
    ("写真撮りまくりの旅でした。", "写真:しゃしん|撮:と"),  # a dropped を: the verb goes on
    ("鳥撮りました。", "撮:と"),  # the verb before ます
    ("鳥を撮りに行きます。", "撮:と"),
])
def test_shooting_compounds_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("星五つ中、星四つの評価です。", "五:いつ|中:ちゅう"),
    ("十問中八問正解でした。", "十問:じゅうもん|中:ちゅう|八問:はちもん"),
    ("手持ちのレンズ五本中三本が単焦点です。", "五本:ごほん|中:ちゅう|三本:さんぼん"),  # Sudachi's place 五本
    ("十人中九人が満足しました。", "十人:じゅうにん|中:ちゅう"),
    ("五人中三人が合格。", "中:ちゅう"),  # Sudachi's own
    ("一日中撮影できます。", "中:じゅう"),  # a span of time
    ("五つの中から選びます。", "中:なか"),  # after a particle
])
def test_out_of_a_count(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("星四つ以上の評価が八割です。", "四:よっ|以上:いじょう"),
    ("付属品は六つ以上あります。", "六:むっ|以上:いじょう"),
    ("八つ程度の機種を比べました。", "八:やっ|程度:ていど"),
    ("四つ目のレンズを買いました。", "四:よっ|目:め"),
    ("評価は星四つ半です。", "四:よっ|半:はん"),
    ("星四つの評価です。", "四:よっ"),
    ("四つ角を曲がります。", "四:よ|角:かど"),  # a compound of its own
    ("三つ編みにしました。", "三:み|編:あ"),
])
def test_native_count_before_a_measure(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("四つ星ホテルに泊まりました。", "四:よ|星:ぼし"),
    ("六つ星の評価です。", "六:む|星:ぼし"),
    ("五つ星の評価です。", "五:いつ|星:ぼし"),  # Sudachi's own
    ("三つ星レストランです。", "三:み|星:ぼし"),
    ("十四つ星", "十四:じゅうよん"),  # no single numeral
])
def test_star_ratings(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三十五ミリ判換算で二十八ミリ相当です。", "判:ばん|換算:かんさん"),
    ("L判や2L判のプリントです。", "判:ばん|判:ばん"),
    ("A4判のカタログです。", "判:ばん"),
    ("B５判の冊子です。", "判:ばん"),
    ("中判デジタルの階調です。", "中判:ちゅうばん"),  # the lexicon's own
    ("ハンコの判を押す欄があります。", "判:はん"),  # a seal
    ("第3判", "判:はん"),  # digits alone are no size
])
def test_print_and_film_formats(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ワイド端では樽型の歪曲が目立ちます。", "端:たん"),
    ("テレ端でも開放からシャープです。", "端:たん"),
    ("広角端の歪曲は少しあります。", "広角:こうかく|端:たん"),
    ("道の端に寄りました。", "端:はし"),
    ("前世代のチップでも困りません。", "前世:ぜんせ|代:だい"),
    ("前世代機より軽くなりました。", "前世:ぜんせ|代:だい|機:き"),
    ("前世の記憶があります。", "前世:ぜんせい"),  # a former life
    ("大三元レンズは重いですが、画質は確かです。", "大三:だいさん|元:げん"),
    ("小三元ならもっと気軽です。", "小三:しょうさん|元:げん"),
    ("元の場所に戻しました。", "元:もと"),
    ("この銘玉は今でも人気です。", "銘:めい|玉:ぎょく"),
    ("玉ボケがきれいです。", "玉:たま"),
])
def test_lens_jargon(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前ダイヤルと後ダイヤルの感触がしっかりしています。", "前:まえ|後:うしろ"),
    ("前カバーを外します。", "前:まえ"),  # manuals.py's own
    ("前バージョンより速いです。", "前:ぜん"),  # the previous one
    ("撮影モードは上面のダイヤルで切り替えます。", "上面:じょうめん"),
    ("上面の液晶で残量を確認できます。", "上面:じょうめん"),
    ("本体の上面だけを見ても、違いはわかりません。", "本体:ほんたい|上面:じょうめん"),  # a device's own face
    ("上面の付き合いだけです。", "上面:うわつら"),  # the surface of things
    ("物事の上面だけを見る。", "上面:うわつら"),
])
def test_camera_body_parts(text, expected):
    assert expected in readings(text)


def test_original_box():
    assert by_word("付属品完備で、元箱もあります。")["元箱"] == "もとばこ"
    assert by_word("外箱は捨てました。")["外箱"] == "そとばこ"


@pytest.mark.parametrize("text,expected", genre_cases("gadgets"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
