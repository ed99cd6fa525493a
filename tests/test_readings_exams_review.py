"""Readings found wrong in our own sentences in the style of entrance-exam news, cram-school pages
and study-tip blogs: 易化 (い), 難化 (なんか, a slip), 直前期 (ちょく), 算 naming a kind of arithmetic
problem (特殊算 ざん), 評定 as a grade (評定平均 ひょうてい), 十年分解いた as 分 + 解いた (ぶんと) and 捨て問
(もん). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/exams_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("今年の問題は易化した。", "易:い|化:か"),
    ("易化と難化を繰り返している。", "易:い|化:か|難化:なんか"),
    ("英語が難化したと話題だ。", "難:なん|化:か"),
    ("易の占いで吉と出た。", "易:えき"),  # divination: not before 化
    ("安易化が進む。", "安易:あんい"),
])
def test_easier_and_harder(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("直前期は新しい問題集に手を出さない。", "直:ちょく|前期:ぜんき"),
    ("直前の講習を受けた。", "直前:ちょくぜん"),
    ("前期日程に出願した。", "前期:ぜんき"),
])
def test_last_weeks_before_the_exam(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("算数の特殊算を覚える。", "特殊:とくしゅ|算:ざん"),
    ("つるかめ算は中学受験の定番だ。", "算:ざん"),
    ("植木算と仕事算を練習した。", "植木:うえき|算:ざん|仕事:しごと|算:ざん"),
    ("九九の計算と暗算が得意だ。", "計算:けいさん|暗算:あんざん"),  # whole words
    ("勝算はある。", "勝算:しょうさん"),
    ("概算で十万円かかる。", "概算:がいさん"),
])
def test_kinds_of_arithmetic_problem(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("評定平均は四・三だった。", "評定:ひょうてい"),
    ("格付け会社の評定が下がった。", "評定:ひょうてい"),
    ("小田原評定に終わった。", "評定:ひょうじょう"),  # the idiom of the besieged castle
    ("幕府の評定で決まった。", "評定:ひょうじょう"),  # the shogunate's council
    ("評定所で裁かれた。", "評定所:ひょうじょうしょ"),
])
def test_grade_rating(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("過去問を十年分解いた。", "十年:じゅうねん|分解:ぶんと"),
    ("過去問は最低でも五年分解こう。", "五年:ごねん|分解:ぶんと"),
    ("機械を分解した。", "分解:ぶんかい"),  # no counter before it
    ("三年分解いたしました。", "分解:ぶんかい"),  # before the humble いたす
    ("二冊分解けば十分だ。", "分:ぶん|解:と"),  # Sudachi's own cut
])
def test_worth_of_solved(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("捨て問を見極めるのも実力だ。", "捨:す|問:もん"),
    ("次の問に答えよ。", "問:とい"),  # after a particle: a question
    ("数学の大問は五題ある。", "大問:だいもん"),
    ("第三問で時間を使った。", "三問:さんもん"),  # the counter
])
def test_test_question(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("直に触ると危ない。", "直:じか"),  # directly (everyday.py)
    ("肌に直に塗る。", "直:じか"),
    ("直に分かるよ。", "直:じき"),  # soon
    ("素直に謝る。", "素直:すなお"),
    ("直前期の過ごし方。", "直前:ちょくぜん"),
])
def test_directly_or_soon(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("exams"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
