"""Days of the week written as one kanji (月 火 水 木 金 土 日, and 祝 for a public holiday), as notices,
schedules and news dates write them: 3月10日（月）, 月・水・金に開講, 月～土, 火・木曜日.

Sudachi reads each kanji as the plain noun (月 がつ or つき, 火 ひ, 水 みず, 木 き, 土 つち), so a date
showed 10日（月 がつ）. A weekday kanji is read げつ, か, すい, もく, きん, ど, にち (祝 しゅく) when:

- it stands alone in brackets right after a date (10日（月）, 13日(土)), or with other weekdays in them
  (10日（月・祝）); or
- it is one of two or more weekdays joined by ・, 、 or a range mark (月・水・金に開講, 月～土, 土・日), and
  a weekday word may close the list (火・木曜日 か).

A list that goes on to other nouns is a list of things, not days, and keeps the analyser's readings
(水・土・空気 みず, つち; 金・銀・銅 きん); so does a lone kanji with no date before its brackets, and
日 beside a country (日・米 にち is the abbreviation abbreviations.py reads).

The analyser cuts 日・祝日 as 日・祝|日 and reads the last 日 ひ: a 日 glued after 祝 is the じつ of 祝日.

The analyser reads 土 ど now and then where no day is meant (a title: 『風と土』); standing alone, glued
to no kanji nor before a noun (土ドラ, 土8: slots), in no brackets and no list of days, in a sentence
with no weekday word (土曜, 毎週), it is the soil, つち. 金・土は休み and 営業日（土） keep ど.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has

_WEEKDAY = {"月": "げつ", "火": "か", "水": "すい", "木": "もく", "金": "きん", "土": "ど", "日": "にち",
            "祝": "しゅく"}
WORDS = frozenset(_WEEKDAY)  # all weekday_fix looks at

_JOINS = frozenset({"・", "･", "、", "〜", "～", "~", "-", "－", "‐", "―"})
_OPENING = frozenset({"（", "(", "【", "［", "["})
_CLOSING = frozenset({"）", ")", "】", "］", "]"})


def _day(t: Token) -> bool:
    """A weekday in a list: a weekday kanji on its own, or a weekday word (木曜, 木曜日, 祝日)."""
    s = t.surface
    return (s in _WEEKDAY and t.pos[0] == "名詞") or (s[:1] in _WEEKDAY and s[1:2] == "曜") or s == "祝日"


def _run(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(first, last) indices of the weekdays joined to tokens[i], or None where the list runs on to
    nouns that are not days (水・土・空気)."""
    first = last = i
    while first >= 2 and tokens[first - 1].surface in _JOINS \
            and tokens[first - 1].start == tokens[first - 2].end:
        if not _day(tokens[first - 2]):
            return None if tokens[first - 2].pos[0] == "名詞" and tokens[first - 1].surface != "、" else (first, last)
        first -= 2
    while last + 2 < len(tokens) and tokens[last + 1].surface in _JOINS \
            and tokens[last + 2].start == tokens[last + 1].end:
        if not _day(tokens[last + 2]):
            return None if tokens[last + 2].pos[0] == "名詞" and tokens[last + 1].surface != "、" else (first, last)
        last += 2
    return first, last


def weekday_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    if token.surface == "日" and i and tokens[i - 1].surface.endswith("祝") and tokens[i - 1].end == token.start:
        return "じつ" if reading != "じつ" else None  # 土・日・祝日: the analyser cut 祝日 as 日・祝|日
    weekday = _WEEKDAY[token.surface]
    if token.surface == "土" and reading == "ど" and token.pos[0] == "名詞":
        return "つち" if _soil(tokens, i) else None  # 『風と土』
    if reading == weekday or token.pos[0] != "名詞":
        return None
    run = _run(tokens, i)
    if run is None:
        return None
    first, last = run
    if last > first:
        return weekday  # 月・水・金, 月～土, 火・木曜日
    bracketed = 0 < first and tokens[first - 1].surface in _OPENING and last + 1 < len(tokens) \
        and tokens[last + 1].surface in _CLOSING
    after_date = bracketed and first >= 2 and tokens[first - 2].surface.endswith("日") \
        and tokens[first - 2].end == tokens[first - 1].start
    return weekday if after_date else None  # 10日（月）


def _soil(tokens: list[Token], i: int) -> bool:
    """tokens[i], a 土 read ど, stands alone where no day is meant: glued to no kanji, in no brackets or list
    of days, in a sentence with no weekday word."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if glued(prev, tokens[i]) and is_kanji(prev.surface[-1]) or glued(tokens[i], nxt) and is_kanji(nxt.surface[0]):
        return False
    if glued(tokens[i], nxt) and nxt.pos[0] == "名詞":
        return False  # 土ドラ, 土8: a broadcast slot (showbiz.py's)
    if prev is not None and prev.surface in _OPENING or nxt is not None and nxt.surface in _CLOSING:
        return False  # 営業日（土）
    run = _run(tokens, i)
    if run is not None and run[0] != run[1]:
        return False  # 金・土は休み
    return not sentence_has(tokens, i, ("曜", "週", "休日", "祝", "営業", "定休"), others=True)
