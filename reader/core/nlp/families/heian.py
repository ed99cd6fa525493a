"""Classical literature as commentaries, textbooks and museum captions explain it (源氏物語, 枕草子, 平家物語):
words of the Heian court and of old-text lessons Sudachi reads in another sense.

- 中宮 that Sudachi takes for the surname なかみや, glued before a given name, is the empress's title,
  ちゅうぐう (中宮彰子, 中宮定子), when the name is a court lady's (ending in 子) or the sentence is about the court
  (帝, 天皇, 女御, 仕え); Sudachi already reads 中宮 alone ちゅうぐう. A modern 中宮 before an honorific or a
  name in a sentence with no court stays the surname (中宮さん, 中宮健太選手 なかみや).
- 訳 that Sudachi reads as the noun わけ (a reason), glued before the verb する, is the verb 訳する, やく
  (現代語訳すると, 日本語に訳するのは); わけ stays before a particle or a copula (そういう訳で, 訳がない).
- 久 that Sudachi cuts off the classical adjective 久し (久しからず) and reads ひさし is its stem, ひさ, since the
  rest (しから) carries the し; 久しく and 久しぶり are read whole and left alone.
- An old clan name Sudachi reads as a modern surname (藤原 ふじわら, 紀 き, 清原, 菅原, 小野, 大伴, 平 ひら), glued
  before a given name, takes the の of the clan, as the lexicon's 藤原道長 and 在原業平 do (藤原定家
  ふじわらの, 紀貫之 きの, 小野小町 おのの, 平敦盛 たいらの), in a sentence about the classics or the court (和歌,
  百人一首, 天皇, 女房, 日記, 平家, 合戦) or, for 平, before a name ending in 盛, the Taira's mark; a name with an
  honorific or in a sentence with no such cue is a modern person's and is left alone (藤原紀香さん,
  平祐奈 ひら).
- 女 that Sudachi reads おんな glued after such a given name is a daughter, むすめ (菅原孝標女 たかすえのむすめ);
  Sudachi's 道綱母 はは is the same pattern.
- 殿 that Sudachi reads as the honorific どの, glued after a common noun in a sentence about the court (天皇,
  帝, 内裏, 宮中, 女御), is a hall of the palace, でん (清涼殿, like the lexicon's 紫宸殿); after a name, or with
  no court about, the honorific stays (田中殿, 担当者殿).
- 御 and 時 that Sudachi reads ご and じ (as in 御時世) before a particle are the old honorific おん and とき
  (いづれの御時にか); 寛平御時 (お, とき) is left alone.
- 本 glued after the prefix 伝 is a surviving manuscript, ぽん (伝本 でんぽん); Sudachi reads ほん.
- 頭 that Sudachi reads as the body's あたま, glued before 中将 or 弁, is the court post 頭, とうの (頭中将
  とうのちゅうじょう, 頭弁); 頭 before other words is left alone.
- 君 that Sudachi takes for the suffix くん after a verb or an adjective is the noun, きみ (「光る君」); くん
  stays after names (田中君).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has

_HONORIFICS = ("さん", "様", "氏", "君", "くん", "ちゃん", "先生", "選手", "監督")
# What makes a sentence about the Heian court, where 中宮 is the title.
_COURT_CUES = ("帝", "天皇", "女御", "更衣", "后", "宮中", "内裏", "後宮", "仕え", "女房", "平安", "入内")
# Old clans whose name takes の before a given name, with Sudachi's modern reading of each.
_CLANS = {"藤原": ("ふじわら",), "菅原": ("すがわら",), "清原": ("きよはら",), "紀": ("き",), "小野": ("おの",),
          "大伴": ("おおとも",), "平": ("ひら", "たいら"), "大江": ("おおえ",), "中臣": ("なかとみ",),
          "橘": ("たちばな",), "坂上": ("さかのうえ",)}
# What makes a sentence about the classics or the old court, where a clan name takes の.
_CLASSICS_CUES = ("天皇", "歌人", "和歌", "百人一首", "歌仙", "古今", "万葉", "平安", "奈良時代", "女房", "中宮",
                  "日記", "随筆", "撰者", "貴族", "朝廷", "詠", "式部", "納言", "宮仕え", "仕え", "漢学", "関白",
                  "大臣", "摂関", "平家", "源氏", "戦い", "合戦", "一門", "討", "壇ノ浦", "源平", "清盛")
# all heian_fix looks at
_POSTS_AFTER_TOU = frozenset({"中将", "弁"})
WORDS = frozenset(_CLANS) | frozenset({"中宮", "訳", "久", "女", "殿", "御", "時", "本", "頭", "君"})


def heian_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface == "中宮":
        if reading == "なかみや" and _before_given_name(token, nxt, after) \
                and (nxt.surface.endswith("子") or sentence_has(tokens, i, _COURT_CUES, others=True)):
            return "ちゅうぐう"  # 中宮|彰子
        return None
    if surface == "訳":
        if reading == "わけ" and glued(token, nxt) and nxt.lemma == "する":
            return "やく"  # 現代語|訳|する
        return None
    if surface == "久":
        if reading == "ひさし" and glued(token, nxt) and nxt.surface.startswith("し"):
            return "ひさ"  # 久|しから|ず: the し is the next token's
        return None
    if surface in _CLANS:
        if reading in _CLANS[surface] and _before_given_name(token, nxt, after) \
                and (surface == "平" and nxt.surface.endswith("盛")
                     or sentence_has(tokens, i, _CLASSICS_CUES, others=True)):
            return _CLANS[surface][-1] + "の"  # 紀|貫之 きの, 平|敦盛 たいらの
        return None
    if surface == "女":
        if reading == "おんな" and glued(prev, token) and prev.pos[2:4] == ("人名", "名") and i > 1 \
                and tokens[i - 2].surface in _CLANS and glued(tokens[i - 2], prev):
            return "むすめ"  # 菅原|孝標|女
        return None
    if surface == "殿":
        if reading == "どの" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞") \
                and all(is_kanji(c) for c in prev.surface) and sentence_has(tokens, i, _COURT_CUES, others=True):
            return "でん"  # 清涼|殿
        return None
    if surface == "御":
        if reading == "ご" and _old_time(token, nxt, after):
            return "おん"  # いづれの|御|時|に
        return None
    if surface == "時":
        if reading == "じ" and prev is not None and prev.surface == "御" and prev.reading == "ご" \
                and _old_time(prev, token, nxt):
            return "とき"
        return None
    if surface == "本":
        if reading == "ほん" and glued(prev, token) and prev.surface == "伝" and prev.pos[0] == "接頭辞":
            return "ぽん"  # 伝|本
        return None
    if surface == "頭":
        if reading == "あたま" and glued(token, nxt) and nxt.surface in _POSTS_AFTER_TOU:
            return "とうの"  # 頭|中将
        return None
    if surface == "君":
        if reading == "くん" and glued(prev, token) and prev.pos[0] in ("動詞", "形容詞"):
            return "きみ"  # 「光る|君」
        return None
    return None


def _old_time(honorific: Token, time: Token, nxt: Token | None) -> bool:
    """Whether 御 and 時 are the two glued tokens of 御時 before a particle (いづれの御時にか)."""
    return time is not None and time.surface == "時" and glued(honorific, time) and glued(time, nxt) \
        and nxt.pos[0] == "助詞"


def _before_given_name(token: Token, nxt: Token | None, after: Token | None) -> bool:
    """Whether a surname-like token is glued before a given name that no honorific follows."""
    if not (glued(token, nxt) and nxt.pos[2:3] == ("人名",) and nxt.pos[3:4] != ("姓",)):
        return False
    return not (glued(nxt, after) and after.surface.startswith(_HONORIFICS))
