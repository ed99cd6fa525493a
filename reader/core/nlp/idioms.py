"""Words whose reading is fixed by the set phrase or construction they stand in.

Sudachi reads each of these the same way wherever it stands; the words around it say otherwise:
- 値 before が/を/も and 付く, 付ける or 張る is the price, ね (値が付く, 値を付ける, 値が張る); the
  value of something measured (xの値を求める) stays あたい. Before を and 戻す, 崩す, 飛ばす, 下げる,
  上げる or 伸ばす it is the price too where a market word stands before it (安値を付けた後、値を戻した,
  半導体関連の銘柄が値を下げました), or a word of the trading session (寄り付き直後に大きく値を下げた,
  前場は値を上げた, 大引けにかけて値を戻した, 取引開始直後に値を飛ばした); a function's return value
  (値を戻す) and a measured value (血糖値の値を下げる) have none.
- 命 between の and により/によって/に従う is an order, めい (国王の命により); before を受け it is
  most often one too, marked uncertain (受け継ぐ is the life passed on: 命を受け継ぐ いのち).
- 体 glued to よく/良く is the set adverb ていよく, "on a plausible pretext" (体よく断られた).
- 一重/二重 before まぶた/瞼 are the eyelids ひとえ/ふたえ, and so is 奥二重 (おくぶたえ), 二重 before
  幅, 整形, テープ (eyelid words only), and 一重/二重 in a sentence about eyelids or eye make-up
  (強力な二重の持続力 … まぶたのシワ, 一重でも映えるアイシャドウ), also where Sudachi keeps 一重 whole
  as the name かずしげ (一重さんに似合うアイメイク); the numeral reading (二重の意味, 二重国籍 にじゅう)
  and the name (一重さんに会った) stay elsewhere. A bare 一|重 is ひとえ anywhere (一重の人は), being no
  number unless a numeral is glued before it (十一重 じゅういちじゅう).
- 様 glued after a verb or adjective in its plain form is the auxiliary よう (使い易い様, 忘れない様),
  which Sudachi sometimes takes for the honorific suffix さま; after a noun it is さま (田中様).
- 種 glued before なし/無し, or before を/が and what one does with seeds (まく, 植える, 取り除く,
  発芽), or before から and growing (種から育てる, 種から栽培), is the seed, たね (種なしブドウ,
  種をまく); otherwise on its own 種 is a seed (たね) or a species or kind (しゅ) by meaning alone,
  and Sudachi reads it しゅ wherever it opens a phrase (種から調べる): the reading is marked
  uncertain there. After この/その (この種の事件) it is しゅ.
- 有 and 無 closing a noun in listings and shop pages are あり and なし (駐車場有, Wi-Fi無); Sudachi
  takes a lone 有 for the given name ゆう. Only where nothing but punctuation or the end follows.
"""
from __future__ import annotations

from .tokens import Token, glued, is_kanji, sentence_of

# all idiom_fix looks at
WORDS = frozenset({"値", "命", "体", "一", "二", "重", "一重", "二重", "様", "種", "有", "無"})

_PRICE_VERBS = ("付く", "付ける", "つく", "つける", "張る")
# What a price does in a market report (値を戻す, 値を崩す, 値を飛ばす), and words that make it one:
# a function that returns a value (値を戻す) has none of them near.
_MARKET_VERBS = frozenset({"戻す", "崩す", "飛ばす", "下げる", "上げる", "伸ばす"})
_MARKET_WORDS = frozenset({"株", "株価", "相場", "安値", "高値", "終値", "始値", "初値", "銘柄", "円", "ドル",
                           "日経平均", "先物", "市場", "売り", "買い", "反発", "反落", "続落", "続伸",
                           # the trading session: 寄り付き直後に大きく値を下げた, 大引けにかけて値を戻した
                           "寄り付き", "寄付き", "大引け", "前場", "後場", "取引", "東証"})
