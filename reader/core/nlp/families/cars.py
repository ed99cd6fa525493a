"""Car and motorcycle words (reviews, test drives, sales and recall news, owners' blogs) Sudachi reads
in another sense.

- 二輪 that Sudachi takes for the given name にわ is two wheels, にりん (二輪免許, 二輪の販売店), as its own
  二輪車 and 大型二輪 already read. Before an honorific it is left a name (二輪さん).
- 離れ that Sudachi leaves a plain noun はなれ, glued after a common noun, is "drifting away from" and voices,
  ばなれ (若者の車離れ, 活字離れ, テレビ離れ, 人間離れした), like the lexicon's 親離れ and 現実離れ. Alone
  or after a particle it is an annex, はなれ (旅館の離れ, 離れに泊まる); after a number it is left alone.
- 値 that Sudachi reads あたい (a value), glued before a word of price movement (値落ち, 値戻り, 値崩れ, 値幅,
  値付け), is the price, ね, like the lexicon's 値上がり and 値下がり. 値が大きい, この値を入力 stay あたい.
- 一段落 (or a number and 段落) after を and before とする in a sentence about gears or shifting is 一段
  and the verb 落とす, いちだんお (ギアを一段落として加速する, シフトを二段落とした); the pause いちだんらく stays
  where there is no を or no gear (作業が一段落した, これで一段落とします, 文章を一段落としてまとめる).
- 弾き glued after 水 is repelling water, はじき (ボディーの水弾きが良い, 撥水で水弾きが続く); Sudachi reads
  ひき (playing), which stays after an instrument (ギター弾き, 三味線弾き).
- 革 that starts a word Sudachi cuts after the prefix 本 (本|革巻き) voices as in the lexicon's 本革 ほんがわ,
  がわ (本革巻きステアリング ほんがわまき); 革巻き alone and after a particle stays かわ.
- 風 that Sudachi reads ふう ("a manner") after the conditional と (接続助詞) and before が, は or も is the wind,
  かぜ (屋根を開けると風が心地よい); readings.py reads the rest, and "that way" keeps ふう (という風に, と風に).
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, sentence_has

# What follows 値 when it is a price moving or being set: 値落ち ねおち, 値崩れ ねくずれ.
_PRICE_MOVES = frozenset({"落ち", "戻り", "崩れ", "幅", "頃", "動き", "付け", "下がり", "上がり", "下げ", "上げ"})
# Words of a sentence about a gearbox, where 一段落として is dropping a gear.
_GEAR_CUES = ("ギア", "ギヤ", "シフト", "変速", "ミッション", "速", "エンブレ", "エンジンブレーキ", "回転")
# all cars_fix looks at
WORDS = frozenset({"二輪", "離れ", "値", "一段落", "段落", "弾き", "革巻き", "革張り", "風"})


def cars_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "二輪":
        if reading == "にわ" and not (nxt is not None and nxt.surface in HONORIFICS):
            return "にりん"  # 二輪免許: two wheels, not the name にわ
        return None
    if surface == "離れ":
        if reading == "はなれ" and token.pos[0] == "名詞" and glued(prev, token) \
                and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "ばなれ"  # 車|離れ, 活字|離れ
        return None
    if surface == "値":
        if reading == "あたい" and glued(token, nxt) and nxt.surface in _PRICE_MOVES:
            return "ね"  # 値|落ち
        return None
    if surface == "弾き":
        if reading == "ひき" and glued(prev, token) and prev.surface == "水":
            return "はじき"  # 水|弾き: beading water
        return None
    if surface in ("革巻き", "革張り"):
        if reading.startswith("かわ") and glued(prev, token) and prev.surface == "本":
            return "が" + reading[1:]  # 本|革巻き: 本革 ほんがわ
        return None
    if surface in ("一段落", "段落"):
        return _gear_down(tokens, i, reading)
    # 風
    if reading == "ふう" and prev is not None and prev.surface == "と" and prev.pos[1] == "接続助詞" \
            and nxt is not None and nxt.surface in ("が", "は", "も"):
        return "かぜ"  # 開けると|風|が
    return None


def _gear_down(tokens: list[Token], i: int, reading: str) -> str | None:
    """いちだんお for 一段落 in ギアを一段落として (一段 and 落とす), or None."""
    token = tokens[i]
    if not reading.endswith("だんらく"):
        return None
    start = i
    if token.surface == "段落":  # 二|段落: the number is its own token
        if i == 0 or tokens[i - 1].pos[1] != "数詞" or not glued(tokens[i - 1], token):
            return None
        start = i - 1
    if start == 0 or tokens[start - 1].surface != "を":
        return None  # 作業が一段落した, これで一段落とします: the pause
    to = tokens[i + 1] if i + 1 < len(tokens) else None
    verb = tokens[i + 2] if i + 2 < len(tokens) else None
    if not (glued(token, to) and to.surface == "と" and glued(to, verb) and verb.lemma == "する"):
        return None
    if not sentence_has(tokens, i, _GEAR_CUES, others=True):
        return None  # 文章を一段落としてまとめる: one paragraph
    return reading[:-2] + "お"  # ギアを一段落として: 一段 and 落とす
