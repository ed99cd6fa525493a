"""The desktop window, driven through real widgets on the offscreen platform.

Real Library files in tmp_path and the real ingest code; nothing of ours is mocked. Dialogs
are window-modal and non-blocking, so the tests find them and click their buttons.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

from reader import __version__
from reader.core.models import Article
from reader.core.store import Library
from reader.ui.about import DATA_LICENCE_CREDIT
from reader.ui.app import open_library, run
from reader.ui.library import detail_line, progress_label

pytestmark = pytest.mark.gui

WAIT_MS = 10_000

# Our own short texts, written for these tests.
LIBRARY_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>商店街に小さな図書館が開館 | ひかり新聞</title>
<meta property="og:site_name" content="ひかり新聞"></head>
<body><header><nav><a href="/">ホーム</a> <a href="/login">ログイン</a></nav></header>
<article><h1>商店街に小さな図書館が開館</h1>
<p>駅前の商店街で、空き店舗を利用した小さな図書館が三日に開館しました。</p>
<p>本はすべて地域の住民から寄付されたもので、絵本から料理の本まで約二千冊がそろっています。</p>
<p>開館初日には、学校帰りの子どもたちや買い物途中の高齢者が次々と訪れ、静かに本を読む姿が見られました。</p>
<p>運営する団体の代表は「商店街に人が集まるきっかけになればうれしい」と話していました。</p>
</article><footer>© ひかり新聞</footer></body></html>"""
LIBRARY_TITLE = "商店街に小さな図書館が開館"

SAKURA_TEXT = """川沿いの桜並木で夜のライトアップ始まる

市内を流れる川の両岸に植えられた約三百本の桜が見ごろを迎え、夜のライトアップが始まりました。

訪れた人たちは、水面に映る花の景色をスマートフォンで撮影して楽しんでいました。

ライトアップは今月十日まで、毎晩午後六時から九時まで行われます。"""
SAKURA_TITLE = "川沿いの桜並木で夜のライトアップ始まる"

ARTICLES = [
    Article(
        title="港町で朝市がにぎわう",
        paragraphs=[
            "週末の朝、港の広場に地元の漁師や農家が店を出しました。",
            "とれたての魚や野菜を求めて、多くの人が訪れました。",
        ],
        source="みなと日報",
        published="2024-04-02",
        url="https://example.com/asaichi",
    ),
    Article(
        title="山の学校で田植え体験",
        paragraphs=[
            "小学生たちが地域の人に教わりながら、はだしで田んぼに入りました。",
            "秋には収穫したお米でおにぎりを作る予定です。",
        ],
        source="やまびこ新聞",
        subtitle="子どもたちが泥だらけに",
    ),
    Article(
        title="商店街の桜まつりに三万人",
        paragraphs=["商店街の通りに屋台が並び、桜の下で音楽の演奏も行われました。"],
        byline="記者　森一郎",
    ),
]


def long_article(title: str = "長い記事のテスト") -> Article:
    return Article(
        title=title,
        paragraphs=[
            f"第{n}段落です。町の図書館では、毎週土曜日に子ども向けの読み聞かせ会が開かれています。"
            "参加した子どもたちは、絵本の世界に夢中になっていました。"
            for n in range(1, 81)
        ],
        source="テスト新聞",
    )


# ------------------------------------------------------------------------------- helpers
def add_all(library: Library, articles: list[Article]) -> list[int]:
    return [library.add_article(article)[0] for article in articles]


def list_titles(window) -> list[str]:
    return [summary.title for summary in window.library_panel.model.summaries()]


