"""Dialect and casual speech (Kansai-ben, Hakata-ben, interviews, comedy transcripts) Sudachi misreads.

- 来 before Kansai おへん or えへん is the negative stem, こ and け (来おへん こおへん, 来えへん けえへん);
  Sudachi keeps き (or the prefix らい) because it cuts お|へん or えへん off as an odd noun or interjection.
  来へん, 来いへん and 来る are left to the analyser.
- 父 glued before ちゃん is とう (父ちゃん とうちゃん, like the lexicon's 母ちゃん かあ); Sudachi reads the
  split-off 父 ちち. 父親, 父の日 and 父上 stay.
- 観 that Sudachi takes for the suffix かん (人生観), glued before に and a verb of going or coming, is the verb
  観る, み (野球観に行った, 映画観に来た); before any other verb it stays (人生観に合う かん).
- 急 that Sudachi takes for the noun きゅう glued before a lone がん is the Kansai negative of 急ぐ, いそ
  (そない急がんでも); 急がんばる (急|がんばる) and 急な坂 stay きゅう.
- 好 that Sudachi takes for the prefix こう before a kana いと… or いて… is the verb 好く, す (Hakata 好いとう
  すいとう); so is 好い that Sudachi reads よい before the auxiliary とる (好いとった すいとった), since an
  adjective takes no とる. Before a kanji word the prefix stays (好景気 こう), and so does 好いと思う よい.
- 寒 that Sudachi takes for the noun かん glued before か is the Kyushu adjective 寒か, さむ (寒かねえ,
  今日は寒かばい), as Sudachi already reads 暑か あつ; 寒の入り, 寒気 and 寒かった stay.
- 数打ちゃ当たる, the set phrase: 数 glued before 打 and ちゃ is かず and 打 before ちゃ (打ちゃ, 打てば) is う;
  Sudachi reads すう and the suffix だ. 打 elsewhere (三打 だ) stays.
"""
from __future__ import annotations

from ..tokens import Token, glued

_GO_COME = frozenset({"行く", "来る", "いく", "くる"})
# all dialect_fix looks at
WORDS = frozenset({"来", "父", "観", "急", "好", "好い", "寒", "数", "打"})


def _after(tokens: list[Token], i: int, n: int = 3) -> str:
    """The kana glued after tokens[i], up to n tokens: what a dialect ending spells."""
    text, prev = "", tokens[i]
    for t in tokens[i + 1:i + 1 + n]:
        if not glued(prev, t):
            break
        text, prev = text + t.surface, t
    return text


def dialect_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "来":
        after = _after(tokens, i)
        if reading in ("き", "らい") and after.startswith("おへん"):
            return "こ"  # 来|お|へん
        if reading in ("き", "らい") and after.startswith("えへん"):
            return "け"  # 来|えへん
        return None
    if surface == "父":
        if reading == "ちち" and glued(token, nxt) and nxt.surface == "ちゃん":
            return "とう"  # 父|ちゃん
        return None
    if surface == "観":
        if reading == "かん" and glued(token, nxt) and nxt.surface == "に" and i + 2 < len(tokens) \
                and tokens[i + 2].lemma in _GO_COME:
            return "み"  # 野球|観|に|行っ
        return None
    if surface == "急":
        if reading == "きゅう" and glued(token, nxt) and nxt.surface == "がん":
            return "いそ"  # 急|がん|で
        return None
    if surface == "好":
        if reading == "こう" and glued(token, nxt) and nxt.surface.startswith(("いと", "いて")):
            return "す"  # 好|いとう
        return None
    if surface == "好い":
        if reading == "よい" and glued(token, nxt) and nxt.lemma == "とる" and nxt.surface[0] == "と":
            return "すい"  # 好い|とっ|た: an adjective takes no とる
        return None
    if surface == "寒":
        if reading == "かん" and glued(token, nxt) and nxt.surface == "か":
            return "さむ"  # 寒|か|ねえ: Kyushu 寒か, like 暑か あつ
        return None
    if surface == "数":
        if reading == "すう" and glued(token, nxt) and nxt.surface == "打" and _after(tokens, i + 1, 1) == "ちゃ":
            return "かず"  # 数|打|ちゃ
        return None
    if surface == "打":
        if reading == "だ" and glued(prev, token) and prev.surface == "数" and _after(tokens, i, 1) == "ちゃ":
            return "う"  # 数|打|ちゃ
        return None
    return None
