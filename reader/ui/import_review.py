"""The review step after an import: the cleaned article beside the lines the cleaner dropped.

The user can fix the title and subtitle, move a dropped line into the body (it lands where it
was in the input) or a body line out, then Save (the article is stored as edited) or Cancel
(nothing is stored). What the lines are and how the article is rebuilt is core's
(reader.core.review); this module only shows it. The review can be turned off ("Don't show this
again", or File ▸ Review Imports); it is on by default.
"""
from __future__ import annotations

from collections import deque

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import Article
from reader.core.review import ReviewLine, apply_review, review_lines, review_problem
from reader.core.store import Library
from reader.ui.import_actions import ImportJob

REVIEW_KEY = "imports/review"
LineRole = Qt.ItemDataRole.UserRole + 1

# Japanese fonts first, so that the lists measure their rows by Japanese glyphs (a Latin UI font
# with a CJK fallback measures too short, and two-line rows come out clipped).
JAPANESE_UI_FAMILIES = ["Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
                        "Yu Gothic UI", "Meiryo UI"]


def review_enabled(settings: QSettings) -> bool:
    value = settings.value(REVIEW_KEY, True)
    if isinstance(value, str):  # INI files give text back
        return value.strip().lower() not in ("false", "0", "no", "off")
    return bool(value)


