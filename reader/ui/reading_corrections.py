"""Correcting furigana: the reader says once how a word reads, and every article shows it so
from then on. The correction is stored in the library (reading overrides); the annotation cache
is keyed by the overrides' version, so reopening the article redoes its readings with it.

Reached from the reader's right-click menu ("Correct Reading of …"), from Edit ▸ Correct
Reading at Caret (Ctrl+Shift+R), and Edit ▸ Reading Corrections… lists them all."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from reader.core.reading_corrections import CorrectionTarget, correction_target, phrase_target, typed_reading
from reader.ui.library_commands import STORE_ERRORS
from reader.ui.menus import menu_named
from reader.ui.reading_dialogs import ReadingCorrectionsDialog, ReadingDialog

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

STATUS_MS = 8000


class ReadingCorrections:
    def __init__(self, window: MainWindow):
        self.window = window
        self.dialog: ReadingDialog | None = None
        self.list_dialog: ReadingCorrectionsDialog | None = None

        self.correct_action = QAction("Correct &Reading at Caret…", window)
        self.correct_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.correct_action.setStatusTip("Give the word at the caret the reading it should have, in every article")
        self.correct_action.triggered.connect(self.correct_at_caret)
        self.list_action = QAction("Reading &Corrections…", window)
        self.list_action.setStatusTip("The readings you have corrected: change or remove them")
        self.list_action.triggered.connect(self.show_list)
        window.addAction(self.correct_action)
        menu = menu_named(window, "Edit")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.correct_action)
            menu.addAction(self.list_action)

    # ------------------------------------------------------------------ one word
    def target(self, place: dict | None) -> CorrectionTarget | None:
        """What to correct for a place the page reported ({"block", "offset", "selection"}): the
        selected words when there is a selection with kanji in one block, else the word at offset."""
        if not _is_place(place):
            return None
        view = self.window.article_view
        span = place.get("selection")
        if isinstance(span, dict) and all(isinstance(span.get(k), int) for k in ("block", "start", "end")):
            phrase = phrase_target(view.annotation(span["block"]), span["start"], span["end"])
            if phrase is not None:
                return phrase
        return correction_target(view.annotation(place["block"]), place["offset"])

    def correct_at_caret(self) -> None:
        view = self.window.article_view
        if view.article_id is None:
            return

        def got(place) -> None:
            if _is_place(place):
                self.correct(self.target(place))
            else:
                self._status("Put the caret on a word first (click in the text), or select the words.")
        view.evaluate("window.yomu ? window.yomu.caretTarget() : null", got)

    def correct(self, target: CorrectionTarget | None) -> None:
        """Open the dialog for a word or phrase of the open article (see target)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        if target is None:
            self._status("There is no word with kanji there to correct.")
            return
        if not target.correctable:
            self._status(f"{target.surface} is read with the number before it (a counter): "
                         "select the number and the counter together to correct them.")
            return
        try:
            corrected = self._correction_key(target) is not None
        except STORE_ERRORS as error:
            self._status(f"Could not read the library: {error}")
            return
        dialog = ReadingDialog(target, corrected, self.window)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                if dialog.reset_chosen:
                    self.reset(target)
                else:
                    try:
                        self.save(target, dialog.reading())
                    except ValueError as error:  # Save is off for these; Enter cannot get here
                        self._status(f"Not saved: {error}.")
            dialog.deleteLater()
        dialog.finished.connect(finished)
        dialog.open()

    def save(self, target: CorrectionTarget, reading: str) -> bool:
        try:
            self.window.library.set_reading_override(target.surface, reading, target.lemma)
            stored = self.window.library.reading_overrides()[(target.surface, target.lemma)]
        except ValueError as error:
            self._status(f"Not saved: {error}.")
            return False
        except STORE_ERRORS as error:
            self._status(f"Could not save the reading: {error}")
            return False
        self._changed()
        self._status(f"{target.surface} now reads {stored} in every article "
                     "(Edit ▸ Reading Corrections… lists your corrections).")
        return True

    def reset(self, target: CorrectionTarget) -> None:
        try:
            for surface, lemma in ((target.surface, target.lemma), (target.surface, "")):
                self.window.library.delete_reading_override(surface, lemma)
        except STORE_ERRORS as error:
            self._status(f"Could not change the library: {error}")
            return
        self._changed()
        self._status(f"{target.surface} is read automatically again.")

    def _correction_key(self, target: CorrectionTarget) -> tuple[str, str] | None:
        overrides = self.window.library.reading_overrides()
        for key in ((target.surface, target.lemma), (target.surface, "")):
            if key in overrides:
                return key
        return None

    # ------------------------------------------------------------------ the list
    def show_list(self) -> None:
        if self.list_dialog is None:
            self.list_dialog = ReadingCorrectionsDialog(self.window)
            self.list_dialog.changeRequested.connect(self._change_from_list)
            self.list_dialog.removeRequested.connect(self._remove_from_list)
        self._fill_list()
        self.list_dialog.show()
        self.list_dialog.raise_()
        self.list_dialog.activateWindow()

    def _fill_list(self) -> None:
        if self.list_dialog is None:
            return
        try:
            self.list_dialog.set_corrections(self.window.library.reading_overrides())
        except STORE_ERRORS as error:
            self.list_dialog.show_problem(f"Could not read the library: {error}")

    def _change_from_list(self, surface: str, lemma: str, reading: str) -> None:
        try:  # taken as the reading dialog takes it: kana or romaji
            self.window.library.set_reading_override(surface, typed_reading(reading, surface), lemma)
        except ValueError as error:
            self._fill_list()  # put the stored reading back in the cell
            self.list_dialog.show_problem(f"Not changed: {error}.")
            return
        except STORE_ERRORS as error:
            self.list_dialog.show_problem(f"Could not save: {error}")
            return
        self._fill_list()
        self._changed()

    def _remove_from_list(self, keys: list) -> None:
        try:
            for surface, lemma in keys:
                self.window.library.delete_reading_override(surface, lemma)
        except STORE_ERRORS as error:
            self.list_dialog.show_problem(f"Could not remove: {error}")
            return
        self._fill_list()
        self._changed()
        self._status(f"Removed {len(keys)} correction{'s' if len(keys) != 1 else ''}.")

    # ------------------------------------------------------------------
    def _changed(self) -> None:
        """Show the open article again: its readings are redone with the corrections."""
        self.window.reload_article()
        if self.list_dialog is not None and self.list_dialog.isVisible():
            self._fill_list()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)


def _is_place(value) -> bool:
    return isinstance(value, dict) and isinstance(value.get("block"), int) and isinstance(value.get("offset"), int)
