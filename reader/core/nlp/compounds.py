"""Compounds the analyser split in context but knows whole: 避難所 (避難|所 しょ → ひなんじょ),
東大寺 (東 ひがし|大寺 → とうだいじ), 金華山 (金華|山 やま → きんかざん), 試合場 (しあいじょう),
紅白歌合戦 (歌 taken as the suffix か|合戦 → うたがっせん), 大掃除 (the prefix 大 だい|掃除 → おおそうじ).

Sudachi's lattice sometimes prefers two cheap words over the dictionary's own compound, and the
pieces carry the wrong sound (rendaku, on- against kun-reading). Where two glued nouns (or a
prefix or suffix and a noun) of kanji alone spell a word that the lexicon holds with one reading,
that reading is the word's (where it holds several and none is the pieces' own, the one that ends
in the second piece's sound: 山|上 やま|じょう → 山上 さんじょう); so is the reading of a word the
lexicon lacks where Sudachi cuts it across a rarer word (水|道管 → 水道管 すいどうかん, a closed
list, with temples such as 清水|寺 きよみずでら, 浅草|寺 せんそうじ; 清水の寺, 浅草の寺 are not glued and
stay; 筝|曲, read right as cut, still takes its pair, so 曲|家 is not joined into 曲家 まがりや), and
a noun + 着 the lexicon holds where Sudachi reads 着 as the verb 着す (不時|着し きし →
不時着し ふじちゃくし). A lexicon reading with ー is spelled as a kanji reading is (水|餃子 すいぎょうざ, not
the lexicon's すいぎょーざ), as word_reading spells a single word's.
Left alone: a suffix glued to the name before it (明治|大|時代 is 明治大 + 時代, not 大時代 おおじだい),
殿 after a suffix (総務課|長|殿 is 課長 + the honorific どの, not the surname 長殿 ながとの),
a number and its counter (numbers.py reads those), 中 (国中 is くにじゅう "all over
the country"; the lexicon's 国中 is こくちゅう), 前 glued after a noun, which is "before" it (終戦の日|前
is ひまえ; the lexicon's 日前 is the shrine ひのくま, its 年前 a surname), an adjective's kanji before
すぎ (物価|高すぎ is 物価 + 高すぎ たか, not 物価高 ぶっかだか: adjective_stems.py), and words with several
readings in the lexicon.
"""
from __future__ import annotations

import re

from ..kana import KANJI_CLASS
from .adjective_stems import adjective_before_sugi
from .tokenizer import lexicon_readings
from .tokens import Token
from .word_reading import _spelled_long_vowels as spelled_long_vowels

# Words the lexicon lacks that Sudachi cuts across a rarer word: 水|道管 (道管 is a plant's xylem,
# どうかん; 水 then reads みず) is 水道管 すいどうかん, the water main. 下水|道管 reads right as it is.
_MISCUT = {("水", "道管"): frozenset({"すいどうかん"}),
           # 一昨|日 (Sudachi never keeps 一昨日 whole; 日 then reads ひ, voiced び): おととい, as news says
           ("一昨", "日"): frozenset({"おととい"}),
           # の大花|火大会: the surname 大花 and 火 か, for 大|花火 (長岡まつりの大花火大会)
           ("大花", "火"): frozenset({"おおはなび"}),
           # 山女|魚 (the lexicon knows 山女 やまめ, not the fish name spelled with 魚): やまめ
           ("山女", "魚"): frozenset({"やまめ"}),
           # temples the lexicon lacks, cut into a place or surname and 寺 てら (or じ) where the
           # temple's own name is read otherwise: 清水寺 きよみずでら, 壬生寺 みぶでら, 浅草寺 せんそうじ,
           # 高台寺 こうだいじ (the pieces: きよみず|てら or じ, みぶ|てら, あさくさ|てら, たかだい|てら)
           ("清水", "寺"): frozenset({"きよみずでら"}), ("壬生", "寺"): frozenset({"みぶでら"}),
           ("浅草", "寺"): frozenset({"せんそうじ"}), ("高台", "寺"): frozenset({"こうだいじ"}),
           # a triangular plot, さんかくち as the pieces read: the lexicon's 三角地 is a place name, さむがくち
           ("三角", "地"): frozenset({"さんかくち"}),
           # 大|人流 (the prefix and 人流, the flow of people): a grown-up's way, 大人流 おとなりゅう
           ("大", "人流"): frozenset({"おとなりゅう"}),
           # 筝, the common stand-in for 箏 (the koto): the lexicon knows 箏曲 そうきょく only, and cuts
           # 筝|曲家 (曲家 まがりや, an L-shaped farmhouse) or joins 曲|家 into it: 筝曲家 is a koto musician
           ("筝", "曲"): frozenset({"そうきょく"}), ("筝", "曲家"): frozenset({"そうきょくか"}),
           # 相|次|いで before 位 (相次いで位を失った): the verb 相次ぐ cut into the prefix, the noun 次 and
           # the archaic いでる; the lexicon's 相次 is a name, あいじ. The kanji of 相次いで read あいつ
           ("相", "次"): frozenset({"あいつ"})}
