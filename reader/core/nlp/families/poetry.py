"""Haiku, tanka and poetry-criticism words (句会 reports, 歳時記 entries, commentaries on classical poems)
Sudachi reads in another sense or splits.

- 行く glued before a season or 年 that ends its phrase (行く春を惜しむ, 行く年来る年, 過ぎ行く秋) is the
  season passing, ゆく; Sudachi reads いく, which stays where 行く has a goal before it (京都へ行く春の旅,
  海に行く夏) or the season is part of a longer word (行く春休み).
- 去年 glued before 今年 is the New Year season word 去年今年, こぞ; 去年 alone stays きょねん.
- 古今 glued before 集 is the anthology, こきん (古今集, like 古今和歌集 in the lexicon); 古今東西 and
  古今の名作 stay ここん.
- The meter of a poem, a numeral made of 五 and 七 only (七七七五, 七五七), reads 七 しち as 五七五 and
  五七五七七 do in the lexicon; Sudachi gives 七七七五 ななななななご. 七 glued before 言 (a line of
  Chinese verse: 七言律詩, 七言絶句) is しち and that 言 ごん, like 五言 ごごん; 七言語 is another word.
- 型 glued after 短詩 is the verse form, けい (短詩型文学, like 詩型 しけい); Sudachi's がた stays elsewhere.
- 雁 glued before 渡し is the season word 雁渡し, かり; 雁 alone stays がん (雁が渡る).
- 東風 in a poem or a sentence about one (東風吹かば, with 梅, 句, 歌, 季語, 詠) is the spring wind, こち;
  とうふう stays in other text (weather: 東風が強まる).
- 色紙 in a sentence about writing a poem on it (色紙に一句をしたためる, 短歌を色紙に書く) is the square
  board, しきし; いろがみ stays for paper crafts (色紙で鶴を折る). games.py takes サイン色紙.
- 生 between と and 死 (生と死, 死と生) is life, せい; Sudachi reads なま, which stays elsewhere (生と焼き).
- 都 after の and a word it is poetically "the capital of" (月の都, 花の都, 音楽の都 みやこ) is read with
  the other old capitals in folktales.py.
- 重なり glued after 季 (季重なり, two season words in one haiku) voices, がさなり.
- 月 that Sudachi reads がつ standing alone in quotation brackets (季語の「月」, 『月』という題) is the moon,
  つき; がつ only follows a number (四月), and 月 with anything else inside the brackets is left alone.
- 山川 glued before 草木 is the Buddhist set phrase 山川草木, さんせん and そうもく; each alone stays
  (山川 やまかわ, 草木 くさき).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

_QUOTE_OPEN = frozenset("「『")
_QUOTE_CLOSE = frozenset("」』")
_PASSING = frozenset({"春", "夏", "秋", "冬", "年"})
_GOALS = frozenset({"へ", "に", "まで", "を", "と", "で"})  # 京都へ行く: the verb of going somewhere
_METER = frozenset("五七")
# What makes a sentence about a poem: 東風 こち, 色紙 しきし.
_POEM_CUES = ("句", "短歌", "和歌", "一首", "詠", "季語", "歌集", "揮毫", "したため")
_EAST_WIND_CUES = ("梅", "句", "歌", "季語", "詠", "春")
# all poetry_fix looks at
WORDS = frozenset({"行く", "去年", "古今", "七", "言", "型", "雁", "東風", "色紙", "生", "重なり", "山川",
                   "草木", "月"})


def is_meter(surface: str) -> bool:
    """A numeral that is a poem's meter: 五 and 七 only, three or more, both present (七七七五)."""
    return len(surface) >= 3 and set(surface) == _METER


def poetry_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if is_meter(surface):
        if token.pos[1] == "数詞":
            return "".join("しち" if c == "七" else "ご" for c in surface)  # 七七七五 しちしちしちご
        return None
    if surface == "行く":
        if reading == "いく" and glued(token, nxt) and nxt.surface in _PASSING \
                and (prev is None or prev.surface not in _GOALS) \
                and (after is None or not after.pos[0].startswith("名詞") or not glued(nxt, after)):
            return "ゆく"  # 行く春を惜しむ, 行く年来る年
        return None
    if surface == "去年":
        if reading == "きょねん" and glued(token, nxt) and nxt.surface == "今年":
            return "こぞ"  # 去年今年
        return None
    if surface == "古今":
        if reading == "ここん" and glued(token, nxt) and nxt.surface == "集":
            return "こきん"  # 古今集
        return None
    if surface == "七":
        if reading == "なな" and glued(token, nxt) and nxt.surface == "言" and token.pos[1] == "数詞":
            return "しち"  # 七言律詩
        return None
    if surface == "言":
        if reading == "げん" and glued(prev, token) and prev.surface == "七":
            return "ごん"  # 七言律詩
        return None
    if surface == "型":
        if reading == "がた" and glued(prev, token) and prev.surface == "短詩":
            return "けい"  # 短詩型文学
        return None
    if surface == "雁":
        if reading == "がん" and glued(token, nxt) and nxt.surface == "渡し":
            return "かり"  # 雁渡し
        return None
    if surface == "東風":
        if reading != "こち" and (glued(token, nxt) and nxt.surface == "吹か"
                                  or sentence_has(tokens, i, _EAST_WIND_CUES, others=True)):
            return "こち"  # 東風吹かば, 梅の花に東風
        return None
    if surface == "色紙":
        if reading == "いろがみ" and sentence_has(tokens, i, _POEM_CUES, others=True):
            return "しきし"  # 色紙に一句をしたためる
        return None
    if surface == "生":
        if reading == "なま" and (nxt is not None and nxt.surface == "と" and after is not None
                                 and after.surface == "死"
                                 or prev is not None and prev.surface == "と" and i >= 2
                                 and tokens[i - 2].surface == "死"):
            return "せい"  # 生と死, 死と生
        return None
    if surface == "重なり":
        if reading == "かさなり" and glued(prev, token) and prev.surface == "季":
            return "がさなり"  # 季重なり
        return None
    if surface == "月":
        if reading == "がつ" and prev is not None and prev.surface in _QUOTE_OPEN and glued(prev, token) \
                and nxt is not None and nxt.surface in _QUOTE_CLOSE and glued(token, nxt):
            return "つき"  # 季語の「月」
        return None
    if surface == "山川":
        if glued(token, nxt) and nxt.surface == "草木":
            return "さんせん"  # 山川草木
        return None
    if surface == "草木":
        if glued(prev, token) and prev.surface == "山川":
            return "そうもく"  # 山川草木
        return None
    return None
