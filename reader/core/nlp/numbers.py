"""Readings for a number followed by a counter (7日 なのか, 3本 さんぼん, 6分 ろっぷん, 4月 しがつ).

Sudachi reads a number and its counter one token at a time and often gets the pair wrong in news
text (7日 → 7 ナナ + 日 カ, 20日 → 日 ニチ, 十四日 → 日 ニチ, 1,000人 → イチ,レイレイレイ). This module
reads the pair as a whole, with the sound changes, and says which ruby to show.

``number_rubies(text, tokens)`` walks Sudachi's tokens (code-point offsets into ``text``) and, for
each number followed straight away by a counter from counters.COUNTERS, returns rubies for the
pair and marks the tokens it used as handled; the caller leaves those tokens alone.

What a number is (numerals.py parses and reads it): one token, or adjacent tokens, made of digits,
kanji numerals or a mix (1万2000, 3.5万, 3千). Sudachi sometimes keeps number and counter in one
token (1人, ２人, 一人, 十人, 二十歳, 三十日); those are split by surface. A kanji-only token of that kind
is taken only when our reading agrees with Sudachi's or the word is in _OVERRIDE: lexicalised words
(一人前, 十八番) keep Sudachi's reading.

Which ruby goes where (digits, counter, a mixed number) is number_ruby.py's; what the words around
a number say (1日 a date or a span, 2、3日 rough, 懲役2年6月 months, 3分の1 a fraction) is
number_context.py's. What is read how:

* Ranges (29～30日, 29-30日, 3、4日): only the number touching the counter is read with it.
* A year in kanji digits before a word that holds its 年 (二〇二四|年問題) is read as a year.
* Kanji digits after a kanji numeral and the decimal point ・ are the fraction, said digit by digit
  (三・四九円 さんてんよんきゅうえん, 三・〇五キロ れいご; not よんじゅうきゅう). Kanji digits with no place
  value before ％ (or opening a range that ends in ％) are one number, as vertical news writes 46%
  (四六％ よんじゅうろく, 一〇〇％ ひゃく, 一四～四二％ じゅうよん); Sudachi reads them digit by digit.
* Two or three kanji digits alone in brackets after a word are a person's age as papers print it
  (男性（七二） ななじゅうに; Sudachi: ななに); not a longer run, one above 119 or one not bracketed (五七五).
* An age group Sudachi takes for a surname (五十代 いかだい) is read as one (五十代の息子 ごじゅうだい)
  unless an honorific or a given name follows.
* The counter's kana prefix (か月, カ国) never gets ruby; ヶ/ヵ/ケ/箇 do (ヶ月 かげつ).
* Set phrases that only look like a number + counter are read whole (三日月 みかづき, 二十四節気).
* 分 is ぶん in a fraction (3分の1), ぶ after 割 (3割5分), before 丈/袖 (七分丈 しちぶ, 九分丈 くぶ,
  五分袖 ごぶ: tenths of a sleeve's or leg's length), before 音符 or 休符 (a note value: 四分音符 しぶ,
  八分音符 はちぶ, 十六分休符 じゅうろくぶ) and after 度 (38度5分, a temperature;
  北緯35度40分 stays ふん) and わけ in a record (6勝4敗1分, draws);
  月期 is がっき (3月期); 月 after the years of a prison term is months, げつ (懲役2年6月, 禁錮1年2月),
  not a month of the calendar, and so is 月 straight after a term (懲役6月) or bounding one in a penalty
  clause (6月以下の懲役, 3月以上の有期懲役, 1年6月以下の拘禁刑; 6月以下の気温 keeps がつ).
* A rough count of days (2、3日, 二、三日, 5、6日) with a word of duration by it (今後2、3日は, 二、三日分,
  二、三日保存できます: number_context._ROUGH_AFTER) is にち, as the lexicon's 二三日 にさんにち; bare or after
  a month (5月2、3日) they may be dates, and 3、4日 keeps よっか. Two kanji digits in a row guess at a count
  digit by digit (二三日 にさんにち, 四五人 しごにん, 五六本 ごろっぽん), not after a month or an era (一二月二三日).

Choices where usage varies (7人 しちにん, NHK's first) are documented in counters.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .counters import COUNTERS, MAX_KEY_LEN, Counter, p_form
from .number_context import (
    GARMENT_BU,
    NOTE_BU,
    guessed_count,
    is_date,
    is_numeric,
    minute_as,
    prefix_len,
    rough_days,
    term_months,
)
from .number_ruby import emit, emit_whole_number
from .numerals import ASCII_FW, DIGITS, GEMINATE, KANJI_DIGIT, NUM_CHARS, PREFIX, Number, geminate, parse_number
from .tokens import Ruby, Token

_START_CHARS = NUM_CHARS | frozenset(PREFIX)
_ENDS_IN_N = frozenset({"3", "1000", "man"})  # さん, せん/ぜん, まん

_DAY_WORDS = {2: "ふつ", 3: "みっ", 4: "よっ", 5: "いつ", 6: "むい", 7: "なの", 8: "よう", 9: "ここの", 10: "とお",
              20: "はつ"}
_WHOLE = {("person", 1): "ひとり", ("person", 2): "ふたり", ("age", 20): "はたち"}
_NATIVE_ONE_TWO = {1: "ひと", 2: "ふた"}  # a native counter counts 1 and 2 in native numerals (1口 ひとくち)
_GARMENT_NUMBER = {7: "しち", 9: "く"}
# Kanji-only single tokens whose Sudachi reading we replace (三十日 ミソカ, 一回 イチカイ).
_OVERRIDE = frozenset({"三十日", "一回"})
_TERM_MONTHS = Counter("げつ")
_KANJI_NUMERALS = frozenset("〇一二三四五六七八九十百千")
_RANGE_MARKS = frozenset({"～", "〜", "~", "－", "-"})
_ROUGH_DAYS = frozenset({3, 5, 6})  # the larger of 2、3日, 4、5日, 5、6日 (にさんにち, しごにち, ごろくにち)
# Set phrases that look like number + counter but are read otherwise (三日月 みかづき). Sudachi
# splits them in running text (三 みっ|日 か|月 つき), so their reading is given here, whole.
_IDIOMS = {"三日月": "みかづき", "一期一会": "いちごいちえ", "一世一代": "いっせいちだい",
           "一日千秋": "いちじつせんしゅう", "二十四節気": "にじゅうしせっき", "七十二候": "しちじゅうにこう",
           # calendar lore: a lucky day (not a count of grains) and the lunar mansions (二十八 is no つちや)
           "一粒万倍日": "いちりゅうまんばいび", "二十八宿": "にじゅうはっしゅく",
           # muscles with two, three or four heads (上腕二頭筋): 頭 is no counter there; the police's 110,
           # said so to tell it from 119 (not 一一〇番地)
           "二頭筋": "にとうきん", "三頭筋": "さんとうきん", "四頭筋": "しとうきん", "一一〇番": "ひゃくとおばん"}
_IDIOM_FIRST = frozenset(w[0] for w in _IDIOMS)
_HONORIFICS = frozenset({"さん", "様", "氏", "君", "くん", "ちゃん", "先生", "選手", "家"})


# ------------------------------------------------------------------------------ reading a pair
def _read_pair(num: Number, c: Counter, date: bool, minute_kind: str,
               district: bool = False, ordinal: bool = False) -> tuple[list, str, str, str]:
    """(pieces, counter kana, number kana override, whole-pair kana). Exactly one of the last two may be set."""
    pieces = list(num.pieces)
    atom, kana, tag = pieces[-1]
    v = num.exact
    if (c.hook, v) in _WHOLE and not district:
        return pieces, "", "", _WHOLE[(c.hook, v)] + c.tail
    if c.hook == "day" and v is not None:
        if v == 1 and date and not c.tail:
            return pieces, "", "", "ついたち"
        if v in _DAY_WORDS:
            return pieces, "か" + c.tail, _DAY_WORDS[v], ""
        if tag == "4" and v > 10:
            pieces[-1] = (atom, "よっ", tag)
            return pieces, "か" + c.tail, "", ""
    if c.hook == "minute" and minute_kind == GARMENT_BU and not c.tail:
        return pieces, "ぶ", _GARMENT_NUMBER.get(v, ""), ""  # 七分丈 しちぶ, 九分袖 くぶ, 五分袖 ごぶ
    if c.hook == "minute" and minute_kind == NOTE_BU and not c.tail:
        if tag == "4":
            pieces[-1] = (atom, "し", tag)  # 四分音符 しぶ, 六十四分音符 ろくじゅうしぶ
        return pieces, "ぶ", "", ""  # 八分音符 はちぶ: no はっ
    if c.hook == "minute" and minute_kind and not c.tail:
        return pieces, minute_kind, "", ""
    if c.hook == "native" and v in _NATIVE_ONE_TWO and not ordinal:  # 第一家族 だいいち: an ordinal is Sino
        return pieces, c.reading + c.tail, _NATIVE_ONE_TWO[v], ""  # 1口 ひと-くち: 口 shows くち
    if c.hook == "native" and v == 3 and c.three and not ordinal:
        return pieces, c.reading + c.tail, c.three, ""  # 三切れ み-きれ
    if tag in ("4", "7", "9"):
        kana = {"4": c.four, "7": c.seven, "9": c.nine}[tag]
    counter = c.reading
    if tag in GEMINATE.get(c.cls, ()):
        kana = geminate(kana)
        if c.cls == "h":
            counter = p_form(c.reading)
    elif tag in _ENDS_IN_N and c.after_n:
        counter = c.after_n
    elif tag == "4" and kana == "よん" and c.yon:
        counter = c.yon
    pieces[-1] = (atom, kana, tag)
    return pieces, counter + c.tail, "", ""


# ------------------------------------------------------------------------------ walking tokens
def _fits(text: str, t: Token) -> bool:
    return 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.surface


def _counter_at(text: str, tokens: list[Token], j: int, head: str = "") -> tuple[Counter, int] | None:
    """The longest counter made of ``head`` (the end of the number's own token) and tokens[j:], with
    the index after it."""
    best, key = None, head
    if head and head in COUNTERS:
        best = (COUNTERS[head], j)
    for k in range(j, min(j + 3, len(tokens))):
        t = tokens[k]
        if t.start != tokens[k - 1].end or not _fits(text, t):
            break
        key += t.surface
        if len(key) > MAX_KEY_LEN:
            break
        if key in COUNTERS:
            best = (COUNTERS[key], k + 1)
    if best and best[0].not_before and best[1] < len(tokens) and tokens[best[1]].start == tokens[best[1] - 1].end \
            and tokens[best[1]].surface.startswith(best[0].not_before):
        return None  # 一|食|材: the first kanji of 食材, not the counter 食
    return best


def _split_tail(text: str, tokens: list[Token], start: int, j: int, num: Number) -> tuple | None:
    """A kanji number whose next token, glued to it, holds the rest of the number and a counter
    (二|十分 じゅうぶん, 二|十人 as a name): (the whole number, where it ends, the counter's
    head, the index after that token), when the two make one number and the head is a counter."""
    if j >= len(tokens) or not num.kanji_only or tokens[j].start != tokens[j - 1].end or not _fits(text, tokens[j]):
        return None
    nxt = tokens[j]
    p = 0
    while p < len(nxt.surface) and nxt.surface[p] in NUM_CHARS and nxt.surface[p] not in ASCII_FW:
        p += 1
    if p == 0 or p == len(nxt.surface) or nxt.surface[p:] not in COUNTERS:
        return None
    whole = parse_number(text[start:nxt.start + p])
    if whole is None or not whole.kanji_only:
        return None
    return whole, nxt.start + p, nxt.surface[p:], j + 1


def _after_point(tokens: list[Token], i: int) -> bool:
    """tokens[i] follows a kanji numeral and the decimal point ・ (三・|四九円): the fraction's digits."""
    return i > 1 and tokens[i - 1].surface == "・" and tokens[i - 2].end == tokens[i - 1].start \
        and tokens[i - 1].end == tokens[i].start and tokens[i - 2].surface[-1:] in _KANJI_NUMERALS


def _digit_by_digit(num: Number, surface: str) -> Number:
    """A fraction in kanji digits is said digit by digit (三・四九 さんてんよんきゅう, 〇 れい)."""
    pieces = tuple((0, "れい" if ch == "〇" else DIGITS[KANJI_DIGIT[ch]], str(KANJI_DIGIT[ch])) for ch in surface)
    return Number(num.atoms, pieces, None)


def _percent_after(tokens: list[Token], j: int) -> bool:
    """A percent sign glued after the number ending at tokens[j - 1] (四六|％), with no decimal point before it
    (三・二五％ is said digit by digit, as Sudachi reads it)."""
    if j + 2 < len(tokens) and tokens[j].surface in _RANGE_MARKS and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].surface[:1] in _KANJI_NUMERALS and tokens[j + 1].start == tokens[j].end:
        j += 2  # the first of a range: 一四|～|四二|％
    return j < len(tokens) and tokens[j].surface in ("％", "%") and tokens[j].start == tokens[j - 1].end


