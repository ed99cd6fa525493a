"""Readings the writer gives in parentheses (恵那（えな）市): the furigana over the glossed word follow
them, whatever the analyser guessed; katakana, ordinary words in parentheses and glosses that fit
no word change nothing; the reader's own corrections still win. Sentences invented for the tests."""
from __future__ import annotations

import pytest

from reader.core.nlp.annotate import annotate
from reader.core.nlp.tokenizer import tokenize


def shown(text: str, overrides=None) -> dict[str, str]:
    return {text[r.start:r.end]: r.reading for r in annotate(text, overrides).ruby}


def reading_over(text: str, word: str) -> str:
    """The rubies inside ``word`` (its first occurrence) joined: what the reader sees over it."""
    start = text.index(word)
    end = start + len(word)
    a = annotate(text)
    assert not any(r.start < end < r.end or r.start < start < r.end for r in a.ruby)  # none cut through it
    return "".join(r.reading for r in a.ruby if start <= r.start and r.end <= end)


def check_invariants(text: str):
    a = annotate(text)
    last = 0
    for r in a.ruby:
        assert 0 <= r.start < r.end <= len(text) and r.start >= last and r.reading
        assert not any(ch in "（）()" for ch in text[r.start:r.end])  # never over a parenthesis
        last = r.end
    return a


def test_a_short_gloss_the_analyser_swallows_is_cut_out_of_its_word():
    # Sudachi takes 小鹿野（おがの）町 as one word (it drops glosses of up to 4 kana before analysing)
    text = "秩父郡の小鹿野（おがの）町で夏祭りが開かれた。"
    a = check_invariants(text)
    assert shown(text)["小鹿野"] == "おがの"
    assert shown(text)["町"] == "まち"
    assert not any(r.uncertain for r in a.ruby if text[r.start:r.end] == "小鹿野")


def test_the_part_before_and_after_a_swallowed_gloss_keep_their_readings():
    text = "大雪で岐阜県恵那（えな）市の国道が止まった。"
    check_invariants(text)
    got = shown(text)
    assert (got["岐阜県"], got["恵那"], got["市"]) == ("ぎふけん", "えな", "し")


def test_a_long_gloss_after_separate_words():
    text = "トルコの諜報（ちょうほう）機関が声明を出した。"
    check_invariants(text)
    assert shown(text)["諜報"] == "ちょうほう"
    assert shown(text)["機関"] == "きかん"


def test_a_gloss_over_several_words_half_width():
    text = "新しい岐阜駅前店(ぎふえきまえてん)が来月開く。"
    check_invariants(text)
    assert reading_over(text, "岐阜駅前店") == "ぎふえきまえてん"
    text = "本社は東京都港区（とうきょうとみなとく）にある。"
    assert reading_over(text, "東京都港区") == "とうきょうとみなとく"


def test_a_given_name_gloss_covers_only_the_given_name_and_is_certain():
    text = "田村穂（みのる）社長は新製品を発表した。"
    a = check_invariants(text)
    hoo = next(r for r in a.ruby if text[r.start:r.end] == "穂")
    assert hoo.reading == "みのる" and not hoo.uncertain  # a given name alone is a guess; glossed, it is not
    assert shown(text)["田村"] == "たむら"
    text = "金融庁の遠藤俊英（としひで）長官が会見した。"
    assert shown(text)["俊英"] == "としひで"
    assert shown(text)["遠藤"] == "えんどう"


def test_a_gloss_that_disagrees_with_the_analyser_wins():
    assert shown("三重県の神戸（かんべ）地区で")["神戸"] == "かんべ"  # Sudachi reads こうべ
    assert shown("新聞は遠藤俊英（としのり）氏と報じた。")["俊英"] == "としのり"


def test_a_gloss_starting_or_ending_with_known_readings_covers_those_words_too():
    # the gloss begins with 遠藤's reading: it reads the whole name, not eight kana over 俊英
    got = shown("遠藤俊英（えんどうとしのり）長官")
    assert (got["遠藤"], got["俊英"]) == ("えんどう", "としのり")
    # it ends with the given name's reading: the rest is the family name, which Sudachi misread
    got = shown("菅義偉（すがよしひで）首相は")
    assert (got["菅"], got["義偉"]) == ("すが", "よしひで")