def type_japanese(widget, text: str) -> None:
    """Type Japanese the way it really arrives: committed by the input method (QTest's key
    clicks only cover ASCII)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_row(qtbot, window, article_id: int) -> None:
    view = window.list_view
    row = window.library_panel.model.row_of(article_id)
    assert row >= 0, f"article {article_id} is not in the list"
    index = window.library_panel.model.index(row)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def shown_text(qtbot, window) -> str:
    """What the reader page shows (readings left out), once it has loaded."""
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    out: dict[str, str | None] = {}
    view.page_text(lambda text: out.setdefault("text", text))
    qtbot.waitUntil(lambda: "text" in out, timeout=WAIT_MS)
    return out["text"] or ""


def page_value(qtbot, view, expression: str):
    out: dict[str, object] = {}
    view.evaluate(expression, lambda value: out.setdefault("value", value))
    qtbot.waitUntil(lambda: "value" in out, timeout=WAIT_MS)
    return out["value"]


def page_fraction(qtbot, view) -> float:
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    return page_value(qtbot, view, "yomu.fraction()")


def wait_for_message_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible(), timeout=WAIT_MS)
    return window.message_box


def close_message_box(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible() if _alive(box) else True)


def _alive(widget) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:  # deleted on close
        return False
    return True


def answer_next_modal(texts: list[str]) -> QTimer:
    """Poll for the next application-modal QMessageBox (one run with exec()), record its text
    and press its default/escape button. Returns the timer so the caller keeps it alive."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            texts.append(f"{box.text()}\n{box.informativeText()}")
            timer.stop()
            button = box.escapeButton() or box.defaultButton() or box.buttons()[0]
            button.click()

    timer.timeout.connect(poll)
    timer.start()
    return timer


# --------------------------------------------------------------------------------- tests
def test_first_run_shows_the_sample_article(qtbot, tmp_path, open_window):
    library = Library.open(tmp_path / "new-library.sqlite")
    try:
        assert library.created
        window = open_window(library, first_run=True)
        summaries = library.list_articles()
        assert len(summaries) == 1, "the sample is imported into a new library"
        sample = library.get_article(summaries[0].id)
        assert window.current_article_id() == sample.id
        assert list_titles(window) == [sample.article.title]
        assert window.library_panel.current_article_id() == sample.id
        shown = shown_text(qtbot, window)
        assert sample.article.title in shown
        assert sample.article.paragraphs[0].strip()[:20] in shown
        assert window.windowTitle() == " ".join(sample.article.title.split())
        window.close()
    finally:
        library.close()


def test_existing_library_does_not_get_the_sample_again(qtbot, tmp_path, open_window):
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    library = Library.open(path)
    try:
        assert not library.created
        window = open_window(library, first_run=True)
        assert list_titles(window) == []
        assert "library is empty" in shown_text(qtbot, window)
        assert not window.menu_actions.delete.isEnabled()
        window.close()
    finally:
        library.close()


def test_list_shows_title_source_date_and_progress(gui_library, open_window):
    ids = add_all(gui_library, ARTICLES)
    gui_library.set_progress(ids[0], 0.42)
    window = open_window(gui_library)
    assert list_titles(window) == [a.title for a in reversed(ARTICLES)]  # newest first
    model = window.library_panel.model
    asaichi = model.summary_at(model.row_of(ids[0]))
    assert progress_label(asaichi.progress) == "42%"
    assert detail_line(asaichi).startswith("みなと日報 · 2024-04-02")
    tip = model.data(model.index(model.row_of(ids[0])), Qt.ItemDataRole.ToolTipRole)
    assert "https://example.com/asaichi" in tip
    assert window.library_panel.count_label.text() == "3 articles"


def test_typing_in_the_search_field_filters_the_list(qtbot, gui_library, open_window):
    add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    assert len(list_titles(window)) == 3

    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    type_japanese(window.search_field, "桜")
    qtbot.waitUntil(lambda: list_titles(window) == ["商店街の桜まつりに三万人"])
    assert window.library_panel.count_label.text() == "1 match"

    type_japanese(window.search_field, "なし")  # "桜なし" matches nothing
    qtbot.waitUntil(lambda: list_titles(window) == [])
    assert window.library_panel.count_label.text() == "No matches"

    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # clears the field
    qtbot.waitUntil(lambda: len(list_titles(window)) == 3)
    assert window.search_field.text() == ""


