"""Folk-tale and fairy-tale words (昔話, 童話, picture books read aloud) Sudachi reads in a modern sense.

- 宮城 glued after 竜 is the sea king's palace, ぐうじょう (竜宮城 りゅうぐうじょう); Sudachi takes it for the
  prefecture みやぎ, which stays elsewhere (宮城県, 宮城に住む).
- 一寸 that Sudachi reads as the adverb ちょっと is one sun, いっすん, glued before 法師 (一寸法師, even after a
  title's space) or after a height (背丈が一寸しかない, 身の丈一寸); ちょっと stays otherwise (一寸待って).
- 都 that Sudachi reads as the Metropolis (と) is the old capital, みやこ, after の (月の都, 古の都), before
  へ or に and 上る (都へ上る), after an adjective (大きな都があった, 古い都の跡), or in a sentence of old times
  (姫, 殿様, 帝, 屋敷, 昔; 源氏, 平家, 東国: 光源氏が都を離れて) with nothing about Tokyo's government (知事,
  都庁, 職員, 発表): 都が新しい計画を発表 stays と.
- 機 before を and 織る is the loom, はた (機を織る, 機を織り続ける); き stays otherwise (機を逃す).
- 宝物 standing alone that Sudachi reads ほうもつ (a temple's treasure) is たからもの, the everyday word, unless
  the sentence is about a temple, a shrine or a museum (国宝, 寺, 拝観) or 宝物 is glued to a kanji (宝物館).
- お札 in a sentence of charms and monsters (山姥, 和尚, 小僧, 魔除け, 鬼) with no money about is a
  talisman, おふだ (小僧はお札を投げて); おさつ stays otherwise (お札を財布に入れた).
- 命 after a god's name that Sudachi reads with its の (須佐之男 すさのおの) is みこと (須佐之男命); the name's
  の already marks the title. 大国|主命 (Sudachi's たいこく|しゅうめい) is おおくに|ぬしのみこと.
- 妃 after お is a queen, きさき (お妃); 皇太子妃 and the like stay ひ.
- 鏡 that Sudachi takes for the suffix きょう after a call's よ is the mirror again, かがみ (鏡よ鏡);
  望遠鏡, 顕微鏡 stay.
- 童子 glued after 座敷 is the house spirit, わらし (座敷童子 ざしきわらし); どうじ stays elsewhere (童子像).
- 者 that Sudachi reads しゃ after a plain hiragana noun is a person called so, もの (村一番のとんち者);
  after kanji it stays しゃ (技術者, 参加者).
- 一 before 文無し is いち (一文無し いちもんなし), not the native ひと Sudachi gives.
- 種 after の and a fruit or a flower is a seed, たね (柿の種とおにぎり); この種の stays しゅ.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has

# What a city is poetically "the capital of": 月の都, 音楽の都 みやこ.
_CAPITAL_OF = frozenset({"月", "花", "水", "森", "杜", "古", "音楽", "芸術", "学問", "霧", "雪", "星", "夢"})
# What a sentence of old times holds, and what makes 都 Tokyo's government.
_OLD_TIMES = ("昔", "姫", "殿様", "帝", "屋敷", "平安", "奈良", "貴族", "公家", "法師", "鬼", "天皇", "牛車",
              "源氏", "平家", "東国", "宮中")
_TOKYO = ("知事", "都庁", "都議", "東京", "職員", "発表", "予算", "条例", "都内", "都民", "区", "政府", "感染",
          "要請", "補助", "支援")
_CLIMB = frozenset({"上る", "上がる", "のぼる", "登る"})
_HEIGHTS = frozenset({"背丈", "身の丈", "丈", "背", "身長", "長さ", "高さ"})
# A temple's, shrine's or museum's treasure keeps ほうもつ.
_TEMPLE = ("寺", "神社", "国宝", "宝物館", "正倉院", "文化財", "仏", "拝観", "奉納", "博物館", "社宝", "寺宝",
           "展示", "神宮", "宮司", "住職")
_CHARM_CUES = ("山姥", "和尚", "小僧", "魔除け", "護符", "妖怪", "幽霊", "化け", "鬼", "悪霊", "貼")
_MONEY = ("財布", "円", "両替", "お金", "現金", "紙幣", "硬貨", "小銭", "銀行", "枚数")
_FRUITS = frozenset({"柿", "桃", "梨", "栗", "瓜", "梅", "林檎", "りんご", "リンゴ", "みかん", "ぶどう", "西瓜",
                     "すいか", "スイカ", "南瓜", "かぼちゃ", "ひまわり", "朝顔", "花", "豆", "麦", "稲", "草花",
                     "野菜", "果物", "木"})
# all folktales_fix looks at
WORDS = frozenset({"宮城", "一寸", "都", "機", "宝物", "お札", "命", "大国", "主命", "妃", "鏡", "童子", "者", "一",
                   "種"})


def folktales_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface == "宮城":
        return "ぐうじょう" if reading == "みやぎ" and glued(prev, token) and prev.surface == "竜" else None
    if surface == "一寸":
        if reading != "ちょっと":
            return None
        if glued(token, nxt) and nxt.surface == "法師":
            return "いっすん"  # (第三話　)一寸|法師
        before = tokens[i - 2] if i > 1 else None
        if prev is not None and (prev.surface in _HEIGHTS or prev.surface in ("が", "は") and before is not None
                                 and before.surface in _HEIGHTS):
            return "いっすん"  # 背丈が一寸しかない
        return None
    if surface == "都":
        return _old_capital(tokens, i, reading)
    if surface == "機":
        if reading == "き" and nxt is not None and nxt.surface == "を" and after is not None \
                and after.lemma == "織る":
            return "はた"  # 機を織る: the loom
        return None
    if surface == "宝物":
        if reading == "ほうもつ" and not (glued(token, nxt) and is_kanji(nxt.surface[0])) \
                and not sentence_has(tokens, i, _TEMPLE, others=True):
            return "たからもの"  # 鬼たちは宝物を差し出した
        return None
    if surface == "お札":
        if reading == "おさつ" and sentence_has(tokens, i, _CHARM_CUES, others=True) \
                and not sentence_has(tokens, i, _MONEY, others=True):
            return "おふだ"  # 小僧はお札を投げて
        return None
    if surface == "命":
        if reading == "めい" and glued(prev, token) and prev.pos[2:3] == ("人名",) and prev.pos[3:4] != ("姓",) \
                and prev.reading.endswith("の"):
            return "みこと"  # 須佐之男(すさのおの)|命
        return None
    if surface == "大国":
        return "おおくに" if reading == "たいこく" and glued(token, nxt) and nxt.surface == "主命" else None
    if surface == "主命":
        return "ぬしのみこと" if reading == "しゅうめい" and glued(prev, token) and prev.surface == "大国" else None
    if surface == "妃":
        return "きさき" if reading == "ひ" and glued(prev, token) and prev.surface in ("お", "御") else None
    if surface == "鏡":
        if reading == "きょう" and glued(prev, token) and prev.pos[0] != "名詞" \
                and all("ぁ" <= ch <= "ゖ" for ch in prev.surface):
            return "かがみ"  # 鏡よ|鏡: a call, not the suffix of 望遠鏡
        return None
    if surface == "童子":
        return "わらし" if reading == "どうじ" and glued(prev, token) and prev.surface == "座敷" else None
    if surface == "者":
        if reading == "しゃ" and token.pos[0] == "接尾辞" and glued(prev, token) \
                and prev.pos[:2] == ("名詞", "普通名詞") and all("ぁ" <= ch <= "ゖ" for ch in prev.surface):
            return "もの"  # とんち|者
        return None
    if surface == "一":
        return "いち" if reading == "ひと" and glued(token, nxt) and nxt.surface.startswith("文無") else None
    if surface == "種":
        before = tokens[i - 2] if i > 1 else None
        if reading == "しゅ" and prev is not None and prev.surface == "の" and before is not None \
                and before.surface in _FRUITS:
            return "たね"  # 柿の種
        return None
    return None


def _old_capital(tokens: list[Token], i: int, reading: str) -> str | None:
    """みやこ for a 都 of old times (月の都, 都へ上る, 都の屋敷 in a tale), or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if reading == "と" and prev is not None and prev.surface == "の" and i > 1 \
            and tokens[i - 2].surface in _CAPITAL_OF and glued(tokens[i - 2], prev):
        return "みやこ"  # 音楽の都, 花の都: a poetic capital, even beside Tokyo's government
    if reading != "と" or token.pos[0] != "名詞":
        return None
    if glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞") or glued(token, nxt) and is_kanji(nxt.surface[0]):
        return None  # 東京|都, 1都1道: the Metropolis
    if sentence_has(tokens, i, _TOKYO, others=True):
        return None
    if prev is not None and prev.surface == "の" and i > 1 and tokens[i - 2].pos[0] == "名詞":
        return "みやこ"  # 月の都, 古の都
    if glued(prev, token) and (prev.pos[0] == "形容詞" or prev.surface in ("大きな", "小さな")):
        return "みやこ"  # 大きな都, 古い都: the Metropolis is one, so a described 都 is a capital
    if nxt is not None and nxt.surface in ("へ", "に") and after is not None and after.lemma in _CLIMB:
        return "みやこ"  # 都へ上る
    if nxt is not None and nxt.pos[0] == "助詞" and sentence_has(tokens, i, _OLD_TIMES, others=True):
        return "みやこ"  # 都の大きな屋敷で働く
    return None
