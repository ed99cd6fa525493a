"""Readings found wrong in our own news headlines (politics, international, economy, society,
sports …): 総裁人事案 じん (Sudachi's 総裁|人|事案), 米原発で… べい げんぱつ (not the town 米原 +
発), and 印 opening a headline before a particle, いん (India, not しるし). Each rule is also
checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import readings


@pytest.mark.parametrize("text,expected", [
    ("官邸、次期日銀総裁人事案を国会に提示", "総裁:そうさい|人:じん|事案:じあん"),
    ("取締役会、役員人事案を了承", "役員:やくいん|人:じん|事案:じあん"),
    ("政府、国会同意人事案を提示へ", "同意:どうい|人:じん|事案:じあん"),
])
def test_personnel_proposal_is_jinji(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("被害者3人事案で初公判", "人:にん|事案:じあん"),  # a counter after a numeral
    ("外国人事案の相談が増加", "外国人:がいこくじん|事案:じあん"),
    ("幹部人事を発表", "人事:じんじ"),
])
def test_person_suffix_and_case_stay(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("米原発で放射能漏れか", "米原:べいげん|発:ぱつ"),
    ("米原発が運転停止、冷却系に不具合", "米原:べいげん|発:ぱつ"),
])
def test_us_nuclear_plant(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("米原発の新幹線が遅れ", "米原:まいばら|発:はつ"),
    ("米原発京都行きの普通列車", "米原:まいばら|発:はつ"),
    ("米原発10時の列車", "米原:まいばら|発:はつ"),
])
def test_departing_maibara_stays(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("印で列車事故、200人超死亡", "印:いん"),
    ("印が月面着陸に成功、世界4か国目", "印:いん"),
    ("印と経済連携協定に署名", "印:いん"),
    ("印首相が来日", "印:いん"),
])
def test_india_opening_a_headline(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("印で囲んだ部分を読む", "印:しるし"),
    ("印が付いた箇所", "印:しるし"),
    ("印で示した箇所を確認してください。", "印:しるし"),
    ("地図の印で場所を確かめた", "印:しるし"),
])
def test_mark_stays_shirushi(text, expected):
    assert expected in readings(text)
