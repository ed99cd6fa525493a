"""Sequential voicing (rendaku) where the analyser puts it wrongly, in everyday web text.

- A word opening a phrase does not voice: after a particle, an auxiliary, a punctuation mark or at
  the start of a sentence, Sudachi sometimes picks the voiced entry its lexicon keeps for compounds
  (奥が深い ぶかい → ふかい, 届いた箱 ばこ → はこ). Adjectives are taken whenever the lexicon holds the
  same adjective with the plain sound; nouns only from a closed list of one-kanji words, because
  for most (分 ぶん/ふん, 台 だい/たい, 版 ばん/はん) the voiced reading is a word of its own: the list
  is what a scan of every one-kanji noun in the lexicon found Sudachi reading voiced on its own.
- A way of cutting, written as a noun + 切り that Sudachi splits (半月切り, 小口切り, いちょう切り,
  短冊切り), voices like the words it knows whole (輪切り わぎり, 千切り せんぎり): ぎり. Not after a
  number or a pronoun (一回切り, これ切り "only"), not before a noun (パン切りナイフ, a tool), and
  not for draining a liquid (油切り, 水切り). 半月 before it is はんげつ (the shape), not はんつき.
- Running out of something, a noun + 切れ that Sudachi splits (在庫切れ, 電池切れ, バッテリー切れ),
  voices like 期限切れ, 品切れ: ぎれ. A one-character noun before it is left alone (紙切れ かみきれ
  is a piece of paper).
- 使い glued after the occasion or place of use (普段使い, ご自宅使い, 毎日使い, オフィス使い) or a manner
  (色使い), or after what a look is put together with (小物使い, 柄使い, 二色使い, 差し色使い: any noun
  ending in 色) is how a thing is used, づかい; Sudachi splits it off and reads つかい, which stays for
  the one who handles something (魔法使い, 猛獣使い, 人形使い).
- 箱入り glued after a noun (化粧箱入り, 専用箱入り) is "in a … box" and voices like 桐箱入り and 木箱入り, which
  the lexicon holds whole: ばこいり; Sudachi reads the split-off 箱入り はこいり, which stays after a number,
  a prefix or a particle (一箱入り ひとはこ, お箱入り, 箱入り娘).
- 帰り glued after a common noun, the place one comes back from, voices like 仕事帰り, 里帰り, which
  Sudachi knows whole: がえり (会社帰りに, 美容室帰りの髪, ジム帰り). Not after 行き (行き帰り いきかえり),
  a name or a number, nor the verb (家に帰り).
- 顔 glued after a common noun, a kind of face or look (今年顔, 美人顔, 塩顔男子, ドヤ顔で, 女優顔の), voices
  like 笑顔, 寝顔, 猫顔, which Sudachi knows whole: がお. After a time or a group, words that are
  also adverbs, only at a sentence's end or before a katakana word (今年顔！, 今年顔メイク), never
  otherwise (全員顔をそろえた, みんな顔を出して, 最近顔全体から); nor before a verb only a face goes
  with (子供顔を洗って).
"""
from __future__ import annotations

from .numerals import NUM_CHARS
from .tokenizer import lexicon_readings
from .tokens import Token

_PLAIN = dict(zip("がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
                  "かきくけこさしすせそたちつてとはひふへほはひふへほ", strict=True))
# What may come before a word that opens a phrase (never the first part of a compound).
_PHRASE_BEFORE = ("助詞", "助動詞", "補助記号", "空白", "連体詞", "副詞", "接続詞", "感動詞")
# One-kanji nouns Sudachi reads voiced on their own, whose voiced reading is only a compound's.
_COMPOUND_ONLY_VOICING = frozenset({"箱", "函", "鉢"})
_LIQUIDS = frozenset({"油", "水", "湯", "汁"})
_CUT_AFTER = ("に", "の", "で")
# What voicing_fix can change at all: a voiced reading, or one of these words (so the caller can
# skip the call for the other words, most of them).
VOICED_STARTS = frozenset(_PLAIN)
# Occasions, places and manners of use after which 使い voices (普段使い ふだんづかい).
_USE_SCENES = frozenset({"普段", "自宅", "ご自宅", "毎日", "日常", "家庭", "ご家庭", "業務", "仕事", "旅行", "通勤",
                         "通学", "外出", "街", "部屋", "キッチン", "アウトドア", "デイリー", "オフィス", "ビジネス",
                         "色", "言葉", "普段着", "大人", "一年中", "お出かけ", "おでかけ",
                         # what a look is put together with (小物使いで差をつける, 柄使いが上手)
                         "小物", "柄"})
