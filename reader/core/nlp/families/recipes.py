"""Recipe words (ingredient lists, cooking steps, cooking blogs) Sudachi reads in another sense.

- 片 counting cloves of garlic or knobs of ginger (にんにく一片, 生姜1片, ニンニク（2片）) is the native かけ, and a
  kanji 一 or 二 before it ひと, ふた (一片 ひとかけ, 二片 ふたかけ), as recipes write 一かけ; Sudachi reads
  いち|へん. Only one and two: from three on usage varies (三片 さんぺん, みかけ) and is left, and so is 片 after
  anything but garlic or ginger (一片の雲 いっぺん, 一片の良心). There a lone 一 before the suffix 片 is いっぺん,
  which Sudachi leaves いち|へん (一片の曇りもない, 一片の偽り, 鱗片を一片ずつ植える); not after another numeral
  (十一片), nor with petals or snow about (花びら一片 may be ひとひら: left alone).
- 八尾 that Sudachi takes for the place (やお), glued after a common noun and before a particle, a
  punctuation mark or the end, counts fish or prawns, はちび (えび八尾は, 鯵八尾、), like 七尾 and 三尾, which
  Sudachi already splits into number and counter; the city and the surname stay やお (大阪府八尾市, 八尾駅,
  八尾さん, 河内八尾).
- 通っ that Sudachi takes for 通う (かよっ) after 火 or 熱 and が, は or も is 通る, とおっ (中まで火が通っていない,
  中心まで熱が通って); other forms are already 通る (火が通った とお), and 通う stays elsewhere (学校に通って).
- 塩水 that Sudachi reads えんすい, the technical term, is brine in a kitchen or a mouthwash, しおみず
  (塩水に浸けて砂抜き, 塩水でうがい), as Sudachi itself reads it in 3％の塩水; where the sentence sets it
  against fresh or brackish water or is about lakes, ground water, electrolysis or spray tests it stays
  えんすい (淡水と塩水, 塩水の電気分解). Compounds are other words (塩水湖 えんすいこ, 食塩水 しょくえんすい).
- 鶏 that Sudachi reads にわとり (the live bird), glued before a kanji cut of chicken (手羽, 手羽元, 手羽先, 砂肝,
  軟骨, 胸, 腿) or what it is cooked with (大根, 雑炊, 南蛮), is the meat, とり (鶏手羽の甘辛煮, 鶏手羽元, 鶏大根),
  like the lexicon's 鶏胸肉 and 鶏鍋 and everyday.py's 鶏もも肉; before other nouns it is left (鶏小屋).
- 田楽 that Sudachi takes for the place name たらが, before 味噌 or 焼き or after の (田楽味噌, こんにゃくの田楽,
  なすの田楽味噌焼き), is the grilled, miso-glazed dish, でんがく, as Sudachi reads it alone (豆腐田楽);
  before a place's suffix (田楽町, 田楽駅) or glued after a name, or after a name and の, it is left.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# What a 片 counts in a recipe: cloves of garlic, knobs of ginger.
_CLOVES = ("にんにく", "ニンニク", "大蒜", "生姜", "しょうが", "ショウガ")
# A one or a two before 片, and how it reads there.
_ONE_TWO = {"一": "ひと", "二": "ふた", "1": "", "2": "", "１": "", "２": ""}
_BRACKETS = frozenset({"（", "(", "：", ":", " ", "　"})
# After 八尾 the fish count: a particle, a mark, or nothing. A noun or a suffix (市, 駅, さん) is the place.
_AFTER_COUNT = ("助詞", "補助記号", "空白")
_HEAT = frozenset({"火", "熱"})
_HEAT_PARTICLES = frozenset({"が", "は", "も"})
# Sentences where 塩水 is the technical term, えんすい.
_BRINE_TECH = ("淡水", "汽水", "湖", "地下水", "電解", "電気分解", "噴霧", "帯水", "海洋", "濃度差")
_CHICKEN_CUTS = ("手羽", "砂肝", "軟骨", "胸", "腿", "大根", "雑炊", "南蛮")
# What a miso-glazed 田楽 is glued to; a place name's suffixes.
_DENGAKU_AFTER = ("味噌", "みそ", "焼", "刺し", "串")
_PLACE_SUFFIXES = ("町", "村", "駅", "川", "地区", "区", "市", "郡", "字")
# all recipes_fix looks at
_FLAKES = ("花びら", "花弁", "雪", "桜", "花")  # 花びら一片 ひとひら: left alone
WORDS = frozenset({"片", "一", "二", "八尾", "通っ", "塩水", "鶏", "田楽"})


def recipes_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "片":
        if reading == "へん" and token.pos[0] == "接尾辞" and _counts_cloves(tokens, i - 1):
            return "かけ"  # にんにく一|片 ひとかけ
        if reading == "へん" and token.pos[0] == "接尾辞" and _lone_one(tokens, i - 1):
            return "ぺん"  # 一|片の雲 いっぺん
        return None
    if surface in ("一", "二"):
        if token.pos[1:2] == ("数詞",) and glued(token, nxt) and nxt.surface == "片" \
                and _counts_cloves(tokens, i) and reading != _ONE_TWO[surface]:
            return _ONE_TWO[surface]  # にんにく二|片 ふたかけ
        if reading == "いち" and _lone_one(tokens, i):
            return "いっ"  # 一|片の雲 いっぺん
        return None
    if surface == "八尾":
        if reading == "やお" and token.proper and glued(prev, token) and prev.pos[1:2] == ("普通名詞",) \
                and (nxt is None or nxt.pos[0] in _AFTER_COUNT):
            return "はちび"  # えび八尾は: eight prawns
        return None
    if surface == "通っ":
        before = tokens[i - 2] if i > 1 else None
        if reading == "かよっ" and token.lemma == "通う" and prev is not None and prev.surface in _HEAT_PARTICLES \
                and before is not None and before.surface in _HEAT and glued(before, prev):
            return "とおっ"  # 火が通っていない
        return None
    if surface == "塩水":
        if reading == "えんすい" and not sentence_has(tokens, i, _BRINE_TECH, others=True):
            return "しおみず"  # 塩水に浸けて砂抜き
        return None
    if surface == "田楽":
        return _dengaku(tokens, i, reading, prev, nxt)
    # 鶏
    if reading == "にわとり" and glued(token, nxt) and nxt.pos[0] == "名詞" and nxt.surface.startswith(_CHICKEN_CUTS):
        return "とり"  # 鶏|手羽
    return None


def _counts_cloves(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a one or a two glued before 片, itself after garlic or ginger (にんにく1|片,
    生姜（一|片）), with no other numeral glued before it (十一片)."""
    if k < 1 or tokens[k].surface not in _ONE_TWO or tokens[k].pos[1:2] != ("数詞",) \
            or not glued(tokens[k], tokens[k + 1]):
        return False
    j = k - 1
    if tokens[j].pos[1:2] == ("数詞",):
        return False  # 十一片, 21片
    while j > 0 and tokens[j].surface in _BRACKETS:
        j -= 1
    word = tokens[j].surface
    if glued(tokens[j - 1], tokens[j]):
        word = tokens[j - 1].surface + word  # しょう|が: Sudachi splits the kana spelling
    return word.endswith(_CLOVES)


