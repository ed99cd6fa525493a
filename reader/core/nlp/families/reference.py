"""Readings the analyser gets wrong in encyclopedia articles on rivers, towns, companies, railways,
bridges, dams and buildings, fixed from context.

- 中央駅 ("Central Station") is ちゅうおうえき; Sudachi's only entry for the word is a Korean station,
  ちゅんあんえき, which no Japanese article means.
- 八十 that Sudachi takes as the old common noun やそ ("many": 八十島) where it stands alone as a number
  (八十の支店, 約八十の団体) is はちじゅう, and so before 一人 or 二人 (八十二人); glued before another kanji
  (八十島, 八十神) it keeps やそ.
- 三重 glued before 塔 is the three-storeyed pagoda, さんじゅうの (三重塔 さんじゅうのとう, as the lexicon
  reads 五重塔 ごじゅうのとう); Sudachi reads the split-off 三重 as the prefecture, みえ.
- Landforms are read on, as geography names them: 河岸 glued before 段丘 is かがん (河岸段丘
  かがんだんきゅう), where Sudachi reads かし, the fish market's word (魚河岸, 河岸を歩く), which stays
  elsewhere; 谷底 glued before 平野 is こくてい (谷底平野 こくていへいや), where Sudachi reads たにそこ
  ("the bottom of a valley", 谷底に落ちる), which stays elsewhere.
- The dimensions of a structure in its data sheet are read on: 橋長 (a bridge's length) きょうちょう,
  not はしなが; 堤 glued before 高, 頂 or 長 (堤高, 堤頂長, 堤長: a dam's height and crest length) てい,
  and 高 after it こう, where Sudachi gives the surname つつみ and the price suffix だか.
- 橋 glued after a katakana kind of structure (トラス橋, アーチ橋, ラーメン橋, ローゼ橋, コンクリート
  橋) is the type of bridge, きょう, as in 鉄橋, 吊橋's on-reading types (斜張橋); Sudachi reads はし.
- 湧出し, the verb 湧出 (ゆうしゅつ) + し, is read ゆうしゅつし (温泉が湧出し、); Sudachi takes it for
  湧き出し without its き, わきだし.
- 船 glued after 北前 is the Edo coastal trader, ぶね (北前船 きたまえぶね, like 千石船 せんごくぶね);
  Sudachi reads the suffix せん.
- 本川 that Sudachi takes for the place name ほんがわ, in a sentence about a river system (支川, 支流,
  左岸, 右岸, 水位, 水系, 流域, 合流, 中流), is the main stream, ほんせん, the river authorities' word beside
  支川 しせん; elsewhere (本川の集落) and as a surname (本川さん もとかわ) it is left alone.
- 城 glued after 平山 is the castle type built on a hill in a plain, じろ (平山城 ひらやまじろ, like 山城
  やまじろ); Sudachi takes 平山 for a surname and reads the suffix じょう. A kanji after it (平山城址)
  makes another word.
- (河口 in a sentence about a river or a delta, かこう, is in incidents.py.)
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has

_BRIDGE_KINDS = frozenset({"トラス", "アーチ", "ラーメン", "ローゼ", "ランガー", "ニールセン", "ガーダー", "ゲルバー",
                           "コンクリート", "ボックス", "ケーブル", "ワーレン", "プレート"})
_DAM_PARTS = ("高", "頂", "長")  # 堤高, 堤頂長, 堤長
_RIVER_SYSTEM = ("支川", "支流", "左岸", "右岸", "水位", "水系", "流域", "合流", "中流")

WORDS = frozenset({"中央駅", "八十", "三重", "河岸", "谷底", "橋長", "堤", "高", "橋", "湧出し", "船", "本川", "城"})


def reference_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "中央駅":
        return "ちゅうおうえき" if reading != "ちゅうおうえき" else None
    if surface == "八十":
        # 八十島, 八十神: the old word glued to a kanji noun keeps やそ; 八十|二人 is a number (health.py)
        kanji_after = glued(token, nxt) and is_kanji(nxt.surface[0]) and nxt.surface[0] not in "一二"
        return "はちじゅう" if reading == "やそ" and not kanji_after else None
    if surface == "三重":
        return "さんじゅうの" if reading == "みえ" and glued(token, nxt) and nxt.surface == "塔" else None
    if surface == "河岸":
        return "かがん" if reading == "かし" and glued(token, nxt) and nxt.surface.startswith("段丘") else None
    if surface == "谷底":
        return "こくてい" if reading == "たにそこ" and glued(token, nxt) and nxt.surface.startswith("平野") else None
    if surface == "橋長":
        return "きょうちょう" if reading != "きょうちょう" else None
    if surface == "堤":
        dam = glued(token, nxt) and nxt.surface in _DAM_PARTS
        return "てい" if reading == "つつみ" and dam else None  # 堤高 ていこう
    if surface == "高":
        after_dam = glued(prev, token) and prev.surface == "堤"
        return "こう" if after_dam and reading != "こう" else None
    if surface == "橋":
        kind = glued(prev, token) and prev.surface in _BRIDGE_KINDS
        return "きょう" if kind and reading == "はし" else None  # トラス橋
    if surface == "湧出し":
        return "ゆうしゅつし" if reading == "わきだし" else None
    if surface == "船":
        return "ぶね" if reading == "せん" and glued(prev, token) and prev.surface == "北前" else None
    if surface == "本川":
        river = sentence_has(tokens, i, _RIVER_SYSTEM, others=True)
        return "ほんせん" if reading == "ほんがわ" and token.pos[2:3] == ("地名",) and river else None
    if surface == "城":
        kanji_after = glued(token, nxt) and is_kanji(nxt.surface[0])  # 平山城址: another word
        hill_castle = glued(prev, token) and prev.surface == "平山" and not kanji_after
        return "じろ" if reading == "じょう" and hill_castle else None
    return None
