"""The library list in the window: sort and filter controls, read/unread in the rows, marking
read and unread, and delete with undo. Real widgets, real Library files, offscreen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QMenu

from reader.core.models import Article
from reader.core.store import Library
from tests.test_gui import (
    ARTICLES,
    WAIT_MS,
    add_all,
    click_row,
    list_titles,
    long_article,
    page_fraction,
    shown_text,
    type_japanese,
)

pytestmark = pytest.mark.gui

# Our own short texts, imported oldest first.
NEWS = [
    Article(
        title="駅前に新しい図書館",
        paragraphs=["駅前に新しい図書館ができ、朝から多くの人が訪れました。"],
        source="ひかり新聞",
        published="2024-03-01",
    ),
    Article(
        title="川で花火大会",
        paragraphs=["川の河川敷で花火大会が開かれ、夜空に大きな花が咲きました。"],
        source="あおぞら日報",
        published="2024-08-10",
    ),
    Article(
        title="農家で稲刈り体験",
        paragraphs=["小学生が農家を訪れ、稲刈りを体験しました。花火大会の話もしました。"],
        published="2024-09-20",
    ),
]
LIBRARY, HANABI, INEKARI = (a.title for a in NEWS)


def add_news(library: Library) -> dict[str, int]:
    ids = {}
    for minute, article in enumerate(NEWS):
        article_id, _ = library.add_article(article)
        library._db.execute(  # distinct import times, oldest first
            "UPDATE articles SET imported_at = ? WHERE id = ?", [f"2024-10-01T09:0{minute}:00+00:00", article_id]
        )
        ids[article.title] = article_id
    return ids


def choose(qtbot, combo: QComboBox, key: str) -> None:
    """Pick an entry with the keyboard, as a user tabbing through the controls does."""
    target = combo.findData(key)
    assert target >= 0, key
    combo.setFocus()
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def context_menu_pick(qtbot, window, article_id: int, text: str) -> list[str]:
    """Right-click the article's row (the context menu event the platform sends) and click the
    entry with the mouse. Returns the menu's entries."""
    view = window.list_view
    index = window.library_panel.model.index(window.library_panel.model.row_of(article_id))
    pos = view.visualRect(index).center()
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(10)

    def click_entry() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and menu.isVisible():
            timer.stop()
            seen.extend(action.text().replace("&", "") for action in menu.actions())
            (action,) = [a for a in menu.actions() if a.text().replace("&", "") == text]
            assert action.isEnabled(), text
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    timer.timeout.connect(click_entry)
    timer.start()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)  # returns when the menu has closed
    timer.stop()
    assert seen, "no context menu appeared"
    return seen


def state_of(library: Library, article_id: int) -> str:
    return next(s.state for s in library.list_articles() if s.id == article_id)


