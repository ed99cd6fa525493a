"""Readings found wrong in our own sentences in the style of pet-owner blogs and vet advice, parenting
blogs and nursery notices, school newsletters and PTA letters: 園 as the nursery (園で流行って えん),
換 split off in 換毛期 (かん), a numeral before Sudachi's suffix 回食 (一回食 いっ), 待 cut from the
imperative 待て (ま), 目下の悩み (もっか), 七五三 (しちごさん), a school class 一組 (いち, not いっ), and
行っ after a chore (掃除は一日二回行っています おこなって). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/family_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("手足口病が園で流行っています。", "園:えん"),
    ("園からのお知らせです。", "園:えん"),
    ("園に連絡してください。", "園:えん"),
    ("見学した園の雰囲気がよかった。", "園:えん"),
    ("保育園は待機児童が多く、第三希望の園に決まりました。", "園:えん"),  # after の, about childcare
    ("エデンの園に住んでいた。", "園:その"),  # after の, nothing about childcare
    ("学びの園で過ごした日々を思い出す。", "園:その"),
    ("動物園でパンダを見ました。", "動物園:どうぶつえん"),
    ("ぶどう園を営んでいます。", "園:えん"),
])
def test_nursery(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("換毛期は抜け毛がすごいです。", "換:かん|毛:もう|期:き"),
    ("春の換毛期にはブラッシングが欠かせません。", "換:かん"),
    ("換羽期のインコは元気がありません。", "換羽:かんう"),  # the lexicon's word
    ("乗り換えは一回だけです。", "換:か"),  # the verb
])
def test_moulting_season(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("離乳食初期は、一日一回食からスタートします。", "一:いっ|回食:かいしょく"),
    ("六回食の子もいます。", "六:ろっ|回食:かいしょく"),
    ("後期は一日三回食になります。", "三:さん|回食:かいしょく"),  # no gemination
    ("中期は二回食に進みます。", "二:に|回食:かいしょく"),
    ("一回目の接種が終わりました。", "一回目:いっかいめ"),
])
def test_numeral_before_meals_a_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("しつけ教室で、お座りと待てを覚えました。", "座:すわ|待:ま|覚:おぼ"),
    ("「待て」と言った。", "待:ま"),
    ("ちょっと待って、意味が分からない。", "待:ま"),
])
def test_imperative_wait(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("兄弟げんかが絶えないのが、目下の悩みです。", "目下:もっか"),
    ("目下の課題は人手不足です。", "目下:もっか"),
    ("目下の者には優しく接しなさい。", "目下:めした"),  # a person
])
def test_at_present(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("七五三のお参りに、近くの神社へ行きました。", "七五三:しちごさん"),
    ("七五三の写真を撮りに行った。", "七五三:しちごさん"),
])
def test_shichigosan(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("合唱コンクールで、六年一組が金賞を受賞しました。", "六年:ろくねん|一:いち|組:くみ"),
    ("三年一組の教室です。", "一:いち|組:くみ"),
    ("一組の担任になりました。", "一:ひと|組:くみ"),  # travel.py's set of people
    ("東京一極集中が進む。", "一:いっ|極:きょく"),  # business.py's gemination stays
    ("一審判決が出た。", "一:いっ|審:しん"),
])
def test_school_class_one(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("トイレの掃除は一日二回行っています。", "行:おこな"),
    ("掃除は毎朝行っています。", "行:おこな"),
    ("給食の配膳を、子どもたちが自分たちで行っています。", "行:おこな"),
    ("掃除は公園に行ってした。", "行:い"),  # 〜に naming a place: going there
    ("掃除を手伝いに行った。", "行:い"),
    ("確認をして行ってください。", "行:い"),  # a verb between: check, then go
    ("掃除を終えて学校へ行った。", "行:い"),
])
def test_chores_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("family"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
