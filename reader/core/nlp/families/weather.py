"""Weather and disaster-prevention news (forecasts, warnings, earthquakes, floods) Sudachi reads in another sense.

- 高 split off a place or a region glued before 気圧 is "high" of a high-pressure system, こう (太平洋高気圧,
  北太平洋高気圧), as in the lexicon's 高気圧 and beside Sudachi's own チベット高 気圧 こう; Sudachi reads the
  太平洋|高 of 太平洋高気圧 as a price rise, だか (as in 円高). Before anything but 気圧 it is left alone
  (資源高 だか, 北高校).
- 高 glued between a single compass point (北, 南, 東, 西) and 型 or a compass point's 低 is a pressure
  pattern, read in Sino-Japanese as 西高東低 is: 北高型 ほっこうがた, 東高西低 とうこうせいてい. The compass
  point takes its on-reading there (北 ほっ before こう, 南 なん, 東 とう, 西 せい). Sudachi reads きた|だか|がた.
  A compass point before 高校 or any other word keeps its reading (北高校 きた).
- 越水 that Sudachi takes for the surname こしみず is water topping a levee, えっすい, when a form of する
  follows (川が越水した) or the sentence is about a river or a flood (堤防, 河川, 氾濫, 決壊, 水位...); before an
  honorific or a given name it stays the surname (越水さん こしみず).
- 遠地 that Sudachi takes for the surname おんち, glued before 地震 or 津波, is "distant", えんち (遠地地震,
  遠地津波), as in the lexicon's 近地 きんち; elsewhere (遠地さん) it is left alone.
- 雨 that Sudachi takes for the suffix う (of 雷雨, 暴風雨) glued after a span of time (長い時間雨が, 三時間雨に,
  数日間雨が, 夜間雨が, 十日雨が) and before a particle is the noun, あめ, as readings.py does after 一日中.
  After any other noun the suffix stays (暴風雨 ぼうふうう).
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, sentence_has

# The on-reading of a compass point in a pressure pattern, before 高 こう (北 geminates: ほっこう).
_COMPASS_ON = {"北": "ほっ", "南": "なん", "東": "とう", "西": "せい"}
_COMPASS_KUN = {"北": "きた", "南": "みなみ", "東": "ひがし", "西": "にし"}
_LOWS = ("北低", "南低", "東低", "西低")
# What makes a sentence one about a river or a flood, where 越水 is water topping a levee.
_FLOOD_CUES = ("堤防", "河川", "川", "氾濫", "決壊", "水位", "浸水", "洪水", "大雨", "豪雨", "増水", "冠水", "堤")
_DISTANT_OF = frozenset({"地震", "津波"})
_PARTICLE_OR_COPULA = frozenset({"助詞", "助動詞"})
# all weather_fix looks at
WORDS = frozenset({"高", "越水", "遠地", "雨", *_COMPASS_ON})


def _pressure_pattern(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a 高 glued between one compass point and 型 or a compass point's 低 (北高型)."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].surface == "高" and glued(prev, tokens[i]) and prev.surface in _COMPASS_ON \
        and glued(tokens[i], nxt) and (nxt.surface == "型" or nxt.surface in _LOWS)


def _after_time_span(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is glued after a span of time: …間 (時間, 数日間, 夜間) or a number's 日 (十日)."""
    prev = tokens[i - 1] if i > 0 else None
    if not glued(prev, tokens[i]) or prev.pos[0] not in ("名詞", "接尾辞"):
        return False
    if prev.surface.endswith("間"):
        return True
    return prev.surface == "日" and i > 1 and tokens[i - 2].pos[1:2] == ("数詞",) and glued(tokens[i - 2], prev)


def weather_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "高":
        if reading != "だか" or not glued(prev, token):
            return None
        if glued(token, nxt) and nxt.surface == "気圧":
            return "こう"  # 太平洋|高|気圧
        return "こう" if _pressure_pattern(tokens, i) else None  # 北|高|型, 東|高|西低
    if surface in _COMPASS_ON:
        if reading == _COMPASS_KUN[surface] and glued(token, nxt) and _pressure_pattern(tokens, i + 1):
            return _COMPASS_ON[surface]  # 北|高|型 ほっこうがた
        return None
    if surface == "越水":
        if reading != "こしみず" or not token.proper:
            return None
        if nxt is not None and (nxt.surface.startswith(HONORIFICS) or nxt.pos[2:3] == ("人名",)):
            return None  # 越水さん, 越水健: the surname
        if glued(token, nxt) and nxt.lemma == "する":
            return "えっすい"  # 越水した
        flood = sentence_has(tokens, i, _FLOOD_CUES, others=True)
        return "えっすい" if flood else None  # 河川の越水, 越水や決壊のおそれ
    if surface == "雨":
        if reading == "う" and token.pos[0] == "接尾辞" and nxt is not None \
                and nxt.pos[0] in _PARTICLE_OR_COPULA and _after_time_span(tokens, i):
            return "あめ"  # 長い時間|雨|が, 数日間|雨|が: the noun, not the suffix of 雷雨
        return None
    if surface == "遠地":
        if reading == "おんち" and glued(token, nxt) and nxt.surface in _DISTANT_OF:
            return "えんち"  # 遠地|地震, 遠地|津波
        return None
    return None
