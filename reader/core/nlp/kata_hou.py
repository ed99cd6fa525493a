"""方 after a word: かた (a person, politely) or ほう (a side, a direction, a comparison).

- 方 after a verb is a person (かた: 購入を考えている方) unless a comparison follows (した方がいい:
  ほう); 〜た方が is the comparative construction (ほう).
- After の: a noun for people before it (利用者, 係員, 観光客, 美容師, 代理人, 地元, 担当, 同一世帯, 代理, 係,
  スタッフ, ご近所, お店, an inn's staff: 仲居, 女将, 番頭, 湯守, 板前) or an honorific verb's stem
  after お (免許をお持ちの方) makes it かた, a
  direction or a place (東, 奥, 駅, a place name) ほう; before へ/は/に/のみ it addresses people
  (お客様の方へ, 会員の方のみ: かた), and 他の方 before の is other people's (他の方の回答も参考に: かた; 他の方が
  安い, 他の方を選ぶ stay ほう). All of these stay marked uncertain: only meaning decides.
- Before いますか / いませんか / いらっしゃいますか (past 、 or は) a post is asking its readers, かた
  (不登校の子を持つ親の方、いますか), and so is a sentence opening with a noun + の方、 (子持ちの方、
  お昼どうしてます？); 〜方が楽 / がマシ / が無難 / が確実 / が得 / が便利 compare, ほう
  (一人でいる方が楽), like 方がいい.
- After の and a condition people have (認知症の方, 糖尿病の方, 妊娠中の方, 服用中の方) or an age or
  care level with 以上/以下/未満 (六十五歳以上の方, 要介護三以上の方が対象): a person, かた, as clinic
  pages and notices say of patients; a comparison after it (以上の方が多い) keeps ほう.
- After の, with が/も/を/は and then a word said only of people one recruits or serves (対象, 歓迎,
  大歓迎, 優遇, 活躍, 在籍, 応募, 募集), maybe after 多数 or 大勢, as job ads and notices say: a person,
  かた (主婦の方が多数活躍中, 卒業見込みの方が対象, 勤続三年以上の方が対象); not where より sets up a
  comparison before it (AよりBの方が優遇される ほう), nor before other words (大人の方が多い).
- After の and before の, お/ご and what only a person has or does (意見, 名前, 出席, 協力, 指示, 話) it is a
  person, かた (こちらの方のご意見, あちらの方のお名前; not 案内, which a place has too); a direction (東, 駅, a
  place name) before it keeps ほう first (北の方のご家族 is the family up north).
- The suffix 外 がい ("not in", 予約外, 市外) is no direction: 予約外の方は, 市外の方も address people (かた) as
  other nouns before は/も do; 外 そと "outside" stays a direction (外の方が涼しい, 窓の外の方を見る ほう).
- Glued straight after people addressed with respect (先生方, 諸先生方, 役員方, ご父兄方, 皆様方, 奥様方, お客様方)
  方 is the plural honorific and voices, がた; after a name + 様 it is "care of" in an address, かた
  (鈴木様方 すずきさまかた), and a kin word before it is a side of the family (母方 ははかた), left alone.
- After an adjective and before の and a person (所得の高い方の親, 年収の多い方の配偶者, 背の高い方の人) it is the
  side picked out of two, ほう: a polite 方 is a person already and takes no の親 or の人 after it; so is
  an adjective's 方 before を選ぶ (安い方を選ぶ, 軽い方を選ぶ). Before other nouns (若い方の意見, 詳しい方の話)
  the rules above decide.
- After a verb, where something is sensed from (音のする方, 声が聞こえる方, 光の射す方へ) or before へ or に
  and a verb of going (来た方へ戻った, 声のする方へ歩いた), 方 is a direction, ほう; 困っている方に and
  初めて利用する方へ (a notice's heading) stay かた.
"""
from __future__ import annotations

from .tokens import Token, glued

