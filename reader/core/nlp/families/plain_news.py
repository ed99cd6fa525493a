"""Words of plain-language news (NHK News Web Easy) that the analyser misreads in short sentences.

- 降り before ます is 降る (ふり) when rain or snow fell: 雨が1時間に80ミリ降りました. Sudachi takes
  降りる (おり, get off) once an amount stands between the subject and the verb; with a place or
  vehicle before it (電車を降りました, 駅で降りました) it stays おり.
- 降り glued before 続く, 積もる, しきる, 注ぐ or 止む is always 降る, ふり (雨は20日夜まで降り続く,
  降り積もった雪): no compound of 降りる (おり) ends so; 降り立つ, 降り始める keep Sudachi's choice.
- (額, a sum or the forehead, is read in fiction.py with the other rules for it.)
- 年 as a plain noun before が, を, は, も or の is age or the year, とし (年が明ける, 年を取る, 生まれた年は,
  年の数だけ豆を食べる, 年の差, 年の初め); Sudachi reads some ねん, and takes 年が for one word (いちばん年が上の
  人 ねんが|じょう). After a number (3年が過ぎた, 3年の) and before に (年に2回) it stays ねん.
- 年 that Sudachi reads とし after a particle (剪定を年に一度, 管理費が年に数万円) before に and a count
  is "per year", ねん, as it reads 年に一度 at a sentence's start; before に and a word (年には勝てない,
  年に似合わず, 年に数えて) it stays とし.
- 百日 before a particle, a copula or a stop is a span of a hundred days, ひゃくにち (生まれてから百日が
  たちました, 百日の間): Sudachi takes the whole for the surname ももひ. Before an honorific (百日さん)
  and glued before a noun (百日祭り, 百日草) it is left alone.
"""
from __future__ import annotations

from ..tokens import Token, glued

WORDS = frozenset({"降り", "年", "年が", "上", "下", "百日"})  # all plain_news_fix looks at

_FALLING = ("雨", "雪", "雹", "ひょう", "あられ", "みぞれ", "灰")
_SUBJECT_PARTICLES = frozenset({"が", "も", "は"})
_NOT_FALLING_BEFORE = frozenset({"を", "から", "で", "に", "へ", "まで"})  # 駅で降りる, 車から降りる
_FALLING_ON = frozenset({"続く", "積もる", "しきる", "頻る", "注ぐ", "止む", "やむ"})  # 降り続く: only rain, snow
_CLAUSE_ENDS = frozenset({"、", "。", "！", "？", "「", "」", "を", "\n"})
_TOSHI_BEFORE = frozenset({"が", "を", "は", "も", "の"})
_TOSHI_AFTER_POS = frozenset({"助詞", "連体詞", "形容詞", "動詞", "助動詞", "副詞", "補助記号", "接続詞"})
_COUNT_STARTS = frozenset("一二三四五六七八九十百千数何幾0123456789０１２３４５６７８９")  # 年に|一度, 年に|数万円
_AFTER_AGE = {"上": "うえ", "下": "した"}
_NOT_A_NAME_POS = frozenset({"助詞", "助動詞", "補助記号"})  # 百日が, 百日です, 百日。: not a surname



def _rain_or_snow_fell(tokens: list[Token], i: int) -> bool:
    """Rain or snow is the subject of the clause that tokens[i] (降り) ends."""
    if i == 0 or tokens[i - 1].surface in _NOT_FALLING_BEFORE:
        return False
    for j in range(i - 1, 0, -1):
        surface = tokens[j - 1].surface
        if surface in _CLAUSE_ENDS:
            return False
        if tokens[j].surface in _SUBJECT_PARTICLES and surface.endswith(_FALLING):
            return True
    return False


def plain_news_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "降り":
        if reading == "おり" and glued(token, nxt) and nxt.lemma in _FALLING_ON:
            return "ふり"  # 雨は20日夜まで降り続く
        if reading == "おり" and token.lemma == "降りる" and nxt is not None and nxt.lemma == "ます" \
                and _rain_or_snow_fell(tokens, i):
            return "ふり"
        return None
    if surface == "年が":
        return "としが" if reading == "ねんが" else None  # いちばん年が上の人
    if surface == "年":
        if reading == "ねん" and nxt is not None and nxt.surface in _TOSHI_BEFORE and (
                prev is None or prev.pos[0] in _TOSHI_AFTER_POS):
            return "とし"  # 年が明ける, 年を取る, 生まれた年は
        if reading == "とし" and glued(token, nxt) and nxt.surface == "に" and i + 2 < len(tokens) \
                and tokens[i + 2].pos[0] in ("名詞", "接頭辞") and tokens[i + 2].surface[:1] in _COUNT_STARTS:
            return "ねん"  # 年に一度, 年に数万円
        return None
    if surface == "百日":
        if reading == "ももひ" and (nxt is None or nxt.pos[0] in _NOT_A_NAME_POS):
            return "ひゃくにち"  # 生まれてから百日がたちました; 百日さん keeps the surname
        return None
    if surface in _AFTER_AGE and glued(prev, token) and prev.surface == "年が" and token.pos[0] == "接尾辞":
        return _AFTER_AGE[surface]  # 年が|上 じょう: older (うえ)
    return None
