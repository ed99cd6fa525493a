"""The word a reading correction is about, the reading the page shows for it, and the preview of
a typed reading: reader.core.reading_corrections over the real engine and a real library."""
from __future__ import annotations

import pytest

from reader.core.nlp.annotate import annotate
from reader.core.nlp.cache import annotate_paragraphs
from reader.core.reading_corrections import CONTEXT_CHARS, correction_target, phrase_target, preview_text, ruby_preview
from reader.core.store import Library


def test_target_is_the_whole_word_with_its_shown_reading_and_okurigana():
    text = "二人は話し合った。"
    a = annotate(text)
    target = correction_target(a, text.index("合"))
    assert target is not None
    assert text[target.start:target.end] == target.surface
    assert (target.surface, target.lemma, target.correctable) == ("話し合っ", "話し合う", True)
    # what the page shows, okurigana included: the dialog starts from it
    assert target.reading == "はなしあっ"
    assert (target.before, target.after) == ("二人は", "た。")
    assert preview_text(target.surface, target.reading) == "話《はな》し合《あ》っ"


def test_no_target_on_kana_punctuation_or_outside_the_text():
    text = "きょうは、晴れ。"
    a = annotate(text)
    assert correction_target(a, 0) is None  # kana only
    assert correction_target(a, text.index("、")) is None
    assert correction_target(a, len(text)) is None
    assert correction_target(a, -1) is None
    assert correction_target(None, 0) is None
    assert correction_target(a, text.index("晴")).surface.startswith("晴")


def test_a_counter_read_with_its_number_is_not_correctable():
    text = "会議は七日に開く。"
    a = annotate(text)
    # 七日 is one ruby なのか over the number group, whatever the tokens
    group = next(r for r in a.ruby if text[r.start:r.end] == "七日")
    assert group.reading == "なのか"
    target = correction_target(a, text.index("日"))
    assert target is not None and target.surface == "日"  # the analyser's word is the counter alone
    assert not target.correctable  # its ruby reaches over the number before it


def test_offsets_are_code_points_after_astral_characters():
    text = "😀🎉市場へ行く。"
    a = annotate(text)
    target = correction_target(a, 2)
    assert target is not None and target.surface == "市場" and (target.start, target.end) == (2, 4)
    assert target.before == "😀🎉"


def test_context_is_cut_with_an_ellipsis():
    text = "あ" * 30 + "市場" + "い" * 30
    target = correction_target(annotate(text), 30)
    assert target is not None and target.surface == "市場"
    assert target.before == "…" + "あ" * CONTEXT_CHARS
    assert target.after == "い" * CONTEXT_CHARS + "…"


def test_preview_places_the_reading_over_kanji_only_and_refuses_non_kana():
    assert ruby_preview("話し合った", "ハナシアッタ") == [("話", "はな"), ("し", ""), ("合", "あ"), ("った", "")]
    assert preview_text("市場", "いちば") == "市場《いちば》"
    with pytest.raises(ValueError, match="hiragana"):
        ruby_preview("市場", "ichiba")
    with pytest.raises(ValueError, match="empty"):
        ruby_preview("市場", "  ")


def test_a_saved_correction_is_what_the_target_shows_next_time(tmp_path):
    """The loop the window goes through: correct, re-annotate from the library, read it back."""
    text = "駅前の市場で野菜を買った。"
    with Library.open(tmp_path / "lib.sqlite3") as library:
        before = correction_target(annotate_paragraphs(library, [text])[0], text.index("市"))
        wanted = "しじょう" if before.reading == "いちば" else "いちば"
        library.set_reading_override(before.surface, wanted, before.lemma)
        after = correction_target(annotate_paragraphs(library, [text])[0], text.index("市"))
        assert after.reading == wanted
        # other words of the same paragraph keep their readings
        vegetables = correction_target(annotate_paragraphs(library, [text])[0], text.index("野"))
        assert vegetables.reading == "やさい"


def test_a_selection_widens_to_whole_words_and_to_the_ruby_it_cuts():
    text = "会議は七日に黒門市場で開く。"
    a = annotate(text)
    phrase = phrase_target(a, text.index("門"), text.index("場"))  # part of 黒門 and of 市場
    assert (phrase.surface, phrase.lemma, phrase.correctable) == ("黒門市場", "", True)
    assert phrase.reading.startswith("くろもん")
    group = phrase_target(a, text.index("日"), text.index("日") + 1)  # the counter alone: its group
    assert (group.surface, group.reading) == ("七日", "なのか")
    one = phrase_target(a, text.index("会"), text.index("会") + 2)
    assert one == correction_target(a, 0)  # one word is the word's target, with its lemma
    assert phrase_target(a, text.index("は"), text.index("は") + 1) is None  # kana only
    assert phrase_target(a, 3, 3) is None and phrase_target(None, 0, 1) is None
    assert phrase_target(a, 0, len(text) + 1) is None


def test_phrase_corrections_apply_on_word_boundaries_only():
    text = "会議は七日に黒門市場で開く。株式市場は軟調。"
    overrides = {("黒門市場", ""): "くろもんいちば", ("七日", ""): "なぬか", ("式市", ""): "しきいち"}
    a = annotate(text, overrides)
    shown = {text[r.start:r.end]: r.reading for r in a.ruby}
    assert shown["黒門市場"] == "くろもんいちば"
    assert shown["七日"] == "なぬか"
    assert "しきいち" not in shown.values()  # 式市 cuts through words: not a phrase here
    assert annotate(text).ruby != a.ruby
    # the rubies stay ordered and apart
    assert all(x.end <= y.start for x, y in zip(a.ruby, a.ruby[1:], strict=False))
    # the longer phrase wins where two overlap
    b = annotate("黒門市場で", {("黒門市場", ""): "くろもんいちば", ("黒門", ""): "こくもん"})
    assert [(r.start, r.end, r.reading) for r in b.ruby] == [(0, 4, "くろもんいちば")]
