"""The notes panel beside the reader: the article's own note, its highlights in reading order, and
the chosen highlight's colour, style and note (Markdown, shown rendered and escaped).

Every keystroke in a note is saved as it is typed (one small transaction each), so nothing is
lost if the app is killed; there is no save button.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import COLOURS, Highlight
from reader.core.markdown import render_markdown
from reader.ui.highlights import HighlightsController

SWATCH = {"yellow": "#ffd600", "green": "#34c759", "blue": "#007aff", "pink": "#ff2d87", "purple": "#af52de"}
ID_ROLE = Qt.ItemDataRole.UserRole


def swatch_icon(colour: str, underline: bool = False) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SWATCH.get(colour, "#ffd600")))
    if underline:
        painter.drawRect(1, 10, 12, 3)
    else:
        painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pix)


def item_text(h: Highlight) -> str:
    quote = " ".join(h.quote.split())
    if len(quote) > 60:
        quote = quote[:59] + "…"
    first = f"No longer found: “{quote}”" if h.orphaned else f"“{quote}”"
    note = " ".join(h.note.split())
    if note:
        first += "\n" + (note[:80] + "…" if len(note) > 80 else note)
    return first


class NotesPanel(QDockWidget):
    def __init__(self, controller: HighlightsController, parent: QWidget | None = None):
        super().__init__("Notes", parent)
        self.setObjectName("notesPanel")
        self.controller = controller
        self._current: str | None = None
        self._loading = False

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 8)

        layout.addWidget(QLabel("Article note", body))
        self.article_note = QPlainTextEdit(body)
        self.article_note.setObjectName("articleNoteEdit")
        self.article_note.setPlaceholderText("Your notes on this article (Markdown)")
        self.article_note.setMaximumHeight(110)
        self.article_note.textChanged.connect(self._save_article_note)
        layout.addWidget(self.article_note)

        split = QSplitter(Qt.Orientation.Vertical, body)
        self.list = QListWidget(split)
        self.list.setObjectName("highlightList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda item: self._reveal(item.data(ID_ROLE)))
        self.list.itemClicked.connect(lambda item: self._reveal(item.data(ID_ROLE)))

        self.editor = QWidget(split)
        self.editor.setObjectName("highlightEditor")
        ed = QVBoxLayout(self.editor)
        ed.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.colour_buttons: dict[str, QToolButton] = {}
        for colour in COLOURS:
            button = QToolButton(self.editor)
            button.setObjectName(f"colour_{colour}")
            button.setIcon(swatch_icon(colour))
            button.setCheckable(True)
            button.setToolTip(colour.capitalize())
            button.setAccessibleName(f"Colour {colour}")
            button.clicked.connect(lambda _checked=False, c=colour: self._set(colour=c))
            row.addWidget(button)
            self.colour_buttons[colour] = button
        self.underline = QToolButton(self.editor)
        self.underline.setObjectName("underlineButton")
        self.underline.setText("U")
        self.underline.setCheckable(True)
        self.underline.setToolTip("Underline instead of a coloured background")
        self.underline.clicked.connect(lambda on: self._set(style="underline" if on else "highlight"))
        row.addWidget(self.underline)
        row.addStretch(1)
        self.delete_button = QPushButton("Delete", self.editor)
        self.delete_button.setObjectName("deleteHighlightButton")
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.delete_button)
        ed.addLayout(row)
        self.note = QPlainTextEdit(self.editor)
        self.note.setObjectName("highlightNoteEdit")
        self.note.setPlaceholderText("A note on this passage (Markdown)")
        self.note.textChanged.connect(self._save_note)
        ed.addWidget(self.note, 1)
        self.preview = QTextBrowser(self.editor)
        self.preview.setObjectName("notePreview")
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._open_link)
        ed.addWidget(self.preview, 1)
        layout.addWidget(split, 1)
        self.setWidget(body)
        self.editor.setEnabled(False)

        controller.highlightsChanged.connect(self.show_highlights)
        controller.highlightChosen.connect(self.choose)

    # ------------------------------------------------------------------ showing
    def show_article(self) -> None:
        """Fill in the open article's note (the list follows highlightsChanged)."""
        self._loading = True
        try:
            self.article_note.setPlainText(self.controller.article_note())
            self.article_note.setEnabled(self.controller.article_id is not None)
        finally:
            self._loading = False

    def show_highlights(self, highlights: list[Highlight]) -> None:
        keep = self._current
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for h in highlights:
                item = QListWidgetItem(swatch_icon(h.colour, h.style == "underline"), item_text(h))
                item.setData(ID_ROLE, h.id)
                item.setToolTip(h.quote)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        if keep and self.controller.get(keep) is not None:
            self._select(keep)
        else:
            self._current = None
            self._fill_editor(None)

    def choose(self, highlight_id: str, focus_note: bool) -> None:
        """Show this highlight in the editor (the panel opens if it was hidden)."""
        if self.controller.get(highlight_id) is None:
            return
        self.show()
        self.raise_()
        self._select(highlight_id)
        self.controller.view.set_active_highlight(highlight_id)
        if focus_note:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_id(self) -> str | None:
        return self._current

    # ------------------------------------------------------------------ internals
    def _select(self, highlight_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == highlight_id:
                self.list.setCurrentRow(row)
                break
        self._current = highlight_id
        self._fill_editor(self.controller.get(highlight_id))

    def _on_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        self._current = current.data(ID_ROLE)
        self._fill_editor(self.controller.get(self._current))
        self.controller.view.set_active_highlight(self._current)

    def _reveal(self, highlight_id: str) -> None:
        self.controller.view.reveal_highlight(highlight_id)

    def _fill_editor(self, h: Highlight | None) -> None:
        self._loading = True
        try:
            self.editor.setEnabled(h is not None)
            for colour, button in self.colour_buttons.items():
                button.setChecked(h is not None and h.colour == colour)
            self.underline.setChecked(h is not None and h.style == "underline")
            self.note.setPlainText(h.note if h else "")
            self.preview.setHtml(render_markdown(h.note) if h else "")
        finally:
            self._loading = False

    def _set(self, **changes) -> None:
        if self._current is None:
            return
        updated = self.controller.update(self._current, **changes)
        if updated is not None:
            self._refresh_item(updated)
            self._fill_editor(updated)

    def _save_note(self) -> None:
        if self._loading or self._current is None:
            return
        text = self.note.toPlainText()
        updated = self.controller.update(self._current, note=text)
        if updated is not None:
            self.preview.setHtml(render_markdown(updated.note))
            self._refresh_item(updated)

    def _refresh_item(self, h: Highlight) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == h.id:
                item.setText(item_text(h))
                item.setIcon(swatch_icon(h.colour, h.style == "underline"))

    def _delete(self) -> None:
        if self._current is not None:
            self.controller.delete(self._current)

    def _save_article_note(self) -> None:
        if not self._loading:
            self.controller.set_article_note(self.article_note.toPlainText())

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
