"""Outdoor-life words (hiking and climbing diaries, camping guides, fishing reports, river trips) Sudachi
reads in another sense.

- 下り that Sudachi takes for 下りる (おり) after a river or a current and を is running down it, くだり
  (急流を下りました, 四万十川を下りました, 渓流を下りる), as in 川下り; getting off something stays おり
  (電車を下りました), and so does coming down a mountain or stairs (山を下りました, 階段を下りる).
- 網 that Sudachi reads as the suffix もう ("network") glued after a kind of hand or catching net is
  the net itself, あみ (タモ網, 玉網, 虫取り網, 防虫網), like the lexicon's 手網 and 捕虫網; a network stays
  もう (通信網, ケーブル網, 店舗網).
- 鉢 after the prefix お is おはち (お鉢巡り, the crater walk, and お鉢が回ってくる); Sudachi voices the
  split-off 鉢 to ばち, which only a compound takes (植木鉢 うえきばち).
- 船 that Sudachi reads as the suffix せん glued after a native word from a verb's stem (乗合船, 乗り合い船,
  手漕ぎ船) is ぶね, like the lexicon's 釣り船, 渡し船 and 帆掛け船; after a Sino-Japanese word it stays せん
  (救助船, 観光船, 漁船).
- 大山 in a sentence about the Tanzawa mountains (丹沢, 阿夫利, 伊勢原, 神奈川) is おおやま; Sudachi reads the
  Tottori mountain だいせん (or たいさん), which stays elsewhere (大山に登った, 伯耆大山), and the surname
  おおやま is Sudachi's own (大山さん). In the saying 大山鳴動して鼠一匹 it is たいざん.
- 戸口 that Sudachi reads ここう (households and population: 戸口調査) glued after a place name is a
  trailhead's or a place's "entrance", とぐち (美濃戸口 みの|とぐち); the doorway alone is Sudachi's とぐち.
- 峰 that Sudachi reads as the suffix ぽう glued after a word that does not end in ん or っ is ほう
  (双耳峰 そうじほう, like 主峰, 東峰); ぽう stays where the sound before calls for it (連峰 れんぽう).
- 泊まり after a noun (小屋泊まり, テント泊まり どまり) is hobby.py's, which comes first.
- 干し glued after how or how long a fish is dried voices, ぼし (一夜干し いちやぼし, like 天日干し, 丸干し);
  Sudachi leaves the split-off 干し ほし, which stays after 物 (物干し ものほし).
- 竿頭 in a fishing report is the angler who caught most, さおがしら (竿頭は三十二匹); Sudachi's only
  reading かんとう (a pole's tip) stays in the saying 百尺竿頭.
- 火口 in a sentence about lighting a fire (麻ひも, 火打ち石, 火花, 着火, 焚き付け) with nothing about a
  volcano is tinder, ほくち (麻ひもをほぐして火口にする); a crater stays かこう (火口の縁, 噴火口, 火口湖).
- 道脇, 道沿い that Sudachi cuts off a trail's name (登山|道脇, 遊歩|道沿い) belong to 登山道 and 遊歩道,
  which the lexicon reads どう: とざんどうわき, ゆうほどうぞい; Sudachi reads the pieces みちわき, みちぞい.
  Only where the noun before and 道 make a word read …どう, in the lexicon or as Sudachi reads it alone.
- 下山口 that Sudachi takes for the place name しもやまぐち, in a sentence about a hike (山頂, 登山, 小屋, 分岐,
  尾根, コース), is the trail's exit, げざんぐち, beside 登山口 とざんぐち; elsewhere and before 駅 or an
  honorific the name stays.
- 降り that Sudachi takes for 降る (ふり) before ます, た or て in a sentence about coming down (下り, 下山, 斜面,
  尾根, 岩場, 崖) where no rain or snow is a subject is 降りる, おり (下りは尻セードで一気に降りました); rain
  falling stays ふり (雨が降りました).
"""
from __future__ import annotations

from functools import lru_cache

from ..tokenizer import lexicon_readings, tokenize
from ..tokens import Token, glued, sentence_has, sentence_of

_RIVERS = ("川", "河", "流", "流れ", "渓谷", "峡谷")
_NET_KINDS = frozenset({"タモ", "たも", "玉", "虫取り", "虫捕り", "防虫", "防鳥", "魚取り", "すくい"})
_TANZAWA = ("丹沢", "阿夫利", "伊勢原", "神奈川", "相模", "表丹沢")
_NATIVE_STEMS = frozenset({"乗合"})  # 乗り合い spelled without okurigana
# how or how long a fish is dried: 一夜干し, 天日干し, 丸干し
_DRYINGS = frozenset({"一夜", "丸", "生", "素", "寒", "陰", "天日", "機械", "風"})
# what makes a 火口 tinder, and what keeps it a crater
_TINDER_CUES = ("麻ひも", "麻紐", "麻縄", "火打", "火花", "着火", "焚き付け", "焚付", "火起こし",
                "ファイヤースターター", "メタルマッチ", "フェザースティック", "火種", "火おこし")
