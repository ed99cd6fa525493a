"""What a number token is, and what the words around a number say about how it is read with its
counter (numbers.py reads the pair): whether 1日 is a date (ついたち; 一日付で, the stamp of a notice, too)
or a day's span (いちにち; 1日量, 1日摂取目安量 on a label), 2、3日
a rough count (にさんにち), 月 a month of a prison term (懲役2年6月 げつ), and 分 a fraction, a tenth
or a draw (3分の1 ぶん, 3割5分 ぶ, 6勝4敗1分 わけ; a tenth of a 寸 among 寸 and 尺, in 五分板 and
一分の狂いもない, ぶ; after 時 a clock time, 9時52分の23.1％ ふん),
or 二分 splitting in two (国論を二分する,
世論は二分された にぶん; 二分探索, 二分木, 二分法 halving, にぶん; 二分したら火を止める stays にふん),
and whether two kanji digits in a row are
"one or the other", a guess at a count (二三日 にさんにち, 四五人 しごにん, 五六本 ごろっぽん)."""
from __future__ import annotations

from dataclasses import replace

from .counters import Counter
from .numerals import ASCII_FW, BIG_UNIT, NUM_CHARS, PREFIX, SMALL_UNIT, Number, parse_number
from .tokens import Token, sentence_of

_DURATION_BEFORE = frozenset({"約", "わずか", "たった", "最短", "最長", "丸", "ほぼ"})
_DURATION_AFTER = frozenset({"あたり", "当たり", "当り", "平均", "中", "おき", "置き", "限り", "以内", "未満",
                             "足らず", "単位", "ごと", "分", "ずつ", "遅れ",
                             # moved by a day: 会期を1日延長, 出発を1日早めた, 1日遅く
                             "延長", "延期", "短縮", "前倒し", "繰り上げ", "繰り下げ", "早め", "早く", "遅く",
                             "遅らせ"})
# What may stand between 1日に/1日で and the number of a rate (1日に平均8000人, 1日に約1万人).
_RATE_BEFORE_NUMBER = frozenset({"平均", "約", "およそ", "最大", "最多", "最高", "最低", "延べ", "で"})
_DOSE_AMOUNTS = frozenset({"量", "用量", "摂取量", "服用量", "使用量", "投与量"})  # 1日量, 1日摂取目安量
_DAILY_AMOUNTS = ("量", "数")  # 1日に食べる量: a clause ending in an amount makes 1日 a day's span
# 分 before 丈/袖 is a tenth of the full length (七分丈 しちぶたけ, 九分丈 くぶたけ, 五分袖 ごぶそで), before 立て a
# stage of whipped cream (七分立て しちぶだて, 八分立て はちぶだて).
GARMENT_BU = "ぶ(丈)"
NOTE_BU = "ぶ(音符)"  # 四分音符 しぶおんぷ, 八分休符 はちぶきゅうふ: a note's length, not minutes
_TERMS = frozenset({"懲役", "禁錮", "禁固", "禁こ", "拘禁刑"})  # 懲役2年6月: a sentence's length in years and months
_BOUNDS = frozenset({"以下", "以上", "未満"})  # 6月以下の懲役: the law's bound on a term
_ROUGH_AFTER = frozenset({"は", "で", "ほど", "程", "程度", "くらい", "ぐらい", "位", "前", "後", "中", "以内", "間",
                          "おき", "ごと", "のうち", "も", "かけ", "かかる", "かかり", "かかっ", "たっ", "経っ",
                          # a leaflet's span of use (五、六日服用しても, 二、三日分, 五、六日続く): never two dates
                          "服用", "使用", "分", "様子", "続く", "続い", "続け", "続き",
                          # how long a dish keeps or rests (二、三日保存できます, 2、3日寝かせる, 二、三日置く)
                          "保存", "日持ち", "持つ", "持ち", "寝かせ", "寝かせる", "置く", "置い", "置き", "漬け",
                          "漬ける", "漬け込む", "熟成"})
_ROUGH_BEFORE = frozenset({"今後", "ここ", "この", "わずか", "約", "ほんの", "あと", "残り"})


def prefix_len(s: str) -> int:
    """1 when ``s`` starts with a vague-number prefix that a unit follows (数百, 何千), else 0."""
    return 1 if s[:1] in PREFIX and s[1:2] and (s[1] in SMALL_UNIT or s[1] in BIG_UNIT) else 0


