"""School mathematics and science: textbook terms Sudachi splits or reads in an everyday sense.

- 四 glued before the suffix 角形 is し (四角形 しかくけい, 四角形ABCD), as in the lexicon's 四角 and 四辺形;
  Sudachi splits 四|角形 and reads the numeral よん. Other numerals are whole words (五角形 ごかっけい).
- 一 glued before the noun 辺 is one side of a figure, いっぺん (一辺が四センチ, 一辺×一辺): 一 takes the
  small っ and 辺 the p of ぺん, as in the lexicon's 一辺倒; Sudachi splits it いち|へん. Only a bare 一:
  after another digit (十一辺) or before anything else (一つの辺 ひと) it is left alone, and 二辺 stays にへん.
- 大 that Sudachi cuts off as the prefix だい before 気圧 is the first kanji of 大気, たい (大気圧 たいきあつ);
  大気中, 大気汚染 are already whole words.
- 球 that Sudachi reads たま (a ball) in a sentence of solid geometry (体積, 表面積, 半径, 直径, 球面,
  円柱, 円錐, 立体) is the sphere, きゅう (球の表面積); it stays たま elsewhere (電球の球が切れた,
  球を投げる).
- 表 before が/も and then 出る in the same clause in a sentence about tossing a coin (硬貨, コイン, 円玉, 裏,
  確率, 投げ) is the face, おもて (二枚とも表が出る確率, 表が二回出る); without a coin it stays ひょう (結果の表が出る).
- 陰 glued before イオン is the negative of a charge, いん (陽イオンと陰イオン), as in the lexicon's 陰イオン and
  陰極; Sudachi sometimes cuts 陰|イオン and reads the shade, かげ, which stays before other words (陰の部分).
- 塩 that Sudachi reads しお in a sentence of acids and bases (中和, 酸性, アルカリ, イオン, 水溶液) is a
  salt in chemistry, えん (中和によって塩と水ができる); in the kitchen it stays しお (塩を少々加える).
  So is 塩 glued after an acid's name (硝酸塩, 炭酸塩, リン酸塩, クエン酸塩, 塩酸塩 on a supplement's or a
  drug's label), えん; not after a particle or another noun (酸と塩, 藻塩, 岩塩 keep theirs).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

WORDS = frozenset({"四", "一", "辺", "大", "球", "表", "陰", "塩"})  # all stem_fix looks at

_SOLID_CUES = ("体積", "表面積", "半径", "直径", "球面", "円柱", "円錐", "角柱", "角錐", "立体", "中心")
_COIN_CUES = ("硬貨", "コイン", "円玉", "裏", "確率", "投げ")
_ACID_BASE_CUES = ("中和", "酸性", "アルカリ", "イオン", "水溶液")


def _words(tokens: list[Token], i: int) -> list[str]:
    return [t.surface for t in sentence_of(tokens, i)]


def _is_number(t: Token | None) -> bool:
    return t is not None and t.pos[:2] == ("名詞", "数詞")


def _comes_out(tokens: list[Token], k: int) -> bool:
    """出る follows from tokens[k] within a few words of the same clause (表が二回出る)."""
    for t in tokens[k:k + 4]:
        if t.lemma == "出る":
            return True
        if t.pos[0] in ("補助記号", "動詞", "助詞"):
            return False
    return False


def stem_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "四":
        ok = reading == "よん" and glued(token, nxt) and nxt.surface == "角形"
        return "し" if ok else None  # 四|角形
    if surface == "一":
        ok = reading == "いち" and _is_number(token) and glued(token, nxt) and nxt.surface == "辺" \
            and nxt.pos[0] == "名詞" and not (glued(prev, token) and _is_number(prev))
        return "いっ" if ok else None  # 一|辺 いっぺん
    if surface == "辺":
        ok = reading == "へん" and glued(prev, token) and prev.surface == "一" and _is_number(prev) \
            and not (i > 1 and glued(tokens[i - 2], prev) and _is_number(tokens[i - 2]))
        return "ぺん" if ok else None
    if surface == "大":
        ok = reading == "だい" and glued(token, nxt) and nxt.surface == "気圧"
        return "たい" if ok else None  # 大|気圧 たいきあつ
    if surface == "球":
        if reading == "たま" and token.pos[0] == "名詞" and any(c in w for w in _words(tokens, i) for c in _SOLID_CUES):
            return "きゅう"  # 球の表面積
        return None
    if surface == "表":
        if reading != "ひょう" or nxt is None or nxt.surface not in ("が", "も") or not _comes_out(tokens, i + 2):
            return None
        return "おもて" if any(c in w for w in _words(tokens, i) for c in _COIN_CUES) else None  # 表が出る
    if surface == "陰":
        ok = reading == "かげ" and glued(token, nxt) and nxt.surface == "イオン"
        return "いん" if ok else None  # 陰|イオン
    # 塩
    if reading == "しお" and glued(prev, token) and prev.surface.endswith("酸"):
        return "えん"  # 硝酸|塩, クエン|酸|塩: a salt of that acid
    if reading == "しお" and any(c in w for w in _words(tokens, i) for c in _ACID_BASE_CUES):
        return "えん"  # 中和によって塩と水ができる
    return None
