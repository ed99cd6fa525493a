"""Personal blog diaries (daily life, children, family, seasons) words Sudachi reads in another sense.

- 義母, 義父, 義姉, 義兄 between the prefix お and an honorific are the in-laws called by the family word,
  お義母さん おかあさん, お義父さん おとうさん, お義姉さん おねえさん, お義兄さん おにいさん (also with 様, さま);
  Sudachi reads the written term ぎぼ, ぎふ, ぎし, ぎけい, which stays without the お (義母が入院した,
  義母さん) or without the honorific (お義母の…, rare).
- 弾ける that Sudachi reads はじける, in a sentence about an instrument or a tune before it (ピアノが弾けた,
  曲が弾けました) or right after 上手に (上手に弾けました), is the potential of 弾く, ひける; it stays
  はじける otherwise (シャボン玉が弾けた, 笑顔が弾けて).
- 一善 that Sudachi takes for the given name かずよし is one good deed, いちぜん (一日一善), unless an
  honorific follows (一善さん) or a family name stands before it (山田一善).
- 今日は that Sudachi takes for the greeting こんにちは, glued before a word, is the topic "today",
  きょう (お菓子作りにはまってます。今日はクッキー。); the greeting stands alone or before punctuation
  (今日は。, 今日は！) and is left alone, as before 皆さん (今日は皆さん).
- 行っ that Sudachi reads おこなっ (行う) after the 一昨|年 it splits off, before た and a place one goes to
  (一昨年行った温泉, 一昨年行ったお店, 一昨年行った京都), is 行く, いっ, as Sudachi reads it after 去年
  or 昨年; before an activity it stays おこなっ (一昨年行った調査).
- 年中 that Sudachi reads ねんじゅう ("all year round") is the middle year of a kindergarten, ねんちゅう, glued
  before さん, ちゃん, クラス or 組 (娘は年中さんです), beside 年少 or 年長 (年少、年中、年長), or before の,
  から, まで, に, で or a copula in a sentence about a kindergarten or a nursery (幼稚園の年中の時に); it stays
  ねんじゅう before a verb, an adjective or a noun (年中無休, 年中忙しい, 保育園は年中無休). With nothing about a
  kindergarten it is the class year too before に and なる or 上がる (年中になって) and before の and a season or
  a time within a school year (年中の秋から, 年中の時): "all year round" can be neither.
- 最中 that Sudachi reads さいちゅう is the wafer sweet, もなか, where nothing it could be the middle of
  stands before it (no verb, auxiliary, の or その: it opens the sentence or follows a particle, or a
  noun it is glued to before を, が, と or や) and a particle of a thing follows it (最中を買ってきた,
  お土産に最中をいただいた, 栗最中が美味しい, 和菓子屋さんで最中とお団子を). It stays さいちゅう after a verb
  or の (遊んでる最中に, 試合の最中を狙って), before に, で or a comma, and after a glued noun before の
  or は (作業最中の事故).
- 家 that opens a phrase before の and one of the family or a pet (家の子, 家の旦那, 家の娘, 家の猫) is the
  writer's own household, うち, as in うちの子 (Sudachi's lexicon word 家の子 いえのこ, a retainer, included);
  after の it is a house (隣の家の子, 友達の家の犬 いえ), and before other nouns it stays (家の前 いえ).
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, sentence_of

# The in-laws called by the family word: お義母さん おかあさん.
_IN_LAWS = {"義母": ("ぎぼ", "かあ"), "義父": ("ぎふ", "とう"), "義姉": ("ぎし", "ねえ"), "義兄": ("ぎけい", "にい")}
_INSTRUMENTS = ("ピアノ", "ギター", "バイオリン", "ヴァイオリン", "チェロ", "ウクレレ", "エレクトーン", "オルガン",
                "三味線", "琴", "ベース", "キーボード", "鍵盤", "ハープ", "楽器", "曲", "楽譜", "譜面", "コード")
_SKILFULLY = frozenset({"上手", "上手く", "うまく", "巧く"})
_NOT_GREETED = ("皆さん", "みなさん", "皆様", "みなさま")
# Places one goes to: the head noun after 一昨年行った that makes 行っ 行く.
_PLACES = frozenset({"温泉", "店", "お店", "カフェ", "海", "山", "公園", "場所", "ところ", "所", "旅館", "ホテル",
                     "宿", "島", "街", "町", "村", "神社", "お寺", "寺", "遊園地", "動物園", "水族館", "キャンプ場",
                     "レストラン", "居酒屋", "ラーメン屋", "美術館", "博物館", "ビーチ", "旅行", "お祭り", "祭り"})
# What marks 年中 as a kindergarten year: 年中さん, 年中クラス, 幼稚園の年中の時.
_CLASS_AFTER = ("さん", "ちゃん", "クラス", "組", "ぐみ")
_KINDERGARTEN = ("幼稚園", "保育園", "こども園", "保育所", "園児", "入園", "卒園", "登園")
_YEAR_OF_CLASS_AFTER = frozenset({"の", "から", "まで", "に", "で", "です", "だ", "でし", "だっ"})
# A class year one moves up into (年中になって, 年中に上がる) or a time within it (年中の秋, 年中の時): neither
# fits "all year round", so 年中 before them is the middle year with no kindergarten word about.
_MOVE_UP = frozenset({"なる", "上がる", "あがる", "進級", "進む"})
_TIME_IN_YEAR = frozenset({"春", "夏", "秋", "冬", "時", "とき", "頃", "ころ", "一年", "一年間", "担任", "運動会",
                           "発表会", "三学期", "二学期", "一学期"})
# Particles after a thing one buys or eats: 最中を, 最中が, 最中と.
_THING_PARTICLES = frozenset({"を", "が", "と", "は", "も", "や", "の"})
# Whom "our house" has: 家の子 うちのこ, 家の旦那 うちのだんな.
# Not 主人: 家の主人 may be the master of a house (いえ) as well as the writer's husband.
_HOUSEHOLD = frozenset({"子", "子供", "子ども", "子達", "子たち", "娘", "息子", "旦那", "夫", "嫁", "妻",
                        "奥さん", "母", "父", "親", "両親", "犬", "猫", "ワンコ", "にゃんこ", "ニャンコ", "長男",
                        "長女", "次男", "次女", "末っ子", "チビ", "ちび"})
# all diary_fix looks at
WORDS = frozenset(set(_IN_LAWS) | {"弾け", "弾ける", "一善", "年中", "最中", "今日は", "行っ", "家", "家の子"})


def _kindergarten_year(tokens: list[Token], i: int) -> bool:
    """年中 at tokens[i] is the kindergarten's middle year: 年中さん, 年少、年中, 幼稚園の年中の時."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if glued(token, nxt) and nxt.surface.startswith(_CLASS_AFTER):
        return True  # 年中|さん, 年中|クラス
    near = [t.surface for t in tokens[max(0, i - 2):i + 3]]
    if "年少" in near or "年長" in near:
        return True  # 年少、年中、年長
    head = tokens[i + 2] if i + 2 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    moved_up = nxt is not None and nxt.surface == "に" and head is not None and head.lemma in _MOVE_UP
    time_in = nxt is not None and nxt.surface == "の" and head is not None and head.surface in _TIME_IN_YEAR
    if glued(token, nxt) and (moved_up or time_in) and not (glued(prev, token) and prev.pos[1] == "数詞"):
        return True  # 年中になって, 年中の秋から
    return glued(token, nxt) and nxt.surface in _YEAR_OF_CLASS_AFTER \
        and any(w.endswith(_KINDERGARTEN) for w in (t.surface for t in sentence_of(tokens, i)))


