"""The import review dialog, driven with the real mouse and keyboard: imports from the
clipboard, a file and a URL stop there until the user saves (the article is stored as edited) or
cancels (nothing is stored)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from reader.core.review import MOVED_IN, MOVED_OUT
from tests.test_gui import LIBRARY_HTML, LIBRARY_TITLE, WAIT_MS, shown_text, type_japanese

pytestmark = pytest.mark.gui

# Our own text, as a copy from a browser brings it: page furniture around and inside the article.
PASTED_PAGE = """ログイン　会員登録
川沿いの桜並木で夜のライトアップ始まる

市内を流れる川の両岸に植えられた約三百本の桜が見ごろを迎え、夜のライトアップが始まりました。

シェアする

訪れた人たちは、水面に映る花の景色をスマートフォンで撮影して楽しんでいました。

ライトアップは今月十日まで、毎晩午後六時から九時まで行われます。
関連記事
12,345 views"""
PASTED_TITLE = "川沿いの桜並木で夜のライトアップ始まる"
FIRST, SECOND, THIRD = (
    "市内を流れる川の両岸に植えられた約三百本の桜が見ごろを迎え、夜のライトアップが始まりました。",
    "訪れた人たちは、水面に映る花の景色をスマートフォンで撮影して楽しんでいました。",
    "ライトアップは今月十日まで、毎晩午後六時から九時まで行われます。",
)


def paste(qtbot, window, text: str = PASTED_PAGE) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def wait_for_review(qtbot, window):
    qtbot.waitUntil(
        lambda: window.reviewer.dialog is not None and window.reviewer.dialog.isVisible(), timeout=WAIT_MS
    )
    return window.reviewer.dialog


def texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def click_line(qtbot, widget: QListWidget, starts: str, *, double: bool = False) -> None:
    (row,) = [row for row in range(widget.count()) if widget.item(row).text().startswith(starts)]
    item = widget.item(row)
    widget.scrollToItem(item)
    pos = widget.visualItemRect(item).center()
    if double:  # what a double click delivers: a click, then the double-click event
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def stored_articles(library):
    return [library.get_article(s.id) for s in library.list_articles()]


def test_move_a_line_in_fix_the_title_and_save(qtbot, review_imports, gui_library, open_window):
    window = open_window(gui_library)
    paste(qtbot, window)
    dialog = wait_for_review(qtbot, window)
    assert gui_library.list_articles() == []  # nothing stored while the user reviews

    assert dialog.title_edit.text() == PASTED_TITLE
    assert texts(dialog.body_list) == [FIRST, SECOND, THIRD]
    assert texts(dialog.dropped_list) == [
        "ログイン\u3000会員登録\n(ui phrase)",
        "シェアする\n(ui phrase)",
        "関連記事\n(section end)",
        "12,345 views\n(short line)",
    ]
    assert not dialog.move_in_button.isEnabled()  # nothing selected yet

    # Move "シェアする" in: it lands between the first and second paragraphs, where it was.
    click_line(qtbot, dialog.dropped_list, "シェアする")
    qtbot.mouseClick(dialog.move_in_button, Qt.MouseButton.LeftButton)
    assert texts(dialog.body_list) == [FIRST, "シェアする", SECOND, THIRD]
    assert len(texts(dialog.dropped_list)) == 3
    assert dialog.body_heading.text() == "Article (4 paragraphs)"

    # A new title, typed; a subtitle added.
    qtbot.mouseClick(dialog.title_edit, Qt.MouseButton.LeftButton)
    dialog.title_edit.selectAll()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    type_japanese(dialog.title_edit, "桜のライトアップ")
    qtbot.mouseClick(dialog.subtitle_edit, Qt.MouseButton.LeftButton)
    type_japanese(dialog.subtitle_edit, "今月十日まで")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1)
    (stored,) = stored_articles(gui_library)
    assert stored.article.title == "桜のライトアップ"
    assert stored.article.subtitle == "今月十日まで"
    assert stored.article.paragraphs == [FIRST, "シェアする", SECOND, THIRD]
    assert ("シェアする", "body", MOVED_IN) in [(d.text, d.label, d.reason) for d in stored.article.decisions]
    assert stored.article.original == PASTED_PAGE.encode("utf-8")
    qtbot.waitUntil(lambda: window.current_article_id() == stored.id)
    assert window.windowTitle() == "桜のライトアップ"
    assert window.reviewer.dialog is None


def test_cancel_stores_nothing(qtbot, review_imports, gui_library, open_window):
    window = open_window(gui_library)
    paste(qtbot, window)
    dialog = wait_for_review(qtbot, window)
    click_line(qtbot, dialog.dropped_list, "関連記事")
    qtbot.mouseClick(dialog.move_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.reviewer.dialog is None)
    assert gui_library.list_articles() == []
    assert gui_library.trashed_articles() == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert "library is empty" in shown_text(qtbot, window)


def test_escape_cancels_too(qtbot, review_imports, gui_library, open_window):
    window = open_window(gui_library)
    paste(qtbot, window)
    dialog = wait_for_review(qtbot, window)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.reviewer.dialog is None)
    assert gui_library.list_articles() == []


def test_move_a_body_line_out_by_double_click_and_save_with_the_keyboard(
    qtbot, review_imports, gui_library, open_window
):
    window = open_window(gui_library)
    paste(qtbot, window)
    dialog = wait_for_review(qtbot, window)
    click_line(qtbot, dialog.body_list, THIRD, double=True)
    assert texts(dialog.body_list) == [FIRST, SECOND]
    assert f"{THIRD}\n(removed by you)" in texts(dialog.dropped_list)
    # ...and with the keyboard, one moved back in and out again: Ctrl+Left / Ctrl+Right.
    click_line(qtbot, dialog.dropped_list, THIRD)
    qtbot.keyClick(dialog.dropped_list, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert texts(dialog.body_list) == [FIRST, SECOND, THIRD]
    qtbot.keyClick(dialog.body_list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert texts(dialog.body_list) == [FIRST, SECOND]

    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1)
    (stored,) = stored_articles(gui_library)
    assert stored.article.paragraphs == [FIRST, SECOND]
    assert stored.article.title == PASTED_TITLE
    assert (THIRD, "dropped", MOVED_OUT) in [(d.text, d.label, d.reason) for d in stored.article.decisions]


def test_an_article_without_title_or_text_cannot_be_saved(qtbot, review_imports, gui_library, open_window):
    window = open_window(gui_library)
    paste(qtbot, window)
    dialog = wait_for_review(qtbot, window)
    dialog.title_edit.setFocus()
    dialog.title_edit.selectAll()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Delete)
    assert not dialog.save_button.isEnabled()
    assert dialog.problem_label.text() == "The article needs a title."
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # nothing happens
    assert dialog.isVisible() and gui_library.list_articles() == []
    qtbot.keyClicks(dialog.title_edit, "Sakura")
    assert dialog.save_button.isEnabled()

    for text in (FIRST, SECOND, THIRD):
        click_line(qtbot, dialog.body_list, text, double=True)
    assert texts(dialog.body_list) == []
    assert not dialog.save_button.isEnabled()
    assert "at least one line" in dialog.problem_label.text()
    click_line(qtbot, dialog.dropped_list, SECOND, double=True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1)
    (stored,) = stored_articles(gui_library)
    assert (stored.article.title, stored.article.paragraphs) == ("Sakura", [SECOND])


def test_dont_show_again_turns_the_review_off_and_the_menu_turns_it_on(
    qtbot, review_imports, tmp_path, gui_library, open_window
):
    window = open_window(gui_library)
    toggle = window.menu_actions.review_imports
    assert toggle.isChecked()
    paste(qtbot, window)
    dialog = wait_for_review(qtbot, window)
    qtbot.mouseClick(dialog.dont_show_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1)
    assert not toggle.isChecked()
    assert QSettings().value("imports/review") in (False, "false")

    # The next import is stored straight away.
    page = tmp_path / "toshokan.html"
    page.write_text(LIBRARY_HTML, encoding="utf-8")
    window.imports.import_file(page)
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 2, timeout=WAIT_MS)
    assert window.reviewer.dialog is None

    toggle.trigger()  # File ▸ Review Imports
    assert toggle.isChecked() and window.reviewer.enabled
    paste(qtbot, window, PASTED_PAGE.replace("三百本", "五百本"))
    wait_for_review(qtbot, window).reject()


def test_an_opened_file_and_a_url_are_reviewed_one_after_the_other(
    qtbot, review_imports, tmp_path, gui_library, open_window, site
):
    page = tmp_path / "toshokan.html"
    page.write_text(LIBRARY_HTML, encoding="utf-8")
    url = site.add("/news/sakura", PASTED_PAGE.encode("utf-8"), content_type="text/plain; charset=utf-8")
    window = open_window(gui_library)
    window.imports.import_file(page)
    first = wait_for_review(qtbot, window)
    assert first.title_edit.text() == LIBRARY_TITLE
    assert "ひかり新聞" in first.findChild(QLabel, "detailsLabel").text()
    assert texts(first.dropped_list) == [] and first.dropped_heading.text() == "Dropped lines (0)"
    assert first.body_heading.text() == "Article (4 paragraphs)"

    # A second import finishing meanwhile waits for its turn.
    window.imports.import_url(url)
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=WAIT_MS)
    assert window.reviewer.dialog is first
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)

    second = wait_for_review(qtbot, window)
    assert second is not first
    assert second.title_edit.text() == PASTED_TITLE
    assert url in second.findChild(QLabel, "detailsLabel").text()
    qtbot.mouseClick(second.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.reviewer.dialog is None)
    assert [s.title for s in gui_library.list_articles()] == [LIBRARY_TITLE]


def test_an_article_already_in_the_library_is_not_reviewed_again(qtbot, review_imports, gui_library, open_window):
    window = open_window(gui_library)
    paste(qtbot, window)
    qtbot.mouseClick(wait_for_review(qtbot, window).save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1)
    qtbot.waitUntil(window.isActiveWindow)  # the window has the keyboard again
    paste(qtbot, window)
    qtbot.waitUntil(lambda: "Already in your library" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert window.reviewer.dialog is None
    assert len(gui_library.list_articles()) == 1


def test_closing_the_window_during_a_review_stores_nothing(qtbot, review_imports, gui_library, open_window):
    window = open_window(gui_library)
    paste(qtbot, window)
    wait_for_review(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: window.reviewer.dialog is None)
    assert gui_library.list_articles() == []
