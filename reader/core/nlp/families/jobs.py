"""Job ads, applications and HR notices (求人, 履歴書, 職務経歴書, 選考のご案内) Sudachi reads in another sense.

- 表 after the の of an envelope, a postcard or a card (封筒の表, はがきの表, 名刺の表, カードの表) is its face,
  おもて, where 履歴書在中 or an address is written; Sudachi reads ひょう (a table), which stays after other
  nouns (売上の表, データの表にまとめる) and where nothing but a table fits.
- 年月 that Sudachi reads としつき (long years) after the の of an event a résumé dates (入社と退社の
  年月, 取得の年月) is the year and month, ねんがつ, as in 取得年月 (which Sudachi splits 年|月 and reads
  ねん, がつ); it stays としつき elsewhere (長い年月をかけて, 十年の年月が流れた).
"""
from __future__ import annotations

from ..tokens import Token, glued

# Flat things with a face and a back, before の表 (おもて).
_FACED = frozenset({"封筒", "はがき", "ハガキ", "葉書", "名刺", "カード", "コイン", "硬貨", "紙", "札", "チラシ"})
# Events a résumé or a form dates by year and month: 入社と退社の年月, 取得の年月.
_DATED_EVENTS = frozenset({"入社", "退社", "入学", "卒業", "取得", "入職", "退職", "就職", "転職", "入園", "修了",
                           "中退", "発行", "交付", "登録", "採用", "開業", "創業", "設立", "生"})
# all jobs_fix looks at
WORDS = frozenset({"表", "年月"})


def jobs_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    owner = tokens[i - 2] if i > 1 and prev.surface == "の" and glued(tokens[i - 2], prev) else None
    if token.surface == "表":
        if reading == "ひょう" and token.pos[0] == "名詞" and owner is not None \
                and owner.surface in _FACED:
            return "おもて"  # 封筒の表に「履歴書在中」
        return None
    # 年月
    if reading != "としつき":
        return None
    if owner is not None and owner.surface in _DATED_EVENTS:
        return "ねんがつ"  # 入社と退社の年月, 資格の取得の年月
    return None
