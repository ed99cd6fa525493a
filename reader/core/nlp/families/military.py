"""Defence and military news: drills and launches counted, supply lines cut, minefields.

- 行っ after a verbal noun marked by を, with only a count or a span between (緊急発進を六六九回行った,
  射撃を十回行っている, 発射実験を3回行った, 訓練を年間約七百回行う), is 行う, おこなっ; Sudachi reads 行っ
  as 行く いっ unless を stands right before it, and the count breaks that. It must not fire when the
  noun before を is not a verbal noun (京都を2回行った, a route gone along), when anything but a number,
  a counter, a span or 約/計 stands between (散歩をしに3回行った), or with に/へ (東京へ3回行った いっ).
- 断っ that Sudachi takes for 断る (ことわっ, to refuse), after a route, a line or a tie marked by を
  (補給路を断った, 退路を断って, 補給線を断つ, 連絡を断った, 消息を断った, 関係を断った), is 断つ, たっ (to cut
  off); a request or an offer keeps ことわっ (誘いを断った, 取材を断った, 申し出を断って).
- 原 that Sudachi takes for the surname はら, glued after a common Sino-Japanese noun of two kanji or
  more and before a particle, is a field or a plain, げん (地雷原を突破した, 溶岩原が広がる), like the
  lexicon's 雪原 and 草原; before an honorific or a given name, or after a name, it stays (原さん).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji

# What may stand between a counted verbal noun + を and 行っ: numbers, counters, spans, 約, 計.
_COUNT_POS = frozenset({"数詞", "助数詞可能", "助数詞"})
_COUNT_PREFIXES = frozenset({"約", "計", "合計", "延べ", "毎", "年間", "日間", "週間", "毎年", "毎日", "毎月"})
# Objects cut off (断つ) rather than refused (断る): routes and lines, and ties one severs.
_ROUTE_ENDS = ("路", "線", "道", "網")
_TIES = frozenset({"連絡", "消息", "関係", "縁", "国交", "交流", "命", "望み", "補給", "供給", "退路", "通信",
                   "交通", "兵站", "未練", "連鎖"})
_NAME_AFTER = ("さん", "様", "氏", "君", "くん", "ちゃん", "先生", "選手", "監督")
WORDS = frozenset({"行っ", "断っ", "原"})  # all military_fix looks at


def _counted_verbal_noun(tokens: list[Token], i: int) -> bool:
    """Whether 行っ at i follows verbal noun + を with only a count or a span between (発進を669回|行っ)."""
    counted = False
    k = i - 1
    while k > 0 and tokens[k].surface != "を":
        tok = tokens[k]
        if tok.pos[1:2] == ("数詞",) or tok.pos[2:3] in (("助数詞可能",), ("助数詞",)) \
                or tok.pos[:1] == ("接頭辞",) and tok.surface in _COUNT_PREFIXES \
                or tok.surface in _COUNT_PREFIXES:
            counted = counted or tok.pos[1:2] == ("数詞",) or tok.surface in _COUNT_PREFIXES
            k -= 1
            continue
        return False  # a verb, に/へ, any other word: not a plain count
    if k <= 0 or not counted:
        return False
    noun = tokens[k - 1]
    return glued(noun, tokens[k]) and noun.pos[:3] == ("名詞", "普通名詞", "サ変可能")


def _cut_off_object(tokens: list[Token], i: int) -> bool:
    """Whether 断っ at i has a route, a line or a tie marked by を right before it (補給|路|を|断っ)."""
    if i < 2 or tokens[i - 1].surface != "を" or not glued(tokens[i - 2], tokens[i - 1]):
        return False
    obj = tokens[i - 2]
    if obj.surface in _TIES:
        return True
    # 補給|路, 補給|線 come split: the suffix glued after a noun
    return obj.surface.endswith(_ROUTE_ENDS) and (len(obj.surface) > 1 or i >= 3 and glued(tokens[i - 3], obj)
                                                  and tokens[i - 3].pos[0] == "名詞")


def military_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    if surface == "行っ":
        if reading == "いっ" and token.lemma == "行く" and _counted_verbal_noun(tokens, i):
            return "おこなっ"  # 緊急発進を|669|回|行っ
        return None
    if surface == "断っ":
        if reading == "ことわっ" and _cut_off_object(tokens, i):
            return "たっ"  # 補給|路|を|断っ
        return None
    if surface == "原":
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "はら" and token.pos[1:3] == ("固有名詞", "人名") and glued(prev, token) \
                and prev.pos[:2] == ("名詞", "普通名詞") and len(prev.surface) >= 2 \
                and all(is_kanji(ch) for ch in prev.surface) \
                and nxt is not None and nxt.pos[0] == "助詞" and not nxt.surface.startswith(_NAME_AFTER):
            return "げん"  # 地雷|原|を
        return None
    return None
