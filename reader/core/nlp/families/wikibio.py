"""Encyclopedia biographies (entertainers, athletes, rakugo and kabuki lines, historical figures): words of
a profile Sudachi cuts or reads in another sense.

- 打 glued after 左, 右 or 両 in a player's profile (右投左打, 左投左打, 両打) is how he bats, うち, as in
  the lexicon's 右打 and 左打ち; Sudachi reads the split-off 打 だ. Not where a kanji word follows
  glued (右打席 and 左打者 are words of their own anyway).
- 扇, the suffix Sudachi reads せん, glued after a word ending in kana (重ね扇, 違い扇, the crests of a
  family or a kabuki line) or after 日の丸 is the folding fan, おうぎ, like the lexicon's 舞扇 and Sudachi's 三つ扇;
  the lexicon's 白扇 はくせん, 扇子 and 換気扇 are words of their own and never reach here.
- 家筋 glued after a word of a house (分家筋 ぶんけすじ, 将軍家筋, 徳川家筋) is the line of that house,
  けすじ: Sudachi cuts 分|家筋 and reads いえすじ, which stays after a particle (武士の家筋).
- 跡 glued after 大名 and before no kanji word (大名跡を継ぐ) is the stage name handed down, 大名跡
  だいみょうせき, as in the lexicon's 名跡 みょうせき; before a kanji word (大名跡地) it is not cut so.
- 下 and 上 glued after a court rank of 正 or 従 (従五位下, 正六位上) are the rank's lower and upper grade,
  げ and じょう; Sudachi reads した, うえ. After any other word they stay (机の下, 位の下).
- 守 glued after an old province (越前守, 日向守, 相模守: a courtesy title) is のかみ, as in the lexicon's
  出羽守 でわのかみ; Sudachi takes it for the given name まもる or reads かみ. The province takes its own
  reading there (日向 ひゅうが, 上野 こうずけ, 下野 しもつけ). Not before an honorific (伊賀守さん: a name).
- 方 glued after a side in a war or a feud (幕府方, 上皇方, 東軍方, 豊臣方) is that side, がた; Sudachi reads
  かた ("a person", "in the care of": 田中方に寄寓 stays) or ほう. After a surname only in a sentence about
  fighting (豊臣方の武将として戦った).
- 字 before は or が where the sentence names a person's other names (号, 諱, 通称, 幼名, 本名) is the courtesy
  name, あざな (字は子遠、号は松陰); elsewhere it stays じ (字は丁寧に書く).
- 手, the suffix Sudachi reads しゅ, glued after 得意 is a wrestler's or a player's best move, て (得意手は右四つ);
  after other words it stays (名手, 選手 are words of their own).
- 町 glued after what a town lives by (炭鉱町, 商人町, 職人町 where Sudachi cuts them) is a kind of town, まち,
  as in the lexicon's 港町, 城下町, 宿場町; Sudachi reads the split-off 町 ちょう, the ward of an address, which
  stays after other words and place names (中央町; 温泉町, a town in Hyogo, is left alone too).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has
from .encyclopedia import PROVINCE_READINGS, PROVINCES

_BATS_AFTER = frozenset({"左", "右", "両"})
# Houses a 家筋 can be the line of (分|家筋, 将軍|家筋): a surname counts too (徳川家筋).
_HOUSES = frozenset({"分", "将軍", "摂関", "宗", "本", "主", "王", "宮", "公", "武", "親王", "天皇", "大名"})

_RANK_GRADES = {"下": "げ", "上": "じょう"}
_NAME_AFTER = frozenset({"さん", "様", "氏", "君", "くん", "ちゃん"})
_SIDES = frozenset({"幕府", "上皇", "朝廷", "天皇", "将軍", "東軍", "西軍", "官軍", "賊軍", "南朝", "北朝", "旧幕府",
                    "平家", "源氏"})
_FIGHT_CUES = ("戦", "軍", "武将", "陣", "攻", "討", "寝返", "味方", "敵", "籠城", "乱", "変")
_OTHER_NAMES = ("号", "諱", "通称", "幼名", "本名", "法名", "雅号")
# What a town lives by: 町 after them is まち (炭鉱町).
_TOWN_OF = frozenset({"炭鉱", "鉱山", "漁師", "門前", "宿場", "商人", "職人", "織物"})

WORDS = frozenset({"打", "扇", "家筋", "跡", *_RANK_GRADES, "守", *PROVINCE_READINGS, "日向", "方",
                   "字", "町", "手"})  # all wikibio_fix looks at


def _court_rank(token: Token | None) -> bool:
    """A court rank of 正 or 従 and a numeral (従五位, 正六位) as one token."""
    return token is not None and len(token.surface) >= 3 and token.surface[0] in "正従" \
        and token.surface.endswith("位")


def _title_of(tokens: list[Token], i: int) -> bool:
    """tokens[i] is 守 glued after an old province, with no honorific after it: 越前守 えちぜんのかみ."""
    token, prev = tokens[i], tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return token.surface == "守" and glued(prev, token) and prev.surface in PROVINCES \
        and not (nxt is not None and nxt.surface in _NAME_AFTER)


def _kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30ff"


def wikibio_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    kanji_after = glued(token, nxt) and is_kanji(nxt.surface[0])
    if surface == "打":
        return "うち" if reading == "だ" and glued(prev, token) and prev.surface in _BATS_AFTER \
            and not kanji_after else None  # 右投|左|打
    if surface == "扇":
        return "おうぎ" if reading == "せん" and glued(prev, token) and prev.pos[0] == "名詞" \
            and (_kana(prev.surface[-1]) or prev.surface == "日の丸") else None  # 重ね|扇
    if surface == "家筋":
        return "けすじ" if reading == "いえすじ" and glued(prev, token) \
            and (prev.surface in _HOUSES or prev.pos[2:4] == ("人名", "姓")) else None  # 分|家筋
    if surface == "跡":
        return "せき" if reading == "あと" and glued(prev, token) and prev.surface == "大名" \
            and not kanji_after else None  # 大名|跡
    if surface in _RANK_GRADES:
        return _RANK_GRADES[surface] if reading != _RANK_GRADES[surface] and glued(prev, token) \
            and _court_rank(prev) else None  # 従五位|下
    if surface == "守":
        return "のかみ" if reading != "のかみ" and _title_of(tokens, i) else None  # 越前|守
    if surface in PROVINCE_READINGS or surface == "日向":
        own = PROVINCE_READINGS.get(surface, "ひゅうが")
        return own if reading != own and nxt is not None and _title_of(tokens, i + 1) else None  # 日向|守
    if surface == "方":
        if reading not in ("かた", "ほう") or not glued(prev, token) or kanji_after:
            return None
        side = prev.surface in _SIDES or prev.pos[2:4] == ("人名", "姓") and sentence_has(tokens, i, _FIGHT_CUES)
        return "がた" if side else None  # 幕府|方
    if surface == "字":
        return "あざな" if reading == "じ" and nxt is not None and nxt.surface in ("は", "が") \
            and (prev is None or prev.pos[0] == "補助記号") \
            and sentence_has(tokens, i, _OTHER_NAMES, others=True) else None  # 字は子遠、号は松陰
    if surface == "手":
        return "て" if reading == "しゅ" and glued(prev, token) and prev.surface == "得意" else None  # 得意|手
    if surface == "町":
        return "まち" if reading == "ちょう" and glued(prev, token) and prev.surface in _TOWN_OF \
            and not kanji_after else None  # 炭鉱|町
    return None
