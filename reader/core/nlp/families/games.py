"""Games, anime, manga and entertainment news: words the analyser reads by another sense or splits.

- 描き glued before 下ろ…, 起こ…, 込… or 直… (描き下ろし, 描き下ろされた, 描き起こし, 描き直す) is かき, the
  artist drawing a picture as in 書き下ろし; Sudachi reads the verb えがき ("depict"). えがき stays before
  anything else (社会の闇を描き出す, 夢を描き続ける).
- 色紙 is しきし, the square board for autographs and messages, glued after サイン, 直筆, 複製, 記念, 寄せ書き
  or 描き下ろし (サイン色紙, 描き下ろし色紙) and before に + サイン (色紙にサインをもらう); Sudachi reads
  いろがみ, coloured paper, which stays elsewhere (色紙で鶴を折る, 千代紙と色紙).
- 伴 glued after 劇 is ばん, 劇伴 (げきばん), a film's or a series' score; Sudachi splits it and reads the
  name とも. 伴 as a verb stem (に伴い ともない) never reaches here.
- 四 glued before 天王 is し: 四天王 してんのう (the four heavenly kings, a game's four bosses); Sudachi
  splits it and reads the number よん. 四天王寺 is one word to the lexicon and never reaches here.
- 出来 glued after 重版 is しゅったい, the publishing trade's "done": 重版出来 じゅうはんしゅったい; Sudachi
  reads でき, which stays elsewhere (出来が良い, 上出来).
- 同人 glued before a noun (同人ゲーム, 同人作家, 同人イベント, 同人サークル) is どうじん, the fan-made work, as
  the lexicon reads 同人誌; Sudachi's どうにん ("the said person") stays before a particle (同人は否認した).
- 話 glued after 最新 or 最終 is an episode, わ (最新話 さいしんわ, 最終話); Sudachi splits it and
  reads the story, はなし, voiced by readings.py's rendaku (ばなし). Not after 次 or 今, which Sudachi reads
  つぎ and いま there (次話 じわ, 今話 こんわ would need both words set right); elsewhere it stays (最新の話題, 昔話).
- 下段 in a fighting-game or martial-arts sentence (下段攻撃, 中段と下段の二択, ガード, 構え, 蹴り) is げだん, a low
  attack; readings.py's slip list turns Sudachi's げだん into かだん (the lower row of a table or a shelf),
  which stays where no such word is near (冷蔵庫の下段).
- 空技 glued after 対 is 対空 + 技, an anti-air move, read くうわざ (対空技 たいくうわざ, as 必殺技 ひっさつわざ);
  Sudachi cuts 対|空技 and reads くうぎ.
- 上手 and 下手 are the stage's sides, かみて and しもて, glued after 舞台 or ステージ (舞台下手), or before
  から, へ, 側 or 袖 in a sentence about a stage (舞台, ステージ, 客席, 登場, 退場, 花道: 下手から登場した),
  or before 側 anywhere (上手側の席, 下手側の最前列: no one says じょうずがわ);
  じょうず and へた stay elsewhere (下手から数えた方が早い, 舞台で上手に演じた: に is left out for that).
- 一 glued before the suffix 作 is いっ when no 第 comes before it: 一作 いっさく, "one work" (完成度の高い一作,
  もう一作); Sudachi reads 一|作 いち|さく. 第一作 is said both ways and keeps いち (see business.py), and
  一作品 (いちさくひん) is another word that never reaches here.
- 千穐楽, the old spelling of 千秋楽, is せんしゅうらく; Sudachi cuts it 千穐|楽 and reads the name ちあき and
  the suffix がく.
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

_DRAWN_AFTER = ("下ろ", "起こ", "込", "直")  # 描き下ろし, 描き起こし, 描き込む, 描き直す: かき
_BOARD_AFTER = frozenset({"サイン", "直筆", "複製", "記念", "寄せ書き", "下ろし"})  # サイン色紙 しきし
_EPISODE_AFTER = frozenset({"最新", "最終"})  # 最新話 さいしんわ
_FIGHT_CUES = ("攻撃", "ガード", "二択", "構え", "蹴り", "技", "判定", "中段", "上段")
_STAGES = frozenset({"舞台", "ステージ"})
_STAGE_CUES = ("舞台", "ステージ", "客席", "登場", "退場", "花道", "幕", "袖")
_SIDE_AFTER = frozenset({"から", "へ", "側", "袖"})  # 下手から登場; not に (上手に演じた じょうず)
_SIDES = {"上手": ("じょうず", "かみて"), "下手": ("へた", "しもて")}
WORDS = frozenset({"描き", "色紙", "伴", "四", "出来", "同人", "話", "下段", "空技", "千穐", "楽", "一", *_SIDES})


def games_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "描き":
        return "かき" if reading == "えがき" and glued(token, nxt) and nxt.surface.startswith(_DRAWN_AFTER) \
            else None  # 描き下ろし かきおろし
    if surface == "色紙":
        if reading != "いろがみ":
            return None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        board = glued(prev, token) and prev.surface in _BOARD_AFTER \
            or glued(token, nxt) and nxt.surface == "に" and after is not None and after.surface.startswith("サイン")
        return "しきし" if board else None  # サイン色紙, 色紙にサイン
    if surface == "伴":
        return "ばん" if reading == "とも" and glued(prev, token) and prev.surface == "劇" else None  # 劇伴
    if surface == "四":
        return "し" if reading == "よん" and glued(token, nxt) and nxt.surface == "天王" else None  # 四天王
    if surface == "出来":
        return "しゅったい" if reading == "でき" and glued(prev, token) and prev.surface == "重版" else None
    if surface == "同人":
        noun = glued(token, nxt) and nxt.pos[0] == "名詞" and nxt.pos[1:2] != ("数詞",)
        return "どうじん" if reading == "どうにん" and noun else None  # 同人ゲーム; 同人は stays
    if surface == "話":
        return "わ" if reading in ("はなし", "ばなし") and glued(prev, token) and prev.surface in _EPISODE_AFTER \
            else None  # 最新話 さいしんわ
    if surface == "下段":
        fight = any(t.surface.startswith(_FIGHT_CUES) for t in sentence_of(tokens, i) if t is not token)
        return "げだん" if reading == "かだん" and fight else None  # 下段攻撃, 中段と下段の二択
    if surface == "空技":
        return "くうわざ" if reading == "くうぎ" and glued(prev, token) and prev.surface == "対" else None
    if surface in _SIDES:
        plain, side = _SIDES[surface]
        if reading != plain:
            return None
        if glued(prev, token) and prev.surface in _STAGES:
            return side  # 舞台下手 しもて
        stage = glued(token, nxt) and (nxt.surface == "側" or nxt.surface in _SIDE_AFTER
                                        and any(t.surface.startswith(_STAGE_CUES) for t in sentence_of(tokens, i)
                                                if t is not token))  # 上手側の席: 側 is enough
        return side if stage else None  # 下手から登場した
    if surface == "一":
        work = glued(token, nxt) and nxt.surface == "作" and nxt.pos[0] == "接尾辞" \
            and not (glued(prev, token) and prev.surface == "第")
        return "いっ" if reading == "いち" and token.pos[1:2] == ("数詞",) and work else None  # 一作 いっさく
    if surface == "千穐":
        return "せんしゅう" if glued(token, nxt) and nxt.surface == "楽" else None  # 千穐楽
    if surface == "楽":
        return "らく" if reading != "らく" and glued(prev, token) and prev.surface == "千穐" else None
    return None
