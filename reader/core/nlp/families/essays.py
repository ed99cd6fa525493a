"""Words of editorials, columns and reviews that the analyser reads by the wrong sense.

- 度 after の or a verb and before に/ごと/毎/、 is "each time", たび (選挙の度に, 会う度ごと);
  Sudachi reads it ど there, which stays after a number (30度に) and elsewhere.
- 大分 that a verb, adjective, adverb or 前/昔/先/経つ follows is the adverb "a good deal", だいぶ
  (大分前から, 大分良くなった, 大分慣れた); the prefecture (大分県, 大分に行く, 大分前知事) stays おおいた.
- 表 in 表に出る/出す is the outside, おもて (感情を表に出さない, 表に出ろ); 表に示す stays ひょう.
- 一寸 before 先 is one sun, いっすん (一寸先は闇); Sudachi's whole 一寸 is ちょっと, which stays.
- 見 cut from 出す (美を見|出す) is the verb 見出す, みいだす; Sudachi reads the pieces み|だす.
- 早々と is the adverb はやばやと, "early, in good time" (早々と完売した); Sudachi reads そうそう, which
  stays before に and after a noun (入学早々, 早々に帰った).
- 今 that Sudachi takes for the prefix こん (今大会, 今年度) is the adverb "now", いま, before another
  prefix or a word of what is in fashion (今大注目の, 今超人気の, 今話題の).

Set phrases built on numerals that Sudachi cuts into a number and its "counter" (一|石 こく|二鳥,
四六|時 じ|中, 十|中|八九; 五七五 ごしちご, 三三九度 さんさんくど, 東海道五十三次 つぎ, 四十九日
しじゅうくにち but not 四十九日間, 一兵卒 いっぺいそつ, 一寸の虫にも五分の魂 ごぶ) are read whole from
_NUMBERED_IDIOMS, before numbers.py reads any number; only where the phrase starts and ends at word
boundaries and no other numeral is glued on. A few idioms without numerals that Sudachi cuts the
same way (春夏|秋冬 はるなつ, 灯台|下 か) are read there too.
- 兵 before ども is the warrior, つわもの (夏草や兵どもが夢の跡); Sudachi reads へい.
- 公 standing alone before の/に/と/で/も/な is "public", おおやけ (公の場, 公にする); after a name
  (家康公の墓) it stays the title こう.
- 仏 in 仏の顔 and 知らぬが仏 is the Buddha, ほとけ; Sudachi's ふつ (France: 仏大統領, 日仏) stays elsewhere.
- 蛙 is かえる (蛙が鳴く, 蛙の子は蛙, 兎や蛙が); Sudachi's literary かわず stays in 井の中の蛙 and 古池や蛙飛びこむ
  (after や with no particle following: a haiku's cutting word, not a list).
- 雨 that Sudachi cuts off a numeral as a suffix う (十中八九|雨) is the word あめ.
A few proverbs Sudachi reads piece by piece are read whole with the idioms (住めば都, 笑う門には福来る,
良薬は口に苦し, 郷に入っては郷に従え, 聞くは一時の恥).
"""
from __future__ import annotations

import re

from ..furigana import align
from ..tokens import Ruby, Token, glued

# all essay_fix looks at
WORDS = frozenset({"度", "大分", "表", "見", "一寸", "兵", "公", "仏", "蛙", "雨", "早々", "今"})

_EACH_TIME_BEFORE = frozenset({"に", "ごと", "毎", "、"})
_ADVERB_NOUNS = frozenset({"前", "昔", "先", "以前"})
_ADVERB_POS = frozenset({"動詞", "形容詞", "副詞", "形状詞"})
_PUBLIC_BEFORE = frozenset({"の", "に", "と", "で", "も", "な"})
# What is "now" in fashion: 今 before these is いま (今話題の), not the prefix こん of 今大会.
_IN_FASHION = frozenset({"話題", "人気", "注目", "流行", "大人気", "超人気", "話題沸騰", "旬", "噂", "評判"})