# Nouns for people, before の方 (かた): by their last kanji (利用者, 係員, 観光客) or whole (地元の方).
_PERSON_ENDINGS = frozenset("者員客師士人")  # 利用者, 係員, 観光客, 美容師, 保育士, 代理人
_PEOPLE = frozenset({"地元", "近所", "家族", "年配", "一般", "年寄り", "外国", "会員", "初心者", "高齢",
                     "担当", "世帯", "同一世帯", "本人", "スタッフ", "受付", "店長", "セラピスト", "ネイリスト",
                     "代理", "係",  # a notice's 代理の方のご出席, 係の方の案内: who stands in, who serves
                     "エステティシャン",
                     "仲居", "女将", "若女将", "番頭", "湯守", "板前", "板長", "料理長", "コンシェルジュ"})
# Directions, before の方 (ほう): 東の方に, 奥の方へ.
# A condition people have, by its ending (認知症, 糖尿病) or whole (要介護, 持病, 妊娠中); 中 only after a
# state one is in (午前中の方が空いている is a comparison of times).
_CONDITION_ENDINGS = ("症", "病", "障害", "障がい", "疾患")
_CONDITIONS = frozenset({"要介護", "要支援", "持病", "アレルギー", "妊婦", "初診", "再診"}) | {
    stem + "中" for stem in ("妊娠", "授乳", "服用", "治療", "通院", "入院", "療養", "投薬", "透析", "闘病", "休職")}
_BOUNDS = frozenset({"以上", "以下", "未満"})
_AGES = ("歳", "才", "要介護", "要支援", "年生")  # not か月: 三か月以上の方が効果的 compares
# Words said only of people (recruited, welcomed, served), after 方が / 方も / 方を / 方は.
_PEOPLES_PREDICATES = ("対象", "歓迎", "大歓迎", "優遇", "活躍", "在籍", "応募", "募集")
_HOW_MANY = frozenset({"多数", "大勢", "多く", "数多く", "たくさん"})  # may come between: 方が多数活躍中
_DIRECTIONS = frozenset({"東", "西", "南", "北", "上", "下", "右", "左", "前", "後ろ", "奥", "手前", "向こう",
                         "北側", "南側", "東側", "西側", "海", "山", "川", "駅", "空", "外", "内側", "外側"})

# Verbs of going somewhere: a verb's 方 before へ or に and one of them is a direction (来た方へ戻った).
_GOING = frozenset({"向かう", "歩く", "進む", "走る", "駆ける", "逃げる", "戻る", "行く", "近づく", "飛ぶ", "急ぐ",
                    "駆け出す", "歩き出す", "走り出す", "駆け寄る", "引き返す", "泳ぐ", "這う", "流れる"})
# What is sensed from a place: 音のする方, 光の射す方 is where it comes from.
_SENSED = frozenset({"音", "声", "物音", "足音", "気配", "匂い", "香り", "光", "悲鳴", "叫び声", "歌声", "笑い声",
                     "明かり", "灯り", "鳴き声", "水音", "話し声"})

# What only a person has or does, after 方の and お/ご (方のご意見, 方のお名前): the 方 is a person, かた.
_PERSONS_OWN = frozenset({"意見", "名前", "出席", "参加", "協力", "指示", "住所", "連絡先", "署名", "来場",
                          "家族", "感想", "要望", "回答", "紹介", "話", "声"})
# Persons a compared side names, after 方の: 高い方の親 ほう.
_SIDE_PERSONS = frozenset({"親", "人", "子", "子ども", "子供", "配偶者", "夫", "妻", "兄", "姉", "弟", "妹"})
# People addressed with respect, before 方 がた (先生方, 役員方); any word ending in 様 is one too (奥様方).
_PLURAL_PEOPLE = frozenset({"先生", "父兄", "役員", "職員", "先輩", "来賓", "委員", "教員", "議員", "皆さん"})


