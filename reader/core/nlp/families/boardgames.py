"""Shogi, go, mahjong and karuta news and commentary: jargon Sudachi reads in an everyday sense.

Shogi
- 飛車 glued after the name of where the rook goes is a strategy and voices, びしゃ (振り飛車, 中飛車 なかびしゃ,
  三間飛車, 四間飛車 しけんびしゃ, 向かい飛車, 袖飛車); 中 there is なか and 四|間 し|けん. The piece itself
  stays ひしゃ (飛車を振って, 飛車先, 王手飛車).
- 玉, 角, 金 and 桂 standing alone in a sentence about shogi (先手, 王手, 飛車, 駒, 将棋 …) are pieces: ぎょく,
  かく, きん, けい (先手玉は詰まない, 角が成ると馬, 飛車と金の両取り, 桂打ち); Sudachi reads たま, かど,
  かね, かつら, which stay elsewhere (玉を投げる, 角を曲がる, 金を払う, 桂さん).
- A square of a game record glued after ▲ or △ reads its rank like a count (▲２四 よん, not し), and the
  piece glued after it is the piece: 歩 ふ, 玉 ぎょく, 香 きょう, 金 きん (▲７六歩, △４二玉, ▲９九香); a number
  without the mark is left alone.
- Voiced second halves: 勝負手 しょうぶて, 相掛かり あいがかり, 両取り りょうどり, 駒損 / 一手損 ぞん, 成り駒 なりごま
  (駒 after a verb's stem), 美濃囲い / 舟囲い がこい (舟 ふな), 中住まい なかずまい, 銀冠 ぎんかんむり, 持将棋
  じしょうぎ; 叡王 えいおう (Sudachi: the name あきら).
- 新手 in a sentence about the game (研究会, 定跡, 戦型, 対局 …) is a new move, しんて; 新手の詐欺 and
  sentences without the game stay あらて.
Go
- 中押し ちゅうおし (Sudachi: なかおし); 大模様 おおもよう; 地 standing alone in a sentence about go (碁, 囲碁,
  盤, 整地, コミ …) is territory, じ (地を稼ぐ碁); 一目 before 半 or の差 is a point, いちもく (一目の差);
  四子局 よんしきょく (stones of handicap, し).
Mahjong and karuta
- 東 and 南 glued before a numbered 局 are the rounds, とん, なん (東一局); 半荘 はんちゃん.
- 小倉 before 百人一首 is おぐら (Sudachi: the city こくら); 読手 in a sentence about karuta is どくしゅ
  (読手が上の句を読み上げた), elsewhere Sudachi's よみて stays.
- 札 standing alone in a sentence about karuta (かるた, 百人一首, 句, 陣, 決まり字 …) is a card, ふだ; with
  money about, or elsewhere, Sudachi's さつ stays (札を数える).
Elsewhere
- 係 glued after a noun voices, がかり (記録係, 案内係); after a number or alone it stays かかり.
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, sentence_has, sentence_of

_STRATEGY_BEFORE = frozenset({"振り", "振", "中", "間", "三間", "四間", "向かい", "向", "袖", "浮き", "ひねり"})
# Words that make a sentence one about shogi (a cue is matched inside a word: 先手番, 後手玉).
_SHOGI = ("将棋", "飛車", "王手", "先手", "後手", "駒", "金銀", "入玉", "穴熊", "矢倉", "美濃", "香車", "桂馬", "銀将",
          "角道", "角換", "居飛車", "投了", "対局")
# for 金 and 角: the pieces' own words (not 銀: medals; not 棋士: a player's money)
_PIECE_CUES = ("飛車", "王手", "先手", "後手", "駒", "香車", "桂馬", "角道")
_GO = ("碁", "囲碁", "整地", "コミ", "アゲハマ", "盤上", "盤面", "路盤", "黒番", "白番", "黒石", "白石", "布石", "定石")
_MOVE_CUES = ("研究会", "定跡", "定石", "戦型", "将棋", "囲碁", "対局", "序盤", "布石", "棋士", "局面")
# karuta's words, matched as whole words (not 俳句, 報道陣)
_KARUTA = frozenset({"かるた", "カルタ", "百人一首", "上の句", "下の句", "句", "自陣", "敵陣", "決まり字", "読手",
                     "取り札"})
_MONEY = ("円", "財布", "紙幣", "お金", "両替", "札束")
_STEM_ENDS = frozenset("いきぎしちにひびみりえけげせてねへべめれ")  # a verb's stem before a noun (成り|駒)
_KIFU_MARKS = ("▲", "△", "☗", "☖")
_VOICED = {"勝負": ("手", "しゅ", "て"), "相": ("掛かり", "かかり", "がかり"), "両": ("取り", "とり", "どり"),
           "銀": ("冠", "かん", "かんむり")}
# A game record's square (▲７六, △３四: file in digits, rank in kanji) and the piece glued after it.
_NUMERALS = {"一": "いち", "二": "に", "三": "さん", "四": "よん", "五": "ご", "六": "ろく", "七": "なな", "八": "はち",
             "九": "きゅう"}
_SQUARES = frozenset(d + k for d in "１２３４５６７８９123456789" for k in _NUMERALS)
_KIFU_PIECES = {"歩": "ふ", "香": "きょう", "桂": "けい", "銀": "ぎん", "金": "きん", "角": "かく", "飛": "ひ",
                "玉": "ぎょく", "王": "おう", "馬": "うま", "竜": "りゅう", "龍": "りゅう"}
# all boardgames_fix looks at
WORDS = frozenset({"飛車", "中", "間", "四", "玉", "角", "金", "桂", "歩", "手", "掛かり", "取り", "冠", "損", "駒",
                   "囲い", "舟", "中住", "持", "叡", "新手", "中押し", "大", "地", "一目", "子局", "東", "南", "荘",
                   "札", "小倉", "読手", "係"}) | _SQUARES | frozenset(_KIFU_PIECES)


def _in_compound(token: Token, prev: Token | None) -> bool:
    """Whether token is glued after a noun or a prefix: the second half of a compound (先手|玉, 千円|札)."""
    return glued(prev, token) and prev.pos[0] in ("名詞", "接頭辞", "接尾辞")


def _is_kifu_square(token: Token | None, prev: Token | None) -> bool:
    """A square of a game record: a number glued after ▲ or △ (▲７六, △３四)."""
    return token is not None and token.pos[1] == "数詞" and prev is not None \
        and prev.surface in _KIFU_MARKS and glued(prev, token)


def boardgames_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    before = glued(prev, token)
    after = glued(token, nxt)
    if surface in _SQUARES:
        if _is_kifu_square(token, prev):
            said = _NUMERALS["一二三四五六七八九"["１２３４５６７８９123456789".index(surface[0]) % 9]] \
                + _NUMERALS[surface[-1]]
            return said if said != reading else None  # ２四 にし: a rank is said like a count, によん
        return None
    if surface in _KIFU_PIECES and _is_kifu_square(prev, tokens[i - 2] if i > 1 else None) and before:
        piece = _KIFU_PIECES[surface]
        return piece if reading != piece else None  # ▲７六|歩 ふ, △４二|玉 ぎょく, ▲９九|香 きょう
    if surface == "飛車":
        if reading == "ひしゃ" and before and prev.surface in _STRATEGY_BEFORE:
            return "びしゃ"  # 振り|飛車, 四|間|飛車
        return None
    if surface in ("中", "間", "四"):
        if not (after and nxt.surface in ("飛車", "間")):
            return None
        if surface == "中" and nxt.surface == "飛車" and reading == "ちゅう":
            return "なか"  # 中|飛車
        if surface == "間" and nxt.surface == "飛車" and before and prev.surface in ("三", "四"):
            return "けん" if reading != "けん" else None  # 四|間|飛車
        if surface == "四" and nxt.surface == "間" and reading == "よん" \
                and i + 2 < len(tokens) and glued(nxt, tokens[i + 2]) and tokens[i + 2].surface == "飛車":
            return "し"  # 四|間|飛車 しけん
        return None
    if surface in ("玉", "角", "金", "桂"):
        return _piece(tokens, i, reading, prev, nxt, after)
    for head, (tail, plain, voiced) in _VOICED.items():
        if surface == tail and reading == plain and before and prev.surface == head:
            return voiced  # 勝負|手, 相|掛かり, 両|取り, 銀|冠
    if surface == "損":
        if reading == "そん" and before and prev.surface in ("駒", "手", "一手"):
            return "ぞん"  # 駒|損, 一手|損
        return None
    if surface == "駒":
        if reading == "こま" and before and prev.pos[0] == "動詞" and prev.surface[-1:] in _STEM_ENDS:
            return "ごま"  # 成り|駒; not after a verb's plain form (動かす駒 こま)
        return None
    if surface == "囲い":
        if reading == "かこい" and before and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "がこい"  # 美濃|囲い, 舟|囲い
        return None
    if surface == "舟":
        if reading == "ふね" and after and nxt.surface == "囲い":
            return "ふな"
        return None
    if surface == "中住":
        if reading == "なかすみ" and after and nxt.surface == "まい":
            return "なかず"  # 中住|まい: Sudachi's two name halves
        return None
    if surface == "持":
        if reading == "もち" and after and nxt.surface == "将棋":
            return "じ"  # 持|将棋 じしょうぎ
        return None
    if surface == "叡":
        if reading != "えい" and after and nxt.surface == "王":
            return "えい"  # 叡|王|戦
        return None
    if surface == "新手":
        if reading == "あらて" and not (nxt is not None and nxt.surface == "の") \
                and sentence_has(tokens, i, _MOVE_CUES):
            return "しんて"  # 研究会で新手を準備
        return None
    if surface == "中押し":
        return "ちゅうおし" if reading == "なかおし" else None
    if surface == "大":
        if reading == "だい" and after and nxt.surface == "模様":
            return "おお"  # 大|模様
        return None
    if surface == "地":
        if reading == "ち" and not _in_compound(token, prev) and not (after and nxt.pos[0] == "名詞") \
                and sentence_has(tokens, i, _GO, others=True):
            return "じ"  # 地を稼ぐ碁
        return None
    if surface == "一目":
        if reading == "ひとめ" and nxt is not None and (
                after and nxt.surface == "半"
                or nxt.surface == "の" and i + 2 < len(tokens) and tokens[i + 2].surface == "差"):
            return "いちもく"  # 一目半, 一目の差
        return None
    if surface == "子局":
        if reading == "こきょく" and before and prev.pos[1] == "数詞":
            return "しきょく"  # 四|子局
        return None
    if surface in ("東", "南"):
        if after and nxt.pos[1] == "数詞" and i + 2 < len(tokens) and tokens[i + 2].surface == "局" \
                and glued(nxt, tokens[i + 2]) and reading in ("ひがし", "みなみ"):
            return "とん" if surface == "東" else "なん"  # 東|一|局
        return None
    if surface == "荘":
        if reading == "そう" and before and prev.surface == "半":
            return "ちゃん"  # 半|荘 はんちゃん
        return None
    if surface == "札":
        words = {t.surface for t in sentence_of(tokens, i)}
        if reading == "さつ" and not _in_compound(token, prev) and words & _KARUTA \
                and not sentence_has(tokens, i, _MONEY):
            return "ふだ"  # 百人一首の札を覚えた
        return None
    if surface == "小倉":
        if reading == "こくら" and after and nxt.surface == "百人一首":
            return "おぐら"  # 小倉|百人一首: the mountain in Kyoto, not the city
        return None
    if surface == "読手":
        if reading == "よみて" and {t.surface for t in sentence_of(tokens, i)} & _KARUTA:
            return "どくしゅ"  # the reader of a karuta match
        return None
    if surface == "係":
        if reading == "かかり" and before and prev.pos[0] == "名詞" and prev.pos[1] != "数詞" \
                and not (after and nxt.pos[0] == "名詞") \
                and not any(t.surface.endswith(("課", "部", "室")) for t in tokens[max(0, i - 3):i - 1]):
            return "がかり"  # 記録|係
        return None
    return None


def _piece(tokens: list[Token], i: int, reading: str, prev, nxt, after: bool) -> str | None:
    """玉 ぎょく, 角 かく, 金 きん, 桂 けい as shogi pieces."""
    surface = tokens[i].surface
    before = _in_compound(tokens[i], prev)
    if after and nxt.pos[0] == "名詞" and not (surface == "桂" and nxt.surface in ("打ち", "跳ね")):
        return None  # the first half of another word (玉ねぎ, 金曜)
    if surface == "玉":
        if reading == "たま" and (before and prev.surface in ("先手", "後手", "相手", "自", "敵")
                                  or not before and sentence_has(tokens, i, _SHOGI, others=True)):
            return "ぎょく"  # 先手|玉, 王手をかけられた玉
        return None
    if surface == "角":
        if reading != "かど" or before:
            return None
        promoted = nxt is not None and nxt.surface in ("が", "を") and i + 2 < len(tokens) \
            and tokens[i + 2].lemma in ("成る", "成")
        if promoted or sentence_has(tokens, i, _PIECE_CUES, others=True):
            return "かく"  # 角が成ると馬, 角を打って飛車
        return None
    if surface == "金":
        if reading == "かね" and not before and sentence_has(tokens, i, _PIECE_CUES, others=True):
            return "きん"  # 飛車と金の両取り
        return None
    # 桂
    if reading != "かつら" or nxt is not None and (nxt.surface in HONORIFICS or nxt.proper):
        return None  # 桂さん, 桂文枝: the name
    if after and nxt.surface in ("打ち", "跳ね") or not before and sentence_has(tokens, i, _SHOGI, others=True):
        return "けい"  # 桂|打ち, 桂|跳ね
    return None
