"""Dental and eye clinic words (clinic pages, patients' blogs) Sudachi reads in another sense.

- 膿 standing alone is pus, うみ (膿がたまる, 膿が出る, 膿を出す); Sudachi's のう is only the on-reading of
  its compounds, which it keeps whole (化膿 かのう, 膿栓 のうせん, 蓄膿症). A 膿 glued to another kanji word
  on either side is left alone, as a piece of a split compound.
- 歯 glued before the suffix 間 (かん) is the tooth of a Sino-Japanese compound, し (歯間ブラシ しかん, like
  歯周 and 歯根); Sudachi reads the split-off 歯 は. 歯 before anything else stays は (歯の間 は, 歯ブラシ は).
- 月 glued after the native numerals ひと, ふた, み written in kana is a month's span, つき (ひと月ほど,
  ふた月ぶり), as in 一月 ひとつき; Sudachi reads がつ (a month's name). After a kanji number the counter
  table reads it (三か月, 一月 いちがつ), and 月 with no kana numeral before it is left alone.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji

_KANA_NUMERALS = frozenset({"ひと", "ふた", "み"})
# all dental_fix looks at
WORDS = frozenset({"膿", "歯", "月"})


def _kanji_word(token: Token | None) -> bool:
    return token is not None and any(is_kanji(c) for c in token.surface)


def dental_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "膿":
        if reading == "のう" and token.pos[0] == "名詞" \
                and not (glued(prev, token) and _kanji_word(prev)) \
                and not (glued(token, nxt) and _kanji_word(nxt)):
            return "うみ"  # 膿がたまる
        return None
    if surface == "歯":
        if reading == "は" and glued(token, nxt) and nxt.surface == "間" and nxt.reading == "かん" \
                and nxt.pos[0] == "接尾辞":
            return "し"  # 歯|間ブラシ
        return None
    if surface == "月":
        if reading in ("がつ", "げつ") and glued(prev, token) and prev.surface in _KANA_NUMERALS \
                and prev.pos[1] == "数詞":
            return "つき"  # ひと|月
        return None
    return None
