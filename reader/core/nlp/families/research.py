"""Science and research news (university press releases, science pages) Sudachi reads in another sense.

- 人 glued after a period of the past (古代, 中世, 近代, 先史, 縄文, 古墳, 旧石器, or a noun ending in 時代)
  is the people of that age, じん (古代人 こだいじん, 縄文人, 旧石器時代人, 江戸時代人), like the lexicon's
  現代人 and 原始人 and readings.py's 弥生人 and ネアンデルタール人; Sudachi reads the split-off suffix にん,
  which stays after other nouns (管理人, 見物人, 旧石器 alone: 旧石器の人 ひと).
- 目 that Sudachi reads as the suffix め, glued after a katakana name of an animal or a plant, is an order
  in the classification of living things, もく (サル目ヒト科, ネコ目イヌ科, チョウ目の昆虫, コウチュウ目),
  where the sentence is about taxonomy or animals (科, 属, 種, 分類, 動物, 昆虫, 生物..., アリはハチ目に属する).
  Without such a cue it stays め (マス目に書く, ミシン目で切る), and after kanji it is left alone.
  (霊長目 れいちょうもく and 甲虫 こうちゅう, which Sudachi reads れいちょうめ and かぶとむし, are
  analyser slips in slips.py; 行った after 実験は, 観測は is official.py's おこなった.)
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_of

# Periods of the past whose people are 〜じん (古代人); a noun ending in 時代 counts too (江戸時代人).
_PERIODS = frozenset({"古代", "中世", "近世", "近代", "先史", "縄文", "古墳", "旧石器", "新石器", "石器"})
# Words of a sentence about the classification of living things: they make a katakana name + 目 an order.
_TAXON_CUES = frozenset({"科", "属", "属する", "種", "亜目", "亜科", "分類", "新種", "一種", "亜種", "動物", "昆虫",
                         "哺乳類", "鳥類", "魚類", "生物", "霊長類", "仲間", "進化", "化石"})
WORDS = frozenset({"人", "目"})  # all research_fix looks at


def research_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    if token.pos[0] != "接尾辞" or not glued(prev, token):
        return None
    if token.surface == "人":
        if reading == "にん" and (prev.surface in _PERIODS or prev.surface.endswith("時代")):
            return "じん"  # 古代|人, 江戸|時代|人
        return None
    # 目
    if reading != "め" or not is_katakana_word(prev.surface) or prev.pos[:2] != ("名詞", "普通名詞"):
        return None
    if any(t.surface in _TAXON_CUES or t is not prev and t.surface.endswith("科") and t.pos[0] != "接頭辞"
           and is_katakana_word(t.surface[:-1]) for t in sentence_of(tokens, i)):
        return "もく"  # サル|目|ヒト|科, チョウ|目|の|昆虫
    return None
