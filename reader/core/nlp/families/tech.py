"""IT and gadget words: device reviews, manuals, app help pages, programming blogs and shop notices.

- 空 that Sudachi reads そら ("the sky") is から, "empty", where it says a value or a container holds
  nothing: before に + する/なる (ゴミ箱を空にする, タンクが空になる), after が/は/も before a copula,
  なら or か (入力欄が空なら, フォルダが空かどうか, タンクは空です), and before の + a container or a
  state (空の配列, 空の文字列, 値が空の場合, 空のまま送信, 空の箱), and glued before 文字, 配列 or
  リスト (空文字, 空文字列, 空リスト), which Sudachi splits off. The sky stays そら
  (空に浮かぶ, 空の色, 空を見上げる, 船を空に放つ). So is the adjective Sudachi reads うつろ ("hollow")
  after が/は/も before なので or なのに (冷蔵庫は空なので); before a noun it stays うつろ (空な目).
- 偽 that Sudachi reads にせ ("fake") is ぎ, "false", in a sentence about truth values: one with 真
  as a word of its own, 真偽, 条件, 論理, ブール, 比較, 判定, 一致 or the verb 返す (条件が偽なら,
  真か偽かを返す, 比較が常に偽になる, 一致しなければ偽を返す). A fake stays にせ (偽のサイトに注意, 偽の情報).
- 一行 that Sudachi reads いっこう ("a party of travellers") is いちぎょう, one line of text, before
  目, ずつ, 分 or だけ (一行ずつ読み込む, 一行分空ける) or in a sentence about text, code or a file (一行に一つ
  の値を書く, この一行を加える, 一行を削除). The party stays いっこう (一行は空港に到着した).
- A numeral glued to 列, 行 or 文字 that Sudachi takes for a person's name (一列 かずなみ, 八文字
  やつもんじ) is the number and its counter, いちれつ, はちもじ (一列目, 横一列に並ぶ, 八文字以上で入力);
  not before an honorific (さん, 氏), where it is the name.
- 印 glued after a mark, a symbol (×印, ※印, ★印, ✓印) or its name in katakana (バツ印, マル印,
  チェック印), is じるし, the second half of a compound as in 目印, 矢印 and 丸印; Sudachi reads the
  split-off noun いん or しるし. On its own (印を付ける しるし) and after a kanji word (日印 いん) it stays.
- 上/下 glued after 一番 is the very top or bottom, うえ/した (設定画面の一番下から); Sudachi sometimes cuts
  一|番|下 and takes 下 for the suffix か ("under": 支配下), where it reads 一番|下 した elsewhere (一番下に).
- 色 glued before 域 is しょく (色域 しょくいき, the range of colours a screen shows); Sudachi splits it off
  and reads いろ.
- 後払い that Sudachi reads ごばらい (as it does before を) is あとばらい, paying after delivery, as it
  reads the word elsewhere (代金は後払いです).
- 型 and 形 that Sudachi reads as the suffix けい are がた, a type, a size or a model, after:
  a number or a battery size (五十五型のテレビ ごじゅうごがた, 単三形, 単4形, as it reads 五十型);
  a model number in digits (キハ40形, D51形, 700形); a railway service class (通勤形, 近郊形, 急行形,
  特急形; 一般形 only before 車両, 電車, 気動車: alone it is a general form, 方程式の一般形 いっぱんけい);
  and, for 型, any noun (変動型, 固定型の住宅ローン, as Sudachi reads 選択型 and 参加型). けい stays inside
  words the lexicon knows whole (典型, 類型, 正三角形, 流線形). 単一 that Sudachi reads たんいつ ("single") before 形,
  電池 or 乾電池 is the battery size, たんいち (単一形 たんいちがた).
- 縦横 glued before 比 is the aspect ratio, たてよこ (縦横比 たてよこひ); Sudachi reads じゅうおう, which
  stays in 縦横無尽 and on its own (縦横に走る).
"""
from __future__ import annotations

from ..numerals import ASCII_FW
from ..tokens import HONORIFICS, Token, glued, sentence_of

# What 空の may stand before and mean "empty" (空の配列, 空の場合); 空の色, 空の下 are the sky.
_EMPTY_BEFORE_NO = ("場合", "まま", "とき", "時", "状態", "配列", "文字列", "リスト", "セル", "欄", "フォルダ",
                    "ファイル", "箱", "容器", "タンク", "ボトル", "ペットボトル", "グラス", "コップ", "値", "データ",
                    "行")
_EMPTY_GLUED = ("文字", "配列", "リスト", "ファイル", "フォルダ", "要素")
_EMPTY_PREDICATES = frozenset({"なら", "か", "だ", "です", "でし", "だっ", "では", "じゃ"})
_TOPIC = frozenset({"が", "は", "も"})
_TRUTH_CUES = ("真偽", "条件", "論理", "ブール", "比較", "判定", "一致")
_LINE_AFTER = frozenset({"目", "ずつ", "分", "だけ"})
_TEXT_CUES = ("文字", "コード", "改行", "ファイル", "テキスト", "入力", "出力", "行目", "列", "値", "メモ", "文章",
              "書き", "書く", "書い", "書け", "読み込", "加え", "追加", "削除", "コピー")
