"""Aviation and shipping words (flight and ferry notices, port and accident news) Sudachi reads in another sense.

- 橋 after the hiragana さん of さん橋 (桟橋 spelled half in kana) is a pier and voices, ばし (大さん橋に客船が
  着いた, 浮きさん橋, 仮さん橋), as the lexicon's own さん橋 does; Sudachi takes さん for the honorific and
  leaves はし. It fires only where the word before さん is one character or a verb (大, 仮, 浮き) or nothing:
  after a person's name or a kin word it stays a bridge (田中さん橋を渡る, お母さん橋 はし).
- 船 that Sudachi reads ふね, glued before 会社, is the bound form of a compound, ふな (船会社 ふながいしゃ,
  船会社各社); a 船 glued after another noun, which Sudachi reads せん (大手船会社), is left alone, as
  せんがいしゃ is heard in the trade too.
- 丸 that Sudachi reads がん (the suffix of a pill's name, 正露丸) in a sentence about a ship (船, 港, 入港,
  寄港, 航, 乗組員, 帆...) with nothing about taking medicine (飲む, 薬, 服用) is a ship's name, まる (日本丸が
  入港した, 新日本丸); and 日本 glued before such a 丸 is the ship's にっぽん (日本丸 にっぽんまる), as in
  日本郵船. Where medicine is about, がん stays (日本丸を飲む), and 日本 elsewhere stays にほん.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# Words of a sentence about a ship, and of one about taking medicine (a pill's 丸 がん).
_SHIP_CUES = ("船", "港", "航", "艇", "漁", "乗組員", "帆", "座礁", "沈没", "転覆", "岸壁", "甲板", "停泊")
_MEDICINE_CUES = ("飲", "薬", "服用", "錠", "処方")
# all aviation_fix looks at
WORDS = frozenset({"橋", "船", "丸", "日本", "新日本"})


def _ship_name_suffix(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a 丸 that ends a ship's name: a suffix in a sentence about ships, not medicine."""
    token = tokens[i]
    return token.surface == "丸" and token.pos[0] == "接尾辞" and sentence_has(tokens, i, _SHIP_CUES, True) \
        and not sentence_has(tokens, i, _MEDICINE_CUES, True)


def aviation_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "橋":
        if reading == "はし" and glued(prev, token) and prev.surface == "さん":
            before = tokens[i - 2] if i > 1 else None
            # 大|さん|橋, 浮き|さん|橋: a one-character prefix or a verb, never a name before an honorific
            if not glued(before, prev) or len(before.surface) == 1 or before.pos[0] == "動詞":
                return "ばし"
        return None
    if surface == "船":
        if reading == "ふね" and glued(token, nxt) and nxt.surface == "会社":
            return "ふな"  # 船|会社 ふながいしゃ
        return None
    if surface == "丸":
        if reading == "がん" and glued(prev, token) and _ship_name_suffix(tokens, i):
            return "まる"  # 日本|丸が入港した
        return None
    if surface in ("日本", "新日本"):
        if reading.endswith("にほん") and glued(token, nxt) and _ship_name_suffix(tokens, i + 1):
            return reading[:-3] + "にっぽん"  # 日本|丸 にっぽんまる
        return None
    return None
