"""Court, police and public-administration news whose words the analyser cuts in the wrong place.

- 元職 glued before the suffix 員 is 元 "former" + 職員 "staff", もとしょく (元職員の男 もとしょくいん, 元職員ら3人);
  Sudachi takes the noun 元職 げんしょく ("one's former post"), which stays alone or before anything else
  (元職の市長, 元職と新人の争い).
- A サ変 noun Sudachi cuts before its last kanji, taking that kanji with the する form after it for a verb
  (仮釈|放され: 放す はなさ), is read as the whole noun: 仮釈放された かりしゃくほう. It fires only where the
  token before is a noun and the two make a サ変 noun of the lexicon whose reading starts with the
  noun's, so 手を放さない, 野放しにする and 出しっ放し keep はな.
- (前科三犯 さんぱん, the counter 犯, is read with the number in counters.py.)
"""
from __future__ import annotations

from ..tokenizer import lexicon_readings
from ..tokens import Token, glued

# One-kanji 五段 verbs in す whose stem Sudachi may split off a サ変 noun (仮釈|放され), in the
# forms that are also する's (さ, し, せ): all law_fix looks at, with 元職.
_SPLIT_STEMS = "放出話返消押指差刺貸足干増残渡通回越"
WORDS = frozenset({"元職"} | {k + e for k in _SPLIT_STEMS for e in "さしせ"})
_SURU_NOUN = ("名詞", "普通名詞", "サ変可能")


def law_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "元職":
        if reading == "げんしょく" and glued(token, nxt) and nxt.surface == "員" and nxt.pos[0] == "接尾辞":
            return "もとしょく"  # 元職|員: former staff
        return None
    if not (glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞" and prev.reading):
        return None
    for whole in lexicon_readings(prev.surface + surface[0], _SURU_NOUN):
        if whole.startswith(prev.reading) and len(whole) > len(prev.reading):
            return whole[len(prev.reading):] + surface[1:]  # 仮釈|放され: ほうさ
    return None
