"""Spread a word's reading over its kanji runs, never over its kana: 話し合った/はなしあった →
話=はな, 合=あ. The kana between kanji runs anchor the split; when several splits fit, the
earliest kanji run takes the shortest reading (regex non-greedy order), so the result is
deterministic, unless the word's own parts (Sudachi's shortest units) settle it: 株式公開買い付け
かぶしきこうかいかいつけ is 株式公開=かぶしきこうかい, 買=か, 付=つ (株式|公開|買い付け), not 買=か… after こうか."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..kana import KANJI_CLASS
from .numerals import ASCII_FW, parse_number
from .tokens import is_kana, is_kanji, to_hiragana


def _runs(surface: str) -> list[tuple[str, int, int]]:
    """(kind, start, end): kind K for kanji, A for kana, O for anything else."""
    runs: list[tuple[str, int, int]] = []
    for i, ch in enumerate(surface):
        kind = "K" if is_kanji(ch) else "A" if is_kana(ch) else "O"
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1], i + 1)
        else:
            runs.append((kind, i, i + 1))
    return runs


# Letter names as Japanese reads them, so JR東海 (じぇいあーるとうかい) splits at the right place.
_LETTERS = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    "えー", "びー", "しー", "でぃー", "いー", "えふ", "じー", "えいち", "あい", "じぇー", "けー", "える",
    "えむ", "えぬ", "おー", "ぴー", "きゅー", "あーる", "えす", "てぃー", "ゆー", "ぶい", "だぶりゅー",
    "えっくす", "わい", "ぜっと"], strict=True))
_LETTER_VARIANTS = {
    "J": ("じぇー", "じぇい"), "A": ("えー", "えい"), "H": ("えいち", "えっち"), "V": ("ぶい", "ぶいー"),
    "Z": ("ぜっと", "ずぃー", "ぜー"), "D": ("でぃー", "でー"), "T": ("てぃー", "てー"),
}


def _spelled(text: str) -> str | None:
    """A pattern for Latin letters spelled out by name (AI えーあい), or None for anything else."""
    letters = unicodedata.normalize("NFKC", text).upper()
    if letters.isascii() and letters.isalpha():
        return "".join("(?:" + "|".join(_LETTER_VARIANTS.get(c, (_LETTERS[c],))) + ")" for c in letters)
    return None


# A number's last sound as other words say it: 4 し/よ, 7 しち, 9 く (第4子 だいよんし, 第9条 だいくじょう).
_ALSO_SAID = (("よん", ("し", "よ")), ("なな", ("しち",)), ("きゅう", ("く",)))
# A lone digit counted natively before a counter inside a word (週休3日制 しゅうきゅうみっかせい, 2人組
# ふたりぐみ): without these the kanji before it would take the number's sound.
_NATIVE = {"1": ("ひと", "つい"), "2": ("ふた", "ふつ"), "3": ("みっ", "み"), "4": ("よっ", "よ"), "5": ("いつ",),
           "6": ("むっ", "む"), "7": ("なの", "なな"), "8": ("よう", "やっ"), "9": ("ここの",)}


def _number_said(text: str) -> str | None:
    """A pattern for digits inside a word as they may be said (第1子 だいいっし: 1 is いち or いっ), so
    the kanji around them are not left to take the number's sound; None for anything else."""
    if not (text and len(text) <= 4 and all(ch in ASCII_FW for ch in text)):
        return None
    num = parse_number(text)
    kana = "".join(p[1] for p in num.pieces) if num else ""
    if not kana:
        return None
    said = {kana, kana[:-1] + "っ", *_NATIVE.get(unicodedata.normalize("NFKC", text), ())}
    for plain, others in _ALSO_SAID:
        if kana.endswith(plain):
            said.update(kana[:-len(plain)] + other for other in others)
    return "|".join(sorted(said, key=len, reverse=True))


def _other_pattern(text: str, strict: bool = False) -> str:
    """Letters spelled out by name, digits read as a number (strict: only so; else when the reading
    does so); anything else is skipped over."""
    spelled = _spelled(text) or _number_said(text)
    if spelled is None:
        return "(?:.*?)"
    return f"(?:{spelled})" if strict else f"(?:{spelled}|.*?)"


# Marks between kanji that the reading repeats as written (阪神・淡路大震災 はんしん・あわじだいしんさい):
# they anchor the split like kana do, so 阪神 is not read は with the rest skipped over; a comma too
# where the reading keeps it (一、三塁 いち、さんるい).
_MARKS = re.compile("[・･＝=、]+").fullmatch

