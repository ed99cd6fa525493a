"""Instruction manuals and how-to pages for appliances, gadgets and software: part names and switch
positions Sudachi reads in another sense.

- 上面 beside another face of a box (上面と背面, 底面) or as where a thing is put (本体の上面に物を置かない,
  箱の上面にラベルを貼る) or before の and a part it carries (上面のダイヤル, 上面の液晶) is the top face,
  じょうめん, and so is a device's or a box's own 上面 (本体の上面だけを見ても); Sudachi reads うわつら (the
  surface of things), which stays before だけ or しか (物事の上面だけを見る) and with no such cue (上面の付き合い).
- 蓋 that Sudachi splits off a noun as the suffix がい is the lid of that part and voices, ぶた (電池蓋,
  フィルター蓋), as in the lexicon's 裏蓋 and 上蓋; 頭蓋 ずがい is one token and never reaches here.
- 右側 and 左側 glued before 面 are the sides of a box, そく (右側面 みぎそくめん, like 左|側面 ひだり|そくめん
  as Sudachi cuts it); Sudachi cuts 右側|面 and reads みぎがわ. 右側の面 stays がわ.
- 刃 split off after 内 or 外 is a shaver's or a cutter's blade and voices, ば (内刃 うちば, like the lexicon's
  替刃 かえば); Sudachi reads は or じん. After a particle (刃の部分) it stays は.
- 切 alone between brackets or beside 入 (「切」にする, 入/切, 入・切) is a switch's off position, きり, like
  切タイマー; Sudachi reads the noun きれ (a cloth), which stays elsewhere.
- 前 and 後 glued before a katakana part of a machine (前ガード, 前カバー, 後カバー, 前タイヤ, a camera's 前ダイヤル
  and 後ダイヤル) are where it
  sits, まえ and うしろ; 前 opening a phrase otherwise is "the previous" (前バージョン, 前シーズン ぜん) and
  stays so.
- 空 glued before the running of a machine (空運転, 空回転, 空動作) is "empty, idle", から, as in the
  lexicon's 空回り and 空焚き; Sudachi reads the noun そら (the sky), which stays elsewhere (空の旅, 空模様).
- 時 and 分 setting a clock (時と分を合わせる, 分ボタン, 時・分) are the hour and the minute, じ and ふん; Sudachi
  reads とき ("time, when") and ぶん ("a share"), which stay elsewhere (自分の時と分けて, 分をわきまえる).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_katakana_word, sentence_has, sentence_of

# Katakana parts of a machine that 前 and 後 place (前ガード まえ, 後カバー うしろ).
_PARTS = ("ガード", "カバー", "パネル", "タイヤ", "ブレーキ", "ホイール", "フォーク", "ライト", "ランプ", "ドア",
          "ポケット", "バンパー", "グリル", "フェンダー", "キャップ", "ケース", "フタ", "ダイヤル")
_WHERE = {"前": ("ぜん", "まえ"), "後": ("あと", "うしろ")}
_SIDES = {"右側": "みぎそく", "左側": "ひだりそく"}
# A machine's running, which 空 makes idle: 空運転 からうんてん.
_RUNNING = frozenset({"運転", "回転", "動作", "稼働", "稼動"})
_SWITCH_SEPARATORS = frozenset({"/", "／", "・", "、"})
_OPENING = ("「", "『", "［", "[", "〔", "（", "(")
_CLOSING = ("」", "』", "］", "]", "〕", "）", ")")
# Other faces of a box, and verbs that put a thing on one: 上面 is then the top face, じょうめん.
_FACES = ("背面", "底面", "側面", "前面", "下面", "天面", "裏面", "正面")
_PUT_ON = frozenset({"置く", "貼る", "載せる", "乗せる", "取り付ける", "付ける", "ある", "付く", "触れる"})
_ONLY = frozenset({"だけ", "しか", "ばかり", "のみ"})
# Things whose 上面 is a face (本体の上面 じょうめん), whatever follows.
_BOXES = ("本体", "本機", "製品", "機器", "装置", "箱", "ケース", "カメラ", "端末")
# Parts a device's top face carries, besides katakana ones (上面のダイヤル): 上面の液晶 じょうめん.
_FIXED_PARTS = ("液晶", "端子", "表示", "画面", "穴", "蓋", "操作部", "電源")
_COORDINATORS = frozenset({"と", "・", "、"})
_CLOCK_KEYS = frozenset({"ボタン", "キー", "単位"})
# all manuals_fix looks at
WORDS = frozenset({"上面", "蓋", "右側", "左側", "刃", "切", "前", "後", "空", "時", "分"})


def _switch_position(prev: Token | None, token: Token, nxt: Token | None) -> bool:
    """切 standing alone as a label: 「切」, or beside 入 with a separator (入/切, 入・切)."""
    if glued(prev, token) and prev.surface.endswith(_OPENING) and glued(token, nxt) and nxt.surface.startswith(
            _CLOSING):
        return True
    return glued(prev, token) and prev.surface in _SWITCH_SEPARATORS  # 入/切: the caller checks 入


def manuals_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "上面":
        owner = tokens[i - 2] if i > 1 and prev.surface == "の" else None
        if reading == "うわつら" and owner is not None and owner.surface.startswith(_BOXES):
            return "じょうめん"  # 本体の上面だけを見ても: a device's own face, even before だけ
        if reading != "うわつら" or nxt is not None and nxt.surface in _ONLY:
            return None  # 上面だけの付き合い: the surface of things
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if sentence_has(tokens, i, _FACES) or nxt is not None and nxt.surface == "に" \
                and any(t.lemma in _PUT_ON for t in sentence_of(tokens, i)):
            return "じょうめん"  # 本機の上面と背面, 本体の上面に物を置かない
        if nxt is not None and nxt.surface == "の" and after is not None \
                and (is_katakana_word(after.surface) or after.surface.startswith(_FIXED_PARTS)):
            return "じょうめん"  # 上面のダイヤル, 上面の液晶: a part sits on it
        return None
    if surface == "蓋":
        if reading == "がい" and glued(prev, token) and prev.pos[0] == "名詞" and prev.surface != "頭":
            return "ぶた"  # 電池|蓋
        return None
    if surface in _SIDES:
        if reading.endswith("がわ") and glued(token, nxt) and nxt.surface == "面":
            return _SIDES[surface]  # 右側|面 みぎそく
        return None
    if surface == "刃":
        if reading in ("は", "じん") and glued(prev, token) and prev.surface in ("内", "外"):
            return "ば"  # 内|刃 うちば
        return None
    if surface == "切":
        if reading == "きれ" and token.pos[0] == "名詞" and _switch_position(prev, token, nxt):
            if prev.surface.endswith(_OPENING) or i >= 2 and tokens[i - 2].surface == "入":
                return "きり"  # 「切」にする, 入/切
        return None
    if surface in _WHERE:
        plain, place = _WHERE[surface]
        if reading == plain and glued(token, nxt) and is_katakana_word(nxt.surface) and nxt.surface in _PARTS:
            return place  # 前|ガード まえ, 後|カバー うしろ
        return None
    if surface == "空":
        if reading == "そら" and glued(token, nxt) and nxt.surface in _RUNNING:
            return "から"  # 空|運転
        return None
    if surface == "時":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "とき" and glued(token, nxt) and nxt.surface in _COORDINATORS and glued(nxt, after) \
                and after.surface == "分" and after.pos[0] == "名詞":
            return "じ"  # 時と分を合わせる
        return None
    if surface == "分":
        if reading != "ぶん" or token.pos[0] != "名詞" or prev is not None and prev.pos[1:2] == ("数詞",):
            return None
        if glued(token, nxt) and nxt.surface in _CLOCK_KEYS \
                and not (glued(prev, token) and prev.pos[0] in ("名詞", "接尾辞", "接頭辞")):
            return "ふん"  # 時ボタンと分|ボタン; not 三人|分 (a share)
        before = tokens[i - 2] if i >= 2 else None
        if glued(prev, token) and prev.surface in _COORDINATORS and glued(before, prev) and before.surface == "時":
            return "ふん"  # 時と分
        return None
    return None
