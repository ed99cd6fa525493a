"""Hotel, ryokan and hot-spring reviews: words the analyser reads in another sense there.

- 入れる with no object, in a sentence about a bath (風呂, 温泉, 浴場, 湯船, 露天, サウナ …), is the
  potential of 入る, "can get in", はいれる (家族風呂が三つあり、空いていればいつでも入れます, 客室の風呂も
  温泉なので、夜中にも入れました); Sudachi reads the transitive いれる ("to put in"), which stays where the
  clause has an object (お湯を入れる, 湯船に入浴剤を入れました, 予約を入れた), in 手に入れる, before て
  (風呂入れておいたよ: filling the bath) and in a sentence with no bath about (お茶も入れます).
- 尽く that Sudachi takes for the adverb ことごとく, glued before せり, is the verb 尽くす of 至れり尽くせり,
  つく; the adverb stays before anything else (尽く失敗した ことごとく).
- 牛 glued before a katakana cut or dish of beef (牛ステーキ, 牛ロース, 牛ヒレ, 牛バラ, 牛ハンバーグ, 牛モツ) is
  beef, ぎゅう, like the lexicon's 牛カツ and 牛タン; Sudachi reads the split-off 牛 うし (the animal), which
  stays before other words (牛ガエル, 牛の放牧).
- 朝 and 昼 glued before 食前, which Sudachi splits off (朝|食前, 昼|食前), are 朝食前 ちょうしょくまえ and 昼食前
  ちゅうしょくまえ, "before breakfast/lunch", as 夕食前 ゆうしょくまえ reads; in a dose's instructions
  (服用, 錠, 薬) the medical 食前 stays, ちょうしょくぜん (朝食前に一錠服用). 食前 alone stays しょくぜん
  (食前に服用), and 朝 before anything else stays あさ.
- 九品 that Sudachi reads くほん (the nine grades of the Pure Land) counts dishes, きゅうひん, where no
  Buddhist word is about (九品の会席, 料理は全九品); 九品仏, 九品浄土 and a sentence about a temple or
  the Buddha keep くほん.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

# What makes a sentence about getting into a bath.
_BATH_CUES = ("風呂", "温泉", "浴場", "湯船", "湯舟", "露天", "サウナ", "足湯", "内湯", "外湯", "岩盤浴", "湯")
# Bath words that are not the bath one gets into (湯沸かし, お湯を沸かす is no bath).
_NOT_BATH = ("湯沸", "給湯", "湯呑", "湯飲", "湯気", "湯葉", "湯豆腐", "白湯", "湯煎", "湯通",
             "温泉卵", "温泉玉子", "温泉たまご", "饅頭", "温泉水")
# What may follow the potential 入れ: a polite ending, a negative, the past, a condition.
_POTENTIAL_ENDINGS = frozenset({"ます", "まし", "ませ", "ない", "なかっ", "ず", "た", "ば", "る", "なく"})
_TOPIC_PARTICLES = frozenset({"は", "も", "が"})
# Who gets into a bath: a topic ending so is no object put in (子供も入れます, 宿泊客は入れません).
_PEOPLE = ("人", "子", "供", "客", "様", "さん", "ちゃん", "者", "ペット", "犬", "族", "婦", "性", "方", "連れ")
_CLAUSE_BREAKS = frozenset("、。，．「」『』（）()！？!?\n　 ")
# Beef's cuts and dishes, after a split-off 牛 (牛|ステーキ ぎゅう).
_BEEF = ("ステーキ", "ロース", "ヒレ", "フィレ", "バラ", "カルビ", "ハラミ", "ハンバーグ", "モツ", "ミンチ", "シチュー",
         "ホルモン", "サーロイン", "リブ", "ランプ", "タタキ", "すじ", "スジ", "しゃぶ", "すき")
_MEALS_BEFORE = {"朝": ("あさ", "ちょう"), "昼": ("ひる", "ちゅう")}  # 朝|食前 ちょうしょくまえ
# A dose's instructions say 食前 しょくぜん even after 朝 (朝食前に一錠服用 ちょうしょくぜん).
_DOSING = ("服用", "錠", "薬", "カプセル", "包", "飲")
_BUDDHIST = ("仏", "寺", "浄土", "往生", "来迎", "阿弥陀", "極楽", "蓮台", "如来")
# all hotels_fix looks at
WORDS = frozenset({"入れ", "入れる", "尽く", "牛", "朝", "昼", "食前", "九品"})


def hotels_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if token.surface == "牛":
        if reading == "うし" and glued(token, nxt) and nxt.surface.startswith(_BEEF):
            return "ぎゅう"  # 牛|ステーキ
        return None
    if token.surface in _MEALS_BEFORE:
        plain, sino = _MEALS_BEFORE[token.surface]
        return sino if reading == plain and glued(token, nxt) and nxt.surface == "食前" else None
    if token.surface == "食前":
        if reading == "しょくぜん" and glued(prev, token) and prev.surface in _MEALS_BEFORE \
                and not any(c in t.surface for t in sentence_of(tokens, i) for c in _DOSING):
            return "しょくまえ"  # 朝|食前: before breakfast
        return None
    if token.surface == "九品":
        if reading == "くほん" and not any(c in t.surface for t in sentence_of(tokens, i) for c in _BUDDHIST):
            return "きゅうひん"  # 九品の会席: nine dishes
        return None
    if token.surface == "尽く":
        if reading == "ことごとく" and glued(token, nxt) and nxt.surface.startswith("せ"):
            return "つく"  # 至れり|尽く|せり: the verb 尽くす
        return None
    if token.lemma != "入れる" or token.pos[0] != "動詞" or not reading.startswith("いれ"):
        return None
    if token.surface != "入れる" and not (glued(token, nxt) and nxt.surface in _POTENTIAL_ENDINGS):
        return None  # 入れて, 入れておく: filling or putting in
    if _has_object(tokens, i) or not _about_a_bath(tokens, i):
        return None
    return "は" + reading  # いつでも入れます はいれます


def _has_object(tokens: list[Token], i: int) -> bool:
    """Whether the clause ending in tokens[i] has an object: one marked を, 手 of 手に入れる, or a thing
    as its topic (お茶も入れます), which is what gets put in; a bath or a person there gets in."""
    if i >= 2 and tokens[i - 1].surface == "に" and tokens[i - 2].surface == "手":
        return True  # 手に入れる: to obtain
    k = i - 1
    while k >= 0 and tokens[k].surface not in _CLAUSE_BREAKS:
        word = tokens[k]
        if word.surface == "を" and word.pos[0] == "助詞":
            return True
        if word.surface in _TOPIC_PARTICLES and k > 0 and tokens[k - 1].pos[0] in ("名詞", "接尾辞") \
                and not _bath_or_person(tokens[k - 1]):
            return True  # お茶も入れます
        k -= 1
    return False


def _bath_or_person(token: Token) -> bool:
    """Whether a topic is a bath or someone who gets into one (露天風呂は, 子供も, 宿泊者以外も)."""
    word = token.surface
    return any(c in word for c in _BATH_CUES) and not any(n in word for n in _NOT_BATH) \
        or word.endswith(_PEOPLE) or token.pos[0] == "代名詞" or token.pos[2:3] == ("副詞可能",)


def _about_a_bath(tokens: list[Token], i: int) -> bool:
    """Whether a word before tokens[i] in its sentence names a bath one gets into."""
    k = i - 1
    while k >= 0 and tokens[k].surface not in ("。", "！", "？", "!", "?", "\n"):
        word = tokens[k].surface
        if any(c in word for c in _BATH_CUES) and not any(n in word for n in _NOT_BATH):
            return True
        k -= 1
    return False
