"""Q&A sites, advice columns, forum threads and casual posts: words the analyser splits or tags oddly
where askers write in kanji or clip a word before って.

- 分位 after 何 is 何分 + the particle 位, ぷんくらい (昼寝は何分位がいい？): Sudachi reads the one token
  分位 ぶんい, "a quantile"; after a number numbers.py already reads it (三十分位 さんじゅっぷんくらい).
- 何 + a counter taken as one token and tagged a surname (何合 かわい) is the question "how many",
  なん + the counter as it reads after ん, as in 三 + it (何合 なんごう, like 三合 さんごう); before an
  honorific (何合さん) it stays a name.
- 泊っ glued after a noun and before て is the noun 泊 ("a night's stay") with the clipped topic って
  (車中泊って, 外泊って), はく; Sudachi takes it for the verb 泊まる without its ま (とまっ).
- 何時 asking the hour is なんじ: Sudachi's なんどき (今何時？) and its いつ before に (何時に起きてますか,
  何時に集合？) are the hour; 何時も, 何時から, 何時になったら and いつ何時 stay as read.
- 行っ straight after the clipped topic って is going, いっ (再検査って行った方がいいですか, ライブって
  行ったことある？); Sudachi reads おこなっ after a procedure, which a notice marks with は or を.
- 前 that the context rules read ぜん ("the previous", 前社長) before a noun whose first kanji makes
  a まえ word with it is that word cut apart (前|髪切り 前髪 まえがみ); 前会長, 前シーズン keep ぜん.
  The word after such a 前 (Sudachi's 髪切り かみきり) takes that word's sound: 前|髪切りすぎた がみきり,
  as in 前髪; after a clause (寝る前|歯磨き "before bed") 前 is "before" and the word keeps its own.
"""
from __future__ import annotations

from functools import lru_cache

from ..counters import COUNTERS
from ..tokenizer import tokenize
from ..tokens import HONORIFICS, Token, glued, is_kanji

# Counters for rice and sake the counter table leaves out (お米何合, 何升).
_MEASURES = frozenset({"合", "升", "斗", "勺"})
# First kanji of the words Sudachi cuts off a まえ word (前|髪切り): forums_fix is tried on words opening with one.
MAE_HEADS = frozenset("髪歯足脚")
WORDS = frozenset({"分位", "泊っ", "前", "何時", "行っ"}
                  | {"何" + c for c in (*COUNTERS, *_MEASURES) if c and is_kanji(c[0])})


@lru_cache(maxsize=512)
def _mae_word(pair: str) -> bool:
    """前 + a kanji is one common noun the analyser reads まえ… (前髪 まえがみ)."""
    tokens = tokenize(pair)
    return len(tokens) == 1 and tokens[0].pos[:2] == ("名詞", "普通名詞") and tokens[0].reading.startswith("まえ")


def forums_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "何時":
        return _what_time(tokens, i, reading)
    if surface[:1] in MAE_HEADS and len(surface) > 1:
        return _after_mae(tokens, i, reading)
    if surface == "行っ":
        if reading == "おこなっ" and prev is not None and prev.surface == "って" and prev.pos[0] == "助詞" \
                and glued(prev, token):
            return "いっ"  # 再検査って行った方がいい: going there; a procedure carried out takes を or は
        return None
    if surface == "分位":
        return "ぷんくらい" if prev is not None and prev.surface == "何" and glued(prev, token) else None
    if surface == "泊っ":
        if reading == "とまっ" and prev is not None and glued(prev, token) and prev.pos[0] == "名詞" \
                and nxt is not None and nxt.surface == "て" and glued(token, nxt):
            return "はくっ"  # 車中泊って: the noun and the topic って
        return None
    if surface == "前":
        if reading == "ぜん" and nxt is not None and glued(token, nxt) and nxt.pos[0] == "名詞" \
                and is_kanji(nxt.surface[:1]) and _mae_word("前" + nxt.surface[0]):
            return "まえ"  # 前|髪切り: 前髪
        return None
    # 何 + a counter: a question of amount the analyser took for a surname (何合 かわい).
    if token.pos[2:3] != ("人名",) or reading.startswith("なん") \
            or nxt is not None and glued(token, nxt) and nxt.surface.startswith(HONORIFICS):
        return None
    after_n = _after_san(surface[1:])
    return "なん" + after_n if after_n else None


def _after_mae(tokens: list[Token], i: int, reading: str) -> str | None:
    """髪切り glued after a 前 that opens a phrase: the sound 髪 has in 前髪 (がみ), then the rest."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or prev.surface != "前" or not glued(prev, tokens[i]) or tokens[i].pos[0] != "名詞" \
            or i > 1 and glued(tokens[i - 2], prev) and tokens[i - 2].pos[0] in ("動詞", "形容詞", "助動詞"):
        return None  # 寝る前|歯磨き: "before"
    head = tokens[i].surface[0]
    if not _mae_word("前" + head):
        return None
    plain, voiced = _head_reading(head), tokenize("前" + head)[0].reading[2:]
    if plain and voiced != plain and reading.startswith(plain):
        return voiced + reading[len(plain):]  # 前|髪切り: まえがみ + きり
    return None


@lru_cache(maxsize=64)
def _head_reading(kanji: str) -> str:
    """The analyser's reading of one kanji alone (髪 かみ)."""
    tokens = tokenize(kanji)
    return tokens[0].reading if len(tokens) == 1 else ""


def _what_time(tokens: list[Token], i: int, reading: str) -> str | None:
    """何時 asking the hour: なんじ for Sudachi's なんどき (今何時？) and for いつ before に (何時に起きる)."""
    prev = tokens[i - 1] if i > 0 else None
    if reading == "なんどき":
        return "なんじ" if prev is None or prev.surface not in ("いつ", "何時") else None  # いつ何時 stays
    after = tokens[i + 1:i + 3]
    if reading == "いつ" and after and after[0].surface == "に" and glued(tokens[i], after[0]) \
            and (len(after) < 2 or after[1].lemma not in ("成る", "なる") and after[1].surface[:1] != "な"):
        return "なんじ"  # 何時に起きてますか; 何時になったら, 何時になく stay いつ
    return None


@lru_cache(maxsize=256)
def _after_san(counter: str) -> str | None:
    """How ``counter`` reads after ん, from 三 + it as the analyser reads it (三合 さんごう → ごう)."""
    tokens = tokenize("三" + counter)
    whole = "".join(t.reading for t in tokens)
    return whole[2:] if whole.startswith("さん") and len(whole) > 2 else None
