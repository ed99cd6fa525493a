"""Readings found wrong in our own sentences in the style of flight and ferry notices and aviation and
shipping news (delays and cancellations, accidents, ports, crews): 便 after a share and の read as stool
(一部の便に遅れが出た びん), 橋 of さん橋 spelled half in kana (大さん橋 ばし), 船 before 会社 (船会社 ふな) and
a ship's name read as a pill's (日本丸 にっぽんまる, not にほんがん).
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/aviation_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("一部の便に遅れが出ています。", "一部:いちぶ|便:びん"),
    ("多くの便に影響が出た。", "便:びん"),
    ("ほとんどの便が遅れている。", "便:びん"),
    ("大半の便が運休となった。", "大半:たいはん|便:びん"),
    ("赤ちゃんの便の色が気になります。", "便:べん"),  # the body: stool
    ("便が出ない日が続いています。", "便:べん"),
    ("便に血が混じることがあります。", "便:べん"),
])
def test_share_of_services(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("大さん橋に客船が着いた。", "大:だい|橋:ばし"),
    ("豪華客船が横浜港の大さん橋に着岸した。", "大:だい|橋:ばし"),
    ("浮きさん橋が流された。", "浮:う|橋:ばし"),
    ("仮さん橋を設置した。", "橋:ばし"),
    ("さん橋から釣りをする人がいる。", "橋:ばし"),  # the lexicon's own さん橋
    ("お母さん橋を渡ってね。", "橋:はし"),  # a kin word: a bridge
    ("田中さん橋を渡りましたか。", "橋:はし"),  # a name before the honorific
    ("石橋を叩いて渡る。", "石橋:いしばし"),
])
def test_pier_spelled_in_kana(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("船会社が運賃を値上げした。", "船:ふな|会社:がいしゃ"),
    ("船会社各社は運航を見合わせた。", "船:ふな|会社:がいしゃ"),
    ("船の会社に勤めている。", "船:ふね|会社:かいしゃ"),  # not glued
    ("船が港に着いた。", "船:ふね"),
])
def test_shipping_company(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("日本丸が帆を広げて入港した。", "日本:にっぽん|丸:まる"),
    ("日本丸の船長が会見した。", "日本:にっぽん|丸:まる|船長:せんちょう"),
    ("練習船の海王丸が寄港した。", "海王:かいおう|丸:まる"),  # already まる
    ("日本丸を飲む", "日本:にほん|丸:がん"),  # no ship about: a pill's name
    ("日本丸という薬を飲んで船に乗った。", "日本:にほん|丸:がん"),  # medicine about: left alone
    ("日本の船が入港した。", "日本:にほん|船:ふね"),
])
def test_ship_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("aviation"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
