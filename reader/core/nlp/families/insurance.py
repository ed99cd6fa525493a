"""Insurance, pensions and household money (insurers' pages, money columns, readers' questions): readings
the analyser gets wrong there.

- 年 that Sudachi reads とし (age, the year) after a particle or a mark, glued before a number that ends in
  a rate, a sum or a count (利回りが年一・五パーセント, 保険料が年一万二千円安い, 検診が年一回ある) is "per
  year", ねん, as Sudachi reads it after は (利率は年一パーセント). Not after の or a determiner (その年一回目の
  大会 とし), and not before a number with another counter (年が一つ違う, 年一つ違いの兄).
- 払い that Sudachi takes for the verb (はらい), glued between a noun and a noun (一時払い終身保険, 分割払い契約,
  一時払い型) is how a premium is paid, ばらい, as finance.py reads the noun 払い (一時払いの, 分割払いで).
  Not after a particle or a verb (金を払い続ける, 追い払い), not before a verb (家賃払い続ける), and not
  before 済み (料金払い済み はらいずみ).
- 入り that Sudachi takes for the verb 入る (はいり), glued before the suffix 用 (急な入り用に備える), is the
  noun 入り用, いりよう, as the lexicon reads it whole (入り用なもの); after に, へ, から or で the verb stays
  (風呂に入り用を足す はいり).
- 当日 glued after 応 is the 応当日 of a contract, the day its dates fall on (契約応当日 おうとうび); Sudachi
  splits it and reads 当日 とうじつ, which stays elsewhere (試験当日, 当日券).
- 数 that Sudachi reads すう after の and before a bracket or a mark (「五百万円×法定相続人の数」, 人の数）)
  is a count, かず, as Sudachi reads it before a particle or a stop (家族の数だけ, 参加者の数。); a 数 not
  after の is left alone (その数、三百).
"""
from __future__ import annotations

from ..tokens import Token, glued

# What a number after 年 may end in for 年 to be "per year": a rate, a sum of money, a count of times.
_PER_YEAR_UNITS = ("パーセント", "％", "%", "割", "円", "万", "千", "億", "回", "度", "ドル")
_NUMBER_MARKS = frozenset({"・", ".", "．"})  # 一・五, 1.5: a decimal point inside the number
_NUMERAL_STARTS = frozenset("〇一二三四五六七八九十百千0123456789０１２３４５６７８９")
_VERB_PARTICLES = frozenset({"に", "へ", "から", "で"})  # 風呂に入り: 入る, the verb
# all insurance_fix looks at
WORDS = frozenset({"年", "払い", "入り", "当日", "数"})


def _per_year_number(tokens: list[Token], j: int) -> bool:
    """Whether a number starts at tokens[j] and ends in a rate, a sum or a count (一・五|パーセント, 一万二千|円,
    一回), not in another counter (一|つ) nor in 目 (一回目: an ordinal)."""
    first = tokens[j]
    if first.surface[:1] not in _NUMERAL_STARTS:
        return False
    k = j
    while k < len(tokens) and (tokens[k].pos[1:2] == ("数詞",) or tokens[k].surface in _NUMBER_MARKS) \
            and (k == j or glued(tokens[k - 1], tokens[k])):
        k += 1
    if k == j:  # one word that holds the number and its counter (一回)
        last, after = first, tokens[j + 1] if j + 1 < len(tokens) else None
        ends = first.surface.endswith(_PER_YEAR_UNITS)
    else:
        last, after = tokens[k - 1], tokens[k] if k < len(tokens) else None
        ends = glued(last, after) and after.surface.startswith(_PER_YEAR_UNITS)
        last = after if ends else last
        after = tokens[k + 1] if ends and k + 1 < len(tokens) else None
    return ends and not (glued(last, after) and after.surface.startswith("目"))


def insurance_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "年":
        if reading == "とし" and glued(token, nxt) and (prev is None or prev.pos[0] in ("助詞", "補助記号")) \
                and not (prev is not None and prev.surface == "の") and _per_year_number(tokens, i + 1):
            return "ねん"  # 利回りが年|一・五|パーセント
        return None
    if surface == "払い":
        if reading == "はらい" and token.pos[0] == "動詞" and glued(prev, token) and glued(token, nxt) \
                and prev.pos[0] in ("名詞", "接尾辞") and nxt.pos[0] in ("名詞", "接尾辞") \
                and not nxt.surface.startswith("済"):
            return "ばらい"  # 一時|払い|終身保険
        return None
    if surface == "入り":
        if reading == "はいり" and token.pos[0] == "動詞" and glued(token, nxt) and nxt.surface == "用" \
                and nxt.pos[0] == "接尾辞" and not (prev is not None and prev.surface in _VERB_PARTICLES):
            return "い"  # 急な入り|用
        return None
    if surface == "当日":
        return "とうび" if glued(prev, token) and prev.surface == "応" else None  # 契約応|当日
    # 数
    if reading == "すう" and token.pos[0] == "名詞" and glued(prev, token) and prev.surface == "の" \
            and prev.pos[0] == "助詞" and (nxt is None or nxt.pos[0] == "補助記号"):
        return "かず"  # 法定相続人の数」
    return None
