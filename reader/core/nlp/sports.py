"""Sports-reporting words the analyser reads by another sense.

- 表 glued after an inning (9回表, 2回表, 初回表) is the top half of it, おもて, as 裏 is うら;
  Sudachi reads it ひょう ("a table"). 表示, 表彰 and 今回表明 are other words and never reach here.
- 勝 glued after 最多 is the pitchers' title 最多勝, さいたしょう; Sudachi reads it かち.
- 試合 after 残り (the games left) stays しあい; the rendaku rule of readings.py that makes 練習試合
  and 親善試合 じあい does not hold there.
- 前頭 in a sumo sentence (力士, 横綱, 入幕, 番付 … or a rank number after it: 前頭三枚目, 前頭筆頭) is the
  rank, まえがしら; Sudachi reads it ぜんとう, the forehead, which stays in 前頭部 and 前頭葉.
- 大時代 glued after a name (ネブラスカ大時代, 早稲田大時代) is 大 "university" + 時代 "days", だいじだい,
  the bio's "in his university days"; Sudachi reads the rare おおじだい ("old-fashioned"), which stays
  where no name comes before it (大時代な芝居).
- 拳 glued before a noun in kanji is けん, the first kanji of a fighter's title or style (拳王, 拳王軍,
  拳聖 as the lexicon has it); Sudachi splits off 拳 and reads こぶし, the fist, which stays on its own.
- 一、三塁 and its kin are one word to Sudachi (いちさんるい): the reading gets the comma back, いち、
  さんるい, so furigana.py splits it at the comma (一 いち, 三塁 さんるい), not as 一 い, 三塁 ちさんるい.
"""
from __future__ import annotations

from .tokens import Token, is_kanji

_BASES = {"一、二塁": "いち", "一、三塁": "いち", "二、三塁": "に"}
WORDS = frozenset({"表", "勝", "試合", "前頭", "大時代", "拳", *_BASES})  # all sports_fix looks at

_INNING_BEFORE = frozenset({"回", "初回"})
_PLAIN_MATCH_AFTER = frozenset({"残り"})
_SUMO_CUES = ("力士", "横綱", "大関", "関脇", "小結", "幕内", "入幕", "三役", "番付", "十両", "土俵", "白星",
              "黒星", "金星", "敢闘賞", "殊勲賞", "技能賞")
_RANK_AFTER = frozenset({"筆頭"})
_KATAKANA_END = frozenset(chr(c) for c in range(0x30A1, 0x30FB)) | {"ー"}  # ネブラスカ|大時代


def _glued_before(tokens: list[Token], i: int) -> Token | None:
    prev = tokens[i - 1] if i > 0 else None
    return prev if prev is not None and prev.end == tokens[i].start else None


def sports_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    surface = tokens[i].surface
    if surface in _BASES:
        head = _BASES[surface]
        return head + "、" + reading[len(head):] if reading.startswith(head) and "、" not in reading else None
    if surface == "拳":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return "けん" if reading == "こぶし" and nxt is not None and nxt.start == tokens[i].end \
            and nxt.pos[0] == "名詞" and is_kanji(nxt.surface[0]) else None  # 拳王軍 けんおうぐん
    prev = _glued_before(tokens, i)
    if surface == "表":
        if reading != "ひょう" or prev is None or prev.surface not in _INNING_BEFORE:
            return None
        if prev.surface == "回":
            number = _glued_before(tokens, i - 1)
            if number is None or number.pos[1:2] != ("数詞",):
                return None
        return "おもて"
    if surface == "勝":
        return "しょう" if reading == "かち" and prev is not None and prev.surface == "最多" else None
    if surface == "大時代":
        return "だいじだい" if prev is not None and (prev.proper or prev.surface[-1:] in _KATAKANA_END) else None
    if surface == "試合":
        return "しあい" if reading == "じあい" and prev is not None and prev.surface in _PLAIN_MATCH_AFTER else None
    if reading != "ぜんとう":
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.start == tokens[i].end:
        if nxt.surface in _RANK_AFTER or nxt.pos[1:2] == ("数詞",):
            return "まえがしら"
        if nxt.pos[0] == "名詞" or nxt.pos[0] == "接尾辞":
            return None  # 前頭部, 前頭前野
    return "まえがしら" if any(cue in t.surface for t in tokens for cue in _SUMO_CUES) else None
