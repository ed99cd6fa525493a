"""Hobby blogs and gear pages: gardening, railways, camping and cooking outdoors, fixed from context.

- 種 glued before a verb's stem is the seed, たね, the first half of a noun + stem compound (種採り
  たねとり, like the lexicon's 種まき, 種取り); Sudachi reads the split-off 種 しゅ. The rare noun 種植
  (しゅしょく) glued before a lone え is the same compound, 種植え たねうえ "sowing seeds": Sudachi
  takes the え for a filler.
- 飯 glued after a noun or a verb's stem as a suffix is めし, a meal of a kind (キャンプ飯, ズボラ飯,
  山飯, 男飯, 漁師飯, 賄い飯, のっけ飯); Sudachi reads the suffix はん. The Chinese dishes the lexicon
  knows (炒飯, 中華飯, 天津飯) are whole words and keep はん, and so does 鶏飯 (けいはん, Amami's dish).
- 草 opening a word glued after the prefix 雑 is the second kanji of 雑草, そう (雑草取り ざっそうとり):
  Sudachi splits 雑|草取り and reads くさとり, which would print ざっくさとり.
- 尺 glued before a fish's name in katakana is a foot of length, しゃく (尺アジ, 尺ヤマメ: a fish a foot
  long, the angler's boast); Sudachi reads the lone 尺 さし, the ruler, which stays elsewhere (尺を当てる).
- 傷 glued as a suffix after a verb's stem or a katakana word is a scratch, きず (拭き傷, 引っかき傷,
  スレ傷), as in the lexicon's 擦り傷; Sudachi reads the suffix しょう, the wound of 負傷 and 外傷.
- 片 as a prefix before a katakana word is one of a pair, かた (片チャンネル, 片ロック), as in 片方 and
  片足; Sudachi reads the prefix へん.
- 縁 before まで, or before に/を/が/から and what one does to a rim (座る, 置く, 塗る, 囲う, 欠ける),
  is the edge, ふち (鉢の縁まで, 花壇の縁をレンガで囲った, 湯船の縁に腰掛けた); Sudachi reads えん, the tie,
  which stays elsewhere (ご縁, 縁を切る, 縁がある, 何かの縁で). So is 縁 after の and a thing with a rim
  (画面の縁, 本体の縁, グラスの縁, 目の縁, 火口の縁, 湖の縁), but not after people and events (家族の縁,
  番組出演が縁で); walking along it is the edge too (縁を歩く).
- 弱音 glued before a noun is the musician's "soft tone", じゃくおん (弱音器, 弱音ペダル, 弱音針); Sudachi
  reads よわね, "complaints", which stays on its own (弱音を吐く).
- A word split off a compound the lexicon lacks is read as in the compound: 粉 after 授 (人工授粉
  じゅふん, not こな), 場 after テント, テン, ガレ, ザレ (テント場, テン場, ガレ場 ば: a campsite, a scree slope in the
  mountains; キャンプ場, スキー場 stay じょう), 前 before ボケ (前ボケ まえ, the blur in front of the
  subject), and the colours of lamps: 電球色 でんきゅういろ (not しょく), 昼白色 ちゅうはくしょく (not
  ひる), 温白色 おんぱくしょく (like the lexicon's 昼光色 ちゅうこうしょく).
"""
from __future__ import annotations

from .tokens import Token, glued, is_kana, is_kanji, is_katakana_word

_STEM_ENDINGS = frozenset("いきしちにひみりぎじびえけせてねへめれげべ")
# (first, second) glued -> (which of the two is misread, the analyser's reading, the compound's)
_SPLIT_HALVES = {("授", "粉"): (1, "こな", "ふん"), ("電球", "色"): (1, "しょく", "いろ"),
                 ("テント", "場"): (1, "じょう", "ば"), ("テン", "場"): (1, "じょう", "ば"),
                 ("ガレ", "場"): (1, "じょう", "ば"),
                 ("ザレ", "場"): (1, "じょう", "ば"), ("前", "ボケ"): (0, "ぜん", "まえ"),
                 ("昼", "白色"): (0, "ひる", "ちゅう"),
                 ("温", "白色"): (1, "はくしょく", "ぱくしょく")}
# What one does to a rim or an edge (鉢の縁に置く, 花壇の縁をレンガで囲う); never to a tie (縁を切る, 縁を結ぶ).
_EDGE_VERBS = frozenset({"座る", "腰掛ける", "置く", "塗る", "囲う", "囲む", "沿う", "立つ", "掛ける", "乗せる",
                         "載せる", "当たる", "当てる", "欠ける", "垂れる", "溜まる", "貼る", "張る", "拭く",
                         "削る", "飾る", "揃える", "縫う", "ぶつける", "つかむ", "掴む", "歩く", "たどる", "辿る"})
