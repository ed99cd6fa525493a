"""Readings found wrong in our own sentences in the style of kanji columns, learners' blogs, usage notes and
dictionaries' remarks: 熟 cut off before 字訓 (熟字訓 じゅく), 四 before 字 (四字熟語 よ), 御 of a bracketed
「御の字」 (おん), 下手に出る (したて), 大字 as formal numerals (だいじ), 偏 of a kanji (へん), 十把 (じっぱ), a
quoted word whose reading the sentence gives (「市場」は「いちば」とも読みます いちば), 音 as a kanji's sound
(おん), a lone quoted kanji taken for a name (「明」 めい), and the slips 鼻血 はなぢ, 働 はたらく and 體 たい.
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/language_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("熟字訓とは熟語全体に訓を当てる読み方です。", "熟:じゅく|字訓:じくん"),
    ("「大人」も熟字訓に分類されます。", "熟:じゅく|字訓:じくん"),
    ("「相撲」も熟字訓の一つです。", "熟:じゅく|字訓:じくん"),
    ("「明日」を「あす」と読むのは熟字訓の例です。", "熟字訓:じゅくじくん"),  # Sudachi's whole word
])
def test_jukujikun_split(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("四字熟語を毎日一つ覚えます。", "四:よ|字:じ|熟語:じゅくご"),
    ("答えは四字で書きなさい。", "四:よ|字:じ"),
    ("三字熟語も多くあります。", "三:さん|字:じ"),  # other numbers keep theirs
    ("二字熟語の読み方です。", "二字:にじ"),
    ("四人で話し合いました。", "四人:よにん"),
])
def test_four_characters(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「御の字」は大いにありがたいという意味です。", "御:おん|字:じ"),
    ("売り上げが半分でも御の字だ。", "御:おん|字:じ"),
    ("「下手に出る」は「したてにでる」と読みます。", "下手:したて|出:で"),
    ("相手が下手に出たので驚いた。", "下手:したて|出:で"),
    ("下手に動くと危ない。", "下手:へた"),  # clumsily
    ("字が下手なのが悩みです。", "字:じ|下手:へた"),
])
def test_set_phrases(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("大字では「一」を「壱」と書きます。", "大字:だいじ"),
    ("小切手には「壱萬円」のように大字を使います。", "大字:だいじ"),
    ("契約書の金額は大字の漢数字で書きます。", "大字:だいじ"),
    ("大字山田の集落を訪ねた。", "大字:おおあざ"),  # an address unit
    ("「阿」の偏から作られた片仮名です。", "偏:へん"),
    ("この字の偏は何ですか。", "偏:へん"),
    ("偏差値が上がった。", "偏差値:へんさち"),
    ("「十把一絡げ」は「じっぱひとからげ」と読みます。", "十:じっ|把:ぱ"),
    ("稲を一把ずつ束ねる。", "一:いち|把:わ"),  # not after 十
])
def test_numerals_and_parts(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「市場」は「いちば」とも「しじょう」とも読みます。", "市場:いちば"),
    ("「色紙」は「しきし」と読むか「いろがみ」と読むかで別の物になります。", "色紙:しきし"),
    ("「大家」は「おおや」と読めば家主です。", "大家:おおや"),
    ("「最中」は「さいちゅう」と読みますが、和菓子は「もなか」です。", "最中:さいちゅう"),
    ("「十」は「とお」と読むこともあります。", "十:とお"),
    ("「雰囲気」を「ふいんき」と読むのは誤りです。", "雰囲気:ふんいき"),  # a mistake, not the reading
    ("「重複」を「じゅうふく」と読む人もいます。", "重複:ちょうふく"),  # someone's habit
    ("「生」は「セイ」と読みます。", "生:せい"),  # katakana: an on-reading, not the word's
    ("「口腔」は医学では「こうくう」と読まれます。", "口腔:こうこう"),  # something else between
    ("「凸凹」と書いて「でこぼこ」と読みます。", "凸凹:でこぼこ"),
])
def test_reading_the_sentence_gives(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「晴」は「日」が意味を、「青」が音を表す形声文字です。", "音:おん"),
    ("当て字とは漢字の意味と関係なく音だけを借りて書く表記です。", "音:おん"),
    ("慣用音とは本来の音から変化して定着した読み方です。", "音:おん"),
    ("漢字を読むと隣の部屋から大きな音が聞こえた。", "音:おと"),  # a heard sound
    ("形声文字の説明を聞きながら雨の音を聞いた。", "音:おと"),
    ("雨の音が心地よい。", "音:おと"),  # nothing written about
    ("「明」は「日」と「月」を組み合わせた字です。", "明:めい"),
    ("「明」の呉音は「ミョウ」、漢音は「メイ」です。", "明:めい"),
    ("「明」は名前によく使われる字です。", "明:あきら"),  # a sentence about names
])
def test_kanji_sound(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「体」の旧字体は「體」です。", "體:たい"),
    ("「鼻血」は「はなぢ」と書きます。", "鼻血:はなぢ"),
    ("転んで鼻血が出た。", "鼻血:はなぢ"),
    ("「働」には「ドウ」という音読みもあります。", "働:はたらく"),
    ("毎日よく働く。", "働:はたら"),
])
def test_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("language"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
