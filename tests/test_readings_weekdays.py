"""Days of the week written as one kanji (weekdays.py), and words joined by a middle dot that the
reading leaves out (日・米 にちべい, 中・高生), in our own sentences. Each rule is also checked where it
must not fire."""
from __future__ import annotations

import pytest

from reader.core.nlp.furigana import align
from tests.rubies import readings, spans


@pytest.mark.parametrize("text,expected", [
    ("説明会は3月10日（月）から始まります。", "10日:とおか|月:げつ"),
    ("13日(土)と14日(日)は休館です。", "土:ど|14日:じゅうよっか|日:にち"),
    ("11日（水）、12日（木）の二日間です。", "水:すい|日:にち|木:もく"),
    ("10日（月・祝）は臨時休業いたします。", "月:げつ|祝:しゅく"),
    ("21日（火）午後に再開します。", "火:か"),
    ("22日(金)の夜に放送されます。", "金:きん"),
])
def test_a_weekday_in_brackets_after_a_date(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("教室は毎週月・水・金に開いています。", "月:げつ|水:すい|金:きん"),
    ("営業は月〜金、土日祝はお休みです。", "月:げつ|金:きん"),
    ("受付時間は月～土の午前九時からです。", "月:げつ|土:ど"),
    ("火・木曜日は午後のみの診療です。", "火:か|木曜日:もくようび"),
    ("土・日は混み合います。", "土:ど|日:にち"),
    ("土・日・祝日は休業です。", "土:ど|日:にち|祝:しゅく|日:じつ"),  # the analyser cuts 日・祝|日
    ("日・祝日の営業時間", "日:にち|祝:しゅく|日:じつ"),
])
def test_weekdays_in_a_list_or_a_range(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("植物には水・土・空気が欠かせない。", "水:みず"),  # a list of things, not days
    ("金・銀・銅のメダルを獲得した。", "金:きん|銀:ぎん"),
    ("月に一度、会合を開きます。", "月:つき"),
    ("木の下で休んだ。", "木:き"),
    ("火を使うときは注意してください。", "火:ひ"),
    ("水を一杯ください。", "水:みず"),
])
def test_things_stay_things(text, expected):
    assert expected in readings(text)


def test_a_weekday_kanji_alone_in_brackets_needs_a_date_before_it():
    assert ("月", "げつ") not in spans("（月）")  # a caption's month, a footnote: no date, no weekday
    assert ("月", "げつ") in spans("5日（月）")


@pytest.mark.parametrize("text,expected", [
    ("日・米・豪の首脳が会談した。", "日:にち|米:べい|豪:ごう"),
    ("日・米両政府は声明を出した。", "日:にち|米:べい"),
    ("日・韓の外相が会談した。", "日:にち|韓:かん"),
    ("日・中・韓の外相が集まった。", "日:にち|中:ちゅう|韓:かん"),
    ("中・高生を対象にした講座です。", "中:ちゅう|高生:こうせい"),
])
def test_a_dot_the_reading_leaves_out_splits_by_the_lexicon(text, expected):
    assert expected in readings(text)


def test_silent_dot_split_unit():
    assert align("日・米", "にちべい") == ((0, 1, "にち"), (2, 3, "べい"))
    assert align("中・高生", "ちゅうこうせい") == ((0, 1, "ちゅう"), (2, 4, "こうせい"))
    # a dot the reading keeps anchors the split as before
    assert align("阪神・淡路大震災", "はんしん・あわじだいしんさい") == (
        (0, 2, "はんしん"), (3, 8, "あわじだいしんさい"))
