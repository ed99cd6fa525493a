"""Readings found wrong in our own sentences in the style of science, medicine and technology news:
a trial phase 相 after a numeral そう (第三相), the prefix 極 ごく before a small amount or low degree
(極低温), 一/八/十 before a decimal point ・ with a unit いっ/はっ/じゅっ (一・五倍), and a species
種 しゅ in a sentence about species and not seeds. Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import by_word, readings, spans, uncertain


@pytest.mark.parametrize("text,expected", [
    ("臨床試験の第三相で有効性が確認された。", "相:そう"),
    ("新薬は第1相試験で安全性を調べる。", "相:そう"),
    ("工場の三相交流の電源を点検した。", "相:そう"),
    ("物質を極低温に冷やすと電気抵抗がゼロになる。", "極:ごく"),
    ("水道水から極微量の化学物質が検出された。", "極:ごく"),
    ("副作用が出たのは極一部の患者だった。", "極:ごく"),
    ("花粉の飛散量は去年の一・五倍になる見込みだ。", "一:いっ"),
    ("患者数は前年の一・二倍に増えた。", "一:いっ"),
    ("成功率は八・五パーセント上がった。", "八:はっ"),
    ("探査機は二十・五キロ先にある。", "二十:にじゅっ"),
    ("市場は一・五兆円に達する。", "一:いっ"),
    ("生態系のバランスが崩れると、多くの種が影響を受ける。", "種:しゅ"),
    ("絶滅のおそれがある種を守る取り組みが進む。", "種:しゅ"),
])
def test_science_reading(text, expected):
    assert expected in readings(text).split("|")


@pytest.mark.parametrize("text,word,reading", [
    ("首相が記者会見で新たな方針を示した。", "首相", "しゅしょう"),
    ("英外相が来日した。", "外相", "がいしょう"),
    ("北極の海氷の面積は観測史上二番目に小さくなった。", "北極", "ほっきょく"),
    ("北極と南極の氷が溶けている。", "南極", "なんきょく"),
    ("一・二審の判決が覆った。", "一", "いち"),
    ("一・二年生が参加した。", "一", "いち"),
    ("三・五倍に増えた。", "三", "さん"),
    ("庭に花の種をまいた。", "種", "たね"),
    ("この種の問題はよく起きる。", "種", "しゅ"),
])
def test_rules_do_not_fire(text, word, reading):
    assert by_word(text)[word] == reading


def test_seed_with_an_animal_stays_open():
    text = "動物が種を運ぶことで森が広がる。"  # seed dispersal: 運ぶ is a seed cue
    assert ("種", "たね") in spans(text)
    assert uncertain(text, "種")


def test_species_without_a_cue_stays_open():
    assert uncertain("多くの種が影響を受ける。", "種")
