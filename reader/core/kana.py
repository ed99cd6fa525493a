"""Script classes and kana conversion, shared by the text engine and the store."""
from __future__ import annotations

import re

# Katakana with a hiragana twin exactly 0x60 code points lower: ァ..ヶ, and the marks ヽ ヾ.
KATAKANA_TO_HIRAGANA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)} | {ord("ヽ"): ord("ゝ"), ord("ヾ"): ord("ゞ")}
KANJI_CLASS = "\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ebef\uf900-\ufaff々〆〇ヶ〻"  # inside [...]
KANJI = re.compile(f"[{KANJI_CLASS}]")
KANA_ONLY = re.compile("[\u3041-\u309f\u30a1-\u30f4\u30f7-\u30faーヽヾ]+")  # is_kana's characters


def to_hiragana(text: str) -> str:
    """Katakana (those with a hiragana twin) turned into hiragana; everything else kept."""
    return text.translate(KATAKANA_TO_HIRAGANA)


def is_kanji(ch: str) -> bool:
    return KANJI.match(ch) is not None


def has_kanji(text: str) -> bool:
    return KANJI.search(text) is not None


def is_kana(ch: str) -> bool:
    o = ord(ch)
    return (0x3041 <= o <= 0x309F or 0x30A1 <= o <= 0x30FA or ch in "ーヽヾ") and ch not in "ヶヵ"


def is_katakana_word(text: str) -> bool:
    """Non-empty and katakana throughout, with ー (スープ, テント): a loanword or a name in katakana."""
    return bool(text) and all("\u30a1" <= ch <= "\u30fa" or ch == "ー" for ch in text)


def is_kana_text(text: str) -> bool:
    """Non-empty and kana throughout (hiragana, katakana, ー): what a ruby reading may be."""
    return KANA_ONLY.fullmatch(text) is not None