_ORDER_AFTER = ("により", "によって", "によ", "に従", "にしたが")
_EYELIDS = ("まぶた", "瞼")
# Words glued after 二重 that only eyelids take (二重幅, 二重整形), and words that, in the same
# sentence, make a bare 二重 the eyelid too (強力な二重の持続力 … まぶたのシワ, 二重液でまぶたが).
_EYELID_COMPOUNDS = frozenset({"幅", "整形", "手術", "テープ", "アイテープ", "のり", "糊", "メイク"})
_EYELID_CONTEXT = frozenset({"まぶた", "瞼", "目元", "アイプチ", "アイテープ", "アイライン", "アイライナー",
                             "アイシャドウ", "アイシャドー", "アイメイク", "マスカラ", "まつげ", "まつ毛", "睫毛"})
_EYELID_FOLDS = {"一": "ひと", "二": "ふた"}
_WHOLE_FOLDS = {"一重": "ひとえ", "二重": "ふたえ"}  # as Sudachi may keep them (一重 かずしげ, 二重 にじゅう)
_U_ROW = frozenset("うくすつぬふむゆるぐずぶ")  # a verb's plain form ends here (使う, 忘れる)
_PLAIN_AUXILIARIES = frozenset({"ない", "たい", "た", "だ", "れる", "られる", "せる", "させる", "ます"})
_LISTED = {"有": "あり", "無": "なし"}
_SEEDLESS = ("なし", "無し")
# What one does with seeds (種をまく, 種を取り除く, 種が発芽する): never with a species or a kind.
_SEED_VERBS = frozenset({"まく", "蒔く", "播く", "植える", "取る", "採る", "取り除く", "除く", "抜く", "発芽"})
# What one grows from a seed (種から育てる, 種から栽培する); a species or kind is never grown from.
_GROWN_FROM = frozenset({"育てる", "育つ", "栽培", "発芽"})
_KIND_AFTER = frozenset({"この", "その", "あの", "どの", "同じ"})



def _following(tokens: list[Token], i: int, n: int) -> str:
    return "".join(t.surface for t in tokens[i + 1:i + 1 + n])


def _plain_predicate(token: Token) -> bool:
    """A verb, adjective or auxiliary in a form that can stand before a noun (使う, 易い, ない)."""
    kind = token.pos[0]
    if kind == "形容詞" or token.pos[:2] == ("接尾辞", "形容詞的"):
        return token.surface.endswith("い")
    if kind == "動詞":
        return token.surface[-1:] in _U_ROW
    return kind == "助動詞" and token.surface in _PLAIN_AUXILIARIES


def _eyelid_fix(tokens: list[Token], i: int) -> str | None:
    """一|重 or 二|重 before まぶた/瞼, or 二|重 after 奥 (奥二重 is an eyelid on its own)."""
    numeral = i if tokens[i].surface in _EYELID_FOLDS else i - 1
    fold = numeral + 1
    if numeral < 0 or fold >= len(tokens) or tokens[numeral].surface not in _EYELID_FOLDS \
            or tokens[fold].surface != "重" or not glued(tokens[numeral], tokens[fold]):
        return None
    deep = numeral > 0 and tokens[numeral - 1].surface == "奥" and glued(tokens[numeral - 1], tokens[numeral]) \
        and tokens[numeral].surface == "二"
    after = tokens[fold + 1] if fold + 1 < len(tokens) else None
    eyelid = glued(tokens[fold], after) and (after.surface.startswith(_EYELIDS) or after.surface in _EYELID_COMPOUNDS)
    # a kanji word glued after it makes a compound of its own (二重国籍, 二重構造 にじゅう)
    compound = glued(tokens[fold], after) and len(after.surface) > 1 and is_kanji(after.surface[0])
    # 一重 is ひとえ wherever it is no part of a longer number (一重の人, 一重でも; 十一重 is a number)
    prev = tokens[numeral - 1] if numeral > 0 else None
    single = tokens[numeral].surface == "一" and not (glued(prev, tokens[numeral])
                                                     and (prev.pos[1] == "数詞" or prev.surface == "第"))
    if not (deep or eyelid or (not compound and (single or _about_eyelids(tokens, numeral)))):
        return None
    if i == fold:
        return "え"
    return "ぶた" if deep else _EYELID_FOLDS[tokens[i].surface]


