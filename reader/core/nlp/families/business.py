"""Readings the analyser gets wrong in business, market and political reporting, fixed from context.

- 高 glued as a suffix after a price, cost or commodity (資源高, 原材料高, 資材高, 燃料高, 債券高) is
  the rise in its price, だか, as in 円高 and 株高 (one word in the dictionary); Sudachi reads the
  suffix こう, which is the school of 工業高 or 付属高 (left alone: only the nouns listed below, and
  those ending in 費, 価, 料, 材, 賃, 券 or 油, take だか). After a noun of trade or stock whose
  amount it is (輸出高, 受注高, 外貨準備高, 収穫高, 生産高) it is the amount, だか, too, as in the
  lexicon's 売上高 and 残高.
- 就く (to take a post: 社長に就く, 帰路に就く) is つく; Sudachi sometimes picks the entry づく.
- 一 before the suffix 審 is the first instance, いっしん (一審判決); Sudachi reads 一|審 いち|しん.
  So is 一 glued before any one-kanji noun whose reading starts in the か, さ or た rows: the
  compound's 一 geminates (東京一極集中 いっきょく, 一党独裁 いっとう); counters never come here
  (numbers.py reads them), and 一対一 keeps いち (a numeral follows); so does 一作 (第一作 is said
  both ways, and いち is what the bios review chose), and 一組 is a school class, いちくみ (六年一組),
  or a set, ひとくみ (travel.py), never いっくみ.
- 外 glued after an abbreviation in Latin letters, or after one in brackets (EEZ外, 水域(EEZ)外), is
  "outside", がい, as in 圏外 and 域外; Sudachi reads the lone noun そと.
- A one-kanji country abbreviation opening a headline before 、 (中、レアアース輸出を規制へ) is the
  country (ちゅう); Sudachi reads a lone 中 なか. 朝、日、西、台 … stay as they are: those open
  ordinary sentences too (朝、起きると).
- 露 in a headline that names another country by its abbreviation (米、露に追加制裁, 英が露を非難)
  is Russia, ろ; Sudachi reads the adjective 露わ (あらわ). Only in a line with no 。 and before a
  particle: 露わになった and 本音を露に stay あらわ.
- 他 opening a quote before に (「他に適当な人がいない」, 「他に方法がない」) is "else, besides", ほか, as
  Sudachi reads it opening a sentence; after 「 it picks た. 他に先駆けて keeps た (ahead of others),
  and so do 他の, 他国 and 他に mid-sentence (readings.py decides those).
"""
from __future__ import annotations

from ..abbreviations import ABBREVIATIONS
from ..tokens import Token, glued

# Prices, costs and goods whose rise is 〜高 (だか). Sudachi has 円高, 株高, 原油高, 物価高 as words.
_PRICED = frozenset({"資源", "穀物", "小麦", "商品", "金属", "鉄鉱石", "銅", "電力", "円", "株", "株価",
                     "ドル", "ユーロ", "ポンド", "元", "人民元", "ウォン", "エネルギー", "輸入品", "素材"})
_PRICED_ENDINGS = ("費", "価", "料", "材", "賃", "券", "油")
# Trade and stock whose amount is 〜高 (だか): 輸出高, 受注高, 外貨準備高 (売上高, 残高 are words).
_AMOUNTS = frozenset({"輸出", "輸入", "受注", "準備", "収穫", "生産", "販売", "出荷", "発行", "預金", "貸出",
                      "漁獲", "水揚げ", "売買", "在庫", "取扱", "取り扱い", "出来"})
_GEMINATING = frozenset("かきくけこさしすせそたてと")  # 一極 いっきょく, 一党 いっとう; not 一致 (a word)
_PARTICLES = frozenset({"に", "を", "が", "と", "は", "も", "へ", "の"})
# Abbreviations that may open a headline before 、 (中、… 露、… 印、…); not 朝, 日, 西, 台, 欧, 墨,
# which open ordinary sentences (朝、起きると; 墨、筆、紙を) or are read the same anyway.
_HEADLINE_OPENERS = frozenset(ABBREVIATIONS) - {"朝", "日", "西", "台", "欧", "墨", "独仏"}
_SENTENCE_ENDS = frozenset("。！？!?」』】\n")

_OPENING_BRACKETS = frozenset("「『（(【")

WORDS = frozenset({"高", "一", "外", "他"}) | _HEADLINE_OPENERS  # what business_fix looks at, with 就…



def _latin(surface: str) -> bool:
    return bool(surface) and all("A" <= ch <= "Z" or "Ａ" <= ch <= "Ｚ" for ch in surface)


def business_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "高" and reading == "こう" and token.pos[0] == "接尾辞" and glued(prev, token) \
            and prev.pos[:2] == ("名詞", "普通名詞") \
            and (prev.surface in _PRICED or prev.surface in _AMOUNTS or prev.surface.endswith(_PRICED_ENDINGS)):
        return "だか"  # 資源高, 原材料高, 燃料高: a price rise (工業高, 付属高 stay こう)
    if surface.startswith("就") and token.lemma in ("就く", "付く") and token.pos[0] == "動詞" \
            and reading.startswith("づ"):
        return "つ" + reading[1:]  # 社長に就く, 帰路に就く: never voiced
    if surface == "一" and token.pos[1:2] == ("数詞",) and reading == "いち" and glued(token, nxt) \
            and (nxt.surface == "審" or _one_kanji_noun(nxt) and not _numeral_after(tokens, i + 1)):
        return "いっ"  # 一審 いっしん, 一極集中 いっきょく, 一党独裁 いっとう
    if surface == "外" and reading == "そと" and token.pos[0] == "名詞" and glued(prev, token) and (
            _latin(prev.surface) or prev.surface in (")", "）") and i >= 2 and _latin(tokens[i - 2].surface)):
        return "がい"  # EEZ外, (EEZ)外: outside of it, as in 圏外
    if surface in _HEADLINE_OPENERS and token.pos[0] == "名詞" and (prev is None or prev.surface[-1:] in
                                                                  _SENTENCE_ENDS) \
            and nxt is not None and nxt.surface == "、" and glued(token, nxt) \
            and reading != ABBREVIATIONS[surface]:
        return ABBREVIATIONS[surface]  # 中、レアアース輸出を規制へ: the country
    if surface == "露" and reading == "あらわ" and glued(token, nxt) and nxt.surface in _PARTICLES \
            and not any(t.surface == "。" for t in tokens) \
            and any(t is not token and t.surface in ABBREVIATIONS and t.pos[0] == "名詞" for t in tokens):
        return "ろ"  # 米、露に追加制裁: Russia in a headline naming another country
    if surface == "他" and reading == "た" and prev is not None and prev.surface in _OPENING_BRACKETS \
            and glued(token, nxt) and nxt.surface == "に" and not _ahead_of_others(tokens, i + 2):
        return "ほか"  # 「他に方法がない」: besides, as at a sentence's start
    return None


def _one_kanji_noun(token: Token) -> bool:
    return len(token.surface) == 1 and (token.pos[:2] == ("名詞", "普通名詞") or token.pos[0] == "接尾辞") \
        and token.reading[:1] in _GEMINATING and token.surface not in ("作", "組")


def _numeral_after(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].pos[1:2] == ("数詞",)


def _ahead_of_others(tokens: list[Token], j: int) -> bool:
    """他に先駆け, 他に抜きん出る, 他に類を見ない: measured against others, た."""
    return j < len(tokens) and tokens[j].surface[:1] in ("先", "抜", "勝", "比", "類")
