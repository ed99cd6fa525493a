"""Health and care words: clinic pages, patients' Q&A and blogs, leaflets and medicine packaging.

- 湯 glued after a kanji name that Sudachi splits off (葛根|湯, 麻黄|湯, 小|青竜|湯, 補中|益気|湯), in a
  sentence about medicine (漢方, 処方, 服用, 薬, 風邪, 効く), is a Kampo decoction, とう
  (葛根湯 かっこんとう); Sudachi reads ゆ, hot water, which stays elsewhere (足湯, お湯, ぬるま湯, the
  lexicon's 生姜湯 and 蕎麦湯) and where nothing in the sentence is about medicine (昆布|湯を飲む).
- 薬 that Sudachi takes for the suffix やく (睡眠薬, 胃腸薬) glued after a span of time (一週間|薬を,
  三日|薬を飲む) is the noun "medicine", くすり: a span of time never names a kind of drug.
- 張り after の or at the start of a clause is the noun "tension, bloating", はり (お腹の張り, 胸の張り,
  肌の張り); Sudachi reads ばり, the voiced form that belongs only to compounds (見張り, 出っ張り).
- 抱く with a baby, a child, a pet or a young animal as its object (赤ちゃんを抱いた, 娘を抱いて,
  子ザルを抱いて) is だく, holding in
  the arms, and so it is with a mourner's portrait, urn or tablet (遺影を抱いた, 遺骨を抱いて) or a bouquet;
  Sudachi reads いだく ("to harbour"), which stays with feelings (夢を抱いて, 不安を抱く).
  So is its passive with a parent, a keeper or arms as the holder (母親に抱かれて, 飼育員に抱かれた,
  腕に抱かれ), and its wish with no holder named (抱かれたい男 だかれたい); 大自然に抱かれた, 夢に抱かれ
  stay いだ.
- 病 glued before the suffix 児 is びょう (病|児 as Sudachi cuts 病児保育 びょうじ, "a sick child");
  Sudachi reads the split-off 病 やまい.
- 品 glued after 本 ("this") on packaging is ぴん (本|品 as Sudachi cuts 本品 ほんぴん, "this product");
  Sudachi reads the suffix ひん.
- 便 in a sentence about the body (赤ちゃんの便の色, 便が出ない, 硬い便, 便が緩い, 便に血が混じる, おむつ, 下痢,
  腸...) with nothing about transport or post (飛行機, 乗る, 送る, 欠航, 船, 郵便) is stool, べん; Sudachi reads
  びん (a flight, a delivery), which stays otherwise (午後の便に乗った, 次の便で送ります) and glued after a
  noun (臨時便が出る: a service) or after a share and の (一部の便に遅れが出た, 多くの便: services counted).
- 間 that Sudachi takes for the suffix かん (三日間) glued after 以上, 以下 or 程度, with a particle after it
  (五分以上|間をあけて, 四時間以上間が空く), is the noun "an interval", あいだ: 以上 ends the span, so no
  counter is left for the suffix to join.
- 喘息 is ぜんそく; before the suffix 持ち (喘息持ち, "asthmatic") Sudachi picks an odd lexicon entry read
  ずだ.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kanji, sentence_has, sentence_of

# What makes a sentence about medicine, for 湯 after a Kampo name.
# Not 飲む alone: broths and soups are drunk too (昆布|湯を飲む).
_MEDICINE_CUES = ("漢方", "処方", "服用", "薬", "風邪", "効", "ツムラ", "煎じ", "エキス", "顆粒")
# Spans of time a split-off 薬 can come after (一週間|薬, 三日|薬).
_SPANS = ("週間", "日間", "日", "か月", "ヶ月", "カ月", "ケ月", "年間", "時間")
# What one holds in the arms (抱く だく): babies, children, pets.
_HELD = ("赤ちゃん", "赤ん坊", "子", "子ども", "子供", "娘", "息子", "孫", "我が子", "わが子", "新生児", "乳児",
         "猫", "犬", "ペット", "人形", "ぬいぐるみ",
         "遺影", "遺骨", "位牌", "骨つぼ", "骨壺", "花束")  # a mourner's portrait or urn, a bouquet: held, too
# Who or what holds a baby or a young animal in the passive (母親に抱かれて だ).
_HOLDERS = ("母", "母親", "父", "父親", "親", "両親", "祖母", "祖父", "飼育員", "飼育係", "係員", "獣医", "腕", "胸",
            "ママ", "パパ", "お母さん", "お父さん", "看護師", "助産師", "保育士", "職員", "スタッフ")
# What makes 便 stool (べん) or a flight or delivery (びん). A one-character body cue matches a whole word only
# (色, not 色々); every other cue any word holding it (便秘薬, 飛行機, 乗っ), as a doubt keeps びん.
_BODY_CUES = ("赤ちゃん", "子ども", "子供", "おむつ", "オムツ", "下痢", "便秘", "腸", "大腸", "お腹", "おなか",
              "硬い", "かたい", "ゆるい", "ゆるく", "緩い", "緩く", "柔らか", "やわらか", "におい", "臭い", "水っぽ",
              "排便", "排泄", "検査", "トイレ", "混じ", "白っぽ", "黒っぽ", "色", "血", "形", "出", "出る", "犬", "猫")
_TRANSPORT_CUES = ("飛行機", "航空", "空港", "便名", "乗", "送", "欠航", "運航", "運休", "船", "フェリー", "バス",
                   "郵便", "宅配", "配達", "発", "着", "直行", "出発", "始発", "最終", "出張", "予約", "旅",
                   "帰省", "搭乗", "遅延", "チケット", "満席", "行き")


def _cued(words: list[str], cues: tuple[str, ...], whole: bool) -> bool:
    return any(w == c if whole and len(c) == 1 else c in w for w in words for c in cues)


# A share of services counted before の (一部の便, 多くの便に遅れが出た): flights, never stool.
_SHARES = frozenset({"一部", "多く", "全て", "すべて", "大半", "半数", "ほとんど", "殆ど", "全部", "大部分", "多数"})
_SPAN_ENDS = frozenset({"以上", "以下", "程度", "前後"})  # what closes a span before 間 (以上|間を)
# all care_fix looks at
WORDS = frozenset({"湯", "薬", "張り", "抱い", "抱く", "抱き", "抱け", "抱か", "病", "品", "便", "間", "喘息"})


def _object_of(tokens: list[Token], i: int) -> Token | None:
    """The noun before を that stands right before tokens[i] (赤ちゃんを|抱いた), possibly with an adverb between."""
    k = i - 1
    if k > 0 and (tokens[k].pos[0] == "副詞" or tokens[k].pos[0] == "形容詞" and tokens[k].surface.endswith("く")):
        k -= 1  # 赤ちゃんを初めて抱いた, 子どもを優しく抱いて
    if k > 0 and tokens[k].surface == "を":
        return tokens[k - 1]
    return None


def care_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "湯":
        name = glued(prev, token) and prev.pos[0] == "名詞" and len(prev.surface) >= 2 \
            and all(is_kanji(ch) for ch in prev.surface)
        compound = glued(token, nxt) and is_kanji(nxt.surface[0])  # 湯船, 湯気: 湯 starts another word
        if reading == "ゆ" and name and not compound \
                and sentence_has(tokens, i, _MEDICINE_CUES):
            return "とう"  # 葛根湯, 麻黄湯: a Kampo decoction
        return None
    if surface == "薬":
        if reading == "やく" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.surface.endswith(_SPANS):
            return "くすり"  # 一週間|薬を飲み続けた
        return None
    if surface == "張り":
        if reading == "ばり" and token.pos[0] == "名詞" and (prev is None or prev.pos[0] in ("助詞", "補助記号")):
            return "はり"  # お腹の張り, 胸の張り
        return None
    if surface.startswith("抱"):
        if reading.startswith("いだ") and token.pos[0] == "動詞":
            obj = _object_of(tokens, i)
            young = obj is not None and obj.pos[0] == "名詞" and obj.surface[:1] in ("子", "仔") \
                and len(obj.surface) > 1  # 子ザル, 子ゾウ, 仔犬: a young animal
            if obj is not None and (obj.surface.endswith(_HELD) or young):
                return reading[1:]  # 赤ちゃんを抱いた だいた
            holder = tokens[i - 2].surface if i > 1 and prev.surface == "に" else ""
            if holder and i > 2 and glued(tokens[i - 3], tokens[i - 2]):
                holder = tokens[i - 3].surface + holder  # 飼育|員 as Sudachi cuts it
            if surface == "抱か" and glued(token, nxt) and nxt.lemma == "れる" and holder.endswith(_HOLDERS):
                return reading[1:]  # 母親に抱かれて だかれて: held in someone's arms
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if surface == "抱か" and not holder and glued(token, nxt) and nxt.lemma == "れる" \
                    and glued(nxt, after) and after.surface == "たい":
                return reading[1:]  # 抱かれたい男ランキング だかれたい: to be held, by no named holder
        return None
    if surface == "病":
        if reading == "やまい" and nxt is not None and glued(token, nxt) and nxt.surface == "児":
            return "びょう"  # 病|児保育 びょうじ
        return None
    if surface == "品":
        if reading == "ひん" and glued(prev, token) and prev.surface == "本" and token.pos[0] == "接尾辞":
            return "ぴん"  # 本|品 ほんぴん
        return None
    if surface == "便":
        if reading == "びん" and token.pos[0] == "名詞" \
                and not (glued(prev, token) and prev.pos[0] == "名詞" and is_kanji(prev.surface[-1])) \
                and not (i > 1 and prev.surface == "の" and tokens[i - 2].surface in _SHARES):
            words = [t.surface for t in sentence_of(tokens, i) if t is not token]
            if _cued(words, _BODY_CUES, True) and not _cued(words, _TRANSPORT_CUES, False):
                return "べん"  # 赤ちゃんの便の色, 便が出ない
        return None
    if surface == "喘息":
        return "ぜんそく" if reading != "ぜんそく" else None  # 喘息持ち, not ずだ
    if surface == "間":
        if reading == "かん" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.surface in _SPAN_ENDS \
                and nxt is not None and nxt.pos[0] == "助詞":
            return "あいだ"  # 五分以上間をあけてください
        return None
    return None
