"""Search every note and highlighted passage in the library, as you type; a result opens its
article scrolled to the passage (or, for an article note, the article with its note)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from reader.ui.highlights import ERRORS

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

HIT_ROLE = Qt.ItemDataRole.UserRole
TYPING_PAUSE_MS = 120


def hit_text(hit) -> str:
    context = " ".join((hit.context or hit.quote or "").split())
    note = " ".join((hit.note or "").split())
    lines = [hit.article_title or "Untitled", context]  # the context carries its own … where it was cut
    if note:
        lines.append(f"✎ {note[:120]}{'…' if len(note) > 120 else ''}")
    return "\n".join(line for line in lines if line)


class NotesSearch(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("notesSearch")
        self.setWindowTitle("Search Notes and Highlights")
        self.window_ = window
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("notesSearchField")
        self.field.setPlaceholderText("Words in your notes or in the passages you highlighted")
        self.field.setClearButtonEnabled(True)
        layout.addWidget(self.field)
        self.results = QListWidget(self)
        self.results.setObjectName("notesSearchResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout.addWidget(self.results, 1)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self.open_hit)
        self.results.itemDoubleClicked.connect(self.open_hit)

    def run_search(self) -> None:
        query = self.field.text().strip()
        self.results.clear()
        if not query:
            self.status.setText("")
            return
        try:
            hits = self.window_.library.search_annotations(query)
        except ERRORS as error:
            self.status.setText(f"Could not search: {error}")
            return
        for hit in hits:
            item = QListWidgetItem(hit_text(hit))
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        self.status.setText(f"{len(hits)} found" if hits else "Nothing found")

    def _open_first(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.results.count():
            self.open_hit(self.results.item(0))

    def open_hit(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.window_.open_annotation(hit.article_id, hit.highlight_id)
            # back to reading: the window gets the keyboard, this dialog stays open behind it
            self.window_.raise_()
            self.window_.activateWindow()