def is_numeric(t: Token) -> bool:
    s = t.surface[prefix_len(t.surface):]
    return (bool(s) and all(ch in NUM_CHARS or ch in ",，.．" for ch in s)
            and (any(ch in ASCII_FW for ch in s) or "数詞" in t.pos or prefix_len(t.surface) == 1
                 or _name_looking_number(t)))


def _name_looking_number(t: Token) -> bool:
    """三百 that Sudachi took for a given name (みつお), or 四十万 for a place (しじま): kanji
    numerals with a place value. A place name is read as a number only before a counter (_take)."""
    return t.pos[2:3] in (("人名",), ("地名",)) and len(t.surface) >= 2 and all(ch in NUM_CHARS for ch in t.surface) \
        and any(ch in SMALL_UNIT or ch in BIG_UNIT for ch in t.surface)

def is_date(tokens: list[Token], i: int, k: int, kanji: bool) -> bool:
    """Is 1日 (number at tokens[i], counter ending before tokens[k]) the first of the month?"""
    prev = tokens[i - 1].surface if i > 0 else ""
    if prev.endswith("月"):
        return True
    if k < len(tokens) and tokens[k].surface in ("付", "付け") and tokens[k].start == tokens[k - 1].end:
        return True  # 一日付で着任, 人事（一日付）: "as of" stamps a date, never a day's span
    if kanji or prev in _DURATION_BEFORE:
        return False
    nxt = tokens[k].surface if k < len(tokens) else ""
    if nxt in _DURATION_AFTER or (k < len(tokens) and is_numeric(tokens[k])):
        return False
    if nxt == "の" and k + 1 < len(tokens) and tokens[k + 1].surface.endswith("量"):
        return False  # 1日の雨量, 1日の降水量, 1日の摂取量: an amount per day
    if _glued_amount(tokens, k):
        return False  # 1日量, 1日摂取目安量, 1日服用量: a label's amount per day
    if nxt not in ("に", "で"):
        return True
    k += 1  # 1日に2回, 1日に平均8000人, 1日で約1万人: a rate per day, not the first of the month
    if k < len(tokens) and tokens[k].surface.startswith("必要"):
        return False  # 1日に必要なエネルギー: what a day needs
    if k < len(tokens) and tokens[k].pos[0] == "動詞" and any(
            t.surface.endswith(_DAILY_AMOUNTS) for t in _until_clause_end(tokens[k + 1:k + 5])):
        return False  # 1日に食べる草の量, 1日に産む卵の数: a verb that makes an amount per day
    while k < len(tokens) and tokens[k].surface in _RATE_BEFORE_NUMBER:
        k += 1
    return not (k < len(tokens) and is_numeric(tokens[k]))


def _glued_amount(tokens: list[Token], k: int) -> bool:
    """The nouns glued on at tokens[k] make a compound ending in 量 (1日|量, 1日|摂取|目安|量), not a
    noun that merely starts with it (4月1日|量販店 is a date anyway: the month comes first); 大量 and
    多量 say how much, not which amount (1日大量に雨が降った is left alone)."""
    last = None
    while k < len(tokens) and tokens[k].pos[0] == "名詞" and tokens[k].start == tokens[k - 1].end:
        last = tokens[k]
        k += 1
    return last is not None and last.surface in _DOSE_AMOUNTS


def _until_clause_end(tokens: list[Token]) -> list[Token]:
    """The tokens up to the first comma or sentence end."""
    out = []
    for t in tokens:
        if t.surface in ("、", "。", "，", "！", "？"):
            break
        out.append(t)
    return out


def term_months(tokens: list[Token], i: int) -> bool:
    """The number at tokens[i] follows N年 glued, itself straight after 懲役 or 禁錮 (懲役2年|6月), or
    follows the term glued (懲役6月), or its 月 has 以下/以上/未満 の and a term after (6月以下の懲役)."""
    k = next((k for k in range(i, len(tokens)) if not is_numeric(tokens[k])), len(tokens))
    after = [t.surface for t in tokens[k + 1:k + 5] if t.surface != "有期"]  # 3月以上の有期懲役
    if len(after) > 2 and after[0] in _BOUNDS and after[1] == "の" and after[2] in _TERMS \
            or i and tokens[i - 1].surface in _TERMS and tokens[i - 1].end == tokens[i].start:
        return True
    j = i - 1
    if j < 1 or tokens[j].surface != "年" or tokens[j].end != tokens[i].start:
        return False
    j -= 1
    while j >= 0 and is_numeric(tokens[j]) and tokens[j].end == tokens[j + 1].start:
        j -= 1
    return j >= 0 and j < i - 2 and tokens[j].surface in _TERMS


