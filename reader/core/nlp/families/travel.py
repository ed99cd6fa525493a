"""Travel and eating-out words (hotel and onsen pages, guides, restaurant reviews) Sudachi reads in another sense.

- 狩り glued after a noun is a picking or gathering outing and voices, がり (ぶどう狩り, 果物狩り, キノコ狩り,
  みかん狩り), like the lexicon's いちご狩り and 紅葉狩り; Sudachi splits it off and reads かり, which stays
  after a particle or alone (狩りをする, 狩りの季節).
- 地 glued before a katakana drink or food is "local", じ (地ビール, 地ワイン, 地サイダー), like 地酒 and
  地魚 in the lexicon; Sudachi reads the split-off 地 ち ("ground"), which stays before other words
  (地デジ).
- 棟 glued after a noun other than a number is a building of a site, とう (シャワー棟, 管理棟, 本館棟, トイレ棟),
  as in 病棟; Sudachi reads the split-off 棟 むね (a roof's ridge). After a number the counter table reads it.
- 太 that Sudachi takes for the given name ふとし, glued before a common noun, is the adjective's stem,
  ふと (太麺 ふとめん, like 細麺 ほそめん and the lexicon's 太巻き, 太字).
- 便 after 交通の or アクセスの is convenience, べん (交通の便が良い, アクセスの便が悪い); Sudachi reads
  びん (a flight, a delivery), which stays elsewhere (午後の便, 臨時便).
- 下り that Sudachi takes for the verb 下りる (おり), glued before a train or a line (下り列車, 下り電車, 下り方面),
  is the outbound direction, くだり, as in the lexicon's 下り線 and beside 上り列車 のぼり.
- 盛 that Sudachi takes for 盛ん (さかん) glued after a portion size (並盛, 大盛, 特盛) is the serving, もり
  (並盛でも十分 なみもり).
- 三種 that Sudachi takes for a name (みたね) glued before a noun is three kinds, さんしゅ (三種盛り, 三種セット),
  like 二種 and 五種.
- 粥 glued after a noun is rice porridge and voices, がゆ (温泉粥, 白粥), as in the lexicon's 七草粥 and 中華粥;
  Sudachi gives the split-off 粥 an odd じょう.
- 羽田 that Sudachi takes for the surname はた is the airport, はねだ, glued before 行き, 発, 着 or 便 (羽田行き,
  羽田発) or in a sentence about flying (羽田から那覇へ飛んだ, 羽田の国際線); before an honorific or a given
  name it stays the surname (羽田さん, 羽田孜 はた).
- 一 and 二 glued before 組 count parties of guests natively, ひと and ふた (一組五十分制, 二組の家族, like 一部屋);
  Sudachi leaves いち, に. After 年 they number a school class and are left alone (三年二組 に).
- お札 in a sentence about a shrine or a temple (授与所, お守り, 神社, 御朱印, 神棚) with no money about is the
  talisman, ふだ; Sudachi reads さつ (a banknote), which stays otherwise (お札を財布に入れた).
- 市場 glued after a seafood or morning word is a market hall one visits, いちば (海鮮市場, 鮮魚市場, 青空市場),
  and so is a 市場 in a sentence about eating or shopping there (市場の二階に食堂がある, 市場で食べ歩き,
  観光客向けの市場, 四時にはセリが始まる) with nothing about trade or prices; Sudachi reads しじょう (the
  market in economics), which stays otherwise (株式市場, 市場の動向, 中央卸売市場).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_has, sentence_of

_LOCAL_GOODS = ("ビール", "ワイン", "サイダー", "ウイスキー", "ウィスキー", "ソーセージ", "ハム", "チーズ", "コーラ")
_CONVENIENCE_OF = frozenset({"交通", "アクセス"})
_MARKET_KINDS = frozenset({"海鮮", "鮮魚", "朝", "魚介", "漁港", "青空"})
# What makes a 市場 a hall to eat and shop in, and what keeps it the market of economics.
_MARKET_HALL_CUES = ("食堂", "食べ歩き", "海鮮", "鮮魚", "干物", "朝ごはん", "朝食", "丼", "寿司", "屋台", "土産",
                     "買い物", "観光客", "セリ", "競り")
_ECONOMY_CUES = ("株", "経済", "価格", "相場", "取引", "動向", "規模", "参入", "需要", "投資", "シェア", "卸売",
                 "金融", "競争")
_TRAINS = ("列車", "電車", "方面", "特急", "急行", "快速", "普通", "ホーム", "便", "線")
_PORTIONS = frozenset({"並", "大", "特", "中", "小", "超"})
# What 羽田 the airport is glued to, and the words of a sentence about flying.
_FLIGHT_SUFFIXES = frozenset({"行き", "行", "発", "着", "便", "経由"})
_FLIGHT_CUES = ("空港", "便", "飛行機", "飛", "搭乗", "国際線", "国内線", "フライト", "那覇", "新千歳", "福岡空港")
_NAME_AFTER = ("さん", "様", "氏", "君", "くん", "ちゃん", "先生")
_NATIVE_COUNT = {"一": ("いち", "ひと"), "二": ("に", "ふた")}  # a party of guests: 一組 ひとくみ
_SHRINE_CUES = ("神社", "寺", "境内", "授与", "お守り", "守り", "御朱印", "神棚", "厄除", "祈祷", "参拝", "社務所",
                "神宮")
_MONEY_CUES = ("財布", "円", "両替", "お金", "現金", "紙幣", "硬貨", "小銭")
# all travel_fix looks at
WORDS = frozenset({"狩り", "地", "棟", "太", "便", "市場", "下り", "盛", "三種", "粥", "羽田", "一", "二", "札",
                   "お札"})


def travel_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "狩り":
        if reading == "かり" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "がり"  # ぶどう|狩り
        return None
    if surface == "地":
        if reading == "ち" and glued(token, nxt) and is_katakana_word(nxt.surface) \
                and nxt.surface.startswith(_LOCAL_GOODS):
            return "じ"  # 地|ビール
        return None
    if surface == "棟":
        if reading == "むね" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "とう"  # シャワー|棟, 管理|棟
        return None
    if surface == "太":
        if reading == "ふとし" and glued(token, nxt) and nxt.pos[:2] == ("名詞", "普通名詞"):
            return "ふと"  # 太|麺: not the name ふとし
        return None
    if surface == "下り":
        if reading == "おり" and glued(token, nxt) and nxt.surface.startswith(_TRAINS) \
                and not (prev is not None and prev.surface in ("を", "から")):  # 電車を下り: getting off
            return "くだり"  # 下り|列車
        return None
    if surface == "盛":
        if reading == "さかん" and glued(prev, token) and prev.surface in _PORTIONS:
            return "もり"  # 並|盛
        return None
    if surface == "三種":
        if reading == "みたね" and glued(token, nxt) and nxt.pos[:2] == ("名詞", "普通名詞"):
            return "さんしゅ"  # 三種|盛り
        return None
    if surface == "粥":
        if reading not in ("かゆ", "がゆ") and glued(prev, token) and prev.pos[0] == "名詞":
            return "がゆ"  # 温泉|粥
        return None
    if surface in _NATIVE_COUNT:
        if not (glued(token, nxt) and nxt.surface == "組" and token.pos[1] == "数詞"):
            return None
        plain, native = _NATIVE_COUNT[surface]
        if reading == plain and not (glued(prev, token) and prev.surface.endswith("年")):
            return native  # 一組五十分制 ひと
        return None
    if surface in ("札", "お札"):
        if reading in ("さつ", "おさつ") and (surface == "お札" or glued(prev, token) and prev.surface in ("お", "御")):
            words = [t.surface for t in sentence_of(tokens, i)]
            if any(c in w for w in words for c in _SHRINE_CUES) and not any(c in w for w in words for c in _MONEY_CUES):
                return reading.replace("さつ", "ふだ")  # 授与所でお札をいただく
        return None
    if surface == "羽田":
        if reading != "はた" or nxt is not None and (nxt.surface in _NAME_AFTER or nxt.pos[2:4] == ("人名", "名")):
            return None  # 羽田さん, 羽田孜: the surname はた
        if glued(token, nxt) and nxt.surface in _FLIGHT_SUFFIXES \
                or sentence_has(tokens, i, _FLIGHT_CUES):
            return "はねだ"  # 羽田行きの最終便, 羽田から那覇へ飛んだ
        return None
    if surface == "便":
        if reading == "びん" and i > 1 and prev.surface == "の" and tokens[i - 2].surface in _CONVENIENCE_OF:
            return "べん"  # 交通の便が良い
        return None
    # 市場
    if reading != "しじょう":
        return None
    if glued(prev, token) and prev.surface in _MARKET_KINDS:
        return "いちば"  # 海鮮|市場
    if prev is None or not glued(prev, token) or prev.pos[0] != "名詞":
        words = [t.surface for t in sentence_of(tokens, i)]
        if any(c in w for w in words for c in _MARKET_HALL_CUES) \
                and not any(c in w for w in words for c in _ECONOMY_CUES):
            return "いちば"  # 市場の二階に食堂がある
    return None
