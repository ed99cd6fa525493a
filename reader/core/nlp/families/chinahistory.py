"""Chinese history and the Three Kingdoms as Japanese books, games and encyclopedias tell them.

- A one-kanji dynasty or state that Sudachi takes for a Japanese name or word (晋 すすむ, 清 きよし, 秦 はた,
  呉 くれ) reads as the state, しん or ご, where it stands alone before a particle or 軍 in a sentence about
  China's past (a state such as 魏 or 蜀, 皇帝, 即位, 王朝, 天下, 曹操...): 晋が成立, 呉軍の総指揮 ごぐん,
  秦は始皇帝の死後. In a list of states joined by ・ the same goes for 元 もと, 明 めい, 韓 はん too
  (殷・周・秦・漢・隋・唐・宋・元・明・清 げん, みん; 秦・楚・斉・燕・韓 かん). It must NOT fire before an
  honorific (秦さん はた), without such a cue (呉の海軍工廠 くれ, 清は笑った きよし), and 元 or 明 outside a
  list stay (元の時代 もと: too many senses).
- 明代 that Sudachi takes for the given name あきよ is the Ming era, みんだい, before a particle in a
  sentence about China's past (明代に羅貫中がまとめた), like Sudachi's own 清代 しんだい; before an
  honorific or without a cue it stays the name (明代さん).
- 三国 glued before 志 is the title 三国志, さんごく (Sudachi reads the place みくに).
- 孔明 that Sudachi takes for the given name ひろあき is Zhuge Liang's courtesy name, こうめい, unless an
  honorific follows or a Japanese surname stands glued before it (佐藤孔明さん stays).
- 命 after a ruler or a person and の, before で or により, is an order, めい (武帝の命で, 国王の命により);
  Sudachi reads いのち (a life), which stays elsewhere (命で償う, 猫の命を救う, 彼の命で).
- 都 that Sudachi reads と (the Tokyo Metropolis) after a state and の, or before と + する/定める, is a
  capital, みやこ (唐の都長安, 臨安を都とした), and so is 都 before の after a comma in a sentence about
  China's past (都の開封を失った); elsewhere と stays (都の職員, 都の予算).
- 帝 that Sudachi reads みかど glued after an era or a name (永楽帝) is the emperor suffix, てい, as in
  Sudachi's own 洪武帝, 康熙帝; alone (帝の御前) it stays みかど.
- 降る after a person or a state and に is to surrender, くだる (曹操に降った くだっ, 魏に降る); Sudachi reads
  ふる (rain), which stays after other words (雨に降られた, 雪が降った, 東京に降った雪).
- 孫子 that Sudachi reads まごこ (one's descendants) is Sun Tzu, そんし, inside 『』 or before の兵法, or in
  a sentence about strategy (兵法, 兵書); 孫子の代まで stays まごこ.
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, is_kanji, sentence_has

# Sudachi's name or native reading -> the state's.
_STATES = {"晋": ("すすむ", "しん"), "清": ("きよし", "しん"), "秦": ("はた", "しん"), "呉": ("くれ", "ご")}
# Only inside a ・ list of states: elsewhere these have too many senses.
_LISTED_STATES = {"元": ("もと", "げん"), "明": ("めい", "みん"), "韓": ("はん", "かん")}
_STATE_KANJI = frozenset("殷周秦漢隋唐宋元明清晋魏呉蜀楚斉燕韓趙夏商新")
# The words of a sentence about China's past.
_CHINA_CUES = ("魏", "蜀", "漢", "隋", "唐", "宋", "皇帝", "即位", "王朝", "天下", "建国", "滅", "禅譲",
               "曹操", "劉備", "孫権", "諸葛", "三国", "北伐", "中国", "丞相", "太守", "刺史", "羅貫中", "演義",
               "関羽", "張飛", "孫策", "周瑜", "呂蒙", "袁紹", "董卓", "司馬", "始皇帝", "アヘン", "辛亥", "満洲")
_PARTICLES = frozenset({"の", "は", "が", "に", "を", "と", "へ", "から", "で", "も", "や", "まで", "軍"})
_RULER_ENDS = ("帝", "王", "皇", "主", "君", "公", "侯", "将軍", "丞相", "大名")
_CAPITAL_VERBS = ("し", "する", "さ", "定め", "なっ", "なる")
# Who or what one surrenders to (曹操に降った, 魏に降る).
_YIELDED_TO = frozenset({("人名", "一般"), ("人名", "姓"), ("人名", "名"), ("地名", "国")})
_SURRENDER = frozenset({"降る", "降っ", "降り", "降ら", "降れ"})  # 降る's forms
# all chinahistory_fix looks at
WORDS = frozenset({"晋", "清", "秦", "呉", "元", "明", "韓", "明代", "三国", "孔明", "命", "都", "帝",
                   "孫子"}) | _SURRENDER


def _listed(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] stands in a ・ list of one-kanji states (殷・周・秦)."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    before = glued(prev, tokens[i]) and prev.surface == "・" and i > 1 and tokens[i - 2].surface in _STATE_KANJI
    after = glued(tokens[i], nxt) and nxt.surface == "・" and i + 2 < len(tokens) \
        and tokens[i + 2].surface in _STATE_KANJI
    return before or after


def chinahistory_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    honorific = nxt is not None and nxt.surface.startswith(HONORIFICS)
    if surface in _STATES or surface in _LISTED_STATES:
        wrong, right = _STATES.get(surface) or _LISTED_STATES[surface]
        if reading != wrong or honorific:
            return None
        if _listed(tokens, i):
            return right  # 殷・周・秦・漢
        if surface in _LISTED_STATES or glued(prev, token) and is_kanji(prev.surface[-1]):
            return None
        if nxt is not None and nxt.surface in _PARTICLES and sentence_has(tokens, i, _CHINA_CUES, others=True):
            return right  # 晋が成立, 呉軍, 秦は始皇帝の
        return None
    if surface in _SURRENDER:
        if token.lemma == "降る" and reading.startswith("ふ") and prev is not None and prev.surface == "に" \
                and i > 1 and tokens[i - 2].pos[2:4] in _YIELDED_TO:
            return "くだ" + reading[1:]  # 曹操に降った: surrendered
        return None
    if surface == "明代":
        if reading == "あきよ" and not honorific and sentence_has(tokens, i, _CHINA_CUES, others=True):
            return "みんだい"
        return None
    if surface == "三国":
        if reading == "みくに" and glued(token, nxt) and nxt.surface == "志":
            return "さんごく"  # 三国|志
        return None
    if surface == "孔明":
        if reading == "ひろあき" and not honorific \
                and not (glued(prev, token) and prev.pos[2:4] == ("人名", "姓") and prev.surface != "諸葛"):
            return "こうめい"
        return None
    if surface == "命":
        if reading != "いのち" or prev is None or prev.surface != "の" or i < 2 or nxt is None:
            return None
        owner = tokens[i - 2]
        if not (owner.pos[2:3] == ("人名",) or owner.surface.endswith(_RULER_ENDS)):
            return None
        after = tokens[i + 2].surface if i + 2 < len(tokens) else ""
        if nxt.surface == "で" or nxt.surface == "に" and after == "より":
            return "めい"  # 武帝の命で, 国王の命により
        return None
    if surface == "都":
        if reading != "と" or glued(token, nxt) and is_kanji(nxt.surface[0]) and nxt.pos[2:3] != ("地名",) \
                or glued(prev, token) and is_kanji(prev.surface[-1]):
            return None
        if prev is not None and prev.surface == "の" and i > 1 and tokens[i - 2].pos[2:4] == ("地名", "国"):
            return "みやこ"  # 唐の都長安, 魏の都
        after = tokens[i + 2].surface if i + 2 < len(tokens) else ""
        if nxt is not None and nxt.surface == "と" and after in _CAPITAL_VERBS and prev is not None \
                and prev.surface == "を":
            return "みやこ"  # 臨安を都とした
        if (prev is None or prev.surface in ("、", "，")) and nxt is not None and nxt.surface == "の" \
                and sentence_has(tokens, i, _CHINA_CUES, others=True):
            return "みやこ"  # 北宋は金に攻められ、都の開封を失った
        return None
    if surface == "帝":
        if reading == "みかど" and glued(prev, token) and prev.pos[1] == "固有名詞" \
                and all(is_kanji(c) for c in prev.surface):
            return "てい"  # 永楽|帝
        return None
    if surface == "孫子":
        if reading != "まごこ":
            return None
        quoted = prev is not None and prev.surface == "『" or nxt is not None and nxt.surface == "』"
        after = tokens[i + 2].surface if i + 2 < len(tokens) else ""
        if quoted or nxt is not None and nxt.surface == "の" and after.startswith(("兵法", "兵書")) \
                or sentence_has(tokens, i, ("兵法", "兵書"), others=True):
            return "そんし"
        return None
    return None
