"""Words of terms of service, contracts and privacy policies that Sudachi reads in another sense.

- 帰す (帰し, 帰せ, 帰さ) after に and a noun of blame or ruin is "to attribute, to end in", き (責めに帰すべき
  事由 きすべき, 水泡に帰した きした); Sudachi reads かえす (send home), which stays after other nouns
  (子供を家に帰すべきだ かえす).
- 本覚書 that Sudachi splits 本覚|書 (ほんがく, a Buddhist term, and しょ) is "this memorandum", ほん|おぼえがき
  (本覚書は原契約と一体とする); 覚書 alone is the lexicon's おぼえがき already.
- 原 that Sudachi takes for the surname はら, glued before a legal instrument (原契約, 原判決, 原規約), is the
  prefix "original", げん; before anything else it stays the surname (原監督, 原さん).
- 仮名 glued before 加工 is a pseudonym, かめい (仮名加工情報 かめいかこうじょうほう); Sudachi reads かな (the
  syllabary), which stays elsewhere (仮名で書く, 仮名遣い).
- 四条 after 第 numbers an article, よんじょう (第四条の規定), like 第四項 and 第四号; Sudachi reads the Kyoto
  street name しじょう, which stays without 第 (四条河原町, 四条通).
"""
from __future__ import annotations

from ..tokens import Token, glued

# nouns after which 〜に帰す is "to attribute, to end in": 責めに帰すべき, 水泡に帰す, 灰燼に帰す
_ATTRIBUTED_TO = frozenset({"責め", "責", "水泡", "灰燼", "烏有", "無"})
_RETURN_FORMS = frozenset({"帰す", "帰し", "帰せ", "帰さ"})
# legal instruments 原 (げん, "original") is glued before
_INSTRUMENTS = ("契約", "規約", "協定", "条約", "判決", "債権", "債務", "覚書")
# all terms_fix looks at
WORDS = _RETURN_FORMS | frozenset({"本覚", "書", "原", "仮名", "四条"})


def terms_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _RETURN_FORMS:
        if reading.startswith("かえ") and i > 1 and prev.surface == "に" \
                and tokens[i - 2].surface in _ATTRIBUTED_TO:
            return "き" + reading[2:]  # 責めに|帰す|べき
        return None
    if surface == "本覚":
        if reading == "ほんがく" and glued(token, nxt) and nxt.surface == "書":
            return "ほんおぼえ"  # 本覚|書: this memorandum
        return None
    if surface == "書":
        if reading == "しょ" and glued(prev, token) and prev.surface == "本覚":
            return "がき"
        return None
    if surface == "原":
        if reading == "はら" and glued(token, nxt) and nxt.surface.startswith(_INSTRUMENTS):
            return "げん"  # 原|契約: not the surname
        return None
    if surface == "仮名":
        if reading == "かな" and glued(token, nxt) and nxt.surface.startswith("加工"):
            return "かめい"  # 仮名|加工情報
        return None
    # 四条
    if reading == "しじょう" and glued(prev, token) and prev.surface == "第":
        return "よんじょう"  # 第|四条
    return None
