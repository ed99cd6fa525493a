"""History and biography in encyclopedia style: kings, emperors and their families, wars, clans and fiefs.

- 五世 and 七世 that Sudachi takes for a given name (いつよ, ななせ), glued after a katakana name, are a
  regnal number, ごせい and ななせい (カール五世, ヘンリー七世), like the 二世, 三世 Sudachi splits and
  reads せい. After a kanji surname (山田五世) or alone they stay the name.
- 妃 standing alone (after a particle, その, a stop, a comma, a bracket or at the start: 六人の妃,
  妃となった), or after an adjective or a clause that describes her (亡き妃 なききさき, 美しい妃, 王が愛した妃,
  聡明な妃), is a consort, きさき; Sudachi reads the suffix ひ, which stays glued after a title or a
  name (皇太子妃, 紀子妃) and after other symbols. 楊貴 glued before 妃 is the consort Yang, ようき
  (楊貴妃 ようきひ), not the surname やぎ.
- 役 after の after an era name or a place (文永の役, 弘安の役, 文禄・慶長の役, 後三年の役, 前九年の役) is a
  war, えき; Sudachi reads やく (a role), which stays after a person or an office (信長の役, 会長の役)
  and before を + 演じる, 務める (a part to play).
- 石 after a number ending in 万 or 千 is the rice measure and voices, ごく (百万石, 五万石, 一万石以上),
  as in Sudachi's own 三千石 さんぜんごく; after other words it is left alone. 一石 in a sentence about
  rice or a fief (米, 石高, 大名, 藩, 俵) is one koku, いっこく; elsewhere (一石二鳥, 一石を投じる) いっせき.
- 八代 that Sudachi takes for the place やつしろ, glued before a title held in succession (将軍, 当主,
  藩主, 天皇, 家元), is the eighth generation, はちだい (八代将軍); before other words (八代高校, 八代から)
  it stays the city.
- A count of sons and daughters (二男一女, 三男二女, 一男二女) reads each numeral as a number, になん,
  いちじょ, にじょ; Sudachi reads 二男 じなん and 二女 じじょ ("second son", "second daughter"), 一男 and
  一女 as given names, which stay where no count of the other sex is glued beside them (長男と二女).
  The count before may be cut numeral|男 (一|男|一女 in 妻との間に一男一女をもうけた): it counts the same.
- 世界一 and 日本一 glued before 周 are "once around", いっしゅう (世界一周, 日本一周); Sudachi cuts
  世界一|周 and reads せかいいち ("the world's best"), which stays elsewhere (世界一の高さ).
- 文武 glued before 天皇 is the emperor Monmu, もんむ (文武天皇); 文武両道 stays ぶんぶ.
- 御 glued before 台所 is the shogun's wife, み (御台所 みだいどころ); Sudachi reads ご, which is no word here.
- 一城 that Sudachi takes for the given name かずき, glued after 一国, is one castle, いちじょう (一国一城令).
- 詰め glued after a place or a noun is a posting and voices, づめ (江戸詰めの藩士, like 国詰め, 本社詰め,
  which Sudachi voices itself); after a particle it stays つめ (最後の詰め).
- 大 glued before 公国 or 公妃 is the grand duke's, たい (大公国 たいこうこく, 大公妃), as in Sudachi's
  own 大公 たいこう; Sudachi reads the split-off prefix だい.
- Two epithets Sudachi cuts: 黒|太子 is こく (エドワード黒太子 こくたいし), 獅子|心王 is しんおう
  (獅子心王 ししんおう; 心王 しんのう is a Buddhist term); 黒 and 心王 elsewhere are left alone.
- 間 after の and a noun, in a sentence about a palace, a castle or a mansion (宮殿, 御殿, 城, 書院), is a
  hall, ま (ヴェルサイユ宮殿の鏡の間 かがみのま, 城の松の間); Sudachi reads あいだ ("between"), which
  stays where と pairs two things before it (宮殿と庭園の間) or with no such cue (二人の間).
- 帯刀 as a common noun (苗字帯刀, 帯刀を許された) is wearing a sword, たいとう; Sudachi reads the given
  name たてわき, which stays glued after a surname (小松帯刀, cut 小松|帯刀 in some sentences).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_has, sentence_of

_REGNAL = {"五世": "ごせい", "七世": "ななせい"}  # the two Sudachi takes for given names
_DIGITS = {"一": "いち", "二": "に", "三": "さん", "四": "よん", "五": "ご", "六": "ろく", "七": "なな", "八": "はち",
           "九": "きゅう"}
_CHILD_COUNTS = frozenset(d + s for d in _DIGITS for s in "男女")
# What a 役 is played as: a role, not a war.
_ROLE_VERBS = frozenset({"演じる", "演ずる", "務める", "勤める", "果たす", "担う", "引き受ける", "買う", "こなす",
                         "与える"})
# Titles held in succession, numbered by generation (八代将軍 はちだい).
_SUCCESSION = frozenset({"将軍", "当主", "藩主", "執権", "天皇", "皇帝", "国王", "家元", "宗家", "城主", "住職",
                         "管長", "教皇", "法王", "宗主", "社長", "会長", "横綱", "名人", "目"})
# What 妃 standing alone follows: a particle, その, a conjunction, or an adjective or clause describing her.
_BEFORE_A_CONSORT = ("助詞", "連体詞", "接続詞", "形容詞", "動詞", "助動詞")
_GRAND_DUCAL = frozenset({"公国", "公妃", "公位"})
_HALL_CUES = ("宮殿", "御殿", "城", "書院", "本丸", "迎賓館", "宮中", "大広間")
_RICE_CUES = ("米", "石高", "大名", "藩", "俵", "知行", "領地", "禄", "升", "斗")
WORDS = frozenset({"五世", "七世", "妃", "楊貴", "役", "石", "一石", "八代", "文武", "帯刀", "御", "一城", "詰め",
                   "大", "黒", "心王", "間"}) | _CHILD_COUNTS \
    | frozenset({"世界一", "日本一"})


def _split_count(tokens: list[Token], k: int) -> bool:
    """tokens[k] is the suffix 男 or 女 glued after a numeral one to nine (一|男, as Sudachi cuts 一男一女)."""
    return k > 0 and tokens[k].pos[0] == "接尾辞" and tokens[k - 1].surface in _DIGITS \
        and tokens[k - 1].pos[1:2] == ("数詞",) and glued(tokens[k - 1], tokens[k])


def history_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _REGNAL:
        if token.pos[2:3] == ("人名",) and glued(prev, token) and is_katakana_word(prev.surface):
            return _REGNAL[surface]  # カール|五世
        return None
    if surface == "妃":
        if reading == "ひ" and (prev is None or prev.pos[0] in _BEFORE_A_CONSORT
                               or prev.pos[1] in ("句点", "読点", "括弧開")):
            return "きさき"  # 六人の妃, 妃となった, 亡き妃, 愛した妃; 皇太子|妃 stays ひ
        return None
    if surface == "楊貴":
        return "ようき" if glued(token, nxt) and nxt.surface == "妃" else None
    if surface == "役":
        return "えき" if reading == "やく" and _is_war(tokens, i) else None
    if surface == "石":
        if reading == "こく" and glued(prev, token) and prev.pos[1:2] == ("数詞",) and prev.surface[-1:] in "万千":
            return "ごく"  # 百万|石
        return None
    if surface == "一石":
        if reading == "いっせき" and not (glued(token, nxt) and nxt.pos[0] == "名詞") \
                and sentence_has(tokens, i, _RICE_CUES):
            return "いっこく"  # 一石は大人一人が一年に食べる米の量
        return None
    if surface == "八代":
        if reading == "やつしろ" and glued(token, nxt) and nxt.surface in _SUCCESSION:
            return "はちだい"  # 八代|将軍
        return None
    if surface in _CHILD_COUNTS:
        other = "女" if surface[1] == "男" else "男"
        if glued(token, nxt) and nxt.surface in _CHILD_COUNTS and nxt.surface[1] == other \
                or glued(prev, token) and prev.surface in _CHILD_COUNTS and prev.surface[1] == other \
                or glued(prev, token) and prev.surface == other and _split_count(tokens, i - 1):
            return _DIGITS[surface[0]] + ("なん" if surface[1] == "男" else "じょ")  # 二男|一女
        return None
    if surface in ("世界一", "日本一"):
        if reading.endswith("いち") and glued(token, nxt) and nxt.surface == "周":
            return reading[:-2] + "いっ"  # 世界一|周
        return None
    if surface == "御":
        return "み" if reading == "ご" and glued(token, nxt) and nxt.surface == "台所" else None  # 御台所
    if surface == "一城":
        if reading == "かずき" and glued(prev, token) and prev.surface == "一国":
            return "いちじょう"  # 一国|一城令
        return None
    if surface == "詰め":
        if reading == "つめ" and token.pos[0] == "名詞" and glued(prev, token) and prev.pos[0] == "名詞" \
                and prev.pos[1] != "数詞":
            return "づめ"  # 江戸|詰め; the verb stays (二センチ詰めて)
        return None
    if surface == "大":
        return "たい" if reading == "だい" and glued(token, nxt) and nxt.surface in _GRAND_DUCAL else None
    if surface == "黒":
        return "こく" if reading == "くろ" and glued(token, nxt) and nxt.surface == "太子" else None
    if surface == "心王":
        return "しんおう" if glued(prev, token) and prev.surface == "獅子" else None
    if surface == "間":
        return "ま" if reading == "あいだ" and _is_hall(tokens, i) else None
    if surface == "文武":
        return "もんむ" if glued(token, nxt) and nxt.surface == "天皇" else None
    # 帯刀
    if reading == "たてわき" and token.pos[1:2] == ("普通名詞",) \
            and not (glued(prev, token) and prev.pos[1:2] == ("固有名詞",)):
        return "たいとう"  # 苗字帯刀; 小松|帯刀 (a surname, often tagged a place) stays the name
    return None


def _is_war(tokens: list[Token], i: int) -> bool:
    """Is the 役 at tokens[i] a war (文永の役, 前九年の役): after の and an era or a place, not a role?"""
    if i < 2 or tokens[i - 1].surface != "の":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not glued(tokens[i - 1], tokens[i]) \
            or glued(tokens[i], nxt) and nxt.pos[0] not in ("助詞", "補助記号", "助動詞"):
        return False  # 戦国の役人: a word of its own
    if nxt is not None and nxt.surface == "を" and i + 2 < len(tokens) and tokens[i + 2].lemma in _ROLE_VERBS:
        return False  # 京都の役を演じた: a part
    before = tokens[i - 2]
    if before.pos[1:2] == ("固有名詞",) and before.pos[2:3] != ("人名",) \
            and all("一" <= ch <= "龥" for ch in before.surface):
        return True  # 文永の役, 後三年の役
    # 前九年の役: 前 or 後, a number, 年
    return before.surface == "年" and i >= 4 and tokens[i - 3].pos[1:2] == ("数詞",) \
        and tokens[i - 4].surface in ("前", "後")


def _is_hall(tokens: list[Token], i: int) -> bool:
    """Is the 間 at tokens[i] a named hall (宮殿の鏡の間): after の and a noun, in a palace sentence?"""
    if i < 2 or tokens[i - 1].surface != "の" or not glued(tokens[i - 1], tokens[i]) \
            or tokens[i - 2].pos[:2] != ("名詞", "普通名詞") or not glued(tokens[i - 2], tokens[i - 1]):
        return False
    sentence = sentence_of(tokens, i)
    if any(t.surface == "と" and t.pos[0] == "助詞" and t.start < tokens[i].start for t in sentence):
        return False  # 宮殿と庭園の間: between
    return sentence_has(tokens, i, _HALL_CUES)
