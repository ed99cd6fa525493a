"""Readings found wrong in our own sentences in the style of personal blog diaries (daily life, children,
family, friends, seasons; fillers, elongated vowels, emoticons): the in-laws called お義母さん (かあ), 弾ける
as playing an instrument (ひ), 家 after a counted span of time (一日家で いえ), 中 after 一晩 and 一年 taken for
a prefix (じゅう), 一日一善 (いちぜん), 今日は before a word taken for the greeting (きょう), 行った after the
split 一昨年 (い), 鶏の唐揚げ (とり), the kindergarten's 年中さん (ねんちゅう), the sweet 最中 (もなか), a place
with 人気がなくて怖い (ひとけ), お腹が空いたって (す) and 家の子 (うち). Each rule is also checked where it must
not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/diary_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from reader.core.nlp.families.diary import diary_fix
from reader.core.nlp.tokens import Token
from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("お義母さんからお米を沢山いただきました。", "義母:かあ"),
    ("お義父さんが畑で採れたスイカを送ってくれた。", "義父:とう"),
    ("お義姉さんと一緒にランチしてきました。", "義姉:ねえ"),
    ("お義兄さんが車で迎えに来てくれた。", "義兄:にい"),
    ("お義母様にお礼を言った。", "義母:かあ|様:さま"),
    ("義母が入院しました。", "義母:ぎぼ"),  # no お, no honorific: the written term
    ("義父の会社で働いています。", "義父:ぎふ"),
])
def test_in_laws_called_by_the_family_word(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("娘がピアノの発表会で上手に弾けました！", "上手:じょうず|弾:ひ"),
    ("ピアノが弾けたらかっこいいよね。", "弾:ひ"),
    ("曲が弾けた！", "曲:きょく|弾:ひ"),
    ("ギターを弾けるようになった。", "弾:ひ"),  # Sudachi's own
    ("シャボン玉が弾けた。", "弾:はじ"),  # bursting
    ("笑顔が弾けていた。", "笑顔:えがお|弾:はじ"),
])
def test_playing_an_instrument(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("今日は一日家でゴロゴロ。", "一日:いちにち|家:いえ"),
    ("昨日は一日家で寝てました。", "家:いえ"),
    ("二日家にこもった。", "二日:ふつか|家:いえ"),
    ("一週間家で過ごした。", "一週間:いっしゅうかん|家:いえ"),
    ("専門家に相談した。", "専門家:せんもんか"),  # a noun of kind takes the suffix
    ("音楽家で作家の人です。", "音楽家:おんがくか|作家:さっか"),
])
def test_home_after_a_span_of_time(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("夜中に子供が熱を出して、一晩中看病してた。", "一晩:ひとばん|中:じゅう|看病:かんびょう"),
    ("一年中花粉症に悩まされてる。", "一年:いちねん|中:じゅう|花粉症:かふんしょう"),
    ("一年中暖かい。", "一年:いちねん|中:じゅう"),
    ("午前中に掃除をした。", "午前中:ごぜんちゅう"),
    ("一年生の中で一番速い。", "一年生:いちねんせい|中:なか"),
])
def test_all_through_a_night_or_year(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一日一善を心がけてます。", "一日:いちにち|一善:いちぜん"),
    ("一善さんに会った。", "一善:かずよし"),  # a given name before an honorific
])
def test_one_good_deed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お菓子作りにはまってます。今日はクッキー。", "今日:きょう"),
    ("です。今日はパンを焼きました。", "今日:きょう"),
])
def test_today_not_the_greeting(text, expected):
    assert expected in readings(text)


def test_greeting_left_alone():
    greeting = Token("今日は", 0, 3, "今日は", "こんにちは", ("感動詞", "一般", "*", "*"))
    mark = Token("！", 3, 4, "!", "!", ("補助記号", "句点", "*", "*"))
    everyone = Token("皆さん", 3, 6, "皆さん", "みなさん", ("名詞", "普通名詞", "一般", "*"))
    assert diary_fix([greeting, mark], 0, "こんにちは") is None  # 今日は！
    assert diary_fix([greeting, everyone], 0, "こんにちは") is None  # 今日は皆さん
    assert diary_fix([greeting], 0, "こんにちは") is None


@pytest.mark.parametrize("text,expected", [
    ("一昨年行った温泉にまた行きたいなー。", "一昨年:おととし|行:い|温泉:おんせん"),
    ("一昨年行ったお店がなくなっていた。", "行:い|店:みせ"),
    ("一昨年行った京都の写真。", "行:い|京都:きょうと"),
    ("一昨年行った調査では結果が出なかった。", "行:おこな|調査:ちょうさ"),  # an activity: 行う
])
def test_went_the_year_before_last(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("【今日の晩ご飯】鶏の唐揚げ、ポテトサラダ", "鶏:とり|唐揚:からあ"),
    ("鶏の照り焼きを作った。", "鶏:とり"),
    ("鶏の胸肉は安い。", "鶏:とり|胸肉:むねにく"),
    ("鶏の鳴き声で目が覚めた。", "鶏:にわとり"),  # the bird
    ("鶏の世話をする。", "鶏:にわとり"),
])
def test_chicken_as_a_dish(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("息子は小1、娘は年中さんです。", "年中:ねんちゅう"),
    ("年少、年中、年長と三年間通いました。", "年少:ねんしょう|年中:ねんちゅう|年長:ねんちょう"),
    ("幼稚園の年中の時に引っ越した。", "年中:ねんちゅう"),
    ("年中クラスの担任の先生。", "年中:ねんちゅう"),
    ("保育園は年中無休です。", "年中:ねんじゅう|無休:むきゅう"),  # all year round
    ("年中忙しい。", "年中:ねんじゅう"),
    ("幼稚園に年中通う。", "年中:ねんじゅう"),
])
def test_kindergarten_middle_year(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("最中を買ってきた。おやつに。", "最中:もなか"),
    ("お土産に最中をいただいた。", "最中:もなか"),
    ("和菓子屋さんで最中とお団子を買った。", "最中:もなか"),
    ("遊んでる最中に寝ちゃった。", "最中:さいちゅう"),  # in the middle of
    ("試合の最中を狙って電話した。", "最中:さいちゅう"),
    ("その最中に地震が来た。", "最中:さいちゅう"),
    ("作業最中の事故でした。", "最中:さいちゅう"),
])
def test_wafer_sweet(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("夜の公園は人気がなくてちょっと怖い。", "人気:ひとけ"),
    ("人気のない夜道を一人で歩いた。", "人気:ひとけ"),  # incidents.py's
    ("この公園は人気がない。", "人気:にんき"),  # no dark cue: maybe not popular
    ("この店は人気がなくて潰れた。", "人気:にんき"),
])
def test_nobody_about(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("お腹が空いたーって騒ぐ子供たち。", "腹:なか|空:す"),
    ("お腹が空いたって騒ぐ。", "空:す"),
    ("席が空いたって誰も座らない。", "席:せき|空:あ"),
    ("空しい気持ちになった。", "空:むな"),
])
def test_hungry_before_tatte(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("家の子は本当に食いしん坊です。", "家:うち|子:こ"),
    ("家の旦那はいつも帰りが遅い。", "家:うち|旦那:だんな"),
    ("隣の家の子は元気だ。", "隣:となり|家:いえ|子:こ"),  # a house
    ("友達の家の犬がかわいい。", "家:いえ|犬:いぬ"),
    ("家の前で転んだ。", "家:いえ|前:まえ"),
    ("家の子郎党を率いて戦った。", "家:いえ|子:こ|郎党:ろうとう"),
])
def test_our_household(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("diary"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
