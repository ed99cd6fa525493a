"""Programming words: language manuals, API references, developers' blogs and textbooks.

- 大文字 that Sudachi reads だいもんじ (the bonfire on a hill in Kyoto) is おおもじ, a capital letter
  (大文字と小文字を区別する, 先頭を大文字にする, パスワードには大文字を含める). The bonfire stays
  だいもんじ glued before 山, 焼き or 送り火 (大文字山, 大文字焼き) and in a sentence that names 送り火,
  五山 or 京都 (五山の送り火の大文字が見えた).
- 木 glued after the name of a tree structure is ぎ, the voiced second half of the compound (二分木
  にぶんぎ, 二分探索木 たんさくぎ, 決定木 けっていぎ, 構文木 こうぶんぎ, 部分木 ぶぶんぎ, 全域木); Sudachi reads
  き or もく. Other trees keep the analyser's reading (植木 うえき, 並木, 庭木, 木の根 き). The 分 of
  二分木, 二分探索 and 二分法 (halving, not two minutes) is read in number_context.minute_as.
- 置 after the prefix 中 that Sudachi reads おき is ち, as in 前置 and 後置 (中置記法 ちゅうちきほう, 中置演算子),
  only glued before 記法, 演算子, 表記 or 式; 置き on its own (置き場所) is not touched.
- 空 that Sudachi reads そら is から, "empty", before と and みなす, 見なす, 判定, 判断 or 扱う (文字列の
  長さが零なら空とみなす, 値が空と判定される), and before の and a container of code that tech.py does
  not list (空の辞書, 空のオブジェクト, 空の集合). The sky stays そら (空と海, 空と雲, 空の青).
- 偽 that Sudachi reads にせ ("fake") is ぎ, "false", before と and なる, みなす, 評価 or 判定 (偽となる値,
  偽と評価される), where tech.py finds no other cue; a fake stays にせ (偽のサイト, 偽と本物). 値 after
  となる that Sudachi reads ね (a price) there is あたい (偽となる値, 真となる値); 値 elsewhere is left alone.
- 送出 as a verb, which Sudachi takes for 送り出す with its okurigana left out (送出し おくりだし), is
  そうしゅつ + する, "raise", "emit" (例外を送出します そうしゅつし, 送出される そうしゅつさ). Before a noun it
  stays (送出し機関 おくりだし, the agency sending workers abroad).
- 八十 that Sudachi takes for the old noun やそ ("many") is はちじゅう glued before a unit of text
  (八十文字, 八十行, 八十桁); 八十島 and 八十神 stay やそ.
- 行 that Sudachi takes for the name こう is ぎょう, a line, glued before ごと or ずつ (行ごとに分割する).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

_BONFIRE_GLUED = ("山", "焼", "送り火")
_BONFIRE_CUES = ("送り火", "五山", "京都", "如意")
# The left half of a tree structure's name in computing (二分木, 探索木, 決定木, 構文木).
_TREE_HEADS = frozenset({"分", "探索", "決定", "構文", "部分", "全域", "区間", "順序", "接尾辞"})
_INFIX_AFTER = ("記法", "演算子", "表記", "式")
_JUDGED = frozenset({"みなす", "見なす", "見做す", "判定", "判断", "扱う"})
_FALSE_AFTER = frozenset({"なる", "みなす", "見なす", "評価", "判定"})  # 偽となる, 偽と評価される
# What 空の stands before as an empty container of code, beyond tech.py's list (空の配列, 空の文字列).
_EMPTY_CODE = ("辞書", "オブジェクト", "集合", "タプル", "マップ", "連想配列", "ディレクトリ", "変数", "引数",
               "要素", "応答", "レスポンス", "ハッシュ")
_VERB_SOSHUTSU = frozenset({"送出さ", "送出し", "送出す", "送出せ", "送出そ"})
_TEXT_UNITS = ("文字", "行", "列", "桁", "字", "項目")
# All programming_fix looks at.
WORDS = frozenset({"大文字", "木", "置", "空", "偽", "値", "八十", "行"}) | _VERB_SOSHUTSU


def programming_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "大文字":
        if reading != "だいもんじ" or glued(token, nxt) and nxt.surface.startswith(_BONFIRE_GLUED):
            return None
        words = [t.surface for t in sentence_of(tokens, i)]
        return None if any(w.startswith(_BONFIRE_CUES) for w in words) else "おおもじ"  # 大文字と小文字
    if surface == "木":
        if reading not in ("き", "もく") or not glued(prev, token) or prev.surface not in _TREE_HEADS:
            return None
        if prev.surface == "分":  # 二分木: the halving 分, not 十分 or 自分
            before = tokens[i - 2] if i > 1 else None
            return "ぎ" if glued(before, prev) and before.surface == "二" else None
        return "ぎ"  # 決定木 けっていぎ, 構文木 こうぶんぎ
    if surface == "置":
        infix = glued(prev, token) and prev.surface == "中" and glued(token, nxt) \
            and nxt.surface.startswith(_INFIX_AFTER)
        return "ち" if reading == "おき" and infix else None  # 中置記法 ちゅうち
    if surface == "空":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        judged = glued(token, nxt) and nxt.surface == "と" and after is not None \
            and (after.lemma in _JUDGED or after.surface in _JUDGED)
        after_no = glued(token, nxt) and nxt.surface == "の" and after is not None and glued(nxt, after) \
            and after.surface.startswith(_EMPTY_CODE)
        return "から" if reading == "そら" and (judged or after_no) else None  # 空とみなす, 空の辞書 から
    if surface == "偽":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        false = glued(token, nxt) and nxt.surface == "と" and after is not None \
            and (after.lemma in _FALSE_AFTER or after.surface in _FALSE_AFTER)
        return "ぎ" if reading == "にせ" and false else None  # 偽となる値 ぎ
    if surface == "値":
        before = tokens[i - 2] if i > 1 else None
        become = glued(prev, token) and prev.lemma == "なる" and before is not None and before.surface == "と"
        return "あたい" if reading == "ね" and become else None  # 偽となる値 あたい
    if surface in _VERB_SOSHUTSU:
        verbal = token.pos[:1] == ("動詞",) and nxt is not None and glued(token, nxt) \
            and nxt.pos[:1] in (("助動詞",), ("助詞",))
        return "そうしゅつ" + reading[4:] if reading.startswith("おくりだ") and verbal else None  # 送出します
    if surface == "八十":
        unit = reading == "やそ" and glued(token, nxt) and nxt.surface.startswith(_TEXT_UNITS)
        return "はちじゅう" if unit else None  # 八十文字 はちじゅう
    if surface == "行":
        each = reading == "こう" and glued(token, nxt) and nxt.surface in ("ごと", "ずつ")
        return "ぎょう" if each else None  # 行ごとに分割 ぎょう
    return None
