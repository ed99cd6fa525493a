"""Sports-reporting words the analyser reads by another sense.

- 表 glued after an inning (9回表, 2回表, 初回表) is the top half of it, おもて, as 裏 is うら;
  Sudachi reads it ひょう ("a table"). 表示, 表彰 and 今回表明 are other words and never reach here.
- 勝 glued after 最多 is the pitchers' title 最多勝, さいたしょう; Sudachi reads it かち.
- 試合 after 残り (the games left) stays しあい; the rendaku rule of readings.py that makes 練習試合
  and 親善試合 じあい does not hold there.
- 前頭 in a sumo sentence (力士, 横綱, 入幕, 番付 … or a rank number after it: 前頭三枚目, 前頭筆頭, 前頭二人) is the
  rank, まえがしら; Sudachi reads it ぜんとう, the forehead, which stays in 前頭部 and 前頭葉.
- 大時代 glued after a name (ネブラスカ大時代, 早稲田大時代) is 大 "university" + 時代 "days", だいじだい,
  the bio's "in his university days"; Sudachi reads the rare おおじだい ("old-fashioned"), which stays
  where no name comes before it (大時代な芝居).
- 拳 glued before a noun in kanji is けん, the first kanji of a fighter's title or style (拳王, 拳王軍,
  拳聖 as the lexicon has it); Sudachi splits off 拳 and reads こぶし, the fist, which stays on its own.
- 一、三塁 and its kin are one word to Sudachi (いちさんるい): the reading gets the comma back, いち、
  さんるい, so furigana.py splits it at the comma (一 いち, 三塁 さんるい), not as 一 い, 三塁 ちさんるい.
- 裏 glued after an inning (9回裏二死) is the bottom half, うら; Sudachi sometimes takes it as a suffix り.
- 勝ち glued after a noun and ending the word is the way a bout or game was won, がち: 逆転勝ち, 判定勝ち,
  フォール勝ち, ＴＫＯ勝ち, 一本勝ち, 逆転勝ちした. Not when a noun goes on (勝ち点, 勝ち越し, 勝ち星), after a number
  (12勝) or a name (日本勝ち), or after a particle (負けるが勝ち, 日本の勝ち).
- 試合 after 連続 (連続試合安打) stays しあい, as after 残り.
- 右腕/左腕 in a sentence about pitching (投手, 登板, 12勝, 直球, 打者, 防御率 …) is the pitcher, うわん/さわん;
  not with a hurt or a body word in it (右腕を骨折, 肘), nor as someone's right-hand man (監督の右腕).
- 右|前, 左|前 (split by Sudachi) in a batting sentence before へ/に/打 are the field directions うぜん,
  さぜん (右前へはじき返した); in a sentence with no batting (右前へ進んだ) they keep みぎ まえ.
- 杯 glued after a name, a katakana word or a kanji common noun is a cup, はい (アジア杯, デビス杯, 朝日杯,
  日経新春杯; Sudachi reads ばい or さかずき); after a number or 何 it counts cups, ばい (何杯, 一杯).
- 高 glued before 飛び込み is the high dive, たか (男子高飛び込み); Sudachi voices it as the suffix だか.
- 相星 in a sumo sentence or before 決戦 is あいぼし (two wrestlers with the same record); Sudachi has
  only the surname あいほし.
- 組 glued after a name is a pair or team, ぐみ (日本組, 三浦・木原組, 山口組); the rendaku rule of
  readings.py leaves names out. Not before a noun (組員 stays a word of its own).
"""
from __future__ import annotations

from ..tokens import Token, is_kanji, is_katakana_word

_BASES = {"一、二塁": "いち", "一、三塁": "いち", "二、三塁": "に"}
WORDS = frozenset({"表", "勝", "試合", "前頭", "大時代", "拳", *_BASES, "裏", "勝ち", "右腕", "左腕", "右", "左",
                   "前", "杯", "高", "相星", "組"})  # all sports_fix looks at

