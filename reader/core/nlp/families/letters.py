"""Letters and formal correspondence (拝啓 … 敬具, business letters, invitations, notices of a move or a
price change, thank-you and apology letters) whose set words Sudachi reads in another sense or cuts.

- 殿 the honorific after an addressee is どの: glued after a title or a person word that Sudachi cuts off
  it and reads でん (総務課長殿, 校長殿, 担当者殿, 取締役殿, 申請人殿), and alone at the end of an address line
  after a space and a title or a name (人事部長　殿, 山田様　殿), where Sudachi reads the lord, との; so is
  a quoted 「殿」 in a sentence about honorifics or addressing mail (「殿」は目上の人には使わない). A hall
  stays でん where Sudachi knows it whole (大仏殿, 紫宸殿), and the lord stays との in a sentence
  (殿にお仕えする, 殿の御成り, 「殿」と呼ばれた武将).
- 御 that Sudachi reads ご glued before a word it cuts off 社 (御|社内, 御|社名, 御|社倉|庫 for 御社倉庫) is
  the polite "your company", おん, as Sudachi's own 御社 おんしゃ; 御社殿, 御社務所 (ごしゃでん, ごしゃむしょ)
  and any 御社 in a sentence about a shrine (おやしろ) are left alone.
- 来る that Sudachi takes for the verb くる, before a date at the head of a clause (来る四月一日より, さて、来る
  十日に, 弊社では来る…), is the formal "the coming", きたる; after another particle or before a span it stays
  the verb (日本に来る三日前に, 春が来る).
- 百名 that Sudachi takes for the surname ももな is a hundred people, ひゃくめい (定員　百名（先着順）,
  百名の参加); before an honorific other than 様 or a given name it stays the name (百名さん).
- 丁|重なる, Sudachi's cut of (ご)丁重なる (the counter 丁 ちょう and the verb 重なる かさなる), is the adjective
  丁重 ていちょう + なる (ご丁重なるご弔意); after a numeral the counter and the verb stay (二丁重なる).
- 間 after の and a room name (鶴, 松, 孔雀, 鳳凰, 菊…) in a sentence about a venue (ホテル, 会場, 宴会, 披露宴,
  場所) is a banquet room, ま (帝国ホテル　孔雀の間, 披露宴は鳳凰の間にて); where と pairs two things before it
  (松と竹の間) or with no venue about (松の間に月が見える) it stays あいだ. history.py reads a palace's halls.
- A season word before の候 (the opening of a seasonal greeting) is Sino-Japanese and read by the on'yomi of
  its kanji where Sudachi takes it for a name (清秋の候 せいしゅう, not きよあき; 盛秋, 清夏) or cuts it into
  two kun-read kanji (秋|暑の候 しゅうしょ, 向|夏の候 こうか); a word it reads as a common noun stays (若葉の候
  わかば, 小春の候 こはる), and so does a name before anything else (清秋さん) or a kanji whose on'yomi would
  change before the next (立 りつ, 菊 きく: the table cannot tell りっ, きっ).
- 外 glued before 一同 or before a count of people (number + 名) is "and others", ほか (山田太郎　外一同,
  佐藤一郎外三名, 外二名); after の it stays そと (家の外一面に).
- 長殿 that Sudachi takes for the surname ながとの, glued after a department word, is 長 + the honorific 殿,
  ちょうどの (社長室長殿); alone it stays the surname.
- 粗 that Sudachi reads あら glued before 供養 is the humble そ (粗供養 そくよう, a funeral return gift, like the
  lexicon's 粗品, 粗茶); 粗挽き, 粗塩 (あら) are whole words and never reach here.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has, sentence_of
from ..unknown_kanji import kanji_readings

# What an addressee's title or role ends with, before 殿 どの (課長, 担当者, 取締役, 審査員, 知事, 申請人).
_TITLE_ENDS = ("長", "者", "役", "員", "官", "事", "人", "主任", "代表", "様")
_ADDRESS_CUES = ("敬称", "宛名", "宛", "御中", "各位", "目上", "目下", "封筒")
_SHRINE_CUES = ("神社", "神様", "鳥居", "参拝", "境内", "祭", "お参り", "祠")
_NOT_YOUR_COMPANY = frozenset({"社殿", "社務所", "社叢", "社頭", "社家", "社寺"})
_NAME_AFTER = ("さん", "氏", "君", "くん", "ちゃん", "先生")
_DATE_COUNTERS = frozenset({"月", "日"})
_OPENINGS = ("補助記号", "空白", "接続詞")  # what 来る きたる opens a clause after (さて、来る…; 弊社では来る…)
_SPAN_WORDS = frozenset({"前", "後", "間", "ほど", "ぶり", "目"})  # 日本に来る三日前: a span, the verb
# Names hotel and hall banquet rooms take (鶴の間, 孔雀の間, 鳳凰の間): flowers, birds, auspicious words.
_ROOM_NAMES = frozenset({"鶴", "亀", "松", "竹", "梅", "桜", "菊", "桐", "藤", "萩", "椿", "牡丹", "芙蓉", "楓",
                         "葵", "蘭", "百合", "孔雀", "鳳凰", "富士", "瑞雲", "白鳥", "千鳥", "鷹", "錦", "雅", "翠",
                         "扇", "朝日", "曙", "高砂", "若竹", "紅梅", "白梅", "瑠璃", "琥珀", "真珠", "翡翠", "柳",
                         "桔梗", "撫子", "朱雀", "飛鳥", "平安", "天平", "銀河", "末広", "宝", "寿", "光琳"})
_VENUE_CUES = ("ホテル", "会場", "宴会", "披露宴", "場所", "会館", "式場", "懇親会", "祝賀会", "旅館", "広間",
               "パーティー", "レストラン", "集合", "開催", "受付")
_SEASON_KANJI = frozenset("春夏秋冬暑寒涼暖")
_CHANGING_ENDS = ("つ", "ち", "く", "き")  # on'yomi that may geminate before the next kanji (立秋 りっしゅう)
# all letters_fix looks at, besides season words (is_season_word)
WORDS = frozenset({"殿", "御", "来る", "百名", "丁", "重なる", "間", "外", "長殿", "粗"})


def is_season_word(surface: str) -> bool:
    """Could ``surface`` be (part of) a season word of a greeting: one or two kanji, one of a season?"""
    return 0 < len(surface) <= 2 and any(ch in _SEASON_KANJI for ch in surface)


def letters_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "殿":
        return "どの" if reading in ("でん", "との") and _is_honorific(tokens, i) else None
    if surface == "御":
        if reading == "ご" and glued(token, nxt) and nxt.surface.startswith("社") \
                and nxt.surface not in _NOT_YOUR_COMPANY and not sentence_has(tokens, i, _SHRINE_CUES):
            return "おん"  # 御|社内, 御|社名: your company
        return None
    if surface == "来る":
        if reading == "くる" and token.pos[0] == "動詞" and _before_date(tokens, i) \
                and (prev is None or prev.pos[0] in _OPENINGS or prev.surface == "は"):
            return "きたる"  # 来る四月一日より
        return None
    if surface == "外":
        if reading in ("そと", "がい") and glued(token, nxt) and not (prev is not None and prev.surface == "の") \
                and (nxt.surface == "一同" or _people_count(tokens, i + 1)):
            return "ほか"  # 山田太郎　外一同, 外三名
        return None
    if surface == "長殿":
        if reading == "ながとの" and glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞"):
            return "ちょうどの"  # 社長室|長殿
        return None
    if surface == "粗":
        return "そ" if reading == "あら" and glued(token, nxt) and nxt.surface == "供養" else None
    if surface == "百名":
        named = nxt is not None and (nxt.surface in _NAME_AFTER or nxt.pos[2:4] == ("人名", "名"))
        if reading == "ももな" and not named:
            return "ひゃくめい"  # 定員　百名
        return None
    if surface == "丁":
        if reading == "ちょう" and glued(token, nxt) and nxt.surface == "重なる" and not _after_numeral(tokens, i):
            return "てい"  # (ご)丁|重なる
        return None
    if surface == "重なる":
        if reading == "かさなる" and glued(prev, token) and prev.surface == "丁" and not _after_numeral(tokens, i - 1):
            return "ちょうなる"  # 丁|重なる: 丁重 + なる
        return None
    if surface != "間":
        return _season_word(tokens, i, reading) if is_season_word(surface) else None
    if reading == "あいだ" and i > 1 and prev.surface == "の" and glued(prev, token) \
            and tokens[i - 2].surface in _ROOM_NAMES and glued(tokens[i - 2], prev) \
            and tokens[i - 2].pos[0] == "名詞" and sentence_has(tokens, i, _VENUE_CUES):
        if any(t.surface == "と" and t.pos[0] == "助詞" and t.start < token.start for t in sentence_of(tokens, i)):
            return None  # 松と竹の間: between
        return "ま"  # 孔雀の間: a banquet room
    return None


def _before_greeting(tokens: list[Token], j: int) -> bool:
    """Does の + 候 follow tokens[j] glued (清秋|の|候)?"""
    return j + 2 < len(tokens) and tokens[j + 1].surface == "の" and tokens[j + 2].surface == "候" \
        and glued(tokens[j], tokens[j + 1]) and glued(tokens[j + 1], tokens[j + 2])


def _on_reading(surface: str) -> str | None:
    """The on'yomi of a run of kanji read one by one, or None where a kanji's may change before the next."""
    table = kanji_readings()
    parts = [table.get(ch, "") for ch in surface]
    if not all(parts) or not all(is_kanji(ch) for ch in surface) or any(p.endswith(_CHANGING_ENDS) for p in parts[:-1]):
        return None
    return "".join(parts)


def _season_word(tokens: list[Token], i: int, reading: str) -> str | None:
    """The on'yomi of a season word before の候 that Sudachi read as a name (清秋) or cut in two (秋|暑)."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if len(token.surface) == 2:
        if token.pos[2:3] != ("人名",) or not _before_greeting(tokens, i):
            return None
        on = _on_reading(token.surface)
        return on if on and on != reading else None
    # a single kanji: the other half of the word is the one glued before or after it
    if _before_greeting(tokens, i) and glued(prev, token) and len(prev.surface) == 1:
        first, second = prev, token  # 秋|暑 の候: this is 暑
    elif nxt is not None and len(nxt.surface) == 1 and glued(token, nxt) and _before_greeting(tokens, i + 1):
        first, second = token, nxt  # this is 秋
    else:
        return None
    if _kanji_glued_before(tokens, i - 1 if prev is first else i):
        return None  # part of a longer run: not a two-kanji word
    on = _on_reading(first.surface + second.surface)
    if on is None:
        return None
    other = second if first is token else first
    other_on = _on_reading(other.surface)
    if other.reading != other_on and not is_season_word(other.surface):
        return None  # 晴|秋: the other half keeps its kun reading, so no on'yomi word is meant
    mine = _on_reading(token.surface)
    return mine if mine != reading else None


