"""Readings found wrong in our own sentences in the style of Q&A sites (質問, 回答, ベストアンサー, 補足):
questions and answers on money, health, relationships, school, work, appliances and paperwork. 分出 before
する cut from a counter (三日分出して ぶんだ), 中 as the middle setting beside 強 or 弱 (弱と中と強 ちゅう), 炊き
after a rice measure (五合炊き だき), 便 that is stool beside 緩い (べん), 他の方の as other people's (かた),
and a circled step number glued to the number after it (③一週間 いっしゅうかん). Each rule is also checked
where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/howto_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from reader.core.nlp.tokenizer import tokenize
from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("薬は三日分出してもらいました。", "三日:みっか|分出:ぶんだ"),
    ("湿布を二週間分出されました。", "二週間:にしゅうかん|分出:ぶんだ"),
    ("一か月分出してもらえますか？", "分出:ぶんだ"),
    ("二人分出してください。", "二人:ふたり|分出:ぶんだ"),
    ("成分出してください。", "分出:ぶんだ"),  # 成|分出 as Sudachi cuts 成分 + 出して
    ("三十分出しておく。", "分出:ぶんしゅつ"),  # a bare number: minutes or a share, not decided here
])
def test_share_then_put_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("エアコンの風量は弱と中と強のどれがいいですか？", "弱:じゃく|中:ちゅう|強:きょう"),
    ("冷蔵庫の温度設定を中から強に変えました。", "中:ちゅう|強:きょう"),
    ("冷蔵庫の設定温度は強と中のどちらがいいですか？", "強:きょう|中:ちゅう"),
    ("サイズは大と中と小があります。", "大:だい|中:ちゅう|小:しょう"),
    ("強・中・弱から選べます。", "強:きょう|中:ちゅう|弱:じゃく"),  # Sudachi's own prefix
    ("箱の中から強い光が出ました。", "中:なか|強:つよ"),  # inside: no setting beside it
    ("中と外の温度差が大きいです。", "中:なか"),
    ("部屋の中は暖かいです。", "中:なか"),
])
def test_middle_setting(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("炊飯器は五合炊きと三合炊き、どちらを買うべきですか？", "合:ごう|炊:だ|三:さん|合:ごう|炊:だ"),
    ("一升炊きの炊飯器が欲しいです。", "一升:いっしょう|炊:だ"),
    ("二人なら三合炊きで足ります。", "合:ごう|炊:だ"),
    ("土鍋炊きのご飯は美味しいです。", "土鍋:どなべ|炊:だ"),
    ("毎朝三合炊きます。", "合:ごう|炊:た"),  # the verb
    ("二合炊きたいです。", "合:ごう|炊:た"),
    ("お米を三合炊き、おにぎりにしました。", "合:ごう|炊:た"),  # an object before: the verb
    ("米を三合炊きながら掃除をします。", "合:ごう|炊:た"),
    ("飯炊きは大変です。", "飯炊:めした"),  # not a measure or a pot
])
def test_cooker_capacity(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("便が緩いのですが、何を食べればいいですか？", "便:べん"),
    ("便が緩くなりました。", "便:べん"),
    ("朝の便は緩やかに降下しました。", "便:びん"),  # a flight
    ("午後の便に乗りました。", "便:びん"),
])
def test_loose_stool(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("他の方の回答も参考になりました。", "方:かた"),
    ("他の方の意見も聞きたいです。", "方:かた"),
    ("他の方が安いです。", "方:ほう"),  # a comparison
    ("他の方を選びました。", "方:ほう"),
    ("右の方の道を進んでください。", "方:ほう"),  # a direction
])
def test_other_people(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("③一週間ほどで通知が届く", "一週間:いっしゅうかん"),
    ("②二十分待ちます。", "二十分:にじゅっぷん|待:ま"),
    ("①一人ずつ入ります。", "一人:ひとり"),
    ("⑩一か月後に更新します。", "一:いっ|月:げつ"),
    ("①②三日目に届きます。", "三日目:みっかめ"),
    ("①日本の制度を調べる。", "日本:にほん"),  # a word other than a number: Sudachi cuts it already
])
def test_circled_step_number(text, expected):
    assert expected in readings(text)


def test_circled_mark_keeps_offsets():
    tokens = tokenize("手順③一週間待つ。④二日後に確認。")
    assert "".join(t.surface for t in tokens) == "手順③一週間待つ。④二日後に確認。"
    assert all(a.end == b.start for a, b in zip(tokens, tokens[1:], strict=False))
    assert [t.surface for t in tokens][1:3] == ["③", "一"]


@pytest.mark.parametrize("text,expected", genre_cases("howto"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
