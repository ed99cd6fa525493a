"""The reader's own commands: furigana mode, theme, vertical writing, typeface, popup trigger and
looking up the word at the caret. They go in the View menu (created if missing) and act on the
window's reader view, which remembers each choice."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui.menus import menu_named
from reader.ui.reader_view import MEASURE_STEP

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow
    from reader.ui.reader_view import ReaderView

FURIGANA_LABELS = {"all": "&All Readings", "none": "&No Readings", "hover": "Readings on &Hover",
                   "word": "Readings per &Word (click toggles)"}
THEME_LABELS = {"system": "Follow &System", "light": "&Light", "dark": "&Dark"}
TRIGGER_LABELS = {"hover": "On &Hover", "shift": "Hover with &Shift", "ctrl": "Hover with &Ctrl",
                  "alt": "Hover with &Alt", "click": "On C&lick Only"}


class ReaderActions:
    def __init__(self, window: MainWindow):
        self._window = window
        view: ReaderView = window.article_view
        self.view = view

        self.furigana = self._group(FURIGANA_LABELS, view.furigana_mode, view.set_furigana_mode)
        self.cycle_furigana = QAction("&Cycle Furigana Mode", window)
        self.cycle_furigana.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.cycle_furigana.triggered.connect(self.next_furigana_mode)
        self.theme = self._group(THEME_LABELS, view.theme_choice, view.set_theme_choice)
        self.trigger = self._group(TRIGGER_LABELS, view.popup_trigger, view.set_popup_trigger)

        self.vertical = QAction("&Vertical Writing (縦書き)", window, checkable=True)
        self.vertical.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.vertical.setChecked(view.vertical)
        self.vertical.toggled.connect(view.set_vertical)
        self.serif = QAction("&Mincho (Serif) Typeface", window, checkable=True)
        self.serif.setChecked(view.serif)
        self.serif.toggled.connect(view.set_serif)

        self.wider = QAction("W&ider Column", window)
        self.wider.setShortcut(QKeySequence("Ctrl+]"))
        self.wider.triggered.connect(lambda: view.set_measure(view.measure + MEASURE_STEP))
        self.narrower = QAction("Na&rrower Column", window)
        self.narrower.setShortcut(QKeySequence("Ctrl+["))
        self.narrower.triggered.connect(lambda: view.set_measure(view.measure - MEASURE_STEP))

        self.highlight = QAction("&Highlight Selection", window)
        self.highlight.setShortcut(QKeySequence("Ctrl+H"))
        self.highlight.setStatusTip("Highlight the selected passage in yellow (the toolbar by the selection has more)")
        self.highlight.triggered.connect(lambda: view.highlight_selection("yellow"))
        self.notes = window.notes_panel.toggleViewAction()
        self.notes.setText("&Notes Panel")
        self.notes.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.search_notes = QAction("Search &Notes and Highlights…", window)
        self.search_notes.setShortcut(QKeySequence("Ctrl+Alt+F"))
        self.search_notes.triggered.connect(self.show_notes_search)
        self.notes_search = None

        self.look_up = QAction("&Look Up Word at Caret", window)
        self.look_up.setShortcut(QKeySequence("Ctrl+D"))
        self.look_up.setStatusTip("Show the dictionary for the word where the caret or selection starts")
        self.look_up.triggered.connect(view.lookup_at_caret)
        self.close_popup = QAction("Close Dictionary Popup", window)
        self.close_popup.triggered.connect(view.close_popup)
        for action in (self.cycle_furigana, self.vertical, self.serif, self.look_up, self.wider, self.narrower,
                       self.highlight, self.notes, self.search_notes):
            window.addAction(action)  # shortcuts work wherever the focus is in the window
        self._fill(menu_named(window, "View", create=True))

    def show_notes_search(self) -> None:
        from reader.ui.notes_search import NotesSearch

        if self.notes_search is None:
            self.notes_search = NotesSearch(self._window)
        self.notes_search.show()
        self.notes_search.raise_()
        self.notes_search.activateWindow()
        self.notes_search.field.setFocus()
        self.notes_search.field.selectAll()

    def next_furigana_mode(self) -> None:
        modes = list(FURIGANA_LABELS)
        mode = modes[(modes.index(self.view.furigana_mode) + 1) % len(modes)]
        self.furigana[mode].setChecked(True)

    def _group(self, labels: dict[str, str], current: str, setter) -> dict[str, QAction]:
        group = QActionGroup(self._window)
        group.setExclusive(True)
        actions = {}
        for key, label in labels.items():
            action = QAction(label, self._window, checkable=True)
            action.setData(key)
            action.setChecked(key == current)
            action.toggled.connect(lambda on, key=key: on and setter(key))
            group.addAction(action)
            actions[key] = action
        return actions

    def _fill(self, menu: QMenu) -> None:
        menu.addSeparator()
        furigana = menu.addMenu("&Furigana")
        for action in self.furigana.values():
            furigana.addAction(action)
        furigana.addSeparator()
        furigana.addAction(self.cycle_furigana)
        theme = menu.addMenu("&Theme")
        for action in self.theme.values():
            theme.addAction(action)
        menu.addAction(self.vertical)
        menu.addAction(self.serif)
        menu.addAction(self.wider)
        menu.addAction(self.narrower)
        menu.addSeparator()
        popup = menu.addMenu("Dictionary &Popup")
        for action in self.trigger.values():
            popup.addAction(action)
        menu.addAction(self.look_up)
        menu.addSeparator()
        menu.addAction(self.highlight)
        menu.addAction(self.notes)
        menu.addAction(self.search_notes)
