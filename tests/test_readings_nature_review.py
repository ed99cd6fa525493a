"""Readings found wrong in our own sentences in the style of NHK news (and its plain-language 'easy
news') on seasons and nature, animals and zoos, farming and fishing, food, space and science, public
health, schools, festivals, museums, sports and human-interest stories: 桜 glued after a count of
trees or a place name (一本桜, 千本桜, 河津桜 ざくら), 漁 before 船 (一本釣り漁船 づり…ぎょ), 大綱 pulled at
a festival (おおつな), 下 under a tree or a bridge (した), 実 after a fruit verb's clause (落ちた実 み),
降り before 続く/積もる (ふり), the passive 抱かれ with a parent or keeper (だ), 1日に + a verb whose
clause ends in an amount (いちにち), 種から with something growing (たね), and 三晩 (みばん).
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/nature_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import by_word, genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("樹齢およそ千年の一本桜が満開を迎えました。", "一本:いっぽん|桜:ざくら"),
    ("千本桜が見頃を迎えています。", "千本:せんぼん|桜:ざくら"),
    ("河津桜が見頃を迎え、多くの人が訪れました。", "河津:かわづ|桜:ざくら"),
    ("大島桜の花が咲きました。", "大島:おおしま|桜:ざくら"),
    ("公園の桜が満開になりました。", "公園:こうえん|桜:さくら"),  # after a particle
    ("桜が開花しました。", "桜:さくら"),
    ("佐藤桜さんが表彰されました。", "桜:さくら"),  # a given name before an honorific
    ("河津桜が好きです。", "桜:さくら"),  # Sudachi's name pair with nothing about blossom: left alone
])
def test_cherry_tree_compounds_voice(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("カツオの一本釣り漁船が港に戻りました。", "一本:いっぽん|釣:づ|漁:ぎょ|船:せん"),
    ("一本釣り漁が盛んな町です。", "一本:いっぽん|釣:づ|漁:りょう"),  # no 船: the fishing itself
    ("マグロ漁船が港に戻りました。", "漁船:ぎょせん"),
    ("昆布漁が解禁されました。", "昆布:こんぶ|漁:りょう"),
])
def test_fishing_boats(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("重さ5tの大綱を引き合う綱引きが行われました。", "大綱:おおつな"),
    ("長さ200mの大綱を大勢で引っ張ります。", "大綱:おおつな"),
    ("政府は経済対策の大綱をまとめました。", "大綱:たいこう"),  # an outline
])
def test_festival_rope(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("桜の木の下でお弁当を食べました。", "木:き|下:した"),
    ("大きな木の下で雨宿りをしました。", "木:き|下:した"),
    ("橋の下に子ネコがいました。", "橋:はし|下:した"),
    ("先生の指導の下で実験をしました。", "指導:しどう|下:もと"),  # under guidance
])
def test_under_a_tree(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("台風の影響で落ちた実が多く、農家は頭を抱えています。", "落:お|実:み"),
    ("収穫した実は選果場に運ばれます。", "収穫:しゅうかく|実:み"),
    ("摘んだ実を箱に詰めます。", "摘:つ|実:み"),
    ("努力が実を結んだ。", "実:み"),
    ("分かった実は、まだ少ない。", "実:じつ"),  # 分かる is no fruit verb
])
def test_fruit_after_a_clause(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("雨は20日夜まで降り続く見込みです。", "降:ふ|続:つづ"),
    ("雪は明日の朝まで降り積もる見込みです。", "降:ふ|積:つ"),
    ("電車を降り続けた。", "降:お"),  # 降りる + 続ける: getting off
    ("駅に降り立った。", "降:お|立:た"),
])
def test_falling_rain_compounds(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("チンパンジーの赤ちゃんが母親に抱かれて公開されました。", "母親:ははおや|抱:だ"),
    ("子ゾウは母親に抱かれるように眠っていました。", "抱:だ"),
    ("飼育員に抱かれた赤ちゃんが公開されました。", "員:いん|抱:だ"),
    ("大自然に抱かれた温泉地です。", "抱:いだ"),  # embraced by nature
    ("夢を抱いて上京しました。", "抱:いだ"),
])
def test_held_in_arms_passive(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ヤギが1日に食べる草の量はおよそ5kgです。", "日:にち|食:た"),
    ("ウミガメが1日に産む卵の数を調べました。", "日:にち|産:う"),
    ("1日に開かれた会議で、参加者の数を決めました。", "1日:ついたち"),  # the first of the month
    ("4月1日に新しい飼育員が加わりました。", "1日:ついたち"),
])
def test_one_day_rate_before_a_verb(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("およそ2千年前の種から花が咲きました。", "前:まえ|種:たね|花:はな"),
    ("アサガオを種から育てました。", "種:たね|育:そだ"),
    ("同じ種から進化しました。", "種:しゅ"),  # a species
    ("この種から新しい品種が生まれました。", "種:しゅ"),  # "this kind"
    ("絶滅危惧種から外れました。", "種:しゅ"),
])
def test_seed_that_grows(text, expected):
    assert expected in readings(text)


def test_three_nights():
    assert by_word("三日三晩続く祭りです。")["三晩"] == "みばん"
    assert by_word("一晩中雨が降りました。")["一晩"] == "ひとばん"


@pytest.mark.parametrize("text,expected", genre_cases("nature"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
