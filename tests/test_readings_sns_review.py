"""Readings found wrong in our own sentences in the style of social media posts, replies, chat and
comment sections: an adjective's kanji before すぎ with が dropped (物価高すぎ たか), 何 before a demonstrative
(何それ なに), 空 before an empty thing (空リプ から), 空きれい cut wrong (そら), the colloquial 違くて (ちが),
映え after a noun (インスタ映え ばえ), the fans' and streamers' words 積読 (つんどく), 担降り (おり) and 同接
(せつ), 前|髪切り (がみきり, the sound 髪 has in 前髪), and a verb bent by ます after its object with を dropped
(動画作りました つく, not the compound's づくり). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/sns_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("物価高すぎ", "物価:ぶっか|高:たか"),
    ("意識高すぎて草", "意識:いしき|高:たか"),
    ("家賃高すぎ", "家賃:やちん|高:たか"),
    ("難易度高すぎて詰んだ", "難易度:なんいど|高:たか"),
    ("待ち時間長すぎて帰った", "時間:じかん|長:なが"),
    ("荷物重すぎて肩が痛い", "荷物:にもつ|重:おも"),
    ("顔面強すぎ", "顔面:がんめん|強:つよ"),
    ("最高すぎる", "最高:さいこう"),  # one word Sudachi holds
    ("最強すぎ", "最強:さいきょう"),
    ("円高すぎ", "円高:えんだか"),
    ("物価高が続く", "物価高:ぶっかだか"),  # not before すぎ: the noun
    ("資源高で電気代が上がった", "資源:しげん|高:だか"),
])
def test_adjective_before_sugi(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("何それ初耳", "何:なに|初耳:はつみみ"),
    ("何これめっちゃ美味しい", "何:なに"),
    ("何この曲", "何:なに|曲:きょく"),
    ("何その顔、かわいすぎる", "何:なに|顔:かお"),
    ("何の話？", "何:なん|話:はなし"),  # not a demonstrative
    ("何、それ", "何:なん"),  # not glued: left alone
])
def test_what_before_demonstrative(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("空リプです", "空:から"),
    ("空メール送ってください", "空:から|送:おく"),
    ("空が青い", "空:そら|青:あお"),
    ("空カフェに行った", "空:そら"),  # not an empty thing
    ("今日の空きれい", "今日:きょう|空:そら"),
    ("駐車場に空きがある", "空:あ"),
    ("空き缶を拾った", "空:あ|缶:かん"),
])
def test_empty_and_sky(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("全然違くて草", "違:ちが"),
    ("違くない？", "違:ちが"),
    ("違かったらごめん", "違:ちが"),
    ("違反です", "違反:いはん"),
])
def test_colloquial_chigau(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("インスタ映え狙い", "映:ば|狙:ねら"),
    ("写真映えする", "写真:しゃしん|映:ば"),
    ("映えスポット巡り", "映:は"),  # first: not voiced
    ("夕日に映える", "夕日:ゆうひ|映:は"),  # the verb
    ("夕映えがきれい", "夕映:ゆうば"),
])
def test_looking_good_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("積読増えてく", "積:つん|読:どく|増:ふ"),
    ("担降りしました", "担:たん|降:お"),
    ("雨降りの日", "雨降:あめふ"),  # rain
    ("同接すごい", "同:どう|接:せつ"),
    ("同接一万人超えてて震えた", "同:どう|接:せつ"),
])
def test_fan_and_streamer_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("切り抜き動画作りました", "動画:どうが|作:つく"),
    ("ケーキ作りたい", "作:つく"),
    ("車止めて待ってて", "車:くるま|止:と"),
    ("動画作りが好き", "動画:どうが|作:づく"),  # the noun: a compound
    ("日焼け止めを塗る", "止:ど"),
])
def test_verb_after_dropped_wo(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前髪切りすぎた", "前:まえ|髪切:がみき"),  # forums.py's 前|髪切り: 前髪 まえがみ
    ("前髪切り過ぎた(´・ω・`)", "前:まえ|髪切:がみき|過:す"),
    ("昨日前髪切りました", "前髪:まえがみ|切:き"),  # Sudachi's own cut
    ("髪切りたい", "髪:かみ|切:き"),
    ("寝る前歯磨きした", "前:まえ|歯磨:はみが"),  # after a clause 前 is "before"
])
def test_word_cut_off_mae(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("sns"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
