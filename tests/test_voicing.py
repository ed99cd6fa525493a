"""Rendaku where the analyser misplaces it (voicing.py) and everyday-text readings (everyday.py),
checked through annotate() on sentences of the kind blogs, reviews, shops and recipes are written in."""
from __future__ import annotations

import pytest

from tests.rubies import by_word as rubies


@pytest.mark.parametrize("text,word,reading", [
    # a word opening a phrase does not voice
    ("この漫画は奥が深いと思う", "深", "ふか"),
    ("とても深い話でした", "深", "ふか"),
    ("昨日届いた箱を開けました", "箱", "はこ"),
    ("丈夫な箱に入れて送ります", "箱", "はこ"),
    ("大きな鉢に植え替えた", "鉢", "はち"),
    # after an adjectival suffix there is no compound to voice
    ("履きやすい靴を探しています", "靴", "くつ"),
    ("使いやすい箱です", "箱", "はこ"),
    # ways of cutting that the analyser splits voice like 輪切り, 千切り
    ("にんじんは半月切りにします", "半月", "はんげつ"),
    ("にんじんは半月切りにします", "切", "ぎ"),
    ("ねぎを小口切りにして散らす", "切", "ぎ"),
    ("大根は短冊切りにしておく", "切", "ぎ"),
    # running out of something
    ("人気のため在庫切れとなっております", "切", "ぎ"),
    ("スマホが電池切れで使えない", "切", "ぎ"),
    ("バッテリー切れに注意してください", "切", "ぎ"),
    # everyday.py
    ("鶏ガラスープの素を小さじ1加える", "鶏", "とり"),
    ("鶏ささみを茹でる", "鶏", "とり"),
    ("だしの素小さじ1を入れる", "素", "もと"),
    ("また食べ過ぎました(笑)", "笑", "わら"),
    ("寝坊しました（笑）", "笑", "わら"),
])
def test_everyday_readings(text, word, reading):
    assert rubies(text)[word] == reading


@pytest.mark.parametrize("text,word,reading", [
    ("木箱に詰めて届けます", "木箱", "きばこ"),  # a compound keeps its voicing
    ("段ボール箱に入れる", "箱", "ばこ"),
    ("ゲーム会社に就職した", "会社", "がいしゃ"),
    ("思った通り", "通", "とお"),
    ("五分ほど待つ", "五分", "ごふん"),  # voiced or not, on-readings are words of their own
    ("その分だけ安い", "分", "ぶん"),
    ("パン切りナイフで切る", "切", "き"),  # a tool, not a way of cutting
    ("油切りをしておく", "切", "き"),  # draining a liquid does not voice
    ("一回切りのチャンス", "切", "き"),  # "only once"
    ("鶏が朝早く鳴いた", "鶏", "にわとり"),
    ("元気の素です", "素", "もと"),
    ("大笑いした", "大笑", "おおわら"),
])
def test_everyday_rules_leave_other_uses_alone(text, word, reading):
    assert rubies(text).get(word) == reading
