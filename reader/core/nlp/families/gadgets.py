"""Camera, lens and gadget reviews (users' and review sites'): jargon compounds and ratings Sudachi
cuts apart and reads in another sense.

- 音 glued after a katakana noun is the Sino-Japanese suffix, おん (シャッター音, モーター音, ファン音,
  エンジン音), as in the lexicon's ビープ音 and the kanji 連写音, 打鍵音; Sudachi reads the split-off noun
  おと. It stays おと after a particle (ファンの音), after an onomatopoeia (ガチャ音, カシャッ音: Sudachi's
  adverb or a word ending in ッ) and alone.
- 撮り glued after a one-kanji noun, a katakana noun, a prefix, a suffix or a verb stem ending a compound
  noun is voiced, どり (物撮り ものどり, 鳥撮り, 縦撮り, 横撮り, 別撮り, ブツ撮り, 重ね撮り, 歩き撮り),
  as in the lexicon's 自撮り, 前撮り, 隠し撮り and 試し撮り. It stays とり after a particle (写真を撮り), after
  a longer kanji noun (写真撮りまくり: a dropped を) and where the verb goes on (鳥撮りました, 横撮りたい,
  撮りまくる, 撮りながら). A count of takes or episodes (一発撮り, 2本撮り) is broadcast.py's, a count of
  frames (三十六枚撮り) hobby.py's.
- 中 that Sudachi reads なか glued after a counted number is "out of", ちゅう (星五つ中、星四つ, 十問中八問
  正解), as Sudachi itself reads 五人中三人 and 三つ中二つ. A span of time (一日中, 一年中 じゅう) is
  time_spans.py's and is left alone, and so is 中 after a particle (五つの中から なか).
- A kanji numeral before つ glued before 星, a rating or a hotel's class, takes its compound form: 四つ星 よつぼし
  (六つ星 むつ, 八つ星 やつ), like the lexicon's 三つ星 みつぼし; Sudachi reads the split-off 四 よん. 一つ星, 二つ星
  and 五つ星 (ひと, ふた, いつ) are Sudachi's already. A count before another word is encyclopedia.py's (星四つ
  よっつ, 四つ以上).
- 判 glued after a paper or film size in letters and digits or in millimetres is a format, ばん (A4判, B5判,
  L判, 2L判, 35ミリ判 さんじゅうごミリばん), as in the lexicon's 四六判, 中判 and 大判; Sudachi reads はん (a seal),
  which stays elsewhere (判を押す).
- 端 glued after ワイド is the wide end of a zoom, たん (ワイド端, as Sudachi reads テレ端 and 広角端); Sudachi reads
  はし. Other words' 端 (道の端, ベッドの端) are left alone.
- Sudachi's 前世 (ぜんせい, a former life) glued before 代 is 前|世代 cut wrong: 前世代 ぜんせだい, the previous
  generation of a device (前世代のチップ, 前世代機). 前世の記憶 stays.
- Sudachi's 大三 (a place, おおみ) and 小三 glued before 元 are the zoom trios named after the mahjong hands, 大三元
  だいさんげん and 小三元 しょうさんげん (大三元レンズ), 元 げん; 元 elsewhere is left alone.
- 玉 glued after 銘 is a famed lens or gem, ぎょく (銘玉 めいぎょく); Sudachi splits it off and reads たま.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, is_katakana_word

# What carries the verb 撮る on, so 撮り is its stem, not the end of a noun (鳥撮りました, 撮りまくる).
_VERB_GOES_ON = frozenset({"ます", "まし", "ませ", "た", "たい", "たく", "たかっ", "て", "ながら", "つつ", "まくり",
                           "まくっ", "まくる", "まくれ", "そう"})
_DOING = frozenset({"する", "為る"})  # 横撮りした: the noun + する
# Counters of a span of time, after which 中 is "all through" (time_spans.py), not "out of".
_SPANS = frozenset({"日", "年", "晩", "夜", "週", "週間", "日間", "年間", "時間", "月", "か月", "ヶ月", "カ月",
                    "ヵ月", "分", "秒", "世紀"})
# A numeral's compound form before つ星 (四つ星 よつぼし), where Sudachi reads the count's (よん).
_STAR_FORMS = {"四": "よ", "六": "む", "八": "や", "九": "ここの", "七": "なな"}
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                   "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
_STEM_ENDS = frozenset("いきしちにひみりぎびえけせてねへめれげべ")  # a verb's 連用形: 重ね, 歩き
_MILLIMETRES = frozenset({"ミリ", "mm", "ｍｍ"})
_TRIOS = {"大三": "だいさん", "小三": "しょうさん"}  # 大三元, 小三元: zoom lens trios
# All gadgets_fix looks at.
WORDS = frozenset({"音", "撮り", "中", "判", "端", "前世", "元", "玉", *_TRIOS, *_STAR_FORMS})


def gadgets_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _STAR_FORMS:
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        star = token.pos[1:2] == ("数詞",) and glued(token, nxt) and nxt.surface == "つ" and glued(nxt, after) \
            and after.surface.startswith("星") and not (glued(prev, token) and prev.pos[1:2] == ("数詞",))
        return _STAR_FORMS[surface] if star and reading != _STAR_FORMS[surface] else None  # 四|つ|星
    if surface == "前世":
        return "ぜんせ" if reading == "ぜんせい" and glued(token, nxt) and nxt.surface == "代" else None  # 前世|代
    if surface in _TRIOS:
        return _TRIOS[surface] if glued(token, nxt) and nxt.surface == "元" else None  # 大三|元
    if not glued(prev, token):
        return None
    if surface == "判":
        return "ばん" if reading == "はん" and _size_before(tokens, i) else None  # A|4|判, L|判, 35|ミリ|判
    if surface == "端":
        return "たん" if reading == "はし" and prev.surface == "ワイド" else None  # ワイド|端
    if surface == "元":
        return "げん" if prev.surface in _TRIOS else None  # 大三|元
    if surface == "玉":
        return "ぎょく" if reading == "たま" and prev.surface == "銘" else None  # 銘|玉
    if surface == "音":
        suffix = reading == "おと" and prev.pos[:2] == ("名詞", "普通名詞") and is_katakana_word(prev.surface) \
            and not prev.surface.endswith(("ッ", "ｯ"))
        return "おん" if suffix else None  # シャッター|音
    if surface == "撮り":
        counted = prev.pos[0] == "接尾辞" and tokens[i - 2].pos[1:2] == ("数詞",)  # 2本撮り: broadcast.py's
        return "どり" if reading == "とり" and not counted and _compound_head(prev) and not _verb_goes_on(nxt) \
            else None  # 物|撮り
    # 中
    if reading != "なか" or i < 2:
        return None
    number = tokens[i - 2]
    counted = prev.pos[2:3] in (("助数詞",), ("助数詞可能",)) and number.pos[1:2] == ("数詞",) \
        and glued(number, prev) and prev.surface not in _SPANS
    return "ちゅう" if counted else None  # 星五つ|中, 十問|中


def _compound_head(prev: Token) -> bool:
    """``prev`` can open a noun compound with 撮り: a prefix or a suffix (物撮り), a one-kanji or a
    katakana noun (鳥撮り, ブツ撮り), or a verb stem (重ね撮り, 歩き撮り)."""
    if prev.pos[0] in ("接頭辞", "接尾辞"):
        return prev.pos[1:2] != ("数詞",)
    s = prev.surface
    if prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
        if len(s) == 1 and is_kanji(s) or is_katakana_word(s):
            return True  # 鳥撮り, ブツ撮り
    if prev.pos[0] in ("名詞", "動詞") and len(s) == 2 and is_kanji(s[0]) and s[1] in _STEM_ENDS:
        return True  # 重ね撮り, 歩き撮り: a verb stem
    return False


def _verb_goes_on(nxt: Token | None) -> bool:
    """The word after 撮り carries the verb on (撮りました, 撮りまくる), so 撮り is no noun."""
    if nxt is None:
        return False
    return nxt.surface in _VERB_GOES_ON or nxt.pos[0] == "動詞" and nxt.lemma not in _DOING


def _size_before(tokens: list[Token], i: int) -> bool:
    """Glued before tokens[i] stands a size: millimetres (35ミリ) or letters and digits with a letter (A4, L, 2L)."""
    prev = tokens[i - 1]
    if prev.surface in _MILLIMETRES:
        return True
    text, j = "", i - 1
    while j >= 0 and all(ch.upper() in _ALNUM for ch in tokens[j].surface) and glued(tokens[j], tokens[j + 1]):
        text = tokens[j].surface + text
        j -= 1
    return any(not ch.isdigit() for ch in text)  # a letter: A4, B5, L; digits alone are no size
