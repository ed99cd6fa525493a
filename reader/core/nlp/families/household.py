"""Household words: renting and buying homes, rooms, moving house, household money and bank days.

- 日 glued after a noun or verb stem that ends in its okurigana (引き落とし日, 振り込み日, 引き渡し日,
  受け取り日, 振り替え日) is the day fixed for it and voices, び, as in the lexicon's 支払日 and
  締め切り日; Sudachi reads the split-off 日 ひ. After a particle or a 連体詞 it stays ひ (雨の日,
  この日, ある日).
- 三十坪, which Sudachi takes for the place name みそつ, is thirty tsubo of land or floor, さんじゅうつぼ
  (土地は三十坪です), like 二十坪 and 四十坪 it reads right: kanji numerals + 坪 read as the number.
- 造 glued after a building material written in katakana or letters (鉄筋コンクリート造, RC造, SRC造,
  ブロック造) or after 鉄筋/煉瓦 is the structure, ぞう, as in the lexicon's 木造 and 鉄骨造; Sudachi
  reads the suffix つくり, which stays after a style's name (寝殿造, 書院造).
- 時 glued after such a noun made of two verbs' stems (引き渡し時, 申し込み時, 払い込み時) and before a
  particle is "at the time of", じ, as the lexicon reads 借り入れ時 and 契約時; Sudachi reads とき. Not
  after a verb (今が買い替え時です) nor a time of day (夕暮れ時 ゆうぐれどき).
- 日 that Sudachi takes for the suffix じつ after 可能 (入居可能日, 引渡可能日, 利用可能日) is the day
  something can start, び, as in 予定日 and 指定日.
- 月 glued after a noun ending in 年 (築年月 ちくねんげつ, the year and month a building was finished) is
  げつ, as in 年月 and 生年月日; Sudachi reads づき.
- 縁 a few words after a tatami mat (畳の縁は踏まない, 琉球畳は縁がない) is the mat's cloth edge, へり, as
  in the lexicon's 畳縁 たたみべり; Sudachi reads えん ("a bond"), which stays after ご/御 (畳の部屋でご縁を).
- 上物 in a sentence about land or a building (上物付きの土地, 上物を解体して更地に) is the building on a
  plot, うわもの; without such words it is "first-rate goods", じょうもの (上物のワイン). Sudachi picks
  between the two by the words' costs alone.
- 前 glued before 家賃 is the rent paid in advance, まえ (前家賃 まえやちん); Sudachi's prefix ぜん
  ("the previous": 前住所, 前年度) stays before every other noun.
- 古 glued after 築 is the adjective's stem, ふる (築古の物件 ちくふる, like 築浅 ちくあさ); Sudachi reads
  the noun いにしえ, which stays elsewhere (いにしえの都).
- 偶, which Sudachi takes for the adverb たま before 数 (偶|数|月, 偶|数行), is the ぐう of 偶数, and 月 after
  偶数 or 奇数 is the months so numbered, づき (偶数月 ぐうすうづき, as Sudachi reads 奇数月); Sudachi
  reads 偶数月 たま|すう|がつ, a month's name.
- 一, 二 and 三 glued before 間 (けん) right after a room's size in mats or 和室/洋室 (四畳半一間,
  六畳二間, 和室二間), or before 間続き (二間続きの和室), count rooms, ひと, ふた, み, and 間 is ま;
  Sudachi reads いち|けん, the length of six feet, which stays where no room comes before
  (押し入れの幅は一間半, 間口一間).

Rooms and mats as counters (一部屋 ひとへや, 四畳半 よじょうはん, 六畳間 ろくじょうま) are in counters.py.
"""
from __future__ import annotations

import re

from ..numerals import parse_number
from ..tokens import Token, glued, has_kanji, sentence_of

# Kana an okurigana-ending stem ends in (落とし, 込み, 渡し, 替え): a 連用形 or the noun made from it.
_STEM_ENDS = frozenset("いきぎしじちにびみりえけげせぜてでねべめれ")
_ROOM_COUNTS = {"一": "ひと", "二": "ふた", "三": "み"}
_MATS = frozenset({"畳", "帖", "畳半", "帖半"})
# Two verbs' stems (引き|渡し, 申し|込み, 払い|込み): not a time of day (夕暮れ時 ゆうぐれどき).
_COMPOUND_STEM = re.compile(r"[\u4e00-\u9fff][\u3041-\u3096]+[\u4e00-\u9fff][\u3041-\u3096]+")
_AT_THE_TIME = frozenset({"に", "の", "は", "には", "にも", "も", "や", "、", "まで", "から"})
_LAND = ("土地", "更地", "解体", "建物", "物件", "建て替", "建替", "古家", "家屋", "住宅", "敷地", "売地", "築", "木造",
         "戸建", "建築", "借地", "底地", "地主")
