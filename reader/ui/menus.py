"""The main window's commands as QActions: their names, shortcuts, and places in the menus.

What each command does lives on the window and its import sources. This module only decides
how the user gets to it: the menu bar, the library list's context menu, and the keyboard.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from reader.ui.about import APP_NAME, show_about

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def menu_named(window, title: str, *, create: bool = False) -> QMenu | None:
    """The window's menu-bar menu called ``title`` ("File", "Edit", "View" …), made when asked."""
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return window.menuBar().addMenu(f"&{title}") if create else None


class WindowActions:
    """One QAction per command, parented to the window so its shortcut works wherever the focus
    is in the window (Delete excepted, below)."""

    def __init__(self, window: MainWindow):
        self._window = window
        imports = window.imports

        self.import_url = self._action(
            "Import &URL…", imports.show_url_dialog, "Ctrl+L", "Fetch a news article from the web"
        )
        self.open_file = self._action(
            "&Open File…", imports.show_open_file_dialog, QKeySequence.StandardKey.Open,
            "Import a saved web page or a text file",
        )
        self.paste = self._action(
            "&Paste Article", imports.paste, "Ctrl+Shift+V", "Import the article text or web page you copied"
        )
        # Plain Ctrl+V too, where no text field takes it for itself (the list, the reader's frame)
        self.paste.setShortcuts([QKeySequence("Ctrl+Shift+V"), QKeySequence(QKeySequence.StandardKey.Paste)])
        self.review_imports = self._action(
            "&Review Imports", window.reviewer.set_enabled, None,
            "Check each imported article, and the lines left out of it, before it is saved",
        )
        self.review_imports.setCheckable(True)
        self.review_imports.setChecked(window.reviewer.enabled)
        window.reviewer.enabledChanged.connect(self.review_imports.setChecked)
        commands = window.commands
        self.delete = self._action(
            "&Delete Article", commands.delete_selected, QKeySequence(Qt.Key.Key_Delete),
            "Remove the selected article from the library (Undo Delete brings it back)",
        )
        # Del means "delete the article" only while the list has focus; elsewhere it is the
        # text widgets' own key.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # A window shortcut: in the search field, Ctrl+Z undoes typing instead (the field asks first).
        self.undo_delete = self._action("&Undo Delete", commands.undo_delete, QKeySequence.StandardKey.Undo)
        self._show_undo(commands.next_undo())
        commands.undoChanged.connect(self._show_undo)
        self.mark_read = self._action(
            "Mark as &Read", commands.mark_read, None, "Count the selected article as finished"
        )
        self.mark_unread = self._action(
            "Mark as U&nread", commands.mark_unread, None, "Count the selected article as not started"
        )
        self.quit = self._action("&Quit", window.close, QKeySequence("Ctrl+Q"), "Quit Yomu")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.find = self._action("&Search Library", window.library_panel.focus_search, QKeySequence.StandardKey.Find)
        self.larger_text = self._action("&Larger Text", window.larger_text, QKeySequence.StandardKey.ZoomIn)
        # Ctrl+= too: on most keyboards "+" needs Shift, and people press Ctrl and the "=" key.
        self.larger_text.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.smaller_text = self._action("S&maller Text", window.smaller_text, QKeySequence.StandardKey.ZoomOut)
        self.actual_size = self._action("&Actual Size", window.reset_text_size, QKeySequence("Ctrl+0"))

        self.open_original = self._action(
            "Open &Original in Browser", window.open_original, None, "Open the article's web page"
        )
        self.copy_link = self._action("&Copy Link", window.copy_link)

        self.about = self._action(f"&About {APP_NAME}", lambda: show_about(window))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._action("About &Qt", QApplication.aboutQt)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        self._fill_list_context_menu(window.list_view)
        self._fill_menu_bar(window.menuBar())

    def update_enabled(
        self, *, article_selected: bool, article_url: str | None, reading_state: str | None = None
    ) -> None:
        """Grey out what cannot apply: nothing to delete, an article with no web address, marking
        an article read that is finished already."""
        self.delete.setEnabled(article_selected)
        self.mark_read.setEnabled(article_selected and reading_state != "finished")
        self.mark_unread.setEnabled(article_selected and reading_state != "unread")
        self.open_original.setEnabled(bool(article_url))
        self.copy_link.setEnabled(bool(article_url))

    def _show_undo(self, trashed) -> None:
        """Undo Delete names what it would bring back (a TrashedArticle), or is greyed out."""
        self.undo_delete.setEnabled(trashed is not None)
        tip = f"Bring back “{' '.join(trashed.title.split())}”" if trashed is not None else ""
        self.undo_delete.setStatusTip(tip)
        self.undo_delete.setToolTip(tip or "Undo Delete")

    def _action(self, text: str, slot: Callable, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _fill_menu_bar(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.import_url)
        file_menu.addAction(self.open_file)
        file_menu.addAction(self.paste)
        file_menu.addAction(self.review_imports)
        file_menu.addSeparator()
        file_menu.addAction(self.delete)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_delete)
        edit_menu.addSeparator()
        edit_menu.addAction(self.mark_read)
        edit_menu.addAction(self.mark_unread)

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.find)
        view_menu.addSeparator()
        view_menu.addAction(self.larger_text)
        view_menu.addAction(self.smaller_text)
        view_menu.addAction(self.actual_size)
        view_menu.addSeparator()
        view_menu.addAction(self.open_original)
        view_menu.addAction(self.copy_link)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about)
        help_menu.addAction(self.about_qt)

    def _fill_list_context_menu(self, list_view: QWidget) -> None:
        # The list shows its actions as its context menu, and being in the list is what lets
        # the Del shortcut (a widget shortcut) fire there.
        separator = QAction(self._window)
        separator.setSeparator(True)
        separator2 = QAction(self._window)
        separator2.setSeparator(True)
        for action in (
            self.open_original, self.copy_link, separator, self.mark_read, self.mark_unread, separator2, self.delete
        ):
            list_view.addAction(action)
