"""Fashion words (magazine copy, shop styling notes, size charts) Sudachi reads in another sense.

- 前 glued before a part of a garment (前丈, 前ボタン, 前ポケット, 前ファスナー, 前スリット) is the front, まえ,
  as in 後ろ丈 and the lexicon's 前身頃, 前立て; readings.py reads 前 opening a phrase before a noun as ぜん
  ("the previous": 前シーズン, 前社長), which stays before every other noun.
- 地 glued after a fabric or a garment (デニム地, ニット地, ウール地, コート地, スーツ地, 着物地) is the cloth,
  じ, as in the lexicon's 服地, 浴衣地, タオル地; Sudachi reads the split-off 地 ち (ground, a place), which
  stays after other words (リゾート地, キャンプ地, 観光地).
- 物 that Sudachi reads ぶつ as a suffix after a loanword (ブランド物, レア物, ヴィンテージ物, イタリア物) or after
  a kind of goods (年代物, 輸入物, 限定物, 一点物) is goods of that kind, もの, like the lexicon's 季節物 and
  夏物 (a story of a genre, 推理物, is books.py's); after other Sino words it stays ぶつ (危険物, 印刷物,
  郵便物, 添加物).
- 格子 glued after a pattern's or a frame's name (千鳥格子, 弁慶格子, 窓格子, 縦格子) voices, ごうし, as in the
  lexicon's 鉄格子; after a Sino word of science it stays こうし (結晶格子, 空間格子).
- 花柄 glued after the prefix 小 (小花柄) is the こばな of 小花, ばながら; Sudachi leaves はながら. 花柄 alone
  or after other words stays はながら.
- 上手 and 下手 that Sudachi reads かみて, しもて (the stage's sides) glued after a verb's stem or a noun of
  doing (着回し上手, 話し上手, 収納上手) are skill, じょうず and へた, like the lexicon's 聞き上手; after a place
  (舞台上手, games.py) or a particle (舞台の上手) they are left alone.
- 様 that Sudachi takes for the よう of ように, between a particle other than の and に + なる (一枚で様になる,
  シャツも様になります), is さま, "looking the part"; after の, この, a verb or a tense it stays よう
  (雨の様に, この様になる, 言った様に).
- 留め glued after a noun or a loanword (ボタン留め, スナップ留め, ホック留め, ピン留め) is a fastening and
  voices, どめ, as in the lexicon's 帯留め; after a particle or a number it stays とめ.
- 丈 that Sudachi takes for the old particle だけ glued after a number and 分 (丈は九分丈) is the length,
  たけ, as in 七分丈 and 九分丈 elsewhere.
- A numeral one to nine glued before つ and a garment's part (四つ穴ボタン よつあな, 三つ揃いのスーツ みつぞろい,
  四つ編み よつあみ, 三つボタンのジャケット みつ) takes the compound's native form, as gourmet.py's 三つ折り;
  揃い there voices (ぞろい). ボタン only before の or a glued noun: 三つボタンを外す (three buttons) stays
  みっつ, and 三つの穴 (encyclopedia.py) みっつ.
- 着 that Sudachi reads ちゃく (the counter) after a list number and glued before 丈 (①着丈：六十二センチ) is the
  き of 着丈, きたけ, as it is read whole elsewhere; 一着, 三着まで are left alone.
- 品 that Sudachi reads しな (an article) before の or が and ある, 良い or ない (品のある着こなし, 品の良いデザイン,
  品がない) is grace, ひん, as in 品よく; after の or この it stays an article (お祝いの品が届いた, この品の良さ).
- 羽根 glued after 内 or 外 is the lacing of a shoe, ばね (内羽根のストレートチップ うちばね, 外羽根 そとばね);
  Sudachi reads はね (a feather, a blade), which stays elsewhere (鳥の羽根, 羽根つき餃子) and in a sentence
  with no shoe, lace or leather in it (扇風機の外羽根).
- 冬 glued after 今秋, 来秋 or 昨秋 and 夏 glued after 今春, 来春 or 昨春 close a season's name, 秋冬 しゅうとう and
  春夏 しゅんか (今秋冬のトレンド こんしゅうとう, 来春夏コレクション らいしゅんか); Sudachi reads the split-off
  ふゆ, なつ. 秋冬 and 春夏 alone are left alone (あきふゆ and しゅうとう are both said).

大|人流 (大人流 おとなりゅう) is a miscut in compounds.py.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_has

# The parts of a garment 前 is the front of (a loanword or a kanji noun glued after it).
_FRONT_PARTS = frozenset({"丈", "ボタン", "ポケット", "ファスナー", "ジップ", "スリット", "タック", "プリーツ",
                          "ヨーク", "裾", "身頃", "見頃", "立て", "開き", "あき", "中心", "リボン"})
# Fabrics and garments whose cloth is a 地 じ.
_CLOTH_OF = frozenset({"デニム", "ニット", "ジャージ", "ジャージー", "ウール", "コットン", "リネン", "シルク",
                       "ツイード", "フランネル", "ネル", "サテン", "レース", "ベロア", "コーデュロイ", "ガーゼ",
                       "スーツ", "コート", "シャツ", "ドレス", "ワンピース", "ブラウス", "スカート", "カーテン",
                       "着物", "洋服", "帯", "羽織", "麻", "絹", "木綿", "縮緬", "紬", "毛織"})
# Kinds of goods a 物 もの is (Sino words; a loanword before 物 is enough by itself).
_GOODS_KINDS = frozenset({"年代", "輸入", "舶来", "外国", "海外", "限定", "一点", "中古", "本場", "国産", "別注"})
# What a voiced 格子 ごうし is glued after: patterns and frames, not science (結晶格子 こうし).
_LATTICE_OF = frozenset({"千鳥", "弁慶", "翁", "窓", "木", "竹", "縦", "横", "角", "菱", "出", "連子"})
# What 品 ひん (grace) has, lacks or is: 品のある, 品の良い, 品がない.
_GRACEFUL = frozenset({"ある", "有る", "良い", "よい", "いい", "無い", "ない"})
# What says a 内羽根 is a shoe's (not a fan's inner blade).
_SHOE_CUES = ("靴", "シューズ", "式", "チップ", "ダービー", "オックスフォード", "ブーツ", "紐", "ひも", "革")
_SEASON_PAIRS = {"冬": (("今秋", "来秋", "昨秋"), "とう"), "夏": (("今春", "来春", "昨春"), "か")}
_SKILL = {"上手": ("かみて", "じょうず"), "下手": ("しもて", "へた")}
# A numeral inside such a word, without the doubled consonant of 三つ みっつ (as gourmet.py's 三つ折り みつ).
_NATIVE_IN_COMPOUND = {"一": "ひと", "二": "ふた", "三": "み", "四": "よ", "五": "いつ", "六": "む", "七": "なな",
                       "八": "や", "九": "ここの"}
# A garment's parts a numeral + つ makes one word with (四つ穴 よつあな, 三つ揃い みつぞろい).
_COUNTED_PARTS = frozenset({"穴", "編み", "揃い", "揃え", "ボタン"})
# all fashion_fix looks at
WORDS = frozenset({"前", "地", "羽根", "着", "品", "物", "格子", "花柄", "上手", "下手", "様", "留め", "丈", "揃い",
                   "揃え", *_SEASON_PAIRS, *_NATIVE_IN_COMPOUND})


def fashion_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "前":
        if reading == "ぜん" and glued(token, nxt) and nxt.surface in _FRONT_PARTS:
            return "まえ"  # 前|丈, 前|ボタン: not 前|シーズン
        return None
    if surface == "地":
        if reading == "ち" and glued(prev, token) and prev.surface in _CLOTH_OF:
            return "じ"  # デニム|地: not リゾート|地
        return None
    if surface == "着":
        if reading == "ちゃく" and glued(token, nxt) and nxt.surface == "丈":
            return "き"  # ①|着|丈
        return None
    if surface == "品":
        return "ひん" if reading == "しな" and _grace(tokens, i) else None
    if surface == "羽根":
        if reading == "はね" and glued(prev, token) and prev.surface in ("内", "外") \
                and sentence_has(tokens, i, _SHOE_CUES):
            return "ばね"  # 内|羽根 うちばね
        return None
    if surface in _SEASON_PAIRS:
        after_season, closing = _SEASON_PAIRS[surface]
        if reading in ("ふゆ", "なつ") and glued(prev, token) and prev.surface in after_season:
            return closing  # 今秋|冬 こんしゅうとう
        return None
    if surface == "物":
        if reading == "ぶつ" and glued(prev, token) and (
                prev.surface in _GOODS_KINDS or is_katakana_word(prev.surface) and prev.pos[0] == "名詞"):
            return "もの"  # ブランド|物, 年代|物: not 危険物
        return None
    if surface == "格子":
        if reading == "こうし" and glued(prev, token) and prev.surface in _LATTICE_OF:
            return "ごうし"  # 千鳥|格子
        return None
    if surface == "花柄":
        if reading == "はながら" and glued(prev, token) and prev.surface == "小" and prev.pos[0] == "接頭辞":
            return "ばながら"  # 小|花柄 こばながら
        return None
    if surface in _SKILL:
        side, skill = _SKILL[surface]
        if reading == side and glued(prev, token) and (
                prev.pos[0] == "動詞" or prev.pos[0] == "名詞" and prev.pos[2] == "サ変可能"):
            return skill  # 着回し|上手, 収納|上手: not 舞台|上手
        return None
    if surface == "様":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "よう" and token.pos[0] == "形状詞" and prev is not None \
                and (prev.pos[0] == "助詞" and prev.surface != "の" or prev.surface == "で") \
                and nxt is not None and nxt.surface == "に" and after is not None and after.lemma == "なる":
            return "さま"  # 一枚で様になる: not 雨の様に
        return None
    if surface == "留め":
        if reading == "とめ" and token.pos[0] == "名詞" and glued(prev, token) and prev.pos[1] != "数詞" \
                and (prev.pos[0] == "名詞" or is_katakana_word(prev.surface)):
            return "どめ"  # ボタン|留め, ピン|留め
        return None
    if surface == "丈":
        if reading == "だけ" and i > 1 and glued(prev, token) and prev.surface == "分" \
                and tokens[i - 2].pos[1] == "数詞" and glued(tokens[i - 2], prev):
            return "たけ"  # 九|分|丈
        return None
    if surface in ("揃い", "揃え"):
        if reading.startswith("そろ") and i > 1 and tokens[i - 1].surface == "つ" and glued(prev, token) \
                and tokens[i - 2].pos[1] == "数詞" and glued(tokens[i - 2], prev):
            return "ぞ" + reading[1:]  # 三|つ|揃い みつぞろい
        return None
    # a numeral: 四|つ|穴
    if token.pos[1] == "数詞" and _counts_a_part(tokens, i):
        return _NATIVE_IN_COMPOUND[surface] if reading != _NATIVE_IN_COMPOUND[surface] else None
    return None


def _counts_a_part(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i], a numeral, opens 四|つ|穴 or 三|つ|ボタン|の (not after another numeral: 十四つ)."""
    prev = tokens[i - 1] if i > 0 else None
    if glued(prev, tokens[i]) and prev.pos[1] == "数詞":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if not (glued(tokens[i], nxt) and nxt.surface == "つ" and glued(nxt, after) and after.surface in _COUNTED_PARTS):
        return False
    if after.surface != "ボタン":
        return True
    beyond = tokens[i + 3] if i + 3 < len(tokens) else None  # 三つボタンのジャケット, 三つボタンスーツ
    return beyond is not None and (beyond.surface == "の" or glued(after, beyond) and beyond.pos[0] == "名詞")


def _grace(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i], 品, is grace: 品のある, 品の良い, 品がない, not after の or この (お祝いの品が届いた)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and (prev.surface == "の" or prev.pos[0] in ("連体詞", "名詞", "接頭辞")):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return nxt is not None and nxt.surface in ("の", "が") and after is not None \
        and after.lemma in _GRACEFUL and after.surface != "良"  # この品の良さ: 良|さ
