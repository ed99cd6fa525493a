"""Words read by the place name they are glued to.

- 口 glued after a place name is the gate or exit named after it, ぐち (八重洲口, 丸の内口, 京都駅の
  八条口), like 南口 and 登山口 that the lexicon already voices; Sudachi reads it くち after a name.
- 日向 glued before 灘 is the old province, ひゅうが (日向灘 the sea off Miyazaki, where earthquakes
  start); Sudachi reads it ひなた ("a sunny spot"), which stays elsewhere (日向坂, 日向ぼっこ).
- 島 that Sudachi splits off (as the suffix とう, or the noun しま) after a place name of three kanji or
  more is the island named after it, じま (与那国島 よなぐにじま, 波照間島, 多良間島, 北大東島, 沖永良部島;
  渡嘉敷島まで, where Sudachi says しま), as the lexicon's 宮古島 and 石垣島. It stays とう after a
  shorter name, where Sino and foreign names are (台湾島, 巨済島, 利尻島, and the native 与論島 too:
  usage varies), after a name with 硫黄 (南硫黄島 みなみいおうとう, officially とう), after a name
  with a contracted sound (羅処和島 らしょわとう: Kuril names are read とう), after katakana (ハワイ島)
  and after a common noun (人工島).
- 着 that Sudachi splits off as a suffix after a place name is arrival there, ちゃく (ワシントン着、,
  成田着の便, 上海着), as its 発 beside it (ワシントン発 はつ), and so after a station, an airport or a
  port (京都駅着, 成田空港着の便, 新宿駅着は十時); Sudachi reads ぎ (clothes: 部屋着, 普段着), which
  stays after any other word.
- 峰 glued after a place name is the cape or peak named after it, ほう (喜望峰 きぼうほう); Sudachi reads
  the split-off 峰 みね (or, as a suffix before 回り, ぼん: 喜望峰回り), which stays after a particle or alone
  (峰を越える, 山の峰).
- 立中, a place name Sudachi finds inside 町立中学校 and 町立中高一貫校 (町|立中|学校 まち りっちゅう), is
  立 (founded by) and the 中 of 中学校, りつちゅう, when glued between a one-kanji body that founds
  schools (町, 村, 市, 県, 区) and a kanji word; 町 before it is then ちょう (町立 ちょうりつ), 村 そん,
  and a 高 after it こう (中高一貫 ちゅうこう, not だか). Sudachi's own 市立中学校 and 町立中央公民館 are
  already right; 立中 alone or after a name (立中さん) stays.
- 下二, a place name Sudachi finds in 氷点下二十度 (氷点|下二|十度 しもふた), is 下 of 氷点下 and the 二
  of the number, かに, when glued after 氷点 or 零 and before a numeral (氷点下二十度 ひょうてんかにじゅうど);
  氷点下二度 and 零下二十度 are Sudachi's already, and 下二 elsewhere (a place) stays.
"""
from __future__ import annotations

from ..tokens import Token, is_kanji

WORDS = frozenset({"口", "日向", "島", "着", "峰", "立中", "町", "村", "高", "下二"})  # all place_fix looks at

_PROVINCE_BEFORE = frozenset({"灘"})
_STOPS = ("駅", "空港", "港")  # where a train, a plane or a ship arrives: 京都駅|着 ちゃく


_FOUNDERS = {"町": "ちょう", "村": "そん", "市": "し", "県": "けん", "区": "く"}  # X立 schools: 町立 ちょうりつ


def _school_founder_split(tokens: list[Token], i: int) -> bool:
    """tokens[i] is 立中 that Sudachi cut out of X立中学校 (町|立中|学校): glued to a founder and a kanji word."""
    if i >= len(tokens):
        return False  # a founder word ends the text (美しい町): nothing after it
    token = tokens[i]
    if token.surface != "立中" or i == 0 or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return prev.surface in _FOUNDERS and prev.end == token.start and nxt.start == token.end \
        and is_kanji(nxt.surface[:1])


def place_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    if token.surface in ("立中", "町", "村", "高"):
        if token.surface == "立中":
            return "りつちゅう" if _school_founder_split(tokens, i) else None
        if token.surface == "高":  # 町立中高一貫校: the 高 of 中高 (high school), not the voiced だか
            return "こう" if reading == "だか" and i > 0 and _school_founder_split(tokens, i - 1) else None
        return _FOUNDERS[token.surface] if _school_founder_split(tokens, i + 1) else None
    if token.surface == "下二":
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev is not None and nxt is not None and prev.surface in ("氷点", "零") and prev.end == token.start \
                and nxt.start == token.end and nxt.pos[1:2] == ("数詞",):
            return "かに"  # 氷点|下二|十度: 氷点下 and the number 二十, not the place しもふた
        return None
    if token.surface == "口":
        prev = tokens[i - 1] if i > 0 else None
        if reading == "くち" and prev is not None and prev.end == token.start and prev.pos[2:3] == ("地名",):
            return "ぐち"
        return None
    if token.surface in ("着", "峰"):
        prev = tokens[i - 1] if i > 0 else None
        if reading in {"着": ("ぎ",), "峰": ("みね", "ぼん")}[token.surface] and prev is not None \
                and prev.end == token.start and (prev.pos[2:3] == ("地名",) or token.surface == "着"
                                                 and prev.pos[0] == "名詞" and prev.surface.endswith(_STOPS)):
            return "ちゃく" if token.surface == "着" else "ほう"  # ワシントン|着, 京都駅|着, 喜望|峰
        return None
    if token.surface == "島":
        prev = tokens[i - 1] if i > 0 else None
        if reading in ("とう", "しま") and prev is not None and prev.end == token.start \
                and prev.pos[2:3] == ("地名",) and len(prev.surface) >= 3 and all(map(is_kanji, prev.surface)) \
                and "硫黄" not in prev.surface and not any(ch in "ゃゅょ" for ch in prev.reading):
            return "じま"  # 与那国|島: a Japanese island named after its place (Sino names are shorter)
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if reading == "ひなた" and nxt is not None and nxt.start == token.end and nxt.surface in _PROVINCE_BEFORE:
        return "ひゅうが"
    return None
