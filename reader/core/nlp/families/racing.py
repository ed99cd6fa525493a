"""Horse-racing, keirin and boat-race words (race reports, previews, form guides) Sudachi misreads.

- 場 glued after 良馬 is the second half of 良|馬場, ば (良馬場 りょうばば, "good going"); Sudachi takes
  良馬 (a fine horse, りょうば) and leaves 場 じょう. 良馬 on its own (良馬を育てる) is not touched.
- 重 glued after 稍 (やや) is the going 稍重, おも (稍重 ややおも, 稍重馬場); Sudachi reads the split-off 重
  え or じゅう. 重 anywhere else (二重, 重馬場 is the lexicon's own) is left alone.
- 着 read き glued before 差 is the placing, ちゃく (着差 ちゃくさ, the margin between finishers); き stays
  before other words (着物, 着る).
- 時計 glued after 勝ち or 持ち is a race time and voices, どけい (勝ち時計 かちどけい, 持ち時計 もちどけい);
  not after other words (腕時計 is the lexicon's, 時計が止まる).
- 大 the prefix read だい glued before 外枠 is 大外 "the widest", おお (大外枠 おおそとわく, as the lexicon's
  大外 おおそと); before other words it stays だい (大歓迎).
- 兄, 姉, 弟, 妹 glued after 半 or 全 are a horse's half or full siblings in a pedigree, read on'yomi:
  半兄 はんけい, 全姉 ぜんし, 半妹 はんまい (the lexicon has 半弟 はんてい). Not 全兄弟 or 姉妹, which are
  other words, nor 兄 after anything else (実兄 is the lexicon's, 兄に).
- 馬 read うま glued after the counter 歳 is a horse of that age, ば (三歳馬 さんさいば, 七歳馬), as the
  lexicon's 二歳馬 and 四歳馬; うま stays elsewhere (逃げ馬, この馬).
- 内 the prefix read ない glued before a katakana word is "inner", うち (内ラチ うちらち), as the lexicon's
  内ポケット; 内 before a kanji word is left alone (内需, 内閣).
- 勝ち read かち glued after a compound verb's stem (差し切り, 逃げ切り) ending the word is the way a race
  was won, がち (差し切り勝ち, 逃げ切り勝ち), as sports.py voices 逃走勝ち; not before a noun (勝ち星) nor
  after one verb alone (行き勝ち).
- 馬生 that Sudachi has only as the surname ばしょう is a horse's life, ばせい (第二の馬生, like 人生), in a
  sentence about horses and not beside a name or an honorific (金原亭馬生, 馬生さん).
- 芝 glued with a digit into a given name (芝二 しばじ) before a number is the turf and the number
  (芝二千メートル しば に), where the number after it starts with 千 and the digit keeps its sound there.
- 十勝, the Hokkaido region to Sudachi (とかち), glued after a number of races (三十二戦十勝) or before a
  number of losses (十勝五敗) is ten wins of a record, じゅっしょう; 十勝の牧場 and 十勝地方 stay とかち.
- 本馬場 that Sudachi has only as the surname もとばば is the main track, ほんばば (本馬場入場), before 入場 or
  in a sentence about a race, not beside a name or an honorific (本馬場さん).
- 捲り the noun read めくり in a sentence about a race (競輪, バンク, 号艇, 先行, 逃げ, 直線 …) is the move of
  sweeping past the leaders, まくり (捲りが決まる, 捲りを決めた); めくり stays elsewhere.
- 三差 and the like, a digit glued to 差 that Sudachi takes for a surname (みさし), is a fraction's
  numerator and the margin (四分の三差 さんさ) after の.
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, is_katakana_word, sentence_has

_SIBLINGS = {"兄": "けい", "姉": "し", "弟": "てい", "妹": "まい"}
_TIME_AFTER = frozenset({"勝ち", "持ち"})
_HORSE_CUES = ("馬", "競走", "引退", "牧場", "繁殖", "種牡", "厩舎", "騎手")
# Digits that keep their sound before 千 (二千 にせん, not 三千 さんぜん or 八千 はっせん).
_PLAIN_DIGITS = {"二": "に", "四": "よん", "五": "ご", "六": "ろく", "七": "なな", "九": "きゅう"}
_DIGITS = {"一": "いち", "二": "に", "三": "さん", "四": "よん", "五": "ご", "六": "ろく", "七": "なな",
           "八": "はち", "九": "きゅう"}
_PLAIN_END = ("助詞", "補助記号", "助動詞")
_RACE_CUES = ("競輪", "競馬", "競艇", "バンク", "号艇", "先行", "逃げ", "直線", "周", "番手", "レース", "選手",
              "差し", "着", "騎手", "馬", "芝", "ダート", "ゲート")
WORDS = frozenset({"場", "重", "着", "時計", "大", *_SIBLINGS, "馬", "内", "勝ち", "馬生", "十勝", "本馬場", "捲り",
                   *("芝" + d for d in _PLAIN_DIGITS), *(d + "差" for d in _DIGITS)})  # all racing_fix looks at


def _at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _name_beside(tokens: list[Token], i: int) -> bool:
    """A name or an honorific glued to tokens[i] (金原亭馬生, 馬生さん)."""
    prev, nxt = _at(tokens, i - 1), _at(tokens, i + 1)
    return (glued(prev, tokens[i]) and prev.proper) or (glued(tokens[i], nxt) and nxt.surface in HONORIFICS)


def _won_by_move(tokens: list[Token], i: int, reading: str) -> bool:
    """勝ち at i ends a word made of two glued verb stems before it (差し|切り|勝ち)."""
    stem, first, nxt = _at(tokens, i - 1), _at(tokens, i - 2), _at(tokens, i + 1)
    if reading != "かち" or not (glued(stem, tokens[i]) and glued(first, stem)):
        return False
    if stem.pos[0] != "動詞" or first.pos[0] != "動詞":
        return False
    return not glued(tokens[i], nxt) or nxt.pos[0] in _PLAIN_END or nxt.lemma == "する"


def racing_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev, nxt = _at(tokens, i - 1), _at(tokens, i + 1)
    before = prev if glued(prev, token) else None
    after = nxt if glued(token, nxt) else None
    if surface == "場":
        return "ば" if reading == "じょう" and before is not None and before.surface == "良馬" else None
    if surface == "重":
        return "おも" if reading != "おも" and before is not None and before.surface == "稍" else None
    if surface == "着":
        return "ちゃく" if reading == "き" and after is not None and after.surface == "差" else None
    if surface == "時計":
        return "どけい" if reading == "とけい" and before is not None and before.surface in _TIME_AFTER else None
    if surface == "大":
        return "おお" if reading == "だい" and after is not None and after.surface == "外枠" else None
    if surface in _SIBLINGS:
        return _SIBLINGS[surface] if before is not None and before.surface in ("半", "全") \
            and (after is None or after.pos[0] in _PLAIN_END) else None
    if surface == "馬":
        return "ば" if reading == "うま" and before is not None and before.surface == "歳" else None
    if surface == "内":
        return "うち" if reading == "ない" and after is not None and is_katakana_word(after.surface) else None
    if surface == "勝ち":
        return "がち" if _won_by_move(tokens, i, reading) else None
    if surface == "馬生":
        return "ばせい" if reading == "ばしょう" and not _name_beside(tokens, i) \
            and sentence_has(tokens, i, _HORSE_CUES, others=True) else None
    if surface == "十勝":
        return "じゅっしょう" if reading == "とかち" and (
            before is not None and before.surface == "戦" and _at(tokens, i - 2) is not None
            and tokens[i - 2].pos[1:2] == ("数詞",)
            or after is not None and after.pos[1:2] == ("数詞",) and glued(after, _at(tokens, i + 2))
            and tokens[i + 2].surface == "敗") else None
    if surface == "本馬場":
        return "ほんばば" if reading == "もとばば" and not _name_beside(tokens, i) and (
            after is not None and after.surface == "入場" or sentence_has(tokens, i, _RACE_CUES, others=True)) else None
    if surface == "捲り":
        return "まくり" if reading == "めくり" and sentence_has(tokens, i, _RACE_CUES, others=True) else None
    if surface[:1] == "芝":
        digit = surface[1:]
        return "しば" + _PLAIN_DIGITS[digit] if token.pos[2:3] == ("人名",) and after is not None \
            and after.pos[1:2] == ("数詞",) and after.surface[:1] == "千" else None
    if surface[-1:] == "差" and surface[:1] in _DIGITS:  # 四分の三差
        return _DIGITS[surface[0]] + "さ" if token.pos[2:3] == ("人名",) and prev is not None \
            and prev.surface == "の" and not _name_beside(tokens, i) else None
    return None
