"""Correcting a reading in the real window: right-click a word (the real mouse), choose Correct
Reading, type the reading (as the input method commits it), save; the word reads so in every
paragraph and every article, and Use Automatic Reading or Edit ▸ Reading Corrections… undoes it.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLineEdit

from reader.core.models import Article
from tests.test_gui import WAIT_MS, add_all, page_value, type_japanese
from tests.test_highlights_gui import drag_select

pytestmark = pytest.mark.gui

# Our own text. 市場 (しじょう "market" in economics, いちば a marketplace) is the word to correct.
MARKET = Article(
    title="朝の市場を歩く",
    paragraphs=["駅前の市場で野菜を買った。", "七日には市場が休みになる。"],
    source="テスト新聞",
)
OTHER = Article(title="週末の予定", paragraphs=["土曜日に市場へ行く予定だ。"], source="テスト新聞")


@pytest.fixture
def corrections_window(qtbot, gui_library, open_window, reader_dictionary):
    ids = add_all(gui_library, [MARKET, OTHER])
    window = open_window(gui_library, select_id=ids[0])
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.article_view.ready and window.article_view.article_id == ids[0], timeout=WAIT_MS)
    return window, ids


def rubies_of(qtbot, view, word: str) -> list[str]:
    """The reading shown over each occurrence of ``word`` (a one-ruby word) in the page."""
    return page_value(qtbot, view, "Array.from(document.querySelectorAll('ruby'))"
                                   f".filter(r => r.firstChild.textContent === {word!r})"
                                   ".map(r => r.querySelector('rt').textContent)")


def point_of(qtbot, view, block: int, offset: int) -> QPoint:
    rect = page_value(qtbot, view, f"yomu.rectOf({block}, {offset})")
    assert rect, (block, offset)
    return QPoint(int(rect["x"] + rect["w"] / 2), int(rect["y"] + rect["h"] / 2))


def right_click(qtbot, window, block: int, offset: int):
    """Right-click the character with the real mouse; the reader's menu once it is up."""
    view = window.article_view
    before = window.context_menu.menu
    point = point_of(qtbot, view, block, offset)
    qtbot.mouseMove(view.focusProxy(), point)
    qtbot.wait(20)
    qtbot.mouseClick(view.focusProxy(), Qt.MouseButton.RightButton, pos=point)
    qtbot.waitUntil(lambda: window.context_menu.menu is not before and window.context_menu.menu.isVisible(),
                    timeout=WAIT_MS)
    return window.context_menu.menu


def action_named(menu, start: str):
    for action in menu.actions():
        if action.text().replace("&", "").startswith(start):
            return action
    raise AssertionError(f"no {start!r} in {[a.text() for a in menu.actions()]}")


def choose(qtbot, menu, action) -> None:
    """Click a menu item with the real mouse."""
    centre = menu.actionGeometry(action).center()
    qtbot.mouseMove(menu, centre)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=centre)


def open_dialog_for(qtbot, window, block: int, offset: int):
    menu = right_click(qtbot, window, block, offset)
    choose(qtbot, menu, action_named(menu, "Correct Reading"))
    qtbot.waitUntil(lambda: window.reading_corrections.dialog is not None
                    and window.reading_corrections.dialog.isVisible(), timeout=WAIT_MS)
    return window.reading_corrections.dialog


def reloaded(qtbot, window, old_token: str) -> None:
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready and view._token != old_token, timeout=WAIT_MS)


def edit_cell(qtbot, table, row: int, column: int) -> QLineEdit:
    """Double-click the cell (the real mouse); its editor once it is open."""
    cell = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState
                    and table.viewport().findChild(QLineEdit) is not None, timeout=WAIT_MS)
    return table.viewport().findChild(QLineEdit)


