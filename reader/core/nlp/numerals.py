"""Numbers as news text writes them, parsed and read aloud piece by piece (numbers.py pairs them
with counters).

What a number is: ASCII or full-width digits (commas between groups of three, one decimal point),
kanji numerals (二十四, 三千, 二〇二二) or a mix (1万2000, 3.5万, 3千), optionally opened by a vague
数 or 何 before a unit (数百, 何千). Each spoken element is credited to the atom of the surface it
comes from, so numbers.py can put ruby over the kanji runs alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

ASCII_FW = {**{str(i): i for i in range(10)}, **{chr(0xFF10 + i): i for i in range(10)}}
KANJI_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
BIG_UNIT = {"万": (10**4, "まん", "man"), "億": (10**8, "おく", "oku"), "兆": (10**12, "ちょう", "cho")}
NUM_CHARS = frozenset(ASCII_FW) | frozenset(KANJI_DIGIT) | frozenset(SMALL_UNIT) | frozenset(BIG_UNIT)
# Vague numbers: 数 and 何 before 十/百/千/万 (数百キロ すうひゃっきろ, 何百回 なんびゃっかい). The value is
# what they voice like: 何 like 3 (何百 なんびゃく, 何千 なんぜん), 数 like 2 (数百 すうひゃく).
PREFIX = {"数": ("すう", 2), "何": ("なん", 3)}
_DIGIT_RUN = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
DIGITS = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")

# Which final element of the number geminates (いち → いっ …) before each class of counter.
GEMINATE = {"k": frozenset({"1", "6", "8", "10", "100"}), "h": frozenset({"1", "6", "8", "10", "100"}),
            "s": frozenset({"1", "8", "10"}), "t": frozenset({"1", "8", "10"})}


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int  # offsets into the number's own surface
    end: int
    kind: str  # "D" digits, "K" kanji digits, "U" 十百千, "B" 万億兆, "P" 数/何 before a unit
    value: int
    frac: str = ""
    kana: str = ""  # a "P" atom's own reading


@dataclass(frozen=True, slots=True)
class Number:
    atoms: tuple[_Atom, ...]
    pieces: tuple[tuple[int, str, str], ...]  # (atom index, kana, tag of that element)
    exact: int | None  # the value when it is a whole number

    @property
    def kanji_only(self) -> bool:
        return all(a.kind != "D" for a in self.atoms)

    @property
    def has_kanji(self) -> bool:
        return any(a.kind != "D" for a in self.atoms)


# ------------------------------------------------------------------------------ parsing numbers
def _atoms(s: str) -> list[_Atom] | None:
    atoms, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch in ASCII_FW:
            m = _DIGIT_RUN.match(s, i)
            if m.end() - i > 40:
                return None  # no counter reading to find in a digit string this long; int() would balk
            parts = re.split(r"[.．]", m.group())
            whole, frac = parts[0], parts[1] if len(parts) > 1 else ""
            value = int("".join(str(ASCII_FW[c]) for c in whole if c in ASCII_FW))
            atoms.append(_Atom(i, m.end(), "D", value, "".join(str(ASCII_FW[c]) for c in frac)))
            i = m.end()
        elif ch in KANJI_DIGIT:
            j, value = i, 0
            while j < len(s) and s[j] in KANJI_DIGIT:
                value, j = value * 10 + KANJI_DIGIT[s[j]], j + 1
            atoms.append(_Atom(i, j, "K", value))
            i = j
        elif ch in PREFIX and i == 0 and s[1:2] and (s[1] in SMALL_UNIT or s[1] in BIG_UNIT):
            atoms.append(_Atom(i, i + 1, "P", PREFIX[ch][1], kana=PREFIX[ch][0]))
            i += 1
        elif ch in SMALL_UNIT:
            atoms.append(_Atom(i, i + 1, "U", SMALL_UNIT[ch]))
            i += 1
        elif ch in BIG_UNIT:
            atoms.append(_Atom(i, i + 1, "B", BIG_UNIT[ch][0]))
            i += 1
        else:
            return None
    return atoms


def geminate(kana: str) -> str:
    return kana[:-1] + "っ"  # いち いっ, ろく ろっ, はち はっ, じゅう じゅっ, ひゃく ひゃっ


def _unit(coef: int | None, unit: int, coef_atom: int, unit_atom: int, out: list) -> None:
    """十/百/千 with its coefficient: 300 さんびゃく, 600 ろっぴゃく, 3000 さんぜん, 8000 はっせん, 一千 いっせん."""
    name = {10: "じゅう", 100: "ひゃく", 1000: "せん"}[unit]
    if coef is not None and (coef > 1 or unit == 1000):
        kana = DIGITS[coef]
        if (unit == 100 and coef in (6, 8)) or (unit == 1000 and coef in (1, 8)):
            kana = geminate(kana)
        out.append((coef_atom, kana, str(coef)))
        name = {(100, 3): "びゃく", (100, 6): "ぴゃく", (100, 8): "ぴゃく", (1000, 3): "ぜん"}.get((unit, coef), name)
    out.append((unit_atom, name, str(unit)))


def _read_small(n: int, atom: int, out: list) -> None:
    """0 < n < 10000, every piece credited to one atom."""
    th, hu, te, un = n // 1000, n // 100 % 10, n // 10 % 10, n % 10
    for digit, unit in ((th, 1000), (hu, 100), (te, 10)):
        if digit:
            _unit(None if digit == 1 else digit, unit, atom, atom, out)
    if un:
        out.append((atom, DIGITS[un], str(un)))


def _read_int(n: int, atom: int, out: list) -> bool:
    if n == 0:
        out.append((atom, "ぜろ", "0"))
        return True
    if n >= 10**16:
        return False
    for big in ("兆", "億", "万"):
        size, kana, tag = BIG_UNIT[big]
        group = n // size % 10000
        if group:
            _read_small(group, atom, out)
            if big == "兆" and out[-1][2] in ("1", "8", "10"):
                out[-1] = (atom, geminate(out[-1][1]), out[-1][2])
            out.append((atom, kana, tag))
    if n % 10000:
        _read_small(n % 10000, atom, out)
    return True


def _read_group(atoms: list[_Atom], idxs: list[int], out: list) -> Decimal | None:
    """One group of a number between big units (万/億/兆): digits, positional kanji or 千百十 units."""
    if len(idxs) == 1 and atoms[idxs[0]].kind == "P":  # 数万, 何億
        out.append((idxs[0], atoms[idxs[0]].kana, "P"))
        return Decimal(atoms[idxs[0]].value)
    if len(idxs) == 1 and atoms[idxs[0]].kind in "DK":
        a = atoms[idxs[0]]
        if not a.frac:
            return Decimal(a.value) if _read_int(a.value, idxs[0], out) else None
        if a.value == 0:
            out.append((idxs[0], "れい", "0"))
        elif not _read_int(a.value, idxs[0], out):
            return None
        if out[-1][2] in GEMINATE["t"]:
            out[-1] = (idxs[0], geminate(out[-1][1]), out[-1][2])
        out.append((idxs[0], "てん", "point"))
        out.extend((idxs[0], "れい" if d == "0" else DIGITS[int(d)], d) for d in a.frac)
        return Decimal(f"{a.value}.{a.frac}")

    def single_digit(k: int) -> bool:
        a = atoms[idxs[k]]
        return a.kind in "DK" and a.end - a.start == 1 and not a.frac and 1 <= a.value <= 9

    total, last_unit, pos = 0, 10**4, 0
    while pos < len(idxs):
        a = atoms[idxs[pos]]
        if a.kind == "U":
            coef, coef_atom = None, idxs[pos]
        elif a.kind == "P" and pos == 0 and pos + 1 < len(idxs) and atoms[idxs[pos + 1]].kind == "U":
            coef, coef_atom = a.value, idxs[pos]
            pos += 1
        elif single_digit(pos) and pos + 1 < len(idxs) and atoms[idxs[pos + 1]].kind == "U":
            coef, coef_atom = a.value, idxs[pos]
            pos += 1
        elif single_digit(pos) and pos == len(idxs) - 1:
            out.append((idxs[pos], DIGITS[a.value], str(a.value)))
            return Decimal(total + a.value)
        else:
            return None
        unit = atoms[idxs[pos]].value
        if unit >= last_unit:
            return None
        last_unit = unit
        total += (coef or 1) * unit
        _unit(coef, unit, coef_atom, idxs[pos], out)
        if atoms[coef_atom].kind == "P":
            out[-2] = (coef_atom, atoms[coef_atom].kana, "P")
        pos += 1
    return Decimal(total)


@lru_cache(maxsize=8192)  # news repeats its numbers (dates, years); a Number is immutable
def parse_number(s: str) -> Number | None:
    """The number written as ``s``, read aloud piece by piece, or None when ``s`` is not one number."""
    atoms = _atoms(s) if s else None
    if not atoms:
        return None
    groups: list[tuple[list[int], int | None]] = []
    current: list[int] = []
    for i, a in enumerate(atoms):
        if a.kind == "B":
            if not current:
                return None  # 万 with nothing before it (万人 ばんにん) is no number
            groups.append((current, i))
            current = []
        else:
            current.append(i)
    if current:
        groups.append((current, None))
    bigs = [atoms[b].value for _, b in groups if b is not None]
    if any(x <= y for x, y in zip(bigs, bigs[1:], strict=False)):
        return None
    pieces: list[tuple[int, str, str]] = []
    value = Decimal(0)
    for idxs, big in groups:
        small = _read_group(atoms, idxs, pieces)
        if small is None or small == 0 and len(groups) > 1:
            return None
        if big is None:
            if len(groups) > 1 and small >= 10000:
                return None  # 1万20000
            value += small
            continue
        if small >= 10000:
            return None
        size, kana, tag = BIG_UNIT[s[atoms[big].start]]
        if tag == "cho" and pieces[-1][2] in ("1", "8", "10"):
            pieces[-1] = (pieces[-1][0], geminate(pieces[-1][1]), pieces[-1][2])
        pieces.append((big, kana, tag))
        value += small * size
    if s == "零":
        pieces = [(0, "れい", "0")]  # 零度 れいど, 零時 れいじ: the kanji is read れい, as 零下 is
    exact = int(value) if value == value.to_integral_value() and atoms[0].kind != "P" and not (
        groups[-1][1] is None and any(atoms[i].frac for i in groups[-1][0])) else None
    return Number(tuple(atoms), tuple(pieces), exact)
