"""Readings from the food review: recipes, restaurant reviews and ingredients."""
from tests.rubies import by_word, readings, spans


def test_sake_before_a_measure_is_sake():
    assert by_word("酒大さじ1、みりん大さじ1を加えます。")["酒"] == "さけ"
    assert by_word("酒大さじ一と醤油小さじ二で下味をつけます。")["酒"] == "さけ"


def test_sake_compounds_keep_saka():
    assert by_word("酒蔵を訪ねた。")["酒蔵"] == "さかぐら"
    assert by_word("酒屋で買った。")["酒屋"] == "さかや"


def test_musu_is_mu_not_fukasu():
    assert by_word("十五分ほど蒸すと、ふっくら仕上がります。")["蒸"] == "む"
    assert "蒸:む" in readings("蒸し鶏を作る。")


def test_fukasu_written_fukasu_keeps_it():
    assert by_word("芋を蒸かす。")["蒸"] == "ふ"


def test_three_kire_is_mikire():
    assert ("三切", "みき") in spans("鰤の切り身三切れに塩を振ります。")
    assert ("二切", "ふたき") in spans("鮭二切れは骨を取ります。")


def test_other_native_counters_keep_san():
    assert by_word("三箱を買った。")["三箱"] != "みはこ"


def test_toriniku():
    assert by_word("鶏肉の皮はカリカリに焼く。")["鶏肉"] == "とりにく"
    assert by_word("親子丼は鶏肉と卵を使う。")["鶏肉"] == "とりにく"


def test_saikyo_miso_dishes():
    assert by_word("西京焼きは焦げやすい。")["西京"] == "さいきょう"
    assert by_word("西京味噌を使う。")["西京"] == "さいきょう"


def test_nishikyo_ward_keeps_place_reading():
    assert "にしきょう" in readings("京都市西京区に住む。")