def test_right_click_correct_reading_applies_everywhere_and_can_be_undone(qtbot, corrections_window, screenshot_dir):
    window, ids = corrections_window
    view = window.article_view
    automatic = rubies_of(qtbot, view, "市場")
    assert len(automatic) == 3 and len(set(automatic)) == 1  # title and both paragraphs
    wanted = "しじょう" if automatic[0] == "いちば" else "いちば"

    menu = right_click(qtbot, window, 0, MARKET.paragraphs[0].index("市場") + 1)
    assert action_named(menu, "Look Up “市場”")
    correct = action_named(menu, "Correct Reading of “市場”")
    assert correct.isEnabled()
    assert not action_named(menu, "Copy").isEnabled()  # nothing selected
    menu.grab().save(str(screenshot_dir / "reader-context-menu.png"))
    choose(qtbot, menu, correct)
    qtbot.waitUntil(lambda: window.reading_corrections.dialog is not None, timeout=WAIT_MS)
    dialog = window.reading_corrections.dialog
    assert dialog.reading_edit.text() == automatic[0]  # starts from what the page shows
    assert "駅前の" in dialog.findChild(type(dialog.preview), "readingContext").text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not dialog.reset_button.isEnabled()  # nothing to forget yet

    # Something that is not a reading: Save is off and the dialog says why.
    qtbot.keyClicks(dialog.reading_edit, "x1")
    assert not save.isEnabled()
    assert "romaji" in dialog.problem.text()
    dialog.reading_edit.selectAll()
    qtbot.keyClick(dialog.reading_edit, Qt.Key.Key_Backspace)
    # Romaji from the real keyboard is taken, and the dialog shows what it becomes.
    romaji = {"いちば": "ichiba", "しじょう": "shijou"}[wanted]
    qtbot.keyClicks(dialog.reading_edit, romaji)
    assert save.isEnabled() and dialog.problem.text() == ""
    assert dialog.preview.text() == f"Shown as 市場《{wanted}》  ({romaji} → {wanted})"
    dialog.reading_edit.selectAll()
    qtbot.keyClick(dialog.reading_edit, Qt.Key.Key_Backspace)
    type_japanese(dialog.reading_edit, wanted)  # as an input method commits it
    assert save.isEnabled() and dialog.problem.text() == ""
    assert dialog.preview.text() == f"Shown as 市場《{wanted}》"
    dialog.grab().save(str(screenshot_dir / "reading-dialog.png"))
    token = view._token
    qtbot.keyClick(dialog.reading_edit, Qt.Key.Key_Return)
    reloaded(qtbot, window, token)

    assert window.library.reading_overrides() == {("市場", "市場"): wanted}
    assert rubies_of(qtbot, view, "市場") == [wanted] * 3
    # marked as the reader's own reading, in its own colour, and nothing else is
    marked = page_value(qtbot, view, "Array.from(document.querySelectorAll('ruby.c'))"
                                     ".map(r => r.firstChild.textContent)")
    assert marked == ["市場"] * 3
    assert wanted in window.statusBar().currentMessage()
    # Another article has it too.
    window.open_article(ids[1])
    qtbot.waitUntil(lambda: view.ready and view.article_id == ids[1], timeout=WAIT_MS)
    assert rubies_of(qtbot, view, "市場") == [wanted]

    # Back to automatic from the same menu.
    dialog = open_dialog_for(qtbot, window, 0, OTHER.paragraphs[0].index("市場"))
    assert dialog.reading_edit.text() == wanted
    assert dialog.reset_button.isEnabled()
    token = view._token
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, window, token)
    assert window.library.reading_overrides() == {}
    assert rubies_of(qtbot, view, "市場") == automatic[:1]


def test_escape_cancels_and_stores_nothing(qtbot, corrections_window):
    window, _ids = corrections_window
    dialog = open_dialog_for(qtbot, window, 0, MARKET.paragraphs[0].index("野菜"))
    assert dialog.target.surface == "野菜"
    qtbot.keyClick(dialog.reading_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.reading_corrections.dialog is None, timeout=WAIT_MS)
    assert window.library.reading_overrides() == {}


def test_keyboard_correct_reading_at_the_caret(qtbot, corrections_window):
    window, _ids = corrections_window
    view = window.article_view
    point = point_of(qtbot, view, 1, MARKET.paragraphs[1].index("休"))
    qtbot.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=point)  # puts the caret there
    # the page takes the click in its own time: the shortcut is pressed once the caret is there
    qtbot.waitUntil(lambda: (page_value(qtbot, view, "yomu.caretTarget()") or {}).get("block") == 1,
                    timeout=WAIT_MS)
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_Escape)  # the click's popup away
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_R, ctrl_shift)
    qtbot.waitUntil(lambda: window.reading_corrections.dialog is not None, timeout=WAIT_MS)
    dialog = window.reading_corrections.dialog
    assert dialog.target.surface == "休み"
    assert dialog.reading_edit.text() == "やすみ"
    assert dialog.preview.text() == "Shown as 休《やす》み"
    dialog.reject()


