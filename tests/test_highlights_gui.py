"""Highlights and notes in the real window: drag-select with the real mouse, highlight, write notes
with the keyboard, close, reopen against the same library file, and find everything in place."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QPlainTextEdit, QToolButton

from reader.core.models import Article
from reader.core.store import Library
from tests.test_gui import WAIT_MS, add_all, page_value, type_japanese
from tests.test_reader_view import click_at

pytestmark = pytest.mark.gui

ARTICLE = Article(
    title="駅前の図書館が夜まで開館",
    paragraphs=[
        "市は七日、駅前の図書館の開館時間を夜九時まで延ばすと発表した。",
        "仕事帰りの人にも本を借りてもらうのが狙いで、来月から始める。",
        "市の担当者は「多くの人に使ってほしい」と話した。",
    ],
    source="テスト新聞",
)


def drag_select(qtbot, view, block: int, start: int, end: int) -> None:
    """Press at the start character's left edge, move across, release at the end character's right edge."""
    a = page_value(qtbot, view, f"yomu.rectOf({block}, {start})")
    b = page_value(qtbot, view, f"yomu.rectOf({block}, {end - 1})")
    target = view.focusProxy()
    y_a, y_b = int(a["y"] + a["h"] / 2), int(b["y"] + b["h"] / 2)
    qtbot.mouseMove(target, QPoint(int(a["x"]) + 1, y_a))
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=QPoint(int(a["x"]) + 1, y_a))
    steps = 8
    for k in range(1, steps + 1):
        x = int(a["x"] + (b["x"] + b["w"] - a["x"]) * k / steps)
        y = int(y_a + (y_b - y_a) * k / steps)
        qtbot.mouseMove(target, QPoint(x, y))
        qtbot.wait(10)
    end_point = QPoint(int(b["x"] + b["w"]) - 1, y_b)
    qtbot.mouseMove(target, end_point)
    qtbot.wait(100)  # the engine takes the selection from the moves: let it see the last one before the release
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end_point)


def wait_for_bar(qtbot, view) -> dict:
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.selectionBar()")["open"], timeout=WAIT_MS)
    return page_value(qtbot, view, "yomu.selectionBar()")["buttons"]


@pytest.fixture
def library_path(tmp_path):
    path = tmp_path / "notes-library.sqlite3"
    with Library.open(path) as lib:
        add_all(lib, [ARTICLE])
    return path


def open_reader(qtbot, open_window, path):
    library = Library.open(path)
    window = open_window(library)
    window.resize(1100, 720)
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready and view.article_id is not None, timeout=WAIT_MS)
    return library, window, view


def test_select_highlight_annotate_close_reopen(qtbot, open_window, library_path, reader_dictionary, screenshot_dir):
    library, window, view = open_reader(qtbot, open_window, library_path)
    article_id = view.article_id
    para = ARTICLE.paragraphs[0]
    start, end = para.index("開館時間"), para.index("延ばす") + len("延ばす")
    drag_select(qtbot, view, 0, start, end)
    offsets = page_value(qtbot, view, "yomu.selectionOffsets()")
    assert offsets == {"startBlock": 0, "start": start, "endBlock": 0, "end": end}
    buttons = wait_for_bar(qtbot, view)
    click_at(qtbot, view, buttons["green"])
    qtbot.waitUntil(lambda: len(library.highlights_for(article_id)) == 1, timeout=WAIT_MS)
    (h,) = library.highlights_for(article_id)
    assert (h.paragraph, h.start, h.end, h.quote, h.colour) == (0, start, end, para[start:end], "green")
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.drawnHighlights()").get("yomu-hl-green") == 1,
                    timeout=WAIT_MS)

    # The panel shows it; a note typed with the keyboard is saved as it is typed, Markdown rendered.
    panel = window.notes_panel
    qtbot.waitUntil(lambda: panel.current_id() == h.id, timeout=WAIT_MS)
    note = panel.findChild(QPlainTextEdit, "highlightNoteEdit")
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, "**")  # ASCII by key clicks, Japanese as the input method commits it
    type_japanese(note, "夜九時")
    qtbot.keyClicks(note, "**")
    type_japanese(note, "まで")
    qtbot.keyClicks(note, " <script>x()</script>")
    assert library.get_highlight(h.id).note == "**夜九時**まで <script>x()</script>"
    preview = panel.preview.toHtml()
    assert "夜九時" in preview and "<script>" not in preview and "&lt;script&gt;" in panel.preview.toHtml()
    assert panel.preview.toPlainText().startswith("夜九時まで <script>x()</script>")

    # An article note, and a second highlight (underlined) in another paragraph.
    article_note = panel.findChild(QPlainTextEdit, "articleNoteEdit")
    qtbot.mouseClick(article_note.viewport(), Qt.MouseButton.LeftButton)
    type_japanese(article_note, "来月の開始日を確認する")
    assert library.article_note(article_id) == "来月の開始日を確認する"
    second = ARTICLE.paragraphs[2]
    drag_select(qtbot, view, 2, second.index("多く"), second.index("ほしい") + 3)
    buttons = wait_for_bar(qtbot, view)
    click_at(qtbot, view, buttons["U"])
    qtbot.waitUntil(lambda: len(library.highlights_for(article_id)) == 2, timeout=WAIT_MS)
    qtbot.wait(300)  # let the page paint the new highlight before the screenshots
    view.grab().save(str(screenshot_dir / "highlights.png"))
    window.grab().save(str(screenshot_dir / "highlights-window.png"))

    # Close the app and open it again on the same file: everything is there and drawn.
    window.close()
    library.close()
    library, window, view = open_reader(qtbot, open_window, library_path)
    assert view.article_id == article_id
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.drawnHighlights()").get("yomu-ul-yellow") == 1,
                    timeout=WAIT_MS)
    assert page_value(qtbot, view, "yomu.drawnHighlights()")["yomu-hl-green"] == 1
    panel = window.notes_panel
    assert panel.findChild(QPlainTextEdit, "articleNoteEdit").toPlainText() == "来月の開始日を確認する"
    listing = panel.findChild(QListWidget, "highlightList")
    assert listing.count() == 2 and "開館時間" in listing.item(0).text() and "夜九時" in listing.item(0).text()
    library.close()


def test_click_a_highlight_to_change_delete_and_undo(qtbot, open_window, library_path, reader_dictionary):
    with Library.open(library_path) as lib:
        article_id = lib.list_articles()[0].id
        para = ARTICLE.paragraphs[1]
        made = lib.add_highlight(article_id, 1, para.index("仕事帰り"), para.index("仕事帰り") + 4, colour="yellow")
    library, window, view = open_reader(qtbot, open_window, library_path)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.drawnHighlights()").get("yomu-hl-yellow") == 1,
                    timeout=WAIT_MS)
    rect = page_value(qtbot, view, f"yomu.rectOf(1, {made.start + 1})")
    click_at(qtbot, view, {"x": rect["x"] + rect["w"] / 2, "y": rect["y"] + rect["h"] / 2})
    panel = window.notes_panel
    qtbot.waitUntil(lambda: panel.current_id() == made.id, timeout=WAIT_MS)
    assert not page_value(qtbot, view, "yomu.popupState()")["open"]  # a click on a highlight is not a lookup

    qtbot.mouseClick(panel.findChild(QToolButton, "colour_purple"), Qt.MouseButton.LeftButton)
    assert library.get_highlight(made.id).colour == "purple"
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.drawnHighlights()").get("yomu-hl-purple") == 1,
                    timeout=WAIT_MS)

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert library.highlights_for(article_id) == []
    qtbot.waitUntil(lambda: "yomu-hl-purple" not in page_value(qtbot, view, "yomu.drawnHighlights()")
                    or page_value(qtbot, view, "yomu.drawnHighlights()")["yomu-hl-purple"] == 0, timeout=WAIT_MS)
    undo = window.highlights.undo_bar
    assert undo.isVisible()
    qtbot.mouseClick(undo.button, Qt.MouseButton.LeftButton)
    assert [h.id for h in library.highlights_for(article_id)] == [made.id]
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.drawnHighlights()").get("yomu-hl-purple") == 1,
                    timeout=WAIT_MS)
    library.close()


def test_keyboard_highlight_and_notes_search_opens_the_passage(qtbot, open_window, library_path, reader_dictionary):
    other = Article(title="別の記事", paragraphs=["関係のない本文です。"])
    with Library.open(library_path) as lib:
        article_id = lib.list_articles()[0].id
        para = ARTICLE.paragraphs[2]
        made = lib.add_highlight(article_id, 2, para.index("担当者"), para.index("担当者") + 3,
                                 note="延長の理由を**聞く**")
        (other_id,) = add_all(lib, [other])
    library, window, view = open_reader(qtbot, open_window, library_path)
    window.open_article(other_id)
    qtbot.waitUntil(lambda: view.ready and view.article_id == other_id, timeout=WAIT_MS)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    actions = window.reader_actions
    qtbot.waitUntil(lambda: actions.notes_search is not None and actions.notes_search.isVisible(), timeout=WAIT_MS)
    search = actions.notes_search
    type_japanese(search.field, "理由")
    qtbot.waitUntil(lambda: search.results.count() == 1, timeout=WAIT_MS)
    assert "担当者" in search.results.item(0).text() and "理由" in search.results.item(0).text()
    search.results.setCurrentRow(0)
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.ready and view.article_id == article_id, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.notes_panel.current_id() == made.id, timeout=WAIT_MS)

    # The window has the keyboard again: select and highlight with Ctrl+H.
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    para0 = ARTICLE.paragraphs[0]
    drag_select(qtbot, view, 0, para0.index("図書館"), para0.index("図書館") + 3)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.selectionOffsets()") is not None, timeout=WAIT_MS)
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(library.highlights_for(article_id)) == 2, timeout=WAIT_MS)
    assert {h.quote for h in library.highlights_for(article_id)} == {"担当者", "図書館"}
    QApplication.processEvents()
    library.close()


def test_export_and_import_from_the_file_menu(qtbot, open_window, library_path, reader_dictionary, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    with Library.open(library_path) as lib:
        article_id = lib.list_articles()[0].id
        para = ARTICLE.paragraphs[0]
        lib.add_highlight(article_id, 0, para.index("図書館"), para.index("図書館") + 3, note="<b>太字</b>にしない")
    library, window, view = open_reader(qtbot, open_window, library_path)

    def save_as(name: str) -> None:
        qtbot.waitUntil(lambda: window.annotation_files.dialog is not None
                        and window.annotation_files.dialog.isVisible(), timeout=WAIT_MS)
        dialog = window.annotation_files.dialog
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(tmp_path))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.selectAll()
        qtbot.keyClicks(edit, name)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    window.annotation_files.export_all.trigger()
    save_as("notes.md")
    qtbot.waitUntil(lambda: (tmp_path / "notes.md").exists(), timeout=WAIT_MS)
    markdown = (tmp_path / "notes.md").read_text("utf-8")
    assert ARTICLE.title in markdown and "> 図書館" in markdown
    assert "\\<b>太字\\</b>にしない" in markdown  # the note's HTML escaped: it stays text in any viewer

    window.annotation_files.export_all.trigger()
    save_as("notes.json")
    qtbot.waitUntil(lambda: (tmp_path / "notes.json").exists(), timeout=WAIT_MS)
    window.close()
    library.close()

    # Another machine: a library with the same article and no notes imports the file.
    other_path = tmp_path / "other.sqlite3"
    with Library.open(other_path) as other:
        add_all(other, [ARTICLE])
    library, window, view = open_reader(qtbot, open_window, other_path)
    window.annotation_files.import_file.trigger()
    save_as("notes.json")
    qtbot.waitUntil(lambda: window.annotation_files.message is not None
                    and window.annotation_files.message.isVisible(), timeout=WAIT_MS)
    assert "added 1" in window.annotation_files.message.text()
    (h,) = library.highlights_for(view.article_id)
    assert h.quote == "図書館" and h.note == "<b>太字</b>にしない"
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.drawnHighlights()").get("yomu-hl-yellow") == 1,
                    timeout=WAIT_MS)
    window.annotation_files.message.close()
    library.close()


def test_editing_the_article_re_anchors_its_highlights(qtbot, open_window, library_path, reader_dictionary):
    with Library.open(library_path) as lib:
        article_id = lib.list_articles()[0].id
        first, second = ARTICLE.paragraphs[0], ARTICLE.paragraphs[1]
        lost = lib.add_highlight(article_id, 0, first.index("開館時間"), first.index("開館時間") + 4, note="消える段落")
        kept = lib.add_highlight(article_id, 1, second.index("仕事帰り"), second.index("仕事帰り") + 4, colour="blue")
    library, window, view = open_reader(qtbot, open_window, library_path)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.article_editor
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible(), timeout=WAIT_MS)
    dialog = editor.dialog
    row = next(r for r in range(dialog.body_list.count()) if dialog.body_list.item(r).text().startswith("市は七日"))
    dialog.body_list.setCurrentRow(row)
    qtbot.mouseClick(dialog.move_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is None, timeout=WAIT_MS)

    stored = library.get_article(article_id)
    assert stored.article.paragraphs[0] == second  # the first paragraph is out, the id is the same
    moved = library.get_highlight(kept.id)
    assert (moved.paragraph, moved.quote, moved.orphaned) == (0, "仕事帰り", False)
    orphan = library.get_highlight(lost.id)
    assert orphan.orphaned and orphan.quote == "開館時間" and orphan.note == "消える段落"
    qtbot.waitUntil(lambda: view.ready and page_value(qtbot, view, "yomu.drawnHighlights()").get("yomu-hl-blue") == 1,
                    timeout=WAIT_MS)
    assert "no longer found" in window.statusBar().currentMessage()
    listing = window.notes_panel.findChild(QListWidget, "highlightList")
    texts = [listing.item(r).text() for r in range(listing.count())]
    assert any(t.startswith("No longer found: “開館時間”") and "消える段落" in t for t in texts)
    library.close()


def test_clicking_a_listed_highlight_scrolls_the_page_to_it(qtbot, gui_library, open_window, reader_dictionary):
    from tests.test_gui import long_article

    (article_id,) = add_all(gui_library, [long_article()])
    paragraphs = gui_library.get_article(article_id).article.paragraphs
    last = len(paragraphs) - 1
    far = gui_library.add_highlight(article_id, last, 0, 4, colour="pink", note="最後の段落")
    window = open_window(gui_library, select_id=article_id)
    window.resize(1200, 800)
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    assert page_value(qtbot, view, "yomu.fraction()") == 0.0
    window.reader_actions.notes.trigger()  # Ctrl+Shift+N's action: the panel opens
    listing = window.notes_panel.findChild(QListWidget, "highlightList")
    qtbot.waitUntil(lambda: listing.isVisible() and listing.count() == 1, timeout=WAIT_MS)
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.fraction()") > 0.9, timeout=WAIT_MS)
    qtbot.wait(100)
    box = page_value(qtbot, view, f"yomu.rectOf({last}, 0)")
    height = page_value(qtbot, view, "window.innerHeight")
    assert 0 <= box["y"] <= height  # the passage is on screen
    assert window.notes_panel.current_id() == far.id


def test_keyboard_selection_from_a_click_then_highlight(qtbot, open_window, library_path, reader_dictionary):
    library, window, view = open_reader(qtbot, open_window, library_path)
    article_id = view.article_id
    window.reader_actions.trigger["shift"].trigger()  # a plain click should only place the caret here
    para = ARTICLE.paragraphs[1]
    at = para.index("本を借り")
    rect = page_value(qtbot, view, f"yomu.rectOf(1, {at})")
    click_at(qtbot, view, {"x": rect["x"] + 1, "y": rect["y"] + rect["h"] / 2})  # the caret before 本
    target = view.focusProxy()
    for _ in range(4):
        qtbot.keyClick(target, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.selectionOffsets()") == {
        "startBlock": 1, "start": at, "endBlock": 1, "end": at + 4}, timeout=WAIT_MS)
    wait_for_bar(qtbot, view)  # the toolbar comes for a keyboard selection too
    qtbot.keyClick(target, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [h.quote for h in library.highlights_for(article_id)] == ["本を借り"], timeout=WAIT_MS)
    library.close()


def test_overlapping_highlights_are_both_drawn(qtbot, open_window, library_path, reader_dictionary, screenshot_dir):
    with Library.open(library_path) as lib:
        article_id = lib.list_articles()[0].id
        para = ARTICLE.paragraphs[0]
        a = para.index("駅前の図書館")
        lib.add_highlight(article_id, 0, a, a + 6, colour="yellow")
        lib.add_highlight(article_id, 0, a + 3, a + 10, colour="blue")
        lib.add_highlight(article_id, 0, a + 1, a + 5, colour="pink", style="underline")
    library, window, view = open_reader(qtbot, open_window, library_path)
    drawn = page_value(qtbot, view, "yomu.drawnHighlights()")
    assert (drawn.get("yomu-hl-yellow"), drawn.get("yomu-hl-blue"), drawn.get("yomu-ul-pink")) == (1, 1, 1)
    # each overlapping id is found under the pointer's offset, so a click can reach every one
    assert len(page_value(qtbot, view, f"yomu.highlightsAt(0, {a + 4})")) == 3
    qtbot.wait(200)
    view.grab().save(str(screenshot_dir / "overlapping-highlights.png"))
    library.close()
