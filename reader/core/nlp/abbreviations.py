"""Country and region abbreviations in news (米 べい, 英 えい, 中ロ ちゅうろ), and the lone 米 that is rice.

- Country abbreviations in headlines (米, 英, 仏, 独, 露/ロ, 中, 日, 韓, 豪, 越, 墨 …): Sudachi reads a
  lone 韓 or 豪 as a given name, a lone 越 as the old province or a surname, こし, and 墨 as ink, すみ.
  Next to another abbreviation, or before a noun like 首相, 政府 or 共産党 (越首相 えつ, 墨大統領 ぼく),
  they take their abbreviation reading; never a name before an honorific (日比さん ひび, not にちひ),
  越 never by opening the line alone (越は昨日来た, 越の国 stay こし), and 墨 never as a headline's
  opener before 、 (墨、筆、紙を用意する stays すみ; business.py).
- 米 on its own before a particle is rice, こめ (田んぼで米を作る); Sudachi reads every lone 米 べい.
  Uncertain unless a rice word stands near (米は… may be the United States in a newspaper); with
  a country or words of states near it (米は利下げを決めた, 日本と米の関係) it is べい, uncertain. After
  a place of origin and の it is rice for sure, whatever country stands near (日本産の米を香港に輸出 こめ).
"""
from __future__ import annotations

from .tokens import HONORIFICS, Token, glued

# One-kanji country and region abbreviations as news headlines use them.
ABBREVIATIONS = {
    "米": "べい", "英": "えい", "仏": "ふつ", "独": "どく", "露": "ろ", "ロ": "ろ", "中": "ちゅう",
    "日": "にち", "韓": "かん", "豪": "ごう", "伊": "い", "加": "か", "印": "いん", "比": "ひ",
    "越": "えつ", "墨": "ぼく",
    "朝": "ちょう", "台": "たい", "欧": "おう", "蘭": "らん", "西": "せい", "独仏": "どくふつ",
}
# What a neighbouring abbreviation may be tagged: 日・中・韓 has Sudachi's 中 as a prefix.
_NOMINAL = ("名詞", "接頭辞")
# What an abbreviation stands before: 英首相, 米政府, 中ロ関係.
_HEADS = {
    "首相", "首脳", "大統領", "政府", "軍", "外相", "国防相", "財務相", "関係", "会談", "協議", "経済",
    "企業", "紙", "国債", "株", "市場", "大使", "大使館", "政権", "当局", "議会", "国務省", "国防総省",
    "海軍", "空軍", "陸軍", "艦", "機", "製", "産", "側", "間", "両国", "系", "首都", "領", "原発",
    "共産党",
}
# Words that make a lone 米 rice for sure (田んぼで米を作る, 米の収穫, 米を炊く).
_RICE_CUES = frozenset({"作る", "炊く", "研ぐ", "とぐ", "食べる", "育てる", "植える", "収穫", "値段", "価格",
                        "生産", "品種", "作付け", "出荷", "田んぼ", "田", "稲", "農家", "精米", "キロ", "袋", "産地"})
# Words of states and their dealings that make a lone 米 the United States, most likely (米は利下げ).
_US_CUES = frozenset({"政府", "大統領", "政権", "関税", "制裁", "首脳", "軍", "同盟", "外交", "大使", "議会",
                      "選挙", "利下げ", "利上げ", "会談", "協議", "交渉", "合意", "離脱", "表明", "要求", "批判",
                      "非難", "圧力", "対立", "長官", "国防", "連邦", "輸出規制",
                      # an ally's dealings (米は同盟国に防衛費の増額を求めた): words of their own in Sudachi
                      "同盟国", "防衛費", "国防費", "追加関税", "報復関税", "相互関税", "高関税"})



def is_abbreviation_like(token: Token | None) -> bool:
    return token is not None and (token.surface in ABBREVIATIONS or
                                  all(ch in ABBREVIATIONS for ch in token.surface))


def abbreviation_reading(token: Token, prev: Token | None, nxt: Token | None) -> str | None:
    """An abbreviation reading when the neighbours show the token is used as one."""
    neighbour_abbr = (is_abbreviation_like(prev) and prev.pos[0] in _NOMINAL) or (
        is_abbreviation_like(nxt) and nxt.pos[0] in _NOMINAL)
    before_head = nxt is not None and nxt.surface in _HEADS
    # 越 is a surname too (越は…): only a neighbour or a head makes it Vietnam, never the line's start.
    personal = token.pos[2:3] == ("人名",) and token.surface != "越"
    if personal and nxt is not None and glued(token, nxt) and nxt.surface.startswith(HONORIFICS):
        return None  # 日比さん ひび: a surname before an honorific is no pair of countries
    if not (neighbour_abbr or before_head or personal and (prev is None or is_abbreviation_like(prev))):
        return None
    if token.surface in ABBREVIATIONS:
        expected = ABBREVIATIONS[token.surface]
    else:
        expected = "".join(ABBREVIATIONS[ch] for ch in token.surface)
    # Sudachi knows the common pairs (米中 べいちゅう, 日米 にちべい): only replace what is off.
    if token.reading == expected or (token.pos[2:3] != ("人名",) and len(token.surface) == 2):
        return None
    return expected


def rice_or_america(tokens: list[Token], i: int) -> tuple[str, bool] | None:
    """(reading, uncertain) for a lone 米 that Sudachi read べい, or None where it stays べい.

    On its own before a particle (米を作る, 米の収穫) it is rice; the United States stands glued to
    a noun (米政府, 米ロ) or in a pair (日米, 日・米). Sure only with rice around it."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not glued(token, nxt) or nxt.pos[0] != "助詞" \
            or glued(prev, token) and prev.surface in ("・", "･", "／", "/"):
        return None
    near = tokens[max(0, i - 3):i + 4]
    if any(t.lemma in _RICE_CUES for t in near) or _of_origin(tokens, i):
        return "こめ", False
    if prev is not None and prev.surface in ("と", "や") and i >= 2 and tokens[i - 2].pos[2:4] == ("地名", "国"):
        return token.reading, True  # 日本と米の関係, 中国や米: paired with a country, most likely the US
    if any(t.lemma in _US_CUES or t.pos[2:4] == ("地名", "国") for t in near):
        return token.reading, True  # 米は利下げを決めた, 米が関税を: a headline's United States, most likely
    return "こめ", True


def _of_origin(tokens: list[Token], i: int) -> bool:
    """Whether 米 follows a place of origin and の (日本産の米, 県産の米, 国産の米): rice, which a country
    name nearby does not make the United States."""
    return i >= 2 and tokens[i - 1].surface == "の" and glued(tokens[i - 2], tokens[i - 1]) \
        and tokens[i - 2].surface.endswith("産") and tokens[i - 2].surface != "生産"
