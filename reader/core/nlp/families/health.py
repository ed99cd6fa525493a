"""Medicine and public-health news: infections, vaccines, hospitals, drugs and care insurance.

- 百日 that Sudachi takes for the name ももひ, glued before せき or ぜき written in kana (百日せき,
  百日ぜき), is the disease whooping cough, ひゃくにち, as in the lexicon's 百日咳 ひゃくにちぜき. Elsewhere
  the name's reading is left alone (百日祝い); a counted 百日 (就任百日) is cut 百|日 and never reaches here.
- 中和 that Sudachi takes for the surname なかわ, glued before a common noun (中和抗体, 中和容量), is
  neutralising, ちゅうわ, as Sudachi itself reads it before 反応 or 剤. Before an honorific or a word for a
  person (中和さん, 中和容疑者, 中和選手) it stays the surname.
- 一人 and 二人 glued after a kanji number ending in 十, 百 or 千 (八十|二人 as Sudachi cuts 八十二人) end that
  number, いちにん and ににん (はちじゅうににん; numbers.py leaves such a 二人 to this rule and reference.py
  reads the 八十 はちじゅう); alone they stay ひとり, ふたり (二人で, 十人に一人).
- A kanji numeral glued before 回数 is a count of times followed by 数 "several" (一|回数|分 as Sudachi
  cuts 一回数分で終わる, "a few minutes each time"): the numeral geminates before 回 as in 一回 いっかい
  (一 いっ, 六 ろっ, 十 じゅっ); 二, 三 stay. The 分 glued after such a 回数 counts minutes, ふん (数分
  すうふん), after digits too (1回数分 ふん), not the share ぶん that 回数分 has after a word
  (必要な回数分のチケット stays ぶん).
"""
from __future__ import annotations

from ..numerals import geminate
from ..tokens import Token, glued

_COUGH = frozenset({"せき", "ぜき"})
_PEOPLE = {"一人": "いちにん", "二人": "ににん"}  # 八十|二人: the end of a number
_PERSON_ENDS = tuple("者氏長員手師士官家授督人様君")  # 中和容疑者, 中和選手: the surname
_GEMINATING = frozenset({"いち", "ろく", "はち", "じゅう", "ひゃく"})  # 一回 いっかい; 二回, 三回 stay
# all health_fix looks at
WORDS = frozenset({"百日", "中和", "回数", "分", "一人", "二人"}) | frozenset("一二三四五六七八九十百")


def _times_several(tokens: list[Token], i: int) -> bool:
    """tokens[i] is 回数 glued after a numeral: 一|回数 "once, several…", not the noun 回数."""
    prev = tokens[i - 1] if i > 0 else None
    token = tokens[i]
    return token.surface == "回数" and glued(prev, token) and prev.pos[1:2] == ("数詞",)


def health_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "百日":
        ok = reading == "ももひ" and token.proper and glued(token, nxt) and nxt.surface in _COUGH
        return "ひゃくにち" if ok else None  # 百日|せき: whooping cough
    if surface == "中和":
        ok = reading == "なかわ" and token.proper and glued(token, nxt) \
            and nxt.pos[:3] == ("名詞", "普通名詞", "一般") and not nxt.surface.endswith(_PERSON_ENDS)
        return "ちゅうわ" if ok else None  # 中和|抗体: neutralising
    if surface == "分":
        ok = reading == "ぶん" and i > 1 and glued(tokens[i - 1], token) and _times_several(tokens, i - 1)
        return "ふん" if ok else None  # 一|回数|分: several minutes
    if surface in _PEOPLE:
        prev = tokens[i - 1] if i > 0 else None
        ok = glued(prev, token) and prev.surface[-1:] in ("十", "百", "千") \
            and all(c in "一二三四五六七八九十百千" for c in prev.surface)
        return _PEOPLE[surface] if ok and reading != _PEOPLE[surface] else None  # 八十|二人
    if surface == "回数":
        return None
    if token.pos[1:2] == ("数詞",) and nxt is not None and _times_several(tokens, i + 1) \
            and any(reading.endswith(end) for end in _GEMINATING):
        return geminate(reading)  # 一|回数: 一回 いっかい
    return None
