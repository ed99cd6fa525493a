"""Religion and spiritual life (Buddhist sermons and memorial rites, shrine visits, church notices, pilgrimages):
words Sudachi reads in another sense or splits off from a set term.

- 初 that Sudachi splits off 七日 (初|七|日, read はつ) is the first seventh-day memorial, しょ (初七日の法要
  しょなのか), as the lexicon reads 初七日 standing alone; 初 before other numbers is left alone (初日, 初三日).
- 只管 (the adverb ひたすら) glued before 打坐 is Zen's "just sitting", しかん (只管打坐 しかんたざ); before other
  words it stays ひたすら.
- 修正 and 修二 glued before a 会 read え (heritage.py reads 修正会, 修二会 as rites) are the New Year and the
  second-month services, しゅしょう and しゅに (修正会 しゅしょうえ, 修二会 しゅにえ); 修正案, 修正会議, the
  name 修二さん stay.
- 主 standing alone (ぬし) in a sentence about Christian worship (イエス, キリスト, 教会, 聖書, 礼拝, 祈り,
  アーメン...) is the Lord, しゅ (主の祈り, 主イエス・キリスト, 主を賛美する); not glued to a kanji word
  (家主, 主人) nor in other sentences (森の主 ぬし, 店の主).
- 山 that Sudachi reads さん as a suffix after the numeral 三 is a group of sacred mountains and voices, ざん
  (熊野三山, 出羽三山, 大和三山 さんざん), like the lexicon's 五山 ござん; after other numbers it is left alone.
- 同行 glued before 二人 that ends a phrase is the pilgrims' motto ("walking with Kōbō Daishi"), どうぎょう
  ににん (同行二人と書かれた菅笠); Sudachi's どうこう ふたり stays elsewhere (記者が同行し、二人で, 同行二人分).
  numbers.py leaves such a 二人 to this rule.
- 仏 (ふつ, France) glued before 舎利 is the Buddha's relics, ぶっ (仏舎利 ぶっしゃり, 仏舎利塔).
- 精霊 glued before 棚 or 馬, or in a sentence about Obon (盆, 送り火, 迎え火, 施餓鬼, 先祖), is the spirits
  of the dead welcomed home, しょうりょう (精霊棚, 送り火で精霊を送る); 森の精霊 and 精霊流し (culture.py's
  しょうろう) are left alone.
- 経 glued after 棚, 枕, 観音 or 涅槃 voices, ぎょう (棚経 たなぎょう, 観音経 かんのんぎょう, 涅槃経 ねはんぎょう,
  like the lexicon's 枕経 and 心経); after other sutra names it stays きょう (阿弥陀経, 法華経, 永代経, 華厳経).
- 聖人 glued after a kanji personal name is a Buddhist founder's title, しょうにん (親鸞聖人, 日蓮聖人); after a
  number (二十六聖人, the Nagasaki martyrs) or alone (聖人君子) it stays せいじん.
- 大麻 in a sentence about purification (祓) is the Shinto wand, おおぬさ (大麻でお祓いを受けた); glued after
  神宮 (神宮大麻, the Ise talisman) and elsewhere it stays たいま.
- 十 glued before 戒 is the ten commandments or precepts, じっ (モーセの十戒 じっかい).
- 上座 glued before 部 is Theravada, じょうざ (上座部仏教 じょうざぶ); Sudachi's かみざ (the seat of honour)
  stays elsewhere (上座に座る).
- 待 glued before 降 and 節 is Advent, たい (待降節 たいこうせつ); Sudachi splits it and reads まち.
- 湯 glued after 般若 is the monks' word for sake, とう (般若湯 はんにゃとう).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

_RITE_STEMS = {"修正": ("しゅうせい", "しゅしょう"), "修二": ("しゅうじ", "しゅに")}
# What makes a sentence about Christian worship, where a lone 主 is the Lord.
_CHRISTIAN_CUES = ("イエス", "キリスト", "教会", "聖書", "礼拝", "アーメン", "賛美", "福音", "牧師", "神父", "ミサ",
                   "信徒", "ハレルヤ", "御心", "十字架", "祈り", "祈る", "祈")
_PLAIN_MASTER_CUES = ("森", "沼", "池", "湖", "山", "店", "家", "城", "屋敷", "館")  # 森の主, 店の主: ぬし
_BON_CUES = ("盆", "送り火", "迎え火", "施餓鬼", "先祖", "精霊棚", "精霊馬", "供養", "彼岸")
_BON_OBJECTS = frozenset({"棚", "馬", "船", "舟"})
_PHRASE_ENDS = ("助詞", "補助記号")
_VOICING_SUTRAS = frozenset({"棚", "枕", "観音", "涅槃"})  # 棚経 たなぎょう; 阿弥陀経 stays きょう
# all religion_fix looks at
WORDS = frozenset({"初", "只管", "修正", "修二", "主", "山", "同行", "二人", "仏", "精霊", "経", "聖人", "大麻", "十",
                   "上座", "待", "湯"})


def religion_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface == "初":
        if reading == "はつ" and glued(token, nxt) and (
                nxt.surface == "七日" or nxt.surface == "七" and glued(nxt, after) and after.surface == "日"):
            return "しょ"  # 初|七|日の法要 しょなのか
        return None
    if surface == "只管":
        return "しかん" if glued(token, nxt) and nxt.surface == "打坐" else None
    if surface in _RITE_STEMS:
        plain, rite = _RITE_STEMS[surface]
        if reading == plain and glued(token, nxt) and nxt.surface == "会" \
                and not (glued(nxt, after) and after.pos[0] in ("名詞", "接尾辞")):
            return rite  # 修正|会 しゅしょうえ; not 修正|会|議
        return None
    if surface == "主":
        if reading != "ぬし" or glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞") \
                or glued(token, nxt) and nxt.pos[0] in ("名詞", "接尾辞") and nxt.surface != "イエス":
            return None  # 家主, 主人
        words = [t.surface for t in sentence_of(tokens, i) if t is not token]
        if any(c in w for w in words for c in _CHRISTIAN_CUES) \
                and not any(w in _PLAIN_MASTER_CUES for w in words):
            return "しゅ"  # 主の祈り, 主イエス
        return None
    if surface == "山":
        if reading == "さん" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.surface == "三":
            return "ざん"  # 熊野三山 さんざん
        return None
    if surface == "同行":
        if reading == "どうこう" and glued(token, nxt) and nxt.surface == "二人" \
                and (after is None or after.pos[0] in _PHRASE_ENDS):
            return "どうぎょう"  # 同行二人
        return None
    if surface == "二人":
        if reading == "ふたり" and glued(prev, token) and prev.surface == "同行" \
                and (nxt is None or nxt.pos[0] in _PHRASE_ENDS):
            return "ににん"  # 同行二人
        return None
    if surface == "仏":
        return "ぶっ" if reading == "ふつ" and glued(token, nxt) and nxt.surface.startswith("舎利") else None
    if surface == "経":
        return "ぎょう" if reading == "きょう" and glued(prev, token) and prev.surface in _VOICING_SUTRAS else None
    if surface == "聖人":
        if reading == "せいじん" and glued(prev, token) and prev.pos[2:3] == ("人名",) \
                and all("一" <= ch <= "龥" for ch in prev.surface):
            return "しょうにん"  # 親鸞|聖人
        return None
    if surface == "大麻":
        if reading == "たいま" and not (glued(prev, token) and prev.surface == "神宮") \
                and any("祓" in t.surface for t in sentence_of(tokens, i)):
            return "おおぬさ"  # 大麻でお祓いを受けた
        return None
    if surface == "十":
        return "じっ" if reading == "じゅう" and glued(token, nxt) and nxt.surface == "戒" else None
    if surface == "上座":
        return "じょうざ" if reading == "かみざ" and glued(token, nxt) and nxt.surface == "部" else None
    if surface == "待":
        if reading == "まち" and glued(token, nxt) and nxt.surface == "降" and glued(nxt, after) \
                and after.surface == "節":
            return "たい"  # 待|降|節 たいこうせつ
        return None
    if surface == "湯":
        return "とう" if reading == "ゆ" and glued(prev, token) and prev.surface == "般若" else None
    # 精霊
    if reading != "せいれい":
        return None
    if glued(token, nxt) and nxt.surface in _BON_OBJECTS:
        return "しょうりょう"  # 精霊棚, 精霊馬
    if not (glued(token, nxt) and nxt.pos[0] in ("名詞", "接尾辞")):
        words = [t.surface for t in sentence_of(tokens, i) if t is not token]
        if any(c in w for w in words for c in _BON_CUES):
            return "しょうりょう"  # 送り火で精霊を送り出します
    return None
