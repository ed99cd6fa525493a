"""Which ruby a number + counter gets, once numbers.py has read the pair (the rule the project is
scored on):

* Digits never get ruby of their own (but a mixed number's one ruby covers its digits, below).
* Separable readings (the digits said as they read alone, the counter's part possibly sound-changed)
  the counter alone gets ruby: 3本 → 本 ぼん, 6分 → 分 ぷん (ろっ, a small っ, is still 6), 3人 → 人 にん,
  2022年 → 年 ねん, 2度目 → 度目 どめ, 3回目 → 回目 かいめ, 30日 → 日 にち.
* Irregular readings, where the counter's sound cannot be cut from the number's, get ONE ruby over
  digits and counter together (NHK style): 1日 ついたち, 1人 ひとり, 2人 ふたり, 20歳 はたち. So do
  numbers said unlike their digits: the native days 2–10, 14, 20, 24 (7日 なのか, 20日 はつか, 24日
  にじゅうよっか, 4日間 よっかかん, 3日目 みっかめ), native counts (1口 ひとくち, 3切れ 3切 みき), and 4, 7, 9
  read otherwise where everyone does (4月 しがつ, 4人 よにん, 4時 よじ, 7月 しちがつ, 9時 くじ);
  where both are said (7人 しち/なな, 29日 く/きゅう) the counter keeps its ruby alone. A number of
  more than three digits (2024年 …よねん) keeps the counter's ruby alone too, as the reading would
  overhang it.
  Before 区 (an electoral district electing one or two: 1人区, 2人区) 人 is にん, regular again.
  1日 is ついたち as a date and いちにち (日 → にち) before あたり/平均/中/おき, before a word of moving
  a date (1日延長, 1日延期, 1日早めた, 1日遅く; 3月1日に延長 stays a date) or another number
  (1日3回; also after に/で, with 平均/約/最大 between: 1日に平均8000人, 1日に約1万人) or after
  約/わずか, or before の and an amount (1日の雨量, 1日の摂取量), or before に and a verb whose clause
  ends in an amount (1日に食べる草の量, 1日に産む卵の数); 一日 in kanji is いちにち unless a month
  comes right before it. Native counters count 3 natively where the word does (三切れ みきれ, 三日三晩
  みばん).
* Kanji numerals need ruby themselves: one ruby over the whole number + counter with the full
  reading (三日 みっか, 二十日 はつか, 十四日 じゅうよっか, 三十日 さんじゅうにち, 七人 しちにん); a kana
  part of the counter (三か月) is left bare, so the number and the counter's kanji get one each.
* Mixed numbers (digits and kanji) are one numeral: ONE ruby over the whole number, the counter
  keeps its own (1万2000人 → 1万2000 いちまんにせん, 人 にん; 4億円 → 4億 よんおく; 1兆 いっちょう;
  3千本 → 3千 さんぜん, 本 ぼん). The digits' share of the sound (よん-おく, not し; いっ-ちょう)
  is what a reader needs, and human annotation (KWDLC) puts the ruby over the whole number. A
  reading too wide to sit over the number without pushing the line apart (6万5536) falls back to
  one ruby per run of kanji (万 まん).
  A mixed number with no counter after it (人口100万) is read the same way; a number of digits
  alone with no counter is left to the caller untouched, and so are kanji numerals with no
  counter (一つ, 三百).
"""
from __future__ import annotations

from .numerals import Number
from .tokens import Ruby, is_kana, to_hiragana


