"""Romaji typed as a reading (ichiba, shijou, kon'ya, gakkou, tōkyō) turned into hiragana, for
learners without a Japanese input method. Hepburn and Kunrei spellings and the usual input-method
spellings (si, tu, hu, nn, xtu) are accepted; a macron doubles the vowel as it is usually written
(ō おう, ā ああ, ū うう, ē えい, ī いい). Anything that is not romaji gives None, never a guess."""
from __future__ import annotations

import unicodedata

_VOWELS = {"a": "あ", "i": "い", "u": "う", "e": "え", "o": "お"}
_ROWS = {
    "k": "かきくけこ", "g": "がぎぐげご", "s": "さしすせそ", "z": "ざじずぜぞ", "t": "たちつてと",
    "d": "だぢづでど", "n": "なにぬねの", "h": "はひふへほ", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ",
    "m": "まみむめも", "r": "らりるれろ",
}
# consonant + y + vowel: the i-column kana and a small ya/yu/yo
_YOON = {"k": "き", "g": "ぎ", "s": "し", "z": "じ", "t": "ち", "d": "ぢ", "n": "に", "h": "ひ", "b": "び",
         "p": "ぴ", "m": "み", "r": "り", "c": "ち", "j": "じ"}
_SMALL_Y = {"a": "ゃ", "u": "ゅ", "o": "ょ"}
_SYLLABLES: dict[str, str] = {}
for consonant, kana in _ROWS.items():
    for vowel, k in zip("aiueo", kana, strict=True):
        _SYLLABLES[consonant + vowel] = k
for consonant, kana in _YOON.items():
    for vowel, small in _SMALL_Y.items():
        _SYLLABLES[f"{consonant}y{vowel}"] = kana + small
_SYLLABLES.update(_VOWELS)
_SYLLABLES.update({
    "shi": "し", "sha": "しゃ", "shu": "しゅ", "sho": "しょ", "she": "しぇ",
    "chi": "ち", "cha": "ちゃ", "chu": "ちゅ", "cho": "ちょ", "che": "ちぇ",
    "tsu": "つ", "fu": "ふ", "ji": "じ", "ja": "じゃ", "ju": "じゅ", "jo": "じょ", "je": "じぇ",
    "ya": "や", "yu": "ゆ", "yo": "よ", "wa": "わ", "wo": "を", "we": "うぇ", "wi": "うぃ",
    "fa": "ふぁ", "fi": "ふぃ", "fe": "ふぇ", "fo": "ふぉ", "ti": "ち",
    "di": "ぢ", "du": "づ", "dzu": "づ", "zi": "じ", "si": "し", "tu": "つ", "hu": "ふ",
    "xtu": "っ", "ltu": "っ", "xtsu": "っ", "xa": "ぁ", "xi": "ぃ", "xu": "ぅ", "xe": "ぇ", "xo": "ぉ",
    "xya": "ゃ", "xyu": "ゅ", "xyo": "ょ",
})
_LONGEST = max(map(len, _SYLLABLES))
_MACRONS = {"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ei", "ō": "ou", "â": "aa", "î": "ii", "û": "uu", "ê": "ei",
            "ô": "ou"}


def romaji_to_hiragana(text: str) -> str | None:
    """The hiragana for romaji ``text`` (spaces and hyphens inside are allowed: a hyphen is ー),
    or None when it is not romaji through and through."""
    s = unicodedata.normalize("NFKC", text).strip().lower()
    s = "".join(_MACRONS.get(ch, ch) for ch in s).replace(" ", "")
    if not s or not s.isascii():
        return None
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "-":
            out.append("ー")
            i += 1
            continue
        if ch == "'":  # kon'ya: the n before it is ん
            i += 1
            continue
        if ch == "n" and (i + 1 == len(s) or s[i + 1] not in "aiueoy"):
            out.append("ん")
            i += 2 if s[i + 1:i + 2] in ("n", "'") and s[i + 2:i + 3] not in tuple("aiueoy") else 1
            continue
        nxt = s[i + 1:i + 2]
        if ch == nxt and ch not in "aiueon" or (ch == "t" and s[i + 1:i + 3] == "ch"):
            out.append("っ")  # gakkou, kitte, matcha
            i += 1
            continue
        for size in range(min(_LONGEST, len(s) - i), 0, -1):
            kana = _SYLLABLES.get(s[i:i + size])
            if kana is not None:
                out.append(kana)
                i += size
                break
        else:
            return None
    return "".join(out)
