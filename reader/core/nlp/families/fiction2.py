"""Words of literary prose and light novels that Sudachi reads in another sense (second fiction review).

- 陽 standing alone before a particle is the sun, ひ (掌を陽に翳す, 陽に透ける若葉), as Sudachi itself reads
  陽が沈む; before に it takes 陽 for the adjectival noun よう. With 陰 in the sentence it is yang and stays
  よう (陰に陽に支える).
- 陰 and 陽 paired by と, に, や or ・ are yin and yang, いん and よう (陰と陽, 陽と陰が交わる); Sudachi reads
  かげ and ひ. A 陰 or 陽 in any other company is left alone (木の陰, 陽が沈む).
- 燻る's causative with smoke as its object is くゆらせる (煙草を燻らせながら, 紫煙を燻らせ, パイプを燻らせた),
  as in Sudachi's own 燻らす くゆらす; with other objects it stays くすぶらせる (不満を燻らせていた).
- 某 standing alone before a particle is the samurai's "I", それがし (「某が引き受けよう」, 「某は浪人でござる」);
  glued after a name or before a noun it is "a certain", ぼう (山田某, 某大手企業, 某所).
- 柄 after a sword and の, or in 柄に手をかける (reaching for a sword), is the hilt, つか (刀の柄, 脇差の柄に手を
  添えた, 柄に手をかけた); Sudachi reads がら (a pattern), which stays elsewhere (派手な柄, 傘の柄が可愛い).
- 君 glued after 姫, 尼 or a kin word is the honorific ぎみ (姫君, 母君, 兄君, 姉君, 妹君, 尼君), as in the lexicon's
  若君; Sudachi reads the split-off suffix くん, which stays after names (田中君).
- 等 glued after a pronoun or 奴 is the plural ら (僕等, 奴等, 彼女等), as Sudachi reads 彼等 and 俺等; after
  other nouns it stays とう (委員等, 子供等).
- 千夜 glued before 一夜 is a thousand nights, せんや (千夜一夜物語); Sudachi reads the name ちよ, which stays
  elsewhere (千夜さん).
- 何時 before までも is いつ (何時までも一緒に); a bare 何時まで may ask the hour and is left to forums.py.
- 一 and 二 glued before 太刀 count sword strokes natively, ひと and ふた (一太刀で斬り伏せた, 一太刀浴びせる),
  like 一振り and 一突き; Sudachi leaves いち, に.
- 項 the nape, うなじ, is the 項 of a person: after an adjective (白い項, 細い項), after a person's の (彼女の項),
  or with hair or a kiss about it (項に後れ毛がかかる); Sudachi's こう (an item, a clause) stays after この,
  その, 次の, 前 and in numbered clauses (この項では, 次の項, 第三項).
- 十 (and 二十 … 九十) glued before the counter 体 (statues, dolls, monsters) is じゅっ (ゴブリン十体 じゅったい,
  五十体の人形 ごじゅったい), as before 頭 and 着; Sudachi leaves じゅう. The counter table has no 体, so the
  number and 体 keep two rubies, and other numbers stay as read (六体 ろく, 三体 さん).
- 夜 glued before 毎 is よ (夜毎 よごと, like 日毎 ひごと); Sudachi's よる stays elsewhere (夜が明ける).
- 一片 (a shred: 一片の偽りもない, 一片の良心) is いっぺん: recipes.py's, beside the cloves of garlic.
- 上 glued after a parent or an elder sibling is the old respectful address, うえ (父上, 母上, 兄上), as
  Sudachi reads 姉上 and 叔父上; it reads the split-off suffix じょう, which stays after other words (席上, 途上).
- 鶏 glued after 一番 or 二番 is the cock that crows at dawn, どり (一番鶏が鳴いた); 鶏 alone stays にわとり.
- 埋める with a face, a head or the body as its object is うずめる (マフラーに顔を埋めた, 胸に顔を埋めて泣いた);
  Sudachi's うめる stays for filling and burying (穴を埋めた, 土に埋めた).
- 真一文字 and 一文字に結ぶ (lips pressed in a straight line) are まいちもんじ, いちもんじ; Sudachi reads 文字 もじ
  (and may take 真一 for the name しんいち), which stays elsewhere (一文字ずつ, 文字を書く, 真一さん).
- 間 after 奥の or 控えの is a room, ま (奥の間へ消えた, 控えの間で待つ), like the lexicon's 次の間; Sudachi's
  あいだ stays after other words (二人の間).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has

_PARTICLES = frozenset({"に", "が", "を", "の", "は", "も", "へ"})
_PAIRING = frozenset({"と", "に", "や", "・"})
_SMOKE = frozenset({"煙草", "タバコ", "たばこ", "紫煙", "煙", "パイプ", "葉巻", "煙管", "キセル", "シガー", "香",
                    "シガレット"})
# What a samurai's "I" is followed by (「某が参る」); a glued noun after it makes it "a certain".
_SELF_PARTICLES = frozenset({"は", "が", "に", "を", "の", "も", "こそ", "にて", "とて"})
_SWORDS = frozenset({"刀", "剣", "太刀", "大刀", "小刀", "短刀", "脇差", "脇差し", "刀剣", "日本刀", "軍刀", "木刀",
                     "長剣", "短剣", "大剣", "愛刀", "懐刀", "佩刀", "宝剣", "聖剣", "魔剣", "長刀", "大太刀"})
_KIN_BEFORE_GIMI = frozenset({"姫", "母", "父", "兄", "姉", "妹", "弟", "尼"})
_PLURAL_AFTER = frozenset({"奴", "僕"})  # Sudachi's nouns that take ら like the pronouns
_NATIVE_STROKE = {"一": ("いち", "ひと"), "二": ("に", "ふた")}
# What goes with a nape (hair falling on it, a kiss), and what makes 項 a clause of a text.
_NAPE_CUES = ("後れ毛", "髪", "襟足", "首筋", "口づけ", "口付け", "キス", "唇", "吐息", "うなじ", "肌")
_TEXT_CUES = ("規定", "条", "号", "記載", "参照", "本項", "前項", "次項", "各項", "項目", "資料", "表")
_COMPOUNDING = ("名詞", "接頭辞", "接尾辞", "代名詞")  # 前|項, 第三|項: a compound, a clause
_ELDERS = frozenset({"父", "母", "兄", "姉", "叔父", "叔母", "伯父", "伯母", "祖父", "祖母", "義父", "義母"})
_BURIED_IN = frozenset({"顔", "頭", "身", "鼻", "頬", "額", "体"})  # 顔を埋める うずめる
_TENS = frozenset({"十", "二十", "三十", "四十", "五十", "六十", "七十", "八十", "九十"})  # before 体: じゅっ
_ROOMS_BEFORE = frozenset({"奥", "控え", "控"})
# all fiction2_fix looks at
WORDS = frozenset({"陽", "陰", "燻ら", "某", "柄", "君", "等", "千夜", "何時", "間", "一", "二", "項", "上", "鶏",
                   "埋め", "埋める", "真一", "文字", "夜"}) | _TENS


def fiction2_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 2] if i > 1 else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface in ("陰", "陽"):
        other = "陽" if surface == "陰" else "陰"
        paired = (nxt is not None and nxt.surface in _PAIRING and after is not None and after.surface == other) or \
                 (prev is not None and prev.surface in _PAIRING and before is not None and before.surface == other)
        if paired:
            yin_yang = "いん" if surface == "陰" else "よう"
            return yin_yang if reading != yin_yang else None  # 陰と陽, 陰に陽に
        if surface == "陽" and reading == "よう" and token.pos[0] == "名詞" and glued(token, nxt) \
                and nxt.surface in _PARTICLES and not (glued(prev, token) and is_kanji(prev.surface[-1])) \
                and not sentence_has(tokens, i, ("陰",)):
            return "ひ"  # 陽に翳す: the sun
        return None
    if surface == "燻ら":
        if reading == "くすぶら" and prev is not None and prev.surface == "を" and before is not None \
                and before.surface in _SMOKE:
            return "くゆら"  # 煙草を燻らせ
        return None
    if surface == "某":
        if reading == "ぼう" and token.pos[0] == "名詞" and glued(token, nxt) and nxt.surface in _SELF_PARTICLES \
                and (prev is None or not glued(prev, token) or prev.pos[0] in ("補助記号", "助詞")):
            return "それがし"  # 「某が引き受けよう」
        return None
    if surface == "柄":
        if reading != "がら" or token.pos[0] != "名詞":
            return None
        if prev is not None and prev.surface == "の":
            return "つか" if before is not None and before.surface in _SWORDS else None  # 刀の柄
        reach = [t.surface if k < 3 else t.lemma for k, t in enumerate(tokens[i + 1:i + 5])]
        if reach in (["に", "手", "を", "かける"], ["に", "手", "を", "掛ける"]):
            return "つか"  # 柄に手をかけた: reaching for a sword
        return None
    if surface == "君":
        if reading == "くん" and glued(prev, token) and prev.surface in _KIN_BEFORE_GIMI:
            return "ぎみ"  # 姫君, 母君
        return None
    if surface == "等":
        if reading == "とう" and glued(prev, token) and (prev.pos[0] == "代名詞" or prev.surface in _PLURAL_AFTER):
            return "ら"  # 僕等, 奴等, 彼女等
        return None
    if surface == "千夜":
        if reading == "ちよ" and glued(token, nxt) and nxt.surface == "一夜":
            return "せんや"  # 千夜一夜
        return None
    if surface == "何時":
        if reading in ("なんじ", "なんどき") and nxt is not None and nxt.surface == "まで" and after is not None \
                and after.surface == "も" and glued(nxt, after):
            return "いつ"  # 何時までも
        return None
    if surface == "夜":
        return "よ" if reading == "よる" and glued(token, nxt) and nxt.surface == "毎" else None  # 夜|毎 よごと
    if surface in _NATIVE_STROKE:
        plain, native = _NATIVE_STROKE[surface]
        if reading == plain and token.pos[1] == "数詞" and glued(token, nxt) and nxt.surface == "太刀":
            return native  # 一太刀 ひとたち
        return None
    if surface in _TENS:
        if reading.endswith("じゅう") and token.pos[1] == "数詞" and glued(token, nxt) and nxt.surface == "体" \
                and nxt.reading == "たい":
            return reading[:-1] + "っ"  # 十体 じゅったい, 二十体 にじゅったい
        return None
    if surface == "項":
        if reading != "こう" or token.pos[0] != "名詞" or glued(prev, token) and prev.pos[0] in _COMPOUNDING \
                or sentence_has(tokens, i, _TEXT_CUES, others=True):
            return None  # 前|項, 第三項, この項では (規定): a clause
        person = prev is not None and prev.surface == "の" and before is not None and before.pos[0] == "代名詞" \
            and before.surface not in ("この", "その", "あの", "これ", "それ")  # 彼女の項
        pointed = prev is not None and prev.surface in ("この", "その", "あの", "次", "同")  # この項: a section
        if glued(prev, token) and prev.pos[0] == "形容詞" or person \
                or not pointed and sentence_has(tokens, i, _NAPE_CUES, others=True):
            return "うなじ"  # 白い項, 彼女の項, 項に後れ毛
        return None
    if surface == "上":
        if reading == "じょう" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.surface in _ELDERS:
            return "うえ"  # 父上, 母上
        return None
    if surface == "鶏":
        if reading == "にわとり" and glued(prev, token) and prev.surface in ("一番", "二番"):
            return "どり"  # 一番鶏
        return None
    if surface[:1] == "埋":
        if token.lemma == "埋める" and reading.startswith("うめ") and any(
                tokens[k].surface in _BURIED_IN and tokens[k + 1].surface == "を" for k in range(max(0, i - 4), i - 1)):
            return "うず" + reading[1:]  # 顔を埋めた
        return None
    if surface == "真一":
        return "まいち" if reading == "しんいち" and glued(token, nxt) and nxt.surface == "文字" else None
    if surface == "文字":
        if reading != "もじ" or not glued(prev, token):
            return None
        straight = prev.surface == "真一" or prev.surface == "一" and (
            glued(before, prev) and before.surface == "真"
            or nxt is not None and nxt.surface == "に" and after is not None and after.lemma in ("結ぶ", "引き結ぶ"))
        return "もんじ" if straight else None  # 真一文字に結ぶ, 口を一文字に結ぶ
    # 間
    if reading == "あいだ" and prev is not None and prev.surface == "の" and before is not None \
            and before.surface in _ROOMS_BEFORE and glued(before, prev):
        return "ま"  # 奥の間
    return None
