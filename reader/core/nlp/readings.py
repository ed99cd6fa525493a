"""Readings the analyser gets wrong in news text, fixed from context and part of speech (the
first step of word_reading.adjusted_reading).

Each rule fixes a class of errors seen against human annotation, not single sentences:
- 日本 is にほん in running text; Sudachi's dictionary prefers にっぽん. Official names that are
  にっぽん (日本銀行, 日本放送協会 …) come from Sudachi as one proper-noun token and are left alone.
  So are the regions 西日本, 北日本, 南日本 (西日本豪雨 にしにほん), but not the newspapers and
  broadcasters named after them (西日本新聞, 北日本放送 にっぽん).
- 対 between two numbers is a score or ratio (7対0 ななたいれい), never the counter つい; 行 counting
  banks (大手銀行3行, 地銀2行, a name cut to 銀 as in 大手銀3行 or 都銀2行 but not 金銀3行, or 県内2行
  with banks named earlier in the sentence: 地方銀行の再編が進み、県内2行が合併) is こう,
  not the line counter ぎょう (3行目, 銀行の窓口で、詩を3行書いた).
- 私 as a pronoun is わたし; わたくし is the formal reading Sudachi defaults to.
- 何 is なに before を, が, も, に, か, や (何をした, 何もない) and なん before counters, の, で, だ.
- Country abbreviations in headlines (米 べい, 英, 中ロ) and the lone 米 that is rice: abbreviations.py.
- 方 as a person (かた) or a side (ほう): kata_hou.py.
- Given names (裕: ゆたか, ひろし, ゆう …) are read as the dictionary guesses, marked uncertain, save
  that 智 takes its usual name reading とも where the lexicon has one (智之 ともゆき, 智花 ともか); so
  are surnames the lexicon reads more than one way (大谷 おおたに/おおや, 羽生 はにゅう/はぶ).
- 言う is いう in writing (Sudachi gives the spoken ゆう for some forms).
- Words whose reading depends on meaning (今日, 市場, 後, 他, 間 …) keep the analyser's reading,
  marked uncertain, until the user corrects them once.
- 家 after a name is the family (プレスコット家 …け), not a house.
- 人 after a place or a people (カナダ人, ノルマン人, 京都人) is じん; Sudachi reads the suffix にん.
- Nouns glued to a preceding noun voice their first sound (rendaku: 予想通り よそうどおり, ゲーム会社
  げーむがいしゃ, 運動好き うんどうずき, 日焼け止め ひやけどめ, 支度部屋 したくべや) for the second
  elements where that is regular (not 好き after a noun of degree: 一番好き すき, nor a verb after a
  count, 車が二台止められる とめ, nor after a word standing as an adverb: 板長自ら部屋に, 夕食・朝食とも部屋食
  へや, nor a verb bent by ます, たい or て after its object with を dropped, 動画作りました つく, 車止めて
  とめ); 川 and 岳 voice
  after a name (ナイル川 ないるがわ, 谷川岳 たにがわだけ). A verb 付ける glued to a noun is づける (印象付ける,
  義務付ける), 立つ is だつ (浮足立つ); 近 inside a word is ぢか (身近, 間近).
  The same second elements voice after a verb's stem glued to them (掘り炬燵 ほりごたつ), but not
  after a span of time (三日間口をきかない くち).
- Sudachi writes some on-readings with a long-vowel mark (数 すー); a kanji reading spells the vowel.
- 他 glued after a noun, a name or a closing bracket is ほか, "and others" (田中さん他3人,
  「唄」他でデビュー); otherwise before の or a noun it is た (他の国, 他国); 後 opening a clause
  before に/の is のち (後に首相となる), after その it is ご, after この あと (この後は天気予報です);
  〜た方が is a comparison (ほう);
  の方へ/の方は/の方に address people (かた).
- 家 that Sudachi glues as a suffix to a formal noun (ため家は) is the noun いえ.
- その後 as one token is そのご, as その + 後 is (uncertain: そのあと is the spoken variant).
- Set phrases: いつの間, 瞬く間, あっという間 read 間 as ま. Right after a particle (両者は間に入った)
  間に is "in between", あいだ (uncertain); Sudachi reads ま there, which needs a phrase before it.
- 一 before a native noun with okurigana is ひと (一休み, 一塗り).
- お祖母さん, お祖父ちゃん are おばあさん, おじいちゃん (the kanji of 祖母/祖父 written for the familiar word).
- 数 + a counter that Sudachi takes for a given name (数人 かずひと) is "several": すうにん; 日間 after
  a split-off 数 (数|日間, read かかん) is じつかん, as in 数日.
- 瞬く is またたく (星が瞬く, 瞬く間); Sudachi gives the rarer しばたたく.
- 主として after a particle or at a clause start is しゅとして ("mainly"); 店の主 stays ぬし.
- 市 after a day of the week is a market (日曜市 にちよういち), never a city.
- 日 closing a compound noun is the day of something (休業日 きゅうぎょうび, 投開票日); 月 there is
  づき (誕生月, uncertain): Sudachi splits some of these off and reads ひ/にち and がつ. A 月 glued
  before an amount is "a month", つき (残業月二十時間, 上限月五万円).
- 中 after a place or the body (国中, 東京中, 体中) or one day/year/night (一日中) is じゅう,
  "all over, all through"; after an activity (会議中) it stays ちゅう.
- 寒気 is かんき (cold air, the weather news) unless felt (寒気がする さむけ); uncertain either way.
- A few words whose only analysis in Sudachi carries a rare reading (富士山 ふじやま → ふじさん,
  阿蘇山 あそさん, 岩手山 いわてさん,
  歩兵 ふひょう → ほへい, 腹痛 はらいた → ふくつう, the colloquial reading Sudachi picks in some
  contexts): a closed list, each checked against JMdict's common reading.
- After these rules, the families of fixes in word_reading.py (rendaku, recipes, headlines, set
  phrases, history, places, business, letters).
- 何 before a counter that starts with か (何か所, 何か月) is なん, not the なに of 何か.
- 何か with a comma after it at the start of a sentence (何か、最近疲れる) is the spoken filler なんか,
  marked uncertain; 何かが, 何か食べたい and 何か、 inside a sentence stay なに.
- 今日中, 明日中, 今年中 read 中 じゅう (今日 きょう); Sudachi's 一|日中 is 一日中 (にちじゅう), and a
  noun it then takes for a suffix is the noun (一日中家で いえ, 一日中雨 あめ); 家 glued as a suffix
  to a time word or a counted span (今日家で, 一日家で, 一週間家で, 半日家で) is いえ; 中 that Sudachi takes
  for a prefix after 一|晩, 一|年 is still じゅう (一晩中看病した, 一年中花粉症に), and 毎|朝家, 今|朝家 are
  毎朝 + 家, 今朝 + 家.
- 風 after a particle or opening a clause is the wind, かぜ (綿毛によって風に運ばれ); after こんな/そんな
  it is the manner, ふう. 仏様 is ほとけさま (Sudachi's 仏 alone is France, ふつ). 第一|話 is だいいちわ.
- A reading the writer gives in parentheses (恵那（えな）市, 諜報（ちょうほう）機関) beats all of these
  over the word it glosses (glosses.py); katakana ones (習近平（シー・ジンピン）) are left alone.
"""
from __future__ import annotations

