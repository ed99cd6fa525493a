"""Readings found wrong in our own sentences in the style of wedding and funeral announcements, etiquette
guides and speeches: 直葬 (ちょく, not じか), 人前式 (じんぜん), 不祝儀袋 (ぶ), 御車代 (お), 末期の水 (まつご),
薬石効なく (こう), 十日祭 and 五十日祭 (さい), 遷霊祭 (れいさい) and a notice's heading 式場 (しきじょう, not the
surname しきば). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/rites_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("直葬を選ぶ人が増えている。", "直:ちょく|葬:そう"),
    ("費用を抑えて直葬にしました。", "直:ちょく|葬:そう"),
    ("直火で焼いた肉です。", "直火:じかび"),  # no 葬: left alone
])
def test_cremation_without_rites(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("人前式は列席者が証人となる。", "人前:じんぜん|式:しき"),
    ("ガーデンで人前式を挙げました。", "人前:じんぜん|式:しき"),
    ("人前で話すのが苦手です。", "人前:ひとまえ"),  # no 式
])
def test_civil_wedding(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("不祝儀袋の表書きは「御霊前」とします。", "不:ぶ|祝儀袋:しゅうぎぶくろ"),
    ("不祝儀を包む。", "不祝儀:ぶしゅうぎ"),  # the lexicon's own
    ("不参加の場合はご連絡ください。", "不参加:ふさんか"),
])
def test_condolence_envelope(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("遠方の親族には御車代を渡した。", "御:お|車代:くるまだい"),
    ("お車代を渡す。", "車代:くるまだい"),
    ("御祝儀の相場は三万円です。", "御祝儀:ごしゅうぎ"),  # other words keep the engine's 御
])
def test_travel_money(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("末期の水をとる。", "末期:まつご"),
    ("家族で末期の水を含ませた。", "末期:まつご"),
    ("末期がんと診断された。", "末期:まっき"),  # the final stage
    ("末期の症状が出ている。", "末期:まっき"),
])
def test_water_of_the_last_moment(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("薬石効なく永眠いたしました。", "薬石:やくせき|効:こう"),
    ("その効あって合格した。", "効:かい"),  # no 薬石: Sudachi's かい stays
])
def test_no_cure_availed(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("十日祭は自宅で営みました。", "十日:とおか|祭:さい"),
    ("五十日祭をもって忌明けとなる。", "五十日:ごじゅうにち|祭:さい"),
    ("遷霊祭で御霊を霊璽に移す。", "遷:せん|霊祭:れいさい"),
    ("夏祭の夜は賑やかだ。", "夏祭:なつまつり"),  # not a count of days
    ("霊祭の季節になった。", "霊祭:たままつり"),  # alone: the festival of souls
])
def test_shinto_memorial_rites(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("式場　市民斎場　第一式場", "式場:しきじょう|市民:しみん"),
    ("式場　隆三郎", "式場:しきば"),  # a name after the blank
    ("式場さんに会った。", "式場:しきば"),
    ("式場は駅前です。", "式場:しきじょう"),
])
def test_notice_heading_venue(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("rites"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