def _dengaku(tokens: list[Token], i: int, reading: str, prev: Token | None, nxt: Token | None) -> str | None:
    if reading != "たらが" or glued(tokens[i], nxt) and nxt.surface.startswith(_PLACE_SUFFIXES) \
            or glued(prev, tokens[i]) and prev.proper:
        return None  # the place: 田楽町
    if glued(tokens[i], nxt) and nxt.surface.startswith(_DENGAKU_AFTER) \
            or prev is not None and prev.surface == "の" and i > 1 and not tokens[i - 2].proper:
        return "でんがく"  # 田楽|味噌, なすの田楽
    return None


def _lone_one(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a kanji 一 glued before the suffix 片, with no numeral glued before it and no
    garlic or ginger counted (一片の雲 いっぺん; にんにく一片 is ひとかけ, 十一片 is left)."""
    if k < 0 or k + 1 >= len(tokens) or tokens[k].surface != "一" or tokens[k].pos[1:2] != ("数詞",):
        return False
    after = tokens[k + 1]
    if after.surface != "片" or after.pos[0] != "接尾辞" or not glued(tokens[k], after):
        return False
    if k > 0 and glued(tokens[k - 1], tokens[k]) and tokens[k - 1].pos[1:2] == ("数詞",):
        return False  # 十一片
    return not _counts_cloves(tokens, k) and not sentence_has(tokens, k, _FLAKES)
