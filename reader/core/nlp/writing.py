"""Readings the analyser gets wrong in everyday writing (diaries, posts, letters, e-mails, manuals).

- 位 glued after an amount (三人位, 一時間位, 二十歳位, 半分位), after これ/それ/あれ/どれ, or after
  a question of amount (いくら位, 何回位, 何日位, 何時間位, as askers write) is the
  particle くらい, "about"; Sudachi reads the suffix い, which is a rank and follows a bare number
  (三位, 第一位, 何位) or stands in a word (上位, 首位): those keep it.
- An adjective in its literary attributive form -き/-しき (親しき仲, 正しき道, 激しき戦い, 清き一票)
  reads its stem as the modern adjective does (親しい したしい, 正しい ただしい); Sudachi often cuts
  the stem off as a noun or a name (親 おや, 清 きよし) or picks a rare reading (正しき まさしき). The
  stem's reading is the one the analyser gives the modern form written alone, unvoiced where the
  lexicon also holds the plain sound and no compound with the word before is meant (秋深き あきふかき,
  but 奥深き おくぶかき: 奥深い is a word). 人 and 者 after such an
  adjective are the nouns ひと and もの, not the suffixes にん, しゃ (惜しき人, 等しき者).
- 年中 glued after 旧, 昨, 本, 前, 来 or 同 is that year + 中 "during", ちゅう (旧年中 きゅうねんちゅう, the
  New Year's greeting); Sudachi reads the split-off 年中 "all year round", ねんじゅう (年中無休).
- A two-kanji noun ending in 致 glued between a kanji word and する (転|送致|します) is the end of the
  noun before it and the humble verb 致す: 転送致します is 転送 + 致します, so 送致 reads そう + いた. Only
  where the kanji before and the first of the pair make a noun in the lexicon.
- 十分 after 徒歩 or 歩いて, or before かかる (straight or after 程度, ほど: 十分程度かかります), is ten
  minutes, じゅっぷん (駅から徒歩十分, バスで十分かかる), and so is 十分 glued before 前 or 後 that a
  particle or a stop follows (十分前にお越しください, 十分後に戻ります); elsewhere it is "enough" (十分です,
  十分に, 十分前向きな), as Sudachi reads it.
- 止める with a habit or an occupation for its object (タバコを止める, 仕事を止めたい) is やめる, quitting;
  Sudachi always reads とめる (車を止める). Still marked uncertain (医者に酒を止められる is とめる, forbidding),
  and a passive is left as it is.
"""
from __future__ import annotations

from functools import lru_cache

from .counters import COUNTERS
from .numerals import NUM_CHARS
from .tokenizer import lexicon_readings, tokenize
from .tokens import Token, glued, is_kanji

_NUMERALS = "".join(sorted(NUM_CHARS))  # for str.lstrip
_DEMONSTRATIVES = frozenset({"これ", "それ", "あれ", "どれ"})
_LITERARY_ENDINGS = frozenset({"き", "しき"})  # what follows a stem cut off from its -き form
_NOUNS_AFTER = {"人": "ひと", "者": "もの"}  # 惜しき人, 等しき者
_YEAR_PREFIXES = frozenset({"旧", "昨", "本", "前", "来", "同"})
# Objects of 止める that one gives up rather than halts: habits, work, school.
_HABITS = frozenset({"タバコ", "たばこ", "煙草", "酒", "喫煙", "飲酒", "仕事", "会社", "学校", "部活", "塾",
                     "バイト", "アルバイト", "ダイエット", "習い事", "夜更かし", "間食", "ゲーム"})
_PASSIVE = ("られ", "れ")

# All writing_fix looks at, besides a word followed by き/しき and an adjective ending in き.
_ABOUT = frozenset({"程度", "ほど", "くらい", "ぐらい", "前後"})  # 十分程度かかる: still a time
WORDS = frozenset({"位", "年中", "十分", *_NOUNS_AFTER})



def applies(tokens: list[Token], i: int) -> bool:
    """Whether writing_fix may change tokens[i]: the cheap test the caller makes first."""
    token = tokens[i]
    if token.surface in WORDS or token.surface.endswith("致") or token.lemma == "止める":
        return True
    if token.pos[0] == "形容詞" and token.surface.endswith("き"):
        return True
    return i + 1 < len(tokens) and tokens[i + 1].surface in _LITERARY_ENDINGS


def _amount(tokens: list[Token], j: int) -> bool:
    """tokens[j] ends an amount: a counter after a number (三|人, 一|時間, 5|キロ), one token holding
    both (二十歳), or 半 + a counter (半分, 半年)."""
    t = tokens[j]
    head = t.surface.lstrip(_NUMERALS)
    if head != t.surface and head in COUNTERS:
        return True  # 二十歳, 三日 as one token
    if t.surface[:1] == "半" and t.surface[1:] in COUNTERS:
        return True
    counter = t.surface in COUNTERS or t.pos[2:3] in (("助数詞",), ("助数詞可能",))
    return counter and j > 0 and glued(tokens[j - 1], t) and tokens[j - 1].pos[1:2] == ("数詞",)


def _asked_amount(t: Token) -> bool:
    """いくら, or 何 + a counter as one token (何回, 何日, 何時間): 何位 alone is "which rank"."""
    return t.surface == "いくら" or t.surface[:1] == "何" and t.surface[1:] in COUNTERS


_UNVOICE = str.maketrans("がぎぐげござじずぜぞだぢづでどばびぶべぼ", "かきくけこさしすせそたちつてとはひふへほ")


