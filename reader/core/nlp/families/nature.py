"""Seasons, nature, farming and fishing news (from a review of own sentences in NHK's style).

- 桜 glued after a count of trees (一本桜, 千本桜) or a place name (河津桜, 大島桜) is the second half of
  a compound and voices, ざくら, like the lexicon's 山桜, 八重桜, 寒桜 and 滝桜. Sudachi reads the
  split-off 桜 さくら, and tags 河津 a surname and 桜 a given name: that pair voices only in a
  sentence about blossom (咲く, 開花, 満開, 見頃, 花見...) and not before an honorific (佐藤桜さん).
  After a particle or on its own (公園の桜, 桜が満開) it stays さくら.
- 漁 ending a word glued before the suffix 船 is ぎょ, as in 漁船 ぎょせん (一本釣り漁|船, as Sudachi cuts
  it); Sudachi reads the word's 漁 りょう (一本釣り漁 いっぽんづりりょう, which stays without 船).
  釣り that starts such a word glued after 一本 voices, づり, as the lexicon's 一本釣り does
  (一本|釣り漁 いっぽんづりりょう).
- 大綱 in a sentence about pulling it (綱引き, 引き合う, 引っ張る, 曳く) is a festival's great rope,
  おおつな (重さ5トンの大綱を引き合う); Sudachi reads たいこう ("an outline"), which stays elsewhere
  (経済対策の大綱をまとめた).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

WORDS = frozenset({"桜", "大綱"})  # and any word ending in 漁 (see is_nature_word)

_BLOSSOM_CUES = ("咲", "開花", "満開", "見頃", "花見", "花", "並木", "つぼみ", "散", "ライトアップ", "品種", "樹齢")
_PULLING_CUES = ("綱引", "引き合", "引っ張", "引き回", "曳")
_HONORIFICS = frozenset({"さん", "ちゃん", "様", "さま", "氏", "君", "くん", "選手", "容疑者", "被告", "先生"})


def is_nature_word(surface: str) -> bool:
    """Whether nature_fix may change a word with this surface (a set lookup and one character test)."""
    return surface in WORDS or surface[-1:] == "漁"


def nature_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "大綱":
        pulled = sentence_has(tokens, i, _PULLING_CUES)
        return "おおつな" if pulled and reading == "たいこう" else None  # 大綱を引き合う綱引き
    if surface == "桜":
        if reading != "さくら" or not glued(prev, token) or prev.pos[0] not in ("名詞", "接尾辞"):
            return None
        if nxt is not None and nxt.surface in _HONORIFICS:
            return None  # 佐藤桜さん: a given name
        if token.pos[1:2] == ("普通名詞",) and prev.pos[2:3] != ("人名",):
            return "ざくら"  # 一本桜, 千本桜
        if token.pos[1:2] == ("固有名詞",) and prev.pos[1:2] == ("固有名詞",) \
                and sentence_has(tokens, i, _BLOSSOM_CUES, others=True):
            return "ざくら"  # 河津桜が見頃: Sudachi takes the tree's name for a person's
        return None
    fixed = reading
    if fixed.endswith("りょう") and glued(token, nxt) and nxt.surface == "船" and nxt.pos[0] == "接尾辞":
        fixed = fixed[:-3] + "ぎょ"  # 一本釣り漁|船 ぎょせん
    if fixed.startswith("つり") and surface.startswith("釣") and glued(prev, token) and prev.surface == "本":
        fixed = "づ" + fixed[1:]  # 一本|釣り漁 いっぽんづり
    return fixed if fixed != reading else None
