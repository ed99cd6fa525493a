"""An adjective's kanji that a post cuts off before すぎ with its が dropped (物価|高|すぎ, 荷物|重|すぎ).

Sudachi takes the kanji for a noun suffix glued to the noun before it (物価高 ぶっかだか), so two places
need to know the shape: compounds.py must not join the pieces, and families/sns.py reads the kanji as the
adjective's stem (たか, おも). Both ask adjective_before_sugi here, in the engine's core, rather than one
asking the other.
"""
from __future__ import annotations

from .tokens import Token, glued

# Adjectives' kanji with the stem they stand for before すぎ (高すぎ たかすぎ).
ADJECTIVE_STEMS = {"高": "たか", "長": "なが", "重": "おも", "強": "つよ", "安": "やす", "低": "ひく", "深": "ふか",
                   "広": "ひろ", "狭": "せま", "短": "みじか", "軽": "かる", "弱": "よわ", "多": "おお", "濃": "こ",
                   "薄": "うす", "古": "ふる", "遅": "おそ", "早": "はや", "暑": "あつ", "寒": "さむ", "痛": "いた"}


def adjective_before_sugi(tokens: list[Token], i: int) -> bool:
    """tokens[i] is an adjective's kanji Sudachi took for a noun or a suffix, glued between a noun and
    すぎ (意識|高|すぎ, 物価|高|すぎ): the adjective with its が dropped, not the second half of a noun."""
    token = tokens[i]
    if token.surface not in ADJECTIVE_STEMS or token.pos[0] not in ("名詞", "接尾辞") or i == 0 \
            or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return glued(token, nxt) and nxt.surface.startswith("すぎ") and glued(prev, token) and prev.pos[0] == "名詞" \
        and prev.pos[1] != "数詞"
