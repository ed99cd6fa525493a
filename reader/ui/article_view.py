"""The plain-text reading pane: one article, typeset for comfortable Japanese reading.

Everything the article contains is escaped before it reaches Qt's rich-text engine; the
source's own HTML is never rendered. (The furigana reader replaces this view later.)
"""
from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.core.models import Article

# Japanese-capable faces first, in the order a reader on each platform is most likely to have
# them; Qt falls back along the list glyph by glyph.
CJK_FONT_FAMILIES = [
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic UI",
    "Yu Gothic",
    "Meiryo",
    "Source Han Sans JP",
    "IPAexGothic",
    "TakaoPGothic",
    "sans-serif",
]

DEFAULT_TEXT_SIZE = 15  # points
MIN_TEXT_SIZE = 9
MAX_TEXT_SIZE = 40
SIDE_MARGIN = 28  # pixels between the text and the pane's edges, at the least
MEASURE_EM = 38  # widest text column, in body-size ems (about 38 kanji per line)
SAVE_DELAY_MS = 800  # how long scrolling must pause before the position is reported


def format_date(value) -> str:
    """A short, readable date from whatever the store or the source gave us."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):
            return ""
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text  # "2024年5月1日 12時00分" and the like: already readable
    if "T" in text or " " in text.strip():
        if parsed.hour or parsed.minute:
            return parsed.strftime("%Y-%m-%d %H:%M")
    return parsed.strftime("%Y-%m-%d")


def _is_web_url(url: str | None) -> bool:
    return bool(url) and urlsplit(url).scheme in ("http", "https")


def _css_family_list() -> str:
    return ", ".join(f if f == "sans-serif" else f'"{f}"' for f in CJK_FONT_FAMILIES)


def article_html(article: Article, *, text_size: int = DEFAULT_TEXT_SIZE, muted: str = "#666") -> str:
    """The article as a small, fully escaped HTML document for QTextBrowser."""
    e = html.escape
    size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(text_size)))
    title_size = round(size * 1.6)
    css = (
        f"body {{ font-family: {_css_family_list()}; font-size: {size}pt; }}"
        f"h1 {{ font-size: {title_size}pt; font-weight: 600;"
        " margin-top: 0.4em; margin-bottom: 0.35em; line-height: 110%; }"
        f"p.subtitle {{ font-size: {round(size * 1.15)}pt; color: {muted};"
        " margin-top: 0; margin-bottom: 0.5em; line-height: 120%; }"
        f"p.meta {{ font-size: {max(MIN_TEXT_SIZE, round(size * 0.8))}pt; color: {muted};"
        " margin-top: 0.2em; margin-bottom: 1.6em; }"
        "p.meta a { text-decoration: none; }"
        # Qt's proportional line height is relative to the font's own (already roomy for CJK).
        "p.body { line-height: 155%; margin-top: 0; margin-bottom: 0.9em; }"
        f"p.empty {{ color: {muted}; }}"
    )
    parts = [
        f"<html><head><style>{css}</style></head><body>",
        f"<h1>{e(article.title or 'Untitled')}</h1>",
    ]
    if article.subtitle:
        parts.append(f'<p class="subtitle">{e(article.subtitle)}</p>')
    meta = [e(x) for x in (article.byline, article.source, format_date(article.published)) if x]
    if _is_web_url(article.url):
        meta.append(f'<a href="{e(article.url, quote=True)}">Original article ↗</a>')
    if meta:
        parts.append('<p class="meta">' + " · ".join(meta) + "</p>")
    paragraphs = [p for p in article.paragraphs if p and p.strip()]
    for paragraph in paragraphs:
        lines = "<br/>".join(e(line) for line in paragraph.strip().splitlines())
        parts.append(f'<p class="body">{lines}</p>')
    if not paragraphs:
        parts.append('<p class="empty">This article has no body text.</p>')
    parts.append("</body></html>")
    return "".join(parts)


def placeholder_html(heading: str, lines: list[str], *, muted: str = "#666") -> str:
    e = html.escape
    body = "".join(f"<p style='margin-bottom:0.4em'>{e(line)}</p>" for line in lines)
    return (
        f"<html><body style='font-family: {_css_family_list()};'>"
        f"<div style='margin-top:4em' align='center'>"
        f"<p style='font-size:18pt; font-weight:600'>{e(heading)}</p>"
        f"<div style='color:{muted}; font-size:11pt'>{body}</div></div></body></html>"
    )


class ArticleView(QTextBrowser):
    """Shows one stored article and keeps track of how far the reader has scrolled.

    The reading position is a fraction of the scrollable height. A fraction restored from the
    library is "anchored": it is re-applied whenever the layout changes the scroll range (the
    document lays out progressively, the window is resized, the text size changes) until the
    reader scrolls themselves.
    """

    #: (article id, fraction) once scrolling has paused, so the position survives a crash.
    readingPositionChanged = Signal(int, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setTextInteractionFlags(
            # Not TextSelectableByKeyboard: the arrow, page and Home/End keys scroll the page
            # instead of moving an invisible caret.
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        font = QFont()
        font.setFamilies(CJK_FONT_FAMILIES)
        font.setPointSize(DEFAULT_TEXT_SIZE)
        font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(SIDE_MARGIN)

        self._article_id: int | None = None
        self._article: Article | None = None
        self._text_size = DEFAULT_TEXT_SIZE
        self._anchor: float | None = None
        self._applying = False

        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_value_changed)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._report_position)

        self.show_empty_library()

    # ----------------------------------------------------------------- content
    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def article(self) -> Article | None:
        return self._article

    def show_article(self, article_id: int, article: Article, progress: float = 0.0) -> None:
        self._save_timer.stop()
        self._article_id = article_id
        self._article = article
        self._render()
        self._set_anchor(progress)

    def show_placeholder(self, heading: str, lines: list[str]) -> None:
        self._save_timer.stop()
        self._article_id = None
        self._article = None
        self._anchor = None
        self.setHtml(placeholder_html(heading, lines, muted=self._muted_colour()))

    def show_empty_library(self) -> None:
        self.show_placeholder(
            "Your library is empty",
            [
                "Import a Japanese news article to start reading:",
                "File ▸ Import URL…  (Ctrl+L)",
                "File ▸ Open File…  (Ctrl+O)",
                "File ▸ Paste Article  (Ctrl+Shift+V)",
            ],
        )

    def show_nothing_selected(self) -> None:
        self.show_placeholder("No article selected", ["Choose an article from the library."])

    # ------------------------------------------------------------- text size
    @property
    def text_size(self) -> int:
        return self._text_size

    def set_text_size(self, points: int) -> None:
        points = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(points)))
        if points == self._text_size:
            return
        fraction = self.reading_fraction()
        self._text_size = points
        font = self.document().defaultFont()
        font.setPointSize(points)
        self.document().setDefaultFont(font)
        if self._article is not None:
            self._render()
            self._set_anchor(fraction)
        self._update_measure()

    # -------------------------------------------------------- reading position
    def reading_fraction(self) -> float:
        """Where the reader is, 0.0 (top) to 1.0 (bottom)."""
        if self._anchor is not None:
            return self._anchor
        bar = self.verticalScrollBar()
        if bar.maximum() <= bar.minimum():
            return 0.0
        return max(0.0, min(1.0, (bar.value() - bar.minimum()) / (bar.maximum() - bar.minimum())))

    def scroll_to_fraction(self, fraction: float) -> None:
        self._set_anchor(fraction)

    def _set_anchor(self, fraction: float | None) -> None:
        try:
            value = float(fraction or 0.0)
        except (TypeError, ValueError):
            value = 0.0
        self._anchor = max(0.0, min(1.0, value))
        self._apply_anchor()

    def _apply_anchor(self) -> None:
        if self._anchor is None:
            return
        bar = self.verticalScrollBar()
        target = bar.minimum() + round(self._anchor * (bar.maximum() - bar.minimum()))
        was_applying, self._applying = self._applying, True
        try:
            bar.setValue(target)
        finally:
            self._applying = was_applying

    def _on_range_changed(self, _minimum: int, _maximum: int) -> None:
        self._apply_anchor()

    def _on_value_changed(self, _value: int) -> None:
        if self._applying:
            return
        if self._anchor is not None and self.verticalScrollBar().maximum() <= 0:
            return  # the range collapsing while a new document loads, not the reader
        self._anchor = None
        if self._article_id is not None:
            self._save_timer.start()

    def _report_position(self) -> None:
        if self._article_id is not None:
            self.readingPositionChanged.emit(self._article_id, self.reading_fraction())

    # ---------------------------------------------------------------- helpers
    def _render(self) -> None:
        assert self._article is not None
        # Scroll changes while the old document is swapped out are not the reader's doing.
        was_applying, self._applying = self._applying, True
        try:
            self.setHtml(article_html(self._article, text_size=self._text_size, muted=self._muted_colour()))
        finally:
            self._applying = was_applying
        self._update_measure()

    def _muted_colour(self) -> str:
        pal = self.palette()
        text, base = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
        mix = lambda a, b: round(a * 0.6 + b * 0.4)  # noqa: E731
        return "#%02x%02x%02x" % (
            mix(text.red(), base.red()),
            mix(text.green(), base.green()),
            mix(text.blue(), base.blue()),
        )

    def _update_measure(self) -> None:
        """Keep lines to a comfortable length by centring a column of at most MEASURE_EM ems."""
        em_px = self._text_size * self.logicalDpiY() / 72.0
        column = MEASURE_EM * em_px
        side = max(float(SIDE_MARGIN), (self.viewport().width() - column) / 2.0)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) < 1 and abs(fmt.rightMargin() - side) < 1:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        root.setFrameFormat(fmt)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # On first show QTextEdit scrolls its (invisible) text cursor into view, i.e. to the
        # top; that is not the reader scrolling, so keep the restored place.
        was_applying, self._applying = self._applying, True
        try:
            super().showEvent(event)
        finally:
            self._applying = was_applying
        self._apply_anchor()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._article is not None and self._anchor is None:
            self._anchor = self.reading_fraction()  # keep the place across the relayout
        super().resizeEvent(event)
        self._update_measure()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._article is not None:
            fraction = self.reading_fraction()
            self._render()
            self._set_anchor(fraction)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