def _kanji_glued_before(tokens: list[Token], k: int) -> bool:
    """Is a kanji glued before tokens[k]?"""
    return k > 0 and glued(tokens[k - 1], tokens[k]) and is_kanji(tokens[k - 1].surface[-1])


def _people_count(tokens: list[Token], j: int) -> bool:
    """Is tokens[j] the start of a count of people: a number glued before 名 (三名)?"""
    while j < len(tokens) and tokens[j].pos[1:2] == ("数詞",):
        j += 1
    return 0 < j < len(tokens) and tokens[j - 1].pos[1:2] == ("数詞",) and tokens[j].surface == "名" \
        and glued(tokens[j - 1], tokens[j])


def _is_honorific(tokens: list[Token], i: int) -> bool:
    """Is the 殿 at tokens[i] the honorific after an addressee (課長殿, 人事部長　殿, 「殿」は…敬称)?"""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is None:
        return False
    if glued(prev, tokens[i]) and prev.pos[0] != "空白":
        if prev.surface == "「" and nxt is not None and nxt.surface == "」":
            return sentence_has(tokens, i, _ADDRESS_CUES, others=True)  # 「殿」は目上の人には使わない
        return prev.pos[1] != "数詞" and (prev.surface.endswith(_TITLE_ENDS) or prev.pos[2:3] == ("人名",))
    # alone after a space, at the end of an address line: 人事部長　殿
    if prev.pos[0] != "空白" or i < 2 or not (nxt is None or nxt.pos[0] in ("補助記号", "空白")):
        return False
    before = tokens[i - 2]
    return before.surface.endswith(_TITLE_ENDS) or before.pos[2:3] == ("人名",)


def _before_date(tokens: list[Token], i: int) -> bool:
    """Does a date (a numeral and 月 or 日) follow tokens[i] glued: 来る|四|月, 来る|十|日?"""
    j = i + 1
    while j < len(tokens) and tokens[j].pos[1:2] == ("数詞",) and glued(tokens[j - 1], tokens[j]):
        j += 1
    if not (i + 1 < j < len(tokens) and glued(tokens[j - 1], tokens[j]) and tokens[j].surface in _DATE_COUNTERS):
        return False
    return j + 1 == len(tokens) or tokens[j + 1].surface not in _SPAN_WORDS


def _after_numeral(tokens: list[Token], i: int) -> bool:
    """Is tokens[i] glued after a number written in kanji or digits (二丁, 3丁)? The kana ご of ご丁重 is not."""
    prev = tokens[i - 1] if i > 0 else None
    return glued(prev, tokens[i]) and prev.pos[1] == "数詞" and prev.surface != "ご"