def test_searching_finds_body_text_and_keeps_the_open_article(qtbot, gui_library, open_window):
    ids = add_all(gui_library, ARTICLES)
    window = open_window(gui_library, select_id=ids[0])
    assert window.current_article_id() == ids[0]
    type_japanese(window.search_field, "おにぎり")  # only in the body of the second article
    qtbot.waitUntil(lambda: list_titles(window) == ["山の学校で田植え体験"])
    # Filtering the list does not close what is being read.
    assert window.current_article_id() == ids[0]
    assert "港町で朝市がにぎわう" in shown_text(qtbot, window)


def test_clicking_a_row_shows_that_article(qtbot, gui_library, open_window):
    ids = add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    click_row(qtbot, window, ids[1])
    qtbot.waitUntil(lambda: window.current_article_id() == ids[1])
    text = shown_text(qtbot, window)
    assert "山の学校で田植え体験" in text
    assert "子どもたちが泥だらけに" in text  # subtitle
    assert "はだしで田んぼに入りました" in text
    assert window.windowTitle() == "山の学校で田植え体験"

    click_row(qtbot, window, ids[0])
    qtbot.waitUntil(lambda: window.current_article_id() == ids[0])
    text = shown_text(qtbot, window)
    assert "みなと日報" in text and "2024-04-02" in text  # source and date line
    assert "Original article" in text
    assert window.windowTitle() == "港町で朝市がにぎわう"


def test_keyboard_moves_between_articles(qtbot, gui_library, open_window):
    add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    first, second = window.library_panel.article_ids()[:2]
    assert window.current_article_id() == first
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_article_id() == second)


def test_article_text_is_escaped_not_rendered(qtbot, gui_library, open_window):
    (article_id,) = add_all(
        gui_library,
        [Article(title="<b>太字</b>のタイトル", paragraphs=["<script>alert(1)</script>本文と<a href='x'>リンク</a>"])],
    )
    window = open_window(gui_library, select_id=article_id)
    text = shown_text(qtbot, window)
    assert "<b>太字</b>のタイトル" in text
    assert "<script>alert(1)</script>本文と<a href='x'>リンク</a>" in text


def test_delete_key_deletes_at_once_and_undo_brings_it_back(qtbot, gui_library, open_window):
    ids = add_all(gui_library, ARTICLES)
    gui_library.set_progress(ids[1], 0.3)
    before = gui_library.get_article(ids[1])
    window = open_window(gui_library)
    click_row(qtbot, window, ids[1])
    qtbot.waitUntil(lambda: window.current_article_id() == ids[1])
    window.list_view.setFocus()

    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)  # no question asked
    assert len(list_titles(window)) == 2
    assert gui_library.get_article(ids[1]) is None
    assert "山の学校で田植え体験" not in list_titles(window)
    bar = window.commands.undo_bar
    assert bar.isVisible() and "山の学校で田植え体験" in bar.label.text()
    assert window.menu_actions.undo_delete.isEnabled()
    # The next article in the list is shown in its place.
    assert window.current_article_id() in ids
    assert window.current_article_id() != ids[1]
    assert window.library_panel.current_article_id() == window.current_article_id()

    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_article_id() == ids[1])
    assert gui_library.get_article(ids[1]) == before  # whole, with its id and progress
    assert len(list_titles(window)) == 3
    assert window.library_panel.current_article_id() == ids[1]
    assert not bar.isVisible()
    assert not window.menu_actions.undo_delete.isEnabled()
    assert "Restored" in window.statusBar().currentMessage()


def test_deleting_the_last_article_shows_the_empty_library(qtbot, gui_library, open_window):
    (article_id,) = add_all(gui_library, ARTICLES[:1])
    window = open_window(gui_library)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert gui_library.list_articles() == []
    assert "library is empty" in shown_text(qtbot, window)
    assert window.windowTitle() == "Yomu"
    assert not window.menu_actions.delete.isEnabled()