_NEW_WORDS = frozenset({"裏", "勝ち", "右腕", "左腕", "右", "左", "前", "杯", "高", "相星", "組"})
_INNING_BEFORE = frozenset({"回", "初回"})
_PLAIN_MATCH_AFTER = frozenset({"残り", "連続"})
_SUMO_CUES = ("力士", "横綱", "大関", "関脇", "小結", "幕内", "入幕", "三役", "番付", "十両", "土俵", "白星",
              "黒星", "金星", "敢闘賞", "殊勲賞", "技能賞")
_RANK_AFTER = frozenset({"筆頭"})
_PEOPLE = frozenset({"一人", "二人"})  # Sudachi's nouns for a count of people: 前頭二人


def _glued_before(tokens: list[Token], i: int) -> Token | None:
    prev = tokens[i - 1] if i > 0 else None
    return prev if prev is not None and prev.end == tokens[i].start else None


_PITCHING_CUES = ("投手", "登板", "先発", "救援", "勝目", "勝利", "投球", "直球", "変化球", "球速", "球団", "球威",
                  "打者", "打線", "安打", "防御率", "三振", "中継ぎ", "抑え", "ドラフト", "マウンド", "イニング",
                  "セーブ", "完投", "完封", "背番号")  # not 球 or 打 alone: 電球, 打ち合わせ
_BODY_CUES = ("痛", "骨折", "肘", "肩", "手術", "違和感", "故障", "負傷", "けが", "怪我", "筋", "打撲", "治療", "振り",
              "伸ば", "腫", "しびれ")
_RIGHT_HAND_OF = frozenset({"監督", "社長", "会長", "首相", "知事", "大統領", "総裁", "党首", "代表", "幹事長", "長官",
                            "氏", "さん", "オーナー"})
_BATTING_CUES = ("打", "球", "安打", "返し", "運ん", "適時")  # not 回: 右前へ回り込む
_HIT_AFTER = ("へ", "に", "打", "安打", "適時打")
_WIN_ENDS = ("助詞", "補助記号", "助動詞")


def _sentence_has(tokens: list[Token], cues: tuple[str, ...]) -> bool:
    return any(cue in t.surface for t in tokens for cue in cues)


def _pitcher(tokens: list[Token], i: int) -> bool:
    """右腕/左腕 at tokens[i] names a pitcher: a pitching sentence with no body word, not Xの右腕 of a person."""
    if i >= 2 and tokens[i - 1].surface == "の" and (tokens[i - 2].surface in _RIGHT_HAND_OF
                                                     or tokens[i - 2].pos[2:3] == ("人名",)):
        return False  # 監督の右腕: the right-hand man
    others = tokens[:i] + tokens[i + 1:]
    return (_sentence_has(others, _PITCHING_CUES) or any(t.surface == "勝" for t in others)) \
        and not _sentence_has(tokens, _BODY_CUES)  # 12勝を挙げた右腕


def _hit_direction(tokens: list[Token], j: int) -> bool:
    """tokens[j] is 右/左 and tokens[j+1] is 前, glued, before へ/に/打 in a batting sentence (右前へ, 左前打)."""
    if j < 0 or j + 2 >= len(tokens) or tokens[j].surface not in ("右", "左"):
        return False
    front, after = tokens[j + 1], tokens[j + 2]
    return front.surface == "前" and front.start == tokens[j].end and after.surface in _HIT_AFTER \
        and _sentence_has(tokens[:j] + tokens[j + 3:], _BATTING_CUES)


def _cup_name(prev: Token) -> bool:
    """A common noun in kanji that names a cup with 杯 after it (朝日杯, 日経新春杯), not 何 or 数."""
    return prev.pos[:2] == ("名詞", "普通名詞") and is_kanji(prev.surface[-1]) and prev.surface not in ("何", "数")


