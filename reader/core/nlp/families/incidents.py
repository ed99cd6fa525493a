"""Crime, court, accident and weather news (NHK style) whose words the analyser reads by the wrong sense.

- 大 as a prefix glued before けが (けが, ケガ, 怪我) or やけど (火傷, ヤケド) is おお (大けが, 大ケガ を負った
  おおけが, 大やけど おおやけど), like the lexicon's 大やけど; Sudachi reads the prefix だい. 大火事 is おおかじ,
  not だいかじ. Other 大 words keep their reading (大地震, 大事故 だい, 大火 たいか).
- 金 standing alone (not glued after a noun or a prefix: 保釈金, 賞金 keep きん) before を, が, に, は or も
  and a verb of money (奪う, 盗む, 借りる, 払う, 困る, 欲しい, 要求 …) is money, かね (金に困っていた,
  金を奪って逃げた, 金が欲しかった, 金がなくて, 金を出せ); Sudachi reads it きん, gold. In a sentence that
  speaks of gold (金塊, 延べ棒, 純金, 金貨, グラム …) and before の (金の延べ棒) it stays きん.
- 金 listed with 銀 or 銅 (金と銀のメダル, 銅や金, 金、銀、銅) is the metal or the medal, きん, where
  Sudachi reads it かね; money (お金と時間がない) is not listed with a metal and stays かね.
- Compass points of a wind or a storm's course: 北北東 is ほくほくとう (Sudachi's lexicon has ほくほくせい,
  the reading of 北北西), and where Sudachi cuts a sixteen-point bearing into a quarter and a half
  (南|南西, 東|南東) the quarter glued before a half-quarter that holds it is read on, as in the
  whole words 北北西 and 西南西: 南南西 なんなんせい, 東南東 とうなんとう. A quarter standing alone (南の風,
  南に進む) keeps its kun reading.
- 河口 that Sudachi takes for the place name かわぐち, in a sentence about a river or the sea (川の河口付近,
  津波が河口をさかのぼる) or the land a river builds (三角州, 河口付近に土砂が堆積;
  河口から十キロの地点まで潮が…), is a river mouth, かこう.
  Not glued before 湖 (河口湖) nor after a proper noun (富士河口), nor tagged a surname (河口氏は川を調べた),
  and without water in the sentence it is left alone.
- 今 glued before シーズン, シリーズ or ツアー is "this", こん (今シーズン一番の冷え込み こんシーズン), as in
  今季 and 今大会; Sudachi reads it いま.
- 人気 before の or が and ない (人気のない路地, 人気がない場所) and a place or a time (路地, 夜道, 場所,
  時間帯 …) is the presence of people, ひとけ; Sudachi reads にんき, popularity. Before any other noun
  (人気のない商品, 人気がない政党) it stays にんき. So is 人気 before が or の and ない after such a place
  and は, も or に, in a sentence that is dark or frightening (夜の公園は人気がなくて怖い, 深夜の駅には人気が
  なかった); without that cue a place may be popular or not (この公園は人気がない stays にんき).
- 出所 after の and a thing that has a source (拳銃の出所, 資金の出所, 情報の出所は) is where it came from,
  でどころ; Sudachi reads しゅっしょ, release from prison, which stays after a prison or a person
  (刑務所を出所, 男の出所を待つ) and before する or 後 (出所した, 出所後).
- 家人, whom Sudachi reads けにん (a lord's retainer), is the household, かじん (家人が物音に気付き,
  家人に知られないよう), unless the sentence speaks of lords and their men (仕え, 主君, 幕府, 武士, 源氏,
  平家, 郎党 …: 源氏の家人として仕えた stays けにん). 御家人 is its own word (ごけにん).
- (懲役2年6月, a term of months after years, げつ, is read with the number in numbers.py.)
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has, sentence_of

_BIG_OH = frozenset({"けが", "ケガ", "怪我", "やけど", "火傷", "ヤケド"})  # 大けが おおけが
_QUARTER_ON = {"東": "とう", "西": "せい", "南": "なん", "北": "ほく"}
_HALF_QUARTERS = frozenset({"北東", "北西", "南東", "南西"})
_METALS = frozenset({"銀", "銅"})  # 金と銀: gold listed with another metal
_LIST_JOINERS = frozenset({"と", "や", "か", "も", "、", "・"})
_MONEY_PARTICLES = frozenset({"を", "が", "に", "は", "も"})
_MONEY_VERBS = frozenset({"奪う", "盗む", "借りる", "貸す", "払う", "支払う", "困る", "欲しい", "返す", "渡す",
                          "受け取る", "稼ぐ", "貯める", "要求", "振り込む", "だまし取る", "騙し取る", "脅し取る",
                          "巻き上げる", "使い込む", "工面", "無心", "せびる", "足りる", "用立てる", "出し合う",
                          "無い", "出す", "ない"})
_GOLD_CUES = ("金塊", "延べ棒", "純金", "金貨", "地金", "金製", "金箔", "金メダル", "グラム", "金価格", "金相場",
              "金属")
_WATER = ("川", "河川", "海", "津波", "湾", "港", "海岸", "堤防", "水位", "氾濫", "釣", "船", "魚", "干潟", "高潮",
          "土砂", "三角州", "堆積", "潮", "上流", "下流", "流域")  # a delta is built at a river mouth
_THIS_KATAKANA = frozenset({"シーズン", "シリーズ", "ツアー"})  # 今シーズン こん
_PLACES = frozenset({"場所", "路地", "道", "夜道", "山道", "裏道", "林道", "通り", "公園", "駐車場", "建物", "空き家",
                     "廃屋", "廃墟", "河川敷", "海岸", "浜辺", "住宅街", "倉庫", "時間帯", "夜", "深夜", "部屋",
                     "屋敷", "通路", "地下道", "ところ", "所", "山中", "森", "林", "路上", "一角", "田舎道"})
_TOPIC_PARTICLES = frozenset({"は", "も", "に", "には"})
_DARK_CUES = ("夜", "暗", "怖", "恐", "寂し", "淋し", "不気味", "静まり")
_SOURCED = frozenset({"情報", "資金", "金", "お金", "現金", "拳銃", "銃", "銃器", "武器", "凶器", "噂", "うわさ",
                      "薬物", "覚醒剤", "大麻", "麻薬", "資料", "文書", "画像", "写真", "動画", "データ", "手紙",
                      "金塊", "盗品", "紙幣", "札束", "偽札", "ネタ", "怪文書"})  # things that come from somewhere
_LORDS = ("仕え", "主君", "幕府", "将軍", "武士", "武家", "源氏", "平氏", "平家", "郎党", "郎等", "家臣", "大名",
          "御恩", "奉公", "鎌倉", "荘園", "朝廷", "藩")  # a medieval retainer, けにん
WORDS = frozenset({"大", "大火事", "金", "北北東", "河口", "今", "人気", "出所", "家人",
                   *_QUARTER_ON})  # all incidents_fix looks at


def _money(tokens: list[Token], i: int) -> bool:
    """tokens[i] (金, alone) is the object or subject of a verb of money, in a sentence not about gold."""
    prev = tokens[i - 1] if i > 0 else None
    if glued(prev, tokens[i]) and prev.pos[0] in ("名詞", "接頭辞", "接尾辞"):
        return False  # 保釈金, 身代金: a compound the analyser split
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.surface not in _MONEY_PARTICLES or nxt.pos[0] != "助詞":
        return False
    after = tokens[i + 2:i + 4]
    if not any(t.lemma in _MONEY_VERBS for t in after[:1]) and not (
            len(after) == 2 and after[0].pos[0] == "副詞" and after[1].lemma in _MONEY_VERBS):
        return False  # the verb straight after the particle (or after one adverb)
    return not sentence_has(tokens, i, _GOLD_CUES)


def _listed_with_metal(tokens: list[Token], i: int) -> bool:
    """tokens[i] (金) and 銀 or 銅 stand one joiner apart (金と銀, 銅や金, 金、銀)."""
    pairs = [(i - 1, i - 2), (i + 1, i + 2)]
    return any(0 <= metal < len(tokens) and tokens[joiner].surface in _LIST_JOINERS
               and tokens[metal].surface in _METALS for joiner, metal in pairs)


def incidents_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "大":
        if reading == "だい" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface in _BIG_OH:
            return "おお"  # 大けが, 大怪我
        return None
    if surface == "大火事":
        return "おおかじ" if reading == "だいかじ" else None
    if surface == "金":
        if reading == "かね" and _listed_with_metal(tokens, i):
            return "きん"  # 金と銀のメダルを取りました
        return "かね" if reading == "きん" and token.pos[0] == "名詞" and _money(tokens, i) else None
    if surface == "河口":
        prev = tokens[i - 1] if i > 0 else None
        if reading == "かわぐち" and token.pos[2:3] != ("人名",) \
                and not (glued(token, nxt) and nxt.surface.startswith("湖")) \
                and not (glued(prev, token) and prev.pos[1:2] == ("固有名詞",)) \
                and any(t is not token and any(w in t.surface for w in _WATER) for t in sentence_of(tokens, i)):
            return "かこう"  # 川の河口付近: a river mouth
        return None
    if surface == "今":
        return "こん" if reading == "いま" and glued(token, nxt) and nxt.surface in _THIS_KATAKANA else None
    if surface == "人気":
        after = tokens[i + 1:i + 4]
        if reading == "にんき" and len(after) == 3 and after[0].surface in ("の", "が") \
                and after[1].lemma in ("ない", "無い") and after[2].surface in _PLACES:
            return "ひとけ"  # 人気のない路地: nobody about
        if reading == "にんき" and len(after) >= 2 and after[0].surface in ("の", "が") \
                and after[1].lemma in ("ない", "無い") and i >= 2 and tokens[i - 1].surface in _TOPIC_PARTICLES \
                and tokens[i - 2].surface in _PLACES and sentence_has(tokens, i, _DARK_CUES):
            return "ひとけ"  # 夜の公園は人気がなくて怖い
        return None
    if surface == "出所":
        prev = tokens[i - 1] if i > 0 else None
        if reading == "しゅっしょ" and i >= 2 and prev.surface == "の" and tokens[i - 2].surface in _SOURCED \
                and not (nxt is not None and (nxt.lemma == "する" or nxt.surface == "後")):
            return "でどころ"  # 拳銃の出所: where it came from
        return None
    if surface == "家人":
        if reading == "けにん" and not sentence_has(tokens, i, _LORDS):
            return "かじん"  # 家人が物音に気付き: the household
        return None
    if surface == "北北東":
        return "ほくほくとう" if reading != "ほくほくとう" else None
    prev = tokens[i - 1] if i > 0 else None
    if glued(prev, token) and prev.surface[-1:] in _QUARTER_ON:
        return None  # inside a longer run of bearings: leave it
    if reading != _QUARTER_ON[surface] and glued(token, nxt) and nxt.surface in _HALF_QUARTERS \
            and surface in nxt.surface:
        return _QUARTER_ON[surface]  # 南|南西 なん, 東|南東 とう
    return None