def diary_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _IN_LAWS:
        written, called = _IN_LAWS[surface]
        if reading == written and glued(prev, token) and prev.surface in ("お", "御") and glued(token, nxt) \
                and nxt.surface in ("さん", "様", "さま", "ちゃん"):
            return called  # お|義母|さん おかあさん
        return None
    if surface in ("弾け", "弾ける"):
        if token.lemma != "弾ける" or not reading.startswith("はじけ"):
            return None
        skilful = prev is not None and prev.surface == "に" and i >= 2 and tokens[i - 2].surface in _SKILFULLY \
            or prev is not None and prev.surface in _SKILFULLY
        before = [t.surface for t in sentence_of(tokens, i) if t.end <= token.start]
        if skilful or any(w.endswith(_INSTRUMENTS) for w in before):
            return "ひ" + reading[3:]  # ピアノが弾けた, 上手に弾けました
        return None
    if surface in ("家", "家の子"):
        if prev is not None and glued(prev, token) and prev.pos[0] != "補助記号" and prev.surface not in ("は", "も"):
            return None  # 隣の家の子, 友達の家の犬: a house
        if surface == "家の子":
            if reading != "いえのこ" or nxt is not None and nxt.surface.startswith("郎"):
                return None  # 家の子郎党 いえのころうとう: the retainers of a house
            return "うちのこ"  # 家の子は本当に食いしん坊
        if reading == "いえ" and nxt is not None and nxt.surface == "の" and i + 2 < len(tokens) \
                and tokens[i + 2].surface in _HOUSEHOLD and glued(nxt, tokens[i + 2]):
            return "うち"  # 家の旦那は
        return None
    if surface == "最中":
        if reading != "さいちゅう" or nxt is None or nxt.surface not in _THING_PARTICLES or not glued(token, nxt):
            return None
        if prev is None or prev.pos[0] == "補助記号" or prev.pos[0] == "助詞" and prev.surface != "の" \
                or prev.pos[0] == "名詞" and glued(prev, token) and nxt.surface in ("を", "が", "と", "や"):
            return "もなか"  # 最中を買ってきた, 栗最中が美味しい
        return None
    if surface == "年中":
        return "ねんちゅう" if reading == "ねんじゅう" and _kindergarten_year(tokens, i) else None
    if surface == "一善":
        if reading != "かずよし" or nxt is not None and nxt.surface in HONORIFICS \
                or prev is not None and glued(prev, token) and prev.pos[2:4] == ("人名", "姓"):
            return None
        return "いちぜん"  # 一日一善
    if surface == "今日は":
        if reading == "こんにちは" and token.pos[0] == "感動詞" and glued(token, nxt) \
                and nxt.pos[0] not in ("補助記号", "感動詞", "空白") and not nxt.surface.startswith(_NOT_GREETED):
            return "きょうは"  # 今日は|クッキー
        return None
    # 行っ
    if reading != "おこなっ" or not (glued(prev, token) and prev.surface == "年" and i >= 2
                                     and tokens[i - 2].surface == "一昨" and glued(tokens[i - 2], prev)):
        return None
    if nxt is not None and nxt.surface == "た" and i + 2 < len(tokens):
        head = tokens[i + 2]
        if head.surface in _PLACES or head.pos[2:3] == ("地名",):
            return "いっ"  # 一昨|年|行っ|た|温泉
    return None