_MARKS = frozenset("×✕✖○◯●◎△▲▽▼□■◇◆☆★※✓✔♡♥")
_MARK_NAMES = frozenset({"バツ", "ばつ", "マル", "まる", "チェック", "ペケ", "ハート", "スター", "ビックリ"})
_NUMERALS = {"一": "いち", "二": "に", "三": "さん", "四": "よん", "五": "ご", "六": "ろく", "七": "なな", "八": "はち",
             "九": "きゅう", "十": "じゅう"}
_NAME_COUNTERS = {"列": "れつ", "行": "ぎょう", "文字": "もじ"}
_BATTERIES = frozenset({"単一", "単二", "単三", "単四", "単五"})
_SERVICE_CLASSES = frozenset({"通勤", "近郊", "急行", "特急"})  # railway classes: 通勤形 つうきんがた
_ROLLING_STOCK = ("車両", "電車", "気動車", "客車", "車")  # 一般形 alone is a general form (いっぱんけい)
_NAMES = frozenset(n + c for n in _NUMERALS for c in _NAME_COUNTERS)  # 一列, 八文字 …
# All tech_fix looks at.
WORDS = frozenset({"空", "偽", "一行", "型", "形", "印", "単一", "縦横", "後払い", "色", "上", "下"}) | _NAMES


def tech_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "空":
        return "から" if reading in ("そら", "うつろ") and _empty(tokens, i) else None
    if surface == "偽":
        if reading != "にせ":
            return None
        words = [t.surface for t in sentence_of(tokens, i) if t is not token]
        truth = "真" in words or any(w.startswith(_TRUTH_CUES) for w in words) \
            or any(t.lemma == "返す" for t in sentence_of(tokens, i))  # 偽を返す; not 返品
        return "ぎ" if truth else None  # 条件が偽なら
    if surface == "一行":
        if reading != "いっこう":
            return None
        text = glued(token, nxt) and nxt.surface in _LINE_AFTER \
            or any(t.surface.startswith(_TEXT_CUES) for t in sentence_of(tokens, i) if t is not token)
        return "いちぎょう" if text else None  # 一行ずつ読み込む
    if surface == "印":
        mark = glued(prev, token) and (prev.surface in _MARKS or prev.surface in _MARK_NAMES)
        return "じるし" if mark and reading in ("いん", "しるし") else None  # ×印 ばつじるし, チェック印
    if surface in ("型", "形"):
        return "がた" if reading == "けい" and glued(prev, token) and _model_or_size(token, prev, nxt) else None
    if surface in ("上", "下"):
        before = tokens[i - 2] if i > 1 else None
        first = glued(prev, token) and (prev.surface == "一番" or prev.surface == "番" and glued(before, prev)
                                          and before.surface in ("一", "1", "１"))
        plain, place = ("じょう", "うえ") if surface == "上" else ("か", "した")
        return place if reading == plain and first else None  # 一番下から
    if surface == "色":
        return "しょく" if reading == "いろ" and glued(token, nxt) and nxt.surface == "域" else None  # 色域
    if surface == "後払い":
        return "あとばらい" if reading == "ごばらい" else None
    if surface == "単一":
        battery = glued(token, nxt) and nxt.surface in ("形", "型", "電池", "乾電池")
        return "たんいち" if reading == "たんいつ" and battery else None  # 単一形の電池
    if surface == "縦横":
        return "たてよこ" if glued(token, nxt) and nxt.surface == "比" else None  # 縦横比
    if surface in _NAMES:
        if token.pos[2:3] != ("人名",) or nxt is not None and nxt.surface.startswith(HONORIFICS):
            return None
        return _NUMERALS[surface[0]] + _NAME_COUNTERS[surface[1:]]  # 一列 いちれつ, 八文字 はちもじ
    return None


def _empty(tokens: list[Token], i: int) -> bool:
    """Whether 空 at tokens[i] says something holds nothing (値が空なら, 空の配列, 空にする)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if nxt is None or not glued(tokens[i], nxt):
        return False
    if nxt.surface.startswith(_EMPTY_GLUED):
        return True  # 空文字, 空リスト
    if nxt.surface == "に":
        return after is not None and after.lemma in ("する", "為る", "なる", "成る")  # 空にする, 空になる
    if nxt.surface == "の":
        return after is not None and after.surface.startswith(_EMPTY_BEFORE_NO)  # 空の配列, 空の場合
    if nxt.surface == "な":  # Sudachi's adjective うつろ, said of a container: 冷蔵庫は空なので
        return after is not None and after.surface in ("の", "ので", "のに") and prev is not None \
            and prev.surface in _TOPIC
    return nxt.surface in _EMPTY_PREDICATES and prev is not None and prev.surface in _TOPIC  # 値が空なら


def _model_or_size(token: Token, prev: Token, nxt: Token | None) -> bool:
    """型/形 (read けい) glued after ``prev`` names a type, a size or a model: 五十五型, 単三形, 700形,
    通勤形, 変動型."""
    if prev.pos[1:2] == ("数詞",) or prev.surface in _BATTERIES:
        return True  # 五十五型, 単三形
    if token.pos[0] != "接尾辞":
        return False
    if prev.surface and all(ch in ASCII_FW for ch in prev.surface):
        return True  # キハ40形, D51形, 700形
    if token.surface == "型":
        return prev.pos[0] == "名詞"  # 変動型
    return prev.surface in _SERVICE_CLASSES or prev.surface == "一般" and nxt is not None \
        and nxt.start == token.end and nxt.surface.startswith(_ROLLING_STOCK)  # 通勤形電車, 一般形気動車
