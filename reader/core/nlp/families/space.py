"""Space, astronomy and earth-science news: launches, probes, eclipses, volcanoes, fossils.

- 環 after の after a ringed planet (土星の環, 天王星の環) is the planet's ring, わ; Sudachi reads かん, which
  stays after anything else (五輪の環 is not touched).
- 首長 glued before 竜 is "long-necked", くびなが (首長竜); Sudachi reads しゅちょう (a head of a local
  government), which stays elsewhere (首長選挙, 首長の会議).
- 色 that Sudachi takes for the suffix しょく, glued after a material named for its hue (赤銅色, 小麦色,
  黄土色), is a colour, いろ; after other nouns (三色, 特色) it stays.
- 月 that Sudachi reads as the month (がつ) or a voiced つき (づき), with no number before it and glued
  before 周回, 探査, 着陸 or 着陸船, is the Moon as a Sino-Japanese prefix: げっ before 周回 and 探査
  (月周回軌道 げっしゅうかい, 月探査 げったんさ), げつ before 着陸 (小型月着陸実証機, 月着陸船). After a number
  (5月探査開始) it stays the month.
- 星 glued after 天王 is the planet Uranus, てんのうせい, like 海王星; Sudachi splits 天王|星 and the
  voicing of a glued 星 (流れ星 ぼし) would make it てんのうぼし. Only after 天王.
- 歪み in a sentence about the crust or faults (地殻, 断層, プレート, 地震) is the geophysical strain,
  ひずみ (地殻の歪みがたまる, 歪みが蓄積した断層); elsewhere it stays ゆがみ (画像の歪み, 時空の歪み).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

_RINGED = ("土星", "木星", "天王星", "海王星")  # 天王星 comes split, 天王|星
_HUE_MATERIALS = frozenset({"赤銅", "小麦", "黄土"})
_MOON_BEFORE = {"周回": "げっ", "探査": "げっ", "着陸": "げつ", "着陸船": "げつ"}
# all space_fix looks at
_CRUST_CUES = ("地殻", "断層", "プレート", "地震")
WORDS = frozenset({"環", "首長", "色", "月", "星", "歪み"})


def space_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "環":
        if reading == "かん" and i >= 2 and prev.surface == "の" \
                and "".join(t.surface for t in tokens[max(0, i - 3):i - 1]).endswith(_RINGED):
            return "わ"  # 土星|の|環
        return None
    if surface == "首長":
        if reading == "しゅちょう" and glued(token, nxt) and nxt.surface == "竜":
            return "くびなが"  # 首長|竜
        return None
    if surface == "色":
        if reading == "しょく" and glued(prev, token) and prev.surface in _HUE_MATERIALS:
            return "いろ"  # 赤銅|色
        return None
    if surface == "月":
        if reading in ("がつ", "づき") and glued(token, nxt) and nxt.surface in _MOON_BEFORE \
                and (prev is None or prev.pos[1] != "数詞"):
            return _MOON_BEFORE[nxt.surface]  # 月|周回, 小型|月|着陸
        return None
    if surface == "星":
        if reading != "せい" and glued(prev, token) and prev.surface == "天王":
            return "せい"  # 天王|星
        return None
    if surface == "歪み":
        if reading == "ゆがみ" and sentence_has(tokens, i, _CRUST_CUES):
            return "ひずみ"  # 地殻の歪み
        return None
    return None
