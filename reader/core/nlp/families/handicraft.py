"""Knitting, crochet, sewing and embroidery words (pattern instructions, craft blogs, shop notes) Sudachi
reads in another sense.

- 目 after a number in a sentence about knitting or crochet (編む, 毛糸, 棒針, かぎ針, ゲージ, くさり, 目数,
  表目 …, or 針 with a stitch 目: 針にかかっている目が二十目) counts stitches, め, and one and two take the
  native forms: 二目一度 ふため, 表目を二目 ふため, くさり三目 さんめ, 二十目 にじゅうめ (Sudachi's 十目 じゅうもく),
  八目十二段 はちめ (Sudachi's lamprey やつめ), 一目ゴム編み ひとめ, 一目一目 ひとめ. Sudachi reads もく, the go
  stone, which stays with no knitting word (二目の差, 黒の三目, 三目並べ, 一目置く いちもく). (hobby.py's rule for
  three and up, keyed on any 編 including 編集, moved here.)
- 一 and 二 glued before the counter 針 count stitches natively, ひと, ふた (一針ずつ, 一針一針, 二針縫う);
  Sudachi leaves いち, に. Three and up stay Sino (三針縫った さん). 一 before 模様 in a knitting sentence is
  one repeat of the pattern, ひと (八目十二段で一模様).
- 針 glued after 輪, 別 or a number of 本 is a kind of needle and voices, ばり (輪針, 別針, 四本針), like the
  lexicon's 棒針, かぎ針, まち針; Sudachi reads the split-off 針 はり, which stays after a particle (針に糸を).
- 伏せ止め, the bind-off, voices: ふせどめ (Sudachi's only reading is ふせとめ).
- 中 glued before 長編み is the half double crochet, ちゅう (中長編み ちゅうながあみ); Sudachi reads なか; before
  other words it stays (中表 なかおもて).
- 表 that Sudachi reads ひょう (a table) is the right side, おもて, glued before a part of a garment (表衿, 表袖)
  or before に and 返す or 出す a few words on (表に返して, 表に縫い目を出さない); 表にまとめる stays ひょう.
- 平 that Sudachi reads たいら glued before a katakana word is flat, ひら (平ゴム); a name (平清盛) stays.
- 通し口 (ゴム通し口, ひも通し口) voices like 返し口: とおしぐち. 端 glued before ミシン is the edge, はし (端ミシン),
  not たん. The machine's parts voice: 送り歯 おくりば (歯 after 送り), 押さえ金 おさえがね (金 after 押さえ).
- 房 standing alone before a particle, with thread, cutting, flowers or grapes about, is a tassel or a bunch,
  ふさ (房を切りそろえる, ぶどうは房が大きい); Sudachi reads ぼう, which stays otherwise (房を出る, a cell).
- 心 that Sudachi cuts off as a suffix (一目一目心を込めて) before を and 込める is the heart, こころ.
- 市 glued after 手作り is a fair, いち (手作り市), like 朝市 and 蚤の市.
- 三玉 that Sudachi takes for the name みたま in a sentence about yarn is three balls, さんたま (毛糸を三玉).
- 綿 before a particle and 詰める is the stuffing, わた (綿は少しずつ詰める); 綿の生地 (cotton) stays めん.
- 麻生|地, Sudachi's name 麻生 (あそう, あさお) and the ground 地 ち, is 麻 + 生地, linen cloth: 麻生 あさき, 地 じ
  (麻生地のシャツ, 綿麻生地 めんあさきじ). 麻生 before anything else (麻生さん, 麻生地区, 麻生の地元) stays.
- 地 before の目 in a sentence about cloth is the grain, じ (地の目線 じのめせん); 地の利 and the like stay ち.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_of

# Words of a sentence about knitting or crochet: where a number of 目 counts stitches.
_KNIT_CUES = ("編み", "編む", "編ん", "編め", "編ま", "毛糸", "棒針", "かぎ針", "ゲージ", "目数", "表目", "裏目",
              "作り目", "増し目", "減らし目", "くさり", "鎖編")
_KNIT_WORDS = frozenset({"拾う"})  # 目を拾う
_NATIVE = {"一": "ひと", "二": "ふた"}
_GARMENT_PARTS = frozenset({"衿", "襟", "袖", "身頃", "ポケット", "生地"})
_RIGHT_SIDE_VERBS = frozenset({"返す", "出す", "出る", "ひっくり返す"})
_YARN_CUES = ("毛糸", "糸", "編")
# What a tassel or a bunch is said with (a prison's 房 ぼう is not).
_TASSEL_CUES = ("糸", "切", "ぶどう", "ブドウ", "葡萄", "藤", "バナナ", "花", "フリンジ", "タッセル", "飾り", "結")
_CLOTH_CUES = ("布", "生地", "型紙", "裁", "縫")
_VOICED_AFTER = {("送り", "歯"): ("は", "ば"), ("押さえ", "金"): ("きん", "がね")}
WORDS = frozenset({"目", "一目", "十目", "八目", "一", "二", "針", "伏せ止め", "中", "表", "平", "通し口",
                   "端", "歯", "金", "房", "心", "市", "三玉", "綿", "地", "麻生"})


def _knitting(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] stands in a sentence about knitting or crochet (or about stitches on a needle)."""
    words = sentence_of(tokens, i)
    return any(cue in t.surface for t in words for cue in _KNIT_CUES) \
        or any(t.lemma in _KNIT_WORDS for t in words) \
        or any(t.surface == "針" for t in words) and any(t.surface == "目" for t in words) \
        or any(a.surface == "目" and b.surface == "一度" and glued(a, b)  # 二目一度
               for a, b in zip(words, words[1:], strict=False))