# One kanji run with kana after it (政府, 示し, 少なく): most words, split without building a pattern.
_KANJI_THEN_KANA = re.compile(f"([{KANJI_CLASS}]+)([\u3041-\u309f\u30a1-\u30faーヽヾ]*)")


def _pattern(surface: str, runs: list[tuple[str, int, int]], strict: bool = False, reading: str = "") -> str:
    pattern = []
    for kind, s, e in runs:
        if kind == "K":
            pattern.append("(.+?)")
        elif kind == "A":  # a written は/へ may stand for the said わ/え in the reading (或いは あるいわ)
            pattern.append(re.escape(to_hiragana(surface[s:e])).replace("は", "[はわ]").replace("へ", "[へえ]"))
        elif _MARKS(surface[s:e]) and surface[s:e] in reading:
            pattern.append(re.escape(surface[s:e]))  # 阪神・淡路大震災: the reading keeps the dot too
        else:  # digits, Latin letters: not ours to place
            pattern.append(_other_pattern(surface[s:e], strict))
    return "".join(pattern)


def _split_by_words(surface: str, reading: str, runs: list[tuple[str, int, int]],
                    shortest: re.Match) -> tuple[tuple[int, int, str], ...] | None:
    """Where the kana fit more than one split (株式公開買い付け かぶしきこうかいかいつけ: the い of 買い
    could be the one after こうか or after こうかいか), the split of the word's own parts (株式 公開
    買い付け) when their readings spell the whole; None when the split is not in doubt."""
    longest = re.fullmatch(_pattern(surface, runs).replace("(.+?)", "(.+)"), reading)
    if longest is None or longest.groups() == shortest.groups():
        return None
    from .tokenizer import tokenize  # the analyser is only needed for these few words
    parts = tokenize(surface, fine=True)
    if len(parts) < 2 or "".join(to_hiragana(t.reading) for t in parts) != reading:
        return None
    spans: list[tuple[int, int, str]] = []
    for part in parts:
        for s, e, r in align(part.surface, to_hiragana(part.reading)):
            if spans and spans[-1][1] == part.start + s:  # one kanji run over two parts: one ruby
                spans[-1] = (spans[-1][0], part.start + e, spans[-1][2] + r)
            else:
                spans.append((part.start + s, part.start + e, r))
    return tuple(spans) if len(spans) == sum(kind == "K" for kind, _, _ in runs) else None


def _said_in_reading(text: str) -> bool:
    """Digits or Latin letters, which a reading may say (as a number, by letter name) or not."""
    return bool(_number_said(text) or _spelled(text))


def _others_said_otherwise(surface: str, runs: list[tuple[str, int, int]],
                           reading: str) -> tuple[tuple[int, int, str], ...] | None:
    """Digits said otherwise than as their number (36協定 さぶろくきょうてい), or letters otherwise than
    by name (W杯 わーるどかっぷ), would be left unread and the kanji beside them take their sound too
    (協定 さぶろくきょうてい, 杯 わーるどかっぷ): one ruby over them and the kanji they touch instead;
    None where the digits or letters take some of the reading themselves."""
    pattern = "".join("(.+?)" if kind == "K" else
                      re.escape(to_hiragana(surface[s:e])) if kind == "A" else
                      "(.*?)" if _said_in_reading(surface[s:e]) else "(?:.*?)" for kind, s, e in runs)
    m = re.fullmatch(pattern, reading)
    if m is None:
        return None
    kept = [(kind, s, e) for kind, s, e in runs if kind == "K" or _said_in_reading(surface[s:e])]
    spans: list[list] = []  # [start, end, reading, has kanji]
    for (kind, s, e), said in zip(kept, m.groups(), strict=True):
        if kind == "O" and said:
            return None  # the digits or letters are read on their own: the plain split stands
        if spans and spans[-1][1] == s:
            spans[-1][1], spans[-1][2], spans[-1][3] = e, spans[-1][2] + said, spans[-1][3] or kind == "K"
        else:
            spans.append([s, e, said, kind == "K"])
    if not all(kanji and said for _, _, said, kanji in spans):
        return None  # digits or letters touching no kanji
    return tuple((s, e, said) for s, e, said, _ in spans)


