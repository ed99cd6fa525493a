"""Press releases, job ads, HR news and household money: readings the analyser gets wrong there.

- 払い glued after a noun that names how or when one pays (リボ払い, ボーナス払い, 分割払い,
  十二回払い, 週払い, 翌月末払い, 家賃払い) is the compound's second half and voices, ばらい, as the
  lexicon's 一括払い, 現金払い, 着払い and 日払い do; Sudachi splits the noun off and reads はらい. So
  does a katakana noun + 払い that the lexicon holds whole but reads unvoiced (カード払い, コンビニ払い);
  kanji ones it holds keep their reading (露払い つゆはらい, 厄払い).
  Not after a particle or at a phrase's start (給料の払いが悪い, 払いが遅れる), not for a verb
  (追い払い, 売り払い: Sudachi tags those verbs) and not after the prefix 未 (未払い みはらい, a word).
- 付 or 付け glued after a date or a day word (4月1日付で, 10月1日付の人事, 本日付で退職, 同日付けで,
  4月付で, 三月末付で, 今月末付で) is "as of", づけ, as in the lexicon's 日付 ひづけ; Sudachi reads the suffix つけ and
  readings.py makes a bare 付 つき ("with": 朝食付, 保証付), which stays everywhere else. 先日付
  (さきひづけ, a post-dated cheque) is left alone: 先日 is not in the list of day words.
- 月 with no number before it and a number glued after it (シフト制（月九日休み）, 月9日以上) is "a
  month", つき, as Sudachi reads it after a particle or 、 (休みは月九日, 月二回); after a bracket it
  picks がつ, which needs a month's number before it (九月, 何月 stay).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word

WORDS = frozenset({"払い", "付", "付け", "月"})  # all finance_fix looks at

# Day words after which 付 is the date of a notice (本日付で, 同日付けで); not 先日 (先日付 さきひづけ).
_DAY_WORDS = frozenset({"本日", "同日", "当日", "即日", "今日", "昨日", "前日", "翌日", "同月"})
# Counters a date ends with (4月1日付, 4月付); they must follow a number to be a date.
_DATE_COUNTERS = frozenset({"日", "月"})
# A month's or a year's end, a date too (今月末付で辞任, 年度末付で退官).
_MONTH_ENDS = frozenset({"月末", "今月末", "来月末", "前月末", "同月末", "年度末", "今年度末", "本年度末"})
_KA = frozenset({"か", "カ", "ヶ", "ケ", "ヵ", "箇"})  # 3か|月: the counter, not "a month"


def _is_date(tokens: list[Token], j: int) -> bool:
    """tokens[j] ends a date (4月1日, 10月, 一日) or is a day word (本日, 同日)."""
    tok = tokens[j]
    if tok.surface in _DAY_WORDS or tok.surface in _MONTH_ENDS:
        return True
    if tok.surface == "末" and j > 0 and glued(tokens[j - 1], tok) and _is_date(tokens, j - 1):
        return True  # 三月|末|付で: the end of a dated month
    return tok.surface in _DATE_COUNTERS and j > 0 and glued(tokens[j - 1], tok) \
        and tokens[j - 1].pos[1:2] == ("数詞",)


def finance_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    if token.surface == "月":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "がつ" and glued(token, nxt) and nxt.pos[1:2] == ("数詞",) and not (
                glued(prev, token) and (prev.pos[1:2] == ("数詞",) or prev.surface in _KA)):
            return "つき"  # （月九日休み）: a month's worth, not a month's name
        return None
    surface = token.surface
    if surface[-2:] == "払い" and len(surface) > 2:
        # one word in the lexicon, a katakana noun + 払い read unvoiced (カード払い かーどはらい)
        katakana_head = is_katakana_word(surface[:-2])
        return reading[:-3] + "ばらい" if katakana_head and reading.endswith("はらい") else None
    if not glued(prev, token):
        return None
    if surface == "払い":
        # a noun before it, not a verb's stem (追い払い) nor the prefix 未 (未払い)
        if reading == "はらい" and token.pos[0] == "名詞" and prev.pos[0] == "名詞":
            return "ばらい"  # リボ払い, 分割払い, 十二回払い
        return None
    if reading in ("つけ", "つき") and _is_date(tokens, i - 1):
        return "づけ"  # 4月1日付で, 本日付で, 同日付けで
    return None
