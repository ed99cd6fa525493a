"""Readings from a review of own school-textbook sentences (school.py, 1日に必要 in numbers.py)."""
from tests.rubies import by_word, readings


def test_coin_after_yen_is_dama():
    assert readings("100円玉が3枚と10円玉が4枚で、340円です。").count("玉:だま") == 2
    assert by_word("大きな玉を転がしました。")["玉"] == "たま"


def test_star_magnitude_is_sei():
    assert readings("星の明るさは、1等星、2等星のように表します。").count("星:せい") == 2
    assert "星:ぼし" in readings("夜空に流れ星が見えました。")  # no 等 before it: rendaku stays


def test_angle_in_geometry_is_kaku():
    assert by_word("三角形の3つの角の大きさの和は180度です。")["角"] == "かく"
    assert by_word("正三角形の3つの角は、すべて60度です。")["角"] == "かく"
    assert by_word("次の角を右に曲がると、学校があります。")["角"] == "かど"
    assert by_word("机の角に頭をぶつけました。")["角"] == "かど"


def test_rice_with_a_measure_is_kome():
    assert by_word("米1合に対して、水は約200mLです。")["米"] == "こめ"
    assert by_word("米3社が新しい製品を発表しました。")["米"] == "べい"


def test_poem_syllables_seven_is_shichi():
    assert readings("俳句は、五・七・五の十七音でつくります。").startswith("俳句:はいく|五:ご|七:しち|五:ご")
    assert readings("短歌は、五・七・五・七・七の三十一音です。").count("七:しち") == 3
    assert by_word("七つの海をわたりました。")["七"] == "なな"


def test_old_capital_is_miyako():
    assert by_word("710年、都が奈良の平城京にうつされました。")["都"] == "みやこ"
    assert by_word("794年、都が平安京にうつされました。")["都"] == "みやこ"
    assert by_word("都が新しい計画を発表しました。")["都"] == "と"
    assert by_word("1都1道2府43県に分かれています。")["都"] == "と"


def test_face_next_to_back_is_omote():
    assert by_word("葉の表と裏では、色のこさがちがいます。")["表"] == "おもて"
    assert by_word("表を見て、答えを書きましょう。")["表"] == "ひょう"


def test_half_moon_with_the_moon():
    assert by_word("半月は、右側が光っているときと左側が光っているときがあります。")["半月"] == "はんげつ"
    assert by_word("半月ほど、雨の日が続きました。")["半月"] == "はんつき"


def test_fruit_mi():
    assert by_word("花がさいたあと、めしべのもとが実になります。")["実"] == "み"
    assert by_word("りんごやなしの実の形からできました。")["実"] == "み"
    assert by_word("その実、だれも知らなかった。")["実"] == "じつ"


def test_one_day_needs_is_ichinichi():
    assert by_word("1日に必要なエネルギーを考えて、献立を立てましょう。").get("日") == "にち"
    assert by_word("4月1日に入学式があります。").get("1日") == "ついたち"