def essay_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    surface = token.surface
    if surface == "蛙":
        if reading != "かわず" or prev is not None and (
                prev.surface == "や" and not (nxt is not None and nxt.pos[0] == "助詞")
                or prev.surface == "の" and i > 1 and tokens[i - 2].surface == "中"):
            return None  # 井の中の蛙, 古池や蛙飛びこむ
        return "かえる"
    if surface == "雨":
        return "あめ" if reading == "う" and prev is not None and glued(prev, token) \
            and prev.pos[1:2] == ("数詞",) else None  # 十中八九|雨 (Sudachi's suffix う)
    if surface == "仏" and reading == "ふつ" and prev is not None and glued(prev, token) and prev.surface == "が" \
            and i > 1 and tokens[i - 2].surface == "ぬ":
        return "ほとけ"  # 知らぬが仏
    if nxt is None or not glued(token, nxt):
        return None
    if surface == "早々":
        return "はやばや" if reading == "そうそう" and nxt.surface == "と" and nxt.pos[0] == "助詞" \
            and not (glued(prev, token) and prev.pos[0] == "名詞") else None  # 早々と完売; 入学早々と stays
    if surface == "今":
        return "いま" if reading == "こん" and token.pos[0] == "接頭辞" \
            and (nxt.pos[0] == "接頭辞" or nxt.surface in _IN_FASHION) else None  # 今大注目の; 今大会 stays
    if surface == "公":
        if reading == "こう" and nxt.surface in _PUBLIC_BEFORE and nxt.pos[:1] in (("助詞",), ("助動詞",)) \
                and (prev is None or not glued(prev, token) or prev.pos[:1] in (("助詞",), ("補助記号",))):
            return "おおやけ"  # 公の場, 公にする; 家康公の墓 stays こう
        return None
    if surface == "仏":
        return "ほとけ" if reading == "ふつ" and nxt.surface == "の" and after is not None \
            and glued(nxt, after) and after.surface == "顔" else None  # 仏の顔も三度まで
    if surface == "度":
        if reading == "ど" and prev is not None and glued(prev, token) and nxt.surface in _EACH_TIME_BEFORE \
                and (prev.surface == "の" and prev.pos[:1] == ("助詞",) or prev.pos[:1] in (("動詞",), ("助動詞",))):
            return "たび"  # 選挙の度に, 見る度に; 30度に and 温度の上がる度合い stay
        return None
    if surface == "大分":
        if reading != "おおいた":
            return None
        if nxt.pos[:1] and nxt.pos[0] in _ADVERB_POS and nxt.lemma != "する":
            return "だいぶ"  # 大分良くなった, 大分慣れた, 大分経つ
        if nxt.surface in _ADVERB_NOUNS and not (after is not None and glued(nxt, after)
                                                 and after.pos[:1] == ("名詞",) and after.surface != "から"):
            return "だいぶ"  # 大分前から, 大分昔の話; 大分前知事 (the former governor) stays
        return None
    if surface == "表":
        if reading == "ひょう" and nxt.surface == "に" and after is not None and glued(nxt, after) \
                and after.lemma in ("出す", "出る"):
            return "おもて"  # 表に出さない, 表に出ろ; 表に示す, 表にまとめる stay ひょう
        return None
    if surface == "兵":
        return "つわもの" if reading == "へい" and nxt.surface == "ども" else None  # 兵どもが夢の跡
    if surface == "一寸":
        return "いっすん" if reading == "ちょっと" and nxt.surface == "先" else None  # 一寸先は闇
    if reading == "み" and token.lemma == "見る" and nxt.lemma == "出す" and nxt.surface[:1] == "出":
        return "みい"  # 見|出す みいだす (Sudachi reads the whole 見出す, 見出した right)
    return None


