"""Book reviews and publishing news (新刊, 書評, 重版, 文庫化) where Sudachi reads a word in another sense.

- 訳 that Sudachi reads わけ (a reason) is a translation, やく, where it stands as a plain noun of a
  sentence about books or translating: after の or an adjective and before a case particle (源氏物語の
  新しい訳が完結した, 翻訳家の訳は読みやすい, 村上春樹の訳で読んだ). It stays わけ in the formal noun's
  idioms (そういう訳ではない, 安い訳がない, 訳が分からない, こういう訳で遅れた: no の or adjective before
  it) and in a sentence with nothing about books or translating (彼の行動の訳を聞いた).
- 物 that Sudachi splits off as the suffix ぶつ, glued after a genre of story, is a work of that kind,
  もの (翻訳物, 推理物, 恋愛物, 探偵物, 学園物, ホラー物), like the lexicon's 時代物 and 捕物; ぶつ stays
  after other nouns (a substance or an article: 印刷物 and 危険物 are whole words of the lexicon).
- 書判 that Sudachi reads かきはん (a signature seal) glued after the prefix 新 is the paperback size
  新書判, しょばん (新書判で二百四十頁); Sudachi's 新|書判 split is otherwise rare, and 書判 alone keeps
  かきはん.
- 金 that Sudachi reads かね (money) before の and a word of gilding or binding is gold, きん (表紙に金の
  箔押しが施されている, 金の糸で綴じた, 金の文字で書名が入る); before other words it is left to the
  analyser (金の切れ目, 金の使い道 かね).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_has

# Words of a sentence about books or translating, which make 訳 a translation.
_BOOK_CUES = ("翻訳", "訳者", "訳し", "訳す", "訳文", "原文", "原書", "原作", "原典", "物語", "小説", "文庫",
              "作品", "刊行", "出版", "全集", "古典", "詩", "読", "版", "英語", "日本語")
# What follows 訳 the translation as a plain noun (not だ, でも/では of the formal noun's idioms).
_CASE_AFTER = frozenset({"が", "を", "に", "で", "は", "も", "と", "の"})
# What after 訳 + が/は/も makes it the formal noun's "no way that" (安い訳がない).
_DENIALS = frozenset({"ない", "無い", "ありません", "なかっ", "あるまい"})
# Genres of story whose works are called 〜物 もの (翻訳物, 推理物).
_GENRES = frozenset({"翻訳", "推理", "恋愛", "探偵", "刑事", "学園", "警察", "医療", "青春", "怪談", "歴史",
                     "戦争", "任侠", "SF", "ホラー", "ミステリー", "ミステリ", "ファンタジー", "サスペンス",
                     "動物", "捕物", "法廷", "家族", "怪奇", "冒険", "職業", "転生", "幽霊", "ヤクザ"})
# Gilding and binding work done in gold (金の箔押し), which make 金 the metal, not money.
_GILDING = ("箔", "糸", "刺繍", "縁取り", "装飾", "文字", "蒔絵", "象嵌", "粉", "天金", "小口")
# all books_fix looks at
WORDS = frozenset({"訳", "物", "書判", "金"})


def books_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "書判":
        if reading == "かきはん" and glued(prev, token) and prev.surface == "新" and prev.pos[0] == "接頭辞":
            return "しょばん"  # 新|書判
        return None
    if surface == "物":
        if reading == "ぶつ" and token.pos[0] == "接尾辞" and glued(prev, token) and prev.surface in _GENRES:
            return "もの"  # 翻訳|物, 推理|物
        return None
    if surface == "金":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if reading == "かね" and nxt is not None and nxt.surface == "の" and after is not None \
                and after.surface.startswith(_GILDING):
            return "きん"  # 金の|箔押し
        return None
    # 訳
    if reading != "わけ" or prev is None or nxt is None or nxt.surface not in _CASE_AFTER:
        return None
    of_noun = prev.surface == "の" and i > 1 and tokens[i - 2].pos[0] in ("名詞", "代名詞")
    if not (of_noun or prev.pos[0] == "形容詞" and glued(prev, token)):
        return None  # そういう訳で, その訳を: the formal noun
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    third = tokens[i + 3] if i + 3 < len(tokens) else None
    if nxt.surface == "で" and after is not None and after.surface in ("は", "も") \
            and third is not None and third.surface in _DENIALS:
        return None  # 新しい訳ではない (but 古い訳では意味が通じない is a translation)
    if after is not None and after.surface in _DENIALS:
        return None  # 安い訳がない
    if sentence_has(tokens, i, _BOOK_CUES, others=True):
        return "やく"  # 源氏物語の新しい訳が完結した
    return None
