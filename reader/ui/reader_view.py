"""The reading pane: the article with furigana in a browser engine, dictionary popups on hover.

Thin: reader.core.reader_page builds the page from the article and its annotations; this widget
loads it into a locked-down page (reader.ui.web_page), connects the one bridge object, and turns
the window's commands (text size, furigana mode, theme, vertical writing) into calls to the page's
script, so none of them reloads the article.
"""
from __future__ import annotations

import json
import secrets
from collections.abc import Callable

from PySide6.QtCore import QFile, QIODevice, QPoint, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.models import Article
from reader.core.nlp.annotate import Annotation
from reader.core.reader_page import FURIGANA_MODES, POPUP_TRIGGERS, PageSettings, message_html, page_html
from reader.ui.reader_bridge import ReaderBridge
from reader.ui.web_page import ReaderPage

DEFAULT_TEXT_SIZE = 15  # points, as the window's text size commands count
MIN_TEXT_SIZE = 9
MAX_TEXT_SIZE = 40
DEFAULT_MEASURE = 36  # ems: about 36 kanji a line
MIN_MEASURE = 16
MAX_MEASURE = 80
MEASURE_STEP = 4
THEME_CHOICES = ("system", "light", "dark")


def _web_channel_client() -> str:
    f = QFile(":/qtwebchannel/qwebchannel.js")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("Qt's web channel client script is missing from this Qt installation")
    try:
        return bytes(f.readAll()).decode("utf-8")
    finally:
        f.close()


def points_to_css_px(points: int) -> int:
    return round(points * 96 / 72)


