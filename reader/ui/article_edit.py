"""Edit ▸ Edit Article…: fix a stored article after the fact, in the same dialog as the import
review (title, subtitle, lines in or out). Its id, progress and notes stay; its highlights are
found again in the new text, and any that cannot be placed with confidence are kept as "no
longer found" with their quote and note."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from reader.ui.highlights import ERRORS
from reader.ui.import_review import ImportReviewDialog
from reader.ui.menus import menu_named

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class ArticleEditor:
    def __init__(self, window: MainWindow):
        self.window = window
        self.dialog: ImportReviewDialog | None = None
        self.action = QAction("Edit &Article…", window)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setStatusTip("Fix the title, the subtitle, or which lines belong to the article")
        self.action.triggered.connect(self.edit)
        window.addAction(self.action)
        menu = menu_named(window, "Edit")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)

    def edit(self) -> None:
        article_id = self.window.current_article_id()
        if article_id is None or self.dialog is not None:
            return
        try:
            stored = self.window.library.get_article(article_id)
        except ERRORS as error:
            self.window.statusBar().showMessage(f"Could not open the article: {error}", 6000)
            return
        if stored is None:
            return
        dialog = ImportReviewDialog(stored.article, "Editing the stored article", self.window)
        dialog.setObjectName("editArticleDialog")
        dialog.setWindowTitle("Edit Article")
        dialog.dont_show_check.hide()  # that box is about import reviews
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.save(article_id, dialog.reviewed_article())
            dialog.deleteLater()
        dialog.finished.connect(finished)
        dialog.open()

    def save(self, article_id: int, article) -> None:
        before = {h.id for h in self.window.library.highlights_for(article_id) if not h.orphaned}
        try:
            self.window.library.update_article_text(article_id, article)
        except ERRORS as error:
            self.window.statusBar().showMessage(f"Could not save the article: {error}", 6000)
            return
        self.window.reload_article()
        lost = [h for h in self.window.highlights.highlights if h.orphaned and h.id in before]
        message = "Article updated."
        if lost:
            message += f" {len(lost)} highlight{'s' if len(lost) > 1 else ''} no longer found: see the notes panel."
            self.window.notes_panel.show()
        self.window.statusBar().showMessage(message, 8000)
