"""Social media posts, chat and comment sections: casual spellings and net words the analyser cuts apart
or reads in another sense.

- An adjective's kanji glued between a noun and すぎ, that Sudachi takes for a noun suffix (…高 こう, だか;
  …長 ちょう; …重 じゅう) because a post drops the が (物価高すぎ, 家賃高すぎ, 待ち時間長すぎ, 顔面強すぎ, 荷物重すぎ),
  is the adjective's stem, read by its kun-reading (たか, なが, おも). Not after a number (三重すぎ), nor a
  whole word Sudachi holds (最高すぎる さいこう, 最強すぎ さいきょう, 円高 えんだか), nor before anything
  but すぎ (物価高が続く ぶっかだか, 資源高 だか). compounds.py leaves such a kanji unjoined (物価|高すぎ).
- 何 glued before a demonstrative (何それ, 何これ, 何あれ, 何この曲, 何その顔) is the exclamation なに;
  Sudachi reads なん. Not glued (何、それ) it is left alone.
- 空 glued before an empty thing's katakana name (空リプ, a reply to no one; 空メール, 空ボトル) is から;
  Sudachi reads そら, which stays before other words (空カフェ) and where 空 is the sky (空が青い).
- 空き that Sudachi takes for the verb 空く before れい is 空 + きれい cut wrong (今日の空きれい): そら.
  空きがある, 空き缶 stay あき.
- 違 cut off before the colloquial く, かっ (違くて, 違くない, 違かった: 違う bent like an adjective) is
  ちが; Sudachi reads it い, as in 違反.
- 映え glued after a noun (インスタ映え, 写真映え, SNS映え) voices like the lexicon's 夕映え, 見映え: ばえ.
  Alone or first (映えスポット, 映える) it stays はえ.
- The fans' and streamers' words Sudachi cuts in two: 積|読 (積読, a pile of unread books) is つん|どく,
  like the lexicon's 積ん読; 担|降り (担降り, leaving one's favourite) is たん|おり, not 降り of rain (雨降り
  あめふり, 本降り); 同|接 (同接, viewers at once, 同時接続) is どう|せつ, where Sudachi reads 接す せっす
  out of すごい (同接すごい).
"""
from __future__ import annotations

from ..adjective_stems import ADJECTIVE_STEMS, adjective_before_sugi
from ..tokens import Token, glued

_DEMONSTRATIVES = ("それ", "これ", "あれ", "この", "その", "あの", "こいつ", "そいつ", "あいつ")
_ADJ_ENDINGS = ("く", "かっ", "かろ", "けれ")  # 違く, 違かった: 違う bent like an adjective
# Empty things, after which 空 is から (空リプ, 空メール).
_EMPTY_THINGS = frozenset({"リプ", "リプライ", "メール", "ボトル", "ペットボトル", "タンク", "ケース"})
WORDS = frozenset({*ADJECTIVE_STEMS, "何", "空", "空き", "違", "映え", "積", "読", "降り", "接す", "接"})


def sns_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in ADJECTIVE_STEMS:
        stem = ADJECTIVE_STEMS[surface]
        return stem if reading != stem and adjective_before_sugi(tokens, i) else None  # 意識|高|すぎ
    if surface == "何":
        if reading != "なに" and glued(token, nxt) and nxt.surface in _DEMONSTRATIVES:
            return "なに"  # 何それ, 何この曲
        return None
    if surface == "空":
        if reading == "そら" and glued(token, nxt) and nxt.surface in _EMPTY_THINGS \
                and not (glued(prev, token) and prev.pos[0] == "名詞"):
            return "から"  # 空|リプ: a reply to no one, 空|メール
        return None
    if surface == "空き":
        if token.pos[0] == "動詞" and glued(token, nxt) and nxt.surface.startswith("れい"):
            return "そらき"  # 空|きれい
        return None
    if surface == "違":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        kana = nxt.surface + (after.surface if glued(nxt, after) else "") if glued(token, nxt) else ""
        if reading != "ちが" and kana.startswith(_ADJ_ENDINGS):
            return "ちが"  # 違くて, 違|か|ったら
        return None
    if surface == "映え":
        if reading == "はえ" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "ばえ"  # インスタ|映え
        return None
    if surface == "積":
        return "つん" if reading != "つん" and glued(token, nxt) and nxt.surface == "読" else None
    if surface == "読":
        return "どく" if glued(prev, token) and prev.surface == "積" else None
    if surface == "降り":
        return "おり" if reading == "ふり" and glued(prev, token) and prev.surface == "担" else None
    # 接す, 接 after 同
    if glued(prev, token) and prev.surface == "同" and reading.startswith("せっ"):
        return "せつ" + reading[2:]  # 同|接|すごい
    return None
