"""Gardening words (vegetable-plot and house-plant blogs, how-to pages) Sudachi splits and reads alone.

- 咲き that Sudachi takes for a noun glued after a noun names how a plant flowers and voices, ざき (四季咲き,
  八重咲き, 新枝咲き, 旧枝咲き, like the lexicon's 遅咲き and 房咲き); the verb (花が咲き) stays さき.
- 芽 glued after 外 or 内 is a bud read natively, め (外芽 そとめ, 内芽 うちめ: where a rose is pruned);
  Sudachi reads the split-off suffix が, the が of 発芽 and 麦芽, which stays after anything else.
- 日 glued before the suffix 中 is the first half of 日中, にっ (真夏の日中に にっちゅう): Sudachi splits it and
  reads ひ + ちゅう, which no one says. After その, この, 同じ or a number (その日中 "within that day") it is
  left alone.
- 雌 and 雄 glued before 穂 are a maize plant's female and male ears, しすい and ゆうすい (雌穂に花粉をかける);
  Sudachi reads めす|ほ, おす|ほ. Not when 穂 runs on into another kanji word.
- 種 glued after こぼれ is the self-sown seed and voices, だね (こぼれ種で毎年咲く); Sudachi reads しゅ.
- 肥 glued after a verb's stem or a common noun is a kind of fertiliser and voices, ごえ (置き肥 おきごえ,
  芽出し肥 めだしごえ, 追い肥), like the lexicon's 元肥, 寒肥 and 礼肥; Sudachi reads the split-off noun こえ,
  which stays on its own (肥を施す), after a name, and before a verb's ending (天高く馬肥ゆる秋 こ).
- 木瓜 in a sentence about flowers or growing them is the flowering quince, ぼけ (木瓜の花が咲き始めた);
  Sudachi's もっこう is the family crest's name, which stays in a sentence about a crest (木瓜紋, 家紋は木瓜).
- 種一 that Sudachi takes for the given name たねいち, glued before 袋, 粒 or つ, is a seed and one, counted
  natively: たねひと (種一袋 たねひとふくろ, 種一粒); before anything else it is left alone.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has

_NATIVE_BUDS = frozenset({"外", "内"})  # 外芽 そとめ, 内芽 うちめ
_WITHIN_DAY = frozenset({"その", "この", "あの", "同じ", "当", "前", "翌", "毎", "各"})  # その日中 "within the day"
_EARS = {"雌": "し", "雄": "ゆう"}  # 雌穂 しすい, 雄穂 ゆうすい
_SELF_SOWN = frozenset({"こぼれ", "零れ"})
_NATIVE_ONE_OF = frozenset({"袋", "粒", "つ"})  # 種一袋 たねひとふくろ
_PLANT_CUES = ("花", "咲", "植", "盆栽", "剪定", "庭", "実", "苗", "鉢", "枝", "蕾")
_CREST_CUES = ("紋", "家紋", "家")
# all gardening_fix looks at
WORDS = frozenset({"咲き", "芽", "日", "雌", "雄", "穂", "種", "種一", "肥", "木瓜"})


def gardening_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "咲き":
        if reading == "さき" and token.pos[0] == "名詞" and glued(prev, token) and prev.pos[0] == "名詞" \
                and is_kanji(prev.surface[-1]):
            return "ざき"  # 四季|咲き, 新枝|咲き
        return None
    if surface == "芽":
        if reading == "が" and glued(prev, token) and prev.surface in _NATIVE_BUDS:
            return "め"  # 外|芽
        return None
    if surface == "日":
        if reading == "ひ" and glued(token, nxt) and nxt.surface == "中" and nxt.pos[0] == "接尾辞" \
                and not (prev is not None and (prev.surface in _WITHIN_DAY or prev.pos[1] == "数詞")):
            return "にっ"  # 真夏の日|中に
        return None
    if surface in _EARS:
        if reading in ("めす", "おす") and _ear(token, nxt, tokens, i + 1):
            return _EARS[surface]  # 雌|穂
        return None
    if surface == "穂":
        if reading == "ほ" and glued(prev, token) and prev.surface in _EARS and _ear(prev, token, tokens, i):
            return "すい"
        return None
    if surface == "肥":
        if reading == "こえ" and glued(prev, token) and is_kanji(prev.surface[0]) and not prev.proper \
                and (prev.pos[0] == "動詞" or prev.pos[:2] == ("名詞", "普通名詞")) \
                and not (glued(token, nxt) and nxt.pos[0] not in ("助詞", "補助記号")):
            return "ごえ"  # 置き|肥, 芽出し|肥; not 馬肥ゆる (the verb 肥ゆ, こ)
        return None
    if surface == "木瓜":
        if reading == "もっこう" and sentence_has(tokens, i, _PLANT_CUES, others=True) \
                and not sentence_has(tokens, i, _CREST_CUES) and not (glued(token, nxt) and is_kanji(nxt.surface[0])):
            return "ぼけ"  # 木瓜の花が咲き始めた
        return None
    if surface == "種一":
        if reading == "たねいち" and glued(token, nxt) and nxt.surface in _NATIVE_ONE_OF:
            return "たねひと"  # 種一|袋
        return None
    # 種
    if reading == "しゅ" and glued(prev, token) and prev.surface in _SELF_SOWN:
        return "だね"  # こぼれ|種
    return None


def _ear(sex: Token, ear: Token | None, tokens: list[Token], j: int) -> bool:
    """Whether ``ear`` (tokens[j]) is 穂 glued after the 雌 or 雄 ``sex`` and ends its word."""
    if ear is None or ear.surface != "穂" or not glued(sex, ear):
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return not (glued(ear, after) and is_kanji(after.surface[0]))
