"""Readings from a review of science, medicine and technology news.

- 相 glued after a numeral is a phase, そう (臨床試験の第三相, 第1相試験, 三相交流); Sudachi reads the
  suffix しょう, the minister of 外相 and 首相, which no numeral comes before.
- 極 glued before a word of small amount, low degree or rarity is the prefix ごく, "extremely" (極低温,
  極微量, 極一部, 極普通); Sudachi reads it きょく, the pole, which stays elsewhere (極地, 極を結ぶ).
- 一, 八, 十 (and 二十...九十) before a decimal point ・ and a digit (or a run of digits: 一・二五倍) with 倍 or a
  unit take the small っ, as 1.5 is said いってんご (一・五倍 いっ, 八・五パーセント はっ, 二十・五キロ にじゅっ);
  a list of two numbers (一・二審, 一・二年生) is left alone. So do they before 〇 (視力一・〇 いっ) and before a
  run of place-value digits that no date reads so (一・四八 いっ) or that states a figure (出生率は一・二六と
  いっ); a date stays (一・一七の追悼, 八・一五集会). The first of a range of such decimals takes it too
  (一・二〜一・五メートル いってんに); a list of numbers without a unit (一・二〜一・五) is left alone.
  Two kanji digits written place by place before such a
  decimal are one number, as papers print rates (一一・五パーセント じゅういっ, 一二・三％ じゅうに, 二〇・五倍
  にじゅっ); Sudachi reads them digit by digit (いちいち); without the decimal and unit they are left alone.
- 種 in a sentence about species (生態系, 絶滅, 生物, 進化, 動物, 昆虫...) with nothing about seeds
  (まく, 植える, 芽, 実, 畑, 花...) is a species, しゅ (多くの種が影響を受ける); Sudachi reads it たね,
  which stays where seeds are sown (種をまく) or no species cue is in the sentence. Only where
  idioms.py left 種 open (uncertain); the reading is then certain. The other way round, a 種 that
  Sudachi reads しゅ (opening a phrase: 種を一晩水に浸けてから蒔いた) in a sentence about sowing or
  raising plants (蒔く, 植え, 発芽, 苗, 畑, 栽培) or about scooping it out in a kitchen (種とワタを取る,
  ピーマンの種, 果肉) and not about species is a seed, たね. So is a 種
  before から that something grows from (2千年前の種から花が咲いた, 種から育てた), whether or not idioms.py
  left it open; この種から, 同種から ("this kind") stay しゅ.
- 筋 glued after the name of a kind of muscle that Sudachi splits off (骨格|筋, 平滑|筋, 横紋|筋,
  咀嚼|筋) is the muscle, きん, as in 心筋 and 腹筋; Sudachi reads the split-off 筋 すじ,
  which stays after other nouns (道筋, 政府筋 "government sources", 関係筋). The parts before it read
  as anatomy: 平滑 へいかつ (Sudachi: ひらなめ, a surname); 大腿四頭筋 is numbers.py's (しとうきん).
"""
from __future__ import annotations

from .numerals import parse_number
from .tokens import Token, glued, sentence_of

_TENS = ("二十", "三十", "四十", "五十", "六十", "七十", "八十", "九十")
# Kinds of muscle that Sudachi cuts from 筋 (骨格|筋), and how each reads before it.
_MUSCLE_KINDS = {"骨格": "こっかく", "平滑": "へいかつ", "横紋": "おうもん", "咀嚼": "そしゃく", "随意": "ずいい",
                 "不随意": "ふずいい", "腹斜": "ふくしゃ", "呼吸": "こきゅう", "外眼": "がいがん",
                 "内転": "ないてん", "外転": "がいてん"}
# all science_fix looks at
# Two kanji digits place by place (一一 11, 二〇 20), a number only before a decimal (一一・五パーセント).
_PLACE_DIGITS = frozenset(a + b for a in "一二三四五六七八九" for b in "〇一二三四五六七八九")
WORDS = frozenset({"相", "極", "種", "一", "八", "十", "筋", *_TENS, *_MUSCLE_KINDS, *_PLACE_DIGITS})

