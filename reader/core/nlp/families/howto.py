"""Q&A sites and advice answers (質問, 回答, ベストアンサー): appliance settings, medicine and paperwork,
where the analyser joins a word across a boundary or reads a setting as a place.

- 分出 before する (分出して, 分出します, 分出される) is the suffix 分 ("worth of") and the verb 出す cut
  apart, ぶんだ (三日分出して, 二週間分出された, 一か月分出し, 二人分出して, 成分出して); Sudachi joins them
  into the rare noun 分出 ぶんしゅつ. After a bare number (三十分出しておく) 分 may be minutes, ふん or ぷん,
  and it is left alone; 分出 before other words is not touched.
- 中 that Sudachi reads なか ("inside"), set beside 強 or 弱 (or 大, 小, 高, 低) with と, や, ・, 、, から,
  より, か or → between, is the middle setting or size, ちゅう (風量は弱と中と強, 中から強に変えました, 強と中の
  どちら); before or after other words it stays なか (箱の中から, 中と外).
- 炊き glued after a rice measure (合, 升) or a pot or fuel (土鍋, 羽釜, ガス, 直火) and not going on as a verb is
  the capacity or the way a cooker cooks, a compound noun that voices, だき (五合炊きと三合炊き, 一升炊きの
  炊飯器, 土鍋炊きのご飯, 三合炊き、どちらを: a particle or a noun after it, or a comma with no object before);
  Sudachi splits off the verb 炊く and reads たき, which stays before ます, たい, ながら (三合炊きます), before a
  comma or a stop after an object with を (お米を三合炊き、おにぎりに), and after other words (飯炊き めしたき).
"""
from __future__ import annotations

from ..tokens import Token, glued

# The other settings or sizes a middle one is named with (弱と中と強, 大・中・小).
_LEVELS = frozenset({"強", "弱", "大", "小", "高", "低"})
_BETWEEN = frozenset({"と", "や", "・", "、", "から", "より", "か", "→", "/", "／"})
# What a rice cooker's capacity or cooking is named by, before 炊き だき (五合炊き, 土鍋炊き).
_COOKED_BY = frozenset({"合", "升", "土鍋", "羽釜", "釜", "鍋", "ガス", "直火"})
WORDS = frozenset({"分出", "中", "炊き"})


def howto_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.surface == "分出":
        if reading == "ぶんしゅつ" and glued(token, nxt) and nxt.pos[0] == "動詞" and nxt.lemma in ("する", "為る") \
                and not (prev is not None and prev.pos[1] == "数詞" and glued(prev, token)):
            return "ぶんだ"  # 三日|分出|して: 三日分 + 出して
        return None
    if token.surface == "炊き":
        if reading == "たき" and glued(prev, token) and prev.surface in _COOKED_BY and _cooker_noun(tokens, i):
            return "だき"  # 五合|炊き: the cooker's capacity, a noun
        return None
    if reading == "なか" and token.pos[0] == "名詞" and _beside_a_level(tokens, i):
        return "ちゅう"  # 弱と中と強: the middle setting
    return None


def _beside_a_level(tokens: list[Token], i: int) -> bool:
    """中 at tokens[i] is one of a row of settings: 強, 弱, 大... one connective away (弱と中, 中から強)."""
    for step in (-1, 1):
        j, k = i + step, i + 2 * step
        if 0 <= k < len(tokens) and tokens[j].surface in _BETWEEN and tokens[k].surface in _LEVELS \
                and tokens[k].pos[0] == "名詞":
            return True
    return False


def _cooker_noun(tokens: list[Token], i: int) -> bool:
    """炊き at tokens[i] ends a noun (五合炊きの炊飯器), not the verb 炊く going on (三合炊きます, 米を三合炊き、)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (nxt.pos[0] in ("名詞", "接尾辞")
                            or nxt.pos[0] == "助詞" and nxt.surface not in ("ながら", "つつ", "て", "ても")):
        return True  # 五合炊きの, 三合炊きで, 一升炊き炊飯器
    if nxt is not None and nxt.pos[0] != "補助記号":
        return False  # ます, たい: the verb
    j = i - 1  # a comma, a stop or the end: the verb only where its object came before (米を三合炊き、)
    while j >= 0 and tokens[j].surface not in ("、", "。", "！", "？", "\n"):
        if tokens[j].surface == "を" and tokens[j].pos[0] == "助詞":
            return False
        j -= 1
    return True
