"""Readings found wrong in our own sentences in the style of blogs, shop pages and encyclopedia
bios: 大時代 after a university (だいじだい), 一回転 (いっかいてん), 早々と (はやばや), 二重 in a sentence
about eyelids (ふたえ), 辛さ with a taste (から), muscles (骨格筋 きん, 平滑筋 へいかつ, 大腿四頭筋 しとう),
白身魚 (ざかな), 生花 (せいか / いけばな), 普段使い (づかい), 山上 (さんじょう), 今話題の (いま),
客来ない (こ), ゆみ姉 (ねえ). Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import readings


@pytest.mark.parametrize("text,expected", [
    ("彼はネブラスカ大時代からの親友だ。", "大時代:だいじだい"),
    ("早稲田大時代の同級生と再会した。", "大時代:だいじだい"),
    ("監督とは明治大時代に出会った。", "大:だい|時代:じだい"),  # Sudachi's own split is kept, not merged
    ("大時代な芝居がかった台詞に客席が沸いた。", "大時代:おおじだい"),  # "old-fashioned", no name before
])
def test_university_days(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("コースターが途中で一回転する。", "一回転:いっかいてん"),
    ("フィギュアで三回転ジャンプを決めた。", "三回転:さんかいてん"),
    ("エンジンの回転数が上がる。", "回転数:かいてんすう"),
])
def test_turns_are_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("新作のケーキは昼前に早々と売り切れた。", "早々:はやばや"),
    ("入学早々、風邪をひいてしまった。", "早々:そうそう"),  # after a noun: "right after"
    ("用事を済ませて早々に帰った。", "早々:そうそう"),
])
def test_hayabaya_to(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("このアイテープは二重の持ちがよく、まぶたが重くても一日中くっきりです。", "二:ふた|重:え"),
    ("二重幅を広げたい人に人気の美容液です。", "二:ふた|重:え|幅:はば"),
    ("二重整形の相談に来る人が増えた。", "二:ふた|重:え"),
    ("この言葉には二重の意味がある。", "二:に|重:じゅう"),
    ("まぶたの腫れは引いたが、二重国籍の手続きは終わっていない。", "二:に|重:じゅう"),  # a compound of its own
])
def test_eyelid_folds(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("このカレーは辛さと酸味のバランスがいい。", "辛:から"),
    ("ピリッとした辛さと、ほのかな苦味がくせになる。", "辛:から"),
    ("失恋の辛さは、時間が解決してくれる。", "辛:つら"),
])
def test_spicy_with_a_taste(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("骨格筋は意思で動かせる筋肉だ。", "骨格:こっかく|筋:きん"),
    ("胃や腸の壁は平滑筋でできている。", "平滑:へいかつ|筋:きん"),
    ("スクワットで大腿四頭筋を鍛える。", "四頭筋:しとうきん"),
    ("腕の上腕二頭筋と三頭筋を鍛える。", "三頭筋:さんとうきん"),
    ("牧場には牛が四頭いた。", "四頭:よんとう"),  # cattle are counted
    ("政府筋によると、会談は来月になる見通しだ。", "政府筋:せいふすじ"),  # "sources", not a muscle
])
def test_muscles(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("白身魚のフライにタルタルソースを添えた。", "白身:しろみ|魚:ざかな"),
    ("赤身魚は鉄分が多い。", "赤身:あかみ|魚:ざかな"),
    ("回遊魚は群れで海を渡る。", "回遊:かいゆう|魚:ぎょ"),  # after a Sino-Japanese word
])
def test_fish_as_food(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("まるで生花のような造花のブーケです。", "生花:せいか"),
    ("結婚式の会場を生花で飾った。", "生花:せいか"),
    ("祖母は華道の師範で、生花を教えている。", "生花:いけばな"),
    ("週に一度、生花を習っています。", "生花:いけばな"),
])
def test_fresh_flowers_or_ikebana(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("丈夫な帆布のバッグで、普段使いにぴったりです。", "使:づか"),
    ("ご自宅使いにも贈り物にも喜ばれるマグカップ。", "使:づか"),
    ("オフィス使いにも合う落ち着いた色です。", "使:づか"),
    ("魔法使いの弟子が主人公の物語。", "使:つか"),  # the one who uses magic
    ("サーカスの猛獣使いに話を聞いた。", "使:つか"),
])
def test_way_of_use_voices(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("山上で朝日を待った。", "山上:さんじょう"),
    ("山上からは湖が見渡せる。", "山上:さんじょう"),
])
def test_mountaintop(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("今話題のスイーツを食べてきました。", "今:いま"),
    ("今大注目の若手俳優にインタビュー。", "今:いま"),
    ("今大会の優勝候補は誰だろう。", "今:こん"),  # the prefix "this": this tournament
    ("今年度の予算が成立した。", "今年度:こんねんど"),
])
def test_ima_before_what_is_in_fashion(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("こんな雨の日じゃ、客来ないよね。", "客来:きゃくこ"),
    ("昨日は一日中客来なかった。", "客来:きゃくこ"),
])
def test_no_customers_come(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("ゆみ姉と買い物に行った。", "姉:ねえ"),
    ("健太兄に自転車の乗り方を教わった。", "兄:にい"),
    ("さや姉のブログで紹介されていた化粧水を買った。", "姉:ねえ"),  # a nickname in kana
    ("ちょうど姉が帰ってきたところだった。", "姉:あね"),  # after an adverb
    ("姉が東京から帰ってきた。", "姉:あね"),  # the noun on its own
    ("実の姉より仲がいい。", "姉:あね"),
])
def test_older_siblings_called_by_name(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("すべて国民は、法の下に平等である。", "下:もと"),  # under the law: authority, not a place
    ("神の名の下に戦争が正当化された。", "下:もと"),
    ("医師の指導の下で食事を見直した。", "下:もと"),
    ("詰め物の下で虫歯が進んでいた。", "下:した"),  # physically under it
    ("大きな桜の木の下で弁当を広げた。", "下:した"),
    ("机の下に猫が隠れていた。", "下:した"),
])
def test_under_a_thing_or_under_an_authority(text, expected):
    assert expected in readings(text)