# A kanji numeral before the decimal point ・ is said with a small っ before てん (一・五 いってんご).
_BEFORE_POINT = {"いち": "いっ", "はち": "はっ", "じゅう": "じゅっ"}
_DIGITS = frozenset("〇一二三四五六七八九")
# What follows a decimal and never a list of two numbers (一・五倍; 一・二審 is the first and second trial).
_MEASURED = frozenset({"倍", "パーセント", "％", "%", "メートル", "キロ", "キロメートル", "センチ", "ミリ",
                       "グラム", "キログラム", "トン", "リットル", "℃", "マイクロメートル", "ナノメートル",
                       "ヘクトパスカル", "光年", "ポイント"})

_RANGE_MARKS = frozenset({"〜", "～", "から"})
_NUMERAL = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十百千")

_EXTREMELY_BEFORE = frozenset({
    "低温", "微量", "微小", "少量", "少数", "一部", "短時間", "短期間", "初期", "近距離", "小規模",
    "軽微", "普通", "自然", "当然", "簡単", "稀", "まれ", "僅か", "わずか", "一般", "身近",
})

_SPECIES_CUES = ("生態系", "絶滅", "生物", "進化", "動物", "昆虫", "哺乳類", "鳥類", "魚類", "両生類",
                 "爬虫類", "固有", "外来", "在来", "繁殖", "個体", "多様性", "新種", "細菌")
_SEED_CUES = ("まく", "まい", "まき", "蒔", "撒", "植", "芽", "実", "果", "畑", "農", "花", "栽培",
              "野菜", "スイカ", "運", "散", "食べ",
              "飲み込", "吐", "ひまわり", "ヒマワリ", "種子", "種無し", "種なし", "火種", "悩み",
              "話の種", "ネタ", "収穫", "穀物", "稲", "米", "麦", "豆")

# Words of sowing and raising plants, the other way round: a lone 種 that opens a phrase (種を…) in a
# sentence with one of them and no species cue is a seed. Narrower than _SEED_CUES (no 花, 実, 運).
_SOWING_CUES = ("蒔", "撒", "播", "植え", "発芽", "芽が", "芽を", "苗", "畑", "栽培", "家庭菜園", "プランター",
                "育苗", "種まき", "種蒔き")

_SOWING_VERBS = frozenset({"まく", "蒔く", "撒く", "播く"})  # by lemma: a kana まき is no substring cue

# Kitchen words: a lone 種 scooped out of a vegetable or a fruit (種とワタを取る) is a seed too.
_KITCHEN_CUES = ("ワタ", "わた", "ヘタ", "へた", "果肉", "くり抜", "取り除", "かぼちゃ", "南瓜", "ピーマン", "ゴーヤ",
                 "唐辛子", "梅干")

_GROWING_CUES = ("咲", "発芽", "芽", "育", "実った", "実る")  # 種から花が咲いた, 種から育てた
_KIND_BEFORE = frozenset({"この", "その", "あの", "どの", "同じ", "各"})  # この種から: "this kind"


