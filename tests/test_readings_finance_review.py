"""Readings found wrong in our own sentences in the style of company press releases, earnings
summaries, job ads, HR and labour news and household-money pages: 払い glued after a way of paying
(リボ払い, 分割払い ばらい), 付 after a date (4月1日付で づけ), 月 before a number after a bracket
(（月九日休み） つき), 二通り (ふたとおり), お持ちの方 (かた), 36協定, whose digits are said
otherwise than as their number (one ruby over 36協定), and a year in kanji digits before a word holding
its 年 (二〇二四|年問題 にせんにじゅうよ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/finance_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from reader.core.nlp.furigana import align
from tests.rubies import by_word, genre_cases, readings, spans


@pytest.mark.parametrize("text,expected", [
    ("リボ払いは金利が高いので要注意です。", "払:ばら"),
    ("ボーナス払いを利用すると金利がかかります。", "払:ばら"),
    ("分割払いと一括払いのどちらがお得ですか。", "分割:ぶんかつ|払:ばら|一括払:いっかつばら"),
    ("家電を十二回払いで購入しました。", "十二回:じゅうにかい|払:ばら"),
    ("日払い・週払いにも対応しています。", "週:しゅう|払:ばら"),
    ("月末締め翌月末払いが一般的です。", "翌月末:よくげつまつ|払:ばら"),
    ("カード払いとコンビニ払いが選べます。", "払:ばら|払:ばら"),  # whole words in the lexicon
    ("横綱の露払いを務めた。", "露払:つゆはら"),  # a kanji word of the lexicon keeps its reading
    ("未払いの残業代を請求した。", "未払:みはら"),  # a word: the prefix 未 does not voice it
    ("しつこい勧誘を追い払いました。", "追:お|払:はら"),  # a verb
    ("あの会社は給料の払いが悪い。", "払:はら"),  # after a particle: the noun on its own
    ("払いは現金のみです。", "払:はら"),
])
def test_way_of_paying_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("四月一日付で本社営業部長に就任します。", "一日:ついたち|付:づけ"),
    ("10月1日付の人事異動を発表した。", "付:づけ"),
    ("三月一日付けで異動になった。", "付:づ"),
    ("本日付で退職いたしました。", "本日:ほんじつ|付:づけ"),
    ("同日付けで社名を変更した。", "同日:どうじつ|付:づ"),
    ("4月付で営業部に異動した。", "付:づけ"),
    ("朝食付のプランを予約した。", "朝食付:ちょうしょくつき"),  # "with": no date before it
    ("メーカー保証付の商品です。", "付:つき"),
    ("先日付の小切手を受け取った。", "先日付:さきひづけ"),  # a post-dated cheque
    ("日付を入れてください。", "日付:ひづけ"),
])
def test_as_of_a_date(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("◆休日　シフト制（月九日休み）", "月:つき|九日:ここのか"),
    ("「月1万円以上」と答えた。", "月:つき"),
    ("休みは月九日です。", "月:つき"),  # Sudachi's own after a particle
    ("九月九日は重陽の節句です。", "九月:くがつ"),  # a month's name: a number before it
    ("何月何日に届きますか。", "何月:なんがつ"),
    ("試用期間は三か月です。", "月:げつ"),  # the counter か月
])
def test_a_month_before_a_number(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("受け取り方には一時金と年金の二通りがあります。", "二通:ふたとお"),
    ("2通りの方法があります。", "2通:ふたとお"),
    ("三通りの食べ方が楽しめます。", "三通:さんとお"),  # only 1 and 2 are counted natively
    ("一通りの説明を受けた。", "一通:ひととお"),  # the lexicon's word
    ("手紙を二通書いた。", "二通:につう"),  # letters: the counter 通
])
def test_ways_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("普通自動車免許をお持ちの方。", "方:かた"),
    ("経験をお持ちの方歓迎。", "方:かた"),
    ("市内にお住まいの方が対象です。", "方:かた"),
    ("お好みの方をお選びください。", "方:かた"),
    ("駅の方へ歩いた。", "方:ほう"),  # a direction
    ("持ちの方がいい。", "方:ほう"),  # no お: a comparison
])
def test_honorific_verb_before_person(text, expected):
    assert expected in readings(text)


def test_digits_said_otherwise():
    assert ("36協定", "さぶろくきょうてい") in spans("36協定の特別条項で残業が可能になる。")
    assert ("３６協定", "さぶろくきょうてい") in spans("３６協定の届出。")
    assert by_word("三六協定を結ぶ。")["三六協定"] == "さぶろくきょうてい"
    assert align("36協定", "さぶろくきょうてい") == ((0, 4, "さぶろくきょうてい"),)
    # digits said as their number keep the kanji's ruby to the kanji alone
    assert align("第1子", "だいいっし") == ((0, 1, "だい"), (2, 3, "し"))
    assert ("2人組", "ふたりぐみ") in spans("2人組の強盗。")
    assert ("日制", "かせい") in spans("週休3日制を導入。")


@pytest.mark.parametrize("text,expected", [
    ("運転手の残業規制で物流が滞る「二〇二四年問題」が懸念される。", "二〇二四:にせんにじゅうよ|年問題:ねんもんだい"),
    ("二〇二四年度末までに完了する。", "二〇二四:にせんにじゅうよ|年度末:ねんどまつ"),
    ("二〇二五年版の白書が公表された。", "二〇二五:にせんにじゅうご|年版:ねんばん"),
    ("二〇二四年末に発売した。", "二〇二四年:にせんにじゅうよねん|末:まつ"),  # 年 a token of its own
    ("百年問題を考える。", "百:ひゃく|年問題:ねんもんだい"),  # Sudachi reads it right: no 〇
])
def test_year_in_kanji_digits_before_a_fused_word(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("finance"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
