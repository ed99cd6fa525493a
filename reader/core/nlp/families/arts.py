"""Arts and culture reviews (film, book, concert, theatre and exhibition reviews, museum catalogues)
whose words Sudachi reads in another sense or splits.

- 章 that Sudachi takes for the given name あきら, glued before ごと or ずつ, is a chapter, しょう (章ごとに
  語り手が替わる, 章ずつ読む); before an honorific or alone it stays the name (章さん, 章が来た).
- 管 that Sudachi reads くだ ("a pipe") is the wind section, かん, in a sentence about strings or an
  orchestra (弦の厚みと管のバランス, 管と弦の掛け合い, オーケストラの管が鳴る); elsewhere it stays くだ
  (細い管を通す, ガラスの管).
- 具 glued after a word ending in 絵 is the second half of 絵具 split off, のぐ (岩絵|具 いわえのぐ), as in
  the lexicon's 絵具 and 油絵具; after other words it stays ぐ (道|具 is one word anyway; 雨具).
- 一行 that Sudachi reads いっこう, glued after 一行 read いちぎょう (一行一行 "line by line", 一行一行に推敲の
  跡), repeats it, いちぎょう; a party of travellers stays いっこう (一行は空港に着いた).
- 館 that Sudachi reads やかた glued before 蔵品 (which it takes for the surname くらしな) is a museum's own
  holding, かん and ぞうひん (館蔵品 かんぞうひん); 蔵品 alone after a noun is ぞうひん too.
- 素性 that Sudachi reads そせい (a feature in machine learning) is one's origins, すじょう (女性の素性は謎),
  unless the sentence is about learning, parsing or vectors (素性ベクトル, 学習の素性 そせい); モデル is no cue
  (モデルとなった女性の素性 すじょう: a sitter).
- 持す (持し, 持して) is only ever じす (満を持して, 身を持する); Sudachi reads it もたす.
- 黒衣 in a sentence about the stage (舞台, 歌舞伎, 文楽, 芝居) or "staying behind the scenes" (黒衣に徹する) is
  the black-clad stagehand, くろご; elsewhere Sudachi's こくい ("black robes") stays (黒衣の宰相, 黒衣の僧).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

_PER = frozenset({"ごと", "ずつ", "毎"})
_ORCHESTRA_CUES = ("弦", "オーケストラ", "楽団", "管弦", "木管", "金管", "交響", "吹奏", "演奏", "楽器")
# What makes 素性 a feature in machine learning; not モデル, which in reviews is an artist's sitter.
_FEATURE_CUES = ("学習", "ベクトル", "解析", "特徴", "分類", "関数", "コーパス", "抽出", "自然言語")
_STAGE_CUES = ("舞台", "歌舞伎", "文楽", "芝居", "人形", "劇", "幕", "徹")
_JISU = frozenset({"持し", "持す", "持せ", "持する", "持した"})
WORDS = frozenset({"章", "管", "具", "一行", "館", "蔵品", "素性", "黒衣"}) | _JISU  # all arts_fix looks at


def arts_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _JISU:
        if token.lemma in ("持す", "持する") and reading.startswith("もた"):
            return "じ" + reading[2:]  # 満を持して: じ, not もた
        return None
    if surface == "黒衣":
        if reading == "こくい" and sentence_has(tokens, i, _STAGE_CUES):
            return "くろご"  # 舞台の黒衣
        return None
    if surface == "章":
        if reading == "あきら" and glued(token, nxt) and nxt.surface in _PER:
            return "しょう"  # 章|ごとに: a chapter, not the name
        return None
    if surface == "管":
        if reading == "くだ" and sentence_has(tokens, i, _ORCHESTRA_CUES):
            return "かん"  # 弦の厚みと管のバランス
        return None
    if surface == "具":
        if reading == "ぐ" and glued(prev, token) and prev.pos[0] == "名詞" and prev.surface.endswith("絵") \
                and len(prev.surface) > 1:
            return "のぐ"  # 岩絵|具: 絵具 split
        return None
    if surface == "一行":
        if reading == "いっこう" and glued(prev, token) and (prev.surface == "一行" or prev.surface == "行"
                                                            and i > 1 and tokens[i - 2].surface == "一") \
                and prev.reading != "いっこう":
            return "いちぎょう"  # 一行一行: line by line
        return None
    if surface == "館":
        if reading == "やかた" and glued(token, nxt) and nxt.surface == "蔵品":
            return "かん"  # 館|蔵品
        return None
    if surface == "蔵品":
        if reading == "くらしな" and glued(prev, token) and prev.pos[0] == "名詞":
            return "ぞうひん"  # 館|蔵品
        return None
    # 素性
    if reading == "そせい" and not sentence_has(tokens, i, _FEATURE_CUES):
        return "すじょう"  # 女性の素性は謎
    return None
