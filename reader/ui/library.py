"""The library pane: a search field over the list of stored articles.

The pane does not talk to the store itself; the main window runs the queries and hands the
summaries over, so this module only knows how to show them.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.store import ArticleSummary

IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

READ_THRESHOLD = 0.98  # at or past this fraction an article counts as read


def progress_label(progress: float) -> str:
    if progress >= READ_THRESHOLD:
        return "Read"
    if progress <= 0.0:
        return "New"
    return f"{max(1, round(progress * 100))}%"


def short_date(value: str | None) -> str:
    """'2024-05-01' from ISO dates (UTC converted to local time); other text passes through."""
    if not value:
        return ""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone()
    return parsed.strftime("%Y-%m-%d")


def source_name(summary: ArticleSummary) -> str:
    if summary.source:
        return summary.source
    if summary.url:
        host = urlsplit(summary.url).hostname or ""
        return host.removeprefix("www.")
    return "Pasted text"


def detail_line(summary: ArticleSummary) -> str:
    """'NHK · 2024-05-01 · 1,234字' — where it is from, when, and how long it is."""
    parts = [source_name(summary)]
    date = short_date(summary.published) or short_date(summary.imported_at)
    if date:
        parts.append(date)
    if summary.characters:
        parts.append(f"{summary.characters:,}字")
    return " · ".join(parts)


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
            return f"{summary.title}, {detail_line(summary)}, {progress_label(summary.progress)}"
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
        self._rows[row] = replace(old, progress=progress)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove(self, article_id: int) -> None:
        row = self.row_of(article_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then source · date · length, and the progress at the
    right, with a thin reading-progress bar along the bottom edge."""

    PAD_X = 10
    PAD_Y = 7
    GAP = 3
    BAR = 2

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        title.setPointSizeF(max(1.0, option.font.pointSizeF() * 1.08))
        small = QFont(option.font)
        small.setPointSizeF(max(1.0, option.font.pointSizeF() * 0.88))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        title, small = self._fonts(option)
        height = (
            QFontMetrics(title).height() + self.GAP + QFontMetrics(small).height() + 2 * self.PAD_Y + self.BAR
        )
        return QSize(200, height)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        summary: ArticleSummary | None = index.data(SummaryRole)
        if summary is None:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        muted_colour = opt.palette.color(group, muted)

        title_font, small_font = self._fonts(opt)
        title_fm, small_fm = QFontMetrics(title_font), QFontMetrics(small_font)
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y - self.BAR)

        # progress figure, right-aligned on the second line
        figure = progress_label(summary.progress)
        figure_w = small_fm.horizontalAdvance(figure)
        second_y = rect.top() + title_fm.height() + self.GAP

        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_fm.height())
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_fm.elidedText(summary.title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        painter.setFont(small_font)
        painter.setPen(muted_colour)
        detail_rect = QRect(rect.left(), second_y, max(0, rect.width() - figure_w - 12), small_fm.height())
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(detail_line(summary), Qt.TextElideMode.ElideRight, detail_rect.width()),
        )
        figure_rect = QRect(rect.right() - figure_w, second_y, figure_w + 1, small_fm.height())
        painter.drawText(figure_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, figure)

        if 0.0 < summary.progress:
            bar_colour = opt.palette.color(group, text_role if selected else QPalette.ColorRole.Highlight)
            full = opt.rect.adjusted(self.PAD_X, 0, -self.PAD_X, 0)
            width = round(full.width() * min(1.0, summary.progress))
            painter.fillRect(QRect(full.left(), opt.rect.bottom() - self.BAR - 2, width, self.BAR), bar_colour)
        painter.restore()


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
    """Search field, article count and the article list.

    Signals carry article ids; the panel never opens or deletes anything itself.
    """

    #: the query text changed (already stripped); the window answers with set_summaries()
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
        else:
            text = "No articles" if n == 0 else f"{n} article" + ("" if n == 1 else "s")
        self.count_label.setText(text)
