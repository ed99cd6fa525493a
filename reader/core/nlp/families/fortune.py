"""Fortune telling, calendars and customs (horoscopes, omikuji, 六曜, 九星, 干支, 二十四節気) that Sudachi
reads in another sense or splits.

- 末吉 that Sudachi takes for the surname すえよし is the omikuji rank, すえきち, in a sentence about omikuji
  or beside another rank (小吉と末吉, 末吉を引いた, 大吉、吉、中吉、小吉、末吉); before an honorific or a
  given name it stays the surname (末吉さん).
- 星 glued after 黒土, 黄土 or 白土 glued after a number is one of the nine stars of 九星, せい, and the
  number takes its on reading (二黒土星 じこくどせい, 五黄土星 ごおうどせい, 八白土星 はっぱくどせい), like
  一白水星 and 六白金星 that Sudachi already reads; a bare 黄土 (黄土色) is left alone.
- 星 glued after 本命, and 月|命|星, are the natal stars of 九星 (本命星 ほんめいせい, 月命星 げつめいせい);
  Sudachi voices 星 ぼし and reads 月命 つきいのち.
- 吉方 that Sudachi reads えほう (恵方) glued before 位 is 吉方位, きっぽうい (吉方位は東); alone it is left alone.
- 四|柱 glued before 推命 is 四柱推命, しちゅうすいめい (not よん|はしら).
- 月 glued before 星座 is the moon sign, つき (月星座); Sudachi reads the month, がつ.
- 直 glued after 十二 is the calendar's twelve day-signs, 十二直 じゅうにちょく; Sudachi reads 直 じか.
  (一粒万倍日 いちりゅうまんばいび and 二十八宿 にじゅうはっしゅく are read whole in numbers.py's _IDIOMS.)
- 雨水, 小雪 and 大雪 listed beside another of the twenty-four solar terms (立春、雨水、啓蟄; 立冬、小雪、
  大雪、冬至) or in a sentence about 節気 (二十四節気の雨水) are the terms うすい, しょうせつ, たいせつ;
  elsewhere they stay rainwater and snow (大雪の恐れ おおゆき, 雨水タンク あまみず, 小雪ちゃん こゆき).
- 子 listed before 丑, or before の刻, is the zodiac's rat, ね (子、丑、寅…; 子の刻); and 刻 after a branch
  and の is the two-hour watch, こく (丑の刻 うしのこく), not Sudachi's とき. A child elsewhere (子どもの, 子の日
  is left).
- The ten heavenly stems listed with each other (甲、乙、丙、丁、戊、己、庚…) take their on readings
  throughout; Sudachi mixes in おのれ, かのえ, みずのえ. A single 己 (己を知る) is left alone.
- 己巳 before の日 is the lucky day つちのとみ (己巳の日); Sudachi's きし stays elsewhere.
- 仏 that Sudachi reads ふつ (France) followed by も in a sentence about 仏滅 is the Buddha, ほとけ
  (仏滅は「仏も滅するほどの凶日」); heritage.py reads it so beside Buddhist words.

Elsewhere for this genre: 中宮 (九星's centre) in slips.py; 八十|八日目 (立春から数えて八十八日目
はちじゅうはちにちめ, Sudachi's 八十 やそ) read as one number in numbers.py.
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, is_kanji, sentence_has, sentence_of

_OMIKUJI_CUES = ("みくじ", "大吉", "中吉", "小吉", "凶", "半吉")
_LUCK_WORDS = frozenset({"吉", "運", "運勢", "開運"})  # 末吉は「これから運が開ける」
_NINE_STAR_EARTH = {"黒土": ("二", "じ", "こくど"), "黄土": ("五", "ご", "おうど"), "白土": ("八", "はっ", "ぱくど")}
_SOLAR_TERMS = frozenset({"立春", "雨水", "啓蟄", "春分", "清明", "穀雨", "立夏", "小満", "芒種", "夏至", "小暑",
                          "大暑", "立秋", "処暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
                          "小寒", "大寒"})
_TERM_READINGS = {"雨水": "うすい", "小雪": "しょうせつ", "大雪": "たいせつ"}
# The ten stems' on readings, used when they are listed together.
_STEMS = {"甲": "こう", "乙": "おつ", "丙": "へい", "丁": "てい", "戊": "ぼ", "己": "き", "庚": "こう", "辛": "しん",
          "壬": "じん", "癸": "き"}
_BRANCHES = frozenset("子丑寅卯辰巳午未申酉戌亥")
_LIST_MARKS = frozenset({"、", "・", "，"})
# all fortune_fix looks at
WORDS = frozenset({"末吉", "星", "二", "五", "八", "黒土", "黄土", "白土", "吉方", "四", "柱", "月", "命", "直",
                   "子", "刻", "己巳", "仏", *_TERM_READINGS, *_STEMS})


def _at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _listed_beside(tokens: list[Token], i: int, words) -> bool:
    """Whether tokens[i] stands in a list (a 、 or ・ either side) next to one of ``words``."""
    for mark, other in ((i - 1, i - 2), (i + 1, i + 2)):
        m, o = _at(tokens, mark), _at(tokens, other)
        if m is not None and o is not None and m.surface in _LIST_MARKS and o.surface in words:
            return True
    return False


def _chain(tokens: list[Token], i: int, surfaces: tuple[str, ...]) -> bool:
    """Whether tokens from i on are ``surfaces``, glued one to the next."""
    for k, s in enumerate(surfaces):
        t = _at(tokens, i + k)
        if t is None or t.surface != s or k and not glued(tokens[i + k - 1], t):
            return False
    return True


def _nine_star(tokens: list[Token], i: int) -> str | None:
    """九星 names split 二|黒土|星: the reading of tokens[i] when it is part of one."""
    surface = tokens[i].surface
    for earth, (number, num_reading, earth_reading) in _NINE_STAR_EARTH.items():
        for start in (i, i - 1, i - 2):
            if start >= 0 and _chain(tokens, start, (number, earth, "星")):
                return (num_reading, earth_reading, "せい")[i - start] if surface in (number, earth, "星") else None
    return None


def fortune_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev, nxt = _at(tokens, i - 1), _at(tokens, i + 1)
    if surface == "末吉":
        if reading != "すえよし" or nxt is not None and (nxt.surface in HONORIFICS or nxt.pos[2:4] == ("人名", "名")):
            return None  # 末吉さん: the surname
        if sentence_has(tokens, i, _OMIKUJI_CUES, others=True) \
                or any(t.surface in _LUCK_WORDS for t in sentence_of(tokens, i)):
            return "すえきち"  # 小吉と末吉
        return None
    if surface in ("二", "五", "八", "黒土", "黄土", "白土", "星"):
        star = _nine_star(tokens, i)
        if star:
            return star if star != reading else None  # 二黒土星 じこくどせい
        if surface == "星" and reading in ("ぼし", "ほし"):
            if glued(prev, token) and prev.surface == "本命":
                return "せい"  # 本命星
            if i >= 2 and _chain(tokens, i - 2, ("月", "命", "星")):
                return "せい"  # 月命星
        return None
    if surface in ("月", "命"):
        start = i if surface == "月" else i - 1
        if start >= 0 and _chain(tokens, start, ("月", "命", "星")):
            return ("げつ", "めい")[i - start]  # 月命星 げつめいせい
        if surface == "月" and reading == "がつ" and glued(token, nxt) and nxt.surface == "星座":
            return "つき"  # 月星座: the moon sign
        return None
    if surface == "吉方":
        if reading == "えほう" and glued(token, nxt) and nxt.surface == "位":
            return "きっぽう"  # 吉方位
        return None
    if surface in ("四", "柱"):
        start = i if surface == "四" else i - 1
        if start >= 0 and _chain(tokens, start, ("四", "柱", "推命")):
            return ("し", "ちゅう")[i - start]  # 四柱推命
        return None
    if surface == "直":
        if reading == "じか" and glued(prev, token) and prev.surface == "十二":
            return "ちょく"  # 十二直
        return None
    if surface in _TERM_READINGS:
        if _listed_beside(tokens, i, _SOLAR_TERMS) or sentence_has(tokens, i, ("節気",)):
            return _TERM_READINGS[surface]  # 立春、雨水、啓蟄; 二十四節気の雨水
        return None
    if surface == "子":
        if reading == "こ" and (_listed_beside(tokens, i, ("丑",)) or _chain(tokens, i, ("子", "の", "刻"))):
            return "ね"  # 子、丑、寅; 子の刻
        return None
    if surface == "刻":
        branch = _at(tokens, i - 2)
        if reading == "とき" and branch is not None and branch.surface in _BRANCHES \
                and _chain(tokens, i - 2, (branch.surface, "の", "刻")):
            return "こく"  # 丑の刻 うしのこく
        return None
    if surface in _STEMS:
        if _listed_beside(tokens, i, _STEMS) and reading != _STEMS[surface]:
            return _STEMS[surface]  # 甲、乙、丙…
        return None
    if surface == "己巳":
        if reading == "きし" and _chain(tokens, i + 1, ("の", "日")):
            return "つちのとみ"  # 己巳の日
        return None
    if surface == "仏":
        if reading == "ふつ" and nxt is not None and nxt.surface == "も" and not (prev and is_kanji(prev.surface[-1])) \
                and sentence_has(tokens, i, ("仏滅",)):
            return "ほとけ"  # 仏も滅する
        return None
    return None
