"""Temples, shrines, museums, traditional arts and history: words Sudachi reads in another sense.

- 仏 that Sudachi reads ふつ (France), standing apart from other kanji in a sentence about Buddhism
  (如来, 菩薩, 浄土, 寺, 念仏, 供養, 曼荼羅...), is the Buddha, ほとけ (極楽浄土の仏とされます); not glued to a
  word (仏大統領, 日仏) nor beside a country or a government (英、仏の首脳).
- 狩野 before 派 is the painters' school, かのう (狩野派); Sudachi reads the place name かりの.
- 築城 that Sudachi takes for the town ついき is building a castle, ちくじょう (築城から四百年); before a
  place suffix (築城基地, 築城町) it stays the town.
- 三代 that Sudachi takes for the name みよ, glued before a common noun, is three generations,
  さんだい (三代将軍); before an honorific (三代さん) it stays the name.
- 都 that Sudachi reads と (the Metropolis) before と/に + なる, と + 定める or が/は + 置く, 栄える is the
  capital, みやこ (平安京が都となった, 都と定められた, 都が置かれた); 都の職員, 都に申請, 都に定められた基準
  stay と.
- 連 that Sudachi reads むらじ (the ancient title) not glued after a clan name is a dance troupe,
  れん (阿波踊りの連); 物部連 keeps its reading.
- 満行 that Sudachi takes for the name みつゆき, before する or in a sentence about ascetic practice
  (行, 修行, 回峰, 遍路), is completing it, まんぎょう (千日回峰行を満行した).
- 対 glued after a kanji numeral and before a particle or a stop counts pairs, つい (阿吽の一対で,
  二対の燭台); Sudachi reads たい, which stays before another number or a word (一対一, 3対0).
- 会 glued after a Buddhist rite (施餓鬼, 盂蘭盆, 涅槃, 灌仏, 放生, 報恩) is the service, え
  (施餓鬼会, 盂蘭盆会), like the lexicon's 彼岸会 and 法会; Sudachi reads かい.
- 粋 before を + 集める, 凝らす, 尽くす, 極める is the quintessence, すい (工芸の粋を集めた); Sudachi's
  いき (chic) stays elsewhere (江戸の粋を感じる).
- 開眼 beside a Buddhist image or rite (大仏開眼, 開眼供養, 仏像の開眼法要) is giving it eyes, かいげん;
  Sudachi's かいがん stays elsewhere (開眼手術, 打撃に開眼した).
- 節 glued after a jōruri or folk-song school (義太夫節, 常磐津節, 清元節) is the style of singing,
  ぶし; Sudachi reads ふし or せつ, which stay after other words (今節, 第5節). After a katakana song
  name (ソーラン節) it is left alone: the reference corpus reads such a name's 節 ふし.
- 御 that Sudachi reads ご before a word of tea (茶会, 茶席, 茶屋, 茶碗) is お, as in 御茶 おちゃ
  (御茶会 おちゃかい); before other words it stays (御朱印 ごしゅいん, 御祭神 ご).
- 印 that Sudachi reads しるし, pressed (印を押す, 最後に押す印), is a seal, いん; 印をつける (a mark) stays.
- 杖 glued after a noun of two or more characters is the second half of a compound and voices, づえ
  (金剛杖 こんごうづえ, like the lexicon's 松葉杖); after one kanji (白杖) it is left alone.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

_BUDDHIST_CUES = ("如来", "菩薩", "浄土", "仏教", "念仏", "寺", "極楽", "成仏", "供養", "仏像", "仏壇", "経",
                  "信仰", "拝", "慈悲", "衆生", "悟り", "涅槃", "神", "曼荼羅", "密教", "釈迦", "仏陀")
_COUNTRY_CUES = ("大統領", "政府", "首相", "外相", "首脳", "フランス", "パリ", "欧州", "軍", "英", "独", "米", "露",
                 "伊", "日", "国")
_TOWN_SUFFIXES = ("基地", "町", "郡", "駅", "村", "飛行場", "航空", "支所", "高", "校")
_CAPITAL_VERBS = frozenset({"なる", "置く", "栄える", "定める"})
_PRACTICE_CUES = ("行", "修行", "回峰", "遍路", "巡礼", "断食", "荒行")
_RITES_E = frozenset({"施餓鬼", "盂蘭盆", "涅槃", "灌仏", "放生", "報恩", "仏生", "修正", "修二", "成道"})
_ESSENCE_VERBS = frozenset({"集める", "凝らす", "尽くす", "極める", "集む"})
_IMAGES = frozenset({"大仏", "仏像", "仏", "本尊", "仏画", "像", "観音", "如来", "菩薩"})
_RITES_AFTER = ("供養", "法要", "法会", "会", "式")
_PRESS = frozenset({"押す", "捺す"})
_JORURI = frozenset({"義太夫", "常磐津", "清元", "河東", "一中", "新内", "宮薗", "富本", "豊後", "追分"})
# all heritage_fix looks at
WORDS = frozenset({"仏", "狩野", "築城", "三代", "都", "連", "満行", "対", "会", "粋", "開眼", "節", "印", "杖", "御"})


def heritage_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "仏":
        if reading != "ふつ" or glued(prev, token) and prev.pos[0] not in ("助詞", "補助記号") \
                or glued(token, nxt) and nxt.pos[0] not in ("助詞", "補助記号", "助動詞"):
            return None  # 仏大統領, 日仏: France
        words = [t.surface for t in sentence_of(tokens, i) if t is not token]
        if any(c in w for w in words for c in _BUDDHIST_CUES) \
                and not any(c in w for w in words for c in _COUNTRY_CUES):
            return "ほとけ"  # 極楽浄土の仏とされます
        return None
    if surface == "狩野":
        return "かのう" if reading == "かりの" and glued(token, nxt) and nxt.surface == "派" else None
    if surface == "築城":
        if reading == "ついき" and not (glued(token, nxt) and nxt.surface.startswith(_TOWN_SUFFIXES)):
            return "ちくじょう"  # 築城から四百年; 築城基地 stays the town
        return None
    if surface == "三代":
        if reading == "みよ" and glued(token, nxt) and nxt.pos[:2] == ("名詞", "普通名詞") \
                and not (glued(prev, token) and prev.pos[2:3] == ("人名",)):
            return "さんだい"  # 三代|将軍
        return None
    if surface == "都":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "と" and glued(token, nxt) and glued(nxt, after) \
                and not (glued(prev, token) and prev.pos[0] not in ("助詞", "補助記号")) \
                and nxt.surface in ("と", "に", "が", "は") and after.lemma in _CAPITAL_VERBS \
                and (after.lemma == "なる" or nxt.surface == "と" and after.lemma == "定める"
                     if nxt.surface in ("と", "に") else after.lemma != "なる"):
            return "みやこ"  # 都となった, 都が置かれた
        return None
    if surface == "連":
        if reading == "むらじ" and not (glued(prev, token) and prev.pos[1:2] == ("固有名詞",)):
            return "れん"  # 阿波踊りの連; 物部連 stays
        return None
    if surface == "満行":
        if reading == "みつゆき" and token.pos[2:3] == ("人名",) and (nxt is not None and nxt.lemma == "する" or any(
                t.surface.endswith(_PRACTICE_CUES) for t in sentence_of(tokens, i) if t is not token)):
            return "まんぎょう"  # 千日回峰行を満行した
        return None
    if surface == "対":
        if reading == "たい" and glued(prev, token) and prev.pos[1:2] == ("数詞",) \
                and all("一" <= ch <= "龥" or ch == "〇" for ch in prev.surface) \
                and (nxt is None or nxt.pos[0] in ("助詞", "補助記号", "助動詞")):
            return "つい"  # 阿吽の一対で, 二対の燭台; 一対一 stays たい
        return None
    if surface == "会":
        return "え" if reading == "かい" and glued(prev, token) and prev.surface in _RITES_E else None
    if surface == "粋":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "いき" and nxt is not None and nxt.surface == "を" and after is not None \
                and after.lemma in _ESSENCE_VERBS:
            return "すい"  # 工芸の粋を集めた
        return None
    if surface == "開眼":
        before = tokens[i - 2] if i > 1 else None
        image = glued(prev, token) and prev.surface in _IMAGES \
            or prev is not None and prev.surface == "の" and before is not None and before.surface in _IMAGES
        if reading == "かいがん" and (image or glued(token, nxt) and nxt.surface.startswith(_RITES_AFTER)):
            return "かいげん"  # 大仏開眼, 開眼供養
        return None
    if surface == "御":
        if reading == "ご" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface.startswith("茶") \
                and nxt.pos[:2] == ("名詞", "普通名詞"):
            return "お"  # 御|茶会 おちゃかい, as 御茶 おちゃ
        return None
    if surface == "印":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        pressed = prev is not None and prev.lemma in _PRESS and prev.pos[0] == "動詞" and glued(prev, token) \
            or nxt is not None and nxt.surface == "を" and after is not None and after.lemma in _PRESS
        return "いん" if reading == "しるし" and pressed else None  # 印を押す, 最後に押す印
    if surface == "杖":
        if reading == "つえ" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞") and len(prev.surface) > 1:
            return "づえ"  # 金剛|杖; 白|杖 (はくじょう) is not touched
        return None
    # 節
    if reading in ("ふし", "せつ") and glued(prev, token) and prev.surface in _JORURI:
        return "ぶし"  # 義太夫節, 常磐津節
    return None
