"""Words of time spans the analyser cuts or reads as something else (the reading rules of
readings.context_reading that hang on a span of time, a day or a place "all through"):

- 中 after a place or the body (国中, 東京中, 体中 からだじゅう) or one day, year or night (一日中, 一|晩|中)
  is じゅう, "all over, all through"; after an activity (会議中) it stays ちゅう. 今日中, 明日中, 今年中
  read 中 じゅう and 今日 きょう. Sudachi's place names 十人 and 五本 are counts: 三十人中九位, 十人中三人,
  五本中三本 stay ちゅう.
- Sudachi's 一|日中 is 一日中 (いちにちじゅう), and a noun it then takes for a suffix is the noun (一日中家で
  いえ, 一日中雨 あめ); 家 glued as a suffix to a time word or a counted span (今日家で, 一日家で, 一週間家で,
  半日家で) is いえ.
- 毎|朝家 and 今|朝家 (Sudachi's 朝家, the imperial house) are 毎朝 and 今朝 + 家 "home".
- A span of time after a number (三日間, 一日中) is an adverb of its clause, never the first half of a
  compound: the word after it does not voice (三日間口をきかない くち, 一日中立ち仕事 たち); readings.py
  asks span_of_time before voicing.
"""
from __future__ import annotations

from .tokens import Token, glued

# Places and the body, after which 中 is "all over" (じゅう): 国中, 学校中, 体中.
_PLACES_ALL_OVER = frozenset({"国", "学校", "体", "身体", "部屋", "家", "島", "町", "村", "県", "街", "会社", "店",
                              "世界", "地球", "日本", "校内", "会場", "建物", "列島"})
# Nouns Sudachi takes for a suffix after 一|日中 (一日中雨だった う, 一日中家で か).
NOUN_AFTER_TIME = {"家": "いえ", "雨": "あめ"}
# Days and years after which 中 is "before it ends" (じゅう): 今日中, 明日中, 今年中 (but 今週中, 今月中 ちゅう).
_DAYS_ALL_THROUGH = frozenset({"今日", "明日", "今年"})
_SPAN_COUNTERS = frozenset({"日", "晩", "週間", "日間", "時間", "年間", "ヶ月", "か月", "カ月", "ヵ月"})


def _throughout(tokens: list[Token], i: int) -> bool:
    """中 at tokens[i] means "all over" a place or "all through" a span: after a place name, a
    place or body noun (国中, 部屋中, 体中), or one day, year or night (一日中, 一年中, 一晩中)."""
    prev = tokens[i - 1]
    if prev.pos[2:3] == ("地名",) and not _head_count(prev.surface):
        return True
    if prev.surface in _PLACES_ALL_OVER or prev.surface in _DAYS_ALL_THROUGH:
        return True
    return _one_day_year_night(tokens, i)


# Counters a number glued to one makes a count Sudachi may take for a place name (十人, 五本).
_COUNT_OF = frozenset("人本枚台個問点回機件曲品")


def _head_count(surface: str) -> bool:
    """A count Sudachi takes for a place name (十人 of 三|十人中九位, 五本 of 五本中三本): 中 after it is
    "out of", ちゅう."""
    return len(surface) > 1 and surface[-1] in _COUNT_OF \
        and all(ch in "一二三四五六七八九十百千" for ch in surface[:-1])


def _one_day_year_night(tokens: list[Token], i: int) -> bool:
    """tokens[i] follows one day, year or night split off its numeral (一|日, 一|年, 一|晩)."""
    prev = tokens[i - 1]
    return prev.surface in ("日", "年", "晩") and i >= 2 and tokens[i - 2].surface in ("一", "1", "１") \
        and glued(tokens[i - 2], prev)


