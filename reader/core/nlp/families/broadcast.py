"""Television and radio: programme listings and news about programmes, stations and ratings.

- 局 that Sudachi reads つぼね (a court lady's chamber, as in お局様) is a station or a bureau, きょく, in modern
  text (東京の局と大阪の局が共同で制作, 局が謝罪した, その局は); Sudachi picks つぼね after の, a comma or
  その. It stays つぼね glued after お or 御 (お局様, お局さん) and in a sentence about a court or the inner
  palace (大奥, 女房, 御殿, 宮中, 後宮, 女官: 女房たちは局に下がった). The other way round, 局 glued after a name
  in such a sentence (春日局, 大蔵卿局 and 将軍, 乳母, 徳川 about) is a court lady's title, つぼね, where Sudachi
  reads きょく; 大阪局 and NHK's 東京局 stay きょく (and a station named with a programme: ＮＨＫ大阪局の将軍特集).
- 撮り glued after a number and 本 or 発 is a shoot counted by episodes or takes and voices, どり (収録は2本撮り
  にほんどり, 一発撮りの映像 いっぱつどり), as 三十六枚撮り (hobby.py) and 一発録り (music.py). Not the verb: before
  ます, たい, て or a comma, or with を before the number (映画を2本撮りました, ドラマを2本撮り、) it stays とり.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# A sentence about a court or the inner palace, where 局 is a lady's chamber (つぼね).
_COURT_CUES = ("大奥", "女房", "御殿", "宮中", "後宮", "女官", "奥女中", "将軍", "御所", "平安", "乳母", "徳川", "側室",
               "御台所")
_STATION_CUES = ("番組", "放送", "NHK", "ＮＨＫ", "テレビ", "ラジオ", "制作", "特集", "記者", "支局")
_TAKE_COUNTERS = frozenset({"本", "発"})  # 2本撮り (episodes a session), 一発撮り (one take)
_VERB_AFTER = frozenset({"て", "たい", "、", ",", "，"})

WORDS = frozenset({"局", "撮り"})  # all broadcast_fix looks at


def _counted_shoot(tokens: list[Token], i: int) -> bool:
    """tokens[i], 撮り, ends a count of episodes or takes (2本撮り, 一発撮り), not the verb (2本撮りました)."""
    if i < 2:
        return False
    counter, number = tokens[i - 1], tokens[i - 2]
    if not (glued(number, counter) and glued(counter, tokens[i]) and number.pos[1:2] == ("数詞",)
            and counter.surface in _TAKE_COUNTERS):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (nxt.pos[0] == "動詞" or nxt.pos[0] == "助動詞" and nxt.lemma != "だ"
                            or nxt.surface in _VERB_AFTER):
        return False  # 2本撮りました, 2本撮りたい, 2本撮り、: the verb
    return not (i > 2 and tokens[i - 3].surface == "を")  # 映画を2本撮り: the verb with its object


def broadcast_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    if surface == "局":
        if reading == "きょく" and glued(prev, token) and (prev.proper or prev.surface.endswith("卿")):
            court = sentence_has(tokens, i, _COURT_CUES) and not sentence_has(tokens, i, _STATION_CUES)
            return "つぼね" if court else None  # 春日|局 (将軍家光の乳母)
        if reading != "つぼね" or glued(prev, token) and prev.surface in ("お", "御"):
            return None  # お局様: the chamber's lady
        return None if sentence_has(tokens, i, _COURT_CUES) else "きょく"  # 東京の局と大阪の局
    # 撮り
    return "どり" if reading == "とり" and _counted_shoot(tokens, i) else None  # 2本撮り, 一発撮り
