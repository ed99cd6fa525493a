"""How one article looks in the library list: the labels (progress, date, source) and the
delegate that paints a row. Unread articles get a bold title and a dot."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.core.store import ArticleSummary
from reader.core.store.listing import display_source
from reader.core.store.records import FINISHED, READ_THRESHOLD, UNREAD, reading_state

IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2


def progress_label(progress: float, state: str | None = None) -> str:
    """'New', '42%' or 'Read'. Without a state (from the summary), read from the progress."""
    if state is None:
        state = reading_state(progress, "yes" if progress >= READ_THRESHOLD else None)
    if state == FINISHED:
        return "Read"
    if state == UNREAD:
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
    return display_source(summary.source, summary.url) or "Pasted text"


def detail_line(summary: ArticleSummary) -> str:
    """'NHK · 2024-05-01 · 1,234字' — where it is from, when, and how long it is."""
    parts = [source_name(summary)]
    date = short_date(summary.published) or short_date(summary.imported_at)
    if date:
        parts.append(date)
    if summary.characters:
        parts.append(f"{summary.characters:,}字")
    return " · ".join(parts)


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then source · date · length, and the progress at the
    right, with a thin reading-progress bar along the bottom edge. An unread article has a bold
    title and a dot in the left margin."""

    PAD_X = 10
    PAD_Y = 7
    GAP = 3
    BAR = 2
    DOT = 6  # diameter of the unread dot, centred in the left padding

    @staticmethod
    def fonts(base: QFont, unread: bool = False) -> tuple[QFont, QFont]:
        """(title, detail line) fonts for rows in a view using `base`: unread titles are bold."""
        title = QFont(base)
        title.setWeight(QFont.Weight.Bold if unread else QFont.Weight.Normal)
        title.setPointSizeF(max(1.0, base.pointSizeF() * 1.08))
        small = QFont(base)
        small.setPointSizeF(max(1.0, base.pointSizeF() * 0.88))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        title, small = self.fonts(option.font, unread=True)
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

        unread = summary.state == UNREAD
        title_font, small_font = self.fonts(opt.font, unread)
        title_fm, small_fm = QFontMetrics(title_font), QFontMetrics(small_font)
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y - self.BAR)

        if unread:
            dot_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(opt.palette.color(group, dot_role))
            painter.drawEllipse(self.dot_rect(opt.rect, opt.font))
            painter.setBrush(Qt.BrushStyle.NoBrush)

        # progress figure, right-aligned on the second line
        figure = progress_label(summary.progress, summary.state)
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

    def dot_rect(self, row: QRect, base: QFont) -> QRect:
        """Where the unread dot goes in a row: the left padding, level with the title."""
        title_height = QFontMetrics(self.fonts(base, unread=True)[0]).height()
        centre_x = row.left() + self.PAD_X // 2
        centre_y = row.top() + self.PAD_Y + title_height // 2
        return QRect(centre_x - self.DOT // 2, centre_y - self.DOT // 2, self.DOT, self.DOT)
