"""Readings found wrong in our own sentences in the style of tax, pension and insurance guides for households
(確定申告, 年末調整, 扶養控除, 国民年金, 保険の満期と解約返戻金, 給付金の申請): 年百 before an amount (年百十万円
ねん|ひゃく), 金型 after a money word (返戻金型 きんがた), 一 in 生計を一にする (いつ), 得 before でしょう (とく),
and 方 after an adjective before の親 or を選ぶ (所得の高い方の親 ほう). Each rule is also checked where it
must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/tax_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("贈与税の基礎控除は年百十万円です。", "年百:ねんひゃく|十万円:じゅうまんえん"),
    ("年百十五万円以下なら対象です。", "年百:ねんひゃく|十五万円:じゅうごまんえん"),
    ("手数料は年百十円です。", "年百:ねんひゃく|十円:じゅうえん"),
    ("年百六万円を超えると加入します。", "年:ねん|百六万円:ひゃくろくまんえん"),  # split right already
    ("年百五十万円の収入があります。", "年:ねん|百五十万円:ひゃくごじゅうまんえん"),
])
def test_a_year_and_an_amount(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("低解約返戻金型の終身保険は保険料が割安です。", "返戻:へんれい|金型:きんがた"),
    ("給付金型の保険を選びました。", "給付:きゅうふ|金型:きんがた"),
    ("積立金型の商品もあります。", "積立:つみたて|金型:きんがた"),
    ("一時金型の商品です。", "一時金:いちじきん|型:がた"),  # split right already
    ("プレス金型の製造を手がけています。", "金型:かながた"),  # a die
    ("射出成形金型の設計をしています。", "成形:せいけい|金型:かながた"),
    ("精密金型のメーカーです。", "精密:せいみつ|金型:かながた"),
    ("試作金型の費用を見積もります。", "試作:しさく|金型:かながた"),
])
def test_money_type(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("生計を一にする親族の医療費も合算できます。", "生計:せいけい|一:いつ"),
    ("生計を一にしている家族が対象です。", "一:いつ"),
    ("両者は軌を一にする動きです。", "軌:き|一:いつ"),
    ("点数を一にする。", "一:いち"),  # a number
    ("一にする数を選びます。", "一:いち"),
])
def test_one_and_the_same(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("半年払いと年払いではどちらが得でしょうか。", "得:とく"),
    ("一括で払う方が得ですか。", "得:とく"),
    ("申告すると得です。", "得:とく"),  # Sudachi's noun already
    ("利益を得ます。", "得:え"),  # the verb
    ("許可を得て申請します。", "得:え"),
])
def test_profit(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,word,expected", [
    ("児童手当の受給者は原則として所得の高い方の親です。", "方", "ほう"),
    ("年収の多い方の配偶者が申告します。", "方", "ほう"),
    ("背の高い方の人です。", "方", "ほう"),
    ("税負担の軽い方を選ぶとよいでしょう。", "方", "ほう"),
    ("若い方の意見を聞きました。", "方", "かた"),  # not a person after の: left to the other rules
    ("詳しい方の話を聞きました。", "方", "かた"),
    ("入院している方の家族が申請します。", "方", "かた"),  # after a verb: a person
    ("税務署の職員の方が丁寧に教えてくれました。", "方", "かた"),
])
def test_side_of_two(text, word, expected):
    assert by_word(text)[word] == expected


@pytest.mark.parametrize("text,expected", genre_cases("tax"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
