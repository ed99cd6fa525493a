"""Energy and industry news: power plants, electricity supply, renewables, hydrogen, autos and shipping.

- 風車 that Sudachi reads かざぐるま (a toy pinwheel) is ふうしゃ, a wind turbine or windmill, in a sentence
  about power or about a machine's size or parts (風車の羽根の長さは百メートル, 陸揚げされた風車の部品,
  洋上風力の風車を建設); the toy stays かざぐるま (子供が風車で遊ぶ) and so does a 風車 with no such cue
  (marked uncertain by readings.py).
- 泊 glued before 原発, 原子力 or 発電所 is the village the nuclear plant is named after, とまり (泊原発,
  泊原子力発電所); Sudachi reads the split-off 泊 はく (a night's stay), which stays elsewhere (一泊, 泊数).
- 水 glued before 電解 is the Sino-Japanese すい of 水電解 (water electrolysis, すいでんかい: 水電解装置);
  Sudachi splits it off and reads みず, which stays before other words (水処理 みずしょり).
- 型式 glued before 指定, 認証 or 認定 is the vehicle type-approval term of the road-vehicle law, かたしき
  (型式指定の取り消し); けいしき stays elsewhere (型式が古い, 新型式).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

# What makes a 風車 a turbine or a windmill, not a pinwheel.
_TURBINE_CUES = ("発電", "風力", "洋上", "電力", "電気", "タービン", "ブレード", "部品", "メートル", "建設", "設置",
                 "陸揚げ", "基", "支柱", "ナセル", "出力", "キロワット", "メガワット")
_PLANT_AFTER = ("原発", "原子力", "発電所")
_TYPE_APPROVAL = frozenset({"指定", "認証", "認定"})
# all energy_fix looks at
WORDS = frozenset({"風車", "泊", "水", "型式"})


def energy_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "風車":
        if reading != "かざぐるま":
            return None
        turbine = any(t.surface.startswith(_TURBINE_CUES) for t in sentence_of(tokens, i) if t is not token)
        return "ふうしゃ" if turbine else None  # 風車の羽根の長さは百メートル
    if surface == "泊":
        plant = reading == "はく" and glued(token, nxt) and nxt.surface.startswith(_PLANT_AFTER)
        return "とまり" if plant else None  # 泊|原発
    if surface == "水":
        return "すい" if reading == "みず" and glued(token, nxt) and nxt.surface.startswith("電解") else None
    if surface == "型式":
        approval = reading == "けいしき" and glued(token, nxt) and nxt.surface in _TYPE_APPROVAL
        return "かたしき" if approval else None  # 型式|指定
    return None