def _counted_span(tokens: list[Token], j: int) -> bool:
    """tokens[j] ends a span of time counted with a number (一|日, 二|日, 一|週間, 三|時間) or half a day
    (半日): a span takes no suffix, so 家 glued after it is the home (一日家で いえ)."""
    if tokens[j].surface in ("半日", "終日"):
        return True
    return tokens[j].surface in _SPAN_COUNTERS and j > 0 and tokens[j - 1].pos[1:2] == ("数詞",) \
        and glued(tokens[j - 1], tokens[j])


def _all_day(tokens: list[Token], i: int) -> bool:
    """tokens[i] is 日中 glued after the numeral one (一|日中, as Sudachi splits 一日中 in a clause)."""
    return 0 < i < len(tokens) and tokens[i].surface == "日中" and tokens[i - 1].surface in ("一", "1", "１") \
        and glued(tokens[i - 1], tokens[i])


def span_of_time(tokens: list[Token], j: int) -> bool:
    """tokens[j] is a span of time after a number (三|日間, 二|週間, 一|日|中): an adverb of the clause,
    never the first half of a compound, so the word after it does not voice (三日間口をきかない くち,
    一日中立ち仕事 たち)."""
    if tokens[j].surface == "中" and j > 1 and tokens[j - 1].pos[2:3] == ("助数詞可能",) \
            and tokens[j - 2].pos[1:2] == ("数詞",) and glued(tokens[j - 2], tokens[j - 1]) \
            and glued(tokens[j - 1], tokens[j]):
        return True  # 一日中, 一年中, 一晩中: all through
    return tokens[j].surface.endswith("間") and j > 0 and tokens[j - 1].pos[1:2] == ("数詞",) \
        and glued(tokens[j - 1], tokens[j])


def span_reading(tokens: list[Token], i: int, prev: Token | None, nxt: Token | None) -> tuple[str, bool] | None:
    """The reading of tokens[i] where a span of time decides it, or None."""
    token = tokens[i]
    surface, reading = token.surface, token.reading
    if surface == "家" and token.pos[0] == "接尾辞" and reading != "いえ" and glued(prev, token) and (
            prev.pos[:3] == ("名詞", "普通名詞", "副詞可能") or _all_day(tokens, i - 1)
            or _counted_span(tokens, i - 1)):
        return "いえ", False  # 今日家で, 一日中家にいた, 一日家で: a time word takes no suffix (専門家 か)
    if surface == "日中" and _all_day(tokens, i):
        return "にちじゅう", False  # 一|日中 split: 一日中 いちにちじゅう, not 日中 (daytime) にっちゅう
    if surface in NOUN_AFTER_TIME and token.pos[0] == "接尾辞" and _all_day(tokens, i - 1):
        return NOUN_AFTER_TIME[surface], False  # 一日中雨だった: 雨 is the noun, not the suffix う of 雷雨
    if surface == "朝家" and glued(prev, token) and prev.surface in ("毎", "今"):
        # 毎|朝家, 今|朝家 (ちょうか, the imperial house): 毎朝 or 今朝, then 家 "home"
        return ("あさいえ" if prev.surface == "毎" else "さいえ"), False
    if surface == "今" and nxt is not None and nxt.surface == "朝家" and glued(token, nxt):
        return "け", False  # 今|朝家を出た: 今朝 けさ
    if surface == "体" and reading == "たい" and nxt is not None and nxt.surface == "中" and glued(token, nxt):
        return "からだ", False  # 体中 からだじゅう, not the suffix たい of 団体
    if surface == "中" and token.pos[0] == "接尾辞" and glued(prev, token) and _throughout(tokens, i):
        return "じゅう", False  # 国中, 東京中, 一日中: "all over, all through"; 会議中 stays ちゅう
    if surface == "中" and token.pos[0] == "接頭辞" and glued(prev, token) and _one_day_year_night(tokens, i):
        return "じゅう", False  # 一晩|中|看病: Sudachi's prefix 中 before a noun is still "all through"
    if surface == "今日" and nxt is not None and nxt.surface == "中" and glued(token, nxt):
        return "きょう", False  # 今日中 きょうじゅう: never こんにち
    return None
