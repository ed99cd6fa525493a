"""Proverbs, idioms and four-character compounds (ことわざ columns, study blogs, 慣用句 quizzes) Sudachi cuts
or reads in another sense.

- 筆 and 世 that Sudachi takes for a suffix (一筆 ひつ, 三世 せい) glued after a common noun and followed by a
  particle are the free nouns, ふで and よ (弘法筆を選ばず ふで, 旅は道連れ世は情け よ). After a number (ナポレオン
  三世は) or a name (雪舟筆の山水図 ひつ: painted by) they stay the suffix.
- 威 that Sudachi reads おどし (the lacing of armour) standing alone, not glued after a noun, is authority, い
  (虎の威を借る狐, 国の威を示す); glued in armour words it stays (赤糸威 いとおどし).
- 緒 that Sudachi reads いとぐち (a clue) after の is a cord, お, when the thing before の is a bag, a helmet or
  footwear or the cord is cut, tied or tightened (堪忍袋の緒が切れる, 兜の緒を締めよ); a clue stays いとぐち
  (解決の緒をつかむ).
- 難し, 難く that Sudachi reads as the suffix がたし (得難し) after a particle, not a verb's stem, is the
  classical adjective かたし (言うは易く行うは難し); after a stem it stays voiced (解決し難い がたい).
- 肥 that Sudachi cuts from a classical ゆ-verb (肥|ゆる) is the stem こ (天高く馬肥ゆる秋 こゆる); 肥 before other
  words stays こえ (肥をまく).
- 金 glued before 次第 is money, かね (地獄の沙汰も金次第); Sudachi takes the surname きん.
- 大 as a prefix glued before 勝負 is おお (一世一代の大勝負 おおしょうぶ); Sudachi reads だい.
- 腹八分 glued before 目 is はらはちぶん|め (腹八分目に医者いらず), as 八分目 はちぶんめ is; 腹八分 alone stays
  はらはちぶ.
- 汁 between a number and a number with 菜 is the soup of a set meal, じゅう (一汁三菜 いちじゅうさんさい), and
  一菜 that Sudachi takes for the given name かずな after it is いっさい (一汁一菜), and the 一 before such a 汁 is
  いち, not a sokuon (いちじゅういっさい); 汁 elsewhere stays (一汁 alone, 汁が濃い しる).
- 七 glued before 難 is しち (七難八苦, 色の白いは七難隠す), the Buddhist seven calamities; Sudachi reads なな.
"""
from __future__ import annotations

from ..tokens import Token, glued

_FREE_NOUN = {"筆": ("ひつ", "ふで"), "世": ("せい", "よ")}
_PARTICLES = frozenset({"を", "が", "は", "も", "に", "の"})
# What a 緒 as a cord hangs on, and what one does to a cord.
_CORD_HOLDERS = ("袋", "兜", "下駄", "草履", "褌", "琴", "玉")
_CORD_VERBS = frozenset({"切れる", "切る", "締める", "結ぶ", "解く", "付ける", "すげる"})
# all proverbs_fix looks at
WORDS = frozenset({"筆", "世", "威", "緒", "難し", "難く", "肥", "金", "大", "腹八分", "汁", "一菜", "一", "七"})


def _is_number(token: Token | None) -> bool:
    return token is not None and token.pos[1] == "数詞"


def _set_meal(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k], a 汁, is followed by a count of 菜 (一汁|三|菜, 一汁|一菜): a set meal."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return glued(tokens[k], nxt) and (nxt.surface == "一菜" or (
        _is_number(nxt) and glued(nxt, after) and after.surface == "菜"))


def proverbs_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _FREE_NOUN:
        suffix, noun = _FREE_NOUN[surface]
        if reading == suffix and token.pos[0] == "接尾辞" and glued(prev, token) \
                and prev.pos[:2] == ("名詞", "普通名詞") and nxt is not None and nxt.surface in _PARTICLES \
                and nxt.pos[0] == "助詞" and not (surface == "筆" and nxt.surface == "の"):
            return noun  # 弘法|筆|を, 道連れ|世|は
        return None
    if surface == "威":
        if reading == "おどし" and not (glued(prev, token) and prev.pos[0] == "名詞"):
            return "い"  # 虎の|威|を借る
        return None
    if surface == "緒":
        if reading != "いとぐち" or prev is None or prev.surface != "の" or i < 2:
            return None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if tokens[i - 2].surface.endswith(_CORD_HOLDERS) or (
                nxt is not None and nxt.surface in ("が", "を") and after is not None
                and after.lemma in _CORD_VERBS):
            return "お"  # 堪忍袋の|緒|が切れる
        return None
    if surface in ("難し", "難く"):
        if reading.startswith("がた") and prev is not None and prev.pos[0] == "助詞":
            return "か" + reading[1:]  # 行うは|難し
        return None
    if surface == "肥":
        if reading == "こえ" and glued(token, nxt) and nxt.surface[:1] == "ゆ":
            return "こ"  # 馬|肥|ゆる
        return None
    if surface == "金":
        if reading == "きん" and glued(token, nxt) and nxt.surface == "次第":
            return "かね"  # 金|次第
        return None
    if surface == "大":
        if reading == "だい" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface == "勝負":
            return "おお"  # 大|勝負
        return None
    if surface == "腹八分":
        if reading == "はらはちぶ" and glued(token, nxt) and nxt.surface == "目":
            return "はらはちぶん"  # 腹八分|目
        return None
    if surface == "汁":
        if reading == "しる" and _is_number(prev) and glued(prev, token) and _set_meal(tokens, i):
            return "じゅう"  # 一|汁|三|菜
        return None
    if surface == "一":
        if reading in ("いち", "いっ") and glued(token, nxt) and nxt.surface == "汁" and _set_meal(tokens, i + 1):
            return "いち"  # 一|汁|一菜 いちじゅう: kept, so business.py's sokuon before し (一党 いっ) stays off
        return None
    if surface == "一菜":
        if reading == "かずな" and glued(prev, token) and prev.surface == "汁":
            return "いっさい"  # 一|汁|一菜
        return None
    if surface == "七":
        if reading == "なな" and glued(token, nxt) and nxt.surface == "難":
            return "しち"  # 七|難八苦
        return None
    return None
