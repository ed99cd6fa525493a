"""Food words (recipes, restaurant and café reviews, menus, sweets) Sudachi reads in another sense.

- 西 split off before 京焼き or 京漬け is the 西京 of 西京味噌, さい (鰆の西京焼き さいきょうやき, 西京漬け), as the
  lexicon reads 西京 itself; Sudachi's にし stays before anything else (西京極, 西の空).
- 床 glued after what a pickling bed is made of (味噌, 粕, 麹, 糠) is the bed, どこ (味噌床 みそどこ, 粕床), like
  the lexicon's ぬか床; Sudachi's ゆか (a floor) stays elsewhere (台所の床, 床に落ちた).
- 豆腐 glued after a noun voices, どうふ (麻婆豆腐, 胡麻豆腐, 肉豆腐), like the lexicon's 焼き豆腐, 杏仁豆腐 and
  木綿豆腐; alone or after a particle it stays とうふ (豆腐を切る, 木綿の豆腐).
- 白玉 that Sudachi reads はくぎょく (white jade, a literary word) in a sentence about sweets or cooking
  (白玉団子, 白玉ぜんざい, 白玉を茹でる, 白玉にきな粉) is the rice-flour dumpling, しらたま, as in the lexicon's
  白玉粉; with no such word (白玉のような肌, 白玉楼) it is left.
- 最中 glued to a noun (栗最中, 最中アイス) or in a sentence about sweets (餡, 皮, 和菓子, 名物) with no
  に, で or だ after it (nor の before and 、, の or は after) is the wafer sweet, もなか (最中の皮がパリッと,
  あんこたっぷりの最中が名物); 食事の最中に, 会議の最中だ, 準備の最中、, 食事の最中の会話, 作っている最中 and 作業最中の
  (an activity glued before it) stay さいちゅう.
- 甘味 glued before 処 or 屋, or standing for the sweets course before は and a sweet (甘味は蕨餅と抹茶), is
  sweets, かんみ; Sudachi's あまみ (sweetness) stays elsewhere (甘味が強い, 素材の甘味).
- 角 before が or を and 立つ/立てる (an adverb may stand between) in a sentence about whipping (メレンゲ,
  卵白, 生クリーム, 泡立て) is the peak of the foam, つの (角が立つまで泡立てる, 角がピンと立ったら); 角が立つ
  (friction) elsewhere stays かど (角が立つ言い方).
- 立て glued after a number and 分 is the whipping stage and voices, だて (七分立て しちぶだて, 八分立て);
  numbers.py reads the 分 ぶ.
- 上 as a grade of a dish, じょう: glued before a cut or a dish (上カルビ, 上握り, 上ロース), or beside 並 or 特上
  in a list (並と上と特上), or after a dish and の with a price or a grade in the sentence (鰻重の上は千円高い);
  丼の上にのせる, 上に乗せる, その上タン塩も (moreover) stay うえ.
- 鶏 that Sudachi reads にわとり (the live bird) before の and a dish or a cut (鶏の水炊き, 鶏の唐揚げ, 鶏の
  もも肉) is chicken meat, とり; 鶏の鳴き声, 鶏の卵, 鶏を飼う stay にわとり.
- 十, 六 and 八 glued before 貫 (pieces of sushi) double the consonant, じゅっ, ろっ, はっ (握りが十貫 じゅっかん), as
  before any counter in か; Sudachi, which has no counter 貫, leaves じゅう, ろく, はち. After ん usage varies
  (三貫 さんかん, 千貫神輿 せんがん), so the counter table has no 貫 and the other numbers are left alone.
- A numeral one to nine glued before つ and 切り, 割り or 折り counts the pieces of a cut or a fold in the
  compound's native form (四つ割り よつわり, 八つ切り やつぎり, 六つ切り むつぎり, 三つ折り みつおり); Sudachi reads
  the numeral as it reads 四つ alone (よん, よう, むい, みっ). 八つに切る (やっつ) is encyclopedia.py's.
- 薪 glued before a noun is firewood in a compound, まき (薪ストーブ, 薪窯 in slips.py), like the lexicon's
  薪割り; alone (薪をくべる) Sudachi's たきぎ is left.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

_SAIKYO_DISHES = frozenset({"京焼き", "京焼", "京漬け", "京漬"})
_PICKLING_BEDS = frozenset({"味噌", "みそ", "粕", "酒粕", "麹", "こうじ", "塩麹", "糠"})
_SWEETS_CUES = ("団子", "きな粉", "黒蜜", "餡", "あんこ", "あんみつ", "ぜんざい", "汁粉", "しるこ", "甘味", "和菓子",
                "茹で", "ゆで", "白玉粉", "抹茶", "フルーツ", "パフェ", "かき氷", "冷やし",
                "クリーム")
_MONAKA_CUES = ("餡", "あんこ", "つぶあん", "こしあん", "和菓子", "菓子", "皮", "銘菓", "名物", "土産", "羊羹", "饅頭",
                "大福", "アイス")
_DURING_AFTER = frozenset({"に", "で", "だ", "だっ", "です", "でし", "じゃ", "な", "なのに", "中"})
_SWEETS = ("餅", "団子", "あんみつ", "ぜんざい", "羊羹", "パフェ", "アイス", "プリン", "ケーキ", "白玉", "わらび",
           "抹茶", "汁粉", "しるこ", "大福", "かき氷")
_WHIPPING_CUES = ("メレンゲ", "卵白", "生クリーム", "泡立", "泡だて", "ホイップ", "ハンドミキサー", "ミキサー")
# Cuts and dishes sold by grade: 上カルビ, 上握り.
_GRADED = ("カルビ", "ロース", "ハラミ", "タン", "ミノ", "握り", "にぎり", "寿司", "鮨", "天丼", "天重", "うな重",
           "鰻重", "ちらし")
_GRADES = frozenset({"並", "特上", "極上", "竹", "松", "梅"})
_LIST_MARKS = frozenset({"と", "、", "・", "や", "／", "/"})
_GRADE_CUES = ("円", "並", "特上", "松", "竹")
# What a chicken dish or cut is called after 鶏の: 水炊き, 唐揚げ, もも肉, 手羽先.
_CHICKEN_DISHES = ("肉", "揚げ", "焼き", "煮", "炊き", "スープ", "ガラ", "がら", "皮", "出汁", "だし", "胸", "もも",
                   "手羽", "ささみ", "ササミ", "レバー", "照り", "南蛮", "つくね", "そぼろ", "ハム", "挽き", "ひき")
_BEFORE_KAN = {"十": ("じゅう", "じゅっ"), "六": ("ろく", "ろっ"), "八": ("はち", "はっ")}  # 十|貫 じゅっかん
# A numeral in 四つ割り, 八つ切り, 三つ折り: the compound's form, without the doubled consonant of 三つ みっつ.
_IN_CUT = {"一": "ひと", "二": "ふた", "三": "み", "四": "よ", "五": "いつ", "六": "む", "七": "なな", "八": "や",
           "九": "ここの"}
_CUTS = ("切り", "割り", "折り")
# all gourmet_fix looks at
WORDS = frozenset({"西", "床", "豆腐", "白玉", "最中", "甘味", "角", "立て", "上", "薪", "鶏", *_BEFORE_KAN, *_IN_CUT})


def gourmet_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "西":
        if reading == "にし" and glued(token, nxt) and nxt.surface in _SAIKYO_DISHES:
            return "さい"  # 西|京焼き
        return None
    if surface == "床":
        if reading == "ゆか" and glued(prev, token) and prev.surface in _PICKLING_BEDS:
            return "どこ"  # 味噌|床
        return None
    if surface == "豆腐":
        if reading == "とうふ" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "どうふ"  # 麻婆|豆腐, 胡麻|豆腐
        return None
    if surface == "白玉":
        if reading == "はくぎょく" and sentence_has(tokens, i, _SWEETS_CUES):
            return "しらたま"  # 白玉|団子, 白玉を茹でる
        return None
    if surface == "最中":
        return _monaka(tokens, i, reading, prev, nxt)
    if surface == "甘味":
        if reading != "あまみ":
            return None
        if glued(token, nxt) and nxt.surface in ("処", "どころ", "屋"):
            return "かんみ"  # 甘味|処
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if nxt is not None and nxt.surface == "は" and after is not None \
                and any(sweet in after.surface for sweet in _SWEETS):
            return "かんみ"  # 甘味は蕨餅と抹茶: the sweets course
        return None
    if surface == "角":
        if reading == "かど" and nxt is not None and nxt.surface in ("が", "を") \
                and any(t.lemma in ("立つ", "立てる") for t in tokens[i + 2:i + 5]) \
                and sentence_has(tokens, i, _WHIPPING_CUES):
            return "つの"  # 角が立つまで泡立てる, 角がピンと立ったら
        return None
    if surface == "立て":
        if reading == "たて" and glued(prev, token) and prev.surface == "分" and i > 1 \
                and tokens[i - 2].pos[1:2] == ("数詞",) and glued(tokens[i - 2], prev):
            return "だて"  # 七分|立て
        return None
    if surface == "上":
        return _grade(tokens, i, reading, prev, nxt)
    if surface in _IN_CUT and token.pos[1:2] == ("数詞",) and _counts_a_cut(tokens, i):
        return _IN_CUT[surface] if reading != _IN_CUT[surface] else None  # 八|つ|割り やつわり
    if surface in _BEFORE_KAN:
        plain, doubled = _BEFORE_KAN[surface]
        if reading == plain and glued(token, nxt) and nxt.surface == "貫" \
                and not (glued(prev, token) and prev.pos[1:2] == ("数詞",)):
            return doubled  # 十|貫 じゅっかん
        return None
    if surface == "鶏":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "にわとり" and nxt is not None and nxt.surface == "の" and after is not None \
                and any(dish in after.surface for dish in _CHICKEN_DISHES):
            return "とり"  # 鶏の水炊き, 鶏の唐揚げ
        return None
    # 薪
    if reading == "たきぎ" and glued(token, nxt) and nxt.pos[0] == "名詞":
        return "まき"  # 薪|ストーブ
    return None


def _monaka(tokens: list[Token], i: int, reading: str, prev: Token | None, nxt: Token | None) -> str | None:
    after_no = prev is not None and prev.surface == "の"
    if reading != "さいちゅう" or nxt is not None and (
            nxt.surface in _DURING_AFTER or after_no and nxt.surface in ("、", "の", "は")):
        return None  # 食事の最中に, 会議の最中だ, 準備の最中、, 試合の最中の: "in the middle of"
    if glued(prev, tokens[i]) and prev.pos[0] == "名詞" and prev.surface not in ("真っ", "真") \
            and prev.pos[2:3] != ("サ変可能",) or glued(tokens[i], nxt) and nxt.pos[0] == "名詞":
        return "もなか"  # 栗|最中, 最中|アイス
    if (prev is None or prev.pos[0] not in ("動詞", "助動詞")) and sentence_has(tokens, i, _MONAKA_CUES):
        return "もなか"  # 最中の皮がパリッと
    return None


def _grade(tokens: list[Token], i: int, reading: str, prev: Token | None, nxt: Token | None) -> str | None:
    if reading != "うえ":
        return None
    if glued(tokens[i], nxt) and nxt.surface.startswith(_GRADED) \
            and (prev is None or prev.surface != "の" and prev.pos[0] != "連体詞"):
        return "じょう"  # 上|カルビ, 上|握り; その上 (moreover), 皿の上 stay うえ
    before = tokens[i - 2] if i > 1 else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if prev is not None and prev.surface in _LIST_MARKS and before is not None and before.surface in _GRADES \
            or nxt is not None and nxt.surface in _LIST_MARKS and after is not None and after.surface in _GRADES:
        return "じょう"  # 並と上と特上
    if prev is not None and prev.surface == "の" and before is not None and before.surface.endswith(_GRADED) \
            and nxt is not None and nxt.surface in ("は", "を", "が", "も", "、", "なら") \
            and sentence_has(tokens, i, _GRADE_CUES, others=True):
        return "じょう"  # 鰻重の上は千円高い
    return None


def _counts_a_cut(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i], a numeral, opens 八|つ|割り or 六|つ切り (not after another numeral: 十八つ)."""
    prev = tokens[i - 1] if i > 0 else None
    if glued(prev, tokens[i]) and prev.pos[1:2] == ("数詞",):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not glued(tokens[i], nxt):
        return False
    if nxt.surface[:1] == "つ" and nxt.surface[1:] in _CUTS:
        return True  # 六|つ切り
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return nxt.surface == "つ" and glued(nxt, after) and after.surface in _CUTS  # 八|つ|割り