def test_delete_key_in_the_search_field_edits_text_not_articles(qtbot, gui_library, open_window):
    add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    type_japanese(window.search_field, "港")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Home)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Delete)
    assert window.search_field.text() == ""
    assert gui_library.trashed_articles() == []
    assert len(gui_library.list_articles()) == 3


def test_open_file_imports_an_html_page(qtbot, tmp_path, gui_library, open_window):
    page = tmp_path / "toshokan.html"
    page.write_text(LIBRARY_HTML, encoding="utf-8")
    window = open_window(gui_library)
    window.settings.setValue("files/lastDirectory", str(tmp_path))  # where the last file came from

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.imports.file_dialog is not None and window.imports.file_dialog.isVisible())
    dialog = window.imports.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.keyClicks(name_edit, page.name)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.current_article_id() is not None)
    assert list_titles(window) == [LIBRARY_TITLE]
    text = shown_text(qtbot, window)
    assert LIBRARY_TITLE in text
    assert "約二千冊がそろっています" in text
    assert "ひかり新聞" in text
    assert "ログイン" not in text
    assert window.windowTitle() == LIBRARY_TITLE
    assert "Imported" in window.statusBar().currentMessage()


def test_pasting_text_from_the_clipboard_imports_it(qtbot, gui_library, open_window):
    window = open_window(gui_library)
    QApplication.clipboard().setText(SAKURA_TEXT)
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=WAIT_MS)
    assert [s.title for s in gui_library.list_articles()] == [SAKURA_TITLE]
    assert "毎晩午後六時から九時まで" in shown_text(qtbot, window)

    # The same text again: nothing new, the existing article is selected and the user told.
    click_row(qtbot, window, window.current_article_id())
    QApplication.clipboard().setText("\n\n" + SAKURA_TEXT.replace("\n\n", "\n\n\n") + "\n")
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "Already in your library" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert len(gui_library.list_articles()) == 1


def test_pasting_html_from_the_clipboard_imports_it(qtbot, gui_library, open_window):
    add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    mime = QMimeData()
    mime.setHtml(LIBRARY_HTML)
    mime.setText("商店街に小さな図書館が開館")
    QApplication.clipboard().setMimeData(mime)
    window.menu_actions.paste.trigger()
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 4, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.windowTitle() == LIBRARY_TITLE)
    assert list_titles(window)[0] == LIBRARY_TITLE


def test_pasting_an_empty_clipboard_says_so(qtbot, gui_library, open_window):
    window = open_window(gui_library)
    QApplication.clipboard().clear()
    window.menu_actions.paste.trigger()
    assert "clipboard has no text" in window.statusBar().currentMessage()
    assert gui_library.list_articles() == []


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("photo.html", bytes(range(256)) * 8, "binary"),
    ],
)
def test_a_bad_file_shows_an_error_and_changes_nothing(qtbot, tmp_path, gui_library, open_window, name, data, expected):
    add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    shown = window.current_article_id()
    bad = tmp_path / name
    bad.write_bytes(data)

    window.menu_actions.open_file.trigger()
    qtbot.waitUntil(lambda: window.imports.file_dialog is not None and window.imports.file_dialog.isVisible())
    dialog = window.imports.file_dialog
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    name_edit.setText(str(bad))
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)

    box = wait_for_message_box(qtbot, window)
    assert name in box.text()
    assert expected in box.informativeText().lower()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    close_message_box(qtbot, box)
    assert len(gui_library.list_articles()) == 3
    assert len(list_titles(window)) == 3
    assert window.current_article_id() == shown


