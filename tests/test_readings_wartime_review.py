"""Readings found wrong in our own sentences in the style of war memories and modern history (air raids,
evacuation of children, repatriation, atomic-bomb survivors' testimony, memorial ceremonies): 者 after
引き揚げ (引き揚げ者 しゃ), 御霊 before a particle (みたま), a series' part closing a headline (記憶（上）
じょう, 連載（下） げ), a drill carried out (訓練を毎朝行った おこなった), and two analyser slips,
白木 (しらき, unpainted wood) and 碑 (ひ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/wartime_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("引き揚げ者の多くは無一文だった。", "引:ひ|揚:あ|者:しゃ"),
    ("引揚げ者の名簿が残っている。", "者:しゃ"),
    ("引揚者の手記が出版された。", "引揚者:ひきあげしゃ"),  # the lexicon's own
    ("母は働き者だった。", "働:はたら|者:もの"),  # another verb stem: もの
    ("祖父は怠け者ではなかった。", "者:もの"),
])
def test_repatriate(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("御霊の安らかならんことを祈る。", "御:み|霊:たま"),
    ("戦没者の御霊に哀悼の誠をささげた。", "御:み|霊:たま"),
    ("御霊前に花を供えた。", "御:ご|霊前:れいぜん"),  # before a noun: left alone
    ("死者の霊を慰めた。", "霊:れい"),  # no 御
])
def test_spirits_of_the_dead(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("【戦後80年】語り継ぐ記憶（上）", "上:じょう"),
    ("疎開の記憶（下）", "下:げ"),
    ("連載（上）", "連載:れんさい|上:じょう"),
    ("写真（上）は当時の様子。", "写真:しゃしん|上:うえ"),  # the picture above
    ("右（上）", "右:みぎ|上:うえ"),  # a side
    ("図（下）", "下:した"),  # a figure: left alone
])
def test_series_part(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("白木の箱が家に届いた。", "白木:しらき"),
    ("白木の位牌を仏壇に置いた。", "白木:しらき"),
    ("空襲の犠牲者を悼む碑が建立された。", "碑:ひ"),
    ("慰霊の碑の前で手を合わせた。", "碑:ひ"),
    ("慰霊碑に花を手向けた。", "慰霊碑:いれいひ"),
])
def test_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("竹やりの訓練を毎朝行った。", "行:おこな"),
    ("防空訓練は月に一度行った。", "行:おこな"),
    ("訓練に行った。", "行:い"),  # going to it
    ("訓練を終えて家に行った。", "行:い"),  # a verb between
])
def test_drill_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("wartime"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
