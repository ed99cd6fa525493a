"""Traditional arts and crafts (tea ceremony, ikebana, calligraphy, kimono, noh, kabuki, bunraku, rakugo,
pottery) words Sudachi reads in another sense or leaves unvoiced.

- 点前 glued after a noun names a kind of procedure and voices, でまえ (炭点前, 濃茶点前, 薄茶点前), as in
  the lexicon's 盆点前-style compounds; after お or a particle it stays てまえ (お点前, 風炉の点前).
- 噺 glued after a noun is a kind of rakugo story and voices, ばなし (人情噺, 怪談噺, 芝居噺), like the
  lexicon's 落とし噺; alone or after a particle it stays はなし (噺の稽古, まくらから噺に入る).
- 主 that Sudachi reads しゅ glued before 菓子 is the main sweet of a tea gathering, おも (主菓子 おもがし);
  主 before other nouns is left alone (主成分 しゅ).
- 一|重 glued before 太鼓 or まぶた is single, ひとえ (一重太鼓, 一重まぶた); Sudachi reads いち|じゅう, which
  stays before other words (一重に, a counter of layers elsewhere is left to the analyser).
- 四 before 拍子 in a sentence about the noh ensemble (鼓, 囃子, 能, 笛, 謡) is the four instruments, し
  (四拍子 しびょうし); a four-beat metre stays よん (四拍子の曲).
- 黒衣 in a sentence about a stage (歌舞伎, 文楽, 人形, 舞台, 芝居, 遣い, 観客) is the stagehand in black,
  くろご; Sudachi's こくい (black clothing) stays elsewhere (黒衣の男が立っていた).
- 上方 that Sudachi reads じょうほう glued before a performing art (落語, 漫才, 舞, 唄, 浄瑠璃) is Kyoto and
  Osaka, かみがた; before other words it stays (上方修正 じょうほう).
- 小 that Sudachi reads しょう glued before 拍子 is the rakugo desk clapper, こ, and that 拍子 voices
  (小拍子 こびょうし); 拍子 alone stays ひょうし.
- 楽 that Sudachi reads がく glued before 茶碗 is the Raku pottery, らく (楽茶碗); 楽 before other words is
  left alone.
- 草 after 行・ (or 行、) in the list of the three styles is the cursive style, そう (真・行・草, 楷・行・草);
  elsewhere 草 stays くさ (草・木・花).
- 色紙 that Sudachi reads いろがみ in a sentence about calligraphy or verse (書, 筆, 墨, 揮毫, 俳句, 短歌,
  飾) with no folding (折) is the square board, しきし (色紙に一字書を書いて飾った); games.py takes the
  autograph board; 色紙で鶴を折る stays いろがみ.
- 一 and 二 glued before the verb stem 巻き count turns natively, ひと and ふた (胴に二巻きする).
- 三代 that Sudachi takes for the place name みよ, glued after a common noun or before に or で, is three
  generations, さんだい (親子三代, 三代にわたり); before an honorific it stays.
- 本 glued after 謡 is the chant book and voices, ぼん (謡本 うたいぼん); 本 after other nouns is left alone.
- 翁 that Sudachi takes for a given name おう, not glued after a noun, is the old man and the noh play,
  おきな (「翁」は特別な演目); after a name (芭蕉翁) it is left alone.
- 長 that Sudachi reads ちょう glued before 半紙 is the long calligraphy sheet, なが (長半紙).
- 花 glued after 自由 is the free style of ikebana, か (自由花 じゆうか); 花 after other nouns is left alone.
- 右前 that Sudachi reads うぜん (baseball's right field) in a sentence about wearing kimono (着物, 浴衣,
  和服, 衿, 襟, 着付, 左前, 着方) with no batting is how the fronts overlap, みぎまえ.
- 印 that Sudachi reads しるし in a sentence about a seal's red paste or a signature seal (朱肉, 印泥, 落款,
  篆刻) is the seal, いん (落款の印は朱肉で押す); heritage.py takes 印を押す; 印をつける stays しるし.
- 仮名 in brackets right after a person's name or honorific is a pseudonym, かめい (山田太郎さん（仮名）,
  新・幸四郎（仮名）); elsewhere it is the kana script, かな (仮名で書く, 平仮名).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

_NOH_CUES = ("鼓", "囃子", "能", "笛", "謡")
_STAGE_CUES = ("歌舞伎", "文楽", "人形", "舞台", "芝居", "遣い", "観客", "客席", "浄瑠璃", "後見")
_KAMIGATA_ARTS = ("落語", "漫才", "舞", "唄", "浄瑠璃", "芸", "言葉")
_CALLIGRAPHY_CUES = ("書", "筆", "墨", "揮毫", "俳句", "短歌", "飾")
_KIMONO_CUES = ("着物", "浴衣", "和服", "衿", "襟", "着付", "左前", "着方", "身頃", "着せ")
_BATTING_CUES = ("打", "安打", "球")
_SEAL_CUES = ("朱肉", "印泥", "落款", "篆刻")
_NAME_ENDS = ("さん", "様", "氏", "君", "くん", "ちゃん")
_NATIVE = {"一": "ひと", "二": "ふた"}
_SINGLE_BEFORE = ("太鼓", "まぶた", "瞼")
# all traditional_fix looks at
WORDS = frozenset({"点前", "噺", "主", "一", "重", "四", "黒衣", "上方", "小", "拍子", "楽", "草", "色紙", "二",
                   "三代", "本", "翁", "長", "花", "右前", "印", "仮名"})


def traditional_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after_noun = glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞"
    if surface == "点前":
        return "でまえ" if reading == "てまえ" and after_noun else None  # 炭|点前
    if surface == "噺":
        return "ばなし" if reading == "はなし" and after_noun else None  # 人情|噺
    if surface == "主":
        return "おも" if reading == "しゅ" and glued(token, nxt) and nxt.surface == "菓子" else None
    if surface in _NATIVE and token.pos[1] == "数詞" and glued(token, nxt):
        if surface == "一" and reading == "いち" and nxt.surface == "重" and i + 2 < len(tokens) \
                and glued(nxt, tokens[i + 2]) and tokens[i + 2].surface.startswith(_SINGLE_BEFORE):
            return "ひと"  # 一|重|太鼓
        if nxt.surface == "巻き" and nxt.pos[0] == "動詞" and reading in ("いち", "に"):
            return _NATIVE[surface]  # 二|巻き
        return None
    if surface == "重":
        if reading == "じゅう" and glued(prev, token) and prev.surface == "一" and glued(token, nxt) \
                and nxt.surface.startswith(_SINGLE_BEFORE):
            return "え"  # 一|重|太鼓 ひとえ
        return None
    if surface == "四":
        if reading == "よん" and glued(token, nxt) and nxt.surface == "拍子" \
                and sentence_has(tokens, i, _NOH_CUES):
            return "し"  # 四拍子: the noh ensemble
        return None
    if surface == "黒衣":
        return "くろご" if reading == "こくい" and sentence_has(tokens, i, _STAGE_CUES) else None
    if surface == "上方":
        if reading == "じょうほう" and glued(token, nxt) and nxt.surface.startswith(_KAMIGATA_ARTS):
            return "かみがた"  # 上方|落語
        return None
    if surface == "小":
        if reading == "しょう" and glued(token, nxt) and nxt.surface == "拍子":
            return "こ"  # 小|拍子
        return None
    if surface == "拍子":
        if reading == "ひょうし" and glued(prev, token) and prev.surface == "小":
            return "びょうし"  # 小|拍子 こびょうし
        return None
    if surface == "楽":
        return "らく" if reading == "がく" and glued(token, nxt) and nxt.surface == "茶碗" else None
    if surface == "草":
        if reading == "くさ" and i > 1 and prev.surface in ("・", "、") and tokens[i - 2].surface == "行":
            return "そう"  # 真・行・草
        return None
    if surface == "色紙":
        if reading == "いろがみ" and sentence_has(tokens, i, _CALLIGRAPHY_CUES, others=True) \
                and not sentence_has(tokens, i, ("折",)):
            return "しきし"  # 色紙に一字書を書いた
        return None
    if surface == "三代":
        if reading == "みよ" and (after_noun or nxt is not None and nxt.surface in ("に", "で")):
            return "さんだい"  # 親子|三代
        return None
    if surface == "本":
        return "ぼん" if reading == "ほん" and glued(prev, token) and prev.surface == "謡" else None
    if surface == "翁":
        if reading == "おう" and not (glued(prev, token) and prev.pos[0] == "名詞"):
            return "おきな"  # 「翁」は特別な演目
        return None
    if surface == "長":
        return "なが" if reading == "ちょう" and glued(token, nxt) and nxt.surface == "半紙" else None
    if surface == "花":
        return "か" if reading == "はな" and glued(prev, token) and prev.surface == "自由" else None
    if surface == "印":
        return "いん" if reading == "しるし" and sentence_has(tokens, i, _SEAL_CUES) else None  # 落款の印
    if surface == "仮名":
        named = i > 1 and prev.surface in ("（", "(") and (tokens[i - 2].pos[2:3] == ("人名",)
                                                        or tokens[i - 2].surface in _NAME_ENDS)
        if reading == "かな" and named and nxt is not None and nxt.surface in ("）", ")"):
            return "かめい"  # 山田太郎さん（仮名）
        return None
    # 右前
    if reading == "うぜん" and sentence_has(tokens, i, _KIMONO_CUES) and not sentence_has(tokens, i, _BATTING_CUES):
        return "みぎまえ"  # 浴衣は右前に合わせる
    return None