_MATERIALS = frozenset({"鉄筋", "煉瓦", "鉄骨", "軽量鉄骨"})  # 鉄筋|コンクリート|造 ends in katakana
# All household_fix looks at, with any word ending in 坪 (三十坪).
WORDS = frozenset({"日", "時", "前", "間", "間続き", "古", "偶", "月", "造", "縁", "上物", *_ROOM_COUNTS})


def household_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # a noun or verb stem that ends in its okurigana (引き落とし, 振り込み, 引き渡し)
    stem = surface in ("日", "時") and glued(prev, token) and prev.pos[0] in ("名詞", "動詞") \
        and len(prev.surface) >= 3 and has_kanji(prev.surface) and prev.surface[-1] in _STEM_ENDS
    if surface == "日":
        if reading == "じつ" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.surface == "可能":
            return "び"  # 入居可能日
        return "び" if reading == "ひ" and token.pos[0] == "名詞" and stem else None  # 引き落とし日
    if surface == "時":
        noun_stem = stem and prev.pos[0] == "名詞" and _COMPOUND_STEM.fullmatch(prev.surface) is not None \
            and nxt is not None and nxt.surface in _AT_THE_TIME
        return "じ" if reading == "とき" and noun_stem else None  # 引き渡し時に
    if surface == "上物":
        land = any(t.surface.startswith(_LAND) for t in sentence_of(tokens, i))
        want = "うわもの" if land else "じょうもの"  # 上物付きの土地; 上物のワイン
        return want if reading != want else None
    if surface[-1:] == "坪":
        num = parse_number(surface[:-1]) if token.pos[1:2] == ("固有名詞",) else None
        if num is None or not num.kanji_only or reading.endswith("つぼ"):
            return None
        return "".join(p[1] for p in num.pieces) + "つぼ"  # 三十坪 さんじゅうつぼ, not みそつ
    if surface == "古":
        return "ふる" if reading == "いにしえ" and glued(prev, token) and prev.surface == "築" else None
    if surface == "偶":
        return "ぐう" if glued(token, nxt) and nxt.surface == "数" else None  # 偶|数 ぐうすう
    if surface == "縁":
        before = tokens[max(0, i - 3):i]
        mat = any(t.surface.endswith("畳") and t.reading.endswith(("たたみ", "だたみ")) for t in before)
        honorific = prev is not None and prev.surface in ("ご", "御")
        return "へり" if reading == "えん" and mat and not honorific else None  # 畳の縁
    if surface == "造":
        material = glued(prev, token) and (prev.surface in _MATERIALS or _katakana_or_letters(prev.surface))
        return "ぞう" if reading == "つくり" and material else None  # 鉄筋コンクリート造, RC造
    if surface == "月":
        if glued(prev, token) and prev.pos[0] == "名詞" and len(prev.surface) >= 2 and prev.surface[-1] == "年" \
                and prev.reading.endswith("ねん") and reading in ("づき", "つき", "がつ"):
            return "げつ"  # 築年月 ちくねんげつ
        even = glued(prev, token) and (prev.surface in ("偶数", "奇数") or prev.surface == "数" and i >= 2
                                       and tokens[i - 2].surface == "偶" and glued(tokens[i - 2], prev))
        return "づき" if even and reading != "づき" else None  # 偶数月 ぐうすうづき
    if surface == "前":
        return "まえ" if reading == "ぜん" and glued(token, nxt) and nxt.surface == "家賃" else None
    if surface in _ROOM_COUNTS:
        if glued(token, nxt) and nxt.surface == "間続き":
            return _ROOM_COUNTS[surface]  # 二間続き ふたまつづき
        if glued(token, nxt) and nxt.surface == "間" and _after_mats(tokens, i):
            return _ROOM_COUNTS[surface]  # 四畳半一間 ひとま
        return None
    if surface == "間":
        room = reading == "けん" and prev is not None and prev.surface in _ROOM_COUNTS and glued(prev, token)
        return "ま" if room and _after_mats(tokens, i - 1) else None
    return None


def _after_mats(tokens: list[Token], i: int) -> bool:
    """tokens[i] is glued after a room's size in mats (六畳, 四畳半, 八帖) or after 和室/洋室."""
    prev = tokens[i - 1] if i > 0 else None
    if not glued(prev, tokens[i]):
        return False
    if prev.surface == "半":  # 四|畳|半 as Sudachi cuts it
        return i >= 2 and tokens[i - 2].surface in _MATS
    return prev.surface in _MATS or prev.surface in ("和室", "洋室")


def _katakana_or_letters(word: str) -> bool:
    return bool(word) and all("\u30a1" <= ch <= "\u30fc" or ch.isascii() and ch.isalpha()
                              or "\uff21" <= ch <= "\uff3a" for ch in word)
