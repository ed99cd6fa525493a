"""Medicine leaflets, pharmacy and hospital notices: 用法・用量, 処方箋, 外来, 病棟.

- 当薬 that Sudachi takes for the herb とうやく (センブリ), glued before 局, is 当 "this" and 薬局, as
  when Sudachi cuts 当|薬局 itself: とうやっ, so that 当薬|局 reads とうやっきょく (当薬局では). 当薬 alone
  (the herb) is left alone.
- 再来 that Sudachi takes for the prefix さらい ("the one after next", which only the lexicon's 再来週,
  再来年, 再来月 carry) glued before a noun is a returning patient, さいらい (再来受付機, 再来予約,
  再来患者), as the noun 再来 (再来の予約) is read. Before 週, 年, 月 or 期 it stays さらい.
- 耳 glued before the suffix 痛 つう (耳|痛 as Sudachi cuts 耳痛 じつう, an earache on a leaflet's list of
  pains beside 歯痛 しつう and 咽喉痛) is the Sino-Japanese じ; Sudachi reads みみ, which stays before
  anything else (耳鳴り, 耳が痛い).
- 眼 that Sudachi reads め, glued before a kanji common noun of two or more kanji (眼|軟膏, 眼|疾患,
  眼|症状, 眼|外傷), begins a Sino-Japanese term, がん, like the lexicon's 眼圧, 眼底, 眼精疲労. Before a
  particle or kana (眼の疲れ, 眼を閉じる) it stays め; the lexicon's 眼鏡, 眼差し never reach here.
- 一 glued before the noun 瓶 counts bottles natively, ひと (一瓶で約一か月分 ひとびん, like 一箱 ひとはこ);
  Sudachi leaves いち.
- 北館 and 西館 that Sudachi takes for the surnames きただて, にしだて name a wing of a building, きたかん,
  にしかん, like the lexicon's 東館 ひがしかん and 南館 みなみかん, where the sentence is about floors or
  wings (北館一階, 北館と南館, 西館二階は健診センター). Before an honorific or a given name (北館さん)
  or with nothing about a building it stays the surname.
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, is_kanji, sentence_has

_LATER = ("週", "年", "月", "期")  # 再来週, 再来年, 再来月, 再来期: the one after next (さらい)
# Wings of a building and what a sentence about them says.
_WINGS = {"北館": ("きただて", "きたかん"), "西館": ("にしだて", "にしかん")}
_BUILDING_CUES = ("階", "館", "棟", "病院", "受付", "外来", "入口", "玄関", "センター", "売店", "フロア")
# all medicine_fix looks at
WORDS = frozenset({"当薬", "再来", "耳", "眼", "一", "北館", "西館"})


def medicine_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "当薬":
        ok = reading == "とうやく" and glued(token, nxt) and nxt.surface == "局"
        return "とうやっ" if ok else None  # 当薬|局: 当|薬局, this pharmacy
    if surface == "再来":
        ok = reading == "さらい" and glued(token, nxt) and nxt.pos[0] == "名詞" \
            and not nxt.surface.startswith(_LATER)
        return "さいらい" if ok else None  # 再来|受付機: a returning patient
    if surface == "耳":
        ok = reading == "みみ" and glued(token, nxt) and nxt.surface == "痛" and nxt.reading == "つう"
        return "じ" if ok else None  # 耳|痛: an earache, じつう
    if surface == "眼":
        ok = reading == "め" and glued(token, nxt) and nxt.pos[:2] == ("名詞", "普通名詞") \
            and len(nxt.surface) >= 2 and all(is_kanji(c) for c in nxt.surface)
        return "がん" if ok else None  # 眼|軟膏: a Sino-Japanese term
    if surface == "一":
        ok = reading == "いち" and token.pos[1:2] == ("数詞",) and glued(token, nxt) and nxt.surface == "瓶"
        return "ひと" if ok else None  # 一|瓶: one bottle, ひとびん
    # 北館, 西館
    surname, wing = _WINGS[surface]
    if reading != surname or nxt is not None and (nxt.surface in HONORIFICS or nxt.pos[2:4] == ("人名", "名")):
        return None  # 北館さん: the surname
    return wing if sentence_has(tokens, i, _BUILDING_CUES, others=True) else None  # 北館一階
