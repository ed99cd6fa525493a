"""Tax, pension and insurance procedures for households (確定申告, 年末調整, 年金, 保険の満期と解約) that Sudachi
splits or reads in another sense.

- 年百 that Sudachi takes for the word of 年百年中 (ねんびゃく), glued before a numeral or a money counter, is
  "a year" and the start of the amount, ねん + ひゃく (年百十万円 ねん|ひゃくじゅうまんえん, 年百十円); a 年百
  before anything else is left to the analyser (and 年百六万円, 年百円 are split right already).
- 金型 (a die, かながた) glued after a noun that makes a lexicon word with 金 (返戻|金型: 返戻金 exists) is
  that money and a type, きん + がた (低解約返戻金型の終身保険 きんがた, 給付金型); after a word with no such
  money (プレス金型, 精密金型, 試作金型) or after a suffix it stays かながた.
- 一 between を and に + する after 生計, 軌, 心, 志, 意 or 思い is the literary "one and the same", いつ (生計を
  一にする親族, 軌を一にする); elsewhere it is a number (点数を一にする, 一にする いち).
- 得 that Sudachi takes for the verb 得る (え) before でしょう, です or だろう is the noun "profit", とく
  (どちらが得でしょうか); 得る's stem cannot stand before those, so no verb is lost (利益を得ます え).
"""
from __future__ import annotations

from ..tokenizer import lexicon_readings
from ..tokens import Token, glued

_MONEY_COUNTERS = ("円", "万", "千", "億")
# Nouns of 「〜を一にする」, where 一 is いつ (the same).
_AS_ONE = frozenset({"生計", "軌", "心", "志", "意", "思い"})
_COPULA_STARTS = ("でしょ", "です", "でし", "だろ")
# all tax_fix looks at
WORDS = frozenset({"年百", "金型", "一", "得"})


def _money_word(surface: str) -> bool:
    """Whether surface + 金 is a word of the lexicon read with きん (返戻金, 給付金)."""
    return any(r.endswith("きん") for r in lexicon_readings(surface + "金", ("名詞",)))


def tax_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "年百":
        if reading == "ねんびゃく" and glued(token, nxt) \
                and (nxt.pos[1] == "数詞" or nxt.surface.startswith(_MONEY_COUNTERS)):
            return "ねんひゃく"  # 年百|十万|円
        return None
    if surface == "金型":
        if reading == "かながた" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞") \
                and len(prev.surface) > 1 and _money_word(prev.surface):
            return "きんがた"  # 返戻|金型
        return None
    if surface == "一":
        if reading != "いち" or token.pos[1] != "数詞" or i < 2 or i + 2 >= len(tokens):
            return None
        if prev.surface == "を" and tokens[i - 2].surface in _AS_ONE and nxt.surface == "に" \
                and tokens[i + 2].lemma == "する":
            return "いつ"  # 生計を一にする
        return None
    # 得
    if reading == "え" and token.pos[0] == "動詞" and glued(token, nxt) and nxt.surface.startswith(_COPULA_STARTS):
        return "とく"  # どちらが得でしょうか
    return None
