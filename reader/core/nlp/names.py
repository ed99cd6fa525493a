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

import re

from .corrections import phrases_on_word_boundaries
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


# One scan of the text for any listed name: most paragraphs hold none, and the phrase finder's
# scan for each name in turn costs more.
_ANY_NAME = re.compile("|".join(map(re.escape, _NAMES))).search


def name_rubies(text: str, tokens: list[Token]) -> tuple[list[Ruby], set[int]]:
    """Rubies for the listed names in ``tokens``, and the indices of the tokens they cover."""
    rubies: list[Ruby] = []
    handled: set[int] = set()
    if not _ANY_NAME(text):
        return rubies, handled
    for at, end, first, last, reading in phrases_on_word_boundaries(text, tokens, _NAMES):
        rubies.extend(Ruby(at + s, at + e, r) for s, e, r in align(text[at:end], reading))
        handled.update(range(first, last + 1))
    rubies.sort(key=lambda r: r.start)
    return rubies, handled