# Verbs said of the face itself (顔を出す, 顔を洗う): 顔 before them is the face, かお, whatever precedes.
_FACE_VERBS = frozenset({"出す", "見せる", "合わせる", "揃える", "そろえる", "洗う", "上げる", "赤らめる", "しかめる",
                         "覗かせる", "のぞかせる", "背ける", "曇らせる", "輝かせる", "見合わせる", "立てる", "潰す",
                         "つぶす", "売る", "伏せる", "近づける", "出る", "並べる", "拭く", "隠す", "向ける", "埋める"})
WORDS = frozenset({"半月", "切り", "切れ", "使い", "箱入り", "帰り", "顔"})


def voicing_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    glued_prev = prev is not None and prev.end == token.start
    if reading[:1] in _PLAIN and (not glued_prev or prev.pos[0] in _PHRASE_BEFORE or _ends_clause_word(prev)):
        plain = _PLAIN[reading[0]] + reading[1:]
        if token.pos[0] == "形容詞" and plain in lexicon_readings(token.lemma, ("形容詞",)) | \
                lexicon_readings(token.surface, ("形容詞",)):
            return plain  # 奥が深い: ふかい
        if token.surface in _COMPOUND_ONLY_VOICING and token.pos[0] == "名詞":
            return plain  # 届いた箱: はこ
    if token.surface == "半月" and reading == "はんつき" and _cut_after(tokens, i + 1):
        return "はんげつ"  # 半月切り: a half-moon shape
    if token.surface == "使い" and reading == "つかい" and glued_prev \
            and (prev.surface in _USE_SCENES or prev.pos[0] == "名詞" and prev.surface.endswith("色")):
        return "づかい"  # 普段使い, ご自宅使い, 二色使い
    if not glued_prev or token.pos[0] not in ("名詞", "接尾辞") or prev.pos[0] != "名詞" \
            or prev.pos[1] in ("数詞", "固有名詞"):
        return None
    if token.surface == "帰り" and reading == "かえり" and prev.surface not in ("行き", "往き", "行", "往"):
        return "がえり"  # 会社帰りに, 美容室帰りの髪
    if token.surface == "切り" and reading == "きり" and token.pos[0] == "接尾辞" \
            and prev.pos[2:3] == ("一般",) and prev.surface not in _LIQUIDS and prev.surface[0] not in NUM_CHARS \
            and _cut_after(tokens, i):
        return "ぎり"  # 小口切りにする, いちょう切りの大根
    if token.surface == "切れ" and reading == "きれ" and token.pos[0] == "名詞" and len(prev.surface) >= 2 \
            and prev.pos[2:3] != ("助数詞可能",):
        return "ぎれ"  # 在庫切れ, 電池切れ, バッテリー切れ
    if token.surface == "顔" and reading == "かお":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        verb = tokens[i + 2] if nxt is not None and nxt.surface in ("を", "が") and i + 2 < len(tokens) else None
        if verb is not None and verb.lemma in _FACE_VERBS:
            return None  # 子供顔を洗って: the face itself
        if prev.pos[2:3] == ("副詞可能",) and not _ends_look(nxt):
            return None  # 全員顔をそろえた, 最近顔全体から: a time or a group said as an adverb
        return "がお"  # 今年顔, 美人顔の, 塩顔男子
    if token.surface == "箱入り" and reading == "はこいり":
        return "ばこいり"  # 化粧|箱入り
    return None


def _ends_clause_word(prev: Token) -> bool:
    """An adjective (高い箱) or an adjectival or verbal suffix (使いやすい箱): words that end a
    modifier, never the first half of a compound."""
    return prev.pos[0] == "形容詞" and prev.surface.endswith("い") or \
        prev.pos[0] == "接尾辞" and prev.pos[1] in ("形容詞的", "動詞的")


def _ends_look(nxt: Token | None) -> bool:
    """What may follow a look named after a time (今年顔！, 今年顔メイク): the sentence's end or a katakana word."""
    return nxt is None or nxt.pos[0] == "補助記号" and nxt.surface in "。！!？?」" \
        or nxt.pos[0] == "名詞" and "\u30a1" <= nxt.surface[0] <= "\u30fa"


def _cut_after(tokens: list[Token], i: int) -> bool:
    """tokens[i] is 切り, glued after tokens[i - 1], and a particle (に, の, で) follows it."""
    if i <= 0 or i + 1 >= len(tokens):
        return False
    cut, nxt = tokens[i], tokens[i + 1]
    return cut.surface == "切り" and cut.start == tokens[i - 1].end and nxt.surface in _CUT_AFTER \
        and nxt.start == cut.end
