"""Entertainment bios, TV listings and fan blogs: comedians, idols, actors, wrestlers, singers.

- 日夜 and 日朝 glued after a weekday word cut short (金曜|日夜, 日曜|日朝: Sudachi cuts 金曜日夜 there) are
  the 日 of 曜日 and the time of day, びよる and びあさ (毎週金曜日夜10時から きんようびよる); alone they stay
  にちや ("day and night", 日夜努力する) and にっちょう (Japan and North Korea, 日朝首脳会談).
- A weekday kanji glued before an evening hour (8 to 11) that a TV word follows (月9, 火9ドラマ, 月9枠,
  木10の枠) is a broadcast slot, げつ, か, もく… (月9 げつく); Sudachi reads 月 つき and 火 ひ. Not before a
  counter (月9日以上 つき), another number (月2で出演, twice a month) nor with no TV word near (月9の割合).
- 一, 六, 八 and 十 before 期生 take the small っ the counter 期 takes (一期生 いっきせい, 六期生 ろっ, 八期生
  はっ, 十一期生 じゅういっ); Sudachi cuts 期生 off and reads the numeral in full. 三期生 さん stays.
- 二 glued before 役 (the roles one actor plays: 一人二役, 二役を演じ分ける) is ふた, ふたやく; not after 第
  (第二役 に, rare) and not before any other word (二役員 stays with the lexicon).
- 黒子 in a sentence about the stage (舞台, 歌舞伎, 文楽, 芝居, 扮し, 裏方) or before に徹 (黒子に徹する) is the
  stagehand in black, くろこ; Sudachi reads the mole, ほくろ, which stays elsewhere and wherever a face or
  the skin is named (口元の黒子, 黒子の除去).
- 一男 and 一女 (Sudachi's given names かずお, かずめ) as a count of children are いちなん, いちじょ: before
  another count of children (一男一女, 一男二女) or before をもうけ/を授か (一女をもうけた). A name in any
  other place (一男さん, 一女が笑った) stays the guess.
- 固め glued after a noun is a hold or a shoring-up, がため (基礎固め, 地盤固め, 卍固め, 十字固め), and 体
  before it is たい (体固め たいがため); after a one-kanji noun only in a sentence about a bout (勝利,
  技, カウント, ギブアップ…). After a food it is how firm it is cooked and stays かため (麺固め, ご飯固めに炊く),
  as does 固め after a particle or an adverb (少し固め, 固めのプリン).
- 斬り glued after a noun is a cut or a move named after what it strikes, ぎり (延髄斬り, 千人斬り), as in
  the lexicon's 袈裟斬り, 辻斬り; after a particle it stays きり (刀で斬りつける is one verb anyway).
- 大 (the prefix) glued before a native word written in katakana (大トリ, 大ボケ, 大ネタ) is おお, as in the
  lexicon's 大トロ, 大ワザ, 大ゲンカ; before a loanword it stays だい (大ヒット, 大ブレイク, 大ファン). So is
  大 before 千秋楽, the last day of a whole run of shows (大千秋楽 おおせんしゅうらく).
- 即 glued before a lone 完 (即完, sold out at once, as Sudachi cuts it 即|完) is そっ, そっかん; before
  完売 and other words it stays そく (即完売 そくかんばい, 即日).
- 中日 after 公演の or glued after a sumo tournament (秋場所中日, 公演の中日には) is the middle day of a run,
  なかび; Sudachi reads ちゅうにち, which stays for the baseball team and China-Japan (中日戦, 中日の選手).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_has

_WEEKDAY = {"月": "げつ", "火": "か", "水": "すい", "木": "もく", "金": "きん", "土": "ど", "日": "にち"}
_SPLIT_TIME = {"日夜": "びよる", "日朝": "びあさ"}  # 金曜|日夜: the 日 of 曜日 + the time of day
_SLOT_HOURS = frozenset({"8", "9", "10", "11", "８", "９", "１０", "１１"})  # evening slots: 月9, 木10
_SLOT_AFTER = frozenset({"ドラマ", "枠", "連ドラ"})
# a TV word, or a broadcaster named (ＴＢＳの土８への登場, フジテレビの月9)
_TV_CUES = ("ドラマ", "番組", "枠", "主演", "出演", "放送", "ヒロイン", "視聴率", "改編", "テレビ", "TBS", "ＴＢＳ",
            "NHK", "ＮＨＫ")
_SMALL_TSU = {"いち": "いっ", "ろく": "ろっ", "はち": "はっ", "じゅう": "じゅっ"}
_STAGE_CUES = ("舞台", "歌舞伎", "文楽", "芝居", "扮", "裏方", "人形浄瑠璃", "演出", "黒衣")
_SKIN_CUES = ("顔", "口元", "目元", "頬", "首", "皮膚", "除去", "泣き", "肌", "ほくろ")
_CHILDREN = {"一男": "いちなん", "一女": "いちじょ"}
_CHILD_COUNT = frozenset({f"{n}{c}" for n in "一二三四五" for c in "男女"})
_FIRM_FOODS = ("飯", "麺", "めん", "米", "パスタ", "うどん", "そば", "プリン")
_BOUT_CUES = ("勝利", "技", "カウント", "ギブアップ", "フォール", "レスラー", "試合", "勝負", "決着", "仕留")
# Native words written in katakana: 大 before them is おお (大トリ), as before the kanji (大鳥 is not it).
_OO_BEFORE = frozenset({"千秋楽"})  # 大千秋楽 おおせんしゅうらく, the last day of a whole run
_NATIVE_KATAKANA = frozenset({"トリ", "ボケ", "ネタ", "モテ", "ゴケ", "ハシャギ", "ワザ", "ウソ", "ケガ", "ゲンカ",
                              "ケンカ", "ボス", "ダコ", "ザル"})
_RUN_NOUNS = frozenset({"公演", "興行", "会期", "本場所", "場所", "巡業", "舞台"})

WORDS = frozenset({*_SPLIT_TIME, *_WEEKDAY, "期生", *"一六八", "十", "十一", "十六", "十八", "二", "黒子",
                   *_CHILDREN, "固め", "体", "斬り", "大", "中日", "即"})  # all showbiz_fix looks at


def _tv_slot(tokens: list[Token], i: int) -> bool:
    """tokens[i], a weekday kanji, is glued before an evening hour (月9) that a TV word follows."""
    if i + 1 >= len(tokens) or not glued(tokens[i], tokens[i + 1]):
        return False
    number = tokens[i + 1]
    if number.pos[1:2] != ("数詞",) or number.surface not in _SLOT_HOURS:
        return False  # not 月2で出演 (twice a month)
    if i > 0 and tokens[i - 1].pos[1:2] == ("数詞",) and glued(tokens[i - 1], tokens[i]):
        return False  # 3月9 is a date
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and after.surface in _SLOT_AFTER:
        return True  # 月9ドラマ, 月9枠
    if after is not None and glued(number, after) and after.pos[0] not in ("助詞", "補助記号"):
        return False  # 月9日, 月3回: a counter
    return (after is None or after.pos[0] in ("助詞", "補助記号")) and sentence_has(tokens, i, _TV_CUES)


def _hold(tokens: list[Token], i: int) -> bool:
    """tokens[i] is 固め glued after a noun: a hold (卍固め) or a shoring-up (基礎固め)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or not glued(prev, tokens[i]) or prev.pos[0] not in ("名詞", "接尾辞") \
            or prev.pos[1:2] == ("数詞",) or prev.pos[2:3] == ("副詞可能",):
        return False
    if prev.surface.endswith(_FIRM_FOODS):
        return False  # ご飯固め, 麺固め: how firm the food is cooked, かため
    return len(prev.surface) > 1 or sentence_has(tokens, i, _BOUT_CUES)


