"""Entrance-exam, cram-school and study-tip words (入試, 模試, 塾, 過去問) Sudachi reads in another sense.

- 易 glued before 化 is "easier", い (易化 いか, the exam-report pair of 難化 なんか); Sudachi reads the
  split-off 易 えき (divination), which stays elsewhere (易者, 易を立てる).
- 直 that Sudachi reads じか glued before 前期 is the prefix of 直前, ちょく (直前期 ちょくぜんき: the last
  weeks before an exam); 直 alone stays じか (直に触る).
- 算 that Sudachi splits off as a suffix glued after a noun names a kind of arithmetic problem and
  voices, ざん (特殊算, 旅人算, 植木算, つるかめ算), like the lexicon's 足し算 and 割り算; the words 計算,
  予算, 暗算 are whole tokens and are not touched, nor is a 算 after a particle or a number.
- 評定 that Sudachi reads ひょうじょう (a shogunate council) is a grade or a rating in modern text,
  ひょうてい (評定平均, 評定が足りない, 勤務評定); after 小田原 (小田原評定) or in a sentence about a
  shogunate, a domain or a magistrate it stays ひょうじょう.
- 分解 that Sudachi makes of 分|解 after a number and its counter, before the い or こう of 解く, is
  "worth of ... solve", ぶんと (過去問を十年分解いた, 五年分解こう); 分解 before する or いたす, or not
  after a counter, stays ぶんかい (機械を分解した).
- 問 that Sudachi reads とい glued after a verb stem is a question of a test, もん (捨て問 すてもん); after a
  particle or alone it stays とい (問に答える).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# A sentence about the Edo or Kamakura government, where 評定 is the council's deliberation.
_COUNCIL_CUES = ("幕府", "奉行", "将軍", "藩", "大名", "評定所", "老中", "北条", "家康", "城")
# The kana after 分解 that are 解く's own endings in Sudachi's wrong cut (解いた, 解こう).
_SOLVE_ENDINGS = frozenset({"い", "こう"})
# all exams_fix looks at
WORDS = frozenset({"易", "直", "算", "評定", "分解", "問"})


def _after_counter(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is glued after a number and its counter (十|年, 三|回)."""
    if i < 2:
        return False
    counter, number = tokens[i - 1], tokens[i - 2]
    return glued(counter, tokens[i]) and glued(number, counter) and number.pos[1] == "数詞" \
        and ("助数詞" in counter.pos[1:3] or counter.pos[2] == "助数詞可能")


def exams_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "易":
        if reading == "えき" and glued(token, nxt) and nxt.surface == "化":
            return "い"  # 易|化 いか
        return None
    if surface == "直":
        if reading == "じか" and glued(token, nxt) and nxt.surface == "前期":
            return "ちょく"  # 直|前期 ちょくぜんき
        return None
    if surface == "算":
        if reading == "さん" and token.pos[0] == "接尾辞" and glued(prev, token) \
                and prev.pos[0] in ("名詞", "形状詞") and prev.pos[1] != "数詞":
            return "ざん"  # 特殊|算, 旅人|算
        return None
    if surface == "評定":
        if reading == "ひょうじょう" and not (prev is not None and prev.surface == "小田原") \
                and not sentence_has(tokens, i, _COUNCIL_CUES):
            return "ひょうてい"  # 評定平均
        return None
    if surface == "分解":
        if reading == "ぶんかい" and _after_counter(tokens, i) and glued(token, nxt) \
                and nxt.surface in _SOLVE_ENDINGS:
            return "ぶんと"  # 十年|分解|いた: 十年分 解いた
        return None
    if surface == "問":
        if reading == "とい" and glued(prev, token) and prev.pos[0] == "動詞":
            return "もん"  # 捨て|問
        return None
    return None