class ReaderView(QWebEngineView):
    """Shows one stored article; the public interface the window uses mirrors the plain view's."""

    #: (article id, fraction) after scrolling pauses, so the position survives a crash.
    readingPositionChanged = Signal(int, float)
    #: the page finished loading and its script is connected (tests and benchmarks wait on it)
    pageReady = Signal()
    #: a right-click (or the menu key) in an article: where (global), the place in the text it
    #: was on ({"block", "offset"}, or None off the text) and the selected text
    contextMenuWanted = Signal(QPoint, object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self._page = ReaderPage(self)
        self.setPage(self._page)
        self.bridge = ReaderBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self.bridge)
        self._page.setWebChannel(self._channel)
        self._page.linkRequested.connect(self._confirm_link)
        self.bridge.positionReported.connect(self._on_position)
        self.bridge.pageReadyReported.connect(self._on_page_ready)
        self._page.loadFinished.connect(self._on_load_finished)

        self._client = _web_channel_client()
        self._article_id: int | None = None
        self._article: Article | None = None
        self._fraction = 0.0
        self._ready = False
        self._highlights: list[dict] = []
        self._annotations: dict[int, Annotation] = {}  # block (-1 title, -2 subtitle, 0… paragraphs)
        self._drawn_with_page = True
        self._token = ""
        self.link_prompt: QMessageBox | None = None

        settings = QSettings()
        self._text_size = self._bounded_size(settings.value("reader/textSize", DEFAULT_TEXT_SIZE))
        self._furigana = self._choice(settings.value("reader/furigana", "all"), FURIGANA_MODES, "all")
        self._theme_choice = self._choice(settings.value("reader/theme", "system"), THEME_CHOICES, "system")
        self._trigger = self._choice(settings.value("reader/popupTrigger", "hover"), POPUP_TRIGGERS, "hover")
        self._vertical = str(settings.value("reader/vertical", "false")).lower() == "true"
        self._serif = str(settings.value("reader/serif", "false")).lower() == "true"
        self._measure = self._bounded_measure(settings.value("reader/measure", DEFAULT_MEASURE))
        hints = QGuiApplication.styleHints()
        if hints is not None:  # the desktop switching between light and dark while we run
            hints.colorSchemeChanged.connect(self._on_system_scheme)
        self.show_empty_library()

    # ----------------------------------------------------------------- content
    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def ready(self) -> bool:
        return self._ready

    def show_article(self, article_id: int, article: Article, progress: float = 0.0,
                     annotations: list[Annotation | None] | None = None, highlights: list[dict] | None = None) -> None:
        """``annotations``: the title's, the subtitle's (None when there is none), then one per paragraph;
        ``highlights``: drawn with the first paint (see set_highlights for the records)."""
        annotations = list(annotations or [])
        title_a = annotations[0] if annotations else None
        subtitle_a = annotations[1] if len(annotations) > 1 else None
        self._article_id = article_id
        self._article = article
        self._annotations = {block: a for block, a in zip((-1, -2, *range(len(article.paragraphs))),
                                                          annotations, strict=False) if a is not None}
        self._highlights = list(highlights or [])
        self._drawn_with_page = True
        self._token = secrets.token_hex(8)
        self._fraction = max(0.0, min(1.0, float(progress or 0.0)))
        page, blocks = page_html(article, annotations[2:], title_annotation=title_a,
                                 subtitle_annotation=subtitle_a, settings=self.page_settings(),
                                 scripts=(self._client,), highlights=self._highlights)
        self.bridge.set_blocks(blocks)
        self._load(page)

    def annotation(self, block: int) -> Annotation | None:
        """The open article's words and readings for a block of the page (see PageBlocks)."""
        return self._annotations.get(block)

    def show_placeholder(self, heading: str, lines: list[str]) -> None:
        self._article_id = None
        self._article = None
        self._annotations = {}
        self._fraction = 0.0
        self._token = secrets.token_hex(8)
        self._load(message_html(heading, lines, theme=self.theme))

    def show_empty_library(self) -> None:
        self.show_placeholder("Your library is empty", [
            "Import a Japanese news article to start reading:",
            "File ▸ Import URL…  (Ctrl+L)",
            "File ▸ Open File…  (Ctrl+O)",
            "File ▸ Paste Article  (Ctrl+Shift+V)",
        ])

    def show_nothing_selected(self) -> None:
        self.show_placeholder("No article selected", ["Choose an article from the library."])

    def set_dictionary(self, index, *, pending: bool = False) -> None:
        self.bridge.set_dictionary(index, pending=pending)

    def _load(self, page: str) -> None:
        self._ready = False
        self._page.set_page_html(page)

    def _on_page_ready(self, token: str = "") -> None:
        if token != self._token:
            return  # a page that has since been replaced said it was ready
        self._ready = True
        if not self._drawn_with_page and self._article_id is not None:  # changed while the page loaded
            self._call("setHighlights", self._highlights)
        self.pageReady.emit()

    def _on_load_finished(self, ok: bool) -> None:
        if self._article_id is None and ok:  # a message page has no script to say it is ready
            self._on_page_ready(self._token)

    def page_text(self, callback: Callable[[str | None], None]) -> None:
        """The text the page shows, readings and popup left out (for tests and diagnostics)."""
        self.evaluate("(() => { const c = document.body.cloneNode(true);"
                      " c.querySelectorAll('rt, #yomu-popup, script, style').forEach(n => n.remove());"
                      " return Array.from(c.querySelectorAll('h1, h2, p')).map(n => n.textContent).join('\\n'); })()",
                      callback)

    # -------------------------------------------------------------- settings
    def apply_overrides(self, *, furigana: str | None = None, theme: str | None = None,
                        vertical: bool | None = None) -> None:
        """Settings for this view only, not remembered (headless rendering)."""
        if vertical is not None:
            self._vertical = bool(vertical)
        if furigana is not None:
            if furigana not in FURIGANA_MODES:
                raise ValueError(f"unknown furigana mode {furigana!r}")
            self._furigana = furigana
        if theme is not None:
            if theme not in THEME_CHOICES:
                raise ValueError(f"unknown theme {theme!r}")
            self._theme_choice = theme

    def page_settings(self) -> PageSettings:
        return PageSettings(font_size=points_to_css_px(self._text_size), measure_em=self._measure,
                            furigana=self._furigana, theme=self.theme, vertical=self._vertical,
                            serif=self._serif, trigger=self._trigger, position=self._fraction,
                            token=self._token)

    @property
    def text_size(self) -> int:
        return self._text_size

    def set_text_size(self, points: int) -> None:
        points = self._bounded_size(points)
        if points == self._text_size:
            return
        self._text_size = points
        QSettings().setValue("reader/textSize", points)
        self._call("setFontSize", points_to_css_px(points))

    @property
    def measure(self) -> int:
        """The widest text column, in ems."""
        return self._measure

    def set_measure(self, ems: int) -> None:
        ems = self._bounded_measure(ems)
        if ems == self._measure:
            return
        self._measure = ems
        QSettings().setValue("reader/measure", ems)
        self._call("setMeasure", ems)

    @property
    def furigana_mode(self) -> str:
        return self._furigana

    def set_furigana_mode(self, mode: str) -> None:
        if mode not in FURIGANA_MODES:
            raise ValueError(f"unknown furigana mode {mode!r}")
        self._furigana = mode
        QSettings().setValue("reader/furigana", mode)
        self._call("setFurigana", mode)

    @property
    def theme_choice(self) -> str:
        return self._theme_choice

    @property
    def theme(self) -> str:
        """"light" or "dark": the user's choice, or the system's when they follow it."""
        if self._theme_choice in ("light", "dark"):
            return self._theme_choice
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
        if scheme != Qt.ColorScheme.Unknown:
            return "dark" if scheme == Qt.ColorScheme.Dark else "light"
        return "dark" if self.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"

    def set_theme_choice(self, choice: str) -> None:
        if choice not in THEME_CHOICES:
            raise ValueError(f"unknown theme {choice!r}")
        self._theme_choice = choice
        QSettings().setValue("reader/theme", choice)
        self._call("setTheme", self.theme)

    @property
    def vertical(self) -> bool:
        return self._vertical

    def set_vertical(self, on: bool) -> None:
        self._vertical = bool(on)
        QSettings().setValue("reader/vertical", "true" if on else "false")
        self._call("setVertical", self._vertical)

    @property
    def serif(self) -> bool:
        return self._serif

    def set_serif(self, on: bool) -> None:
        self._serif = bool(on)
        QSettings().setValue("reader/serif", "true" if on else "false")
        self._call("setSerif", self._serif)

    @property
    def popup_trigger(self) -> str:
        return self._trigger

    def set_popup_trigger(self, trigger: str) -> None:
        if trigger not in POPUP_TRIGGERS:
            raise ValueError(f"unknown popup trigger {trigger!r}")
        self._trigger = trigger
        QSettings().setValue("reader/popupTrigger", trigger)
        self._call("setTrigger", trigger)

    # -------------------------------------------------------- reading position
    def reading_fraction(self) -> float:
        """Where the reader is, 0.0 (top) to 1.0 (end), as the page last reported it."""
        return self._fraction

    def scroll_to_fraction(self, fraction: float) -> None:
        self._fraction = max(0.0, min(1.0, float(fraction)))
        self._call("scrollToFraction", self._fraction)

    def _on_position(self, fraction: float) -> None:
        self._fraction = fraction
        if self._article_id is not None:
            self.readingPositionChanged.emit(self._article_id, fraction)

    # ------------------------------------------------------------- highlights
    def set_highlights(self, highlights: list[dict]) -> None:
        """Draw these highlights (dicts with id, paragraph, start, end, colour, style, note,
        orphaned) over the article; the page's DOM is not changed."""
        self._highlights = highlights
        self._drawn_with_page = False
        if self._ready:
            self._call("setHighlights", highlights)

    def highlight_selection(self, colour: str = "yellow", style: str = "highlight", with_note: bool = False) -> None:
        self._call("highlightSelection", colour, style, with_note)

    def reveal_highlight(self, highlight_id: str) -> None:
        self._call("revealHighlight", highlight_id)

    def set_active_highlight(self, highlight_id: str | None) -> None:
        self._call("setActiveHighlight", highlight_id)

    # ---------------------------------------------------------------- popups
    def lookup_at_caret(self) -> None:
        """Look up the word at the caret or the start of the selection (keyboard shortcut)."""
        self._call("lookupAtSelection")

    def lookup_at(self, block: int, offset: int) -> None:
        self._call("lookupAt", block, offset)

    def close_popup(self) -> None:
        self._call("closePopup")

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Our menu instead of the browser's (Back, Reload, View Source mean nothing here). The page
        has recorded the place under the pointer; ask for it, then let the window build the menu."""
        if self._article_id is None:
            event.accept()
            return
        where = event.globalPos()
        request = self.lastContextMenuRequest()
        selected = request.selectedText() if request is not None else ""
        token = self._token

        def got(target) -> None:
            if token == self._token:  # not a page that has been replaced meanwhile
                self.contextMenuWanted.emit(where, target if isinstance(target, dict) else None, selected)
        self.evaluate("window.yomu ? window.yomu.contextTarget() : null", got)
        event.accept()

    # ---------------------------------------------------------------- script
    def _call(self, name: str, *args) -> None:
        if self._article_id is None:
            return
        self._page.runJavaScript(f"window.yomu && window.yomu.{name}({', '.join(json.dumps(a) for a in args)})", 0)

    def evaluate(self, expression: str, callback: Callable[[object], None]) -> None:
        """Run ``expression`` in the page and call back with its value (JSON round trip: the engine
        hands back plain objects only as JSON)."""
        def done(value) -> None:
            try:
                callback(json.loads(value) if isinstance(value, str) else None)
            except ValueError:
                callback(None)
        self._page.runJavaScript(f"JSON.stringify(({expression}))", 0, done)

    def _confirm_link(self, url: QUrl) -> None:
        buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, "Open link",
                          f"Open this link in your web browser?\n\n{url.toString()[:300]}", buttons, self)
        box.setObjectName("linkPrompt")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.link_prompt = box

        def finished(result: int) -> None:
            self.link_prompt = None
            if result == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(url)
        box.finished.connect(finished)
        box.open()

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def _bounded_size(value) -> int:
        try:
            points = int(value)
        except (TypeError, ValueError):
            points = DEFAULT_TEXT_SIZE
        return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, points))

    @staticmethod
    def _bounded_measure(value) -> int:
        try:
            ems = int(value)
        except (TypeError, ValueError):
            ems = DEFAULT_MEASURE
        return max(MIN_MEASURE, min(MAX_MEASURE, ems))

    def _on_system_scheme(self, _scheme) -> None:
        if self._theme_choice == "system":
            self._call("setTheme", self.theme)

    @staticmethod
    def _choice(value, choices: tuple[str, ...], default: str) -> str:
        return value if value in choices else default

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._theme_choice == "system":
            self._call("setTheme", self.theme)