@lru_cache(maxsize=1024)
def _modern_reading(adjective: str) -> str | None:
    """The reading of the modern adjective ``adjective`` (正しい) as the analyser gives it alone, or
    None when it does not read it as one adjective."""
    tokens = tokenize(adjective)
    if len(tokens) != 1 or tokens[0].pos[0] != "形容詞" or not tokens[0].reading.endswith("い"):
        return None
    return tokens[0].reading


def _unvoiced(tokens: list[Token], i: int, adjective: str, reading: str) -> str:
    """``reading`` of the modern ``adjective`` with its voiced first sound made plain where the lexicon
    holds the plain one too and the word before does not make a voiced compound with it: 深い alone gets
    the compound's ぶかい, but 秋深き is あきふかき; 奥深き stays おくぶかき (奥深い is a word)."""
    plain = reading[:1].translate(_UNVOICE) + reading[1:]
    if plain == reading or plain not in lexicon_readings(adjective, ("形容詞",)):
        return reading
    prev = tokens[i - 1] if i > 0 else None
    if glued(prev, tokens[i]) and lexicon_readings(prev.surface + adjective, ("形容詞",)):
        return reading
    return plain


def _literary_stem(tokens: list[Token], i: int) -> str | None:
    """The reading of tokens[i] where it holds (the stem of) an adjective in its -き form, read as
    the modern adjective reads it, or None."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.pos[0] == "形容詞" and token.surface.endswith("き"):
        written, after = token.surface, nxt
    elif glued(token, nxt) and nxt.surface in _LITERARY_ENDINGS:
        written, after = token.surface + nxt.surface, tokens[i + 2] if i + 2 < len(tokens) else None
    else:
        return None
    if not is_kanji(written[0]) or after is None or after.pos[0] not in ("名詞", "接尾辞", "代名詞"):
        return None  # an attributive form stands before the noun it qualifies
    modern = _modern_reading(written[:-1] + "い")
    if modern is None:
        return None
    modern = _unvoiced(tokens, i, written[:-1] + "い", modern)
    if written == token.surface:
        return modern[:-1] + "き"
    tail = written[len(token.surface):-1] + "い"  # the kana of the modern form after the token
    return modern[:-len(tail)] if modern.endswith(tail) and len(modern) > len(tail) else None


@lru_cache(maxsize=1024)
def _noun_reading(word: str) -> str | None:
    """The reading of ``word`` where the analyser reads it as one noun (転送 てんそう), else None."""
    tokens = tokenize(word)
    return tokens[0].reading if len(tokens) == 1 and tokens[0].pos[0] == "名詞" else None


def _split_before_itasu(tokens: list[Token], i: int) -> str | None:
    """転|送致|します: the reading of 送致 as the end of 転送 and the stem of 致す (そういた)."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if len(token.surface) != 2 or not glued(prev, token) or not glued(token, nxt) \
            or not nxt.surface.startswith("し") or nxt.lemma != "する" or not is_kanji(prev.surface[-1]):
        return None
    whole = _noun_reading(prev.surface + token.surface[0])
    if whole is None or not whole.startswith(prev.reading) or len(whole) <= len(prev.reading):
        return None
    return whole[len(prev.reading):] + "いた"


def writing_fix(tokens: list[Token], i: int, reading: str) -> tuple[str, bool] | None:
    """A corrected (reading, uncertain) for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "位" and reading == "い" and glued(prev, token) \
            and (prev.surface in _DEMONSTRATIVES or _amount(tokens, i - 1) or _asked_amount(prev)):
        return "くらい", False  # 三人位, 一時間位, これ位, いくら位, 何回位
    if surface in _NOUNS_AFTER and token.pos[0] == "接尾辞" and glued(prev, token) \
            and prev.surface in _LITERARY_ENDINGS and i >= 2 and _literary_stem(tokens, i - 2):
        return _NOUNS_AFTER[surface], False  # 惜しき人 ひと, 等しき者 もの
    if surface == "年中" and reading == "ねんじゅう" and glued(prev, token) and prev.surface in _YEAR_PREFIXES:
        return "ねんちゅう", False  # 旧年中
    if surface == "十分" and reading == "じゅうぶん" and glued(token, nxt) and nxt.surface in ("前", "後") \
            and (i + 2 == len(tokens) or tokens[i + 2].pos[0] in ("助詞", "補助記号")):
        return "じゅっぷん", False  # 十分前にお越しください: Sudachi's adverb, cut off from 前
    if surface == "十分" and reading == "じゅうぶん" and prev is not None:
        walked = prev.surface == "徒歩" or prev.surface == "て" and i >= 2 and tokens[i - 2].lemma == "歩く"
        if nxt is not None and nxt.surface in _ABOUT and i + 2 < len(tokens):
            nxt = tokens[i + 2]  # 十分程度かかる: the time it takes, "about" between
        if walked or nxt is not None and nxt.lemma in ("掛かる", "かかる"):
            return "じゅっぷん", False  # 徒歩十分, 歩いて十分, 十分かかる, 十分程度かかる
        return None
    if surface.endswith("致") and token.pos[0] == "名詞":
        split = _split_before_itasu(tokens, i)
        return (split, False) if split else None
    if token.lemma == "止める" and token.pos[0] == "動詞" and reading.startswith("とめ"):
        if prev is not None and prev.surface == "を" and i >= 2 and tokens[i - 2].surface in _HABITS \
                and not (nxt is not None and nxt.surface.startswith(_PASSIVE)):
            return "やめ" + reading[2:], True  # タバコを止める; 医者に酒を止められる stays とめ
        return None
    stem = _literary_stem(tokens, i)
    if stem and stem != reading:
        return stem, False  # 親しき仲 した, 正しき道 ただしき
    return None