def _about_eyelids(tokens: list[Token], i: int) -> bool:
    """The sentence around tokens[i] talks about eyelids (まぶた, 目元, アイプチ)."""
    return any(t.surface in _EYELID_CONTEXT for t in sentence_of(tokens, i))


def idiom_fix(tokens: list[Token], i: int, reading: str) -> tuple[str, bool] | None:
    """A corrected (reading, uncertain) for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "値" and reading == "あたい" and nxt is not None and nxt.surface in ("が", "を", "も") \
            and i + 2 < len(tokens) and tokens[i + 2].lemma in _PRICE_VERBS:
        return "ね", False  # 値が付く, 値を付ける, 値が張る
    if surface == "値" and reading == "あたい" and nxt is not None and nxt.surface == "を" \
            and i + 2 < len(tokens) and tokens[i + 2].lemma in _MARKET_VERBS \
            and any(t.surface in _MARKET_WORDS for t in tokens[max(0, i - 12):i]):
        return "ね", False  # 安値を付けた後、急速に値を戻した: a price in a market report
    if surface == "命" and reading == "いのち" and prev is not None and prev.surface == "の":
        after = _following(tokens, i, 3)
        if after.startswith(_ORDER_AFTER):
            return "めい", False  # 国王の命により
        if after.startswith("を受け") and not after.startswith("を受け継"):
            return "めい", True  # 主君の命を受けて (or a life received: uncertain)
    if surface == "体" and reading == "からだ" and nxt is not None and glued(token, nxt) \
            and nxt.surface in ("よく", "良く") and (prev is None or prev.pos[0] not in ("名詞", "接頭辞")):
        return "てい", False  # 体よく断られた; 体良く: ていよく
    if surface in ("一", "二", "重"):
        fixed = _eyelid_fix(tokens, i)
        return (fixed, False) if fixed else None
    if surface in _WHOLE_FOLDS and reading != _WHOLE_FOLDS[surface] and _about_eyelids(tokens, i) \
            and not (glued(token, nxt) and is_kanji(nxt.surface[0])):
        return _WHOLE_FOLDS[surface], False  # 一重さんに似合うアイメイク; not 二重構造
    if surface == "様" and reading == "さま" and glued(prev, token) and _plain_predicate(prev):
        return "よう", False  # 使い易い様, 忘れない様
    if surface == "種" and token.pos[0] == "名詞":
        if nxt is not None and glued(token, nxt) and nxt.surface.startswith(_SEEDLESS):
            return "たね", False  # 種なしブドウ
        if nxt is not None and nxt.surface in ("を", "が") and i + 2 < len(tokens) \
                and tokens[i + 2].lemma in _SEED_VERBS:
            return "たね", False  # 種をまく, 種を取り除く, 種が発芽する
        if nxt is not None and nxt.surface == "から" and i + 2 < len(tokens) \
                and tokens[i + 2].lemma in _GROWN_FROM:
            return "たね", False  # 種から育てたひまわり
        if prev is not None and prev.surface in _KIND_AFTER:
            return None  # この種の事件: a kind (しゅ)
        if prev is None or not (glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞")):
            return reading, True  # 種をまく (たね) or 種が絶滅する (しゅ): only meaning tells
    if surface in _LISTED and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞" \
            and (nxt is None or nxt.pos[0] in ("補助記号", "空白")):
        return _LISTED[surface], False  # 駐車場有, インセン有！
    return None