# Idioms with numerals whose pieces Sudachi reads as numbers and counters (the lexicon lacks them
# whole, or holds them but the number rules cut them first).
_NUMBERED_IDIOMS = {"一石二鳥": "いっせきにちょう", "四六時中": "しろくじちゅう", "十中八九": "じっちゅうはっく",
                    "三位一体": "さんみいったい", "一挙手一投足": "いっきょしゅいっとうそく",
                    "七転八倒": "しちてんばっとう", "七転び八起き": "ななころびやおき", "二束三文": "にそくさんもん",
                    "一兎": "いっと", "三文の徳": "さんもんのとく", "三文の得": "さんもんのとく",
                    # verse, rites and prints (heritage review): read as set phrases, not as counts
                    "五七五七七": "ごしちごしちしち", "五七五": "ごしちご", "十七音": "じゅうしちおん",
                    "三三九度": "さんさんくど", "五十三次": "ごじゅうさんつぎ",
                    "四十九日法要": "しじゅうくにちほうよう", "四十九日の法要": "しじゅうくにちのほうよう",
                    "四十九日の法事": "しじゅうくにちのほうじ",
                    # the memorial in kanji is said so anywhere (四十九日が過ぎ, 四十九日を迎える), but
                    # not as a count of days (四十九日間, 四十九日目: _NOT_BEFORE)
                    "四十九日": "しじゅうくにち", "五分の魂": "ごぶのたましい", "一兵卒": "いっぺいそつ",
                    # and idioms without numerals that Sudachi cuts and reads piece by piece
                    "十人十色": "じゅうにんといろ", "第三国": "だいさんごく", "一時の恥": "いっときのはじ",
                    "春夏秋冬": "しゅんかしゅうとう", "灯台下暗し": "とうだいもとくらし",
                    "住めば都": "すめばみやこ", "笑う門には福来る": "わらうかどにはふくきたる",
                    "笑う門には福来たる": "わらうかどにはふくきたる", "良薬は口に苦し": "りょうやくはくちににがし",
                    "郷に入っては郷に従え": "ごうにいってはごうにしたがえ",
                    "郷に入れば郷に従え": "ごうにいればごうにしたがえ"}
# What makes an idiom a count after all: 四十九日間 is forty-nine days, よんじゅうきゅうにちかん.
_NOT_BEFORE = {"四十九日": ("間", "目", "後", "以", "連", "分")}
# One scan of the text for all of them (longest first), in C: most paragraphs hold none.
_IDIOM_PATTERN = re.compile("|".join(re.escape(w) for w in sorted(_NUMBERED_IDIOMS, key=len, reverse=True)))


def idiom_rubies(text: str, tokens: list[Token]) -> tuple[list[Ruby], set[int]]:
    """Rubies of the numbered idioms in ``text`` and the indexes of the tokens they cover."""
    rubies: list[Ruby] = []
    covered: set[int] = set()
    found = _IDIOM_PATTERN.search(text)
    if found is None:
        return rubies, covered
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    for m in _IDIOM_PATTERN.finditer(text, found.start()):
        word, at = m.group(), m.start()
        first, last = starts.get(at), ends.get(at + len(word))
        if first is not None and last is not None and not _numeralglued(tokens, first, last) \
                and not text.startswith(_NOT_BEFORE.get(word, ()), at + len(word)):
            rubies.extend(Ruby(at + s, at + e, r) for s, e, r in align(word, _NUMBERED_IDIOMS[word]))
            covered.update(range(first, last + 1))
    return rubies, covered


def _numeralglued(tokens: list[Token], first: int, last: int) -> bool:
    """A numeral glued before or after tokens[first..last] (二十|一兎): then it is not the idiom."""
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return (before is not None and before.end == tokens[first].start and before.pos[1:2] == ("数詞",)) \
        or (after is not None and after.start == tokens[last].end and after.pos[1:2] == ("数詞",))
