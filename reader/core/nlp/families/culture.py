"""Travel, food and craft words whose reading Sudachi leaves plain where the compound voices.

- 風呂, 菓子, 染め and the suffix 漬け glued after a noun are the second half of a compound and
  voice, like the whole words the lexicon knows (露天風呂 ぶろ, 和菓子 がし, 藍染め ぞめ, 浅漬け
  づけ): 檜風呂, 雪見風呂 ぶろ; 砂糖菓子, 南蛮菓子 がし; 友禅染め ぞめ; 野沢菜漬け, 沖漬け, 二度漬け
  づけ; after a verb's stem too (焼き菓子, 蒸し菓子 がし). Not after a number (its counter would
  come between) nor a prefix (お風呂, お菓子 keep it).
- 宿 glued after a place name is the post town on an old highway, じゅく (妻籠宿, 馬籠宿, 奈良井宿,
  大内宿; any proper noun, as Sudachi tags 奈良井 and 大内 as surnames); Sudachi reads it やど
  ("an inn"), which stays after common nouns (温泉宿, 山の宿).
- 牛 glued after a place name is its beef brand, ぎゅう (飛騨牛, 神戸牛, 近江牛); Sudachi reads it
  うし. 松阪牛 keeps まつさかうし, the brand's own reading.
- 西京 glued before 焼き, 味噌 or 漬け is Kyoto's sweet white miso and what is cured in it, さいきょう
  (西京焼き, 西京味噌, 西京漬け); Sudachi reads the place name にしきょう, which stays elsewhere
  (西京区, 西京極).
- 魚 glued after a cut of fish (白身, 赤身) or a verb's stem (干し, 焼き) is the fish as food, ざかな
  (白身魚, 赤身魚, 干し魚), as in the lexicon's 焼き魚 and 煮魚; Sudachi reads the split-off 魚 ぎょ,
  さかな or うお. After a Sino-Japanese word it stays ぎょ (回遊魚, 熱帯魚).
- 生花 is fresh flowers, せいか (生花のブーケ, まるで生花のよう, 生花祭壇), unless the sentence is about
  the art (華道, 習う, 稽古, 教室, 師範, 流派, 生ける): then いけばな (生花を習っています). Sudachi picks
  between the two by the words' costs alone, and often the other way round.
- 精霊 glued before 流し is the Bon lantern rite, しょうろう (精霊流し), not せいれい ("a spirit").
- 夜 glued before 神楽 is the all-night kagura of Takachiho and other villages, よ (夜神楽 よかぐら), as in
  the lexicon's 夜祭 and 夜店; Sudachi reads the split-off 夜 よる, which stays when anything comes
  between (夜、神楽を見た; 夜の神楽).
"""
from __future__ import annotations

from ..tokens import Token, sentence_has

_VOICED = {"風呂": ("ふろ", "ぶろ"), "菓子": ("かし", "がし"), "染め": ("そめ", "ぞめ"), "漬け": ("つけ", "づけ")}
_AFTER_PLACE = {"宿": ("やど", "じゅく"), "牛": ("うし", "ぎゅう")}
_OWN_READING = frozenset({"松阪"})  # 松阪牛 まつさかうし
_I_ROW = frozenset("いきぎしじちぢにひびぴみり")
_SAIKYO_DISHES = ("焼", "味噌", "漬", "みそ")
_IKEBANA_CUES = ("華道", "習", "稽古", "教室", "師範", "流派", "家元", "生け", "活け", "花展", "お花の先生")
WORDS = frozenset(_VOICED) | frozenset(_AFTER_PLACE) | {"精霊", "西京", "魚", "生花", "夜"}  # all culture_fix looks at


def culture_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    if surface == "精霊":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "せいれい" and nxt is not None and nxt.start == token.end and nxt.surface == "流し":
            return "しょうろう"
        return None
    if surface == "夜":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return "よ" if reading == "よる" and nxt is not None and nxt.start == token.end \
            and nxt.surface == "神楽" else None
    if surface == "生花":
        art = sentence_has(tokens, i, _IKEBANA_CUES)
        want = "いけばな" if art else "せいか"
        return want if reading != want else None
    if surface == "西京":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if reading == "にしきょう" and nxt is not None and nxt.start == token.end \
                and nxt.surface.startswith(_SAIKYO_DISHES):
            return "さいきょう"  # 西京焼き, 西京味噌
        return None
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or prev.end != token.start:
        return None
    if surface == "魚":
        cut = prev.pos[0] == "名詞" and prev.surface.endswith("身") and len(prev.surface) > 1
        stem = prev.pos[0] == "動詞" and prev.surface[-1:] in _I_ROW
        return "ざかな" if (cut or stem) and reading != "ざかな" else None
    if surface in _VOICED:
        plain, voiced = _VOICED[surface]
        stem = prev.pos[0] == "動詞" and prev.surface[-1:] in _I_ROW  # 焼き菓子, 蒸し菓子: a verb stem
        if reading == plain and token.pos[0] in ("名詞", "接尾辞") \
                and (stem or prev.pos[0] == "名詞" and prev.pos[1] != "数詞"):
            return voiced
        return None
    if prev.pos[:1] != ("名詞",):
        return None
    plain, after_place = _AFTER_PLACE[surface]
    if reading == plain and prev.pos[1:2] == ("固有名詞",) and prev.surface not in _OWN_READING \
            and (surface == "宿" or prev.pos[2:3] == ("地名",)):
        return after_place
    return None

