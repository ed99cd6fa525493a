"""DIY and home-improvement words (woodwork, flooring, fittings, how-to steps with measurements) that
Sudachi reads in another sense.

- 径 that Sudachi reads こみち (a path) in a sentence about sizes or holes (下穴の径はネジの太さの七割,
  パイプの径を測る, 径六ミリ) is a diameter, けい, as in 口径 and 直径; with no such cue it stays こみち
  (森の径を歩く).
- 根太 that Sudachi reads ねぶと (a boil) in a sentence about floors or timber (床下の根太が腐っていた,
  根太に合板を張る) is the floor joist, ねだ; elsewhere ねぶと stays (お尻に根太ができた).
- 大引 that Sudachi reads おおびけ (the market's close) in a sentence about floors, posts or timber
  (束柱を立てて大引を渡す) is the sleeper beam, おおびき; with market words it stays (株価は大引にかけて).
- 柄 that Sudachi reads がら (a pattern) after a tool and の (金槌の柄, 包丁の柄を握る) is the handle, え;
  after cloth or a brolly it stays がら (傘の柄がかわいい, シャツの柄).
- 紙 that Sudachi reads as the suffix し, glued after a hiragana word of two or more kana (ふすま紙,
  ざら紙), is paper of that use and voices, がみ, like the lexicon's 障子紙 and 包み紙; after one kana it
  stays (ろ紙 ろし) and after katakana it stays (コピー紙 こぴーし).
- 止 that Sudachi reads とめ glued before 水栓 or 水弁 is the し of 止水 (止水栓 しすいせん, 止水弁).
- 柱 glued after 棚 or 束 is a post of that kind and voices, ばしら (棚柱 たなばしら, 束柱 つかばしら, as
  the lexicon's 床柱 and 大黒柱); 束 glued before 柱 is the short post, つか (束柱), not たば (a bundle).
  After other words it stays (電柱, 木の柱).
- 錐 that Sudachi reads すい outside 円錐/角錐 is the gimlet, きり (錐で穴をあける, 皿取り錐); after
  円 or 角 it stays すい.
- 欠き glued after the prefix 相 is the halving joint, あいがき (相欠き継ぎ); Sudachi leaves かき.
- 一間 that Sudachi takes for the name かずま, and 半間 that it reads はんま (half-witted), in a sentence
  about lengths (一間は六尺, 半間×一間の大きさ) are lengths, いっけん and はんげん; without length words they
  are left alone (半間な知識 はんま), and so is 一間 glued after a room's size (四畳半一間, one room).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# What makes a sentence one about sizes, holes and fittings (for 径).
_SIZE_CUES = ("ミリ", "センチ", "mm", "cm", "ｍｍ", "ｃｍ", "太さ", "穴", "ネジ", "ねじ", "ビス", "パイプ", "ドリル",
              "ビット", "管", "寸法", "サイズ", "測", "計")
# Floors, posts and timber (for 根太 and 大引).
_FLOOR_CUES = ("床", "根太", "大引", "束", "土台", "材", "合板", "柱", "釘", "ビス", "張", "施工", "補強", "基礎")
_SKIN_CUES = ("腫", "膿", "皮膚", "尻", "でき物", "できもの")
_MARKET_CUES = ("株", "相場", "終値", "取引", "東証", "日経", "平均", "前場", "後場", "寄り付き", "円", "値")
# Tools whose 柄 is a handle: none of them is worn or printed on.
_TOOLS = ("槌", "ハンマー", "包丁", "鍬", "斧", "鉈", "鋸", "のこぎり", "ノコギリ", "鎌", "スコップ", "シャベル",
          "刷毛", "箒", "ほうき", "ナイフ", "鑿", "彫刻刀", "やすり", "ヤスリ", "柄杓", "杓子", "ドライバー", "鏝",
          "コテ", "ひしゃく", "鋤", "つるはし", "モップ")
# Lengths (for 一間, 半間); not 畳: 四畳半一間 is a room.
_LENGTH_CUES = ("尺", "寸", "センチ", "ミリ", "メートル", "cm", "mm", "×", "幅", "間口", "奥行")
_VOICED_POSTS = {"棚": "ばしら", "束": "ばしら"}
_SOLIDS = ("円", "角")
WORDS = frozenset({"径", "根太", "大引", "柄", "紙", "止", "柱", "束", "錐", "欠き", "一間", "半間"})


def _is_hiragana(text: str) -> bool:
    return all("\u3041" <= ch <= "\u309f" for ch in text)


def diy_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "径":
        if reading == "こみち" and sentence_has(tokens, i, _SIZE_CUES):
            return "けい"  # 下穴の径はネジの太さの七割
        return None
    if surface == "根太":
        if reading == "ねぶと" and sentence_has(tokens, i, _FLOOR_CUES, others=True) \
                and not sentence_has(tokens, i, _SKIN_CUES):
            return "ねだ"  # 床下の根太が腐っていた
        return None
    if surface == "大引":
        if reading == "おおびけ" and sentence_has(tokens, i, _FLOOR_CUES, others=True) \
                and not sentence_has(tokens, i, _MARKET_CUES):
            return "おおびき"  # 束柱を立てて大引を渡す
        return None
    if surface == "柄":
        if reading == "がら" and i > 1 and prev.surface == "の" and tokens[i - 2].surface.endswith(_TOOLS):
            return "え"  # 金槌の柄の端を持つ
        return None
    if surface == "紙":
        if reading == "し" and token.pos[0] == "接尾辞" and glued(prev, token) and len(prev.surface) >= 2 \
                and _is_hiragana(prev.surface) and prev.pos[0] == "名詞":
            return "がみ"  # ふすま|紙
        return None
    if surface == "止":
        if reading == "とめ" and glued(token, nxt) and nxt.surface in ("水栓", "水弁"):
            return "し"  # 止|水栓 しすいせん
        return None
    if surface == "柱":
        if reading == "はしら" and glued(prev, token) and prev.surface in _VOICED_POSTS:
            return _VOICED_POSTS[prev.surface]  # 棚|柱, 束|柱
        return None
    if surface == "束":
        if reading == "たば" and glued(token, nxt) and nxt.surface == "柱":
            return "つか"  # 束|柱 つかばしら
        return None
    if surface == "錐":
        if reading == "すい" and not (glued(prev, token) and prev.surface.endswith(_SOLIDS)):
            return "きり"  # 錐で穴をあける; 円錐 stays
        return None
    if surface == "欠き":
        if reading == "かき" and glued(prev, token) and prev.surface == "相":
            return "がき"  # 相|欠き継ぎ
        return None
    # 一間, 半間: lengths in a sentence about measurements
    wrong = {"一間": ("かずま", "いっけん"), "半間": ("はんま", "はんげん")}[surface]
    if reading == wrong[0] and sentence_has(tokens, i, _LENGTH_CUES, others=True) \
            and not (glued(prev, token) and prev.surface.endswith(("畳", "畳半", "帖", "帖半"))):
        return wrong[1]  # 一間は六尺, 半間×一間
    return None
