"""Readings found wrong in our own sentences in the style of the Japanese web (encyclopedia
articles, blogs, shop pages, Q&A, announcements): 何か所 なん, 今日中/一日中 じゅう, 家 after a time
word いえ, 風 after a particle かぜ, 仏様 ほとけ, episodes (話 わ) and laps (周 しゅう) as counters,
三代目 taken for a place, 種から育てる たね, 鐘楼 しょうろう. Each rule is also checked where it
must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import marked as spans
from tests.rubies import readings


def reading_of(text: str, word: str) -> str:
    return next(r for w, r, _ in spans(text) if w == word)


@pytest.mark.parametrize("text,reading", [
    ("庭の草むしりをしていたら、蚊に何か所も刺されました。", "なん"),
    ("完成までに何か月かかりましたか？", "なん"),
    ("何カ国を訪れたことがありますか。", "なん"),
    ("何かあったらすぐ連絡してね。", "なに"),  # 何か "something": not a counter
    ("何か食べたいものはある？", "なに"),
    ("手続きは何から始めればいいですか。", "なに"),
])
def test_nan_before_a_counter_starting_with_ka(text, reading):
    assert reading_of(text, "何") == reading


@pytest.mark.parametrize("text,expected", [
    ("来週の会議の資料を、今日中に仕上げなければならない。", "今日:きょう|中:じゅう"),
    ("今年中に完成する予定です。", "今年中:ことしじゅう"),
    ("今週中に返事をします。", "今週:こんしゅう|中:ちゅう"),  # 今週中, 今月中 stay ちゅう
])
def test_kyou_juu(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("今日は朝から雨だったので、一日中家でゴロゴロしてました。", "一:いち|日中:にちじゅう|家:いえ"),
    ("週末は一日中雨だった。", "日中:にちじゅう|雨:あめ"),
    ("今日家でのんびりした。", "家:いえ"),
    ("毎朝家を出るのは七時です。", "毎:まい|朝家:あさいえ"),
    ("今朝家を出たら雪だった。", "今:け|朝家:さいえ"),
])
def test_all_day_and_home_after_a_time_word(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,word,reading", [
    ("日中は暑いので、朝のうちに水やりをします。", "日中", "にっちゅう"),  # daytime
    ("日中関係について話し合った。", "日中", "にっちゅう"),  # Japan and China
    ("分からないことは専門家に聞いてみましょう。", "専門家", "せんもんか"),
    ("毎朝散歩するのが日課です。", "毎朝", "まいあさ"),
])
def test_all_day_rules_stay_away(text, word, reading):
    assert reading_of(text, word) == reading


@pytest.mark.parametrize("text,reading", [
    ("タンポポの種子は綿毛によって風に運ばれ、遠くまで散布される。", "かぜ"),
    ("そんな風には見えないけどね。", "ふう"),
    ("こんな風に盛り付けると可愛いです。", "ふう"),
    ("という風に考えています。", "ふう"),
    ("春の風が気持ちいい。", "かぜ"),
])
def test_kaze_or_fuu(text, reading):
    assert reading_of(text, "風") == reading


def test_hotoke_sama_and_france_in_a_headline():
    assert reading_of("神様、仏様、どうか合格できますように。", "仏") == "ほとけ"
    assert reading_of("英仏首脳が会談した。", "英仏") == "えいふつ"


@pytest.mark.parametrize("text,word,reading", [
    ("第一話の冒頭で、主人公は記憶を失った状態で目を覚ます。", "話", "わ"),
    ("一話だけ見るつもりが、最後まで見てしまった。", "一話", "いちわ"),
    ("本作は全十二話で完結した。", "十二話", "じゅうにわ"),
    ("島の周囲は約二十キロで、自転車で一周することもできる。", "一周", "いっしゅう"),
    ("グラウンドを八周走った。", "八周", "はっしゅう"),
    ("祖父の一周忌の法要を営んだ。", "一周忌", "いっしゅうき"),
    ("開店一周年を迎えました。", "一周年", "いっしゅうねん"),
])
def test_episodes_and_laps_are_counted(text, word, reading):
    assert reading_of(text, word) == reading


def test_hanashi_stays_a_story():
    assert reading_of("祖母の話はいつも面白い。", "話") == "はなし"


def test_a_numbered_generation_taken_for_a_place():
    assert reading_of("創業者の孫にあたる現社長は、三代目として経営を引き継いだ。", "三代目") == "さんだいめ"
    assert reading_of("八代目の当主が跡を継いだ。", "八代目") == "はちだいめ"


@pytest.mark.parametrize("text,reading,uncertain", [
    ("今年は種から育てたひまわりが、背丈を超えるほど大きくなりました。", "たね", False),
    ("ミニトマトを種から栽培しています。", "たね", False),
    ("この種から新しい品種が生まれた。", "しゅ", False),  # a kind: nothing grown
])
def test_grown_from_seed(text, reading, uncertain):
    assert next((r, u) for w, r, u in spans(text) if w == "種") == (reading, uncertain)


def test_shourou():
    assert reading_of("住職の話によると、鐘楼の梵鐘は戦後に新しく鋳造されたという。", "鐘楼") == "しょうろう"