def _split_at_silent_marks(surface: str, runs: list[tuple[str, int, int]],
                           reading: str) -> tuple[tuple[int, int, str], ...] | None:
    """A word whose kanji runs a mark separates that the reading leaves out (日・米 にちべい): each run
    but the last takes a reading the lexicon gives it alone (日 にち), the last the rest (米 べい), so
    the mark does not let the first run take one kana and the next the rest (日 に, 米 ちべい). None
    where the runs are not all kanji and marks, or no such split spells the reading."""
    if any(kind == "A" or kind == "O" and not _MARKS(surface[s:e]) for kind, s, e in runs):
        return None
    from .tokenizer import lexicon_readings  # only these few words need the lexicon
    kanji_runs = [(s, e) for kind, s, e in runs if kind == "K"]

    def spell(k: int, at: int) -> list[tuple[int, int, str]] | None:
        if k == len(kanji_runs):
            return [] if at == len(reading) else None
        s, e = kanji_runs[k]
        if k == len(kanji_runs) - 1:
            return [(s, e, reading[at:])] if at < len(reading) else None  # 中・高生: 高生 takes こうせい
        for said in sorted(lexicon_readings(surface[s:e]), key=len, reverse=True):
            if said and reading.startswith(said, at):
                rest = spell(k + 1, at + len(said))
                if rest is not None:
                    return [(s, e, said), *rest]
        return None

    found = spell(0, 0)
    return tuple(found) if found else None


@lru_cache(maxsize=65536)
def align(surface: str, reading: str) -> tuple[tuple[int, int, str], ...]:
    """Ruby spans (start, end, reading) relative to `surface`, one per kanji run. Empty when the
    surface has no kanji or the reading is empty."""
    simple = _KANJI_THEN_KANA.fullmatch(surface)
    if simple and reading and "ヶ" not in surface and "ヵ" not in surface:
        reading = to_hiragana(reading)
        tail = to_hiragana(simple.group(2))
        if len(reading) > len(tail) and reading.endswith(tail):
            return ((0, simple.end(1), reading[:len(reading) - len(tail)]),)
        spoken = tail.replace("は", "わ").replace("へ", "え")
        if spoken != tail and len(reading) > len(tail) and reading.endswith(spoken):
            # 或いは あるいわ: Sudachi spells the particle as it is said; the kana are still okurigana
            return ((0, simple.end(1), reading[:len(reading) - len(tail)]),)
    runs = _runs(surface)
    if not reading or not any(kind == "K" for kind, _, _ in runs):
        return ()
    reading = to_hiragana(reading)
    if any(kind == "O" and _MARKS(surface[s:e]) and surface[s:e] not in reading for kind, s, e in runs):
        split = _split_at_silent_marks(surface, runs, reading)
        if split:
            return split
    m = None
    if any(kind == "O" and _said_in_reading(surface[s:e]) for kind, s, e in runs):
        # Letters first as spelled (生成AI せいせいえーあい: 生成 is せいせい, not せ with いせい
        # skipped over), then, when the reading does not spell them, as anything.
        m = re.fullmatch(_pattern(surface, runs, strict=True, reading=reading), reading)
    if m is None:
        m = re.fullmatch(_pattern(surface, runs, reading=reading), reading)
        if m is not None and any(kind == "O" and _said_in_reading(surface[s:e]) for kind, s, e in runs):
            unsaid = _others_said_otherwise(surface, runs, reading)
            if unsaid:
                return unsaid
    kanji_runs = [(s, e) for kind, s, e in runs if kind == "K"]
    if m:
        if len(kanji_runs) > 1 and any(kind == "A" for kind, _, _ in runs):
            by_words = _split_by_words(surface, reading, runs, m)
            if by_words:
                return by_words
        return tuple((s, e, g) for (s, e), g in zip(kanji_runs, m.groups(), strict=True))
    # The reading does not fit the kana (a dictionary irregularity): one ruby from the first to the
    # last kanji, with the kana that do match at either end trimmed off the reading.
    first, last = kanji_runs[0][0], kanji_runs[-1][1]
    head, tail = to_hiragana(surface[:first]), to_hiragana(surface[last:])
    lead = 0
    while lead < len(head) and lead < len(reading) and head[lead] == reading[lead]:
        lead += 1
    trail = 0
    while trail < len(tail) and trail < len(reading) - lead and tail[-1 - trail] == reading[-1 - trail]:
        trail += 1
    core = reading[lead:len(reading) - trail]
    return ((first, last, core),) if core else ()