from .abbreviations import ABBREVIATIONS, abbreviation_reading, is_abbreviation_like, rice_or_america
from .counters import COUNTERS
from .kata_hou import kata_or_hou
from .slips import ANALYSER_SLIPS
from .time_spans import NOUN_AFTER_TIME, span_of_time, span_reading
from .tokenizer import lexicon_readings
from .tokens import Token, glued, has_kanji, is_kanji, is_katakana_word

_NAN_BEFORE = ("の", "で", "だ", "です", "と", "て", "なの", "でも", "か月", "カ月")
_NANI_BEFORE = ("を", "が", "も", "に", "か", "や", "から", "より", "ひとつ", "一つ")
# Second elements that voice after a noun glued to them (rendaku) regularly enough to apply as a rule.
_RENDAKU = {"通り": "どおり", "会社": "がいしゃ", "沿い": "ぞい", "好き": "ずき", "作り": "づくり",
            "止め": "どめ", "畑": "ばたけ", "靴": "ぐつ", "寿司": "ずし", "組": "ぐみ", "処": "どころ",
            "惚れ": "ぼれ", "炬燵": "ごたつ", "話": "ばなし", "箱": "ばこ", "袋": "ぶくろ", "棚": "だな",
            "星": "ぼし", "口": "ぐち", "試合": "じあい", "部屋": "べや"}
