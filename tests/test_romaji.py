"""Romaji typed as a reading, for learners without a Japanese input method."""
from __future__ import annotations

import pytest

from reader.core.romaji import romaji_to_hiragana


@pytest.mark.parametrize("romaji,kana", [
    ("ichiba", "いちば"), ("shijou", "しじょう"), ("shijō", "しじょう"), ("Tōkyō", "とうきょう"),
    ("gakkou", "がっこう"), ("matcha", "まっちゃ"), ("kitte", "きって"), ("kon'ya", "こんや"),
    ("konnichiha", "こんにちは"), ("onna", "おんな"), ("shinbun", "しんぶん"), ("sanpo", "さんぽ"),
    ("tenn", "てん"), ("hon", "ほん"), ("kyou", "きょう"), ("nyuusu", "にゅうす"), ("jouhou", "じょうほう"),
    ("tsukuru", "つくる"), ("tukuru", "つくる"), ("sizuka", "しずか"), ("fuji", "ふじ"), ("hujisan", "ふじさん"),
    ("chuugoku", "ちゅうごく"), ("cyuugoku", "ちゅうごく"), ("ra-men", "らーめん"), ("wo", "を"),
    ("ＩＣＨＩＢＡ", "いちば"), ("  ichi ba ", "いちば"), ("dzu", "づ"), ("xtu", "っ"),
])
def test_romaji_becomes_hiragana(romaji, kana):
    assert romaji_to_hiragana(romaji) == kana


@pytest.mark.parametrize("text", ["", "   ", "x1", "qq", "ichibaq", "市場", "いちば", "abc!", "lmn", "c"])
def test_what_is_not_romaji_gives_none(text):
    assert romaji_to_hiragana(text) is None
