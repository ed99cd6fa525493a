"""Real-estate listings and housing articles (間取り, 住戸, 土地, 登記) that Sudachi reads in another sense.

- 角 glued before 住戸, 区画, 住宅 or 物件 is the corner one, かど (角住戸 かどじゅうこ, 角区画, like the
  lexicon's 角部屋 and 角地); Sudachi reads the noun かく (an angle), which stays before other words
  (角度, 角を成す) and where nothing is glued after it.
- 中 glued before 住戸 is the unit between the corner ones, なか (中住戸 なかじゅうこ, beside 角住戸 and
  the lexicon's 中部屋 なかべや); Sudachi's prefix ちゅう stays before every other noun (中規模, 中学年).
- 東南角 and 西南角, which Sudachi takes for place names (とうなんかく), glued before 部屋, 住戸 or 区画
  are a corner so placed, かど, and 部屋 after them voices, べや (東南角部屋 とうなんかどべや, as
  南西|角部屋 reads). Before の or alone they are left alone.
- 三口, which Sudachi takes for a place, みつくち, glued to a common noun counts burners (三口ガスコンロ):
  Sudachi's own みくち, as it reads 三口コンロ (さんくち is heard too; both are left as they are). Before
  まで, 以上 or ずつ it counts shares, さんくち (寄付は三口まで), as the counter table reads 3口. Before an
  honorific (三口さん) it stays the name.
- 下, which Sudachi takes for the suffix か ("under the rule of": 管理下, 影響下), glued after stairs, a
  bed, a sink or a seat (階段下収納, ベッド下, 座席下, コンロ下) is the space under it, した; after
  other nouns (コロナ下, 管理下, 占領下) it stays か. 台下 (だいか) glued after 洗面 or 流し is the
  space under the basin, だいした (洗面台下収納).
- 筆|界, which Sudachi splits into 筆 ふで and the suffix 界, is the boundary between registered lots,
  ひっかい (筆界特定制度), like 一筆 いっぴつ and 分筆 ぶんぴつ; a lone 筆 (筆を執る) stays ふで.
- 固 that Sudachi takes for the adjective 固い (かた) glued before 都税 is the 固 of 固定資産税, こ
  (固都税 ことぜい, fixed-asset and city-planning tax).
- 方, the suffix Sudachi reads ほう after the numeral 三, is a side, ぽう (三方を道路に囲まれた さんぽう,
  like the lexicon's 四方 しほう and 八方 はっぽう); after お or 御 it counts people, かた (お三方). Before
  角地 a lot faces roads on so many sides: 三方 (Sudachi's place name みかた) and 二方 (ふたかた) glued
  before 角地 read さんぽう, にほう, and 方角 (ほうがく) glued between 三 or 二 and 地 is ぽうかど, ほうかど
  (三|方角|地 さんぽうかどち); 方角 elsewhere (方角が悪い) is left alone.
- 隣 glued before 棟 is the Sino-Japanese りん (隣棟間隔 りんとうかんかく, like 隣地 and 隣家); a lone
  隣 (隣の部屋) stays となり.
- 何分, which Sudachi reads as the adverb なにぶん ("after all"), after 徒歩, から or まで, or before か,
  かかる, くらい, ほど, 後 or ですか, asks how many minutes, なんぷん (駅から徒歩何分か, 駅まで何分かかりますか).
  At a clause's start (何分、初めてなので) it is not touched.
- 十分, which Sudachi reads じゅうぶん ("enough"), after a vehicle and で (車で, バスで, 自転車で) in a
  sentence that says where to (まで) or from (から), and before a stop, a comma, の or ほど, is ten
  minutes, じゅっぷん (ショッピングモールまで車で十分。); writing.py reads 徒歩十分 so. Before a verb
  (駅まで車で十分行ける) or です (駅まで自転車で十分です, which may be either) it stays "enough".
- 貸し glued after a common noun and not followed by a verb's ending (ワンフロア貸し, 時間貸しの駐車場) is
  letting by that unit and voices, がし, like the lexicon's 一棟貸し; a verb going on (全部貸した, 半分貸して)
  stays かし.
- 通っ, which Sudachi takes for 通う (かよっ, attend), after an exam or a screening and に is 通る,
  passing it, とおっ (ローンの事前審査に通った, 試験に通って); after a school or a place (学校に通った)
  it stays かよっ.
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued

_CORNER_UNITS = ("住戸", "区画", "住宅", "物件")
_CORNER_PLACES = frozenset({"東南角", "西南角"})  # Sudachi's place names; 南西角, 南東角 split right
_COUNT_AFTER = frozenset({"まで", "以上", "以下", "ずつ", "分"})
# what has a space under it that a listing offers: 階段下収納, ベッド下, コンロ下
_UNDER_PARTS = frozenset({"階段", "ベッド", "座席", "椅子", "いす", "イス", "コンロ", "シンク", "ソファ",
                          "ソファー", "デスク", "テーブル", "布団", "ふとん", "こたつ", "キッチン", "カウンター",
                          "ロフト", "吊戸棚", "吊り戸棚", "食器棚", "本棚", "下駄箱", "靴箱"})
_BASINS = frozenset({"洗面", "流し", "調理"})
_SIDES = {"三": "ぽう", "二": "ほう"}  # 三|方角|地: the 方 after the numeral
_SIDES_WORDS = {"三方": "さんぽう", "二方": "にほう"}
_MINUTES_AFTER = frozenset({"徒歩", "から", "まで"})
_MINUTES_BEFORE = frozenset({"か", "くらい", "ぐらい", "位", "ほど", "程", "後", "以内", "おき", "ごと"})
_VEHICLES = frozenset({"車", "自動車", "バス", "電車", "自転車", "タクシー", "地下鉄", "バイク"})
_TEN_MINUTES_BEFORE = frozenset({"。", "、", "の", "ほど", "程", "程度", "くらい", "ぐらい", "位", "圏内"})
_ENDINGS = (("助動詞",), ("助詞", "接続助詞"))  # 貸し|た, 貸し|て: the verb goes on
_SCREENINGS = ("審査", "試験", "選考", "面接", "検査", "予選", "入試", "テスト", "オーディション", "車検")
# all realestate_fix looks at
WORDS = frozenset({"角", "中", "部屋", "三口", "下", "台下", "筆", "固", "方", "方角", "三方", "二方", "隣",
                   "何分", "十分", "通っ", "貸し"}) | _CORNER_PLACES


def realestate_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "角":
        if reading == "かく" and glued(token, nxt) and nxt.surface in _CORNER_UNITS:
            return "かど"  # 角|住戸
        return None
    if surface == "中":
        if reading == "ちゅう" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface == "住戸":
            return "なか"  # 中|住戸
        return None
    if surface in _CORNER_PLACES:
        if reading.endswith("かく") and glued(token, nxt) and nxt.surface in ("部屋", "住戸", "区画"):
            return reading[:-2] + "かど"  # 東南角|部屋
        return None
    if surface == "部屋":
        if reading == "へや" and glued(prev, token) and prev.surface in _CORNER_PLACES:
            return "べや"  # 東南角|部屋
        return None
    if surface == "三口":
        if reading not in ("みくち", "みつくち") or nxt is not None and nxt.surface.startswith(HONORIFICS):
            return None
        if nxt is not None and nxt.surface in _COUNT_AFTER:
            return "さんくち"  # 寄付は三口|まで
        if reading == "みつくち" and (glued(token, nxt) and nxt.pos[:2] == ("名詞", "普通名詞")
                                     or glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞")):
            return "みくち"  # 三口|ガスコンロ, as Sudachi reads 三口|コンロ
        return None
    if surface == "下":
        if reading == "か" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.surface in _UNDER_PARTS:
            return "した"  # 階段|下|収納
        return None
    if surface == "台下":
        if reading == "だいか" and glued(prev, token) and prev.surface in _BASINS:
            return "だいした"  # 洗面|台下
        return None
    if surface == "筆":
        if reading == "ふで" and glued(token, nxt) and nxt.surface == "界":
            return "ひっ"  # 筆|界
        return None
    if surface == "固":
        if reading == "かた" and glued(token, nxt) and nxt.surface == "都税":
            return "こ"  # 固|都税
        return None
    if surface == "方角":
        if reading == "ほうがく" and glued(prev, token) and prev.surface in _SIDES and prev.pos[1] == "数詞" \
                and glued(token, nxt) and nxt.surface == "地":
            return _SIDES[prev.surface] + "かど"  # 三|方角|地 (the numeral keeps its own ruby, さん)
        return None
    if surface in _SIDES_WORDS:
        if glued(token, nxt) and nxt.surface == "角地" and reading != _SIDES_WORDS[surface]:
            return _SIDES_WORDS[surface]  # 三方|角地
        return None
    if surface == "隣":
        if reading == "となり" and glued(token, nxt) and nxt.surface == "棟":
            return "りん"  # 隣|棟|間隔
        return None
    if surface == "何分":
        if reading == "なにぶん" and (prev is not None and prev.surface in _MINUTES_AFTER
                                    or nxt is not None and (nxt.surface in _MINUTES_BEFORE
                                                            or nxt.lemma in ("掛かる", "かかる"))
                                    or nxt is not None and nxt.surface == "です" and i + 2 < len(tokens)
                                    and tokens[i + 2].surface == "か"):
            return "なんぷん"  # 駅から何分, 何分かかりますか
        return None
    if surface == "十分":
        if reading == "じゅうぶん" and i > 1 and prev.surface == "で" and tokens[i - 2].surface in _VEHICLES \
                and (nxt is None or nxt.surface in _TEN_MINUTES_BEFORE) \
                and any(t.surface in ("まで", "から") for t in tokens[:i - 2]):
            return "じゅっぷん"  # 駅まで車で十分。
        return None
    if surface == "貸し":
        if reading == "かし" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞") \
                and prev.pos[2:3] != ("副詞可能",) \
                and not (nxt is not None and (nxt.pos[:1] in _ENDINGS or nxt.pos[:2] in _ENDINGS)):
            return "がし"  # ワンフロア|貸し
        return None
    if surface == "通っ":
        if reading == "かよっ" and token.lemma == "通う" and i > 1 and prev.surface == "に" \
                and tokens[i - 2].surface.endswith(_SCREENINGS):
            return "とおっ"  # 審査に通った
        return None
    if surface == "方":
        if reading == "ほう" and glued(prev, token) and prev.surface == "三" and prev.pos[1] == "数詞":
            before = tokens[i - 2] if i > 1 else None
            return "かた" if glued(before, prev) and before.surface in ("お", "御") else "ぽう"  # 三|方
        return None
    return None