# ... and after a name (proper noun or katakana word): rivers and peaks.
_RENDAKU_AFTER_NAME = {"川": "がわ", "川沿い": "がわぞい", "岳": "だけ"}
# Days that stand alone as an adverb of time (毎日|話をする, 今日|会社を休む, 明日|立つ): the noun or
# verb after them starts a new phrase and does not voice (昔話 is one word; 今日付け still づけ).
_TIME_ADVERBS = frozenset({"毎日", "毎朝", "毎晩", "毎週", "毎月", "毎年", "今日", "明日", "昨日", "今朝",
                           "今晩", "今夜", "昨夜", "今週", "来週", "先週", "今月", "来月", "先月", "今年",
                           "来年", "去年", "昨年", "今度", "今回", "毎回", "先日", "後日", "当日", "翌日",
                           "一時"})  # 一時|止め: "temporarily", then the verb (ラインを一時止め とめ)
# Nouns and suffixes that stand as an adverb (自ら "in person", 両方とも "both"): no compound's first half.
_ADVERBIAL_NOUNS = frozenset({"自ら", "自ずから", "互い"})
_ADVERBIAL_SUFFIXES = frozenset({"とも", "共"})
# Nouns used as an adverb of degree: 好き after them is the plain word (一番好き いちばんすき, "likes best"),
# not a lover of something (運動好き ずき).
_DEGREE = frozenset({"一番", "全部", "絶対", "本当", "ほんと"})
# How a verb's continuative stem ends (掘り, 止め): a stem glued to a noun makes a compound, while
# a plain form before it (育む靴) is a clause.
_STEM_ENDINGS = frozenset("いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ")
_CLOSING_BRACKETS = frozenset("」』）)】〉》")
_CLAUSE_OPENERS = frozenset("、。「『（(【〈《・\n！？!?")
_SENTENCE_ENDS = frozenset("。\n！？!?")
_SET_PHRASE_MA = ("いつの", "瞬く", "あっという", "あっと言う")
_NOMINAL = ("名詞", "接尾辞")
# A number, or a suffix that makes an adjective or verb (歩きやすい|靴), is no compound's first half.
_NOT_COMPOUNDING = ("数詞", "形容詞的", "動詞的", "形状詞的")
# Words whose reading turns on meaning, not grammar (今日 きょう/こんにち, 市場 しじょう/いちば,
# 後 あと/のち/ご, 他 ほか/た, 間 あいだ/ま …): the analyser's choice is shown, marked uncertain, and
# the user's correction (reading overrides) settles it for good.
_MEANING_DEPENDENT = {"今日", "市場", "後", "他", "間", "上手", "下手", "大家", "人気", "明日", "昨日",
                      "最中", "生物", "心中", "色紙", "工場", "風車", "寒気", "変化", "一行", "上方", "目下",
                      "生年", "山道", "手技", "小人", "見物", "分別", "末期", "気質", "仮名", "自重", "細目",
                      "風穴", "金星", "裏面"}
# Formal nouns (形式名詞): grammatical heads that never take a suffix such as 家.
_FORMAL_NOUNS = frozenset({"ため", "こと", "もの", "とき", "ところ", "わけ", "はず", "うち", "まま", "ほう", "よう"})
# What 風 "way, manner" (ふう) may follow straight after a particle: という風に, って風に.
_FUU_AFTER = frozenset({"という", "といった", "って", "との", "と"})
_DEMONSTRATIVE_MANNER = frozenset({"こんな", "そんな", "あんな", "どんな",
                                   "こういう", "そういう", "ああいう", "どういう"})
