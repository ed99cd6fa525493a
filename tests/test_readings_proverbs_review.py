"""Readings found wrong in our own sentences in the style of proverb and idiom columns, study blogs and
慣用句 quizzes: 筆 and 世 cut as suffixes before a particle (弘法筆を選ばず ふで, 世は情け よ), 威 as authority
(虎の威 い), 緒 as a cord (兜の緒 お), 難し after a particle (行うは難し かたし), 肥 of 肥ゆる (こ), 金次第 (かね),
大勝負 (おお), 腹八分目 (はらはちぶんめ), 一汁三菜 and 一汁一菜 (いちじゅう, いっさい), 七難 (しち) and the
analyser's slip 独活 (うど). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/proverbs_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("弘法筆を選ばず。", "筆:ふで"),
    ("旅は道連れ世は情け。", "世:よ"),
    ("雪舟筆の山水図。", "筆:ひつ"),  # after a name: painted by
    ("ナポレオン三世は皇帝になった。", "三世:さんせい"),  # after a number
    ("一筆書きで描く。", "一筆書:ひとふでが"),
    ("この世は無常だ。", "世:よ"),
])
def test_suffix_taken_for_a_free_noun(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("虎の威を借る狐。", "威:い"),
    ("国の威を示す。", "威:い"),
    ("赤糸威の鎧が展示されている。", "糸威:いとおどし"),  # armour lacing, glued
])
def test_authority(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("勝って兜の緒を締めよ。", "緒:お"),
    ("ついに堪忍袋の緒が切れた。", "緒:お"),
    ("解決の緒をつかむ。", "緒:いとぐち"),  # a clue
])
def test_cord(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("言うは易く行うは難し。", "難:かた"),
    ("この問題は解決し難い。", "難:がた"),  # after a verb's stem
    ("勝つのは難しい。", "難:むずか"),
])
def test_classical_hard(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("天高く馬肥ゆる秋。", "馬:うま|肥:こ|秋:あき"),
    ("畑に肥をまく。", "肥:こえ"),
    ("地獄の沙汰も金次第。", "金:かね"),
    ("一世一代の大勝負に出た。", "大:おお|勝負:しょうぶ"),
    ("大舞台に立つ。", "大舞台:おおぶたい"),
    ("腹八分目に医者いらず。", "腹八分:はらはちぶん|目:め"),
    ("腹八分に医者いらず。", "腹八分:はらはちぶ"),
    ("ご飯は八分目にする。", "八分目:はちぶんめ"),
    ("独活の大木。", "独活:うど"),
])
def test_set_phrases(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一汁一菜の食事。", "一:いち|汁:じゅう|一菜:いっさい"),
    ("和食は一汁三菜が基本です。", "一:いち|汁:じゅう|三:さん|菜:さい"),
    ("汁が濃い。", "汁:しる"),
    ("七難八苦を乗り越えた。", "七:しち|難:なん"),
    ("色の白いは七難隠す。", "七:しち|難:なん"),
    ("一党独裁が続いた。", "一:いっ|党:とう"),  # business.py's sokuon still fires
])
def test_set_meal_and_calamities(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("proverbs"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
