"""Readings found wrong in our own sentences in the style of commentaries, textbooks and museum captions on
classical literature (源氏物語, 枕草子, 平家物語): 中宮 before a court lady's name (中宮彰子 ちゅうぐう), 訳 before
する (現代語訳する やく), 久 of 久しからず (ひさ), an old clan name before a given name (藤原定家 ふじわらの, 小野小町
おのの, 平敦盛 たいらの), 女 as a daughter (菅原孝標女 むすめ), 殿 as a palace hall (清涼殿 でん), 御時 (おん, とき),
伝本 (ぽん), 頭中将 (とうの), 君 after a verb (光る君 きみ), 尼君 (あまぎみ), 都 of old times (都を離れて みやこ),
and analyser slips (道長 みちなが, 媼 おうな, 俊寛 しゅんかん, 尼 あま). Each rule is also checked where it must
not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/heian_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("作者は一条天皇の中宮彰子に仕えた女房です。", "中宮:ちゅうぐう"),
    ("中宮定子はその機転を喜びました。", "中宮:ちゅうぐう"),  # a court lady's name, ending in 子
    ("彰子は一条天皇の中宮となりました。", "中宮:ちゅうぐう"),  # the lexicon's own
    ("中宮純子さんが来た。", "中宮:なかみや"),  # an honorific: the surname
    ("中宮健太選手がゴールを決めた。", "中宮:なかみや"),  # no court, no 子
])
def test_empress_title(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("現代語訳すると次のようになります。", "訳:やく"),
    ("日本語に訳するのは難しい。", "訳:やく"),
    ("そういう訳で遅れました。", "訳:わけ"),  # a reason
    ("訳がわからない。", "訳:わけ"),
])
def test_translate_verb(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("驕れる者も久しからず。", "驕:おご|者:もの|久:ひさ"),  # not ひさし: the し is the next token's
    ("栄華は久しからず。", "栄華:えいが|久:ひさ"),
    ("久しく会っていない。", "久:ひさ|会:あ"),  # read whole already
])
def test_classical_long(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("小倉百人一首は藤原定家が選んだと伝えられています。", "藤原:ふじわらの|定家:ていか"),
    ("小野小町は六歌仙の一人です。", "小野:おのの|小町:こまち"),
    ("土佐日記は紀貫之が書いた日記です。", "紀:きの|貫之:つらゆき"),
    ("清少納言の父は清原元輔で、歌人でした。", "清原:きよはらの"),
    ("熊谷直実が若い平敦盛を討ちます。", "平:たいらの|敦盛:あつもり"),
    ("平重盛は清盛の長男です。", "平:たいらの"),  # a name ending in 盛
    ("藤原道長は和歌を詠みました。", "藤原道長:ふじわらのみちなが"),  # the lexicon's own
    ("藤原紀香さんが司会を務めた。", "藤原:ふじわら|紀香:のりか"),  # an honorific: a modern person
    ("藤原紀香が司会を務めた。", "藤原:ふじわら"),  # no classics about
    ("平祐奈が出演する。", "平:ひら"),
])
def test_clan_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("更級日記の作者は菅原孝標女です。", "孝標:たかすえ|女:むすめ"),
    ("男も女も集まった。", "女:おんな"),
])
def test_daughter_of(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("清涼殿は天皇が日常を過ごした殿舎です。", "清涼:せいりょう|殿:でん"),
    ("田中殿に書類を送ります。", "殿:どの"),  # after a name: the honorific
    ("担当者殿", "殿:どの"),  # no court
])
def test_palace_hall(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「いづれの御時にか」で始まる冒頭です。", "御:おん|時:とき"),
    ("その時にはもう遅かった。", "時:とき"),
])
def test_old_honorific_time(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("延慶本は代表的な伝本です。", "伝:でん|本:ぽん"),
    ("頭中将は光源氏のよき友でした。", "頭:とうの|中将:ちゅうじょう"),
    ("頭が痛い。", "頭:あたま"),
    ("「光る君」という呼び名は美しさに由来します。", "光:ひか|君:きみ"),
    ("田中君が来た。", "君:くん"),  # after a name
    ("祖母の尼君と幼い若紫です。", "尼:あま|君:ぎみ"),
    ("光源氏が都を離れて須磨に退去します。", "都:みやこ"),
    ("都の予算が発表された。", "都:と"),  # Tokyo's government
])
def test_court_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("道長の娘の彰子は中宮となりました。", "道長:みちなが"),
    ("翁と媼に育てられました。", "翁:おきな|媼:おうな"),
    ("俊寛は鬼界ヶ島に取り残されました。", "俊寛:しゅんかん"),
    ("出家して尼になった。", "尼:あま"),
])
def test_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("heian"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
