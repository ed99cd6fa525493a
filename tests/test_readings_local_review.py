"""Readings found wrong in our own sentences in the style of NHK local and national news (weather,
earthquakes, fires and accidents, towns, stations and lines): a middle dot inside one word
(阪神・淡路大震災), 一昨日 cut in two, the 大花火 of a fireworks festival, 不時着 taken for the
verb 着す, 1日 before an amount (1日の雨量 いちにち), a station exit named after a place (八重洲口
ぐち), 日向灘 ひゅうが, 大通 おおどおり, 高野山 こうやさん. Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from reader.core.nlp.furigana import align
from tests.rubies import readings


def test_middle_dot_inside_a_word_anchors_the_split():
    assert readings("神戸市では、阪神・淡路大震災の犠牲者を悼む行事が行われました。") == (
        "神戸市:こうべし|阪神:はんしん|淡路大震災:あわじだいしんさい|犠牲者:ぎせいしゃ|悼:いた|行事:ぎょうじ|行:おこな")
    assert align("阪神・淡路大震災", "はんしん・あわじだいしんさい") == (
        (0, 2, "はんしん"), (3, 8, "あわじだいしんさい"))
    # no dot in the reading: the lexicon's reading of each side splits it (test_readings_weekdays.py)
    assert align("日・米", "にちべい") == ((0, 1, "にち"), (2, 3, "べい"))


@pytest.mark.parametrize("text,expected", [
    ("一昨日の夜、福岡市博多区で、乗用車が歩道に乗り上げました。", "一昨日:おととい"),
    ("一昨日は一日中雨でした。", "一昨日:おととい"),
    ("新潟県の長岡市では、長岡まつりの大花火大会が開かれました。", "大花火:おおはなび|大会:たいかい"),
    ("小型機が不時着し、乗っていた2人が軽いけがをしました。", "不時着:ふじちゃく"),
    ("ヘリコプターが河川敷に不時着した。", "不時着:ふじちゃく"),
])
def test_words_the_analyser_cuts_in_two(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("服を重ね着した。", "重:かさ|着:ぎ"),  # a compound the lexicon holds: untouched
    ("一昨年の秋に開業した。", "一昨年:おととし"),  # read whole elsewhere, untouched
    ("大花火を見に行った。", "大:だい|花火:はなび"),  # 大|花火 cut right: left as it is
])
def test_cuts_that_stay(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("屋久島では、1日の雨量が500ミリを超えました。", "日:にち"),
    ("成人は1日の摂取量を守ってください。", "日:にち"),
    ("5月1日の雨量は観測史上最多でした。", "1日:ついたち"),  # a month before it: the date
    ("1日の雨で川が増水しました。", "1日:ついたち"),  # not an amount: the date, as before
    ("1日の最高気温は30度でした。", "1日:ついたち"),
])
def test_one_day_before_an_amount(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("4日の午後、東京駅の八重洲口で不審物が見つかりました。", "八重洲:やえす|口:ぐち"),
    ("丸の内口から歩いて5分です。", "丸:まる|内:うち|口:ぐち"),
    ("京都駅の八条口にはバス乗り場があります。", "八条:はちじょう|口:ぐち"),
    ("人の口に戸は立てられない。", "口:くち"),  # no place before it
    ("彼は口を閉ざした。", "口:くち"),
])
def test_exit_named_after_a_place(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("日向灘を震源とする地震で、宮崎県で震度6弱を観測しました。", "日向:ひゅうが|灘:なだ"),
    ("猫が日向で寝ている。", "日向:ひなた"),
    ("日向ぼっこをした。", "日向:ひなた"),
    ("札幌市中央区の大通公園では、雪まつりの準備が始まりました。", "大通:おおどおり|公園:こうえん"),
    ("高野山の奥の院を訪れました。", "高野山:こうやさん"),
])
def test_place_names(text, expected):
    assert expected in readings(text)
