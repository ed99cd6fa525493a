"""Neighbourhood association and city newsletters (自治会だより, 回覧板, ごみ収集のお知らせ, 防災訓練, 夏祭り,
敬老会) and the words Sudachi splits or reads in another sense there.

- 町 that Sudachi splits off before 会費, 会館, 会報, 会長, 会員 or 会議 (町|会費, 町|会館) is the first half of
  町会, the neighbourhood association, which its lexicon reads ちょうかい: ちょう (町会費 ちょうかいひ). Not
  glued after a name or any noun (桜町|会館 is a hall of 桜町, left alone), nor before other words (町役場
  まちやくば, 町の会館 まち).
- 木 that Sudachi splits off after 拍子 is the wooden clappers of a fire watch, 拍子木 ひょうしぎ, which it
  does not know whole; 木 after 拍子 and a particle stays き (拍子の木).
- 切れ glued after 球 is a burnt-out bulb (街灯の球切れ たまぎれ), voiced like 電球切れ and 電池切れ, which
  voicing.py sets right after nouns of two characters or more; it leaves one-character nouns alone
  because 紙切れ かみきれ is a piece of paper, so 球 is named here (球の切れ, 球が切れた stay き).
"""
from __future__ import annotations

from ..tokens import Token, glued

_TOWN_ASSOCIATION = ("会費", "会館", "会報", "会長", "会員", "会議")  # what 町会 is glued to when split
# all neighborhood_fix looks at
WORDS = frozenset({"町", "木", "切れ"})


def neighborhood_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "町":
        if reading == "まち" and glued(token, nxt) and nxt.surface.startswith(_TOWN_ASSOCIATION) \
                and not (glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞")):
            return "ちょう"  # 町|会費: 町会 ちょうかい
        return None
    if surface == "木":
        if reading == "き" and glued(prev, token) and prev.surface == "拍子":
            return "ぎ"  # 拍子|木
        return None
    # 切れ
    if reading == "きれ" and glued(prev, token) and prev.surface == "球" and token.pos[0] == "名詞":
        return "ぎれ"  # 球|切れ
    return None
