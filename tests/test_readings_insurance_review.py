"""Readings found wrong in our own sentences in the style of insurers' pages, pension guides, money columns
and readers' questions: 年 before a rate or a sum after が (利回りが年一・五パーセント ねん), 払い glued between
nouns (一時払い終身保険 ばらい), 入り用 split after な (いり), 契約応当日 (おうとうび), 数 after の before a bracket
(法定相続人の数」 かず) and the slip 月初 (げっしょ, not つきはじめ). Each rule is also checked where it must not
fire.

The genre's sentences with the readings a careful editor checked are in fixtures/insurance_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("利回りが年一・五パーセントの商品は今では珍しいです。", "利回:りまわ|年:ねん"),
    ("保険料が年一万二千円安くなりました。", "保険料:ほけんりょう|年:ねん"),
    ("健康診断が年一回あります。", "年:ねん"),
    ("手数料が年一・五％かかります。", "年:ねん"),
    ("利率は年一パーセントです。", "利率:りりつ|年:ねん"),  # Sudachi's own after は
    ("年が一つ違います。", "年:とし"),  # age, before が
    ("その年一回目の大会でした。", "年:とし"),  # that year, an ordinal after it
])
def test_per_year_before_a_rate(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("相続税対策として一時払い終身保険を活用します。", "一時:いちじ|払:ばら|終身保険:しゅうしんほけん"),
    ("分割払い契約に切り替えました。", "分割:ぶんかつ|払:ばら|契約:けいやく"),
    ("一時払い型の商品です。", "払:ばら|型:がた"),
    ("一時払いの保険料を払い込みます。", "一時:いちじ|払:ばら"),  # the noun: finance.py's
    ("料金払い済みの伝票です。", "料金:りょうきん|払:はら|済:ず"),  # 払い済み はらいずみ
    ("毎月家賃払い続けています。", "家賃:やちん|払:はら|続:つづ"),  # a verb after it
    ("お金を払い続けました。", "払:はら"),  # after a particle
])
def test_payment_mode_between_nouns(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("急な入り用に備えて、現金を置いています。", "急:きゅう|入:い|用:よう"),
    ("入り用な書類は保険証券です。", "入:い|用:よう"),  # the lexicon's own
    ("風呂に入り用を足した。", "風呂:ふろ|入:はい|用:よう"),  # after に: the verb 入る
])
def test_needed_money(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("契約応当日の前日までにお払い込みください。", "契約:けいやく|応:おう|当日:とうび"),
    ("応当日に引き落とされます。", "応:おう|当日:とうび"),
    ("試験当日は早く起きた。", "試験:しけん|当日:とうじつ"),  # not after 応
])
def test_contract_anniversary_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("死亡保険金の非課税枠は「五百万円×法定相続人の数」です。", "相続人:そうぞくにん|数:かず"),
    ("対象は（人の数）で決まる。", "人:ひと|数:かず"),
    ("家族の数だけ必要です。", "家族:かぞく|数:かず"),  # Sudachi's own before a particle
    ("その数、三百。", "数:すう"),  # not after の: left alone
])
def test_count_after_no(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("月初に家計簿を締めます。", "月初:げっしょ"),
    ("月初の営業日に引き落とされます。", "月初:げっしょ"),
    ("月初めに払います。", "月初:つきはじ"),  # 月初め, its own word
])
def test_start_of_month(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("insurance"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
