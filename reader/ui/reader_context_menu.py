"""The reader's right-click menu, in place of the browser's (whose Back, Reload and View Source
mean nothing in an article): look up the word, copy, highlight the selection, correct the
word's reading, select all. The view tells where the click was in the text; this builds the
menu from the word there and the selection."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QMenu

from reader.core.annotations import COLOURS

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

MAX_LABEL_CHARS = 12  # of the word or selection quoted in a menu item


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= MAX_LABEL_CHARS else text[:MAX_LABEL_CHARS] + '…'}”"


class ReaderContextMenu:
    def __init__(self, window: MainWindow):
        self.window = window
        self.menu: QMenu | None = None  # the one shown last (tests reach it here)
        window.article_view.contextMenuWanted.connect(self.show)

    def show(self, where: QPoint, place: dict | None, selected: str) -> None:
        view = self.window.article_view
        menu = QMenu(view)
        menu.setObjectName("readerContextMenu")
        block = place.get("block") if place else None
        offset = place.get("offset") if place else None
        at_text = isinstance(block, int) and isinstance(offset, int)
        corrections = self.window.reading_corrections
        word_target = corrections.target({"block": block, "offset": offset}) if at_text else None
        target = corrections.target(place) if at_text and place.get("selection") else word_target  # selected words

        if at_text:
            annotation = view.annotation(block)
            text = annotation.text[offset:offset + 1] if annotation else ""
            word = word_target.surface if word_target else text
            look = menu.addAction(f"&Look Up {_quoted(word)}" if word.strip() else "&Look Up")
            look.setShortcut(QKeySequence("Ctrl+D"))  # shown as a hint: the same command at the caret
            look.triggered.connect(lambda: view.lookup_at(block, offset))
        copy = menu.addAction("&Copy")
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(bool(selected))
        copy.triggered.connect(lambda: view.page().triggerAction(QWebEnginePage.WebAction.Copy))

        highlight = menu.addMenu("&Highlight Selection")
        highlight.setEnabled(bool(selected.strip()))
        for colour in COLOURS:
            action = highlight.addAction(colour.capitalize())
            action.triggered.connect(lambda _=False, c=colour: view.highlight_selection(c))
        highlight.addSeparator()
        highlight.addAction("&Underline").triggered.connect(lambda: view.highlight_selection("yellow", "underline"))
        highlight.addAction("With a &Note…").triggered.connect(
            lambda: view.highlight_selection("yellow", "highlight", True))

        menu.addSeparator()
        label = f"Correct &Reading of {_quoted(target.surface)}…" if target else "Correct &Reading…"
        correct = menu.addAction(label)
        correct.setShortcut(QKeySequence("Ctrl+Shift+R"))
        correct.setEnabled(target is not None and target.correctable)
        if target is not None and not target.correctable:
            correct.setText(f"Correct Reading of {_quoted(target.surface)} (select it with its number)")
        correct.triggered.connect(lambda: corrections.correct(target))
        menu.addSeparator()
        select_all = menu.addAction("Select &All")
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(lambda: view.page().triggerAction(QWebEnginePage.WebAction.SelectAll))

        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(where)
