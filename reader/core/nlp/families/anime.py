"""Manga, anime and light-novel reviews and synopses: words the analyser reads by another sense or splits.

- 地 before の + 文 is the narrative prose of a novel, じ: 地の文 じのぶん (地の文が少なく会話中心); Sudachi reads
  ち, which stays after この, その (この地の文献, この地の文: "of this land") and before 文化 (土地の文化).
- 転生 is rebirth, てんせい, as the genre says it (異世界に転生した, 転生もの, 転生したら赤ちゃんだった);
  Sudachi reads the Buddhist てんしょう, which stays glued after 輪廻 (輪廻転生 りんねてんしょう, said both ways).
- 一 and 二 glued before クール (a broadcast season of about twelve weeks) are counted natively, ひと and ふた
  (一クールで完結, 分割二クール), as the trade says them; Sudachi leaves いち, に. 三クール and up keep the
  numbers' own readings, and so do 第二クール (だいに), 十二クール and the ordinal 二クール目 (a chemotherapy
  course too, said both ways).
- 一期 that Sudachi reads いちご (a lifetime, as in 一期一会) is a first season or term, いっき (二期の作画は
  一期より, アニメ一期), like 二期 にき; before 一会 it stays いちご (一期一会 split by the analyser).
- 名 glued after 二つ is な: 二つ名 ふたつな, a character's epithet; Sudachi reads the counter めい. After other
  words it stays (三名 さんめい, 名は体を表す).
- 尺 that Sudachi reads さし (a rule, as in 物差し), standing alone before の, が, は or も, is the running time
  of a scene or an episode, しゃく (尺の都合でカット, 尺が足りない); before を or で it stays さし (尺を当てて
  測った), and glued before a fish it is hobby.py's 尺アジ.
- 本 glued after 単行 is ぼん: 単行本 たんこうぼん, which Sudachi cuts 単行|本 before 未 (単行本未収録) and reads
  ほん; the lexicon's whole 単行本 never reaches here.
- 熱 glued after 胸 is the fans' 胸熱 むねあつ ("stirring": 一堂に会する場面は胸熱); Sudachi reads ねつ (a
  fever). After の it stays ねつ (胸の熱).
- 度 that Sudachi reads たび ("each time"), glued after a common noun, is the suffix of degree, ど (おすすめ度は
  星四つ, ネタバレ度, like the lexicon's 満足度); after この, その, a verb or の it stays たび (この度は, 会う度に,
  選挙の度に).
"""
from __future__ import annotations

from ..tokens import Token, glued

_LENGTH_BEFORE = frozenset({"の", "が", "は", "も"})  # 尺の都合, 尺が足りない; not を, で (尺を当てて測る さし)
_NATIVE_COUNT = {"一": ("いち", "ひと"), "二": ("に", "ふた")}  # 一クール ひとクール
# all anime_fix looks at
WORDS = frozenset({"地", "転生", "一", "二", "一期", "名", "尺", "本", "熱", "度"})


def anime_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "地":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "ち" and nxt is not None and nxt.surface == "の" and glued(token, nxt) \
                and glued(nxt, after) and after.surface == "文" \
                and not (prev is not None and prev.pos[0] == "連体詞"):
            return "じ"  # 地の文 じのぶん
        return None
    if surface == "転生":
        if reading == "てんしょう" and not (glued(prev, token) and prev.surface == "輪廻"):
            return "てんせい"  # 異世界に転生した
        return None
    if surface in _NATIVE_COUNT:
        plain, native = _NATIVE_COUNT[surface]
        if reading == plain and token.pos[1] == "数詞" and glued(token, nxt) and nxt.surface == "クール" \
                and not (glued(prev, token) and (prev.pos[1] == "数詞" or prev.surface == "第")) \
                and not (i + 2 < len(tokens) and glued(nxt, tokens[i + 2]) and tokens[i + 2].surface == "目"):
            return native  # not 十二クール, 第二クール だいに, 二クール目 に (said both ways)  # 一|クール ひと
        return None
    if surface == "一期":
        if reading == "いちご" and not (glued(token, nxt) and nxt.surface.startswith("一会")):
            return "いっき"  # 二期の作画は一期より
        return None
    if surface == "名":
        if reading == "めい" and i > 1 and glued(prev, token) and prev.surface == "つ" \
                and tokens[i - 2].surface == "二" and glued(tokens[i - 2], prev):
            return "な"  # 二|つ|名 ふたつな
        return None
    if surface == "尺":
        if reading == "さし" and nxt is not None and nxt.surface in _LENGTH_BEFORE \
                and not (glued(prev, token) and prev.pos[0] == "名詞"):
            return "しゃく"  # 尺の都合でカット
        return None
    if surface == "本":
        return "ぼん" if reading == "ほん" and glued(prev, token) and prev.surface == "単行" else None  # 単行|本
    if surface == "熱":
        return "あつ" if reading == "ねつ" and glued(prev, token) and prev.surface == "胸" else None  # 胸|熱
    # 度
    if reading == "たび" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞"):
        return "ど"  # おすすめ|度
    return None
