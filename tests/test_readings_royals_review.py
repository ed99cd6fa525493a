"""Readings found wrong in our own sentences in the style of encyclopedia articles and history magazines on
European and world royalty (kings, queens, popes, nobles, dynasties, treaties): 朝 after a katakana dynasty
name (ブルボン朝の ちょう), 百日天下 (ひゃくにち), 公妾 (こうしょう), 欠地王 (けっ), ハプスブルク顎 (あご), 妃 after
an adjective or a clause (亡き妃 きさき, history.py), 〜の下 paired with 〜の上 as a rank (公爵の下、伯爵の上
した, under.py), 床 as a sickbed (臨終の床 とこ) and 相次いで cut before 位 (あいつ, くらい: compounds.py and
royals.py). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/royals_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("ブルボン朝の祖アンリ4世は民衆に親しまれた。", "朝:ちょう|祖:そ"),
    ("ハノーヴァー朝のジョージ1世は英語を話せなかった。", "朝:ちょう|世:せい"),
    ("カペー朝、ヴァロワ朝、ブルボン朝と王統は続いた。", "朝:ちょう|朝:ちょう|朝:ちょう"),
    ("テューダー朝はエリザベス1世で断絶した。", "朝:ちょう"),  # Sudachi's own suffix
    ("パリの朝は早い。", "朝:あさ"),  # not glued: the morning
    ("ある朝のことだった。", "朝:あさ"),
    ("日曜朝のテレビを見た。", "日曜:にちよう|朝:あさ"),  # after a common word
])
def test_dynasty(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("いわゆる「百日天下」は敗北で幕を閉じた。", "百日:ひゃくにち|天下:てんか"),
    ("ナポレオンの百日天下は短かった。", "百日:ひゃくにち|天下:てんか"),
    ("百日さんが来ました。", "百日:ももひ"),  # the surname before an honorific
    ("三日天下に終わった。", "三日天下:みっかてんか"),  # the lexicon's own
])
def test_hundred_days(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("デュ・バリー夫人は国王の公妾となった。", "国王:こくおう|公:こう|妾:しょう"),
    ("公の場で発言した。", "公:おおやけ"),  # no 妾 after it
    ("妾を囲っていた。", "妾:めかけ"),  # alone
    ("国王の愛妾として知られた。", "愛妾:あいしょう"),
])
def test_official_mistress(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ジョン王は「欠地王」とあだ名された。", "欠:けっ|地王:ちおう"),
    ("ハプスブルク家の「ハプスブルク顎」はよく知られている。", "家:け|顎:あご"),
    ("上顎を骨折した。", "上顎:うわあご"),  # no name before it
])
def test_epithets(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("シャー・ジャハーンは亡き妃のために廟を建てた。", "亡:な|妃:きさき"),
    ("王が愛した妃は早世した。", "愛:あい|妃:きさき"),
    ("聡明な妃として知られた。", "聡明:そうめい|妃:きさき"),
    ("王太子妃ダイアナは注目を集めた。", "王太子:おうたいし|妃:ひ"),  # glued after a title: the suffix
    ("紀子妃はご公務に臨まれた。", "紀子:のりこ|妃:ひ"),  # glued after a name
])
def test_consort_after_a_describing_word(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("侯爵は公爵の下、伯爵の上に位置する爵位である。", "公爵:こうしゃく|下:した|伯爵:はくしゃく|上:うえ"),
    ("課長の上、係長の下に置かれた。", "上:うえ|係:かかり|長:ちょう|下:した"),
    ("王の下で働き、民の上に立つ。", "王:おう|下:もと"),  # no comma right after 下: under the king
    ("法の下の平等を定める。", "法:ほう|下:もと"),
])
def test_rank_below(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("王は臨終の床で、甥を後継者に指名した。", "臨終:りんじゅう|床:とこ"),
    ("死の床で罪を告白した。", "死:し|床:とこ"),
    ("王は病で床に伏した。", "病:やまい|床:とこ|伏:ふ"),
    ("女王は早くに床に就いた。", "床:とこ|就:つ"),
    ("台所の床を拭いた。", "床:ゆか"),  # a floor
    ("床に座った。", "床:ゆか"),
    ("木の床に寝た。", "床:ゆか"),
    ("窓から離れ、床に伏せて頭部を守る。", "床:ゆか"),  # lying flat on the floor
    ("床に伏して泣いた。", "床:ゆか"),  # no illness: left to the analyser
])
def test_sickbed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("スルタンが相次いで位を失った。", "相次:あいつ|位:くらい|失:うしな"),
    ("事故が相次いでいる。", "相:あい|次:つ"),  # one verb: already right
    ("王位継承権第2位となった。", "第:だい|位:い"),  # after a number: the counter
    ("三人位来た。", "三人:さんにん|位:くらい"),
])
def test_rank_after_a_cut_verb(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("royals"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
