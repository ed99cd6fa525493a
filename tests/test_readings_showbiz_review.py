"""Readings found wrong in our own sentences in the style of entertainment bios (Wikipedia and fan blogs)
and TV listings: comedians, idols, actors, wrestlers and singers. A weekday cut short before a time of day
(金曜|日夜 びよる, 日曜|日朝 びあさ), a weekday slot (月9 げつ, 火9 か), 期生 after 一 六 八 十 (一期生 いっ),
二役 (ふた), 黒子 on the stage (くろこ), 一男一女 as children (いちなん, いちじょ), a wrestling hold or a
shoring-up (体固め たいがため, 卍固め, 基礎固め がため), 斬り after a noun (延髄斬り ぎり), 大 before a native word
in katakana or 千秋楽 (大トリ, 大千秋楽 おお), 中日 of a run (公演の中日 なかび), 即完 (そっ), 殺陣 (たて, a slip),
抱かれたい (だ), 好き after 一番 (すき), and 行っ after a performer's work or a show marked by を (楽曲提供も
行っている, 公演を二日間行った おこなった). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/showbiz_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("毎週金曜日夜10時から放送。", "金曜:きんよう|日夜:びよる"),
    ("毎週土曜日夜8時から生放送された。", "土曜:どよう|日夜:びよる"),
    ("日曜日朝の情報番組にレギュラー出演。", "日曜:にちよう|日朝:びあさ"),
    ("日夜努力を続けた。", "日夜:にちや"),  # day and night
    ("日朝首脳会談が開かれた。", "日朝:にっちょう"),  # Japan and North Korea
])
def test_weekday_cut_before_time_of_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("月9ドラマで初主演を務めた。", "月:げつ"),
    ("月9枠のドラマに初出演した。", "月:げつ|枠:わく"),
    ("火9ドラマで主演を務めた。", "火:か"),
    ("来期の月9の主演が発表された。", "月:げつ"),
    ("木10枠で放送。", "木:もく"),
    ("月9日以上の休み。", "月:つき"),  # a counter: a month
    ("月3回の会合。", "月:つき"),
    ("3月9日に放送。", "月:がつ"),  # a date
    ("月2で番組に出演している。", "月:つき"),  # twice a month
])
def test_weekday_slot(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一期生として加入した。", "一:いっ|期生:きせい"),
    ("六期生のオーディション。", "六:ろっ"),
    ("八期生の初ライブ。", "八:はっ"),
    ("十期生が加入した。", "十:じゅっ"),
    ("十一期生が発表された。", "十一:じゅういっ"),
    ("三期生ライブのチケットが取れた。", "三:さん|期生:きせい"),  # no small っ
])
def test_generation_of_members(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一人二役に挑戦した。", "一人:ひとり|二:ふた|役:やく"),
    ("二役を演じ分けた。", "二:ふた|役:やく"),
    ("第二役", "二:に"),  # after 第
    ("二人芝居で共演した。", "二人:ふたり"),
])
def test_two_roles(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("黒子に扮して舞台に上がった。", "黒子:くろこ"),
    ("黒子に徹する。", "黒子:くろこ"),
    ("口元の黒子がチャームポイント。", "黒子:ほくろ"),  # the mole
    ("黒子の除去手術を受けた。", "黒子:ほくろ"),
])
def test_stagehand(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前夫との間に一女をもうけた。", "一女:いちじょ"),
    ("一男一女をもうけた。", "一男:いちなん|一女:いちじょ"),
    ("一男二女の父。", "一男:いちなん|二女:にじょ"),
    ("一男さんが来た。", "一男:かずお"),  # a name
])
def test_children_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("12分34秒、体固めで勝利した。", "体:たい|固:がた"),
    ("卍固めでギブアップを奪った。", "卍:まんじ|固:がた"),
    ("腕ひしぎ十字固めで勝利。", "十字:じゅうじ|固:がた"),
    ("基礎固めの一年になった。", "基礎:きそ|固:がた"),
    ("地盤固めを急ぐ。", "地盤:じばん|固:がた"),
    ("麺固め、味濃いめでお願いします。", "麺:めん|固:かた"),  # a ramen order
    ("麺は少し固めが好きです。", "少:すこ|固:かた"),
    ("ご飯固めに炊いた。", "飯:はん|固:かた"),
    ("態勢固めを急ぐ。", "態勢:たいせい|固:がた"),
])
def test_hold(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("延髄斬りから逆水平チョップを叩き込んだ。", "延髄:えんずい|斬:ぎ"),
    ("千人斬りの伝説。", "斬:ぎ"),
    ("刀で斬りつけた。", "斬:き"),  # after a particle
    ("居合斬りの達人。", "居合:いあい|斬:ぎ"),
    ("人斬りと呼ばれた。", "人斬:ひとき"),  # the lexicon's own
])
def test_named_cut(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("大トリを務めた。", "大:おお"),
    ("大ボケをかました。", "大:おお"),
    ("大千秋楽の公演を終えた。", "大:おお|千秋楽:せんしゅうらく"),
    ("大ヒットを記録した。", "大:だい"),  # a loanword
    ("大ファンです。", "大:だい"),
])
def test_big_native_word(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("公演の中日には特別カーテンコールが行われた。", "中日:なかび"),
    ("秋場所中日の取組。", "中日:なかび"),
    ("中日戦は雨で中止になった。", "中日:ちゅうにち"),  # the team
    ("中日の選手が活躍した。", "中日:ちゅうにち"),
    ("中日両国の関係。", "中日:ちゅうにち"),
])
def test_middle_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("初日と千秋楽は即完でした。", "即:そっ|完:かん"),
    ("即完売した。", "即:そく|完売:かんばい"),
    ("殺陣の稽古に励んだ。", "殺陣:たて"),
    ("抱かれたい男ランキング1位。", "抱:だ"),
    ("夢に抱かれたい。", "抱:いだ"),  # a holder that is no one
    ("今期のドラマで一番好き。", "一番:いちばん|好:す"),
    ("全部好き！", "好:す"),
    ("動物好きで知られる。", "好:ず"),  # a lover of animals
])
def test_fan_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("東京ドーム公演を2日間行った。", "行:おこな"),
    ("記者会見を都内で行った。", "行:おこな"),
    ("楽曲提供も行っている。", "行:おこな"),
    ("ライブは友達と行った。", "行:い"),  # one went to it
    ("公演を見に行った。", "行:い"),
    ("ライブに行った。", "行:い"),
    ("撮影も兼ねて沖縄に行った。", "行:い"),  # went there
    ("演奏も聴きに行った。", "行:い"),
    ("収録はスタジオで行った。", "行:おこな"),
])
def test_carried_out(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("showbiz"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