def test_import_url_fetches_in_the_background(qtbot, gui_library, open_window, site):
    url = site.add("/news/toshokan", LIBRARY_HTML.encode("utf-8"))
    window = open_window(gui_library)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.imports.url_dialog is not None and window.imports.url_dialog.isVisible())
    dialog = window.imports.url_dialog
    edit = dialog.findChild(QLineEdit)
    edit.clear()
    qtbot.keyClicks(edit, url)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    # The window keeps processing events while the page is fetched; the result arrives by signal.
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1, timeout=WAIT_MS)
    stored = gui_library.get_article(gui_library.list_articles()[0].id)
    assert stored.article.title == LIBRARY_TITLE
    assert stored.article.url == url
    qtbot.waitUntil(lambda: window.windowTitle() == LIBRARY_TITLE)
    assert not window.importer.busy


def test_import_url_failure_is_reported(qtbot, gui_library, open_window, site):
    add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    window.imports.import_url(f"{site.base}/missing")  # not added to the site: a 404
    box = wait_for_message_box(qtbot, window)
    assert "404" in box.informativeText()
    close_message_box(qtbot, box)
    assert len(gui_library.list_articles()) == 3

    window.imports.import_url("not a web address")
    box = wait_for_message_box(qtbot, window)
    assert "not a web address" in box.text()
    close_message_box(qtbot, box)
    assert len(gui_library.list_articles()) == 3


def test_reading_progress_is_saved_and_restored(qtbot, gui_library, open_window):
    long_id, short_id = add_all(gui_library, [long_article(), ARTICLES[0]])
    window = open_window(gui_library, select_id=long_id)
    view = window.article_view
    assert page_fraction(qtbot, view) == 0.0

    # The real keyboard scrolls the page (keys go to the web view's input widget).
    target = view.focusProxy()
    target.setFocus()
    for _ in range(3):
        qtbot.keyClick(target, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: page_fraction(qtbot, view) > 0, timeout=WAIT_MS)
    fraction = page_fraction(qtbot, view)
    assert 0.0 < fraction < 1.0
    qtbot.waitUntil(lambda: abs(view.reading_fraction() - fraction) < 0.01, timeout=WAIT_MS)

    # Switching article saves the place...
    click_row(qtbot, window, short_id)
    qtbot.waitUntil(lambda: window.current_article_id() == short_id)
    saved = gui_library.get_article(long_id).progress
    assert saved == pytest.approx(fraction, abs=0.01)
    model = window.library_panel.model
    assert model.summary_at(model.row_of(long_id)).progress == pytest.approx(saved)

    # ...and going back restores it.
    click_row(qtbot, window, long_id)
    qtbot.waitUntil(lambda: window.current_article_id() == long_id)
    qtbot.waitUntil(lambda: abs(page_fraction(qtbot, view) - saved) < 0.01, timeout=WAIT_MS)

    # Closing the window saves too.
    view.focusProxy().setFocus()
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_End)
    qtbot.waitUntil(lambda: page_fraction(qtbot, view) == 1.0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.reading_fraction() == 1.0, timeout=WAIT_MS)
    window.close()
    assert gui_library.get_article(long_id).progress == pytest.approx(1.0)


def test_progress_restores_in_a_new_window(qtbot, gui_library, open_window):
    (long_id,) = add_all(gui_library, [long_article()])
    gui_library.set_progress(long_id, 0.5)
    window = open_window(gui_library, select_id=long_id)
    view = window.article_view
    qtbot.waitUntil(lambda: abs(page_fraction(qtbot, view) - 0.5) < 0.01, timeout=WAIT_MS)
    # A bigger text size re-lays the article out but keeps the place.
    window.menu_actions.larger_text.trigger()
    qtbot.waitUntil(lambda: abs(page_fraction(qtbot, view) - 0.5) < 0.02, timeout=WAIT_MS)
    window.close()
    assert gui_library.get_article(long_id).progress == pytest.approx(0.5, abs=0.02)


