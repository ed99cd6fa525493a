"""Highlights and notes in the window: the glue between the reader page, the notes panel and the
library. Every change goes to the library first (one transaction, committed) and is shown only
after that, so what the user sees is always what is saved.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.core.annotations import Highlight, page_records
from reader.core.errors import YomuError
from reader.ui.library_commands import STORE_ERRORS, UndoBar

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ERRORS = (*STORE_ERRORS, YomuError)


class HighlightsController(QObject):
    #: the open article's highlights changed (list of Highlight, reading order)
    highlightsChanged = Signal(list)
    #: a highlight was chosen (clicked in the page, made with a note, picked in the panel); id and
    #: whether its note should get the keyboard focus
    highlightChosen = Signal(str, bool)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.view = window.article_view
        self.highlights: list[Highlight] = []
        self.undo_bar = UndoBar(window)
        self.undo_bar.setObjectName("undoHighlightBar")
        self.undo_bar.button.setObjectName("undoHighlightButton")
        window.statusBar().addPermanentWidget(self.undo_bar)
        self.undo_bar.button.clicked.connect(self.undo_delete)
        self._last_deleted: str | None = None
        self._pending_reveal: str | None = None
        self.view.pageReady.connect(self._reveal_pending)
        self.view.bridge.highlightRequested.connect(self.add_from_page)
        self.view.bridge.highlightOpened.connect(lambda hid: self.highlightChosen.emit(hid, False))

    @property
    def article_id(self) -> int | None:
        return self.view.article_id

    # ------------------------------------------------------------------ reading
    def fetch(self, article_id: int) -> list[dict]:
        """The article's highlights (re-anchored if its text changed) for the page it is about to
        show, so they are drawn with its first paint; the panel hears of them at once."""
        try:
            self.highlights = self.library.highlights_for(article_id)
        except ERRORS as error:
            log.warning("could not read highlights: %s", error)
            self.highlights = []
        self.highlightsChanged.emit(self.highlights)
        return page_records(self.highlights)

    def load(self) -> None:
        """The open article's highlights, re-anchored if its text changed, drawn in the page."""
        if self.article_id is None:
            self.highlights = []
            self.highlightsChanged.emit(self.highlights)
            self.view.set_highlights([])
        else:
            self.view.set_highlights(self.fetch(self.article_id))

    def reveal_when_ready(self, highlight_id: str) -> None:
        """Scroll the page to the highlight and choose it, once the page is shown."""
        self._pending_reveal = highlight_id
        if self.view.ready:
            self._reveal_pending()

    def _reveal_pending(self) -> None:
        highlight_id, self._pending_reveal = self._pending_reveal, None
        if highlight_id and self.get(highlight_id) is not None:
            self.view.reveal_highlight(highlight_id)
            self.highlightChosen.emit(highlight_id, False)

    def get(self, highlight_id: str) -> Highlight | None:
        return next((h for h in self.highlights if h.id == highlight_id), None)

    # ------------------------------------------------------------------ writing
    def add_from_page(self, pieces: list, colour: str, style: str, with_note: bool) -> None:
        article_id = self.article_id
        if article_id is None:
            return
        made: list[Highlight] = []
        try:
            for paragraph, start, end in pieces:
                made.append(self.library.add_highlight(article_id, paragraph, start, end, colour=colour, style=style))
        except ERRORS as error:
            self.window.statusBar().showMessage(f"Could not save the highlight: {error}", 6000)
        self.load()
        if made:
            self.window.statusBar().showMessage("Highlight saved." if len(made) == 1 else
                                                f"{len(made)} highlights saved.", 3000)
            self.highlightChosen.emit(made[0].id, with_note)

    def update(self, highlight_id: str, **changes) -> Highlight | None:
        try:
            updated = self.library.update_highlight(highlight_id, **changes)
        except ERRORS as error:
            self.window.statusBar().showMessage(f"Could not save the change: {error}", 6000)
            return None
        self.highlights = [updated if h.id == highlight_id else h for h in self.highlights]
        self.view.set_highlights(page_records(self.highlights))
        return updated

    def delete(self, highlight_id: str) -> None:
        try:
            deleted = self.library.delete_highlight(highlight_id)
        except ERRORS as error:
            self.window.statusBar().showMessage(f"Could not delete the highlight: {error}", 6000)
            return
        self._last_deleted = deleted.id
        self.load()
        quote = " ".join(deleted.quote.split())
        self.undo_bar.offer(f"Deleted the highlight “{quote[:24]}{'…' if len(quote) > 24 else ''}”.")

    def undo_delete(self) -> None:
        if self._last_deleted is None:
            return
        try:
            restored = self.library.restore_highlight(self._last_deleted)
        except ERRORS as error:
            self.window.statusBar().showMessage(f"Could not restore the highlight: {error}", 6000)
            return
        self._last_deleted = None
        self.undo_bar.withdraw()
        if restored.article_id == self.article_id:
            self.load()
            self.highlightChosen.emit(restored.id, False)

    # ------------------------------------------------------------------ article note
    def article_note(self) -> str:
        if self.article_id is None:
            return ""
        try:
            return self.library.article_note(self.article_id)
        except ERRORS as error:
            log.warning("could not read the article note: %s", error)
            return ""

    def set_article_note(self, text: str) -> bool:
        if self.article_id is None:
            return False
        try:
            self.library.set_article_note(self.article_id, text)
        except ERRORS as error:
            self.window.statusBar().showMessage(f"Could not save the note: {error}", 6000)
            return False
        return True