_MAX_LENGTH = 6  # longer runs of kanji are phrases (経済対策会議), not one dictionary word
_LEFT_ALONE = frozenset({"中", "前"})
_NOUNISH = ("名詞", "接尾辞")
_ALL_KANJI = re.compile(f"[{KANJI_CLASS}]+").fullmatch


def compound_readings(tokens: list[Token], handled: set[int]) -> list[tuple[int, str]]:
    """(i, reading) for each pair tokens[i], tokens[i + 1] to be read as one word, in order and
    never overlapping; tokens in ``handled`` (already read by a rule) are never taken."""
    out: list[tuple[int, str]] = []
    taken_to = -1  # the second token of the last pair taken: pairs never overlap
    for i in range(len(tokens) - 1):
        # cheapest and most selective tests first: most tokens are not nouns of kanji alone
        second = tokens[i + 1]
        if second.pos[0] == "動詞" and second.surface[:1] == "着" and i > taken_to:
            arrived = _arrived(tokens[i], second) if i not in handled and i + 1 not in handled else None
            if arrived:
                out.append((i, arrived))
                taken_to = i + 1
            continue
        if i <= taken_to or second.pos[0] not in _NOUNISH or second.pos[1] == "数詞":
            continue
        first = tokens[i]
        if not (first.pos[0] in _NOUNISH and first.pos[1] != "数詞" or first.pos[0] == "接頭辞") \
                or first.end != second.start or second.surface in _LEFT_ALONE \
                or len(first.surface) + len(second.surface) > _MAX_LENGTH \
                or i in handled or i + 1 in handled or (i > 0 and tokens[i - 1].pos[1:2] == ("数詞",)) \
                or (first.pos[0] == "接尾辞" and i > 0 and tokens[i - 1].end == first.start and tokens[i - 1].proper) \
                or (first.pos[0] == "接尾辞" and second.surface == "殿") \
                or _ALL_KANJI(first.surface) is None or _ALL_KANJI(second.surface) is None \
                or adjective_before_sugi(tokens, i + 1):  # 物価|高すぎ: the adjective, not 物価高 ぶっかだか
            continue
        miscut = _MISCUT.get((first.surface, second.surface))
        readings = miscut or lexicon_readings(first.surface + second.surface)
        joined = first.reading + second.reading
        if miscut and joined in miscut:
            taken_to = i + 1  # read right as cut (筝|曲): the second piece starts no pair (曲|家 まがりや)
            continue
        if len(readings) > 1 and joined not in readings:
            # 山|上 read やま|じょう, a word no reading of 山上 spells: the one reading that keeps the
            # second half's sound (さんじょう, not the surnames やまがみ, やまかみ) is the word's
            readings = frozenset(r for r in readings if r.endswith(second.reading))
        if len(readings) == 1:
            (reading,) = readings
            reading = spelled_long_vowels(reading)  # 水餃子: the lexicon's すいぎょーざ is spelled すいぎょうざ
            if reading != joined:
                out.append((i, reading))
                taken_to = i + 1
    return out


def _arrived(first: Token, second: Token) -> str | None:
    """不時|着し: a noun glued before 着 that Sudachi takes for the verb 着す/着せる (きし), where the
    lexicon holds noun + 着 as one word read ちゃく (不時着 ふじちゃく): that word, and the verb's kana."""
    if first.end != second.start or first.pos[0] != "名詞" or first.pos[1] == "数詞" \
            or _ALL_KANJI(first.surface) is None or not second.reading.startswith("き"):
        return None
    readings = lexicon_readings(first.surface + "着")
    if len(readings) != 1:
        return None
    (word,) = readings
    return word + second.reading[1:] if word.endswith("ちゃく") else None