def _year_in_next_word(text: str, tokens: list[Token], i: int, j: int, num: Number) -> str:
    """二〇二四 (a year in kanji digits) before a word Sudachi fused with its 年 (年問題, 年度末, 年版):
    the number as said before 年, にせんにじゅうよ (not にれいによん); "" for anything else."""
    if j != i + 1 or j >= len(tokens) or "〇" not in tokens[i].surface or not num.kanji_only \
            or tokens[j].start != tokens[i].end or not _fits(text, tokens[j]):
        return ""
    nxt = tokens[j].surface
    key = "年度" if nxt.startswith("年度") and len(nxt) > 2 else "年" if nxt[:1] == "年" and len(nxt) > 1 else ""
    if not key:
        return ""
    pieces, _, override, whole = _read_pair(num, COUNTERS[key], False, "")
    return "" if whole else override or "".join(p[1] for p in pieces)


def _age_not_name(tokens: list[Token], i: int, head: str) -> bool:
    """五十代 that Sudachi takes for a surname (いかだい) with no honorific or given name after it:
    an age group (五十代の息子 ごじゅうだい)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return head in ("代", "歳代") and tokens[i].pos[2:3] == ("人名",) and not (
        nxt is not None and (nxt.surface in _HONORIFICS or nxt.pos[2:3] == ("人名",)))


def _bracketed_age(text: str, num: Number, start: int, end: int) -> bool:
    """（七二） after a word: two or three kanji digits read as a number (an age), not digit by digit."""
    return 2 <= end - start <= 3 and len(num.atoms) == 1 and num.atoms[0].kind == "K" \
        and num.exact is not None and 10 <= num.exact <= 119 and start >= 2 and text[start - 1] in "（(" \
        and end < len(text) and text[end] in "）)" and text[start - 2] not in NUM_CHARS | {"（", "(", " ", "　"}


def _analyser_misread(t: Token, num: Number) -> bool:
    """A written-out number with a place value (百, 千 …) on its own, no counter after it, that Sudachi
    reads without its sound changes (三千四百 さんせん…, 六百 ろくひゃく, 四千三百 よんせんみつひゃく): it
    is read as the number instead."""
    if not num.kanji_only or t.pos[1:2] != ("数詞",) or len(num.atoms) < 2 or num.exact is None \
            or not any(a.kind in "UB" for a in num.atoms):
        return False
    return "".join(p[1] for p in num.pieces) != t.reading


def _noun_tens(tokens: list[Token], i: int) -> bool:
    """八十|八日目: Sudachi cuts a written-out number after its tens and takes the head for the noun
    八十 (やそ); glued before the rest of the number, the head is where the number starts."""
    t = tokens[i]
    return t.pos[:2] == ("名詞", "普通名詞") and len(t.surface) >= 2 and t.surface[-1] in "十百千" \
        and all(ch in KANJI_DIGIT or ch in "十百千" for ch in t.surface) and i + 1 < len(tokens) \
        and tokens[i + 1].start == t.end and is_numeric(tokens[i + 1])


def _take(text: str, tokens: list[Token], i: int, out: list[Ruby], handled: set[int],
          groups: list[NumberGroup] | None = None) -> int:
    """Read the number starting at tokens[i], if one does; the index after what was used, else i."""
    t = tokens[i]
    if not t.surface or (t.surface[0] not in NUM_CHARS and not prefix_len(t.surface)) or not _fits(text, t):
        return i
    split_tail = False
    if is_numeric(t) or _noun_tens(tokens, i):
        j = i + 1
        while j < len(tokens) and tokens[j].start == tokens[j - 1].end and is_numeric(tokens[j]) \
                and _fits(text, tokens[j]):
            j += 1
        num = parse_number(text[t.start:tokens[j - 1].end])
        if num is None and j > i + 1:
            j, num = i + 1, parse_number(t.surface)
        if num is None:
            return i
        numstart, numend, head = t.start, tokens[j - 1].end, ""
        if _after_point(tokens, i) and num.kanji_only and all(a.kind == "K" for a in num.atoms):
            num = _digit_by_digit(num, t.surface if j == i + 1 else text[numstart:numend])  # 三・四九円
        split = _split_tail(text, tokens, t.start, j, num)
        if split is not None:  # 二|十分 (じゅうぶん): Sudachi cut the number inside its tens
            num, numend, head, j = split
            split_tail = True
    else:  # one token holding number and counter: 1人, ２人, 一人, 二十歳
        p = prefix_len(t.surface)
        while p < len(t.surface) and t.surface[p] in NUM_CHARS:
            p += 1
        if p == 0 or p == len(t.surface):
            return i
        if i > 0 and tokens[i - 1].end == t.start and tokens[i - 1].surface[-1:] in "十百千" \
                and all(ch in NUM_CHARS for ch in tokens[i - 1].surface):
            return i  # 八十|二人: the end of a number Sudachi cut as the noun 八十 (health.py reads it)
        if t.surface == "二人" and i > 0 and tokens[i - 1].end == t.start and tokens[i - 1].surface == "同行":
            return i  # 同行|二人, the pilgrims' motto どうぎょうににん (religion.py reads it)
        num = parse_number(t.surface[:p])
        if num is None:
            return i
        j, numstart, numend, head = i + 1, t.start, t.start + p, t.surface[p:]
    found = _counter_at(text, tokens, j, head)
    if found is None:
        if not head and num.kanji_only and j == i + 1 and t.pos[2:3] == ("人名",) \
                and any(a.kind in "UB" for a in num.atoms):
            # Sudachi sometimes takes a written-out number for a given name (三百 みつお): a number
            # with a place value (百, 千, 万 …) and nothing after it is read as the number.
            out.append(Ruby(numstart, numend, "".join(p[1] for p in num.pieces)))
            handled.add(i)
            return j
        if _bracketed_age(text, num, numstart, numend) and j == i + 1:  # 男性（七二） ななじゅうに
            out.append(Ruby(numstart, numend, "".join(p[1] for p in num.pieces)))
            handled.add(i)
            return j
        year = _year_in_next_word(text, tokens, i, j, num)
        if year:  # 二〇二四|年問題: the year's number, read before 年; the word keeps its own ruby
            out.append(Ruby(numstart, numend, year))
            handled.update(range(i, j))
            return j
        if not head and _percent_after(tokens, j) and num.kanji_only and len(text[numstart:numend]) > 1 \
                and all(a.kind == "K" for a in num.atoms) and num.exact is not None:
            emit_whole_number(text, num, numstart, list(num.pieces), out)  # 四六％ よんじゅうろく, 一〇〇％ ひゃく
            handled.update(range(i, j))
            return j
        if not head and j == i + 1 and _analyser_misread(t, num):
            emit_whole_number(text, num, numstart, list(num.pieces), out)  # 約三千四百レース さんぜん
            handled.add(i)
            return j
        if head or not (num.has_kanji and not num.kanji_only):
            return i
        emit_whole_number(text, num, numstart, list(num.pieces), out)  # 100万 on its own: ひゃくまん
        handled.update(range(i, j))
        return j
    counter, k = found
    guess = guessed_count(text[numstart:numend], tokens, i, text[numend:tokens[k - 1].end], counter) \
        if not head else None
    if guess is not None:  # 二三日 にさんにち, 四五人 しごにん: no date, no ふたり (一二人 いちににん)
        num, counter = guess
    if counter is COUNTERS["月"] and term_months(tokens, i):
        counter = _TERM_MONTHS  # 懲役2年6月 ろくげつ, not the sixth month
    elif counter.hook == "day" and num.exact in _ROUGH_DAYS and rough_days(tokens, i, k, num.exact, counter):
        counter = replace(counter, reading="にち", hook="")  # 2、3日 にさんにち: a couple of days
    cstart, cend = numend, tokens[k - 1].end
    date = counter.hook == "day" and num.exact == 1 and is_date(tokens, i, k, num.kanji_only)
    minute = minute_as(tokens, i, k) if counter.hook == "minute" else ""
    # 1人区, 2人区: an electoral district electing one or two, read いちにん, ににん (not ひとり)
    district = counter.hook == "person" and num.exact in (1, 2) and k < len(tokens) \
        and tokens[k].surface == "区" and tokens[k].start == cend
    ordinal = i > 0 and tokens[i - 1].end == t.start and tokens[i - 1].surface.endswith("第")
    pieces, ckana, override, whole = _read_pair(num, counter, date, minute, district, ordinal)
    if head and num.kanji_only and t.surface not in _OVERRIDE and not split_tail and not district:
        mine = whole or (override or "".join(p[1] for p in pieces)) + ckana
        # A word Sudachi knows (一人前, 百本 as a name) keeps its reading, but not one the counter runs
        # on past (三代|目: 三代 みよ is a village, 三代目 さんだいめ; 二部|屋 is 二 + 部屋 ふたへや).
        if mine != "".join(x.reading for x in tokens[i:k]) and not k > j and not _age_not_name(tokens, i, head):
            return i
    emit(text, num, numstart, cstart, cend, pieces, ckana, override, whole, out)
    if groups is not None:
        reading = whole or (override or "".join(p[1] for p in pieces)) + ckana
        groups.append(NumberGroup(numstart, numend, cend, reading, num.exact))
    handled.update(range(i, k))
    return k


def number_rubies(text: str, tokens: list[Token],
                  groups: list[NumberGroup] | None = None) -> tuple[list[Ruby], set[int]]:
    """Rubies for every number + counter in ``tokens`` (Sudachi's, with offsets into ``text``), and the
    indices of the tokens they cover. Rubies are in text order, never overlap and never sit over
    digits alone; tokens not in the set are left for the caller."""
    out: list[Ruby] = []
    handled: set[int] = set()
    if _START_CHARS.isdisjoint(text):
        return out, handled  # most sentences: no number anywhere
    after = 0  # the first token not yet used by a number or idiom
    for i, token in enumerate(tokens):
        if i < after or token.surface[:1] not in _START_CHARS:
            continue  # cheap skip: a number (or an idiom that looks like one) starts with one of these
        start = token.start
        idiom = ""
        if 0 <= start < len(text) and text[start] in _IDIOM_FIRST:
            idiom = next((w for w in _IDIOMS if text.startswith(w, start)), "")
        if idiom:  # read whole, when it starts and ends on token boundaries
            j = i
            while j < len(tokens) and tokens[j].start < start + len(idiom):
                j += 1
            if tokens[j - 1].end == start + len(idiom):
                out.append(Ruby(start, start + len(idiom), _IDIOMS[idiom]))
                handled.update(range(i, j))
                after = j
                continue  # else (一一〇|番地, 三日|月曜): no idiom, a number to read
        after = _take(text, tokens, i, out, handled, groups)
    return out, handled


# ------------------------------------------------------------------------------ whole groups
@dataclass(frozen=True, slots=True)
class NumberGroup:
    """A number and its counter read as one word (7日 なのか, 3本 さんぼん, 2人 ふたり): offsets
    into the text, where the counter starts, and the whole reading in hiragana."""

    start: int
    counter_start: int
    end: int
    reading: str
    value: int | None  # the number's value when it is a whole number


def number_groups(text: str, tokens: list[Token]) -> list[NumberGroup]:
    """Every number + counter that number_rubies() reads in ``tokens``, in text order."""
    groups: list[NumberGroup] = []
    number_rubies(text, tokens, groups)
    return groups
