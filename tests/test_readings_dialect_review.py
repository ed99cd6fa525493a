"""Readings found wrong in our own sentences in the style of dialect and casual speech: Kansai-ben in
interviews, blogs and comedy transcripts, Hakata and Hiroshima speech, quoted speech in news. 来 before
おへん and えへん (来おへん こ, 来えへん け), 父 before ちゃん (とう), 観 before に and a verb of going (野球観に行く
み), 急 before the negative がん (急がんでも いそ), 好 before いとう (好いとう す) and the set phrase 数打ちゃ当たる
(かず, う), Kyushu 寒か (さむ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/dialect_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("あの人、明日は来おへんらしいわ。", "来:こ"),
    ("まだ来おへんかった。", "来:こ"),
    ("あいつ来えへんねん。", "来:け"),
    ("明日も来てや。", "来:き"),  # no へん: the analyser's
    ("来いへんて言うてた。", "来:こ"),  # the analyser's own 来い
    ("来年もまた来るわ。", "来年:らいねん|来:く"),
])
def test_kansai_negative_of_kuru(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("うちの父ちゃんは毎朝早い。", "父:とう"),
    ("母ちゃんが怒ってる。", "母:かあ"),  # the lexicon's
    ("父の日に花を贈った。", "父:ちち"),
    ("お祖父ちゃんの畑", "祖父:じい"),  # one word in the lexicon
    ("父親に似てきた。", "父親:ちちおや"),
])
def test_dad(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("甲子園に野球観に行ってきたで。", "観:み"),
    ("映画観に来たんや。", "観:み"),
    ("人生観に合う仕事を探す。", "人生観:じんせいかん"),  # the suffix: not going anywhere
    ("野球観戦に行った。", "観戦:かんせん"),
])
def test_watch_and_go(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("そない急がんでもええやん。", "急:いそ"),
    ("急がんと間に合わへんで。", "急:いそ"),  # the analyser's own 急が
    ("急がんばりだした。", "急:きゅう"),  # 急|がんばる: sudden
    ("急な坂やなあ。", "急:きゅう"),
])
def test_kansai_negative_of_isogu(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("好いとうよ、って言われてしもうた。", "好:す"),
    ("あんたのこと好いとったんよ。", "好:す"),
    ("好景気が続いた。", "好景気:こうけいき"),  # the prefix before a kanji word
    ("それで好いと思う。", "好:よ"),  # the particle と: good
])
def test_hakata_suku(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("寒かねえ、今日は。", "寒:さむ"),
    ("今日は寒かばい。", "寒:さむ"),
    ("暑かねえ。", "暑:あつ"),  # the analyser's own
    ("寒の入りを迎えた。", "寒:かん"),  # the season: no か
    ("寒かった。", "寒:さむ"),
])
def test_kyushu_ka_adjective(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("下手な鉄砲も数打ちゃ当たる、や。", "数:かず|打:う"),
    ("数が多すぎる。", "数:かず"),
    ("一打で決めた。", "一:いち|打:だ"),  # no ちゃ: the counter
])
def test_kazu_ucha_ataru(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("dialect"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