def showbiz_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _SPLIT_TIME:
        return _SPLIT_TIME[surface] if glued(prev, token) and len(prev.surface) == 2 and prev.surface[1] == "曜" \
            and prev.surface[0] in _WEEKDAY else None
    if surface in _WEEKDAY and token.pos[0] == "名詞":
        return _WEEKDAY[surface] if reading != _WEEKDAY[surface] and _tv_slot(tokens, i) else None
    if token.pos[1:2] == ("数詞",) and nxt is not None and nxt.surface == "期生" and glued(token, nxt):
        for full, short in _SMALL_TSU.items():
            if reading.endswith(full):
                return reading[:-len(full)] + short  # 一期生 いっきせい, 十一期生 じゅういっ
        return None
    if surface == "二":
        return "ふた" if reading == "に" and nxt is not None and nxt.surface == "役" and glued(token, nxt) \
            and not (prev is not None and prev.surface == "第" and glued(prev, token)) else None
    if surface == "黒子":
        if reading != "ほくろ":
            return None
        doing = nxt is not None and nxt.surface == "に" and i + 2 < len(tokens) and tokens[i + 2].surface[:1] == "徹"
        return "くろこ" if doing or (sentence_has(tokens, i, _STAGE_CUES, others=True)
                                    and not sentence_has(tokens, i, _SKIN_CUES, others=True)) else None
    if surface in _CHILDREN:
        if nxt is None:
            return None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        counted = (nxt.surface in _CHILD_COUNT and glued(token, nxt)) or (
            nxt.surface == "を" and after is not None and after.lemma in ("もうける", "設ける", "授かる"))
        return _CHILDREN[surface] if reading != _CHILDREN[surface] and counted else None
    if surface == "固め":
        return "がため" if reading == "かため" and _hold(tokens, i) else None
    if surface == "体":
        return "たい" if reading == "からだ" and nxt is not None and nxt.surface == "固め" and glued(token, nxt) \
            and not (glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞")) and _hold(tokens, i + 1) else None
    if surface == "斬り":
        return "ぎり" if reading == "きり" and glued(prev, token) and prev.pos[0] in ("名詞", "接尾辞") \
            and (nxt is None or not glued(token, nxt) or nxt.pos[0] != "動詞") else None
    if surface == "大":
        return "おお" if reading == "だい" and token.pos[0] == "接頭辞" and nxt is not None and glued(token, nxt) \
            and (nxt.surface in _NATIVE_KATAKANA and is_katakana_word(nxt.surface) or nxt.surface in _OO_BEFORE) \
            else None
    if surface == "即":
        return "そっ" if reading == "そく" and nxt is not None and nxt.surface == "完" and glued(token, nxt) \
            else None  # 即完, selling out at once: 即|完 as Sudachi cuts it
    if surface == "中日":
        if reading != "ちゅうにち" or (nxt is not None and glued(token, nxt) and nxt.pos[0] == "名詞"):
            return None  # 中日戦, 中日新聞
        if prev is not None and prev.surface == "の":
            return "なかび" if i >= 2 and tokens[i - 2].surface in _RUN_NOUNS else None  # 公演の中日
        return "なかび" if glued(prev, token) and prev.surface.endswith("場所") else None  # 秋場所中日
    return None
