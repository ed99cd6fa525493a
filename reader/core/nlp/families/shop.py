"""Online-shop words (product pages for bags, kitchenware, furniture and apparel; customers' reviews)
Sudachi reads in another sense.

- 底 that Sudachi takes for the Sino prefix てい, glued before a katakana word or a one-kanji noun, is a
  bag's or a shoe's bottom, そこ (底鋲 そこびょう, 底ゴム, 底ファスナー), as in the lexicon's 底板 and 底マチ;
  before a two-kanji Sino word it stays てい (底面積 ていめんせき).
- 木 glued after 天然 is timber, ぼく (天然木のテーブル てんねんぼく), as in the lexicon's 流木 and 銘木;
  Sudachi reads the split-off 木 き. After other words it is left alone (桜の木, 庭木).
- 膝下 that Sudachi reads しっか (at a parent's knee, under one's care) is below the knee, ひざした, in a
  garment's length or on the legs (丈は膝下くらい, 膝下丈, 膝下のむくみ). It stays where the idiom is
  plain: before を離れ (膝下を離れて暮らす) and after の with nothing about clothes or legs (祖父母の膝下で育つ),
  unless 丈 or まで follows (膝下まで水に浸かる).
- 狭め that Sudachi takes for the noun of 狭める (せばめ, "a narrowing") is the adjective's stem + め,
  "on the narrow side", せまめ (肩幅が狭めなので, 狭めのサイズ), like 広め and 大きめ; the verb 狭める keeps
  せばめ (範囲を狭めた).
- 祝 glued after the prefix 御 or お is a gift for a celebration, いわい, and that 御 is お (のしの表書きは御祝
  おいわい, like 内祝 and the lexicon's 御祝い); Sudachi reads ご|しゅく. Elsewhere 祝 stays しゅく (土・日・祝).
- 市場 glued after 楽天 is the mall's name, 楽天市場 らくてんいちば; Sudachi reads しじょう (the market of
  economics), which stays elsewhere (国内市場, 市場の動向). travel.py reads market halls (海鮮市場 いちば).

Numerals before katakana units (三百五十ミリリットル さんびゃく, 十気圧 じゅっ) are read in counters.py; shop
procedures carried out (検品は国内で行って おこなって) in official.py; 化粧箱入り ばこいり in voicing.py;
二人掛け ふたりがけ in readings.py; 帆布 はんぷ in slips.py.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_has

# What says a 膝下 is a length of clothes or a part of the leg.
_LEG_CUES = ("丈", "スカート", "ワンピース", "パンツ", "ズボン", "ソックス", "靴下", "ブーツ", "コート", "ドレス",
             "裾", "長さ", "センチ", "むくみ", "脚", "足", "すね", "ふくらはぎ")
# all shop_fix looks at
WORDS = frozenset({"底", "木", "膝下", "狭め", "御", "祝", "市場"})
_HONORIFIC_PREFIXES = ("御", "お")


def shop_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "底":
        if reading == "てい" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.pos[0] == "名詞" \
                and (is_katakana_word(nxt.surface) or len(nxt.surface) == 1):
            return "そこ"  # 底|鋲, 底|ゴム: not 底|面積
        return None
    if surface == "木":
        if reading == "き" and glued(prev, token) and prev.surface == "天然":
            return "ぼく"  # 天然|木
        return None
    if surface == "膝下":
        if reading != "しっか":
            return None
        if glued(token, nxt) and (nxt.surface.startswith("丈") or nxt.surface == "まで"):
            return "ひざした"  # 膝下丈, 水は大人の膝下まで: a length, whatever comes before
        if nxt is not None and nxt.surface in ("を", "から") and i + 2 < len(tokens) \
                and tokens[i + 2].surface.startswith("離"):
            return None  # 膝下を離れて: the idiom
        if prev is not None and prev.surface == "の" and not sentence_has(tokens, i, _LEG_CUES, others=True):
            return None  # 祖父母の膝下で育った
        return "ひざした"  # 丈は膝下くらい, 膝下|丈
    if surface == "狭め":
        if reading == "せばめ" and token.pos[0] == "名詞":
            return "せまめ"  # 狭めなので: not the verb 狭める
        return None
    if surface == "御":
        if reading == "ご" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface == "祝" \
                and nxt.pos[0] == "名詞":
            return "お"  # 御|祝
        return None
    if surface == "祝":
        if reading == "しゅく" and token.pos[0] == "名詞" and glued(prev, token) \
                and prev.surface in _HONORIFIC_PREFIXES and prev.pos[0] == "接頭辞":
            return "いわい"  # 御|祝, お|祝
        return None
    # 市場
    if reading == "しじょう" and glued(prev, token) and prev.surface == "楽天":
        return "いちば"  # 楽天|市場
    return None