def rough_days(tokens: list[Token], i: int, k: int, v: int, c: Counter) -> bool:
    """tokens[i] (the number v before 日, which ends before tokens[k]) follows v-1 and a comma, not after a
    month, and a word of duration is next to it (今後2、3日は, 2、3日前, 二、三日位; not 5月2、3日)."""
    nxt = tokens[k].surface if k < len(tokens) else ""
    if c.tail != "かん" and nxt not in _ROUGH_AFTER and not (i >= 3 and tokens[i - 3].surface in _ROUGH_BEFORE):
        return False  # a bare 2、3日 may be two dates
    if i < 2 or tokens[i - 1].surface not in ("、", "，", ",") or not is_numeric(tokens[i - 2]):
        return False
    before = parse_number(tokens[i - 2].surface)
    if before is None or before.exact != v - 1:
        return False
    prev = tokens[i - 3] if i >= 3 else None
    return prev is None or not (prev.surface.endswith("月") or is_numeric(prev))


def _even_odds(tokens: list[Token], i: int, k: int) -> bool:
    """tokens[i] (a number) and its 分 repeat glued (五分五分): the halves of even odds."""
    num = tokens[i].surface
    if k + 1 < len(tokens) and tokens[k].surface == num and tokens[k + 1].surface == "分" \
            and tokens[k - 1].end == tokens[k].start:
        return True
    return i > 1 and tokens[i - 1].surface == "分" and tokens[i - 2].surface == num \
        and tokens[i - 1].end == tokens[i].start


def _margin_name(t: Token) -> bool:
    """三差, a digit and 差 that Sudachi takes for a surname: the numerator of 四分の三差 and the margin."""
    return t.proper and len(t.surface) == 2 and t.surface[0] in "一二三四五六七八九" and t.surface[1] == "差"


def minute_as(tokens: list[Token], i: int, k: int) -> str:
    if k + 1 < len(tokens) and tokens[k].surface == "の" and (is_numeric(tokens[k + 1])
                                                           or _margin_name(tokens[k + 1])) \
            and not (i > 0 and tokens[i - 1].surface in ("時", "時間") and tokens[i - 1].end == tokens[i].start):
        return "ぶん"  # 3分の1; 四分の三差 (a margin in a race); 9時52分の23.1％ is a clock time, ふん
    if i > 0 and tokens[i - 1].surface == "割":
        return "ぶ"  # 3割5分
    if i > 0 and tokens[i - 1].surface == "度" and tokens[i - 1].end == tokens[i].start \
            and not any("緯" in t.surface or "経" in t.surface for t in tokens[max(0, i - 4):i - 1]):
        return "ぶ"  # 38度5分: a tenth of a degree (temperature); 北緯35度40分 is minutes of arc
    if k < len(tokens) and (tokens[k].surface[:1] in ("丈", "袖") or tokens[k].surface == "立て") \
            and tokens[k - 1].end == tokens[k].start:
        return GARMENT_BU  # 七分丈, 五分袖, 七分立て: tenths of a sleeve's length or of stiff whipped cream
    if k < len(tokens) and tokens[k].surface.startswith(("音符", "休符")) and tokens[k - 1].end == tokens[k].start:
        return NOTE_BU  # 四分音符, 十六分休符: a note value
    if k + 1 < len(tokens) and tokens[k].surface == "の" and tokens[k + 1].surface.startswith(("狂い", "隙", "すき")):
        return "ぶ"  # 一分の狂いもない, 一分の隙もない: a tenth of a 寸, the least bit
    if k < len(tokens) and tokens[k].surface == "板" and tokens[k - 1].end == tokens[k].start:
        return "ぶ"  # 五分板: a board five tenths of a 寸 thick
    if _in_shaku_units(tokens, i):
        return "ぶ"  # 一分は一寸の十分の一, 四寸五分: a tenth of a 寸 where lengths are in 寸 and 尺
    if tokens[i].surface == "二" and k < len(tokens) and tokens[k - 1].end == tokens[k].start \
            and tokens[k].surface in ("探索", "木", "法", "ヒープ"):
        return "ぶん"  # 二分探索, 二分木, 二分法: halving (programming.py voices 木 ぎ)
    if _divided_in_two(tokens, i, k):
        return "ぶん"  # 国論を二分する, 世論は二分された: splitting in two, not two minutes
    if _even_odds(tokens, i, k):
        return "ぶ"  # 五分五分: even odds, as in 勝算は五分五分
    if i > 0 and tokens[i - 1].surface in ("勝", "敗") and tokens[i - 1].end == tokens[i].start:
        return "わけ"  # 6勝4敗1分: a draw (引き分け) in a win-loss record
    return ""


