"""Readings found wrong in our own sentences in the style of parents' blogs, baby-food guides, nursery and
school notices: 生後間もない (ま, not the suffix かん), 離乳食後期 cut 離乳|食後|期 (しょくこう), 完母 (かんぼ),
the kindergarten's 年中 before になる or の and a season (ねんちゅう), 【園だより】 (えん), spoonfuls and
families counted natively (一さじ ひとさじ, 一家族 ひとかぞく) but not after 第 (第一家族 だいいち), and a
school's 連絡 or 送迎 carried out (連絡はメール配信で行っています おこなって).
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/parenting_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("生後間もない赤ちゃんは、一日の大半を寝て過ごします。", "生後:せいご|間:ま"),
    ("生後間もなく退院しました。", "生後:せいご|間:ま"),
    ("生後間もなかった頃の写真です。", "間:ま"),
    ("入社間もない社員です。", "入社:にゅうしゃ|間:ま"),  # Sudachi's own
    ("生後間の体重の変化です。", "間:かん"),  # no もない after it
    ("休みが三日間もない。", "三日間:みっかかん"),  # a span counted
])
def test_shortly_after(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("離乳食後期になると、軟飯も食べられます。", "離乳:りにゅう|食後:しょくこう|期:き"),
    ("離乳食中期は舌でつぶせる固さです。", "離乳食:りにゅうしょく|中期:ちゅうき"),
    ("食後に薬を飲みます。", "食後:しょくご"),
    ("離乳食後に歯を磨きます。", "食後:しょくご"),  # no 期 after it
])
def test_late_weaning_stage(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("完母を目指していました。", "完:かん|母:ぼ"),
    ("完母と完ミのどちらでも大丈夫です。", "完:かん|母:ぼ"),
    ("完全に母は安心しました。", "完全:かんぜん|母:はは"),
    ("母と祖母が来ました。", "母:はは|祖母:そぼ"),
])
def test_exclusive_breastfeeding(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("年中になって、お友達と遊ぶことが増えました。", "年中:ねんちゅう"),
    ("年中に上がってから、絵を描くのが好きになりました。", "年中:ねんちゅう"),
    ("年中の秋から、ひらがなに興味を持ち始めました。", "年中:ねんちゅう"),
    ("娘は年中さんです。", "年中:ねんちゅう"),  # diary.py's own
    ("年中無休で営業しています。", "年中:ねんじゅう"),
    ("年中忙しい。", "年中:ねんじゅう"),
    ("年中の行事を紹介します。", "年中:ねんじゅう"),  # no season or class time after の
    ("一年中の夏のような暑さです。", "一年:いちねん|中:じゅう"),
])
def test_kindergarten_middle_year(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("【園だより】十一月の行事予定をお知らせします。", "園:えん"),
    ("園便りを読みました。", "園:えん"),
    ("エデンの園の物語です。", "園:その"),
])
def test_nursery_newsletter(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("最初は一さじ、慣れたら二さじに増やします。", "一:ひと|慣:な|二:ふた"),
    ("一匙ずつ与えます。", "一匙:ひとさじ"),
    ("小さじ一杯から始めます。", "小:こ|一杯:いっぱい"),
    ("参加費は一家族五百円です。", "一家族:ひとかぞく"),
    ("二家族でキャンプに行きました。", "二家族:ふたかぞく"),
    ("三家族が集まりました。", "三家族:さんかぞく"),
    ("第一家族が来日しました。", "第:だい|一家族:いちかぞく"),  # an ordinal
    ("第二部屋に集まってください。", "第:だい|二部屋:にへや"),
    ("大家族で暮らしています。", "大家族:だいかぞく"),
])
def test_native_counts(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("学校の連絡はメール配信で行っています。", "行:おこな"),
    ("送迎は保護者が行ってください。", "行:おこな"),
    ("連絡もなく遊びに行ってしまった。", "行:い"),  # after 〜に: went
    ("連絡は母が学校に行って伝えました。", "行:い"),
    ("連絡はせずに直接行ってみた。", "行:い"),  # the topic has its own verb
    ("手続きはしないで行った。", "行:い"),
    ("申請は、必要書類を用意して窓口で行ってください。", "行:おこな"),
])
def test_school_contact_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("parenting"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
