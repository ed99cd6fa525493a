"""Film reviews and cinema news: box-office banners and running shares.

- 方 glued after a share of tenths (九割方終わった, 七割方, 六割方だった) is "about", the suffix がた (はちわりがた);
  Sudachi reads the split-off 方 かた or ほう, and its one-word 割方 わりかた (八割方埋まった), the adverb "fairly",
  which stays where no number stands before it (割方簡単だ). Not after a bare 割 either: 割り方 (the way to
  divide) is written with り and is another word, and 三割の方 has の between.
- 御礼 glued after a noun is a banner's "thanks for…", おんれい (満員御礼, 完売御礼, 大ヒット御礼, where Sudachi
  splits 御|礼 and reads ご|れい); the thanks one offers stay おれい (心より御礼申し上げます, 御礼を述べる,
  一言御礼申し上げます, the sentence's own 御礼の品).
"""
from __future__ import annotations

from ..tokens import Token, glued

_NUMERALS = frozenset("〇一二三四五六七八九十0123456789０１２３４５６７８９")
# What follows the thanks one offers (御礼申し上げます, 御礼を言う): never a banner.
_OFFERED_AFTER = ("を", "申", "致", "いた", "する", "し", "の品", "状")
# all film_fix looks at
WORDS = frozenset({"方", "割方", "御礼", "御"})


def _share_before(tokens: list[Token], i: int) -> bool:
    """Whether a number of tenths (九割, 七|割) ends right where tokens[i] starts."""
    prev = tokens[i - 1] if i > 0 else None
    if not glued(prev, tokens[i]) or not prev.surface.endswith("割"):
        return False
    if len(prev.surface) > 1:
        return prev.surface[-2] in _NUMERALS  # 九割 read as one word by the counters
    before = tokens[i - 2] if i > 1 else None
    return glued(before, prev) and before.surface[-1:] in _NUMERALS


def _banner_thanks(tokens: list[Token], i: int, end: int) -> bool:
    """Whether the 御礼 from tokens[i] to tokens[end] is glued after a noun and not thanks offered."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[end + 1] if end + 1 < len(tokens) else None
    if not (glued(prev, tokens[i]) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞"):
        return False
    return not (glued(tokens[end], nxt) and nxt.surface.startswith(_OFFERED_AFTER))


def film_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "割方":
        prev = tokens[i - 1] if i > 0 else None
        if reading == "わりかた" and glued(prev, token) and prev.surface[-1:] in _NUMERALS:
            return "わりがた"  # 八|割方
        return None
    if surface == "方":
        if reading in ("かた", "ほう") and _share_before(tokens, i):
            return "がた"  # 九割|方
        return None
    if surface == "御礼":
        if reading == "おれい" and _banner_thanks(tokens, i, i):
            return "おんれい"  # 満員|御礼
        return None
    if surface == "御":
        if reading in ("ご", "お") and glued(token, nxt) and nxt.surface == "礼" and _banner_thanks(tokens, i, i + 1):
            return "おん"  # 大ヒット|御|礼
        return None
    return None
