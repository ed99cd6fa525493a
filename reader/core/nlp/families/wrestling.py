"""Pro wrestling, boxing and mixed martial arts reports and fan writing: holds, titles and records.

- 極め (the verb 極める) whose object is a hold or a joint (関節技を極められた, 肘関節を極めに, 足四の字固めを
  極めた), or a bare limb with a bout word near (腕を極めてタップを奪った, 足首を極められ、悲鳴を上げた), is to
  lock a hold on, きめる; after を, Sudachi's adverb 極めて ("extremely") is this verb too (腕を極めて きめて).
  Sudachi reads きわめる ("to master"), which stays for any other object (料理の道を極める, 技を極める, 頂点を
  極めた) and for a limb with no bout word (職人の腕を極める). 極め glued before 技 (極め技, the finishing
  hold) is きめ too, as 決め技 is.
- 四 glued before の字 is よ, the shape of the numeral four (四の字固め よのじがため); and 固め glued after
  that 字 is the hold, がため (showbiz.py voices 固め after a one-kanji noun only with a bout word near).
  四の字 is not voiced otherwise: 四の位 stays with the lexicon and への字 has no kanji.
- 名 glued after a word ending in 技 is the name of a move, めい (技名, 必殺技名 ひっさつわざめい); Sudachi
  cuts 技|名 and reads な. 名 after any other noun is left alone (名 after a surname is another word).
- 止まり glued after a number that is glued after a noun (ベスト8止まり, トップ10止まり) is how far someone got,
  どまり; railway.py voices 止まり after a noun but never after a number, where it stays (3止まりの信号…).
- 上 that Sudachi takes as the suffix じょう glued after a part of the face or a limb (右目上をカット, 左膝上)
  is the place above it, うえ, as the lexicon's 眉上 and 膝上 are; 上 after other nouns (史上, 路上) stays.
- 上 and 下 that Sudachi takes as suffixes (じょう, か) glued after a number of weight classes (一階級上の王者,
  二階級下) are a step up or down, うえ and した, as beauty.py's ワンサイズ上 is; counters.py reads 一階級
  いっかいきゅう. 史上, 路上, 県下 are other words.
- 大観 glued before 衆 is 大 + 観衆, だいかん (四万人の大観衆 だいかんしゅう): Sudachi cuts 大観|衆 after a
  の and reads 大観 たいかん ("a broad view"), which stays on its own (大観する).
- 新日本 and 全日本 glued before a word ending in プロレス are the promotions' names, read にほん as the
  companies are (新日本プロレス しんにほん, 全日本女子プロレス ぜんにほん); Sudachi's にっぽん stays elsewhere
  (全日本選手権, 新日本製鐵 keep the lexicon's) and for 大日本プロレス, which is だいにっぽん.
- 前 read まえ glued before a title-holder (王者, チャンピオン, 社長…) right after た (敗れた前王者,
  引退した前チャンピオン) is "the former", ぜん; readings.py does this where the phrase opens a clause and
  bios.py after a particle. 前 after a noun (試合前), before の (敗れた前の日) or after a verb's plain form
  (引退する前社長, "before" or "former") is not this.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# Promotions' names say にほん, as their companies do (新日本プロレス しんにほん); Sudachi says にっぽん.
# Not 大日本: 大日本プロレス is だいにっぽん, as Sudachi has it.
_NIHON = frozenset({"新日本", "全日本"})
_STEPS = frozenset({"階級", "クラス"})  # what a step up or down is counted in: 一階級上 うえ
# All wrestling_fix looks at.
WORDS = frozenset({"極め", "極めて", "四", "固め", "名", "止まり", "上", "下", "前", "大観", *_NIHON})

# What a hold is locked on, enough on its own: 関節技を極められた, 十字固めを極め (any word ending in one).
_HOLDS = ("関節", "関節技", "十字", "固め", "ロック", "ホールド")
# Limbs a hold is locked on, only with a bout word in the sentence: 料理の腕を極める is mastering a craft.
_LIMBS = ("腕", "足", "足首", "首", "肘", "膝", "肩", "手首", "アキレス腱")
_BOUT_CUES = ("タップ", "ギブアップ", "試合", "勝", "ロープ", "寝技", "レフェリー", "一本", "悲鳴", "技", "リング",
              "マット", "相手", "王者", "挑戦者", "ラウンド")
# Parts of the face and limbs that 上 "above" is glued after: 右目上, 左膝上.
_ABOVE_PARTS = ("目", "眉", "瞼", "まぶた", "膝", "肘", "耳", "くるぶし", "踝")
# Title-holders 前 "the former" comes before.
_TITLE_HOLDERS = frozenset({"王者", "チャンピオン", "王", "社長", "会長", "監督", "知事", "市長", "首相", "大統領",
                            "代表", "理事長", "委員長", "コーチ", "エース"})


def _four_shape(tokens: list[Token], i: int) -> bool:
    """tokens[i] is glued before の and 字 (四の字)."""
    return i + 2 < len(tokens) and tokens[i + 1].surface == "の" and tokens[i + 2].surface == "字" \
        and glued(tokens[i], tokens[i + 1]) and glued(tokens[i + 1], tokens[i + 2])


def wrestling_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in ("極め", "極めて"):  # 極めて after を is the verb, not the adverb "extremely"
        if not reading.startswith("きわ") or token.lemma not in ("極める", "極めて"):
            return None
        if glued(token, nxt) and nxt.surface == "技":
            return "き" + reading[2:]  # 極め技 きめわざ
        obj = tokens[i - 2] if i > 1 else None
        if prev is None or prev.surface != "を" or obj is None:
            return None
        locked = obj.surface.endswith(_HOLDS) or obj.surface.endswith(_LIMBS) and sentence_has(tokens, i, _BOUT_CUES)
        return "き" + reading[2:] if locked else None  # 腕を極めてタップを奪った, not 道を極める
    if surface == "四":
        return "よ" if reading == "よん" and _four_shape(tokens, i) else None
    if surface == "固め":
        return "がため" if reading == "かため" and i > 2 and glued(prev, token) and prev.surface == "字" \
            and _four_shape(tokens, i - 3) else None
    if surface == "名":
        return "めい" if reading == "な" and glued(prev, token) and prev.surface.endswith("技") else None
    if surface == "止まり":
        before = tokens[i - 2] if i > 1 else None
        return "どまり" if reading == "とまり" and glued(prev, token) and prev.pos[1:2] == ("数詞",) \
            and glued(before, prev) and before.pos[0] == "名詞" and before.pos[1:2] != ("数詞",) else None
    if surface in ("上", "下"):
        if reading not in ("じょう", "か") or token.pos[0] != "接尾辞" or not glued(prev, token):
            return None
        if prev.surface in _STEPS and i > 1 and glued(tokens[i - 2], prev) and tokens[i - 2].pos[1:2] == ("数詞",):
            return "うえ" if surface == "上" else "した"  # 一階級上の王者, 二階級下
        return "うえ" if surface == "上" and prev.surface.endswith(_ABOVE_PARTS) else None
    if surface == "大観":
        return "だいかん" if reading == "たいかん" and glued(token, nxt) and nxt.surface == "衆" else None
    if surface in _NIHON:
        return reading.replace("にっぽん", "にほん") if "にっぽん" in reading and glued(token, nxt) \
            and nxt.surface.endswith("プロレス") else None
    if surface == "前":
        return "ぜん" if reading == "まえ" and glued(token, nxt) and nxt.surface in _TITLE_HOLDERS \
            and prev is not None and prev.surface in ("た", "だ") else None
    return None
