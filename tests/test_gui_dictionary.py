"""The window's first dictionary build (reader.ui.dictionary_build): in the background, with
progress in the status bar, on real widgets offscreen. The build input is a fixture database
named by YOMU_DICTIONARY_SOURCE, the index goes to tmp_path through YOMU_DICTIONARY_INDEX."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.dictionary.build import SOURCE_ENV_VAR
from reader.core.dictionary.index import INDEX_ENV_VAR, DictionaryIndex
from reader.core.dictionary.manage import index_ready
from reader.core.models import Article
from tests.test_dictionary_index import make_source
from tests.test_gui import type_japanese

pytestmark = pytest.mark.gui

BUILD_MS = 60_000
FILLER = 30_000  # invented entries: a build of about a second, long enough to act during it


@pytest.fixture(scope="module")
def slow_source(tmp_path_factory) -> Path:
    """The fixture dictionary plus FILLER invented words (てすと0 …), so a build takes a while."""
    path = make_source(tmp_path_factory.mktemp("slow-source") / "jamdict.db", extra=("lookup_sample.sql",))
    db = sqlite3.connect(path)
    ids = range(100_000, 100_000 + FILLER)
    db.executemany("INSERT INTO Entry VALUES (?)", [(i,) for i in ids])
    db.executemany("INSERT INTO Kana VALUES (?, ?, ?, 0)", [(i, i, f"てすと{i}") for i in ids])
    db.executemany("INSERT INTO Sense VALUES (?, ?)", [(i, i) for i in ids])
    db.executemany("INSERT INTO SenseGloss VALUES (?, 'eng', '', ?)", [(i, f"test word {i}") for i in ids])
    db.commit()
    db.close()
    return path


@pytest.fixture
def fresh_index(tmp_path, monkeypatch, gui_settings, slow_source) -> Path:
    """No index yet at the path the window uses; the slow fixture source as build input."""
    path = tmp_path / "dictionary" / "dictionary.sqlite3"
    monkeypatch.setenv(INDEX_ENV_VAR, str(path))
    monkeypatch.setenv(SOURCE_ENV_VAR, str(slow_source))
    return path


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(f".{path.name}*")) if path.parent.exists() else []


def test_first_build_shows_progress_and_the_window_stays_usable(qtbot, gui_library, open_window, fresh_index):
    gui_library.add_article(Article(title="港町で朝市", paragraphs=["週末の朝、港の広場に店が出ました。"]))
    gui_library.add_article(Article(title="山の学校", paragraphs=["小学生たちが田んぼに入りました。"]))
    window = open_window(gui_library)
    build = window.dictionary_build
    assert build.running and build.bar.isVisible() and build.label.isVisible()
    assert build.label.text().startswith("Building dictionary… ") and build.label.text().endswith("%")

    # The reader works meanwhile: searching the library, opening an article.
    type_japanese(window.search_field, "山の")
    qtbot.waitUntil(lambda: len(window.library_panel.article_ids()) == 1)
    assert window.current_article_id() == window.library_panel.article_ids()[0]
    assert build.running  # still building while the window answered

    qtbot.waitUntil(lambda: build.bar.value() > 0 or not build.running, timeout=BUILD_MS)
    if build.running:
        percent = build.bar.value()
        assert build.label.text() == f"Building dictionary… {percent}%"
    with qtbot.waitSignal(build.ready, timeout=BUILD_MS) as ready:
        pass
    assert ready.args == [fresh_index]
    assert not build.running and not build.bar.isVisible() and not build.label.isVisible()
    assert window.statusBar().currentMessage() == "Dictionary ready."
    assert index_ready(fresh_index) and leftovers(fresh_index) == []
    with DictionaryIndex.open(fresh_index) as index:
        assert index.entries_for("示す") and index.entries_for(f"てすと{100_000 + FILLER - 1}")


def test_no_build_when_the_dictionary_is_ready(gui_library, open_window, sample_dictionary):
    window = open_window(gui_library)  # gui_settings points the window at the built sample dictionary
    build = window.dictionary_build
    assert build.index_path == sample_dictionary and not build.running
    assert not build.bar.isVisible() and not build.label.isVisible()
    assert build.start() is False


def test_a_failed_build_is_a_status_message(qtbot, gui_library, open_window, fresh_index, monkeypatch, tmp_path):
    monkeypatch.setenv(SOURCE_ENV_VAR, str(tmp_path / "no-such-source.db"))
    window = open_window(gui_library)
    build = window.dictionary_build
    with qtbot.waitSignal(build.failed, timeout=BUILD_MS) as failed:
        pass
    assert "no-such-source.db" in failed.args[0]
    message = window.statusBar().currentMessage()
    assert message.startswith("The dictionary could not be built: ") and "no-such-source.db" in message
    assert not build.running and not build.bar.isVisible()
    assert window.message_box is None and QApplication.activeModalWidget() is None  # no dialog
    assert not fresh_index.exists() and leftovers(fresh_index) == []


def test_closing_the_window_during_the_build(qtbot, gui_library, open_window, fresh_index):
    window = open_window(gui_library)
    build = window.dictionary_build
    assert build.running
    window.close()
    assert not build.running and not build.bar.isVisible()
    assert build.wait(BUILD_MS / 1000)
    # Cancelled at its next progress report: no index, and no temporary file either.
    assert not fresh_index.exists() and leftovers(fresh_index) == []


def test_a_damaged_index_is_rebuilt_in_the_background(qtbot, gui_library, open_window, fresh_index):
    fresh_index.parent.mkdir(parents=True)
    fresh_index.write_bytes(b"\x00not an index\xff" * 100)
    window = open_window(gui_library)
    build = window.dictionary_build
    assert build.running
    with qtbot.waitSignal(build.ready, timeout=BUILD_MS):
        pass
    assert index_ready(fresh_index)
