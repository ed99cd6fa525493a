"""Pets, parenting and school life: pet-owner blogs and vet advice, parenting blogs, nursery and school
notices, PTA letters.

- 園 as a noun of its own (not glued into a compound) is the nursery or kindergarten, えん (園で流行って
  います, 園からのお知らせ, 見学した園の雰囲気); Sudachi reads その, the poetic garden. After の it stays その
  (エデンの園, 学びの園) unless the sentence is about childcare (保育, 入園, 登園, 待機児童, 年少 …:
  第三希望の園に決まりました). Glued before a newsletter (園だより, 園便り, 園通信) it is えん too. Compounds
  (動物園, ぶどう|園, 甲子園) are left as they are.
- 換 that Sudachi splits off as a noun read かえ before a kanji suffix (換|毛|期) is the on-reading かん
  (換毛期 かんもうき, the moulting season); the lexicon's 換羽 and 換気 are other words, and 乗り換え,
  書き換え keep their verb reading.
- A kanji numeral glued before a suffix that begins with the counter 回 (一|回食) geminates as before
  回 itself: 一回食 いっかいしょく, 六回食 ろっかいしょく; Sudachi leaves 一 いち. 二回食, 三回食
  are unchanged, and 一回目, 一回分 are single words the counters read already.
- 目下の before a worry, a task or a goal (目下の悩み, 目下の課題, 目下の急務) is "at present", もっか;
  Sudachi reads めした ("one's junior"), which stays before a person (目下の者, 目下の人に). The word
  stays marked uncertain, as readings.py marks it.
- 待 that Sudachi cuts from the imperative 待て with the whole reading まて, before a て of its own
  (お座りと待てを覚えました), is ま: the て after it is written out and must not be read twice.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_of

WORDS = frozenset({"園", "換", "一", "六", "八", "十", "百", "待", "目下"})  # all family_fix looks at

# Words that make a sentence about childcare: 園 after の is then the nursery, えん.
_CHILDCARE = ("保育", "幼稚", "入園", "登園", "降園", "卒園", "転園", "園児", "園長", "待機児童", "年少", "年中",
              "年長", "保活", "慣らし", "お迎え", "送迎", "子ども", "子供", "こども", "わが子", "我が子", "息子", "娘")
# What is "at present" (目下 もっか) when 目下の comes before it: a worry, a task, a goal, never a person.
_PRESENT = frozenset({"悩み", "課題", "急務", "懸案", "関心", "関心事", "目標", "ところ", "状況", "問題", "最大"})
_NEWSLETTER = frozenset({"だより", "便り", "通信"})  # 園だより, 園便り, 園通信: the nursery's newsletter
_PARTICLES_AFTER = frozenset({"で", "に", "から", "の", "は", "が", "を", "へ", "と", "も", "まで", "より", "や"})
# The gemination of a kanji numeral's last sound before 回 (一回 いっかい, 六回 ろっかい, 十回 じゅっかい).
_GEMINATED = {"いち": "いっ", "ろく": "ろっ", "はち": "はっ", "じゅう": "じゅっ", "ひゃく": "ひゃっ"}


def _garden(tokens: list[Token], i: int, reading: str) -> str | None:
    token = tokens[i]
    if reading != "その" or token.pos[0] != "名詞":
        return None
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and glued(token, nxt) and nxt.surface in _NEWSLETTER:
        return "えん"  # 【園だより】: the nursery's newsletter
    if nxt is not None and glued(token, nxt) and nxt.pos[0] not in ("助詞", "補助記号", "助動詞"):
        return None  # part of a longer noun phrase Sudachi split: leave it
    if prev is not None and glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞", "接尾辞"):
        return None  # 花|園 and kin: a compound
    if prev is not None and prev.surface == "の":
        words = [t.surface for t in sentence_of(tokens, i)]
        return "えん" if any(cue in w for w in words for cue in _CHILDCARE) else None  # 希望の園 (保育)
    return "えん" if nxt is None or nxt.surface in _PARTICLES_AFTER else None  # 園で流行, 園から


def family_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "園":
        return _garden(tokens, i, reading)
    if surface == "目下":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        ok = reading == "めした" and nxt is not None and nxt.surface == "の" and after is not None \
            and after.surface in _PRESENT
        return "もっか" if ok else None  # 目下の悩み; 目下の者, 目下の人 stay めした
    if surface == "換":
        ok = reading == "かえ" and token.pos[0] == "名詞" and glued(token, nxt) and is_kanji(nxt.surface[0])
        return "かん" if ok else None  # 換|毛|期 かんもうき
    if surface == "待":
        ok = reading == "まて" and token.pos[0] == "動詞" and glued(token, nxt) and nxt.surface == "て"
        return "ま" if ok else None  # 待|て: the written て is read once
    if token.pos[1:2] != ("数詞",) or reading not in _GEMINATED or not glued(token, nxt):
        return None
    if nxt.pos[0] == "接尾辞" and nxt.surface[:1] == "回" and len(nxt.surface) > 1 and nxt.reading.startswith("かい"):
        return _GEMINATED[reading]  # 一|回食 いっかいしょく
    return None