def test_window_geometry_and_last_article_are_remembered(qtbot, gui_library, open_window):
    ids = add_all(gui_library, ARTICLES)
    window = open_window(gui_library)
    window.resize(640, 480)  # the offscreen screen is 800×600
    qtbot.waitUntil(lambda: window.width() == 640)
    click_row(qtbot, window, ids[1])
    qtbot.waitUntil(lambda: window.current_article_id() == ids[1])
    window.close()

    again = open_window(gui_library)
    assert (again.width(), again.height()) == (640, 480)
    assert again.current_article_id() == ids[1]


def test_about_box_names_the_version_and_credits_the_dictionaries(qtbot, gui_library, open_window):
    window = open_window(gui_library)
    window.menu_actions.about.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "aboutBox") is not None)
    box = window.findChild(QMessageBox, "aboutBox")
    qtbot.waitUntil(box.isVisible)
    assert __version__ in box.text()
    assert "Yomu" in box.text()
    assert DATA_LICENCE_CREDIT in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "Electronic Dictionary Research and Development Group" in DATA_LICENCE_CREDIT
    assert "CC BY-SA 4.0" in DATA_LICENCE_CREDIT


def test_menus_offer_the_shortcuts(gui_library, open_window):
    window = open_window(gui_library)
    shortcuts = {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
    }
    assert shortcuts["Import URL…"] == "Ctrl+L"
    assert shortcuts["Open File…"] == "Ctrl+O"
    assert shortcuts["Paste Article"] == "Ctrl+Shift+V"
    assert shortcuts["Delete Article"] == "Del"
    assert shortcuts["Undo Delete"] == "Ctrl+Z"
    assert shortcuts["Quit"] == "Ctrl+Q"
    assert "About Yomu" in shortcuts


def test_ctrl_q_closes_the_window_and_saves(qtbot, gui_library, open_window):
    (long_id,) = add_all(gui_library, [long_article()])
    window = open_window(gui_library, select_id=long_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    view.scroll_to_fraction(0.25)
    qtbot.waitUntil(lambda: abs(view.reading_fraction() - 0.25) < 0.01, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert gui_library.get_article(long_id).progress == pytest.approx(0.25, abs=0.01)


def test_a_library_error_at_startup_is_a_message_not_a_traceback(qtbot, tmp_path, gui_settings):
    not_a_library = tmp_path / "notes.sqlite"
    not_a_library.write_bytes("これはライブラリではありません。".encode("utf-8") * 20)
    messages: list[str] = []
    timer = answer_next_modal(messages)
    assert open_library(not_a_library) is None
    timer.stop()
    assert len(messages) == 1
    assert "could not open its library" in messages[0]
    assert "not a Yomu library" in messages[0]

    # run() itself: the message, then exit status 1 instead of an exception.
    folder = tmp_path / "a-folder"
    folder.mkdir()
    messages.clear()
    timer = answer_next_modal(messages)
    assert run(folder) == 1
    timer.stop()
    assert len(messages) == 1 and "is a folder" in messages[0]


def test_run_opens_the_window_and_imports_the_given_file(qtbot, tmp_path, gui_settings):
    page = tmp_path / "toshokan.html"
    page.write_text(LIBRARY_HTML, encoding="utf-8")
    library_path = tmp_path / "run-library.sqlite"
    seen: dict[str, object] = {}
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        from reader.ui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].windowTitle() == LIBRARY_TITLE:
            window = windows[0]
            seen["titles"] = list_titles(window)
            seen["app"] = (QApplication.applicationName(), QApplication.organizationName())
            timer.stop()
            window.close()

    timer.timeout.connect(poll)
    timer.start()
    assert run(library_path, open_source=str(page)) == 0
    timer.stop()
    assert seen["app"] == ("Yomu", "Yomu")
    assert LIBRARY_TITLE in seen["titles"]
    assert len(seen["titles"]) == 2  # the first-run sample and the imported page
    with Library.open(library_path) as library:
        assert len(library.list_articles()) == 2