def test_a_counter_read_with_its_number_is_not_offered(qtbot, corrections_window):
    window, _ids = corrections_window
    menu = right_click(qtbot, window, 1, MARKET.paragraphs[1].index("日"))
    correct = action_named(menu, "Correct Reading")
    assert not correct.isEnabled()
    assert "number" in correct.text()
    menu.close()


def test_corrections_list_changes_and_removes(qtbot, corrections_window):
    window, _ids = corrections_window
    view = window.article_view
    window.library.set_reading_override("市場", "いちば", "市場")
    window.library.set_reading_override("野菜", "やさい")
    window.reload_article()
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    assert rubies_of(qtbot, view, "市場") == ["いちば"] * 3

    edit = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit").menu()
    action_named(edit, "Reading Corrections").trigger()
    dialog = window.reading_corrections.list_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    table = dialog.table
    assert [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())] == [
        ["市場", "市場", "いちば"], ["野菜", "any", "やさい"]]

    # Filter, then change a reading in place: double-click, type, Enter.
    type_japanese(dialog.filter_edit, "市")
    assert [table.isRowHidden(r) for r in range(2)] == [False, True]
    editor = edit_cell(qtbot, table, 0, 2)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    type_japanese(editor, "シジョウ")  # katakana is stored as hiragana
    token = view._token
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    reloaded(qtbot, window, token)
    assert window.library.reading_overrides()[("市場", "市場")] == "しじょう"
    assert rubies_of(qtbot, view, "市場") == ["しじょう"] * 3

    # A reading that is not kana is refused, and the stored one stays.
    editor = edit_cell(qtbot, table, 0, 2)
    editor.selectAll()
    qtbot.keyClicks(editor, "x1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not changed" in dialog.problem.text(), timeout=WAIT_MS)
    assert window.library.reading_overrides()[("市場", "市場")] == "しじょう"
    assert table.item(0, 2).text() == "しじょう"

    # Remove with the Delete key.
    dialog.filter_edit.clear()
    table.selectRow(0)
    token = view._token
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    reloaded(qtbot, window, token)
    assert window.library.reading_overrides() == {("野菜", ""): "やさい"}
    assert table.rowCount() == 1
    assert len(set(rubies_of(qtbot, view, "市場"))) == 1
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_selected_words_are_corrected_as_one_phrase(qtbot, corrections_window):
    """A counter read with its number, or a name the analyser splits, is corrected by selecting
    it: the phrase is read so wherever it is written, and the words alone are left as they were."""
    window, ids = corrections_window
    view = window.article_view
    para = MARKET.paragraphs[1]
    assert rubies_of(qtbot, view, "七日") == ["なのか"]
    drag_select(qtbot, view, 1, para.index("七日"), para.index("七日") + 2)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "window.getSelection().toString()") == "七日", timeout=WAIT_MS)
    menu = right_click(qtbot, window, 1, para.index("日"))
    assert action_named(menu, "Copy").isEnabled()
    correct = action_named(menu, "Correct Reading of “七日”")
    assert correct.isEnabled()
    choose(qtbot, menu, correct)
    qtbot.waitUntil(lambda: window.reading_corrections.dialog is not None, timeout=WAIT_MS)
    dialog = window.reading_corrections.dialog
    assert dialog.reading_edit.text() == "なのか"
    dialog.reading_edit.selectAll()
    qtbot.keyClick(dialog.reading_edit, Qt.Key.Key_Backspace)
    type_japanese(dialog.reading_edit, "なぬか")
    token = view._token
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    reloaded(qtbot, window, token)
    assert window.library.reading_overrides() == {("七日", ""): "なぬか"}
    assert rubies_of(qtbot, view, "七日") == ["なぬか"]
    assert len(rubies_of(qtbot, view, "市場")) == 3  # the rest of the article is read as before
