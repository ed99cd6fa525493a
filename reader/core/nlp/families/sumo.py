"""Sumo and martial-arts words (sumo reports, judo, kendo, karate, aikido) Sudachi reads in another sense.

- 中日 in a sumo sentence (横綱, 大関, 勝ち越し, 千秋楽 …) is the eighth day of a tournament, なかび (新大関は
  中日までに六勝); Sudachi reads ちゅうにち, which stays before a glued noun (中日戦, 中日新聞) and in a
  sentence with no sumo in it (中日の選手); a day glued after it is the same day (中日八日目).
  showbiz.py reads 秋場所中日 and 公演の中日.
- 相撲 glued after a common noun is a kind of bout and voices, ずもう (七番相撲, 引退相撲, 学生相撲, 女子相撲,
  アマチュア相撲), like the lexicon's 大相撲, 草相撲, 腕相撲; Sudachi reads the split-off 相撲 すもう, which
  stays after a name (日本相撲協会) and before 協会, 連盟, 選手権 (学生相撲連盟 すもう).
- 稽古 glued after a noun or a verb's stem is a kind of practice and voices, げいこ (三番稽古, 連合稽古,
  ぶつかり稽古, 申し合い稽古, 乱取り稽古, 暑中稽古, 掛かり稽古), like the lexicon's 朝稽古, 出稽古, 寒稽古;
  after 猛, 初, 寒 too (猛稽古 もうげいこ); not after お (お稽古 けいこ), a time word (毎日稽古した) or an
  art's name (剣道稽古会), nor before a glued noun (稽古総見). 地 glued before 稽古 is the free practice of
  kendo, じ (地稽古 じげいこ).
- 十勝 that Sudachi takes for the place (とかち) is ten wins, じゅっしょう, before を挙げ or in a sentence
  about bouts or games (関脇が十勝を挙げた, 十勝五敗); it stays とかち before a glued noun (十勝地方) and
  elsewhere (十勝の牧場).
- 形 standing alone in a sentence about judo, karate, kendo or aikido (演武, 組手, 柔道 …) is the kata, かた,
  after an art's or a kata's name and の (投の形, 空手の形) or before の and a showing (形の演武, 形の部); Sudachi
  reads かたち, which stays in sumo (必勝の形) and for one's own form (柔道で自分の形を作る).
  固 before の形 is 固の形 かためのかた, not the adjective's かた.
- 上手 glued after 左, 右 or 両 is the outer grip on the belt, うわて (左上手を取る, 両上手); Sudachi reads
  かみて (the stage's left) or じょうず, which stay elsewhere (舞台の上手, 料理が上手). 右上|手 and 左上|手(投)
  as Sudachi cuts them read みぎうわ, ひだりうわ before the 手 (右上手を取って, 左上手投げ), but not before a
  kanji (右上手前) or apart (右上の手すり).
- 立 as a prefix glued before 行司 or 呼出 is the senior rank, たて (立行司 たてぎょうじ); Sudachi reads りっ.
- 垂 in a kendo sentence (面, 胴, 小手, 防具, 剣道) is the waist guard, たれ; Sudachi reads しで (a shrine's
  paper streamer), which stays elsewhere.
- 道 glued after a martial art's name (居合, 抜刀, 銃剣, 短剣, 合気, 薙刀) is the "way", どう (居合道); Sudachi
  splits it off and reads みち, which stays after other words (帰り道 is one word anyway).
- 突き glued after a kanji noun and ending the word is a thrust and voices, づき (正拳突き, 逆突き),
  like the lexicon's 頭突き; not after a number (一突き ひと…つき) or before a glued word (突き落とし).
  蹴り glued after a kanji noun voices the same way, げり (上段蹴り), like 前蹴り, 膝蹴り.
- 技 that Sudachi takes for the suffix ぎ glued after a noun in a judo or karate sentence is a technique,
  わざ (連絡技, as 連続技 and 足技); the suffix stays elsewhere.
- 掛け that Sudachi takes for a suffix glued after 内 or 外 is the leg trip, がけ (内掛け うちがけ, like the
  lexicon's 外掛け).
- 立ち glued after 元 is the receiving side in kendo practice, だち (元立ち もとだち).
- 付 before 出し in a sumo sentence is the debut rank given to amateur champions, つけ (幕下付出し
  まくしたつけだし); readings.py reads the suffix 付 つき ("with": 朝食付), which stays elsewhere.
- 一 and 二 glued before 場所 in a sentence about sumo count tournaments natively, ひと and ふた (一場所七番,
  二場所ぶり, like 二場所連続 as Sudachi reads it); not after another digit, and 三場所 stays さん.
- 金星 in a sumo sentence (平幕, 給金, 横綱 …) is a win over a yokozuna, きんぼし; Sudachi sometimes reads
  きんせい (Venus), which stays where no sumo is about (金星探査機).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, is_katakana_word, sentence_has

_SUMO_CUES = ("力士", "横綱", "大関", "関脇", "小結", "前頭", "幕内", "幕下", "入幕", "三役", "番付", "十両",
              "土俵", "白星", "黒星", "千秋楽", "勝ち越", "負け越", "平幕", "給金", "関取", "懸賞")
# What bouts and games are counted in: 十勝 as ten wins.
_WIN_CUES = _SUMO_CUES + ("敗", "勝ち星", "投手", "登板", "勝目", "シーズン")
# 場所 counting tournaments counts 1 and 2 natively: 一場所 ひと, 二場所 ふた (三場所 さん).
_NATIVE_COUNT = {"一": ("いち", "ひと"), "二": ("に", "ふた")}
_TOURNAMENT_CUES = _SUMO_CUES + ("賜杯", "優勝", "休場", "ぶり", "連続")
_ORGANISATION_AFTER = frozenset({"協会", "連盟", "選手権", "連合", "協議会"})
_ARTS_CUES = ("演武", "組手", "柔道", "空手", "剣道", "合気道", "居合", "講道館", "道場")
# What a kata belongs to (投の形, 空手の形) and what it is shown or judged in (形の演武, 形の部).
_KATA_OF = frozenset({"投", "固", "柔", "極", "空手", "柔道", "剣道", "日本剣道", "合気道", "居合", "居合道"})
_KATA_SHOWN_IN = frozenset({"演武", "部", "競技", "審査", "試合", "稽古", "大会"})
_KENDO_CUES = ("剣道", "防具", "竹刀", "胴", "小手")
_JUDO_CUES = ("柔道", "空手", "投げ", "刈り", "一本", "技あり", "寝技", "組手", "合気道")
_ART_NAMES = frozenset({"居合", "抜刀", "銃剣", "短剣", "合気", "薙刀"})
_SIDES = {"左": "ひだり", "右": "みぎ", "両": "りょう"}
_PRACTICE_PREFIXES = frozenset({"猛", "初", "寒", "朝", "代"})  # 猛稽古 もうげいこ; not お稽古
_SENIOR = frozenset({"行司", "呼出", "呼出し"})
WORDS = frozenset({"中日", "相撲", "稽古", "地", "十勝", "形", "固", "上手", "右上", "左上", "立", "垂", "道",
                   "突き", "蹴り", "技", "掛け", "立ち", "金星", "一", "二", "付"})  # all sumo_fix looks at


def _bare(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] stands as a word of its own: no kanji glued on either side."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (glued(prev, tokens[i]) and is_kanji(prev.surface[-1])) \
        and not (glued(tokens[i], nxt) and is_kanji(nxt.surface[0]))


def _voiced_after_noun(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is glued after a noun in kanji (後ろ too; not a number or a prefix) and ends the word."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return glued(prev, tokens[i]) and prev.pos[0] in ("名詞", "接尾辞") and prev.pos[1] != "数詞" \
        and any(is_kanji(ch) for ch in prev.surface) \
        and not (glued(tokens[i], nxt) and nxt.pos[0] in ("名詞", "動詞", "接尾辞"))


def sumo_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if surface == "中日":
        if reading == "ちゅうにち" and not (glued(token, nxt) and nxt.pos[0] == "名詞" and nxt.pos[1] != "数詞"
                                            and not nxt.surface.endswith("日目")) \
                and sentence_has(tokens, i, _SUMO_CUES):
            return "なかび"  # 新大関は中日までに
        return None
    if surface == "相撲":
        if reading == "すもう" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞") \
                and not prev.surface.endswith("日本") \
                and not (glued(token, nxt) and nxt.surface in _ORGANISATION_AFTER):
            return "ずもう"  # 七番|相撲, 引退|相撲
        return None
    if surface == "稽古":
        if reading != "けいこ" or not glued(prev, token) or (glued(token, nxt) and nxt.pos[0] == "名詞"):
            return None  # 稽古総見
        if prev.pos[0] == "動詞" or prev.surface in _PRACTICE_PREFIXES \
                or prev.pos[:2] == ("名詞", "普通名詞") and prev.pos[2] != "副詞可能" \
                and not prev.surface.endswith("道") and not is_katakana_word(prev.surface):
            return "げいこ"  # 三番|稽古, ぶつかり|稽古
        return None
    if surface == "地":
        return "じ" if reading == "ち" and glued(token, nxt) and nxt.surface == "稽古" else None  # 地稽古
    if surface == "十勝":
        if reading != "とかち" or glued(token, nxt) and nxt.pos[0] == "名詞" and nxt.pos[1] != "数詞":
            return None  # 十勝地方
        if nxt is not None and nxt.surface == "を" and after is not None and after.surface.startswith("挙げ") \
                or sentence_has(tokens, i, _WIN_CUES):
            return "じゅっしょう"  # 十勝を挙げた, 十勝五敗
        return None
    if surface == "形":
        if reading != "かたち" or not _bare(tokens, i) or not sentence_has(tokens, i, _ARTS_CUES):
            return None
        before = tokens[i - 2] if i > 1 else None
        if prev is not None and prev.surface == "の" and before is not None and before.surface in _KATA_OF \
                or nxt is not None and nxt.surface == "の" and after is not None and after.surface in _KATA_SHOWN_IN:
            return "かた"  # 投の形, 空手の形の部, 形の演武
        return None
        return None
    if surface == "固":
        if reading == "かた" and nxt is not None and nxt.surface == "の" and after is not None \
                and after.surface == "形":
            return "かため"  # 固の形
        return None
    if surface == "上手":
        return "うわて" if glued(prev, token) and prev.surface in _SIDES else None  # 左|上手
    if surface in ("右上", "左上"):
        if reading.endswith("うえ") and glued(token, nxt) and (
                nxt.surface.startswith("手投") or nxt.surface == "手" and not (glued(nxt, after)
                                                                              and is_kanji(after.surface[0]))):
            return _SIDES[surface[0]] + "うわ"  # 右上|手 みぎうわて, 左上|手投げ
        return None
    if surface == "立":
        if reading.startswith("りっ") and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface in _SENIOR:
            return "たて"  # 立行司
        return None
    if surface == "垂":
        return "たれ" if reading == "しで" and sentence_has(tokens, i, _KENDO_CUES) else None  # 面、胴、小手、垂
    if surface == "道":
        return "どう" if reading == "みち" and glued(prev, token) and prev.surface in _ART_NAMES else None  # 居合道
    if surface == "突き":
        if reading == "つき" and _voiced_after_noun(tokens, i):
            return "づき"  # 正拳|突き, 逆|突き
        return None
    if surface == "蹴り":
        return "げり" if reading == "けり" and _voiced_after_noun(tokens, i) else None  # 上段|蹴り
    if surface == "技":
        if reading == "ぎ" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.pos[0] == "名詞" \
                and sentence_has(tokens, i, _JUDO_CUES, others=True):
            return "わざ"  # 連絡|技
        return None
    if surface == "掛け":
        return "がけ" if reading == "かけ" and glued(prev, token) and prev.surface in ("内", "外") else None  # 内掛け
    if surface == "立ち":
        return "だち" if reading == "たち" and glued(prev, token) and prev.surface == "元" else None  # 元立ち
    if surface == "付":
        if reading == "つき" and glued(token, nxt) and nxt.surface in ("出し", "出") \
                and sentence_has(tokens, i, _SUMO_CUES):
            return "つけ"  # 幕下付出し
        return None
    if surface in _NATIVE_COUNT:
        if reading == _NATIVE_COUNT[surface][0] and token.pos[1] == "数詞" and glued(token, nxt) \
                and nxt.surface == "場所" and not (glued(prev, token) and prev.pos[1] == "数詞") \
                and sentence_has(tokens, i, _TOURNAMENT_CUES):
            return _NATIVE_COUNT[surface][1]  # 一場所七番, 二場所ぶり
        return None
    # 金星
    return "きんぼし" if reading == "きんせい" and sentence_has(tokens, i, _SUMO_CUES) else None
