"""The library pane: a search field, sort and filter controls, and the list of stored articles.

The pane does not talk to the store itself; the main window runs the queries and hands the
summaries over, so this module only knows how to show them (rows are painted by
reader.ui.library_rows, the controls are reader.ui.list_controls).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from reader.core.store import ArticleSummary
from reader.core.store.listing import SHOW_ALL
from reader.core.store.records import READ_THRESHOLD
from reader.ui.library_rows import (
    ArticleDelegate,
    IdRole,
    SummaryRole,
    detail_line,
    progress_label,
    short_date,
    source_name,
)
from reader.ui.list_controls import ListControls

__all__ = [
    "READ_THRESHOLD",
    "ArticleListModel",
    "IdRole",
    "LibraryPanel",
    "SummaryRole",
    "detail_line",
    "progress_label",
    "short_date",
    "source_name",
]

# What the count under the list says when a filter is on: (one or more, none).
_FILTER_COUNTS = {
    "unread": ("{n} unread", "No unread articles"),
    "in_progress": ("{n} in progress", "No articles in progress"),
    "finished": ("{n} finished", "No finished articles"),
}


class ArticleListModel(QAbstractListModel):
    """Rows of ArticleSummary, in the order the library returned them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []

    # Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [summary.title]
            if summary.subtitle:
                lines.append(summary.subtitle)
            lines.append(detail_line(summary))
            imported = short_date(summary.imported_at)
            if imported:
                lines.append(f"Imported {imported}")
            if summary.url:
                lines.append(summary.url)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.title}, {detail_line(summary)}, {progress_label(summary.progress, summary.state)}"
        if role == IdRole:
            return summary.id
        if role == SummaryRole:
            return summary
        return None

    # our API
    def set_summaries(self, summaries: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summaries(self) -> list[ArticleSummary]:
        return list(self._rows)

    def summary_at(self, row: int) -> ArticleSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return -1

    def update_progress(self, article_id: int, progress: float) -> None:
        row = self.row_of(article_id)
        if row < 0:
            return
        old = self._rows[row]
        # The store finishes an article read to the end (Library.set_progress); so does the row.
        if old.finished_at is None and progress >= READ_THRESHOLD:
            finished_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        else:
            finished_at = old.finished_at
        self._rows[row] = replace(old, progress=progress, finished_at=finished_at)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove(self, article_id: int) -> None:
        row = self.row_of(article_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()


class ArticleListView(QListView):
    """The list itself; Delete acts on the selected article (the action is added by the window)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setItemDelegate(ArticleDelegate(self))
        self.setAlternatingRowColors(False)
        self.setMouseTracking(True)


class LibraryPanel(QWidget):
    """Search field, sort and filter, article count and the article list.

    Signals carry article ids; the panel never opens or deletes anything itself.
    """

    #: the query text (already stripped), the sort or the filter changed; the window answers
    #: with set_summaries()
    queryChanged = Signal(str)
    #: the current article changed to this id (by click, keyboard or programmatically)
    currentArticleChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 4)
        layout.setSpacing(6)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText("Search library")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName("Search library")
        self.search_field.textChanged.connect(lambda text: self.queryChanged.emit(text.strip()))
        layout.addWidget(self.search_field)

        # Escape in the search field clears it; Down moves into the list.
        clear = QAction(self.search_field)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search_field.clear)
        self.search_field.addAction(clear)
        into_list = QAction(self.search_field)
        into_list.setShortcut(QKeySequence(Qt.Key.Key_Down))
        into_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        into_list.triggered.connect(self._focus_list)
        self.search_field.addAction(into_list)

        self.controls = ListControls(self)
        self.controls.changed.connect(lambda: self.queryChanged.emit(self.query))
        layout.addWidget(self.controls)

        self.model = ArticleListModel(self)
        self.list_view = ArticleListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName("Articles")
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        layout.addWidget(self.list_view, 1)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = self.count_label.font()
        small.setPointSizeF(max(1.0, small.pointSizeF() * 0.9))
        self.count_label.setFont(small)
        layout.addWidget(self.count_label)

        self._setting = False
        self._current_id: int | None = None

    # ------------------------------------------------------------------ state
    @property
    def query(self) -> str:
        return self.search_field.text().strip()

    @property
    def sort(self) -> str:
        return self.controls.sort

    @property
    def filter(self) -> str:
        return self.controls.filter

    def show_everything(self) -> None:
        """Clear the search and the filter (the sort stays), so every article is listed."""
        self.search_field.clear()
        self.controls.set_filter(SHOW_ALL)

    def current_article_id(self) -> int | None:
        index = self.list_view.currentIndex()
        if index.isValid() and self.list_view.selectionModel().isSelected(index):
            return index.data(IdRole)
        return None

    def article_ids(self) -> list[int]:
        return [s.id for s in self.model.summaries()]

    def set_summaries(self, summaries: list[ArticleSummary], select_id: int | None = None) -> None:
        """Show these rows and re-select select_id if it is among them. Re-selecting the
        article that was already current does not emit currentArticleChanged again."""
        self._setting = True
        try:
            self.model.set_summaries(summaries)
        finally:
            self._setting = False
        self._update_count()
        if select_id is not None and self.model.row_of(select_id) >= 0:
            self.select_article(select_id)
        else:
            self._current_id = None
            self.list_view.clearSelection()

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list_view.scrollTo(index)
        if self._current_id != article_id:  # the model reset may have swallowed the signal
            self._current_id = article_id
            self.currentArticleChanged.emit(article_id)
        return True

    def update_progress(self, article_id: int, progress: float) -> None:
        self.model.update_progress(article_id, progress)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # ---------------------------------------------------------------- helpers
    def _focus_list(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid() and self.model.rowCount():
            self.select_article(self.model.summary_at(0).id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._setting:
            return
        if not current.isValid():
            return
        article_id = current.data(IdRole)
        if article_id != self._current_id:
            self._current_id = article_id
            self.currentArticleChanged.emit(article_id)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.query:
            text = "No matches" if n == 0 else f"{n} match" + ("" if n == 1 else "es")
        elif self.filter in _FILTER_COUNTS:
            some, none = _FILTER_COUNTS[self.filter]
            text = some.format(n=n) if n else none
        else:
            text = "No articles" if n == 0 else f"{n} article" + ("" if n == 1 else "s")
        self.count_label.setText(text)
