"""Highlights, article notes and their search in a real library file."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from reader.core.annotations import NOTE_LIMIT, AnnotationError, AnnotationHit, body_hash
from reader.core.models import Article
from reader.core.store import Library
from reader.core.store.article_edits import ArticleEditError

ENERGY = Article(
    title="電気・ガス代の補助、来年三月まで延長",
    subtitle="家庭の負担、月千円ほど軽く",
    paragraphs=[
        "政府は十日、物価高への対策として、電気代とガス代の補助を来年三月まで続けると発表した。",
        "補助は家庭と企業の両方が対象で、一か月あたりの負担は平均で千円ほど軽くなる見込みだ。",
        "専門家は「補助を続けるだけでなく、省エネの取り組みを広げることも大切だ」と話している。",
    ],
    source="テスト新聞",
    url="https://example.com/news/energy",
)
RAIL = Article(
    title="大雨で在来線が運転見合わせ",
    paragraphs=["大雨の影響で、東海道線は始発から運転を見合わせている。", "バスは通常どおり運行している。"],
)
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        yield library


@pytest.fixture
def energy(lib: Library) -> int:
    return lib.add_article(ENERGY)[0]


def where(text: str, quote: str) -> tuple[int, int]:
    at = text.index(quote)
    return at, at + len(quote)


def test_add_highlight_stores_quote_context_and_hash(lib, energy):
    start, end = where(ENERGY.paragraphs[1], "一か月あたりの負担")
    h = lib.add_highlight(energy, 1, start, end, colour="green", style="underline", note="**大事**")
    assert re.fullmatch(r"[0-9a-f]{32}", h.id)
    assert (h.article_id, h.paragraph, h.start, h.end) == (energy, 1, start, end)
    assert h.quote == "一か月あたりの負担"
    body = "\n".join(ENERGY.paragraphs)
    at = body.index(h.quote)
    assert h.prefix == body[at - 32:at] and "\n" in h.prefix  # context runs across paragraphs
    assert h.suffix == body[at + len(h.quote):at + len(h.quote) + 32]
    assert h.text_hash == body_hash(ENERGY.paragraphs)
    assert (h.colour, h.style, h.note) == ("green", "underline", "**大事**")
    assert STAMP.fullmatch(h.created) and h.updated == h.created
    assert not h.deleted and not h.orphaned
    assert lib.get_highlight(h.id) == h


def test_highlight_is_on_disk_when_the_call_returns(lib, energy, tmp_path):
    h = lib.add_highlight(energy, 0, 0, 2, note="保存済み")
    # A second connection, as another process would have, sees it at once.
    conn = sqlite3.connect(tmp_path / "library.sqlite3")
    try:
        assert conn.execute("SELECT note FROM highlights WHERE id = ?", [h.id]).fetchone() == ("保存済み",)
    finally:
        conn.close()
    assert not lib._db.conn.in_transaction


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((999, 0, 0, 1), {}, "no article with id 999"),
        (("1", 0, 0, 1), {}, "an article id is a whole number"),
        ((None, 5, 0, 1), {}, "no paragraph 5 in this article"),
        ((None, -1, 0, 1), {}, "no paragraph -1"),
        ((None, 0, 3, 3), {}, "0 <= start < end"),
        ((None, 0, 5, 2), {}, "0 <= start < end"),
        ((None, 0, -1, 2), {}, "0 <= start < end"),
        ((None, 0, 0, 10_000), {}, "0 <= start < end"),
        ((None, 0, 0, True), {}, "must be a whole number"),
        ((None, 0, 0.5, 2), {}, "must be a whole number"),
        ((None, 0, 0, 2), {"colour": "red"}, "unknown colour 'red'"),
        ((None, 0, 0, 2), {"style": "strike"}, "unknown style 'strike'"),
        ((None, 0, 0, 2), {"note": 5}, "a note must be text"),
        ((None, 0, 0, 2), {"note": "x" * (NOTE_LIMIT + 1)}, "the note is too long"),
    ],
)
def test_add_highlight_refuses_bad_input_with_one_line(lib, energy, args, kwargs, message):
    args = tuple(energy if a is None else a for a in args)
    with pytest.raises(AnnotationError, match=re.escape(message)) as raised:
        lib.add_highlight(*args, **kwargs)
    assert "\n" not in str(raised.value)
    assert lib.all_highlights(include_deleted=True) == []


def test_trashed_article_takes_no_highlights_and_hides_its_own(lib, energy):
    h = lib.add_highlight(energy, 0, 0, 2, note="ゴミ箱")
    lib.set_article_note(energy, "ゴミ箱の記事")
    assert lib.move_to_trash(energy)
    with pytest.raises(AnnotationError, match="is in the trash"):
        lib.add_highlight(energy, 0, 0, 2)
    with pytest.raises(AnnotationError, match="is in the trash"):
        lib.set_article_note(energy, "x")
    assert lib.highlights_for(energy) == []
    assert lib.all_highlights() == []
    assert lib.search_annotations("ゴミ箱") == []
    assert lib.restore_from_trash(energy)
    assert lib.highlights_for(energy) == [h]
    assert {hit.kind for hit in lib.search_annotations("ゴミ箱")} == {"highlight", "article_note"}


def test_update_highlight_changes_what_is_given_and_bumps_updated(lib, energy):
    h = lib.add_highlight(energy, 0, 0, 2)
    changed = lib.update_highlight(h.id, colour="pink")
    assert (changed.colour, changed.style, changed.note) == ("pink", "highlight", "")
    assert changed.updated > h.updated and changed.created == h.created
    noted = lib.update_highlight(h.id, note="メモ")
    assert (noted.colour, noted.note) == ("pink", "メモ") and noted.updated > changed.updated
    assert lib.update_highlight(h.id, note="メモ") == noted  # no change: nothing written
    assert lib.get_highlight(h.id) == noted
    with pytest.raises(AnnotationError, match="unknown colour"):
        lib.update_highlight(h.id, colour="black")
    with pytest.raises(AnnotationError, match="no highlight with id"):
        lib.update_highlight("f" * 32, note="x")
    assert lib.get_highlight(h.id) == noted


def test_delete_is_a_tombstone_and_restore_undoes_it(lib, energy):
    h = lib.add_highlight(energy, 0, 0, 2, note="消す")
    gone = lib.delete_highlight(h.id)
    assert gone.deleted and gone.updated > h.updated
    assert lib.highlights_for(energy) == []
    assert lib.search_annotations("消す") == []
    assert lib.all_highlights() == [] and lib.all_highlights(include_deleted=True) == [gone]
    assert lib.get_highlight(h.id) == gone
    with pytest.raises(AnnotationError, match="was deleted"):
        lib.update_highlight(h.id, note="x")
    assert lib.delete_highlight(h.id) == gone  # again: nothing changes
    back = lib.restore_highlight(h.id)
    assert not back.deleted and back.updated > gone.updated
    assert lib.highlights_for(energy) == [back]
    assert [hit.highlight_id for hit in lib.search_annotations("消す")] == [h.id]


def test_highlights_for_is_in_reading_order(lib, energy):
    spans = [(2, 0, 3), (0, 10, 14), (1, 5, 9), (0, 2, 6), (0, 2, 4)]
    made = {span: lib.add_highlight(energy, *span).id for span in spans}
    order = [(h.paragraph, h.start, h.end) for h in lib.highlights_for(energy)]
    assert order == sorted(spans)
    assert {h.id for h in lib.highlights_for(energy)} == set(made.values())
    assert lib.highlights_for(12345) == []


def test_overlapping_highlights_are_allowed(lib, energy):
    a = lib.add_highlight(energy, 0, 0, 10)
    b = lib.add_highlight(energy, 0, 5, 15, colour="blue")
    assert [h.id for h in lib.highlights_for(energy)] == [a.id, b.id]


def test_changed_text_reanchors_once_and_stores_the_result(lib, energy):
    moved = lib.add_highlight(energy, 2, *where(ENERGY.paragraphs[2], "省エネの取り組み"), note="動く")
    lost = lib.add_highlight(energy, 1, *where(ENERGY.paragraphs[1], "一か月あたりの負担"), note="消える")
    edited = Article(title=ENERGY.title, subtitle=ENERGY.subtitle,
                     paragraphs=["【速報】", ENERGY.paragraphs[0], ENERGY.paragraphs[2]])
    assert lib.update_article_text(energy, edited) is True
    assert lib.get_highlight(moved.id) == moved  # stored as it was until read
    first = lib.highlights_for(energy)
    assert [h.id for h in first] == [moved.id, lost.id]  # orphaned last
    placed, orphan = first
    assert (placed.paragraph, placed.quote, placed.orphaned) == (2, "省エネの取り組み", False)
    assert edited.paragraphs[2][placed.start:placed.end] == placed.quote
    assert orphan.orphaned and orphan.quote == "一か月あたりの負担" and orphan.note == "消える"
    assert placed.updated == moved.updated  # re-anchoring is not a change by the user
    assert lib.get_highlight(moved.id) == placed and lib.get_highlight(lost.id) == orphan
    assert {h.text_hash for h in first} == {body_hash(edited.paragraphs)}
    assert lib.highlights_for(energy) == first
    # The orphan is still searchable, with the text it was taken from as context.
    [hit] = lib.search_annotations("消える")
    assert hit.orphaned and "一か月あたりの負担" in hit.context
    # The text comes back: the orphan is found again.
    assert lib.update_article_text(energy, ENERGY)
    again = {h.id: h for h in lib.highlights_for(energy)}
    assert not again[lost.id].orphaned and again[lost.id].paragraph == 1


def test_update_article_text_keeps_the_id_and_updates_search(lib, energy):
    edited = Article(title="補助の延長が決まる", paragraphs=["新しい本文。電気代の補助が続く。"])
    assert lib.update_article_text(energy, edited)
    stored = lib.get_article(energy)
    assert stored.article.title == "補助の延長が決まる" and stored.article.paragraphs == edited.paragraphs
    assert stored.article.url == ENERGY.url and stored.content_hash == edited.content_hash()
    assert [s.id for s in lib.search("新しい本文")] == [energy]
    assert lib.search("省エネ") == []
    assert lib.update_article_text(energy, edited) is False
    other = lib.add_article(RAIL)[0]
    with pytest.raises(ArticleEditError, match=f"article {other} already has this text"):
        lib.update_article_text(energy, RAIL)
    with pytest.raises(ArticleEditError, match="no article with id 999"):
        lib.update_article_text(999, edited)
    with pytest.raises(ArticleEditError, match="needs a title"):
        lib.update_article_text(energy, Article(title=" ", paragraphs=[]))
    assert lib.get_article(energy).article.title == "補助の延長が決まる"


def test_article_notes(lib, energy):
    assert lib.article_note(energy) == ""
    assert lib.article_note_entry(energy) is None
    lib.set_article_note(energy, "# 感想\n補助の**延長**について")
    assert lib.article_note(energy) == "# 感想\n補助の**延長**について"
    first = lib.article_note_entry(energy)
    assert STAMP.fullmatch(first.updated)
    lib.set_article_note(energy, "# 感想\n補助の**延長**について")
    assert lib.article_note_entry(energy) == first  # unchanged: not written
    lib.set_article_note(energy, "")
    cleared = lib.article_note_entry(energy)
    assert cleared.note == "" and cleared.updated > first.updated  # kept, for merges
    assert lib.search_annotations("延長") == []
    with pytest.raises(AnnotationError, match="no article with id 77"):
        lib.set_article_note(77, "x")
    with pytest.raises(AnnotationError, match="too long"):
        lib.set_article_note(energy, "長" * (NOTE_LIMIT + 1))
    assert [n.article_id for n in lib.article_notes()] == [energy]


def test_search_finds_quotes_notes_and_article_notes_with_context(lib, energy):
    rail = lib.add_article(RAIL)[0]
    quote_hit = lib.add_highlight(energy, 1, *where(ENERGY.paragraphs[1], "一か月あたりの負担"), note="家計に効く")
    note_hit = lib.add_highlight(rail, 0, *where(RAIL.paragraphs[0], "運転を見合わせ"), colour="blue",
                                 note="通勤への影響を調べる")
    lib.set_article_note(rail, "雨の日の通勤について、あとで調べる")

    [hit] = lib.search_annotations("あたりの負担")
    assert isinstance(hit, AnnotationHit)
    assert (hit.kind, hit.highlight_id, hit.article_id, hit.article_title) == (
        "highlight", quote_hit.id, energy, ENERGY.title)
    assert (hit.paragraph, hit.start, hit.end, hit.quote, hit.note) == (
        1, quote_hit.start, quote_hit.end, "一か月あたりの負担", "家計に効く")
    assert hit.context[hit.context_start:hit.context_end] == "一か月あたりの負担"
    assert hit.context.startswith("補助は家庭") and hit.colour == "yellow"

    hits = lib.search_annotations("調べる")
    assert {(h.kind, h.article_id) for h in hits} == {("highlight", rail), ("article_note", rail)}
    article_hit = next(h for h in hits if h.kind == "article_note")
    assert article_hit.highlight_id is None and article_hit.quote == ""
    assert article_hit.context[article_hit.context_start:article_hit.context_end] == "調べる"
    assert next(h for h in hits if h.kind == "highlight").highlight_id == note_hit.id

    assert lib.search_annotations("通勤 影響")[0].highlight_id == note_hit.id  # every term must match
    assert lib.search_annotations("通勤 存在しない") == []
    assert [h.kind for h in lib.search_annotations("雨")] == ["article_note"]  # short: LIKE
    assert {h.highlight_id for h in lib.search_annotations("家計")} == {quote_hit.id}
    assert lib.search_annotations("") == [] and lib.search_annotations("   ") == []
    assert len(lib.search_annotations("調べる", limit=1)) == 1
    assert lib.search_annotations("調べる", limit=0) == []


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", "a:b", "%", "_", "\\", "\x00", "^x", "'; DROP"])
def test_search_takes_any_text_literally(lib, energy, query):
    lib.add_highlight(energy, 0, 0, 2, note="ノート % _ \\ AND * a:b")
    assert isinstance(lib.search_annotations(query), list)


def test_search_context_is_cut_with_ellipses_around_a_long_paragraph(lib):
    text = "前" * 100 + "探す言葉" + "後" * 100
    article_id = lib.add_article(Article(title="長い段落", paragraphs=[text]))[0]
    lib.add_highlight(article_id, 0, 100, 104)
    [hit] = lib.search_annotations("探す言葉")
    assert hit.context == "…" + "前" * 40 + "探す言葉" + "後" * 40 + "…"
    assert hit.context[hit.context_start:hit.context_end] == "探す言葉"


def test_deleting_an_article_for_good_takes_its_annotations(lib, energy):
    h = lib.add_highlight(energy, 0, 0, 2, note="一緒に消える")
    lib.set_article_note(energy, "記事ごと消える")
    assert lib.delete_article(energy)
    assert lib.get_highlight(h.id) is None
    assert lib.search_annotations("消える") == []
    count = lib._db.execute("SELECT (SELECT count(*) FROM highlights_fts) + (SELECT count(*) FROM article_notes_fts)")
    assert count.fetchone()[0] == 0


def test_annotations_survive_reopening(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        article_id = lib.add_article(ENERGY)[0]
        h = lib.add_highlight(article_id, 0, 0, 2, note="また会おう")
        lib.set_article_note(article_id, "記事のメモ")
    with Library.open(path) as lib:
        assert lib.highlights_for(article_id) == [h]
        assert lib.article_note(article_id) == "記事のメモ"
        assert [hit.highlight_id for hit in lib.search_annotations("また会おう")] == [h.id]
