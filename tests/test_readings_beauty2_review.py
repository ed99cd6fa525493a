"""Readings found wrong in a second pass over our own sentences in the style of beauty and fashion pages
(esthetic and hair salons, nail salons, skincare and cosmetics reviews, coordination blogs, diet and
fitness, magazine headlines): 選 and 駅 counted after a number (十選 じゅっせん, 一駅 ひとえき), 一重 kept
whole as a name in a sentence about eye make-up (ひとえ), 十分 before 前/後 (じゅっぷん), 膝下丈 (ひざした),
高見え (たかみ), a noun + 買い before する (リピート買い がい), 描き足す (かき), 全八色 (はっしょく), 二色
(にしょく), 一足 of shoes (いっそく), 小物使い (づかい) and a noun + 帰り (美容室帰り がえり). Each rule is
also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/beauty2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("美容オタクが本気で選んだ、今年のベストコスメ十選！", "十選:じゅっせん"),
    ("春のトレンド八選をまとめました。", "八選:はっせん"),
    ("三十選のうち、どれが好き？", "三十選:さんじゅっせん"),
    ("湧水は名水百選に選ばれている。", "百選:ひゃくせん|選:えら"),
    ("三選を目指す現職に新人が挑む。", "三選:さんせん"),
    ("選挙の結果が出た。", "選挙:せんきょ"),  # no counter
])
def test_picks_in_a_list(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("通勤で一駅分歩くようにしています。", "一駅:ひとえき|分:ぶん"),
    ("二駅先のお店まで歩いた。", "二駅:ふたえき|先:さき"),
    ("各駅停車で三駅目が最寄りです。", "三駅目:さんえきめ"),
    ("沿線の十一駅で工事が始まる。", "十一駅:じゅういちえき"),
    ("各駅停車に乗った。", "各駅停車:かくえきていしゃ"),
])
def test_stations_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一重さんに似合うアイメイクのコツ。", "一重:ひとえ"),
    ("一重さん向けのアイシャドウです。", "一重:ひとえ"),
    ("一重の人のメイクを紹介します。", "一:ひと|重:え"),
    ("一重でも映えるメイク。", "一:ひと|重:え"),
    ("一重さんに会った。", "一重:かずしげ"),  # a name, nothing about eyes
    ("十一重の塔がある。", "十一:じゅういち|重:じゅう"),  # a number
    ("二重の意味がある。", "二:に|重:じゅう"),
])
def test_single_eyelid(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("初めての方は、十分前にお越しください。", "十分:じゅっぷん|前:まえ"),
    ("準備は、十分後に始めます。", "十分:じゅっぷん|後:ご"),
    ("準備は、十分前向きに進めた。", "十分:じゅうぶん|前向:まえむ"),  # "enough"
    ("結果は、十分後悔のないものだった。", "十分:じゅうぶん|後悔:こうかい"),
    ("保湿は十分です。", "十分:じゅうぶん"),
])
def test_ten_minutes_before(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("このワンピースは膝下丈なので、オフィスにも着ていけます。", "膝下:ひざした|丈:たけ"),
    ("膝下まであるロングブーツです。", "膝下:ひざした"),
    ("親の膝下を離れる。", "膝下:ひざもと"),
    ("プチプラブランドでも、素材にこだわれば高見えします。", "高見:たかみ"),
    ("高見えするバッグを選びました。", "高見:たかみ"),
])
def test_below_the_knee_and_looking_pricier(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("この化粧水はリピート買いしています。", "買:が"),
    ("セールでつい衝動買いしてしまった。", "衝動:しょうどう|買:が"),
    ("ドル買いした。", "買:か"),  # a dealer's word, like 円買い
    ("週末に服買いに行く。", "服:ふく|買:か"),  # the verb's purpose
    ("まとめ買いがお得です。", "買:が"),
])
def test_kinds_of_buying(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("眉毛は一本一本描き足すように整えます。", "描:か|足:た"),
    ("足りない部分を描き足した。", "描:か|足:た"),
    ("情景を描き出す。", "描:えが|出:だ"),  # depicting
])
def test_drawing_in_more(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("新作のパレットは全八色、どれも使いやすい色ばかりです。", "全:ぜん|八色:はっしょく"),
    ("リップは全五色展開です。", "五色:ごしょく|展開:てんかい"),
    ("空に七色の虹がかかった。", "七色:なないろ"),
    ("五色の短冊に願いを書く。", "五色:ごしき"),
    ("二色使いで、目元に奥行きが生まれます。", "二色:にしょく|使:づか"),
    ("二色の浜を散歩した。", "二色:にしき"),  # the beach in Osaka
])
def test_shades_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("冬の足元は、ショートブーツが一足あると便利です。", "一足:いっそく"),
    ("お気に入りの靴を一足買った。", "一足:いっそく"),
    ("一足早くブーツを出しました。", "一足:ひとあし|早:はや"),  # a step ahead
    ("一足違いで会えなかった。", "一足:ひとあし"),  # no shoes
])
def test_a_pair_of_shoes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("小物使いで差をつけるなら、スカーフがおすすめ。", "小物:こもの|使:づか"),
    ("柄使いが上手な人のコーデ。", "柄:がら|使:づか"),
    ("差し色使いが上手。", "色:いろ|使:づか"),
    ("魔法使いの話を読んだ。", "魔法:まほう|使:つか"),  # the one who handles it
    ("人形使いの芸を見た。", "人形:にんぎょう|使:つか"),
])
def test_ways_of_using(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("美容室帰りの髪は、やっぱりテンションが上がる！", "美容室:びようしつ|帰:がえ"),
    ("会社帰りにジムへ寄ります。", "会社:かいしゃ|帰:がえ"),
    ("学校帰りの子どもたちが訪れた。", "学校:がっこう|帰:がえ"),
    ("行き帰りの電車で本を読む。", "行:い|帰:かえ"),
    ("家に帰り、すぐに寝た。", "家:いえ|帰:かえ"),  # the verb
])
def test_coming_back_from(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("くすみカラーのニットこそ今年顔！", "今年:ことし|顔:がお"),
    ("今年顔メイクの作り方。", "今年:ことし|顔:がお"),
    ("彼は美人顔の女性が好きだ。", "美人:びじん|顔:がお"),
    ("塩顔男子が人気だ。", "塩:しお|顔:がお|男子:だんし"),
    ("ドヤ顔で答えた。", "顔:がお"),
    ("全員顔をそろえた。", "全員:ぜんいん|顔:かお"),  # a group said as an adverb
    ("最近顔全体から毛が生えてきた。", "最近:さいきん|顔:かお"),
    ("子供顔を洗いなさい。", "子供:こども|顔:かお"),  # the face itself
    ("何食わぬ顔で座っていた。", "顔:かお"),
    ("知らん顔をする。", "顔:かお"),
])
def test_kinds_of_face(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("beauty2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
