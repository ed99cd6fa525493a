"""European and world royal history (kings, queens, popes, dynasties) in encyclopedia and magazine style.

- 朝 that Sudachi takes for the noun あさ ("morning"), glued after a katakana proper name, is a dynasty,
  ちょう (ブルボン朝の祖, ハノーヴァー朝のジョージ1世, カペー朝、ヴァロワ朝), as Sudachi's own suffix reads it
  in テューダー朝は and メロヴィング朝の. Not glued (パリの朝) or after a common word (ある朝) it stays あさ.
- 百日 that Sudachi takes for the surname ももひ, glued before 天下, is a hundred days, ひゃくにち
  (ナポレオンの百日天下), like the lexicon's 三日天下 みっかてんか. Before an honorific (百日さん) it stays
  the surname; before a particle plain_news.py reads it; 百日草 is left alone (Sudachi's 草 varies with it).
- 公 glued before 妾 is an official mistress, こうしょう (国王の公妾); Sudachi cuts 公|妾 and reads
  おおやけ めかけ. 妾 alone stays めかけ, and 公 elsewhere is left alone (公の場 おおやけ).
- 欠 glued before a word starting with 地 is "lacking land", けっ (欠地王 けっちおう, John Lackland);
  Sudachi reads the split-off けつ, which stays before other words (欠番 is one word anyway).
- 顎 that Sudachi reads がく (the anatomical on-reading, 上顎骨), glued after a katakana proper name, is
  the jaw as a family trait, あご (ハプスブルク顎); glued after kanji (上顎) it is left alone.
- 床 after の and a word of death or sickness (臨終の床, 死の床, 病の床) or before に and 就く, 臥す, 臥せる,
  or 伏す in a sentence about illness (床に就いた, 病で床に伏した), is a sickbed or a bed, とこ; Sudachi reads
  ゆか (a floor), which stays elsewhere (台所の床, 床に座った, 木の床に寝た, 床に伏せて頭部を守る).
- Before 位, Sudachi cuts 相次いで 相|次|いで (the archaic verb いでる) and takes 位 for a suffix: the suffix 位
  glued after a verb is the noun くらい (相次いで位を失った; compounds.py reads 相|次 あいつ), as no suffix
  follows a verb; after a number or a noun (第1位, 三人位) it is left to the counter and writing.py.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_has

# What 百日 (a hundred days) is glued before, where the surname ももひ makes no sense.
_HUNDRED_DAYS_OF = frozenset({"天下"})
# What a 床 is the bed of (臨終の床 とこ), and what one does to a bed (床に就く).
_SICKBED_OF = frozenset({"臨終", "死", "病", "病気", "病い", "今際", "死出"})
_TAKE_TO_BED = frozenset({"就く", "臥す", "臥せる"})
_SICK_CUES = ("病", "熱", "風邪", "重篤", "危篤", "衰弱")  # 病で床に伏した とこ; 床に伏せて身を守る stays ゆか
WORDS = frozenset({"朝", "百日", "公", "妾", "欠", "顎", "床", "位"})  # all royals_fix looks at


def _after_katakana_name(prev: Token | None, token: Token) -> bool:
    """prev is a katakana proper name glued before token (ブルボン|朝, ハプスブルク|顎)."""
    return glued(prev, token) and prev.pos[:2] == ("名詞", "固有名詞") and is_katakana_word(prev.surface)


def _takes_to_bed(tokens: list[Token], k: int) -> bool:
    """tokens[k], after 床に, is going to bed (就く, 臥せる) or lying ill (伏す, with a sickness in the sentence)."""
    lemma = tokens[k].lemma
    return lemma in _TAKE_TO_BED or lemma == "伏す" and sentence_has(tokens, k, _SICK_CUES)


def royals_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "朝":
        return "ちょう" if reading == "あさ" and _after_katakana_name(prev, token) else None  # ブルボン|朝
    if surface == "百日":
        if reading == "ももひ" and glued(token, nxt) and nxt.surface in _HUNDRED_DAYS_OF:
            return "ひゃくにち"  # 百日|天下
        return None
    if surface == "公":
        return "こう" if reading == "おおやけ" and glued(token, nxt) and nxt.surface == "妾" else None  # 公|妾
    if surface == "妾":
        return "しょう" if reading == "めかけ" and glued(prev, token) and prev.surface == "公" else None
    if surface == "欠":
        if reading == "けつ" and glued(token, nxt) and nxt.surface.startswith("地"):
            return "けっ"  # 欠|地王
        return None
    if surface == "床":
        if reading == "ゆか" and (i > 1 and prev.surface == "の" and tokens[i - 2].surface in _SICKBED_OF
                                 or nxt is not None and nxt.surface == "に" and i + 2 < len(tokens)
                                 and _takes_to_bed(tokens, i + 2)):
            return "とこ"  # 臨終の床, 床に就いた
        return None
    if surface == "位":
        if reading == "い" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.pos[0] == "動詞":
            return "くらい"  # 相次いで|位を失った: no suffix follows a verb
        return None
    # 顎
    return "あご" if reading == "がく" and _after_katakana_name(prev, token) else None  # ハプスブルク|顎
