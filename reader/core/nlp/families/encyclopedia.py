"""Readings the analyser gets wrong in encyclopedia, history, sports and science text, fixed from context.

- A kanji numeral one to nine glued before the counter つ counts in native numerals (四つ よっつ,
  六つ むっつ, 八つ やっつ); Sudachi reads the split-off 四 よん, 六 むい, 八 よう. Only where a
  particle, a verb, punctuation, a suffix, a noun that measures the count or the end follows つ (八つの惑星,
  六つある, 四つ、, 四つ目, 六つ以上, 八つ程度, 四つ分, 星四つ半): glued to another noun the word is a compound
  of its own (四つ角 よつかど, 三つ編み みつあみ) and keeps the analyser's reading.
- 国 as a suffix after the name of an old province (令制国: 信濃国, 武蔵国, 大和国) is のくに, the
  way the provinces are read (しなののくに); Sudachi gives the modern suffix こく, and before it reads a
  few provinces as something else (大和 だいわ, 甲斐 かいの, 上野 うえの, 日向 ひなた): those take the
  province's reading there. 琉球国 (a kingdom, りゅうきゅうこく) is not a province. A place name glued
  after it (武蔵国葛飾郡, 尾張国愛知郡) keeps it のくに; another kanji word glued after it does not.
- 高山 glued before 植物 is the high mountains, こうざん (高山植物); Sudachi takes the split-off 高山
  for the surname たかやま. 高山市, 高山さん keep it.
- Sumo's throws: 上手投げ, 上手出し投げ are うわて (Sudachi: 上 うえ | 手投げ, or 上手 じょうず), 下手出し投げ
  したて; 両国 glued before 国技館 is the district, りょうごく (両国の首脳, both countries, りょうこく).
- 国分尼寺, the provincial nunneries, is こくぶんにじ (Sudachi: 国分 こくぶ | 尼寺 あまでら).
- 数 standing on its own before が, を, は or も (数を増やす, 参加者の数が) is the count, かず, as
  Sudachi mostly reads it; in some clauses it picks the bound form すう (分裂によって数を増やす).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji

_NATIVE = {"一": "ひと", "二": "ふた", "三": "みっ", "四": "よっ", "五": "いつ", "六": "むっ", "七": "なな",
           "八": "やっ", "九": "ここの"}
# The old provinces (令制国), with the reading each takes before 国 where Sudachi's differs.
_PROVINCES = frozenset(
    "山城 大和 河内 和泉 摂津 伊賀 伊勢 志摩 尾張 三河 遠江 駿河 伊豆 甲斐 相模 武蔵 安房 上総 下総 常陸 "
    "近江 美濃 飛騨 信濃 上野 下野 陸奥 出羽 若狭 越前 加賀 能登 越中 越後 佐渡 丹波 丹後 但馬 因幡 伯耆 "
    "出雲 石見 隠岐 播磨 美作 備前 備中 備後 安芸 周防 長門 紀伊 淡路 阿波 讃岐 伊予 土佐 筑前 筑後 豊前 "
    "豊後 肥前 肥後 日向 大隅 薩摩 壱岐 対馬".split())
_PROVINCE_READINGS = {"大和": "やまと", "甲斐": "かい", "上野": "こうずけ", "下野": "しもつけ", "日向": "ひゅうが",
                      "安房": "あわ", "陸奥": "むつ"}
PROVINCES, PROVINCE_READINGS = _PROVINCES, _PROVINCE_READINGS  # wikibio.py reads 越前守 by them too
_AFTER_COUNT = ("助詞", "助動詞", "補助記号", "空白", "動詞", "形容詞", "接尾辞")  # 八つの, 六つある, 四つ目
# Nouns that measure a count, not a compound's head: 六つ以上 むっつ, 四つ程度, 四つ分, 星四つ半.
_COUNT_TAILS = frozenset({"以上", "以下", "以内", "未満", "程度", "前後", "分", "中", "半", "全部", "全て", "ほど",
                          "くらい", "ぐらい"})
_COUNT_PARTICLES = frozenset({"が", "を", "は", "も"})
_PHRASE_BEFORE = ("助詞", "助動詞", "補助記号", "空白", "連体詞")
_SUMO_THROWS = ("手投げ", "出し投げ", "投げ")

WORDS = frozenset({*_NATIVE, *_PROVINCES, "国", "高山", "上", "上手", "下手", "両国", "国分", "尼寺", "数"})



def _province_suffix(tokens: list[Token], i: int) -> bool:
    """tokens[i] is the suffix 国 glued after a province's name, with no kanji word but a place glued after it."""
    token, prev = tokens[i], tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return token.surface == "国" and token.pos[0] == "接尾辞" and prev is not None and prev.surface in _PROVINCES \
        and glued(prev, token) and not (glued(token, nxt) and is_kanji(nxt.surface[0]) and nxt.pos[2:3] != ("地名",))


def encyclopedia_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface in _NATIVE and token.pos[1:2] == ("数詞",) and nxt is not None and nxt.surface == "つ" \
            and glued(token, nxt) and not (prev is not None and glued(prev, token) and prev.pos[1:2] == ("数詞",)) \
            and (after is None or not glued(nxt, after) or after.pos[0] in _AFTER_COUNT
                 or after.surface in _COUNT_TAILS):
        return _NATIVE[surface]  # 八つの惑星: やっ
    if surface == "国" and _province_suffix(tokens, i):
        return "のくに"  # 信濃国 しなののくに
    if surface in _PROVINCE_READINGS and nxt is not None and _province_suffix(tokens, i + 1):
        return _PROVINCE_READINGS[surface]  # 大和国 やまとのくに
    if surface == "高山" and glued(token, nxt) and nxt.surface.startswith("植物"):
        return "こうざん"  # 高山植物
    if surface == "上" and glued(token, nxt) and nxt.surface == "手投げ":
        return "うわ"  # 上|手投げ: うわてなげ
    if surface in ("上手", "下手") and glued(token, nxt) and nxt.surface in _SUMO_THROWS:
        return "うわて" if surface == "上手" else "したて"  # 上手出し投げ
    if surface == "両国" and glued(token, nxt) and nxt.surface.startswith("国技館"):
        return "りょうごく"
    if surface == "国分" and glued(token, nxt) and nxt.surface == "尼寺":
        return "こくぶん"
    if surface == "尼寺" and prev is not None and prev.surface == "国分" and glued(prev, token):
        return "にじ"  # 国分尼寺 こくぶんにじ
    if surface == "数" and reading == "すう" and token.pos[0] == "名詞" and nxt is not None \
            and nxt.surface in _COUNT_PARTICLES and glued(token, nxt) \
            and (prev is None or not glued(prev, token) or prev.pos[0] in _PHRASE_BEFORE):
        return "かず"  # 分裂によって数を増やす
    return None
