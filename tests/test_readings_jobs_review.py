"""Readings found wrong in our own sentences in the style of job ads (求人, 時給, 交通費支給, 正社員登用),
application guides (履歴書, 職務経歴書, 面接) and HR notices: 方 of people a job ad welcomes (主婦の方が活躍中,
卒業見込みの方が対象 かた), 若干名 (じゃっかんめい), 新店 (しんてん), 一コマ and 二コマ (ひと, ふた), 四週八休
(はっきゅう), 月 before an amount (残業月二十時間, 上限月五万円 つき), 立ち after 一日中 (一日中立ち仕事 たち),
封筒の表 (おもて) and 入社と退社の年月 (ねんがつ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/jobs_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("勤続三年以上の方が対象です。", "以上:いじょう|方:かた|対象:たいしょう"),
    ("学生、フリーター、主婦の方が活躍中です。", "主婦:しゅふ|方:かた|活躍中:かつやくちゅう"),
    ("大学卒業見込みの方が対象です。", "方:かた|対象:たいしょう"),
    ("【パート募集】主婦の方が多数活躍中！", "方:かた|多数:たすう"),
    ("子育て中の方が多数在籍しています。", "方:かた|多数:たすう|在籍:ざいせき"),
    ("営業の方を募集しています。", "営業:えいぎょう|方:かた|募集:ぼしゅう"),
    ("正社員よりパートの方が優遇されている。", "方:ほう|優遇:ゆうぐう"),  # より: a comparison
    ("男性より女性の方が多数在籍しています。", "方:ほう"),
    ("大人の方が多い。", "方:ほう"),  # no word said of people after it
    ("反対の方が多数でした。", "方:ほう"),
])
def test_people_a_job_ad_welcomes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("若干名を募集します。", "若干名:じゃっかんめい"),
    ("募集人員は若干名、応募多数の場合は締め切ります。", "若干名:じゃっかんめい"),
    ("新店オープンに伴い、スタッフを大量募集します。", "新店:しんてん"),
    ("駅前に新店ができた。", "新店:しんてん"),
])
def test_analyser_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("塾講師、一コマ九十分、時給二千円以上。", "一:ひと|九十分:きゅうじゅっぷん"),
    ("一コマ四十五分の授業を担当していただきます。", "一:ひと|四十五分:よんじゅうごふん"),
    ("週に二コマ担当します。", "二:ふた"),
    ("三コマ連続の授業です。", "三:さん"),  # from three on, Sino-Japanese
    ("四コマ漫画を読みました。", "四:よん"),
    ("四週八休制で、シフトは月ごとに作成します。", "四週:よんしゅう|八休:はっきゅう"),
    ("四週六休です。", "六休:ろっきゅう"),
    ("二勤一休のシフト制です。", "一休:いっきゅう"),
    ("一休みしましょう。", "一休:ひとやす"),  # not a count of days off
])
def test_counters_of_lessons_and_days_off(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("残業月二十時間以内、定時退社推奨。", "残業:ざんぎょう|月:つき|二十時間:にじゅうじかん"),
    ("通勤手当（上限月五万円）、住宅手当（月二万円）。", "上限:じょうげん|月:つき|五万円:ごまんえん"),
    ("家賃月八万円。", "家賃:やちん|月:つき"),
    ("誕生月の特典があります。", "誕生:たんじょう|月:づき"),  # no amount after it: the month of
    ("休業月はありません。", "休業:きゅうぎょう|月:づき"),
])
def test_month_before_an_amount(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一日中立ち仕事で足が痛いです。", "中:じゅう|立:た|仕事:しごと"),
    ("浮足立つ。", "浮足:うきあし|立:だ"),  # glued to a noun, the verb voices
])
def test_all_day_does_not_compound(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("履歴書在中と封筒の表に書いてください。", "封筒:ふうとう|表:おもて"),
    ("はがきの表に住所を書く。", "表:おもて|住所:じゅうしょ"),
    ("名刺の表には会社名が入ります。", "名刺:めいし|表:おもて"),
    ("売上の表を作る。", "売上:うりあげ|表:ひょう"),  # a table
    ("データの表にまとめる。", "表:ひょう"),
])
def test_face_of_an_envelope(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("職歴欄には入社と退社の年月を書きます。", "退社:たいしゃ|年月:ねんがつ"),
    ("資格の取得の年月を正確に書きましょう。", "取得:しゅとく|年月:ねんがつ"),
    ("長い年月をかけて完成した。", "年月:としつき"),  # years gone by
    ("十年の年月が流れた。", "年月:としつき"),
])
def test_year_and_month_of_an_event(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("jobs"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