def _respected_people(tokens: list[Token], i: int) -> bool:
    """Is 方 at tokens[i] glued after people addressed with respect (先生方, 皆様方), not a name + 様 (c/o)?"""
    prev = tokens[i - 1] if i > 0 else None
    if not glued(prev, tokens[i]) or prev.pos[0] not in ("名詞", "接尾辞"):
        return False
    if prev.surface in _PLURAL_PEOPLE:
        return True
    if prev.surface in ("様", "さま"):  # 皆|様|方; 鈴木|様|方 is an address, care of 鈴木
        return i > 1 and glued(tokens[i - 2], prev) and tokens[i - 2].pos[2:3] != ("人名",) \
            and tokens[i - 2].pos[0] == "名詞"
    return prev.surface.endswith("様") and len(prev.surface) > 1 and prev.pos[2:3] != ("人名",)


def _person_noun(noun: Token, before: Token | None) -> bool:
    """A noun for people (利用者, 係員, 観光客, 地元), or one made polite with お/ご (お店, ご近所)."""
    prefixed = before is not None and before.surface in ("お", "ご", "御") and before.pos[0] == "接頭辞" \
        and glued(before, noun)
    if noun.pos[0] != "名詞":
        return noun.pos[0] == "動詞" and prefixed  # お持ちの方, お住まいの方: an honorific verb's stem
    polite = noun.surface[:1] in ("お", "ご", "御") and len(noun.surface) > 1 and noun.reading[:1] in ("お", "ご") \
        or prefixed
    return polite or noun.surface[-1:] in _PERSON_ENDINGS or noun.surface in _PEOPLE


def _asking_readers(tokens: list[Token], i: int) -> bool:
    """方 is followed, past 、 or は, by いますか / いませんか / いらっしゃいますか: asking who reads."""
    after = "".join(t.surface for t in tokens[i + 1:i + 6]).lstrip("、,はで")
    return after.startswith(("いますか", "いませんか", "いらっしゃいますか", "いらっしゃいませんか", "おられますか"))


def _calling_readers(tokens: list[Token], i: int) -> bool:
    """A sentence opens with a noun + の方、 (子持ちの方、…): it calls on readers who are such people."""
    if i + 1 >= len(tokens) or tokens[i + 1].surface != "、" or i < 2 or tokens[i - 1].surface != "の" \
            or tokens[i - 2].surface in _DIRECTIONS or tokens[i - 2].pos[2:3] == ("地名",):
        return False  # 駅の方、混んでた？: a direction
    j = i - 2
    while j >= 0 and tokens[j].pos[0] in ("名詞", "接頭辞", "接尾辞") and glued(tokens[j], tokens[j + 1]):
        j -= 1
    return j < 0 or tokens[j].surface in ("。", "！", "？", "!", "?", "\n", "」", "「", "　") and j < i - 2


def _said_of_people(tokens: list[Token], i: int) -> bool:
    """方 is followed by が/も/を/は and a word said of people one recruits or serves (歓迎, 対象), with
    no より before it in the sentence (AよりBの方が優遇される compares)."""
    k = i + 3 if i + 3 < len(tokens) and tokens[i + 2].surface in _HOW_MANY else i + 2  # 方が多数活躍中
    if k >= len(tokens) or tokens[i + 1].surface not in ("が", "も", "を", "は") \
            or not tokens[k].surface.startswith(_PEOPLES_PREDICATES):
        return False
    j = i - 1
    while j >= 0 and tokens[j].surface not in ("。", "！", "？", "!", "?", "\n"):
        if tokens[j].surface in ("より", "よりも"):
            return False
        j -= 1
    return True


def _honoured_after(tokens: list[Token], i: int) -> bool:
    """方 is followed by の, お/ご and a noun only a person has or does (方のご意見, 方のお名前)."""
    if i + 3 >= len(tokens) or tokens[i + 1].surface != "の" or tokens[i + 2].surface not in ("お", "ご", "御") \
            or tokens[i + 2].pos[0] != "接頭辞":
        return False
    return tokens[i + 3].surface in _PERSONS_OWN


