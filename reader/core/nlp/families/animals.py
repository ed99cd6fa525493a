"""Zoo and aquarium news, pets, wildlife and insects (from a review of own sentences in the genre's style).

- 角 on its own (not glued into a compound) in a sentence about a horned animal (鹿, 牛, サイ, ヤギ,
  カブトムシ, 雄鹿…, a whole word) is the horn, つの: サイの角を狙った密猟, 雄鹿の立派な角, 角を研ぐ;
  Sudachi reads かど (a corner) or かく. It must NOT fire in a sentence about streets or turning
  (道の角を右に曲がる, 交差点の角, 通りの角), nor in a compound (角地, 四つ角, 牛|角 as the sign of a
  shop glued to 牛), nor without an animal (角を曲がる, 机の角). With no animal named, 角 before を or が
  and a verb only a horn goes with (角を突き合わせる, 角が生える, 角を研ぐ) is つの too.
- 雄 that Sudachi reads ゆう (as in a given name) before a glued katakana animal name or 同士 is the
  male animal, おす: 雄ライオン, 雄同士が争う; 雌 read し there is めす (雌ライオン). A given name
  (固有名詞) is left alone, and so is 雄 read おす already (雄の鹿, 雄と雌).
- 園 read その after の in a sentence about a zoo (来園, 動物, 飼育, 入園者, 開園 …) is the zoo, えん
  (隣の園から来園した); after の elsewhere it stays その (エデンの園, 学びの園); the nursery sense is
  family.py's.
- 獣 that Sudachi splits off as けもの before a glued one-kanji suffix (獣|舎) is the on-reading じゅう:
  獣舎 じゅうしゃ, like the lexicon's 獣医, 獣害, 獣肉; 獣道 (けものみち) is one word and stays.
- 燕 standing alone that Sudachi tags as the ancient Chinese state, えん, is the bird, つばめ (燕が低く飛ぶと
  雨, 燕が巣を作った), as the lexicon already reads it after a particle (軒下に燕が); the state stays えん in a
  sentence about China's past (燕の国は戦国七雄の一つ, 燕王), and 燕市 and 燕三条 are words of their own.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_of

WORDS = frozenset({"角", "雄", "雌", "園", "獣", "燕"})  # all animals_fix looks at

# Horned animals, matched as whole words (鹿, not 鹿児島) or as a word's end (雄鹿, 子牛, ニホンジカ).
_HORNED = ("鹿", "シカ", "ジカ", "牛", "ウシ", "サイ", "ヤギ", "山羊", "羊", "ヒツジ", "カモシカ", "トナカイ",
           "カブトムシ", "キリン", "バイソン", "ヌー", "オリックス", "インパラ", "ガゼル", "ユニコーン", "鬼")
# What makes 角 a corner of a street or a thing: never a horn then.
_CORNER_CUES = ("曲が", "交差点", "道", "通り", "路地", "店", "ビル", "建物", "机", "テーブル", "部屋", "四つ角",
                "角地", "曲がり")
_HORN_VERBS = frozenset({"突き合わせる", "突き合う", "研ぐ", "生える", "振りかざす", "突き上げる"})
# Words of China's ancient states and courts: with one of them 燕 is the state, えん.
_STATE_CUES = ("国", "王", "秦", "趙", "斉", "楚", "魏", "韓", "漢", "晋", "戦国", "春秋", "皇帝", "太子", "諸侯",
               "中国", "燕京", "滅", "攻")
_ZOO_CUES = ("来園", "動物", "飼育", "入園者", "開園", "閉園", "休園", "園内", "展示", "水族館")


def _horned(word: str) -> bool:
    return word in _HORNED or (len(word) > 1 and word.endswith(_HORNED) and not word.endswith("ヌー"))


def animals_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "獣":
        ok = reading == "けもの" and glued(token, nxt) and nxt.pos[0] == "接尾辞" and len(nxt.surface) == 1 \
            and is_kanji(nxt.surface)
        return "じゅう" if ok else None  # 獣|舎 じゅうしゃ
    if surface == "燕":
        alone = not (glued(prev, token) and is_kanji(prev.surface[-1])) \
            and not (glued(token, nxt) and is_kanji(nxt.surface[0]))
        state = any(cue in t.surface for t in sentence_of(tokens, i) if t is not token for cue in _STATE_CUES)
        return "つばめ" if reading == "えん" and alone and not state else None  # 燕が低く飛ぶ
    if token.pos[:2] != ("名詞", "普通名詞"):
        return None
    if surface == "角":
        if reading not in ("かど", "かく"):
            return None
        if (glued(prev, token) and is_kanji(prev.surface[-1])) or (glued(token, nxt) and is_kanji(nxt.surface[0])):
            return None  # part of a compound Sudachi split
        words = [t.surface for t in sentence_of(tokens, i)]
        if any(cue in w for w in words for cue in _CORNER_CUES):
            return None  # 道の角を曲がる: a corner
        verb = tokens[i + 2] if i + 2 < len(tokens) and nxt.surface in ("を", "が") else None
        if verb is not None and verb.pos[0] == "動詞" and verb.lemma in _HORN_VERBS:
            return "つの"  # 角を突き合わせる, 角が生える: only a horn does that
        return "つの" if any(_horned(w) for w in words) else None  # サイの角, 鹿の角を研ぐ
    if surface in ("雄", "雌"):
        if reading not in ("ゆう", "し") or nxt is None or not glued(token, nxt):
            return None
        animal = nxt.pos[0] == "名詞" and "\u30a1" <= nxt.surface[0] <= "\u30fa"
        if animal or nxt.surface == "同士":
            return "おす" if surface == "雄" else "めす"  # 雄ライオン, 雄同士
        return None
    if surface == "園":
        if reading != "その" or prev is None or prev.surface != "の" or glued(token, nxt) and nxt.pos[0] == "名詞":
            return None
        words = [t.surface for t in sentence_of(tokens, i) if t is not token]
        return "えん" if any(cue in w for w in words for cue in _ZOO_CUES) else None  # 隣の園から来園
    return None