def test_a_counter_gloss_reads_the_number_with_it():
    assert shown("会期は七日（なのか）までだ。")["七日"] == "なのか"
    assert shown("締め切りは二十日（はつか）だ。")["二十日"] == "はつか"


def test_separators_and_two_glosses_in_one_paragraph():
    text = "山田太郎（やまだ・たろう）氏"
    assert reading_over(text, "山田太郎") == "やまだたろう"
    assert shown("齟齬（そ ご）が生じた")["齟齬"] == "そご"
    got = shown("東京(とうきょう)と大阪(おおさか)を結ぶ")
    assert (got["東京"], got["大阪"]) == ("とうきょう", "おおさか")


def test_half_and_full_width_parentheses_read_alike():
    full, half = annotate("山あいの恵那（えな）市へ"), annotate("山あいの恵那(えな)市へ")
    assert [(r.start, r.end, r.reading) for r in full.ruby] == [(r.start, r.end, r.reading) for r in half.ruby]


@pytest.mark.parametrize("text, word, reading", [
    ("習近平（シー・ジンピン）国家主席が来日した。", "習近平", "しゅうきんぺい"),  # katakana: for information only
    ("東京（）で", "東京", "とうきょう"),  # empty
    ("東京（（かなざわ））で", "東京", "とうきょう"),  # nested: not straight after the kanji
    ("東京（かなざわ", "東京", "とうきょう"),  # never closed
    ("東京（かなザワ）で", "東京", "とうきょう"),  # not hiragana only
    ("山（やまやまやまやま）", "山", "やま"),  # far too long for one kanji
    ("取り組み（とりくむ）", "取", "と"),  # the kana do not match the word's kana
    ("名古屋と大阪（など）", "大阪", "おおさか"),  # an ordinary word in parentheses
    ("その後（あとで）連絡する。", "後", "ご"),  # a reading (後 あと) and a particle: a phrase, not a gloss
])
def test_what_is_not_a_gloss_changes_nothing(text, word, reading):
    check_invariants(text)
    assert shown(text)[word] == reading


def test_no_gloss_after_anything_but_kanji():
    text = "ＡＩ（えーあい）で翻訳する。"
    a = check_invariants(text)
    assert [text[r.start:r.end] for r in a.ruby] == ["翻訳"]


def test_offsets_after_astral_characters_long_text_and_elongation():
    text = "😀🎌恵那（えな）市へ行きまーす"  # emoji are one code point each; まーす is analysed as ます
    a = check_invariants(text)
    assert [(text[r.start:r.end], r.reading) for r in a.ruby][:2] == [("恵那", "えな"), ("市", "し")]
    long = "。".join(["秩父郡の小鹿野（おがの）町で、トルコの諜報（ちょうほう）機関が😀会合を開いた"] * 300)
    a = check_invariants(long)
    assert sum(1 for r in a.ruby if r.reading == "おがの") == 300
    assert sum(1 for r in a.ruby if r.reading == "ちょうほう") == 300


def test_the_readers_corrections_win_over_a_gloss():
    text = "トルコの諜報（ちょうほう）機関が"
    a = annotate(text, {("諜報", ""): "ちょうぼう"})
    r = next(r for r in a.ruby if text[r.start:r.end] == "諜報")
    assert (r.reading, r.corrected) == ("ちょうぼう", True)
    # a phrase correction inside the glossed words: the gloss is left out, the rest read as usual
    text = "新しい岐阜駅前店(ぎふえきまえてん)が来月開く。"
    got = shown(text, {("駅前店", ""): "えきまえみせ"})
    assert (got["駅前店"], got["岐阜"]) == ("えきまえみせ", "ぎふ")


def test_the_finer_units_tile_the_phrase():
    text = "埼玉県小鹿野"
    pieces = tokenize(text, fine=True)
    assert "".join(p.surface for p in pieces) == text
    assert all(text[p.start:p.end] == p.surface for p in pieces)
    assert "小鹿野" in [p.surface for p in pieces]  # Sudachi's normal split keeps the place as one word
