"""Wedding and funeral words that Sudachi reads in another sense: announcements, etiquette guides and speeches.

- 直 glued before the suffix 葬 is a cremation with no rite, ちょく (直葬 ちょくそう); Sudachi reads じか,
  which stays for 直に, 直火.
- 人前 glued before 式 is the civil wedding, じんぜん (人前式 じんぜんしき); 人前で話す and 人前に出る stay ひとまえ.
- The prefix 不 glued before 祝儀 (不祝儀袋) is ぶ, as in the lexicon's 不祝儀 ぶしゅうぎ; 不 elsewhere stays ふ
  (不参加, 不手際).
- 御 glued before 車代 is お (御車代 おくるまだい, like お車代); 御 before other words is left to the engine
  (御霊前 ご, 御花料 お).
- 末期 before の and 水 is the water given to the dying, まつご (末期の水); 末期がん and 末期の症状 stay まっき.
- 効 glued after 薬石 is こう (薬石効なく やくせきこうなく); Sudachi's かい (the sense of 甲斐) stays elsewhere.
- 祭 glued after a count of days (a numeral, then 日) is a Shinto memorial rite, さい (十日祭 とおかさい,
  五十日祭 ごじゅうにちさい); 祭 after a word that is not a count (夏祭, 秋の祭) is left alone.
- 霊祭 glued after a kanji word is a Shinto rite, れいさい (遷霊祭 せんれいさい); alone Sudachi's たままつり
  (the old festival of souls, a season word) stays.
- 式場 that Sudachi takes for the surname しきば, before a blank and then a word that is no name, is a
  heading of a notice, しきじょう (式場　市民斎場); 式場　隆三郎 and 式場さん stay しきば.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji

WORDS = frozenset({"直", "人前", "不", "御", "末期", "効", "祭", "霊祭", "式場"})  # all rites_fix looks at


def rites_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after_next = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt is not None and not glued(token, nxt):
        nxt = None
    if surface == "直":
        if reading == "じか" and nxt is not None and nxt.surface == "葬" and nxt.pos[0] == "接尾辞":
            return "ちょく"  # 直葬
        return None
    if surface == "人前":
        if reading == "ひとまえ" and nxt is not None and nxt.surface == "式":
            return "じんぜん"  # 人前式
        return None
    if surface == "不":
        if reading == "ふ" and token.pos[0] == "接頭辞" and nxt is not None and nxt.surface.startswith("祝儀"):
            return "ぶ"  # 不祝儀袋
        return None
    if surface == "御":
        if reading == "ご" and nxt is not None and nxt.surface == "車代":
            return "お"  # 御車代
        return None
    if surface == "末期":
        if reading == "まっき" and nxt is not None and nxt.surface == "の" and after_next is not None \
                and after_next.surface == "水" and glued(nxt, after_next):
            return "まつご"  # 末期の水
        return None
    if surface == "効":
        if reading != "こう" and prev is not None and prev.surface == "薬石" and glued(prev, token):
            return "こう"  # 薬石効なく
        return None
    if surface == "祭":
        day = prev
        count = tokens[i - 2] if i > 1 else None
        if reading != "さい" and day is not None and day.surface == "日" and glued(day, token) \
                and count is not None and count.pos[1] == "数詞" and glued(count, day):
            return "さい"  # 十日祭, 五十日祭
        return None
    if surface == "霊祭":
        if reading == "たままつり" and prev is not None and glued(prev, token) and is_kanji(prev.surface[-1]):
            return "れいさい"  # 遷霊祭
        return None
    if surface == "式場":
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "しきば" and following is not None and following.pos[0] == "空白" \
                and after_next is not None and after_next.pos[2] != "人名":
            return "しきじょう"  # 式場　市民斎場
        return None
    return None