_SURNAME = ("名詞", "固有名詞", "人名", "姓")
_GRAND = {"祖母": "ばあ", "祖父": "じい"}
_FAMILY_HONORIFICS = ("さん", "ちゃん", "さま", "様")
# Regions named after 日本, which Sudachi reads にっぽん: news says にほん (西日本豪雨, 北日本), but the
# newspapers named after them (西日本新聞, 北日本新聞) keep にっぽん.
_REGIONS_OF_JAPAN = frozenset({"西日本", "北日本", "南日本"})
_NIPPON_TITLES = ("新聞", "シティ", "放送")
_BANK_WORDS = ("銀行", "地銀", "邦銀", "信金", "バンク", "大手行")
# Where the banks are (県内2行, 国内3行): with banks named earlier in the sentence, 行 counts them.
_BANK_SCOPES = ("県内", "府内", "道内", "都内", "国内", "域内", "地元", "傘下", "同県", "管内", "全国")
_HONORIFIC_OFFICIAL_NIPPON = ("日本銀行", "日本放送協会", "日本郵便", "日本武道館", "日本代表")


def _adverbial(tokens: list[Token], k: int) -> bool:
    """A word that modifies the verb, not the noun after it (板長自ら|部屋に, 夕食・朝食とも|部屋食, その分|部屋を
    広く): the noun after it starts a phrase and does not voice."""
    token = tokens[k]
    return token.surface in _ADVERBIAL_NOUNS or token.pos[0] == "接尾辞" and token.pos[2] == "副詞可能" \
        and token.surface in _ADVERBIAL_SUFFIXES \
        or token.pos[2] == "副詞可能" and k > 0 and tokens[k - 1].surface in ("その", "この", "あの")


def _pos(token: Token | None, level0: str) -> bool:
    return token is not None and token.pos[:1] == (level0,)



_SENTENCE_OPENERS = frozenset("。！？!?「『（(\n")


def _filler_nanka(tokens: list[Token], i: int) -> bool:
    """何|か|、 opening a statement: the filler なんか (何か、最近…), not the なにか "something" of a
    question (何か、ご質問は？ 何か、お困りですか。)."""
    if i + 2 >= len(tokens) or tokens[i + 1].surface != "か" or tokens[i + 2].surface != "、":
        return False
    if i and tokens[i - 1].surface[-1:] not in _SENTENCE_OPENERS:
        return False
    for k in range(i + 3, len(tokens)):
        if tokens[k].surface[:1] in "？?":
            return False
        if tokens[k].surface[:1] in "。！!":
            return tokens[k - 1].surface not in _ASKING
    return True


_ASKING = frozenset({"か", "かな", "かしら", "かね"})  # a sentence ending so asks a question

def _numberglued(a: Token | None, b: Token | None) -> bool:
    """a and b touch and the one that is not the focus is a number (7|対|0)."""
    return a is not None and b is not None and a.end == b.start and "数詞" in (a.pos[1:2] + b.pos[1:2])


def _counts_banks(tokens: list[Token], number: int) -> bool:
    """Whether the noun phrase before tokens[number] names banks (大手銀行, 地銀, メガバンク, 大手行)."""
    before = ""
    for t in reversed(tokens[max(0, number - 5):number]):
        if t.surface[-1:] in _CLAUSE_OPENERS or t.pos[0] in ("動詞", "助動詞"):
            break
        before = t.surface + before
    if any(word in before for word in _BANK_WORDS):
        return True
    if before.endswith("銀") and len(before) >= 2 and not before.endswith(("金銀", "水銀", "白銀", "純銀")):
        return True  # 大手銀3行, 都銀2行, 米銀4行: a bank abbreviated to 銀 right before the number
    if not before.endswith(_BANK_SCOPES):
        return False  # 銀行の窓口で、詩を3行書いた: lines
    # 地方銀行の再編が進み、県内2行が合併する: banks named earlier in the same sentence
    sentence = ""
    for t in reversed(tokens[:number]):
        if t.surface[-1:] in _SENTENCE_ENDS:
            break
        sentence = t.surface + sentence
    return any(word in sentence for word in _BANK_WORDS)