def _towards(tokens: list[Token], i: int) -> bool:
    """方 after a verb is where something is sensed from (音のする方) or where one goes (来た方へ戻った)."""
    if i >= 3 and tokens[i - 2].surface in ("の", "が") and tokens[i - 3].surface in _SENSED:
        return True
    return i + 1 < len(tokens) and tokens[i + 1].surface in ("へ", "に") \
        and any(t.lemma in _GOING for t in tokens[i + 2:i + 5])


def kata_or_hou(token: Token, prev: Token | None, nxt: Token | None, tokens: list[Token], i: int):
    after = "".join(t.surface for t in tokens[i + 1:i + 3])
    comparison = after.startswith(("がいい", "が良い", "がよい", "がまし", "が多い", "が少ない", "が大き",
                                   "が小さ", "が早", "が安", "が高", "がずっと", "がはるか", "が楽", "がマシ",
                                   "が無難", "が確実", "が得", "が便利"))
    if not comparison and _respected_people(tokens, i):
        return "がた", False  # 先生方, 皆様方: the plural honorific
    if not comparison and (_asking_readers(tokens, i) or _calling_readers(tokens, i)):
        return "かた", True  # 親の方、いますか; ワーママの方、教えて: a post asking readers who are such people
    if prev is not None and prev.surface in ("た", "だ") and prev.pos[0] == "助動詞" and after.startswith("が"):
        return "ほう", False  # 〜た方が: the comparative construction (早く行った方がいい, 使った方がきれい)
    if prev is not None and prev.pos[0] == "形容詞" and i + 2 < len(tokens) and (
            nxt.surface == "の" and tokens[i + 2].surface in _SIDE_PERSONS
            or nxt.surface == "を" and tokens[i + 2].lemma == "選ぶ"):
        return "ほう", True  # 所得の高い方の親, 安い方を選ぶ: one of two sides (a person takes no の親)
    if prev is not None and prev.pos[0] in ("動詞", "助動詞") and not comparison and _towards(tokens, i):
        return "ほう", True  # 声のする方へ歩いた, 光の射す方へ: a direction
    if prev is not None and prev.pos[0] in ("動詞", "助動詞", "形容詞") and not comparison:
        return "かた", True
    if prev is not None and prev.surface in ("この", "その", "あの", "どの", "あなた") and not comparison:
        return token.reading, True
    if prev is not None and prev.surface == "の" and not comparison:
        owner = tokens[i - 2] if i >= 2 and glued(tokens[i - 2], prev) else None
        if owner is not None and _person_noun(owner, tokens[i - 3] if i >= 3 else None):
            return "かた", True  # 利用者の方, ご近所の方, お店の方が言うには: a person, politely
        if owner is not None and owner.pos[0] == "名詞" and (
                owner.surface in _CONDITIONS or owner.surface.endswith(_CONDITION_ENDINGS)):
            return "かた", True  # 認知症の方, 妊娠中の方: patients
        if owner is not None and owner.surface in _BOUNDS and any(
                t.surface.endswith(_AGES) for t in tokens[max(0, i - 6):i - 2]):
            return "かた", True  # 六十五歳以上の方, 要介護三以上の方が対象
        if _said_of_people(tokens, i):
            return "かた", True  # 主婦の方が活躍中, 卒業見込みの方が対象: job ads and notices
        if owner is not None and (owner.surface in _DIRECTIONS and owner.reading != "がい"
                                  or owner.pos[2:3] == ("地名",)):  # 予約|外 がい is "not in", not outside
            return "ほう", True  # 東の方に進む, 駅の方へ: a direction
        if _honoured_after(tokens, i):
            return "かた", True  # こちらの方のご意見, 代理の方のご出席: a person's, made polite
        if owner is not None and owner.surface in ("他", "ほか") and nxt is not None and nxt.surface == "の":
            return "かた", True  # 他の方の回答, 他の方の意見: other people's, as Q&A threads say
        if nxt is not None and nxt.surface in ("へ", "は", "に", "には", "にも", "も", "のみ", "限定"):
            return "かた", True  # お店の方は, 全ての方へ: said of people far more often than of a direction
        return token.reading, True
    return token.reading, False
