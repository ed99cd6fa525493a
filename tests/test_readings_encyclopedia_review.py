"""Readings found wrong in our own sentences in the style of encyclopedia articles (history,
geography, sports, entertainment, science): native counting with つ (八つ やっつ), 桁 (二桁 ふたけた),
old provinces + 国 (信濃国 しなののくに), 四十万人 taken for a place, 零度 れいど, 高山植物 こうざん,
sumo's 上手投げ and 両国国技館, 国分尼寺, a lone 数 かず, 来場所 らいばしょ, 朝稽古 あさげいこ.
Each rule is also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import readings


@pytest.mark.parametrize("text,expected", [
    ("太陽系には八つの惑星がある。", "太陽系:たいようけい|八:やっ|惑星:わくせい"),
    ("昆虫の脚は六つある。", "昆虫:こんちゅう|脚:あし|六:むっ"),
    ("四つ、五つ、九つと数えた。", "四:よっ|五:いつ|九:ここの|数:かぞ"),
    ("本州と四国は三つのルートの橋で結ばれている。", "本州:ほんしゅう|四国:しこく|三:みっ|橋:はし|結:むす"),
    ("四つ角を右に曲がる。", "四:よ|角:かど|右:みぎ|曲:ま"),  # a compound of its own: not counting
    ("三つ編みにした。", "三:み|編:あ"),
])
def test_native_counting_with_tsu(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("彼は入団三年目で初の二桁勝利を挙げた。", "二桁:ふたけた"),
    ("失業率は一桁台にとどまった。", "一桁:ひとけた"),
    ("売上は三桁の伸びを示した。", "三桁:さんけた"),
])
def test_keta_counts_one_and_two_natively(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("重光は承久の乱で功績を挙げ、信濃国に所領を与えられた。", "信濃:しなの|国:のくに"),
    ("彼は大和国の豪族の出身である。", "大和:やまと|国:のくに"),
    ("武田氏は甲斐国を本拠とした。", "甲斐:かい|国:のくに"),
    ("信濃国分寺の跡が残る。", "信濃国分寺:しなのこくぶんじ"),  # 国分寺, not the suffix 国
    ("琉球国は独立した王国であった。", "琉球:りゅうきゅう|国:こく"),  # a kingdom, not a province
])
def test_old_province_kuni(text, expected):
    assert expected in readings(text)


def test_kanji_number_taken_for_a_place_before_a_counter():
    assert "四十万人:よんじゅうまんにん" in readings("県庁所在地の人口は約四十万人である。")
    assert "四十万:しじま" in readings("四十万に住む。")  # the place, with no counter after it


def test_rei_for_the_kanji_zero():
    assert "零度:れいど" in readings("水は摂氏百度で沸騰し、零度で凍る。")
    assert "零時:れいじ" in readings("列車は零時に出発した。")


@pytest.mark.parametrize("text,expected", [
    ("尾瀬は湿原と高山植物で知られる。", "高山:こうざん|植物:しょくぶつ"),
    ("高山市は飛騨地方の中心都市である。", "高山市:たかやまし"),
    ("高山さんは植物に詳しい。", "高山:たかやま"),
])
def test_kouzan_before_plants(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上手投げで土俵際の逆転勝ちを収めた。", "上:うわ|手投:てな"),
    ("下手投げで大関を破った。", "下:した|手投:てな"),
    ("上手出し投げで勝負を決めた。", "上手:うわて"),
    ("大相撲九月場所は、両国国技館で初日を迎えた。", "両国:りょうごく|国技館:こくぎかん"),
    ("両国の首脳が会談した。", "両国:りょうこく"),
    ("幕下優勝を果たした力士は、来場所の十両昇進が確実となった。", "来場所:らいばしょ"),
    ("力士たちは朝稽古で四股を踏んだ。", "朝稽古:あさげいこ"),
])
def test_sumo_words(text, expected):
    assert expected in readings(text)


def test_kokubun_niji():
    assert "国分寺:こくぶんじ|国分:こくぶん|尼寺:にじ" in readings("国ごとに国分寺と国分尼寺を建てた。")
    assert "尼寺:あまでら" in readings("山奥の尼寺を訪ねた。")


@pytest.mark.parametrize("text,expected", [
    ("細胞は分裂によって数を増やす。", "数:かず"),
    ("参加者の数が増えた。", "数:かず"),
    ("数人が集まった。", "数:すう|人:にん"),  # 数 before a counter is several, すう
    ("数日後に届いた。", "数:すう|日:じつ"),
])
def test_lone_kazu(text, expected):
    assert expected in readings(text)