def _in_shaku_units(tokens: list[Token], i: int) -> bool:
    """tokens[i]'s sentence measures in 寸 or 尺 and says nothing of hours or seconds."""
    words = [t.surface for t in sentence_of(tokens, i)]
    return any(w.endswith(("寸", "尺")) for w in words) \
        and not any(w.startswith(("時", "秒", "かか")) or w.endswith("時") for w in words)


def _divided_in_two(tokens: list[Token], i: int, k: int) -> bool:
    """二分する as "split in two": a kanji 二, 分 glued to する, with an object (を二分する) or passive
    (二分された). 二分したら火を止める and 2分して戻る stay minutes."""
    if tokens[i].surface != "二" or k >= len(tokens) or tokens[k].lemma != "する" \
            or tokens[k - 1].end != tokens[k].start:
        return False
    return (i > 0 and tokens[i - 1].surface == "を") \
        or (k + 1 < len(tokens) and tokens[k + 1].lemma in ("れる", "られる"))


# Two kanji digits in a row, the second one more (二三, 四五): a guess at a count, each digit said on its
# own (二三日 にさんにち, 四五人 しごにん, 一二度 いちにど), as the lexicon's 二三 にさん. 四 and 七 first are
# said し and しち (四五 しご, 七八 しちはち). Positional numerals (二三日 the 23rd in vertical dates) come
# after a month or an era, or count months and hours, which no one guesses at this way.
_GUESS_FIRST = {"一": "いち", "二": "に", "三": "さん", "四": "し", "五": "ご", "六": "ろく", "七": "しち"}
_DIGIT_AFTER = {"一": "二", "二": "三", "三": "四", "四": "五", "五": "六", "六": "七", "七": "八"}
_POSITIONAL_BEFORE = ("月", "年", "第", "平成", "昭和", "令和", "大正", "明治", "西暦", "紀元", "・", "．", ".")
_NEVER_GUESSED = frozenset({"月", "時", "分", "秒", "号", "番", "位", "世", "代", "期", "丁目", "番地", "条", "項"})


def guessed_count(written: str, tokens: list[Token], i: int, counter_text: str,
                  counter: Counter) -> tuple[Number, Counter] | None:
    """The number and counter for ``written`` (tokens[i] on, before ``counter_text``) when it is two kanji
    digits in a row that guess at a count (二三日, 四五人), read digit by digit; None for any other number."""
    if len(written) != 2 or _DIGIT_AFTER.get(written[0]) != written[1] or counter_text in _NEVER_GUESSED:
        return None
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.end == tokens[i].start and prev.surface.endswith(_POSITIONAL_BEFORE):
        return None  # 一二月二三日, 平成二三年, 〇・七八倍: positional
    whole, second = parse_number(written), parse_number(written[1])
    if whole is None or second is None:
        return None
    last = (0, "しち", "guess") if written[1] == "七" else (0, *second.pieces[0][1:])  # 六七本 ろくしち
    reading = counter.reading
    if counter.hook == "day":  # 二三日 にさんにち, but 三四日 さんよっか, as 3、4日 is said
        last, reading = ((0, "よっ", "guess"), "か") if second.exact == 4 else (last, "にち")
    pieces = ((0, _GUESS_FIRST[written[0]], "guess"), last)
    return Number(whole.atoms, pieces, second.exact), replace(counter, hook="", reading=reading)
