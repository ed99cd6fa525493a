"""Timetable, service-news and station words (railway notices, railway-fan writing) Sudachi reads
by another sense or leaves unvoiced.

- 止まり, the noun, glued after a noun is where a train's run ends, or how far a thing got, and voices,
  どまり (品川止まり, 当駅止まりの列車, 大宮止まりとなります, 構想止まり), as the lexicon's 行き止まり does.
  Sudachi's verb before a copula or の is that noun (構想止まりでした). The verb stays とまり (電車が止まり
  ました, 鳥が枝に止まり, 電車止まりました), and so does the noun after a particle or a number.
- 十分 that Sudachi takes for "enough", じゅうぶん, is ten minutes, じゅっぷん, glued after a clock hour (上りは
  五時十分です, 九時十分。) or glued before おき/置き or 以内 (十分おきに発車, 十分以内に到着); "enough"
  every or within makes no sense. Not after 時 read とき (その時十分に注意した), nor before に or な, where the
  adverb can follow an hour (一時十分な睡眠; before に numbers.py already reads 八時十分に as the time).
- 中線 in a sentence about tracks, platforms or trains (番, ホーム, 列車, 駅 ...) is the track between two
  platform tracks, なかせん (一番線と二番線の間に中線があります, 中線に回送列車が停車); Sudachi reads the
  geometric median ちゅうせん, which stays with no railway word about (三角形の中線の長さ).
- 後 glued after a count of trains, N本, before の or に, is the later one, あと (一本後の電車, 二本後に来る
  電車), as 一本前 is まえ; Sudachi reads the suffix ご of 三日後. 三日後, 一本後ろ keep theirs.
- 下り that Sudachi takes for the verb 下りる (おり) glued before 本|線 is the down main line, くだり (下り本線),
  as travel.py reads 下り列車; 電車を下り stays おり.
- 下段 in a sentence about sleeping berths (寝台, ベッド) is the lower berth, げだん (B寝台の下段を予約, 二段ベッドの
  下段); slips.py's かだん (the lower row of a table or a shelf) stays elsewhere (冷蔵庫の下段).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# What a sentence with 中線 as a track has in it.
_TRACK_CUES = ("番", "ホーム", "列車", "電車", "駅", "貨物", "回送", "停車", "通過", "入線", "留置", "待避", "本線")
_NUMERALS = frozenset("一二三四五六七八九十百〇0123456789０１２３４５６７８９数何")
# What follows 止まり the noun, where Sudachi took it for the verb (構想止まりでした).
_COPULAS = ("です", "でし", "だ", "だっ", "の")
# What a sentence about sleeping berths has in it, for 下段.
_BERTHS = ("寝台", "ベッド")
# all railway_fix looks at
WORDS = frozenset({"止まり", "十分", "中線", "後", "下り", "下段"})


def _clock_hour(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i - 1] is the 時 of a clock hour glued before tokens[i] (五|時|十分, 五時|十分)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or not glued(prev, tokens[i]) or prev.reading != "じ":
        return False
    if prev.surface == "時":
        before = tokens[i - 2] if i > 1 else None
        return glued(before, prev) and before.surface[-1:] in _NUMERALS  # 五|時|十分
    return len(prev.surface) > 1 and prev.surface[-1] == "時" and set(prev.surface[:-1]) <= _NUMERALS


def railway_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "止まり":
        noun = token.pos[0] == "名詞" or nxt is not None and nxt.surface in _COPULAS  # 構想|止まり|でした
        if reading == "とまり" and noun and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "どまり"  # 品川|止まり, 当|駅|止まり
        return None
    if surface == "十分":
        if reading != "じゅうぶん":
            return None
        if glued(token, nxt) and (nxt.surface in ("おき", "置き", "以内") or nxt.lemma == "置き"):
            return "じゅっぷん"  # 十分|おき, 十分|以内
        if _clock_hour(tokens, i) and not (nxt is not None and nxt.surface in ("に", "な")):
            return "じゅっぷん"  # 五時|十分|です
        return None
    if surface == "中線":
        if reading == "ちゅうせん" and sentence_has(tokens, i, _TRACK_CUES, others=True):
            return "なかせん"  # 番線の間の中線
        return None
    if surface == "下り":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "おり" and glued(token, nxt) and nxt.surface == "本" and glued(nxt, after) \
                and after.surface == "線":
            return "くだり"  # 下り|本|線
        return None
    if surface == "下段":
        return "げだん" if reading == "かだん" and sentence_has(tokens, i, _BERTHS) else None  # 寝台の下段
    # 後
    if reading != "ご" or not glued(prev, token) or nxt is None or nxt.surface not in ("の", "に"):
        return None
    if prev.surface == "本":
        before = tokens[i - 2] if i > 1 else None
        counted = glued(before, prev) and before.surface[-1:] in _NUMERALS  # 二|本|後
    else:
        counted = len(prev.surface) > 1 and prev.surface[-1] == "本" and set(prev.surface[:-1]) <= _NUMERALS
    return "あと" if counted else None
