"""Names of well-known Korean and Chinese public figures that the analyser cannot read.

Japanese news reads Korean names the Korean way (金正恩 キム・ジョンウン, 文在寅 ムン・ジェイン) and
Chinese names by the Japanese on-readings of their kanji (習近平 しゅうきんぺい, 李克強 りこくきょう).
Sudachi knows some of them whole (金大中, 李在明, 尹錫悦, 習近平); the rest it splits into a Japanese
surname and given name (金正 かねまさ | 恩, 文 ぶん | 在 | 寅 とら, 秦 はた | 剛 つよし), which teaches a
learner a reading no newsreader would say. This is a closed list of people the news names often,
each with the reading NHK uses; a name is taken only where it starts and ends on token boundaries,
and the reading the writer gives in parentheses (glosses.py) still wins over it.
"""
from __future__ import annotations

from .furigana import align
from .tokens import Ruby, Token

_NAMES = {
    # North Korea
    "金日成": "きむいるそん", "金正日": "きむじょんいる", "金正恩": "きむじょんうん", "金与正": "きむよじょん",
    "崔善姫": "ちぇそんひ",
    # South Korea
    "李承晩": "いすんまん", "朴正熙": "ぱくちょんひ", "朴正煕": "ぱくちょんひ", "全斗煥": "ちょんどぅふぁん",
    "盧泰愚": "のてう", "金泳三": "きむよんさむ", "盧武鉉": "のむひょん", "李明博": "いみょんばく",
    "朴槿恵": "ぱくくね", "文在寅": "むんじぇいん", "潘基文": "ぱんぎむん", "曺国": "ちょぐく",
    "韓東勲": "はんどんふん", "趙兌烈": "ちょてよる",
    # China: Japanese on-readings
    "李克強": "りこくきょう", "秦剛": "しんごう",
}
_FIRST = frozenset(name[0] for name in _NAMES)


def name_rubies(text: str, tokens: list[Token]) -> tuple[list[Ruby], set[int]]:
    """Rubies for the listed names in ``tokens``, and the indices of the tokens they cover."""
    rubies: list[Ruby] = []
    handled: set[int] = set()
    if _FIRST.isdisjoint(text):
        return rubies, handled
    i = 0
    while i < len(tokens):
        t = tokens[i]
        name = next((n for n in _NAMES if t.surface[:1] == n[0] and text.startswith(n, t.start)), "") \
            if t.surface[:1] in _FIRST else ""
        j = i
        while name and j < len(tokens) and tokens[j].end < t.start + len(name):
            j += 1
        if not name or j == len(tokens) or tokens[j].end != t.start + len(name):
            i += 1
            continue
        rubies.extend(Ruby(t.start + s, t.start + e, r) for s, e, r in align(name, _NAMES[name]))
        handled.update(range(i, j + 1))
        i = j + 1
    return rubies, handled