# ------------------------------------------------------------------------ sorting and filtering
def test_sort_and_filter_reorder_the_list_and_are_remembered(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    gui_library.set_progress(ids[HANABI], 0.5)
    window = open_window(gui_library)
    controls = window.library_panel.controls
    assert list_titles(window) == [INEKARI, HANABI, LIBRARY]  # newest imported first

    choose(qtbot, controls.sort_combo, "source")
    assert controls.sort_combo.currentText() == "Source"
    assert list_titles(window) == [HANABI, LIBRARY, INEKARI]  # あおぞら, ひかり, no source last
    choose(qtbot, controls.sort_combo, "published")
    assert list_titles(window) == [INEKARI, HANABI, LIBRARY]
    choose(qtbot, controls.sort_combo, "progress")
    assert list_titles(window) == [INEKARI, LIBRARY, HANABI]  # unread ones first, then 50%

    choose(qtbot, controls.filter_combo, "unread")
    assert list_titles(window) == [INEKARI, LIBRARY]
    assert window.library_panel.count_label.text() == "2 unread"
    choose(qtbot, controls.filter_combo, "finished")
    assert list_titles(window) == []
    assert window.library_panel.count_label.text() == "No finished articles"
    assert "library is empty" not in shown_text(qtbot, window)
    choose(qtbot, controls.filter_combo, "in_progress")
    assert list_titles(window) == [HANABI]
    window.close()

    again = open_window(gui_library)
    assert again.library_panel.sort == "progress"
    assert again.library_panel.filter == "in_progress"
    assert again.library_panel.controls.filter_combo.currentText() == "In progress"
    assert list_titles(again) == [HANABI]


def test_filter_and_sort_work_with_the_search(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    window = open_window(gui_library)
    controls = window.library_panel.controls
    type_japanese(window.search_field, "花火大会")  # in HANABI's title and INEKARI's body
    qtbot.waitUntil(lambda: sorted(list_titles(window)) == sorted([HANABI, INEKARI]))
    choose(qtbot, controls.sort_combo, "title")
    assert list_titles(window) == sorted([HANABI, INEKARI])
    assert window.library_panel.count_label.text() == "2 matches"

    gui_library.set_progress(ids[INEKARI], 0.3)
    choose(qtbot, controls.filter_combo, "in_progress")
    assert list_titles(window) == [INEKARI]
    assert window.library_panel.count_label.text() == "1 match"
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # clear the search, keep the filter
    qtbot.waitUntil(lambda: window.search_field.text() == "")
    assert list_titles(window) == [INEKARI]


def test_a_stored_setting_from_elsewhere_falls_back_to_the_defaults(gui_library, open_window):
    from PySide6.QtCore import QSettings

    QSettings().setValue("library/sort", "colour")
    QSettings().setValue("library/filter", 42)
    add_news(gui_library)
    window = open_window(gui_library)
    assert (window.library_panel.sort, window.library_panel.filter) == ("imported", "all")
    assert list_titles(window) == [INEKARI, HANABI, LIBRARY]


# ------------------------------------------------------------------------------ read and unread
def dot_colour(window, article_id: int):
    """The colour painted where a row's unread dot goes."""
    view = window.list_view
    rect = view.visualRect(window.library_panel.model.index(window.library_panel.model.row_of(article_id)))
    centre = view.itemDelegate().dot_rect(rect, view.font()).center()
    image = view.viewport().grab().toImage()
    return image.pixelColor(centre * image.devicePixelRatio())


def test_unread_articles_have_a_dot_and_read_ones_do_not(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    gui_library.set_progress(ids[HANABI], 1.0)
    window = open_window(gui_library, select_id=ids[LIBRARY])  # rows not selected: INEKARI, HANABI
    highlight = window.list_view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert dot_colour(window, ids[INEKARI]) == highlight
    assert dot_colour(window, ids[HANABI]) != highlight
    model = window.library_panel.model

    def accessible(article_id):
        return model.data(model.index(model.row_of(article_id)), Qt.ItemDataRole.AccessibleTextRole)

    assert accessible(ids[INEKARI]).endswith("New")
    assert accessible(ids[HANABI]).endswith("Read")


def test_mark_read_and_unread_from_the_context_menu(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    window = open_window(gui_library)
    click_row(qtbot, window, ids[INEKARI])
    qtbot.waitUntil(lambda: window.current_article_id() == ids[INEKARI])
    assert not window.menu_actions.mark_unread.isEnabled()  # it is unread already

    entries = context_menu_pick(qtbot, window, ids[INEKARI], "Mark as Read")
    assert "Mark as Unread" in entries and "Delete Article" in entries
    assert state_of(gui_library, ids[INEKARI]) == "finished"
    assert window.library_panel.model.summary_at(0).state == "finished"
    assert not window.menu_actions.mark_read.isEnabled()
    assert window.menu_actions.mark_unread.isEnabled()

    context_menu_pick(qtbot, window, ids[INEKARI], "Mark as Unread")
    assert state_of(gui_library, ids[INEKARI]) == "unread"
    assert window.library_panel.model.summary_at(0).state == "unread"


def test_marking_the_open_article_unread_starts_it_over(qtbot, gui_library, open_window):
    (long_id,) = add_all(gui_library, [long_article()])
    window = open_window(gui_library, select_id=long_id)
    view = window.article_view
    assert page_fraction(qtbot, view) == 0.0
    view.focusProxy().setFocus()
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_End)  # read to the end
    qtbot.waitUntil(lambda: view.reading_fraction() == 1.0, timeout=WAIT_MS)
    window.save_progress()
    assert state_of(gui_library, long_id) == "finished"

    window.list_view.setFocus()
    window.menu_actions.mark_unread.trigger()  # Edit ▸ Mark as Unread
    assert state_of(gui_library, long_id) == "unread"
    qtbot.waitUntil(lambda: page_fraction(qtbot, view) == 0.0, timeout=WAIT_MS)
    window.close()  # saving the place on closing keeps it unread
    assert state_of(gui_library, long_id) == "unread"


def test_the_filter_follows_marking(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    window = open_window(gui_library)
    choose(qtbot, window.library_panel.controls.filter_combo, "unread")
    click_row(qtbot, window, ids[HANABI])
    window.list_view.setFocus()
    window.menu_actions.mark_read.trigger()
    assert list_titles(window) == [INEKARI, LIBRARY]
    assert window.current_article_id() == ids[HANABI]  # still being read, just not listed


# -------------------------------------------------------------------------- delete with undo
def test_ctrl_z_undoes_the_latest_delete_first(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    window = open_window(gui_library)
    for title in (HANABI, LIBRARY):
        click_row(qtbot, window, ids[title])
        qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert list_titles(window) == [INEKARI]
    assert [t.id for t in gui_library.trashed_articles()] == [ids[LIBRARY], ids[HANABI]]

    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list_titles(window) == [INEKARI, LIBRARY]
    assert window.current_article_id() == ids[LIBRARY]
    window.menu_actions.undo_delete.trigger()  # Edit ▸ Undo Delete
    assert list_titles(window) == [INEKARI, HANABI, LIBRARY]
    assert window.current_article_id() == ids[HANABI]
    assert not window.menu_actions.undo_delete.isEnabled()


def test_ctrl_z_in_the_search_field_undoes_typing_not_a_delete(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    window = open_window(gui_library)
    click_row(qtbot, window, ids[HANABI])
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_field, "abc")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.text() == ""
    assert [t.id for t in gui_library.trashed_articles()] == [ids[HANABI]]


def test_undo_shows_the_article_even_when_the_filter_hides_it(qtbot, gui_library, open_window):
    ids = add_news(gui_library)
    gui_library.set_progress(ids[HANABI], 1.0)
    window = open_window(gui_library)
    click_row(qtbot, window, ids[HANABI])
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    choose(qtbot, window.library_panel.controls.filter_combo, "unread")
    type_japanese(window.search_field, "図書館")
    qtbot.mouseClick(window.commands.undo_bar.button, Qt.MouseButton.LeftButton)
    assert window.library_panel.filter == "all" and window.search_field.text() == ""
    assert window.current_article_id() == ids[HANABI]
    assert window.library_panel.current_article_id() == ids[HANABI]


def test_undo_survives_closing_the_window(qtbot, gui_library, open_window):
    ids = add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    click_row(qtbot, window, ids[0])
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    window.close()  # or a crash: the trash is in the library file

    again = open_window(gui_library)
    assert ids[0] not in again.library_panel.article_ids()
    assert again.menu_actions.undo_delete.isEnabled()
    assert ARTICLES[0].title in again.menu_actions.undo_delete.statusTip()
    qtbot.keyClick(again.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert again.current_article_id() == ids[0]
    assert gui_library.trashed_articles() == []


def test_old_deletions_are_purged_when_the_window_opens(gui_library, open_window):
    ids = add_all(gui_library, ARTICLES)
    gui_library.move_to_trash(ids[0])
    gui_library.move_to_trash(ids[1])
    gui_library._db.execute(
        "UPDATE articles SET deleted_at = '2024-01-01T00:00:00.000000+00:00' WHERE id = ?", [ids[0]]
    )
    window = open_window(gui_library)
    assert [t.id for t in gui_library.trashed_articles()] == [ids[1]]  # yesterday's is gone
    assert list_titles(window) == [ARTICLES[2].title]


def test_url_field_imports_on_enter(qtbot, gui_library, open_window, site):
    from tests.test_gui import LIBRARY_HTML, LIBRARY_TITLE, WAIT_MS

    url = site.add("/toshokan", LIBRARY_HTML.encode("utf-8"))
    window = open_window(gui_library)
    field = window.url_bar.field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, url)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [s.title for s in gui_library.list_articles()] == [LIBRARY_TITLE], timeout=WAIT_MS)
    assert field.text() == ""  # cleared once the import started
    assert site.requests == ["/toshokan"]


def test_ctrl_v_in_the_list_imports_but_in_a_field_pastes_text(qtbot, gui_library, open_window):
    from PySide6.QtWidgets import QApplication

    from tests.test_gui import SAKURA_TEXT, SAKURA_TITLE, WAIT_MS

    window = open_window(gui_library)
    QApplication.clipboard().setText(SAKURA_TEXT)
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.text().startswith(SAKURA_TITLE)  # the field took it as text
    qtbot.wait(200)
    assert gui_library.list_articles() == []
    window.search_field.clear()
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [s.title for s in gui_library.list_articles()] == [SAKURA_TITLE], timeout=WAIT_MS)
