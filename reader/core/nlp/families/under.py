"""下 after の: physically under a thing (した) or under an authority or a condition (もと).

Sudachi picks between the two readings of 〜の下 by cost alone, so it reads 詰め物の下, 桜の木の下
もと ("under the guidance of") and 法の下 した. The noun before の decides:
- a body part, a tooth or a dressing (詰め物の下で, 皮膚の下に, かさぶたの下, ギプスの下), or a tree, a
  plant or a thing one stands or digs under outdoors (桜の木の下で, 橋の下に, 落ち葉の下, 雪の下から, 液面の下で読む):
  した, physically under it;
- a law, a name, a flag, someone's guidance or rule, or a condition (法の下の平等, 神の名の下に, 指導の
  下で, 管理の下, 条件の下で): もと, "under" as authority or premise.
Any other noun keeps the analyser's reading (机の下 した, 監督の下 もと).
〜の下 paired by a comma with 〜の上 (侯爵は公爵の下、伯爵の上に位置する; 課長の上、係長の下) is a rank or a
place in an order, した, whatever the noun; 王の下で働き、民の上に立つ (no comma right after 下) keeps もと.
"""
from __future__ import annotations

from ..tokens import Token, glued

# What 〜の下 is physically under (した): the body, teeth and dressings; trees, bridges, rocks, snow.
_PHYSICAL = frozenset({
    "皮膚", "肌", "歯茎", "歯ぐき", "爪", "舌", "目", "まぶた", "脇", "胸", "乳房", "耳", "あご", "顎", "鼻",
    "詰め物", "被せ物", "銀歯", "かさぶた", "ギプス", "包帯", "ガーゼ", "湿布", "絆創膏", "おむつ", "傷口", "入れ歯",
    "歯", "木", "樹", "大木", "木々", "巨木", "大樹", "桜", "松", "杉", "枝", "葉", "落ち葉", "橋", "岩", "石",
    "屋根", "軒", "雪", "氷", "土", "砂", "地面", "水面", "海面", "液面", "床", "縁側", "藤棚"})
# What one is "under" as an authority, a banner or a premise (もと).
_AUTHORITY = frozenset({
    "法", "法律", "憲法", "名", "旗", "旗印", "指導", "管理", "監督", "支配", "統治", "指揮", "命令", "条件", "前提",
    "原則", "方針", "体制", "合意", "保護", "庇護", "監視", "責任", "約束", "契約", "制度", "政権", "主導", "号令"})
_COMMAS = frozenset({"、", "，", ","})
WORDS = frozenset({"下"})


def under_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """した or もと for tokens[i] (下) after の and a noun that decides it, or None."""
    if i < 2 or tokens[i - 1].surface != "の" or not glued(tokens[i - 2], tokens[i - 1]):
        return None
    noun = tokens[i - 2].surface.removeprefix("お")  # お肌の下
    if reading == "もと" and _paired_with_above(tokens, i):
        return "した"  # 公爵の下、伯爵の上: a rank, not an authority
    if reading == "もと" and noun in _PHYSICAL:
        return "した"  # 詰め物の下で, 桜の木の下で
    if reading == "した" and noun in _AUTHORITY:
        return "もと"  # 法の下の平等, 神の名の下に
    return None


def _paired_with_above(tokens: list[Token], i: int) -> bool:
    """tokens[i] (下 after の) and a 〜の上 stand either side of one comma (公爵の下、伯爵の上; 課長の上、係長の下)."""
    def above_at(k: int) -> bool:
        return 0 < k < len(tokens) and tokens[k].surface == "上" and tokens[k - 1].surface == "の"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.surface in _COMMAS:
        return any(above_at(k) for k in range(i + 3, min(i + 6, len(tokens))))  # 下、伯爵の上
    commas = [k for k in range(max(0, i - 4), i - 2) if tokens[k].surface in _COMMAS]
    return bool(commas) and above_at(commas[-1] - 1)  # 上、係長の下