def _has(tokens: list[Token], i: int, cues) -> bool:
    return any(cue in t.surface for t in sentence_of(tokens, i) for cue in cues)


def handicraft_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface == "目":
        if reading == "もく" and glued(prev, token) and prev.pos[1] == "数詞" and _knitting(tokens, i):
            return "め"  # 三|目 さんめ: stitches
        return None
    if surface in ("一目", "十目", "八目"):
        if reading in ("いちもく", "じゅうもく", "やつめ") and _knitting(tokens, i) \
                and not (nxt is not None and nxt.surface[:1] in ("置", "半", "鰻", "う", "ウ")):
            return {"一目": "ひとめ", "十目": "じゅうめ", "八目": "はちめ"}[surface]  # 一目ゴム編み, 二|十目
        return None
    if surface in _NATIVE:
        if token.pos[1] != "数詞" or reading not in ("いち", "に") or glued(prev, token) and prev.pos[1] == "数詞":
            return None
        if glued(token, nxt) and (nxt.surface == "針" or nxt.surface == "目" and _knitting(tokens, i + 1)):
            return _NATIVE[surface]  # 一針ずつ ひと, 二目一度 ふた
        if surface == "一" and glued(token, nxt) and nxt.surface == "模様" and _knitting(tokens, i):
            return "ひと"  # 八目十二段で一模様
        return None
    if surface == "針":
        if reading == "はり" and glued(prev, token) and (prev.surface in ("輪", "別") or prev.surface == "本"
                                                         and prev.pos[2] == "助数詞"):
            return "ばり"  # 輪針, 別針, 四本針
        return None
    if surface == "伏せ止め":
        return "ふせどめ" if reading == "ふせとめ" else None
    if surface == "中":
        if reading == "なか" and glued(token, nxt) and nxt.surface.startswith("長編"):
            return "ちゅう"  # 中長編み
        return None
    if surface == "表":
        if reading != "ひょう" or nxt is None:
            return None
        if glued(token, nxt) and nxt.surface in _GARMENT_PARTS:
            return "おもて"  # 表衿
        verb = next((t for t in tokens[i + 2:i + 6] if t.pos[0] in ("動詞", "補助記号")), None)
        if nxt.surface == "に" and verb is not None and verb.lemma in _RIGHT_SIDE_VERBS:
            return "おもて"  # 表に返して, 表に縫い目を出さない (the first verb: 表にして出す stays)
        return None
    if surface == "平":
        if reading == "たいら" and token.pos[1] == "普通名詞" and glued(token, nxt) and is_katakana_word(nxt.surface):
            return "ひら"  # 平ゴム
        return None
    if surface == "通し口":
        return "とおしぐち" if reading == "とおしくち" else None  # ゴム通し口, like 返し口
    if surface == "端":
        return "はし" if reading == "たん" and glued(token, nxt) and nxt.surface == "ミシン" else None
    if surface in ("歯", "金"):
        if prev is not None and glued(prev, token) and (prev.surface, surface) in _VOICED_AFTER:
            plain, voiced = _VOICED_AFTER[(prev.surface, surface)]
            return voiced if reading == plain else None  # 送り歯, 押さえ金
        return None
    if surface == "房":
        if reading == "ぼう" and not glued(prev, token) and nxt is not None \
                and nxt.surface in ("を", "が", "は", "も") and _has(tokens, i, _TASSEL_CUES):
            return "ふさ"  # 房を切りそろえる
        return None
    if surface == "心":
        if reading == "しん" and token.pos[0] == "接尾辞" and nxt is not None and nxt.surface == "を" \
                and after is not None and after.lemma == "込める":
            return "こころ"  # 一目一目|心を込めて
        return None
    if surface == "市":
        return "いち" if reading == "し" and glued(prev, token) and prev.surface == "手作り" else None
    if surface == "三玉":
        return "さんたま" if reading == "みたま" and _has(tokens, i, _YARN_CUES) else None
    if surface == "綿":
        if reading == "めん" and nxt is not None and nxt.pos[0] == "助詞" and nxt.surface != "の" \
                and any(t.lemma == "詰める" for t in tokens[i + 2:i + 6]):
            return "わた"  # 綿は少しずつ詰める
        return None
    if surface == "麻生":
        if glued(token, nxt) and nxt.surface == "地" \
                and not (glued(nxt, after) and after.pos[0] == "名詞" and after.pos[1] != "数詞"):
            return "あさき"  # 麻|生地 (麻生地のシャツ)
        return None
    # 地
    if reading == "ち" and glued(prev, token) and prev.surface == "麻生" \
            and not (glued(token, nxt) and nxt.pos[0] == "名詞" and nxt.pos[1] != "数詞"):
        return "じ"  # 麻生|地: linen cloth
    if reading == "ち" and nxt is not None and nxt.surface == "の" and after is not None \
            and glued(nxt, after) and after.surface[:1] == "目" and _has(tokens, i, _CLOTH_CUES):
        return "じ"  # 地の目線 (the grain)
    return None