_VOLCANO_CUES = ("噴火", "火山", "噴煙", "溶岩", "山頂", "湖", "縁", "巡り", "周")
_HIKE_CUES = ("山頂", "登山", "小屋", "分岐", "尾根", "コース", "縦走", "山行", "稜線", "峠", "林道", "下山")
_DESCENT_CUES = ("下り", "下山", "斜面", "尾根", "岩場", "崖", "ハシゴ", "はしご", "梯子", "鎖場", "セード", "山頂から")
_FALLING = ("雨", "雪", "雹", "ひょう", "あられ", "みぞれ", "灰", "霰", "霙")
_NAME_AFTER = ("駅", "さん", "様", "氏", "君", "くん", "ちゃん")
# all outdoor_fix looks at
WORDS = frozenset({"下り", "網", "鉢", "船", "大山", "戸口", "峰", "干し", "竿頭", "火口", "道脇", "道沿い",
                   "下山口", "降り"})


def _native_stem(token: Token) -> bool:
    """乗り合い, 手漕ぎ: a noun from a verb's stem, written with okurigana (or 乗合 without)."""
    s = token.surface
    return s in _NATIVE_STEMS or (len(s) > 1 and any("\u3041" <= c <= "\u3093" for c in s[1:])
                                  and s[-1] in "いきぎしちにびみりえけげせてねべめれ")


@lru_cache(maxsize=1024)
def _trail(noun: str, reading: str) -> bool:
    """Whether noun + 道 is a path read …どう: in the lexicon (遊歩道) or as Sudachi reads it alone (登山|道)."""
    if reading + "どう" in lexicon_readings(noun + "道"):
        return True
    parts = tokenize(noun + "道")
    return len(parts) == 2 and parts[1].surface == "道" and parts[1].reading == "どう"


def _falls(tokens: list[Token], i: int) -> bool:
    """Rain, snow or the like stands as a subject (雨が, 雪も) in tokens[i]'s sentence."""
    words = sentence_of(tokens, i)
    return any(a.surface.endswith(_FALLING) and b.surface in ("が", "も", "は")
               for a, b in zip(words, words[1:], strict=False))


def outdoor_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    if surface == "下り":
        if reading == "おり" and token.pos[0] == "動詞" and i > 1 and prev.surface == "を" \
                and tokens[i - 2].surface.endswith(_RIVERS):
            return "くだり"  # 急流を下りました
        return None
    if surface == "網":
        if reading == "もう" and glued(prev, token) and prev.surface in _NET_KINDS:
            return "あみ"  # タモ|網
        return None
    if surface == "鉢":
        if reading == "ばち" and glued(prev, token) and prev.surface in ("お", "御") and prev.pos[0] == "接頭辞":
            return "はち"  # お|鉢巡り
        return None
    if surface == "船":
        if reading == "せん" and token.pos[0] == "接尾辞" and glued(prev, token) and _native_stem(prev):
            return "ぶね"  # 乗合|船
        return None
    if surface == "大山":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "だいせん" and glued(token, nxt) and nxt.surface == "鳴動":
            return "たいざん"  # 大山鳴動して鼠一匹: the saying
        if reading in ("だいせん", "たいさん") and sentence_has(tokens, i, _TANZAWA):
            return "おおやま"  # 丹沢の大山
        return None
    if surface == "峰":
        if reading == "ぽう" and glued(prev, token) and not prev.reading.endswith(("ん", "っ")):
            return "ほう"  # 双耳|峰
        return None
    if surface == "干し":
        if reading == "ほし" and glued(prev, token) and prev.surface in _DRYINGS:
            return "ぼし"  # 一夜|干し
        return None
    if surface == "竿頭":
        if reading == "かんとう" and not (prev is not None and prev.surface.endswith("尺")):
            return "さおがしら"  # 竿頭は三十二匹
        return None
    if surface == "火口":
        if reading == "かこう" and sentence_has(tokens, i, _TINDER_CUES) \
                and not sentence_has(tokens, i, _VOLCANO_CUES, others=True):
            return "ほくち"  # 麻ひもをほぐして火口にした
        return None
    if surface in ("道脇", "道沿い"):
        if reading.startswith("みち") and glued(prev, token) and prev.pos[0] == "名詞" \
                and _trail(prev.surface, prev.reading):
            return "どう" + reading[2:]  # 登山|道脇: 登山道 とざんどう + 脇
        return None
    if surface == "下山口":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "しもやまぐち" and not (nxt is not None and nxt.surface.startswith(_NAME_AFTER)) \
                and sentence_has(tokens, i, _HIKE_CUES, others=True):
            return "げざんぐち"  # 小屋〜山頂〜分岐〜下山口
        return None
    if surface == "降り":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "ふり" and token.lemma == "降る" and nxt is not None and nxt.lemma in ("ます", "た", "て") \
                and sentence_has(tokens, i, _DESCENT_CUES, others=True) and not _falls(tokens, i):
            return "おり"  # 下りは尻セードで一気に降りました
        return None
    # 戸口
    if reading == "ここう" and glued(prev, token) and prev.pos[1:3] == ("固有名詞", "地名"):
        return "とぐち"  # 美濃|戸口
    return None