# Things with a rim or an edge (本体の縁 ふち, グラスの縁).
_RIMMED = frozenset({"画面", "本体", "ケース", "レンズ", "液晶", "ディスプレイ", "モニター", "眼鏡", "メガネ",
                     "グラス", "カップ", "コップ", "皿", "器", "鍋", "机", "テーブル", "池", "川", "崖", "目", "穴",
                     "帽子", "箱", "瓶", "窓", "鏡", "額", "画像", "写真", "ボタン", "トレイ", "フライパン", "浴槽",
                     "火口", "湖", "沼", "谷", "滝壺", "岩", "屋根"})
WORDS = frozenset({"種", "種植", "飯", "縁", "弱音", "尺", "傷", "片", "草取り", "草刈り", "草抜き", "草むしり"}) \
    | frozenset(pair[k] for pair, (k, _, _) in _SPLIT_HALVES.items())  # all hobby_fix looks at


def _verb_stem_noun(token: Token) -> bool:
    """A noun written as a verb's stem with its okurigana (採り, 植え, 付け)."""
    s = token.surface
    return len(s) >= 2 and is_kanji(s[0]) and is_kana(s[-1]) and s[-1] in _STEM_ENDINGS \
        and token.pos[0] in ("名詞", "動詞")



def hobby_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "弱音":
        return "じゃくおん" if reading == "よわね" and glued(token, nxt) and nxt.pos[0] in ("名詞", "接尾辞") \
            else None  # 弱音器, 弱音ペダル; 弱音を吐く stays よわね
    if surface == "種植":
        if reading == "しゅしょく" and glued(token, nxt) and nxt.surface.startswith("え"):
            return "たねう"  # 種植えをした: noun + 植え, not the noun 種植 and a filler え
        return None
    if surface == "種":
        if reading == "しゅ" and token.pos[0] == "名詞" and glued(token, nxt) and _verb_stem_noun(nxt):
            return "たね"  # 種採り
        return None
    if surface == "飯":
        if reading == "はん" and token.pos[0] == "接尾辞" and glued(prev, token) \
                and prev.pos[0] in ("名詞", "動詞") and prev.pos[1] != "数詞" and prev.surface != "鶏":
            return "めし"  # キャンプ飯, 賄い飯
        return None
    if surface == "傷":
        if reading == "しょう" and token.pos[0] == "接尾辞" and glued(prev, token) \
                and (prev.pos[0] == "動詞" or is_katakana_word(prev.surface)):
            return "きず"  # 拭き傷, 引っかき傷, スレ傷: a scratch, in a shop's description of used gear
        return None
    if surface == "片":
        if reading == "へん" and token.pos[0] == "接頭辞" and glued(token, nxt) and is_katakana_word(nxt.surface):
            return "かた"  # 片チャンネル, 片ロック: one of a pair, as in 片方, 片足
        return None
    if surface == "尺":
        if reading == "さし" and glued(token, nxt) and nxt.pos[0] == "名詞" and is_katakana_word(nxt.surface):
            return "しゃく"  # 尺アジ, 尺ヤマメ: a fish a foot long
        return None
    if surface == "縁":
        if reading != "えん":
            return None
        before = tokens[i - 2] if i > 1 else None
        if prev is not None and prev.surface == "の" and before is not None and before.surface in _RIMMED:
            return "ふち"  # 本体の縁が鋭い, グラスの縁
        if nxt is None:
            return None
        if nxt.surface == "まで":
            return "ふち"  # 鉢の縁まで土を入れる
        after = [t for t in tokens[i + 2:i + 5] if t.pos[0] not in ("補助記号", "助詞")][:2]
        if nxt.surface in ("に", "を", "が", "から") and any(t.lemma in _EDGE_VERBS for t in after):
            return "ふち"  # 花壇の縁をレンガで囲った, 縁に腰掛けた
        return None
    if surface.startswith("草"):
        if reading.startswith("くさ") and glued(prev, token) and prev.surface == "雑" and prev.pos[0] == "接頭辞":
            return "そう" + reading[2:]  # 雑|草取り: ざっそうとり
        return None
    for pair, at in (((prev.surface, surface), 1) if glued(prev, token) else (None, 1),
                     ((surface, nxt.surface), 0) if glued(token, nxt) else (None, 0)):
        if pair in _SPLIT_HALVES and _SPLIT_HALVES[pair][:2] == (at, reading):
            return _SPLIT_HALVES[pair][2]  # 人工授粉 じゅふん, 電球色 でんきゅういろ, 昼白色 ちゅう
    return None
