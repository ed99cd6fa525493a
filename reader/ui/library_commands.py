"""What the window does to articles in its list: delete (to the trash, at once, with Undo) and
mark as read or unread.

Deleting asks nothing: the article goes to the library's trash (reader.core.store), an "Undo"
button appears in the status bar, and Edit ▸ Undo Delete (Ctrl+Z) brings back the most
recently deleted article whole, with its id. The trash is in the library file, so undo works
after a crash or a restart too; what has been in it longer than TRASH_KEPT_FOR is purged when
the window opens.
"""
from __future__ import annotations

import logging
import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from reader.core.store import LibraryError, TrashedArticle

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# What the library can throw at a write besides its own error (a locked or full disk).
STORE_ERRORS = (LibraryError, sqlite3.Error, OSError, ValueError)

TRASH_KEPT_FOR = timedelta(days=1)
UNDO_BAR_MS = 12_000  # how long the Undo button stays in the status bar (Ctrl+Z works on)


def quoted(title: str | None, limit: int = 60) -> str:
    title = " ".join((title or "Untitled").split())
    if len(title) > limit:
        title = title[: limit - 1] + "…"
    return f"“{title}”"


class UndoBar(QWidget):
    """“Deleted “…”.  [Undo]” at the right of the status bar, for a while after a delete."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undoDeleteBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setObjectName("undoDeleteLabel")
        self.button = QPushButton("Undo", self)
        self.button.setObjectName("undoDeleteButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the focus in the list
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_BAR_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start()

    def withdraw(self) -> None:
        self._timer.stop()
        self.hide()


class LibraryCommands(QObject):
    """Delete with undo, and mark read/unread, for the window's list. The window's QActions
    (reader.ui.menus) call these slots."""

    undoChanged = Signal(object)  # the TrashedArticle that Undo Delete would restore, or None

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self.undo_bar = UndoBar(window)
        window.statusBar().addPermanentWidget(self.undo_bar)
        self.undo_bar.button.clicked.connect(self.undo_delete)
        # Reading on changes the state (unread, in progress, finished) that enables Mark as ….
        window.library_panel.model.dataChanged.connect(lambda *_args: window._update_actions())
        try:
            purged = window.library.purge_trash(older_than=TRASH_KEPT_FOR)
            if purged:
                log.info("purged %d article(s) deleted more than %s ago", purged, TRASH_KEPT_FOR)
        except STORE_ERRORS as error:  # a locked file: try again next start
            log.warning("could not purge the trash: %s", error)

    # ------------------------------------------------------------------ delete
    def next_undo(self) -> TrashedArticle | None:
        """The most recently deleted article still in the trash."""
        try:
            trashed = self._window.library.trashed_articles()
        except STORE_ERRORS as error:
            log.warning("could not read the trash: %s", error)
            return None
        return trashed[0] if trashed else None

    @Slot()
    def delete_selected(self) -> bool:
        article_id = self._window.library_panel.current_article_id()
        return self.delete(article_id) if article_id is not None else False

    def delete(self, article_id: int) -> bool:
        """Move the article to the trash now and offer Undo; the next article in the list is
        shown in its place."""
        window, panel, view = self._window, self._window.library_panel, self._window.article_view
        ids = panel.article_ids()
        position = ids.index(article_id) if article_id in ids else 0
        summary = panel.model.summary_at(panel.model.row_of(article_id))
        title = summary.title if summary else None
        showing = view.article_id == article_id
        if showing:
            window.save_progress()  # so that undo brings back the place too
        try:
            deleted = window.library.move_to_trash(article_id)
        except STORE_ERRORS as error:
            window._show_error("Could not delete the article", str(error))
            return False
        if showing:
            view.show_nothing_selected()
            window._show_title(None)
        window.refresh_library(select_id=None if showing else view.article_id)
        remaining = panel.article_ids()
        if showing and remaining:
            panel.select_article(remaining[min(position, len(remaining) - 1)])
        window.list_view.setFocus()
        if deleted:
            self.undo_bar.offer(f"Deleted {quoted(title)}.")
        self._announce_undo()
        return deleted

    @Slot()
    def undo_delete(self) -> int | None:
        """Restore the most recently deleted article and show it. Returns its id."""
        window, panel = self._window, self._window.library_panel
        self.undo_bar.withdraw()
        trashed = self.next_undo()
        if trashed is None:
            window.statusBar().showMessage("Nothing to undo.", 3000)
            return None
        try:
            restored = window.library.restore_from_trash(trashed.id)
        except STORE_ERRORS as error:
            window._show_error("Could not restore the article", str(error))
            return None
        self._announce_undo()
        if not restored:  # purged or restored by another process meanwhile
            window.refresh_library()
            window.statusBar().showMessage(f"{quoted(trashed.title)} is no longer in the trash.", 6000)
            return None
        window.refresh_library(select_id=trashed.id)
        if trashed.id not in panel.article_ids():  # hidden by the search or the filter
            panel.show_everything()
            window.refresh_library(select_id=trashed.id)
        window.open_article(trashed.id)
        window.list_view.setFocus()
        window.statusBar().showMessage(f"Restored {quoted(trashed.title)}.", 6000)
        return trashed.id

    def _announce_undo(self) -> None:
        self.undoChanged.emit(self.next_undo())

    # -------------------------------------------------------------- read state
    def selected_state(self) -> str | None:
        """The reading state of the selected article (None: nothing selected)."""
        panel = self._window.library_panel
        article_id = panel.current_article_id()
        if article_id is None:
            return None
        summary = panel.model.summary_at(panel.model.row_of(article_id))
        return summary.state if summary is not None else None

    @Slot()
    def mark_read(self) -> bool:
        return self._mark(finished=True)

    @Slot()
    def mark_unread(self) -> bool:
        return self._mark(finished=False)

    def _mark(self, finished: bool) -> bool:
        window = self._window
        article_id = window.library_panel.current_article_id()
        if article_id is None:
            return False
        try:
            changed = window.library.set_finished(article_id, finished)
        except STORE_ERRORS as error:
            window._show_error("Could not change the article", str(error))
            return False
        if not finished and window.article_view.article_id == article_id:
            # Unread starts over: leaving the article must not save the old place again.
            window.article_view.scroll_to_fraction(0.0)
        window.refresh_library(select_id=article_id)
        window._update_actions()
        return changed