def _list(parent: QWidget, name: str, accessible: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setWordWrap(True)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    widget.setAlternatingRowColors(True)
    font = QFont(widget.font())
    font.setFamilies([*JAPANESE_UI_FAMILIES, *widget.font().families()])
    widget.setFont(font)
    return widget


class ImportReviewDialog(QDialog):
    """Window-modal and non-blocking (open()); accepted() means Save."""

    def __init__(self, article: Article, source_label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReviewDialog")
        self.setWindowTitle("Review Import")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.article = article
        self.lines: list[ReviewLine] = review_lines(article)
        self.body: set[int] = {i for i, line in enumerate(self.lines) if line.in_body}

        intro = QLabel(
            "Check what was taken from "
            + (source_label or "the input")
            + ". Move lines between the article and the dropped lines, fix the title, then save.",
            self,
        )
        intro.setWordWrap(True)

        self.title_edit = QLineEdit(article.title, self)
        self.title_edit.setObjectName("titleEdit")
        self.subtitle_edit = QLineEdit(article.subtitle or "", self)
        self.subtitle_edit.setObjectName("subtitleEdit")
        self.subtitle_edit.setPlaceholderText("No subtitle")
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        form.addRow("S&ubtitle:", self.subtitle_edit)
        details = " · ".join(
            part for part in (article.source, article.published, article.byline, article.url) if part
        )
        if details:
            details_label = QLabel(details, self)
            details_label.setObjectName("detailsLabel")
            details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow("From:", details_label)

        self.body_list = _list(self, "bodyList", "Article text")
        self.dropped_list = _list(self, "droppedList", "Dropped lines")
        self.move_in_button = QPushButton("← Move &In", self)
        self.move_in_button.setObjectName("moveInButton")
        self.move_in_button.setToolTip("Put the selected dropped line back into the article, where it was")
        self.move_out_button = QPushButton("Move &Out →", self)
        self.move_out_button.setObjectName("moveOutButton")
        self.move_out_button.setToolTip("Take the selected line out of the article")
        self.body_heading = QLabel(self)
        self.dropped_heading = QLabel(self)
        grid = QGridLayout()
        grid.addWidget(self.body_heading, 0, 0)
        grid.addWidget(self.dropped_heading, 0, 1)
        grid.addWidget(self.body_list, 1, 0)
        grid.addWidget(self.dropped_list, 1, 1)
        grid.addWidget(self.move_out_button, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.move_in_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setStyleSheet("color: palette(highlight);")
        self.dont_show_check = QCheckBox("&Don't show this again (File ▸ Review Imports turns it back on)", self)
        self.dont_show_check.setObjectName("dontShowCheck")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(grid, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.dont_show_check)
        layout.addWidget(self.buttons)

        self.move_in_button.clicked.connect(self.move_in)
        self.move_out_button.clicked.connect(self.move_out)
        self.body_list.itemDoubleClicked.connect(lambda _item: self.move_out())
        self.dropped_list.itemDoubleClicked.connect(lambda _item: self.move_in())
        self.body_list.itemSelectionChanged.connect(self._update_buttons)
        self.dropped_list.itemSelectionChanged.connect(self._update_buttons)
        self.title_edit.textChanged.connect(self._update_buttons)
        # Keyboard: Ctrl+Left/Right move the selected line across.
        for key, slot in ((Qt.Key.Key_Left, self.move_in), (Qt.Key.Key_Right, self.move_out)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
            shortcut.activated.connect(slot)

        self._fill_lists()
        if parent is not None:
            size = parent.size()
            self.resize(min(960, max(520, size.width() - 60)), min(640, max(420, size.height() - 60)))

    # ------------------------------------------------------------------ state
    def reviewed_article(self) -> Article:
        """The article as the user has it now (ValueError if it cannot be saved)."""
        return apply_review(
            self.article, title=self.title_edit.text(), subtitle=self.subtitle_edit.text(), body=self.body
        )

    def problem(self) -> str | None:
        return review_problem(self.title_edit.text(), self.body, len(self.lines))

    # ---------------------------------------------------------------- moving
    @Slot()
    def move_in(self) -> None:
        self._move(self.dropped_list, into_body=True)

    @Slot()
    def move_out(self) -> None:
        self._move(self.body_list, into_body=False)

    def _move(self, source: QListWidget, into_body: bool) -> None:
        item = source.currentItem()
        if item is None or not item.isSelected():
            return
        index = item.data(LineRole)
        row = source.row(item)
        if into_body:
            self.body.add(index)
        else:
            self.body.discard(index)
        self._fill_lists()
        # The moved line is selected where it landed; the next one is ready in the source list.
        target = self.body_list if into_body else self.dropped_list
        for r in range(target.count()):
            if target.item(r).data(LineRole) == index:
                target.setCurrentRow(r)
        if source.count():
            source.setCurrentRow(min(row, source.count() - 1))
            source.clearSelection()
        target.setFocus()

    def _fill_lists(self) -> None:
        self.body_list.clear()
        self.dropped_list.clear()
        for index, line in enumerate(self.lines):
            in_body = index in self.body
            moved = in_body != line.in_body
            if in_body:
                item = QListWidgetItem(line.text)
                item.setToolTip("Moved in by you" if moved else "")
                self.body_list.addItem(item)
            else:
                why = "removed by you" if moved else (line.reason or "dropped")
                item = QListWidgetItem(f"{line.text}\n({why})")
                item.setToolTip(f"Dropped: {why}")
                self.dropped_list.addItem(item)
            item.setData(LineRole, index)
            if moved:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
        dropped = len(self.lines) - len(self.body)
        self.body_heading.setText(f"Article ({len(self.body)} paragraph{'' if len(self.body) == 1 else 's'})")
        self.dropped_heading.setText(f"Dropped lines ({dropped})")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.move_in_button.setEnabled(bool(self.dropped_list.selectedItems()))
        self.move_out_button.setEnabled(bool(self.body_list.selectedItems()))
        problem = self.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        self.save_button.setEnabled(problem is None)

    @Slot()
    def _save(self) -> None:
        if self.problem() is None:
            self.accept()


class ImportReviewer(QObject):
    """Between the Importer and the window: shows each imported article for review (one at a
    time, in the order they arrive) and hands on what the user saves."""

    approved = Signal(object, object)  # ImportJob, the Article to store
    cancelled = Signal(object)  # ImportJob: nothing is to be stored
    enabledChanged = Signal(bool)

    def __init__(self, parent: QWidget, library: Library):
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._waiting: deque[tuple[ImportJob, Article]] = deque()
        self.dialog: ImportReviewDialog | None = None  # the one open now; tests reach it here
        parent.installEventFilter(self)  # the window closing cancels what is still in review

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._parent and event.type() == QEvent.Type.Close:
            self._waiting.clear()
            if self.dialog is not None:
                self.dialog.reject()
        return False

    @property
    def enabled(self) -> bool:
        return review_enabled(QSettings())

    @Slot(bool)
    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        QSettings().setValue(REVIEW_KEY, bool(enabled))
        self.enabledChanged.emit(bool(enabled))

    @Slot(object, object)
    def review(self, job: ImportJob, article: Article) -> None:
        """Pass the article on at once (review off, or already in the library), or queue it."""
        if not self.enabled or self._already_stored(article):
            self.approved.emit(job, article)
            return
        self._waiting.append((job, article))
        self._show_next()

    def _already_stored(self, article: Article) -> bool:
        try:
            return self._library.find_article(article) is not None
        except Exception:  # noqa: BLE001 — the store will report its problem when saving
            return False

    def _show_next(self) -> None:
        if self.dialog is not None or not self._waiting:
            return
        job, article = self._waiting.popleft()
        dialog = ImportReviewDialog(article, job.label, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            self.dialog = None
            if dialog.dont_show_check.isChecked():
                self.set_enabled(False)
            self._parent.activateWindow()  # not every window manager gives it back
            if result == QDialog.DialogCode.Accepted:
                self.approved.emit(job, dialog.reviewed_article())
            else:
                self.cancelled.emit(job)
            self._show_next()

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        dialog.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
