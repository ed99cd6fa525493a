"""Spreading a reading over kanji runs."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.nlp.furigana import align
from reader.core.nlp.tokens import is_kana, is_kanji


def test_okurigana_stay_bare():
    assert align("話し合った", "はなしあった") == ((0, 1, "はな"), (2, 3, "あ"))
    assert align("取り扱い", "とりあつかい") == ((0, 1, "と"), (2, 3, "あつか"))
    assert align("見いだせる", "みいだせる") == ((0, 1, "み"),)


def test_kanji_compound_is_one_span_and_kana_prefixes_are_bare():
    assert align("東京都", "とうきょうと") == ((0, 3, "とうきょうと"),)
    assert align("お茶", "おちゃ") == ((1, 2, "ちゃ"),)
    assert align("けん制", "けんせい") == ((2, 3, "せい"),)


def test_katakana_in_the_word_matches_hiragana_reading():
    assert align("ラーメン店", "らーめんてん") == ((4, 5, "てん"),)
    assert align("霞ヶ関", "かすみがせき") == ((0, 3, "かすみがせき"),)


def test_no_kanji_or_no_reading_gives_nothing():
    assert align("ひらがな", "ひらがな") == ()
    assert align("東京", "") == ()


def test_reading_that_does_not_fit_the_kana_falls_back_to_one_span():
    # A dictionary reading whose kana disagree with the written kana: one span over the kanji.
    assert align("行った", "おこなつた") == ((0, 1, "おこなつ"),)


def test_particle_spelled_as_said_is_still_okurigana():
    # Sudachi gives 或いは as あるいわ: the written は is the okurigana, not part of the ruby
    assert align("或いは", "あるいわ") == ((0, 1, "ある"),)
    assert align("若しくは", "もしくわ") == ((0, 1, "も"),)
    assert align("話は合う", "はなしわあう") == ((0, 1, "はなし"), (2, 3, "あ"))


def test_a_digit_counted_natively_inside_a_word_anchors_the_split():
    # 週休3日制 is one lexicon word; 3 is said みっ there, so 週休 keeps its own reading
    assert align("週休3日制", "しゅうきゅうみっかせい") == ((0, 2, "しゅうきゅう"), (3, 5, "かせい"))
    assert align("週休２日制", "しゅうきゅうふつかせい") == ((0, 2, "しゅうきゅう"), (3, 5, "かせい"))
    assert align("第1子", "だいいっし") == ((0, 1, "だい"), (2, 3, "し"))


_KANJI = st.sampled_from("日本語東京大学話合取扱見上下行来")
_KANA = st.sampled_from("あいうえおかきくけこさしすせそたちつてとなにぬねのはまやらわをんっゃー")


@st.composite
def _words(draw):
    """A word of kanji and kana runs, and a reading made of a random reading per kanji run."""
    parts = draw(st.lists(st.tuples(st.booleans(), st.integers(1, 3)), min_size=1, max_size=5))
    surface, reading = [], []
    for kanji, n in parts:
        if kanji:
            surface.append("".join(draw(_KANJI) for _ in range(n)))
            reading.append("".join(draw(_KANA) for _ in range(draw(st.integers(1, 4)))))
        else:
            kana = "".join(draw(_KANA) for _ in range(n))
            surface.append(kana)
            reading.append(kana)
    return "".join(surface), "".join(reading)


@given(_words())
def test_properties(word):
    surface, reading = word
    spans = align(surface, reading)
    covered = set()
    previous_end = 0
    for s, e, r in spans:
        assert 0 <= s < e <= len(surface) and r
        assert s >= previous_end  # no overlaps, in order
        previous_end = e
        assert not any(is_kana(ch) for ch in surface[s:e]) or len(spans) == 1
        covered.update(range(s, e))
    # every kanji is under a ruby
    assert all(i in covered for i, ch in enumerate(surface) if is_kanji(ch))
    # when the split matched, bases and okurigana rebuild the reading exactly
    rebuilt, pos = [], 0
    for s, e, r in spans:
        rebuilt.append(surface[pos:s])
        rebuilt.append(r)
        pos = e
    rebuilt.append(surface[pos:])
    if all(not any(is_kana(ch) for ch in surface[s:e]) for s, e, _ in spans):
        assert "".join(rebuilt) == reading or len(spans) == 1
