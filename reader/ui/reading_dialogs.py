"""The two dialogs of reading corrections: one word's reading (from the reader's menu), and the
list of every correction made (Edit ▸ Reading Corrections…). Widgets only: what a choice does
is reader.ui.reading_corrections' business."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.reading_corrections import CorrectionTarget, preview_text, typed_reading

ANY_WORD = "any"  # the Word column of a correction that is not tied to one dictionary form


class ReadingDialog(QDialog):
    """Type the reading one word should have. Save is only possible with a reading that is kana;
    the preview shows how it will sit over the kanji. "Use Automatic Reading" (when the word has
    a correction) forgets it; ``reset_chosen`` tells the caller which button closed the dialog."""

    def __init__(self, target: CorrectionTarget, corrected: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readingDialog")
        self.setWindowTitle("Correct Reading")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.target = target
        self.reset_chosen = False

        context = QLabel(self)
        context.setObjectName("readingContext")
        context.setTextFormat(Qt.TextFormat.RichText)
        context.setText(f"{html.escape(target.before)}<b>{html.escape(target.surface)}</b>"
                        f"{html.escape(target.after)}")
        scope = QLabel(self)
        scope.setObjectName("readingScope")
        scope.setWordWrap(True)
        word = target.surface if target.lemma in ("", target.surface) else f"{target.surface} (the word {target.lemma})"
        scope.setText(f"The reading you give is used for {word} in every article, from now on.")
        self.reading_edit = QLineEdit(target.reading, self)
        self.reading_edit.setObjectName("readingEdit")
        self.reading_edit.setPlaceholderText("in hiragana, katakana or romaji")
        self.preview = QLabel(self)
        self.preview.setObjectName("readingPreview")
        self.problem = QLabel(self)
        self.problem.setObjectName("readingProblem")
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)
        # room for two lines from the start, so the dialog does not jump (or clip) as one types
        self.problem.setMinimumHeight(2 * self.problem.fontMetrics().lineSpacing())
        self.setMinimumWidth(420)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.reset_button = self.buttons.addButton("Use &Automatic Reading", QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.setObjectName("resetReadingButton")
        self.reset_button.setEnabled(corrected)
        self.reset_button.setToolTip("Forget your correction: the engine reads this word again")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self._reset)

        layout = QVBoxLayout(self)
        layout.addWidget(context)
        row = QHBoxLayout()
        row.addWidget(QLabel("&Reading:", self, buddy=self.reading_edit))
        row.addWidget(self.reading_edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(scope)
        layout.addWidget(self.buttons)
        self.reading_edit.textChanged.connect(self._check)
        self._check(self.reading_edit.text())
        self.reading_edit.selectAll()
        self.reading_edit.setFocus()

    def reading(self) -> str:
        """What was typed, as stored (hiragana; romaji turned into it); ValueError when it is
        not a reading."""
        return typed_reading(self.reading_edit.text(), self.target.surface)

    def _check(self, _text: str = "") -> None:
        try:
            reading = self.reading()
            typed = self.reading_edit.text().strip()
            shown = f"Shown as {preview_text(self.target.surface, reading)}"
            if typed.isascii():  # say what the romaji became, so nothing is saved unseen
                shown += f"  ({typed} → {reading})"
            self.preview.setText(shown)
            self.problem.clear()
            ok = True
        except ValueError:
            self.preview.clear()
            self.problem.setText("Type the reading in hiragana, katakana or romaji (ichiba, shijou).")
            ok = False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _reset(self) -> None:
        self.reset_chosen = True
        self.accept()


class ReadingCorrectionsDialog(QDialog):
    """Every correction, to look over, change (double-click a reading) or remove (the button or
    Delete). Emits ``changeRequested(surface, lemma, reading)`` and ``removeRequested(rows)``;
    the owner applies them and calls ``set_corrections`` with what the library then holds."""

    changeRequested = Signal(str, str, str)
    removeRequested = Signal(list)  # [(surface, lemma), …]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readingCorrectionsDialog")
        self.setWindowTitle("Reading Corrections")
        self.resize(520, 420)
        self._filling = False
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("correctionsFilter")
        self.filter_edit.setPlaceholderText("Filter by word or reading")
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("correctionsTable")
        self.table.setHorizontalHeaderLabels(["Written", "Word", "Reading"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.empty = QLabel("No corrections yet. Right-click a word in an article and choose "
                            "Correct Reading… to give it the reading it should have.", self)
        self.empty.setObjectName("correctionsEmpty")
        self.empty.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("correctionsProblem")
        self.problem.setStyleSheet("color: #b3261e")
        self.remove_button = QPushButton("&Remove", self)
        self.remove_button.setObjectName("removeCorrectionButton")
        self.remove_button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.selected_keys())))
        self.table.itemChanged.connect(self._edited)
        self.remove_button.clicked.connect(self._remove)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.activated.connect(self._remove)

    def set_corrections(self, corrections: dict[tuple[str, str], str]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for (surface, lemma), reading in sorted(corrections.items()):
                row = self.table.rowCount()
                self.table.insertRow(row)
                written = QTableWidgetItem(surface)
                written.setData(Qt.ItemDataRole.UserRole, (surface, lemma))
                word = QTableWidgetItem(lemma or ANY_WORD)
                for item in (written, word):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, 0, written)
                self.table.setItem(row, 1, word)
                self.table.setItem(row, 2, QTableWidgetItem(reading))
        finally:
            self._filling = False
        self.empty.setVisible(not corrections)
        self.table.setVisible(bool(corrections))
        self._apply_filter(self.filter_edit.text())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def selected_keys(self) -> list[tuple[str, str]]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [tuple(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows
                if not self.table.isRowHidden(r)]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip()
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c).text() for c in range(3)]
            self.table.setRowHidden(row, bool(needle) and not any(needle in cell for cell in cells))

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 2:
            return
        surface, lemma = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        item_text = item.text()
        self.problem.clear()
        # after the table has finished with the edit: the owner refills it in answer
        QTimer.singleShot(0, lambda: self.changeRequested.emit(surface, lemma, item_text))

    def _remove(self) -> None:
        keys = self.selected_keys()
        if keys:
            self.removeRequested.emit(keys)