def science_fix(tokens: list[Token], i: int, reading: str, uncertain: bool) -> tuple[str, bool] | None:
    """A corrected (reading, uncertain) for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.surface == "筋":
        return ("きん", False) if reading == "すじ" and glued(prev, token) and prev.surface in _MUSCLE_KINDS else None
    if token.surface in _MUSCLE_KINDS:
        muscle = glued(token, nxt) and nxt.surface == "筋"
        return (_MUSCLE_KINDS[token.surface], False) if muscle and reading != _MUSCLE_KINDS[token.surface] else None
    if token.surface in _PLACE_DIGITS:
        number = parse_number(token.surface)
        fixed = _before_point(tokens, i, "".join(p[1] for p in number.pieces), always=True) if number else None
        return fixed if fixed and fixed[0] != reading else None  # 一一・五パーセント じゅういってんご
    if reading.endswith(("いち", "はち", "じゅう")):
        return _before_point(tokens, i, reading)
    if token.surface == "相":
        if (reading == "しょう" and glued(prev, token) and prev.surface
                and all(ch in _NUMERAL for ch in prev.surface)):
            return "そう", False
        return None
    if token.surface == "極":
        if reading == "きょく" and glued(token, nxt) and nxt.surface in _EXTREMELY_BEFORE:
            return "ごく", False
        return None
    if reading == "しゅ" and token.surface == "種" and nxt is not None and nxt.surface == "から" \
            and (prev is None or prev.surface not in _KIND_BEFORE and prev.pos[0] != "名詞"):
        text = "".join(t.surface for t in sentence_of(tokens, i))
        if any(cue in text for cue in _GROWING_CUES) and not any(cue in text for cue in _SPECIES_CUES):
            return "たね", False  # 2千年前の種から花が咲きました: what grows from it is a seed
    if reading == "しゅ" and uncertain and token.surface == "種":
        sentence = sentence_of(tokens, i)
        text = "".join(t.surface for t in sentence)
        sown = any(t.lemma in _SOWING_VERBS for t in sentence)  # 種を四、五粒ずつまきます: まく in kana
        if (sown or any(cue in text for cue in _SOWING_CUES + _KITCHEN_CUES)) \
                and not any(cue in text for cue in _SPECIES_CUES):
            return "たね", False  # 種を一晩水に浸けてから蒔いた, 種とワタを取る: a gardening or kitchen sentence
        return None
    if reading != "たね" or not uncertain:
        return None  # idioms.py left it open only where 種 stands alone, not sown (種をまく)
    text = "".join(t.surface for t in tokens)
    if any(cue in text for cue in _SPECIES_CUES) and not any(cue in text for cue in _SEED_CUES):
        return "しゅ", False
    return None


def _digit_run(frac: Token, after: Token | None) -> bool:
    """frac is a run of place-value digits (二六 of 一・二六): a decimal where no day of a month reads so
    (一・〇五, 一・四八) or where a figure is stated (一・二六と, 一・二六だった); 一・一七 and 八・一五
    may be dates (一・一七の追悼, 八・一五集会) and are left alone otherwise."""
    if not all(c in _DIGITS for c in frac.surface):
        return False
    if frac.surface[0] == "〇" or parse_number(frac.surface).exact > 31:
        return True
    return glued(frac, after) and (after.surface == "と" or after.pos[0] == "助動詞")


def _ranged(tokens: list[Token], k: int) -> bool:
    """tokens[k] is a range mark glued to a decimal with a unit (一・二〜一・五メートル): the first number is
    measured too."""
    if k + 4 >= len(tokens) or tokens[k].surface not in _RANGE_MARKS or not glued(tokens[k - 1], tokens[k]):
        return False
    num, dot, frac, unit = tokens[k + 1:k + 5]
    return glued(tokens[k], num) and num.pos[:2] == ("名詞", "数詞") and dot.surface == "・" \
        and frac.surface[:1] in _DIGITS and glued(frac, unit) and unit.surface in _MEASURED


def _before_point(tokens: list[Token], i: int, reading: str, always: bool = False) -> tuple[str, bool] | None:
    """``reading`` with its small っ before a decimal point (いち → いっ), or None where no decimal with a unit
    follows; with ``always``, the reading unchanged where it takes no っ (じゅうに・三％)."""
    end = next((k for k in _BEFORE_POINT if reading.endswith(k)), None)
    if end is None and not always or i + 3 > len(tokens) or tokens[i + 1].surface != "・":
        return None
    frac = tokens[i + 2]
    if not (glued(tokens[i], tokens[i + 1]) and glued(tokens[i + 1], frac)) or frac.surface[:1] not in _DIGITS:
        return None
    after = tokens[i + 3] if i + 3 < len(tokens) else None
    if frac.surface == "〇":
        pass  # 一・〇: no list of two numbers has a zero
    elif all(ch in _DIGITS for ch in frac.surface):  # 一・五倍, 一・二五倍; 一・四八, 一・二六と
        if not (glued(frac, after) and after.surface in _MEASURED) and not _ranged(tokens, i + 3) \
                and not (len(frac.surface) > 1 and _digit_run(frac, after)):
            return None
    elif frac.surface[1:] not in ("万", "億", "兆"):
        return None
    return (reading[: -len(end)] + _BEFORE_POINT[end] if end else reading), False