def emit(text: str, num: Number, start: int, cstart: int, cend: int, pieces: list, counter: str,
          override: str, whole: str, out: list[Ruby]) -> None:
    if whole or (override and num.has_kanji and not num.kanji_only):
        out.append(Ruby(start, cend, whole or override + counter))
        return
    # the counter's leading kana (か月, カ国) stays bare
    while cstart < cend and counter and is_kana(text[cstart]) and counter.startswith(to_hiragana(text[cstart])):
        cstart, counter = cstart + 1, counter[1:]
    while cend > cstart and counter and is_kana(text[cend - 1]) and counter.endswith(to_hiragana(text[cend - 1])):
        cend, counter = cend - 1, counter[:-1]  # and its trailing kana (切れ: 切 き), like okurigana
    if not num.has_kanji and cstart == start + num.atoms[-1].end <= start + _MAX_WHOLE_DIGITS and counter \
            and _said_unlike_digits(num, pieces, override, counter):
        reading = (override or "".join(p[1] for p in pieces)) + counter
        if len(reading) * _RT_EM <= 1.5 * _base_em(text[start:cend]) + 0.5:
            out.append(Ruby(start, cend, reading))  # 7日 なのか, 4月 しがつ, 1口 ひとくち: one ruby
            return
    if num.kanji_only:
        reading = override or "".join(p[1] for p in pieces)
        if cstart == start + num.atoms[-1].end:
            out.append(Ruby(start, cend, reading + counter))
            return
        out.append(Ruby(start, start + num.atoms[-1].end, reading))
    else:
        emit_whole_number(text, num, start, pieces, out)
    if cstart < cend and counter:
        out.append(Ruby(cstart, cend, counter))


def _said_unlike_digits(num: Number, pieces: list, override: str, counter: str) -> bool:
    """Whether the number before a counter is said other than its digits are read alone, beyond the
    small っ before some counters (6本 ろっ-ぽん, 10分 じゅっ-ぷん): a native word (7日 なの-か, 1口
    ひと-くち, 3切れ み-きれ) or another reading of 4, 7, 9 that everyone uses (4月 し-がつ, 4人 よ-にん,
    14日 じゅうよっ-か, 7月 しち-がつ, 9時 く-じ). A reader who sees the counter's ruby alone would say
    these wrong. Where both are said (7人 しち/なな, 29日 く/きゅう) the counter keeps its ruby alone."""
    if override:
        return True
    plain, said = num.pieces[-1][1], pieces[-1][1]
    if said == plain or plain[-1:] in "くちう" and said in (plain[:-1] + "っ", plain[:-2] + "っ"):
        return False  # いち いっ, ろく ろっ, はち はっ, じゅう じゅっ/じっ, ひゃく ひゃっ
    if (plain, said) == ("なな", "しち"):
        return counter.startswith("がつ")  # 7月 しちがつ; 7人, 7時, 27日 are said with なな too
    if (plain, said) == ("きゅう", "く"):
        return counter.startswith(("がつ", "じ"))  # 9月 くがつ, 9時 くじ; 29日 is said with きゅう too
    return True


def emit_whole_number(text: str, num: Number, start: int, pieces: list, out: list[Ruby]) -> None:
    """One ruby over a number that mixes digits and kanji (4億, 1万2000, 3千): it is read as one
    numeral, and the digits' part of the sound (よん-おく, not し) is what a reader needs to see.
    A reading much wider than the number (6万5536 ろくまんごせんごひゃくさんじゅうろく) would push the
    line apart around it: such a number gets one ruby per run of kanji instead (万 まん)."""
    kana = "".join(p[1] for p in pieces)
    if not kana or not num.has_kanji:
        return  # digits alone never get ruby
    end = start + num.atoms[-1].end
    if len(kana) * _RT_EM > 1.5 * _base_em(text[start:end]) + 0.5:
        _emit_kanji_runs(num, start, pieces, out)
        return
    out.append(Ruby(start, end, kana))


# Up to how many digits a number said unlike its digits gets one ruby with its counter (24日
# にじゅうよっか); a year (2024年) keeps the counter's alone, as the reading would overhang it.
_MAX_WHOLE_DIGITS = 3
# Ruby text is half the size of the text (resources/reader/reader.css); ASCII digits are about
# half as wide as a kanji, full-width digits as wide.
_RT_EM = 0.5
_NARROW = frozenset("0123456789")
_THIN = frozenset(".,")


def _base_em(base: str) -> float:
    """The width of ``base`` in ems, roughly, for deciding whether a reading fits over it."""
    return sum(0.55 if ch in _NARROW else 0.3 if ch in _THIN else 1.0 for ch in base)


def _emit_kanji_runs(num: Number, start: int, pieces: list, out: list[Ruby]) -> None:
    run: list[int] = []
    for ai, a in enumerate([*num.atoms, None]):
        if a is not None and a.kind != "D":
            run.append(ai)
            continue
        if run:
            kana = "".join(p[1] for p in pieces if p[0] in run)
            if kana:
                out.append(Ruby(start + num.atoms[run[0]].start, start + num.atoms[run[-1]].end, kana))
            run = []