def _after_compound_noun(prev: Token | None, token: Token) -> bool:
    """token is glued as the last element of a noun of two or more kanji (休業|日, 誕生|月), not a
    number's counter and not a one-kanji prefix (前日, 本日 are one token anyway)."""
    return glued(prev, token) and prev.pos[:2] == ("名詞", "普通名詞") and len(prev.surface) >= 2 \
        and all(is_kanji(ch) for ch in prev.surface)


# What the rules of _context_reading key on: every rule needs its token's surface in
# _RULE_SURFACES (which holds every one or two abbreviation letters), its first character in
# _RULE_FIRST_CHARS, its lemma in _RULE_LEMMAS or a person's name for part of speech. A token with
# none of these (most of them) keeps the analyser's reading without walking the rules; a new rule
# must add its key here.
_ABBREVIATION_LETTERS = [k for k in ABBREVIATIONS if len(k) == 1]
_RULE_SURFACES = frozenset({"対", "行", "私", "何", "方", "家", "人", "主", "市", "日", "月", "他", "後", "その後",
                            "前", "間", "一", "付", "寒気", "体", "中", "米", "今", "朝家", "日中", "第一", "話",
                            "風", "仏"}) | _REGIONS_OF_JAPAN | frozenset(_GRAND) | frozenset(NOUN_AFTER_TIME) \
    | frozenset(ANALYSER_SLIPS) | frozenset(_MEANING_DEPENDENT) | frozenset(_RENDAKU) \
    | frozenset(_RENDAKU_AFTER_NAME) | frozenset(_ABBREVIATION_LETTERS) \
    | frozenset(a + b for a in _ABBREVIATION_LETTERS for b in _ABBREVIATION_LETTERS)
_RULE_FIRST_CHARS = frozenset("日言数掛")  # 日本…, 言う, 数人, 掛け
_RULE_LEMMAS = frozenset({"言う", "瞬く", "付ける", "立つ"})


