"""Writing about the Japanese language itself (kanji columns, learners' blogs, usage notes, dictionaries'
remarks) that the analyser reads in another sense or splits.

- 熟 that Sudachi cuts off as the adverb つくづく, glued before a kanji word, is the first kanji of a
  Sino-Japanese compound, じゅく (熟|字訓とは, 熟|字訓に分類: 熟字訓 じゅくじくん, which Sudachi reads
  whole only sometimes). Not glued to a kanji word it is left alone.
- 四 glued before 字 is よ (四字熟語 よじじゅくご, 四字 よじ), as in 四時, 四人; Sudachi leaves the numeral
  よん. Other numbers keep theirs (三字 さんじ, 二字熟語 にじ).
- 御 cut off before の and 字 (「御の字」は, where the bracket makes Sudachi split the phrase) is おん, as
  the lexicon's 御の字 おんのじ. 御 before another noun is left alone (御の方).
- 下手 before に and the verb 出る (下手に出る, 下手に出た) is humbling oneself, したて; Sudachi reads へた,
  which stays elsewhere (下手に動くと, 字が下手だ).
- 大字 in a sentence about numerals (壱, 弐, 参, 萬, 漢数字, 数字) is the formal numeral, だいじ (大字では
  「一」を「壱」と書く); Sudachi reads おおあざ, an address unit, which stays otherwise (大字山田).
- 偏 that Sudachi reads ぺん with no kanji glued before it (「阿」の偏, 右の偏) is a kanji's left-hand part,
  へん, as in 偏と旁; ぺん stays only glued after a noun (the lexicon's 人偏 にんべん reads whole).
- 十 glued before the counter 把 is じっ and the 把 after it ぱ (十把一絡げ じっぱひとからげ); Sudachi reads
  じゅう and わ. 一把 いちわ is left alone.
- 音 that Sudachi reads おと in a sentence about writing (字, 漢字, 仮名, 当て字, 形声, 慣用音, 呉音, 読み) is a
  kanji's sound, おん (「青」が音を表す形声文字, 音だけを借りて書く当て字, 本来の音から変化した慣用音); a
  sentence with a heard sound (聞, 鳴, 響, 耳, 楽器, 大きな, 小さな, the word 声; not 形声) keeps おと, and so
  does one about nothing written (雨の音), and 音 glued to a kanji (音読み) is left alone.
- A single kanji alone in 「」 that Sudachi takes for a given name (「明」 あきら, 「茂」 しげる) in a sentence about
  the character's sound or make-up (呉音, 漢音, 音読み, 組み合わせ, 部首, 画, 旧字体) is read by its on-reading
  from the kanji table (「明」の呉音は「ミョウ」 めい); a sentence about names (名前, 名付け, 人名) keeps the name.
- A kanji word standing alone in 「」 and followed (after は, を, には or も) by a hiragana reading in 「」 and
  と(も)読む is read as the sentence says (「市場」は「いちば」とも読みます いちば, 「最中」は「さいちゅう」と
  読みます さいちゅう, 「大家」は「おおや」と読めば おおや), where Sudachi guesses the other sense. It must not
  fire where the sentence calls the reading a mistake or a habit (「雰囲気」を「ふいんき」と読むのは誤り,
  「重複」を「じゅうふく」と読む人), on katakana readings (「生」は「セイ」と読む: an on-reading, not the
  word's), on a reading shorter than the word, on a bracket holding more than the one word (「下手に出る」),
  or with anything but those particles between (「口腔」は医学では「こうくう」と読まれる).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has, sentence_of
from ..unknown_kanji import kanji_readings

_NUMERAL_CUES = ("壱", "弐", "参", "萬", "拾", "漢数字", "数字", "小切手")
_BETWEEN = frozenset({"は", "を", "に", "も"})  # particles between 「X」 and 「reading」
# A sentence that shows a reading as a slip or a habit, not as the word's reading.
_NOT_THE_READING = ("誤", "間違", "俗", "ではなく")
_WHO = frozenset({"人", "者", "方", "ケース", "例"})  # 〜と読む人が多い: a habit, not the reading
# What makes 音 a kanji's sound, and what keeps it a heard one.
_WRITING_CUES = ("字", "仮名", "形声", "慣用音", "呉音", "漢音", "読み", "熟語")
_HEARD_CUES = ("聞", "鳴", "響", "耳", "楽器", "大きな", "小さな", "騒", "静か", "録音", "雑音")
# What makes a lone kanji in 「」 the character, and what keeps it a name.
_CHARACTER_CUES = ("呉音", "漢音", "唐音", "音読", "訓読", "組み合わせ", "部首", "画", "旧字体", "異体字", "成り立ち")
_NAME_CUES = ("名前", "名付", "人名", "命名")
# all language_fix looks at by surface; a word standing alone in 「」 is taken by its shape
WORDS = frozenset({"熟", "四", "御", "下手", "大字", "偏", "十", "把", "音"})


def is_language_word(surface: str) -> bool:
    """Whether a word may be a quoted word whose reading the sentence gives: all kanji."""
    return bool(surface) and all(is_kanji(ch) for ch in surface)


def _is_hiragana(text: str) -> bool:
    return bool(text) and all("\u3041" <= ch <= "\u3096" or ch == "ー" for ch in text)


def _reading_verb(tokens: list[Token], k: int) -> int | None:
    """The index of 読む after と(も), past other readings in 「」 (「いちば」とも「しじょう」とも読む)."""
    while k < len(tokens) and tokens[k].surface == "と":
        k += 1
        if k < len(tokens) and tokens[k].surface == "も":
            k += 1
        if k < len(tokens) and tokens[k].surface.startswith("読"):
            return k
        if k >= len(tokens) or tokens[k].surface != "「":
            return None
        while k < len(tokens) and tokens[k].surface != "」":
            k += 1
        k += 1
    return None


def _said_reading(tokens: list[Token], i: int) -> str | None:
    """The hiragana reading the sentence gives a word standing alone in 「」: 「X」は「Y」と(も)読む."""
    if i == 0 or tokens[i - 1].surface != "「" or i + 1 >= len(tokens) or tokens[i + 1].surface != "」":
        return None
    j = i + 2
    while j < len(tokens) and tokens[j].surface in _BETWEEN and tokens[j].pos[0] == "助詞":
        j += 1
    if j == i + 2 or j >= len(tokens) or tokens[j].surface != "「":
        return None
    k = j + 1
    while k < len(tokens) and tokens[k].surface != "」":
        k += 1
    said = "".join(t.surface for t in tokens[j + 1:k])
    if not _is_hiragana(said) or len(said) < len(tokens[i].surface) or said.endswith("っ"):
        return None
    verb = _reading_verb(tokens, k + 1)
    if verb is None:
        return None
    if verb + 1 < len(tokens) and tokens[verb + 1].surface in _WHO:
        return None
    if any(cue in t.surface for t in sentence_of(tokens, i) if t is not tokens[i] for cue in _NOT_THE_READING):
        return None
    return said


def language_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    said = _said_reading(tokens, i)
    if said:
        return said  # 「市場」は「いちば」とも読みます; even when the same, so no later family overrides it
    if token.pos[2:4] == ("人名", "名") and len(surface) == 1 and prev is not None and prev.surface == "「" \
            and nxt is not None and nxt.surface == "」" and sentence_has(tokens, i, _CHARACTER_CUES) \
            and not sentence_has(tokens, i, _NAME_CUES):
        return kanji_readings().get(surface)  # 「明」の呉音 めい, not the name あきら
    if surface == "音":
        kanji_glued = (glued(prev, token) and is_kanji(prev.surface[-1:])) \
            or (glued(token, nxt) and is_kanji(nxt.surface[:1]))
        heard = sentence_has(tokens, i, _HEARD_CUES) or any(t.surface == "声" for t in sentence_of(tokens, i))
        if reading == "おと" and not kanji_glued and not heard and sentence_has(tokens, i, _WRITING_CUES):
            return "おん"  # 「青」が音を表す
        return None
    if surface == "熟":
        if reading == "つくづく" and glued(token, nxt) and is_kanji(nxt.surface[:1]):
            return "じゅく"  # 熟|字訓
        return None
    if surface == "四":
        if reading == "よん" and glued(token, nxt) and nxt.surface == "字":
            return "よ"  # 四|字熟語
        return None
    if surface == "御":
        if reading == "ご" and nxt is not None and nxt.surface == "の" and after is not None \
                and after.surface == "字" and glued(nxt, after):
            return "おん"  # 「御|の|字」
        return None
    if surface == "下手":
        if reading == "へた" and nxt is not None and nxt.surface == "に" and after is not None \
                and after.lemma == "出る":
            return "したて"  # 下手に出る
        return None
    if surface == "大字":
        if reading == "おおあざ" and sentence_has(tokens, i, _NUMERAL_CUES, others=True):
            return "だいじ"  # 大字では「一」を「壱」と書く
        return None
    if surface == "偏":
        if reading == "ぺん" and not (glued(prev, token) and is_kanji(prev.surface[-1:])):
            return "へん"  # 「阿」の偏
        return None
    if surface == "十":
        if reading == "じゅう" and glued(token, nxt) and nxt.surface == "把":
            return "じっ"  # 十|把一絡げ
        return None
    if surface == "把":
        if reading == "わ" and glued(prev, token) and prev.surface == "十":
            return "ぱ"  # 十|把
        return None
    return None