def _new_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """The rules for 裏, 勝ち, 右腕/左腕, 右|前, 杯, 高, 相星 and 組 (see the docstring)."""
    token = tokens[i]
    surface = token.surface
    prev = _glued_before(tokens, i)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    nxt_glued = nxt if nxt is not None and nxt.start == token.end else None
    if surface == "裏":
        if reading != "り" or prev is None or prev.surface not in _INNING_BEFORE:
            return None
        number = _glued_before(tokens, i - 1) if prev.surface == "回" else prev
        return "うら" if number is not None and (number.pos[1:2] == ("数詞",) or number.surface == "初回") else None
    if surface == "勝ち":
        if reading != "かち" or prev is None or prev.proper or prev.pos[1:2] == ("数詞",) \
                or prev.pos[0] not in ("名詞", "接尾辞"):
            return None  # 12勝, a headline's 日本勝ち
        return "がち" if nxt_glued is None or nxt_glued.pos[0] in _WIN_ENDS \
            or nxt_glued.lemma in ("する", "為る") else None  # 逆転勝ちした
    if surface in ("右腕", "左腕"):
        wanted = "うわん" if surface == "右腕" else "さわん"
        return wanted if reading != wanted and _pitcher(tokens, i) else None
    if surface in ("右", "左"):
        return ("う" if surface == "右" else "さ") if _hit_direction(tokens, i) else None
    if surface == "前":
        return "ぜん" if reading == "まえ" and _hit_direction(tokens, i - 1) else None
    if surface == "杯":
        return "はい" if reading in ("ばい", "さかずき") and prev is not None and prev.pos[1:2] != ("数詞",) \
            and (prev.proper or is_katakana_word(prev.surface[-1:]) or _cup_name(prev)) else None
    if surface == "高":
        return "たか" if reading == "だか" and nxt_glued is not None \
            and nxt_glued.surface.startswith(("飛び込", "飛込")) else None
    if surface == "相星":
        return "あいぼし" if reading == "あいほし" and (nxt_glued is not None and nxt_glued.surface == "決戦"
                                                 or _sentence_has(tokens, _SUMO_CUES)) else None
    if surface == "組":
        return "ぐみ" if reading == "くみ" and prev is not None and prev.proper \
            and (nxt_glued is None or nxt_glued.pos[0] in _WIN_ENDS) else None
    return None


def sports_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    surface = tokens[i].surface
    if surface in _NEW_WORDS:
        return _new_fix(tokens, i, reading)
    if surface in _BASES:
        head = _BASES[surface]
        return head + "、" + reading[len(head):] if reading.startswith(head) and "、" not in reading else None
    if surface == "拳":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return "けん" if reading == "こぶし" and nxt is not None and nxt.start == tokens[i].end \
            and nxt.pos[0] == "名詞" and is_kanji(nxt.surface[0]) else None  # 拳王軍 けんおうぐん
    prev = _glued_before(tokens, i)
    if surface == "表":
        if reading != "ひょう" or prev is None or prev.surface not in _INNING_BEFORE:
            return None
        if prev.surface == "回":
            number = _glued_before(tokens, i - 1)
            if number is None or number.pos[1:2] != ("数詞",):
                return None
        return "おもて"
    if surface == "勝":
        return "しょう" if reading == "かち" and prev is not None and prev.surface == "最多" else None
    if surface == "大時代":
        return "だいじだい" if prev is not None and (prev.proper or is_katakana_word(prev.surface[-1:])) else None
    if surface == "試合":
        return "しあい" if reading == "じあい" and prev is not None and prev.surface in _PLAIN_MATCH_AFTER else None
    if reading != "ぜんとう":
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.start == tokens[i].end:
        if nxt.surface in _RANK_AFTER or nxt.pos[1:2] == ("数詞",) or nxt.surface in _PEOPLE:
            return "まえがしら"  # 前頭二人: a count of wrestlers, not 前頭葉
        if nxt.pos[0] == "名詞" or nxt.pos[0] == "接尾辞":
            return None  # 前頭部, 前頭前野
    return "まえがしら" if any(cue in t.surface for t in tokens for cue in _SUMO_CUES) else None