def context_reading(tokens: list[Token], i: int) -> tuple[str, bool]:
    token = tokens[i]
    surface = token.surface
    if surface and surface not in _RULE_SURFACES and surface[:1] not in _RULE_FIRST_CHARS \
            and token.lemma not in _RULE_LEMMAS and token.pos[1:3] != ("固有名詞", "人名"):
        return token.reading, False  # no rule applies (see _RULE_SURFACES)
    prev = tokens[i - 1] if i > 0 else None
    opens_clause = prev is None or prev.surface[-1:] in _CLAUSE_OPENERS
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    surface, reading = token.surface, token.reading

    if reading.startswith("にっぽん") and surface.startswith("日本") and surface not in _HONORIFIC_OFFICIAL_NIPPON:
        return "にほん" + reading[len("にっぽん"):], False
    if surface in _REGIONS_OF_JAPAN and reading.endswith("にっぽん") and not (
            nxt is not None and glued(token, nxt) and nxt.surface.startswith(_NIPPON_TITLES)):
        return reading[:-len("にっぽん")] + "にほん", False  # 西日本豪雨, 北日本; 西日本新聞 keeps にっぽん
    if surface == "対" and _numberglued(prev, token) and _numberglued(token, nxt):
        return "たい", False  # 7対0, 1対1: a score or ratio (Sudachi reads some as the counter つい)
    if surface == "行" and _numberglued(prev, token) and not (nxt is not None and nxt.surface.startswith("目")) \
            and _counts_banks(tokens, i - 1):
        return "こう", False  # 大手銀行3行, 地銀2行: banks are counted こう; 3行目 (a line) stays ぎょう
    if surface.startswith("言") and token.lemma == "言う" and reading.startswith("ゆ"):
        return "い" + reading[1:], False  # 言う is いう in writing; ゆう is how it is spoken
    if surface == "私" and token.pos[0] == "代名詞":
        return "わたし", False
    if surface == "何" and nxt is not None:
        if nxt.surface in COUNTERS and glued(token, nxt):
            return "なん", False  # 何か所, 何か月, 何ヶ国: a counter, though it starts with か
        if _filler_nanka(tokens, i):
            return "なん", True  # 何か、最近…: the spoken filler なんか opening a sentence, a guess
        if nxt.surface.startswith(_NANI_BEFORE) and not nxt.pos[2:3] == ("助数詞",):
            return "なに", False
        if nxt.surface.startswith(_NAN_BEFORE) or nxt.pos[2:3] == ("助数詞",):
            return "なん", False
    if is_abbreviation_like(token) and len(surface) <= 2:  # 日・韓: a dot joins the pair like 日韓
        fixed = abbreviation_reading(token, tokens[i - 2] if prev is not None and prev.surface == "・" and i > 1
                                     else prev, tokens[i + 2] if nxt is not None and nxt.surface == "・"
                                     and i + 2 < len(tokens) else nxt)
        if fixed:
            return fixed, False
    if surface == "米" and reading == "べい" and token.pos[0] == "名詞":
        rice = rice_or_america(tokens, i)
        if rice:
            return rice  # 米を炊く こめ; 米は利下げを決めた べい (uncertain)
    if surface == "方" and token.pos[0] == "名詞":
        return kata_or_hou(token, prev, nxt, tokens, i)
    if surface == "家" and prev is not None and (prev.proper or is_katakana_word(prev.surface)) \
            and token.pos[0] in _NOMINAL:
        return "け", False  # a family or house name: ルクセンブルク家, 徳川家
    if surface == "家" and token.pos[0] == "接尾辞" and prev is not None and prev.surface in _FORMAL_NOUNS:
        return "いえ", False  # ため家は: a formal noun takes no suffix, so 家 is the noun "house"
    spanned = span_reading(tokens, i, prev, nxt)
    if spanned:
        return spanned  # 一日家で いえ, 一|日中 にちじゅう, 国中 じゅう, 今日中 きょう (time_spans.py)
    if surface == "人" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.pos[2:3] != ("人名",) \
            and (prev.proper or is_katakana_word(prev.surface)):
        return "じん", False  # a people or someone from a place: カナダ人, ノルマン人, 京都人
    if surface in _GRAND and prev is not None and prev.surface == "お" and glued(prev, token) \
            and nxt is not None and nxt.surface in _FAMILY_HONORIFICS and glued(token, nxt):
        return _GRAND[surface], False  # お祖母さん おばあさん, お祖父ちゃん おじいちゃん
    if surface[:1] == "数" and surface[1:] in COUNTERS and token.pos[2:3] == ("人名",):
        # 数人 taken for a given name (かずひと): 数 + a counter is "several" (すうにん, 数日 すうじつ)
        return "すう" + ("じつ" if surface[1:] == "日" else COUNTERS[surface[1:]].reading), False
    if surface == "日間" and reading == "かかん" and glued(prev, token) and prev.surface == "数":
        return "じつかん", False  # 数|日間 (数日間): days counted by 数 are じつ, as in 数日
    if token.lemma == "瞬く" and token.pos[0] == "動詞" and reading.startswith("しばたた"):
        return "またた" + reading[4:], False  # 星が瞬く, 瞬く間: またたく, not the rarer しばたたく
    if surface == "主" and "".join(t.surface for t in tokens[i + 1:i + 4]) == "として" and (
            prev is None or prev.pos[0] in ("助詞", "補助記号", "接続詞", "副詞") and prev.surface != "の"):
        return "しゅ", False  # 主として "mainly"; 店の主として is the owner (ぬし)
    if surface == "市" and glued(prev, token) and prev.surface.endswith(("曜", "曜日")):
        return "いち", False  # 日曜市, 土曜市: a market day, never a city
    if surface in ("日", "月") and token.pos[0] == "名詞" and _after_compound_noun(prev, token):
        if surface == "日" and reading in ("ひ", "にち"):
            return "び", False  # 休業日, 投開票日, 実施日: the day of an event (Sudachi splits some off)
        if surface == "月" and reading == "がつ" and nxt is not None and nxt.pos[1:2] == ("数詞",) \
                and glued(token, nxt):
            return "つき", False  # 残業月二十時間, 上限月五万円: "a month", before the amount
        if surface == "月" and reading == "がつ":
            return "づき", True  # 誕生月, 断食月: がつ only follows a number (4月); げつ is possible too
    if surface in ANALYSER_SLIPS and reading == ANALYSER_SLIPS[surface][0]:
        return ANALYSER_SLIPS[surface][1], False
    if token.pos[2:4] == ("人名", "名") and token.pos[1] == "固有名詞":
        if surface[0] == "智" and not reading.startswith("とも"):  # 智之, 智花: とも is 智's usual name reading
            reading = min((r for r in lexicon_readings(surface, token.pos) if r.startswith("とも")), default=reading)
        return reading, True  # given names have many readings; the dictionary's is a guess
    if token.pos[1:4] == ("固有名詞", "人名", "姓") and len(lexicon_readings(surface, _SURNAME)) > 1:
        return reading, True  # 大谷 おおたに/おおや, 羽生 はにゅう/はぶ: the analyser can only guess which
    if surface == "他" and token.pos[0] == "名詞" and glued(prev, token) and (
            prev.pos[0] in ("名詞", "接尾辞") or prev.surface[-1:] in _CLOSING_BRACKETS):
        return "ほか", False  # 田中さん他3人, 「唄」他でデビュー: "and others", closing a list or a name
    if surface == "他" and token.pos[0] == "名詞" and nxt is not None and glued(token, nxt) and (
            nxt.surface == "の" or has_kanji(nxt.surface[:1])) and (prev is None or prev.surface not in ("その", "の")):
        return "た", True  # 他の国, 他国; その他/の他 keep the analyser's ほか/た
    if surface == "後" and token.pos[0] == "名詞":
        if opens_clause and nxt is not None and nxt.surface in ("に", "の"):
            return "のち", True  # 後に大統領となる, (後の首相)
        if prev is not None and prev.surface in ("その", "この") and glued(prev, token):
            # この後 is "next, coming up", あと (この後は天気予報です, この後すぐ); その後 varies, ご
            return ("あと" if prev.surface == "この" else "ご"), True
    if surface == "その後" and reading == "そのあと":
        return "そのご", True  # as その + 後 above: Sudachi's one-token その後 says そのあと
    if surface == "前" and token.pos[0] in ("名詞", "接頭辞") and opens_clause \
            and nxt is not None and glued(token, nxt) and nxt.pos[0] == "名詞" and nxt.pos[1:2] != ("数詞",):
        return "ぜん", False  # 前シーズン, 前社長: "the previous", opening a phrase
    if surface == "間" and prev is not None and any(
            "".join(t.surface for t in tokens[max(0, i - k):i]).endswith(phrase)
            for phrase in _SET_PHRASE_MA for k in (1, 2, 3)):
        return "ま", False
    if surface == "間" and reading == "ま" and prev is not None and prev.pos[0] == "助詞" and prev.surface != "の" \
            and nxt is not None and nxt.surface == "に" and glued(token, nxt):
        return "あいだ", True  # 両者は間に入った, 〜のは間に訴訟があった: "in between" (ま needs a phrase before it)
    if surface == "一" and token.pos[1:2] == ("数詞",) and nxt is not None and glued(token, nxt) and \
            nxt.pos[0] == "名詞" and is_kanji(nxt.surface[0]) and len(nxt.surface) >= 2 and \
            "\u3041" <= nxt.surface[-1] <= "\u3096":
        return "ひと", False  # 一休み, 一塗り, 一押し: native nouns count with ひと
    if surface == "付" and token.pos[0] == "接尾辞":
        return "つき", False  # 朝食付, 保証付, 耳付: "with", 付き written without its okurigana
    if surface.startswith("掛") and token.lemma.startswith("掛") and prev is not None and glued(prev, token) \
            and (prev.surface == "人" and prev.pos[0] == "接尾辞" or prev.reading in ("ひとり", "ふたり")) \
            and reading.startswith("か"):
        return "が" + reading[1:], False  # 3人掛け さんにんがけ, 二人掛け ふたりがけ: seats for three, for two
    if surface == "寒気" and token.pos[0] == "名詞":
        felt = "".join(t.surface for t in tokens[i + 1:i + 3]).startswith(("がする", "がし", "を感じ", "が走", "がと"))
        return ("さむけ" if felt else "かんき"), True  # 寒気がする: a chill; 強い寒気: cold air (news, weather)
    if surface == "風" and token.pos[0] == "名詞":
        if reading == "ふう" and (opens_clause or prev.pos[0] == "助詞" and prev.surface not in _FUU_AFTER):
            return "かぜ", False  # 綿毛によって風に運ばれ: "in a way" (ふう) needs a word before it
        if reading == "かぜ" and glued(prev, token) and prev.surface in _DEMONSTRATIVE_MANNER:
            return "ふう", False  # そんな風には見えない: "that way"
        if reading == "かぜ" and glued(prev, token) and prev.pos[2:3] == ("地名",):
            return "ふう", False  # 関西風で焼く: a place's style, as the suffix 関東風 already reads
    if surface == "仏" and reading == "ふつ" and nxt is not None and glued(token, nxt) \
            and nxt.surface in ("様", "さま"):
        return "ほとけ", False  # 仏様: the Buddha, not the abbreviation of France
    if surface == "話" and reading == "はなし" and glued(prev, token) and prev.surface == "第一":
        return "わ", False  # 第一|話: an episode, counted わ (第二話, 全12話 the same)
    if surface in _MEANING_DEPENDENT and token.pos[0] in ("名詞", "副詞", "接尾辞"):
        return reading, True
    if surface in _RENDAKU and glued(prev, token) and prev.pos[0] == "動詞" and prev.surface[-1] in _STEM_ENDINGS:
        return _RENDAKU[surface], False  # a verb's stem glued before the noun: 掘り炬燵 ほりごたつ (not 育む靴)
    if glued(prev, token) and prev.pos[0] in _NOMINAL and prev.pos[1] not in _NOT_COMPOUNDING \
            and not span_of_time(tokens, i - 1):
        if surface in _RENDAKU and prev.pos[2:3] not in (("人名",), ("地名",)) \
                and prev.surface not in _TIME_ADVERBS and not (surface == "好き" and prev.surface in _DEGREE) \
                and not _adverbial(tokens, i - 1) \
                and not (token.pos[0] == "動詞" and (_after_count(tokens, i) or _inflected(tokens, i))):
            # a verb after a number and its counter starts a clause: 車が二台|止め|られる とめ; so does a
            # verb bent by ます, たい, て after its object with を dropped: 動画|作りました, 車|止めて つく, とめ
            return _RENDAKU[surface], False  # not after a name: a shop's 山田寿司 keeps すし
        if surface in _RENDAKU_AFTER_NAME and (prev.proper or is_katakana_word(prev.surface)) and \
                prev.surface[-1:] not in "ヶケが":
            return _RENDAKU_AFTER_NAME[surface], False
        if token.lemma == "付ける" and token.pos[0] == "動詞" and reading.startswith("つ") \
                and not _after_count(tokens, i):  # もう一つ|付けられた つけ
            return "づ" + reading[1:], False  # 印象付ける, 義務付けられた
        if token.lemma == "立つ" and token.pos[0] == "動詞" and reading.startswith("た") \
                and prev.surface not in _TIME_ADVERBS:
            return "だ" + reading[1:], False  # 浮足立つ, 殺気立った: a verb glued to a noun voices
    return reading, False


def _after_count(tokens: list[Token], i: int) -> bool:
    """tokens[i] follows a number and its counter (車が二台|止め, もう一つ|付け): it starts a clause."""
    return i >= 2 and tokens[i - 2].pos[1] == "数詞"


def _inflected(tokens: list[Token], i: int) -> bool:
    """tokens[i] (a verb's stem) is glued before an auxiliary or て: a verb, not a compound's second half."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return glued(tokens[i], nxt) \
        and (nxt.pos[0] == "助動詞" or nxt.pos[1] == "接続助詞" and nxt.surface in ("て", "で"))
