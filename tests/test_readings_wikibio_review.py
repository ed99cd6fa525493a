"""Readings found wrong in our own sentences in the style of encyclopedia biographies (entertainers,
athletes, wrestlers, rakugo and kabuki lines, writers, historical figures): 打 in a batting profile
(右投左打 うち), 扇 in a crest (重ね扇 おうぎ), 家筋 of a house (分家筋 けすじ),
大名跡 (せき), court grades (従五位下 げ), courtesy titles (越前守 のかみ), a side in a war (上皇方 がた), a
courtesy name (字は あざな), a kind of town (炭鉱町 まち), an old province before its district (武蔵国葛飾郡
のくに), a count of children cut 一|男 (一男一女 いちじょ), 筝曲家 (そうきょくか), 得意手 (て), a 土 with no day
meant (『風と土』 つち), and the analyser's slips 生年 (せいねん) and 二所ノ関 (ふたごのせき). Each rule is also
checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/wikibio_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("右投左打の外野手。", "右投:みぎなげ|左:ひだり|打:うち"),
    ("左投左打。ポジションは一塁手。", "左:ひだり|投:なげ|左:ひだり|打:うち"),
    ("スイッチヒッター（両打）", "両:りょう|打:うち"),
    ("右投げ左打ちの内野手。", "右投:みぎな|左打:ひだりう"),  # the lexicon's own
    ("左打者に強い投手。", "左打者:ひだりだしゃ"),  # a word of its own
    ("通算打率は二割八分。", "打率:だりつ"),
])
def test_batting_side(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("定紋は重ね扇に抱き柏。", "重:かさ|扇:おうぎ"),
    ("家紋は違い扇。", "違:ちが|扇:おうぎ"),
    ("舞扇を手に踊る。", "舞扇:まいおうぎ"),
    ("白扇を開く。", "白扇:はくせん"),  # the lexicon's own on-reading
    ("換気扇を回す。", "換気扇:かんきせん"),
])
def test_folding_fan(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("分家筋にあたる。", "分:ぶん|家筋:けすじ"),
    ("将軍家筋の名門。", "将軍:しょうぐん|家筋:けすじ"),
    ("本家筋の当主。", "本家:ほんけ|筋:すじ"),
    ("武士の家筋に生まれた。", "家筋:いえすじ"),  # after の
])
def test_line_of_a_house(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("大名跡を継いだ。", "大名:だいみょう|跡:せき"),
    ("大名跡の襲名披露。", "大名:だいみょう|跡:せき"),
    ("名跡を継ぐ。", "名跡:みょうせき"),
    ("大名屋敷跡を訪ねた。", "屋敷跡:やしきあと"),
    ("城の跡が残る。", "跡:あと"),
])
def test_great_stage_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("従五位下に叙せられた。", "従五位:じゅごい|下:げ"),
    ("官位は正四位下・参議。", "正四位:しょうしい|下:げ"),
    ("正六位上に昇った。", "正六位:しょうろくい|上:じょう"),
    ("従四位上に昇叙", "従四位:じゅしい|上:じょう"),  # already Sudachi's
    ("机の下に隠れた。", "机:つくえ|下:した"),
    ("地位の上でも対等だ。", "地位:ちい|上:うえ"),  # not a court rank
])
def test_court_rank_grades(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("従五位下・越前守に叙任された。", "越前:えちぜん|守:のかみ"),
    ("相模守に任じられた。", "相模:さがみ|守:のかみ"),
    ("明智日向守の謀反。", "日向:ひゅうが|守:のかみ"),
    ("上野守を名乗った。", "上野:こうずけ|守:のかみ"),
    ("官位は出羽守。", "出羽守:でわのかみ"),  # the lexicon's own
    ("伊賀守さんに会った。", "伊賀:いが|守:まもる"),  # a name before an honorific
    ("上野さんが来た。", "上野:うえの"),
    ("約束を守る。", "守:まも"),
])
def test_courtesy_titles(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("承久の乱で上皇方に味方した。", "上皇:じょうこう|方:がた"),
    ("幕府方について戦った。", "幕府:ばくふ|方:がた"),
    ("豊臣方の武将として戦った。", "豊臣:とよとみ|方:がた"),
    ("東軍方の大名。", "東軍:とうぐん|方:がた"),
    ("叔父の田中方に寄寓した。", "田中:たなか|方:かた"),  # in the care of: no fighting
    ("読み方を教わった。", "読:よ|方:かた"),
    ("母方の祖父。", "母方:ははかた"),
])
def test_side_in_a_war(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("字は子遠、号は松陰。", "字:あざな"),
    ("字は仲達、号は臥竜。", "字:あざな|仲達:ちゅうたつ"),
    ("字は丁寧に書く。", "字:じ"),  # no other names: handwriting
    ("字が上手い。", "字:じ"),
    ("この字は読めない。", "字:じ"),
])
def test_courtesy_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("九州の炭鉱町で生まれ育った。", "炭鉱:たんこう|町:まち"),
    ("職人町として栄えた。", "職人:しょくにん|町:まち"),
    ("商人町として栄えた。", "商人:しょうにん|町:まち"),
    ("港町に育つ。", "港町:みなとまち"),  # the lexicon's own
    ("温泉町で生まれた。", "温泉:おんせん|町:ちょう"),  # a town in Hyogo: left alone
    ("中央町に住む。", "中央町:ちゅうおうちょう"),  # an address
    ("美しい町", "美:うつく|町:まち"),  # a founder word last in the text once crashed places.py
])
def test_kind_of_town(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("武蔵国葛飾郡に生まれる。", "武蔵:むさし|国:のくに|葛飾:かつしか"),
    ("尾張国愛知郡の出身。", "尾張:おわり|国:のくに|愛知郡:あいちぐん"),
    ("尾張国の土豪。", "尾張:おわり|国:のくに"),
    ("武蔵国分寺跡を訪ねた。", "武蔵:むさし|国分寺:こくぶんじ"),  # one word: not the suffix
])
def test_province_before_its_district(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("前妻との間に一男一女がいる。", "一:いち|男:なん|一女:いちじょ"),
    ("妻との間に一男一女をもうけた。", "一:いち|男:なん|一女:いちじょ"),
    ("一男一女がいる。", "一男:いちなん|一女:いちじょ"),
    ("二男一女をもうけている。", "二男:になん|一女:いちじょ"),
    ("一女さんが笑った。", "一女:かずめ"),  # a name
])
def test_count_of_children(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("筝曲家。生田流。", "筝曲家:そうきょくか"),
    ("筝曲家の山田に師事した。", "筝:そう|曲:きょく|家:か"),
    ("箏曲家として活動した。", "箏曲:そうきょく|家:か"),
    ("南部曲家を見学した。", "曲家:まがりや"),  # the L-shaped farmhouse
    ("作曲家として知られる。", "作曲家:さっきょくか"),
])
def test_koto_musician(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("得意手は右四つ、寄り。", "得意:とくい|手:て"),
    ("相手の得意手を封じた。", "得意:とくい|手:て"),
    ("ピアノの名手として知られた。", "名手:めいしゅ"),
    ("得意な手を使う。", "得意:とくい|手:て"),
])
def test_best_move(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("第一詩集『風と土』を自費出版した。", "風:かぜ|土:つち"),
    ("営業日（土）", "営業日:えいぎょうび|土:ど"),  # a weekday in brackets
    ("金・土は休み。", "金:きん|土:ど"),  # a list of days
    ("毎週土と日は休み。", "毎週:まいしゅう|土:ど"),  # a weekday word in the sentence
    ("10日（土）に開催。", "土:ど"),
])
def test_soil_not_saturday(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("生年は不詳。", "生年:せいねん"),
    ("生年月日は非公表。", "生年月日:せいねんがっぴ"),
    ("二所ノ関部屋に入門し、初土俵を踏んだ。", "二所:ふたご|関:せき"),
])
def test_analyser_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("wikibio"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
