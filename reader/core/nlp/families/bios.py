"""Encyclopedia bios and entertainment: careers, broadcasts, manga and novels, royalty and nobility,
classical music, festivals and shrines.

- 巻 glued after a word that picks out one volume of a series (最終巻, 続巻, 当巻, 既刊巻, 収録巻,
  番外巻, 毎巻 まいかん) is the volume, かん, as in the lexicon's 最新巻, 前巻, 各巻; Sudachi reads the split-off
  巻 まき ("a roll"), which stays after a food or a shape (恵方巻, 鉄火巻). 続 before it is ぞっ
  (続巻 ぞっかん).
- 家 glued after a rank of nobility or rule (伯爵家, 侯爵家, 男爵家, 大公家, 大名家, 天皇家, 両王家)
  is the house, け, as in the lexicon's 将軍家, 摂関家; Sudachi reads the suffix か (専門家, 資産家,
  which stay). 藩主家, cut 藩|主家 (主家 しゅか, "one's lord's house"), is はん|しゅけ the same way.
- 主人|公役: Sudachi cuts 主人公役 ("the lead role") across 公役 くやく (public duty); the piece after
  主人 is 公 + 役, こうやく.
- 十八番 in a sentence about numbers (背番号, ナンバー, 第, 番号) is the number, じゅうはちばん;
  Sudachi reads the word おはこ ("one's specialty"), which stays elsewhere (カラオケでは十八番の演歌).
- 神輿 is みこし; Sudachi reads it しんよ after the prefix 大 and a counter (大神輿, 千貫神輿), and
  大 before it is おお (大神輿 おおみこし), as in 大掃除.
- 翌春 is よくしゅん ("the following spring"); Sudachi reads it よくはる.
- 数 glued before 話 is "a few episodes", すうわ (数話ある); Sudachi reads 数 かず and the story
  はなし there. 話 glued before 数 is an episode count, わすう (話数は全十二話).
- 拍子 glued after a numeral is a musical metre and voices, びょうし (三拍子, 四分の三拍子, 6拍子),
  as in the lexicon's 手拍子; not after 一 (一拍子遅れて, a beat).
- 月次 glued before 祭 is the shrine's monthly rite, つきなみ (月次祭 つきなみさい); げつじ is the
  accountant's "monthly" (月次決算), which stays.
- 前 glued before an office or an affiliation (所属, 監督, 事務所, 王者, チーム) is "the former", ぜん,
  after a particle too (契約を巡って前所属レーベルと, 会見で前監督が); readings.py reads it so where it
  opens a clause. After の, より, から it stays まえ (駅の前 "in front of", それより前 "before").
- 初 glued before 週 is the first week on a chart, しょしゅう (初週売上); Sudachi reads はつ.
- 命 and 尊 glued after a god's name (a given name to Sudachi: 倭建命, 素戔嗚尊, 木花咲耶姫命) in a
  sentence about gods or shrines (神, 祀る, 祭, 古事記, 伝説) are the title みこと, with the の the
  names are read with (やまとたけるのみこと); Sudachi reads めい and そん. After a surname (山田尊)
  or with no such cue (健太命, "crazy about Kenta") they stay. 大神 after a god's name (天照大神,
  豊受大神) is おおみかみ, not だいじん.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# Words that pick out one volume of a series (before a split-off 巻 まき).
_VOLUME_PICKERS = frozenset({"最終", "続", "当", "既刊", "収録", "番外", "総集編", "完結", "新刊", "該当", "未収録",
                             "毎"})
# Ranks of nobility and rule whose house is け (伯爵家 はくしゃくけ).
_HOUSE_RANKS = frozenset({"大公", "辺境伯", "選帝侯", "侯", "親王", "天皇", "皇帝", "大名", "国王", "女王", "王",
                          "両王", "藩主", "領主", "宮", "皇太子", "方伯"})
_NUMBER_CUES = ("背番号", "番号", "ナンバー", "第", "打順", "番目")
_NUMERAL_CHARS = frozenset("二三四五六七八九十百0123456789０１２３４５６７８９何")
# Offices and affiliations that 前 "the former" comes before (前所属 ぜんしょぞく).
_FORMER_OF = frozenset({"所属", "所属先", "事務所", "所属事務所", "監督", "王者", "王", "国王", "社長", "会長", "知事",
                        "市長", "首相", "大統領", "政権", "球団", "団体", "夫", "妻", "チーム", "コーチ", "レーベル",
                        "クラブ", "代表", "職"})
_PLACE_OR_TIME = frozenset({"の", "より", "から", "まで"})  # 駅の前, それより前: まえ
_GOD_CUES = ("神", "祀", "祭", "古事記", "日本書紀", "記紀", "伝説", "神話", "降臨", "東征")
_GOD_TITLES = {"命": "みこと", "尊": "みこと", "大神": "おおみかみ"}
WORDS = frozenset({*_GOD_TITLES, "前", "初", "巻", "続", "家", "主家", "公役", "十八番", "神輿", "大", "翌春", "数",
                   "話", "拍子", "月次"})  # all bios_fix looks at


def bios_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _GOD_TITLES:
        return _god_title(tokens, i, reading)
    if surface == "前":
        return "ぜん" if reading == "まえ" and glued(token, nxt) and nxt.surface in _FORMER_OF and prev is not None \
            and prev.pos[0] == "助詞" and prev.surface not in _PLACE_OR_TIME else None  # 巡って前所属レーベル
    if surface == "初":
        return "しょ" if reading == "はつ" and glued(token, nxt) and nxt.surface == "週" else None  # 初週売上
    if surface == "巻":
        return "かん" if reading == "まき" and glued(prev, token) and prev.surface in _VOLUME_PICKERS else None
    if surface == "続":
        return "ぞっ" if reading == "ぞく" and glued(token, nxt) and nxt.surface == "巻" and nxt.reading == "まき" \
            else None  # 続巻 ぞっかん
    if surface == "家":
        return "け" if reading == "か" and glued(prev, token) and token.pos[0] in ("名詞", "接尾辞") \
            and (prev.surface in _HOUSE_RANKS or prev.surface.endswith("爵")) else None
    if surface == "主家":
        return "しゅけ" if reading == "しゅか" and glued(prev, token) and prev.surface == "藩" else None  # 藩主家
    if surface == "公役":
        return "こうやく" if glued(prev, token) and prev.surface == "主人" else None  # 主人公役
    if surface == "十八番":
        return "じゅうはちばん" if reading == "おはこ" and \
            sentence_has(tokens, i, _NUMBER_CUES) else None
    if surface == "神輿":
        return "みこし" if reading == "しんよ" else None
    if surface == "大":
        return "おお" if reading == "だい" and token.pos[0] == "接頭辞" and glued(token, nxt) \
            and nxt.surface == "神輿" else None  # 大神輿 おおみこし
    if surface == "翌春":
        return "よくしゅん" if reading == "よくはる" else None
    if surface == "数":
        return "すう" if reading == "かず" and glued(token, nxt) and nxt.surface == "話" else None  # 数話 すうわ
    if surface == "話":
        episodes = glued(prev, token) and prev.surface == "数" and prev.reading in ("かず", "すう") \
            or glued(token, nxt) and nxt.surface == "数" and nxt.reading == "すう"
        return "わ" if reading in ("はなし", "ばなし") and episodes else None  # 数話 すうわ, 話数 わすう
    if surface == "拍子":
        return "びょうし" if reading == "ひょうし" and glued(prev, token) and prev.surface[-1:] in _NUMERAL_CHARS \
            else None  # 三拍子, 四分の三拍子
    if surface == "月次":
        return "つきなみ" if reading == "げつじ" and glued(token, nxt) and nxt.surface == "祭" else None  # 月次祭
    return None


def _god_title(tokens: list[Token], i: int, reading: str) -> str | None:
    """命, 尊 (みこと) or 大神 (おおみかみ) after a god's name, in a sentence about gods, or None."""
    token, prev = tokens[i], tokens[i - 1] if i > 0 else None
    title = _GOD_TITLES[token.surface]
    if reading.endswith(title) or not glued(prev, token) or not prev.proper or prev.pos[3:4] == ("姓",) \
            or token.surface != "大神" and prev.pos[2:3] != ("人名",):
        return None
    if not sentence_has(tokens, i, _GOD_CUES, others=True):
        return None
    return title if title == "おおみかみ" or prev.reading.endswith("の") else "の" + title
