"""The library list's query (sort, filter and search together), read/unread, and the trash that
makes deleting undoable, against real SQLite files in tmp_path."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from reader.core.models import Article, LineDecision
from reader.core.store import Library
from reader.core.store.listing import FILTERS, SORTS, display_source

REPO_ROOT = Path(__file__).resolve().parents[1]


def make_article(title: str, *paragraphs: str, **fields) -> Article:
    return Article(title=title, paragraphs=list(paragraphs), **fields)


# Our own short texts. Imported in this order, so the last is the newest import.
HARBOUR = make_article(
    "港で花火大会",
    "港の近くで花火大会が開かれました。",
    source="みなと日報",
    published="2024-08-01",
    url="https://www.minato.example.jp/hanabi",
)
BRIDGE = make_article(
    "Bridge repairs finished",
    "古い橋の修理が終わり、再び渡れるようになりました。",
    published="2024-09-15",
    url="https://www.kawa.example.com/hashi",
)
MARKET = make_article(
    "朝市に旬の野菜",
    "朝市には旬の野菜が並び、花火大会の話題で持ちきりでした。",
    source="Aozora Times",
)
PASTED = make_article("図書館で読み聞かせ", "土曜日の朝、図書館で読み聞かせ会が開かれました。")
ALL = [HARBOUR, BRIDGE, MARKET, PASTED]


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        yield library


@pytest.fixture
def ids(lib: Library) -> dict[str, int]:
    stored = {article.title: lib.add_article(article)[0] for article in ALL}
    # Imports within one second: give them distinct times in import order.
    for minute, article_id in enumerate(stored.values()):
        lib._db.execute(
            "UPDATE articles SET imported_at = ? WHERE id = ?", [f"2024-10-01T09:0{minute}:00+00:00", article_id]
        )
    return stored


def titles(summaries) -> list[str]:
    return [s.title for s in summaries]


# -- sorting --------------------------------------------------------------------------------------


def test_default_order_is_newest_imported_first(lib: Library, ids):
    assert titles(lib.query_articles()) == [a.title for a in reversed(ALL)]
    assert titles(lib.query_articles(sort="imported")) == titles(lib.list_articles())


def test_sort_by_published_puts_undated_articles_last(lib: Library, ids):
    assert titles(lib.query_articles(sort="published")) == [
        BRIDGE.title,  # 2024-09-15
        HARBOUR.title,  # 2024-08-01
        PASTED.title,  # no date: newest imported first
        MARKET.title,
    ]


def test_sort_by_title_ignores_case_and_width(lib: Library, ids):
    lib.add_article(make_article("ｂｒｉｄｇｅｓ of the city", "町の橋についての記事です。"))  # full-width letters
    ordered = titles(lib.query_articles(sort="title"))
    assert ordered[:2] == [BRIDGE.title, "ｂｒｉｄｇｅｓ of the city"]
    kanji = ordered[2:]  # Unicode order: 図 U+56F3, 朝 U+671D, 港 U+6E2F
    assert kanji == [PASTED.title, MARKET.title, HARBOUR.title]


def test_sort_by_source_uses_the_shown_name_and_puts_pasted_text_last(lib: Library, ids):
    # Shown names: みなと日報, kawa.example.com (from the address), Aozora Times, none.
    assert display_source(None, BRIDGE.url) == "kawa.example.com"
    assert display_source(None, None) == ""
    assert titles(lib.query_articles(sort="source")) == [MARKET.title, BRIDGE.title, HARBOUR.title, PASTED.title]


def test_sort_by_progress_is_least_read_first(lib: Library, ids):
    lib.set_progress(ids[HARBOUR.title], 0.7)
    lib.set_progress(ids[BRIDGE.title], 0.2)
    lib.set_finished(ids[MARKET.title], True)
    assert titles(lib.query_articles(sort="progress")) == [
        PASTED.title,  # unread
        BRIDGE.title,  # 20%
        HARBOUR.title,  # 70%
        MARKET.title,  # finished
    ]


# -- filtering --------------------------------------------------------------------------------------


def test_filters_follow_the_reading_state(lib: Library, ids):
    lib.set_progress(ids[HARBOUR.title], 0.4)
    lib.set_progress(ids[BRIDGE.title], 1.0)  # read to the end
    lib.set_finished(ids[MARKET.title], True)  # marked read without reading
    assert titles(lib.query_articles(show="unread")) == [PASTED.title]
    assert titles(lib.query_articles(show="in_progress")) == [HARBOUR.title]
    assert titles(lib.query_articles(show="finished")) == [MARKET.title, BRIDGE.title]
    assert len(lib.query_articles(show="all")) == 4
    states = {s.title: s.state for s in lib.list_articles()}
    assert states == {
        PASTED.title: "unread",
        HARBOUR.title: "in_progress",
        BRIDGE.title: "finished",
        MARKET.title: "finished",
    }


def test_search_sort_and_filter_work_together(lib: Library, ids):
    lib.set_progress(ids[MARKET.title], 0.3)
    # "花火大会" is in the harbour article's title and body and the market article's body.
    assert titles(lib.query_articles("花火大会")) == [MARKET.title, HARBOUR.title]
    assert titles(lib.query_articles("花火大会", sort="title")) == sorted([MARKET.title, HARBOUR.title])
    assert titles(lib.query_articles("花火大会", show="in_progress")) == [MARKET.title]
    assert titles(lib.query_articles("花火大会", show="unread")) == [HARBOUR.title]
    assert lib.query_articles("花火大会", show="finished") == []
    # Short terms are searched without the index, with the same filters.
    assert titles(lib.query_articles("花火", show="unread", sort="source")) == [HARBOUR.title]
    assert titles(lib.query_articles("橋")) == [BRIDGE.title]
    # A blank search is no search.
    assert len(lib.query_articles("   ")) == 4


@pytest.mark.parametrize(("sort", "show", "message"), [
    ("newest", "all", "unknown sort 'newest' (choose from imported, published, title, source, progress)"),
    ("title", "read", "unknown filter 'read' (choose from all, unread, in_progress, finished)"),
])
def test_unknown_sort_or_filter_is_a_clear_error(lib: Library, sort, show, message):
    with pytest.raises(ValueError) as raised:
        lib.query_articles(sort=sort, show=show)
    assert str(raised.value) == message


def test_every_sort_and_filter_runs(lib: Library, ids):
    for sort in SORTS:
        for show in FILTERS:
            lib.query_articles("の", sort=sort, show=show)
            lib.query_articles("花火大会", sort=sort, show=show)


# -- read and unread --------------------------------------------------------------------------------


def test_reaching_the_end_finishes_the_article_for_good(lib: Library, ids):
    article_id = ids[HARBOUR.title]
    lib.set_progress(article_id, 0.99)
    finished = lib.get_article(article_id)
    summary = next(s for s in lib.list_articles() if s.id == article_id)
    assert summary.state == "finished" and summary.finished_at
    # Scrolling back up to look at something does not make it unread again.
    lib.set_progress(article_id, 0.1)
    summary_after = next(s for s in lib.list_articles() if s.id == article_id)
    assert summary_after.state == "finished"
    assert summary_after.finished_at == summary.finished_at
    assert lib.get_article(article_id).progress == 0.1
    assert finished.progress == 0.99


def test_mark_read_keeps_the_place_and_mark_unread_starts_over(lib: Library, ids):
    article_id = ids[BRIDGE.title]
    lib.set_progress(article_id, 0.5)
    assert lib.set_finished(article_id, True) is True
    assert lib.get_article(article_id).progress == 0.5
    assert lib.query_articles(show="finished")[0].id == article_id

    assert lib.set_finished(article_id, False) is True
    summary = next(s for s in lib.list_articles() if s.id == article_id)
    assert (summary.state, summary.progress, summary.finished_at) == ("unread", 0.0, None)
    assert lib.set_finished(12345, True) is False


# -- the trash ------------------------------------------------------------------------------------


FULL = make_article(
    "山の分校で運動会",
    "山あいの分校で、児童五人と地域の人たちが参加する運動会が開かれました。",
    "最後のリレーでは、保護者も一緒に走り、大きな拍手が送られました。",
    subtitle="地域の人も一緒に",
    byline="記者　川村",
    published="2024-10-05",
    source="やまびこ新聞",
    url="https://example.com/undokai",
    original="<html><body><h1>山の分校で運動会</h1><p>…</p><footer>ログイン</footer></body></html>".encode("utf-8"),
    original_type="html",
    decisions=[
        LineDecision("山の分校で運動会", "title"),
        LineDecision("ログイン", "dropped", "ui phrase"),
        LineDecision("山あいの分校で、児童五人と地域の人たちが参加する運動会が開かれました。", "body"),
    ],
)


def test_trash_hides_the_article_and_restore_brings_all_of_it_back(lib: Library):
    other_id, _ = lib.add_article(PASTED)
    article_id, _ = lib.add_article(FULL)
    lib.set_progress(article_id, 0.99)
    lib.set_progress(article_id, 0.6)
    before = lib.get_article(article_id)
    summary_before = next(s for s in lib.list_articles() if s.id == article_id)

    assert lib.move_to_trash(article_id) is True
    assert lib.get_article(article_id) is None
    assert [s.id for s in lib.list_articles()] == [other_id]
    assert lib.search("運動会") == [] and lib.search("分校") == []
    assert lib.query_articles("運動会") == []
    assert lib.find_article(FULL) is None
    assert lib.set_progress(article_id, 0.1) is False  # a late save from the view changes nothing
    assert lib.set_finished(article_id, False) is False
    assert lib.move_to_trash(article_id) is False  # already there
    assert [t.id for t in lib.trashed_articles()] == [article_id]
    assert lib.trashed_articles()[0].title == FULL.title

    assert lib.restore_from_trash(article_id) is True
    assert lib.get_article(article_id) == before  # same id, progress, original, decisions, ...
    assert next(s for s in lib.list_articles() if s.id == article_id) == summary_before
    assert [s.id for s in lib.search("運動会")] == [article_id]
    assert lib.find_article(FULL) == article_id
    assert lib.trashed_articles() == []
    assert lib.restore_from_trash(article_id) is False  # not in the trash any more
    assert lib.restore_from_trash(other_id) is False


def test_trash_lists_the_latest_deletion_first(lib: Library):
    stored = [lib.add_article(article)[0] for article in ALL]
    for article_id in stored:  # within microseconds of each other
        lib.move_to_trash(article_id)
    assert [t.id for t in lib.trashed_articles()] == list(reversed(stored))
    times = [t.deleted_at for t in lib.trashed_articles()]
    assert len(set(times)) == len(times)


def test_purge_deletes_for_good_only_what_is_old_enough(lib: Library):
    old_id, _ = lib.add_article(HARBOUR)
    new_id, _ = lib.add_article(BRIDGE)
    live_id, _ = lib.add_article(MARKET)
    lib.move_to_trash(old_id)
    lib.move_to_trash(new_id)
    lib._db.execute("UPDATE articles SET deleted_at = '2024-01-01T00:00:00.000000+00:00' WHERE id = ?", [old_id])

    assert lib.purge_trash(older_than=timedelta(days=1)) == 1
    assert [t.id for t in lib.trashed_articles()] == [new_id]
    assert lib.restore_from_trash(old_id) is False
    assert lib._db.execute("SELECT count(*) FROM paragraphs WHERE article_id = ?", [old_id]).fetchone()[0] == 0
    assert lib.purge_trash(older_than=timedelta(days=1)) == 0
    assert lib.purge_trash() == 1
    assert lib.trashed_articles() == []
    assert [s.id for s in lib.list_articles()] == [live_id]


def test_importing_a_trashed_article_again_starts_it_afresh(lib: Library):
    article_id, _ = lib.add_article(FULL)
    lib.set_progress(article_id, 0.5)
    lib.move_to_trash(article_id)
    again_id, created = lib.add_article(FULL)
    assert created is True and again_id != article_id
    assert lib.get_article(again_id).progress == 0
    assert lib.trashed_articles() == []  # the old copy is gone, not waiting to clash on restore
    assert lib.restore_from_trash(article_id) is False


def test_delete_for_good_also_empties_it_from_the_trash(lib: Library):
    article_id, _ = lib.add_article(FULL)
    lib.move_to_trash(article_id)
    assert lib.delete_article(article_id) is True
    assert lib.trashed_articles() == []


def test_a_crash_right_after_deleting_loses_nothing(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        article_id, _ = lib.add_article(FULL)
        lib.set_progress(article_id, 0.4)
        before = lib.get_article(article_id)
    # Another process deletes it and dies at once, without closing anything.
    script = textwrap.dedent(
        f"""
        import os
        from reader.core.store import Library
        lib = Library.open({str(path)!r})
        assert lib.move_to_trash({article_id})
        os._exit(3)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    with Library.open(path) as lib:
        assert lib.get_article(article_id) is None
        assert [t.id for t in lib.trashed_articles()] == [article_id]
        assert lib.restore_from_trash(article_id)
        assert lib.get_article(article_id) == before
