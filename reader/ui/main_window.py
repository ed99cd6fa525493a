"""The main window: library list on the left, the article on the right.

Thin by design: every decision about articles lives in reader.core; this module asks the
Library, then shows what it said. The window owns the Library's reads and writes (listing,
opening, progress, deleting, storing imported articles) and its own layout and settings. Its
commands and menus are in reader.ui.menus; how imports are requested (dialogs, clipboard,
drops) is in reader.ui.import_sources.
"""
from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMessageBox, QSplitter, QWidget

from reader.core.dictionary.index import DictionaryIndex, IndexCorrupt, IndexMissing, default_index_path
from reader.core.models import Article
from reader.core.store import Library
from reader.ui.about import APP_NAME
from reader.ui.annotation_files import AnnotationFiles
from reader.ui.article_edit import ArticleEditor
from reader.ui.dictionary_build import DictionaryBuild
from reader.ui.furigana_worker import ArticleFurigana
from reader.ui.highlights import HighlightsController
from reader.ui.import_actions import Importer, ImportJob, looks_like_url
from reader.ui.import_review import ImportReviewer
from reader.ui.import_sources import ImportSources
from reader.ui.library import LibraryPanel
from reader.ui.library_commands import STORE_ERRORS, LibraryCommands
from reader.ui.menus import WindowActions
from reader.ui.notes_panel import NotesPanel
from reader.ui.reader_context_menu import ReaderContextMenu
from reader.ui.reader_menu import ReaderActions
from reader.ui.reader_view import DEFAULT_TEXT_SIZE, ReaderView
from reader.ui.reading_corrections import ReadingCorrections
from reader.ui.url_bar import UrlBar

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 6000


def _quoted(title: str, limit: int = 60) -> str:
    title = " ".join((title or "Untitled").split())
    if len(title) > limit:
        title = title[: limit - 1] + "…"
    return f"“{title}”"


class MainWindow(QMainWindow):
    """Yomu's window over one open Library (which the caller owns and closes)."""

    def __init__(
        self,
        library: Library,
        *,
        select_id: int | None = None,
        native_dialogs: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.library = library
        self.native_dialogs = native_dialogs
        self.settings = QSettings()
        self._settings_key = self._library_settings_key(library)

        # ------------------------------------------------------------ widgets
        self.library_panel = LibraryPanel(self)
        self.search_field: QLineEdit = self.library_panel.search_field
        self.list_view = self.library_panel.list_view
        self.article_view = ReaderView(self)
        self.furigana = ArticleFurigana(self)
        self.dictionary: DictionaryIndex | None = None
        self._open_dictionary()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.article_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([320, 860])
        self.setCentralWidget(self.splitter)

        # Dialogs currently open (window-modal, never blocking); tests and callers can reach them.
        self.message_box: QMessageBox | None = None

        # The importer parses off the GUI thread; its finished articles are stored here.
        self.importer = Importer(self)
        self.imports = ImportSources(self, self.importer, self.settings, native_dialogs=native_dialogs)
        # Each finished import is reviewed by the user (unless turned off) before it is stored.
        self.reviewer = ImportReviewer(self, library)
        self.importer.jobSucceeded.connect(self.reviewer.review)
        self.reviewer.approved.connect(self._on_job_succeeded)
        self.reviewer.cancelled.connect(
            lambda job: self._show_notice(f"Import of {job.label} cancelled: nothing was stored.")
        )
        self.importer.jobFailed.connect(self._on_job_failed)
        self.imports.problem.connect(self._show_error)
        self.imports.notice.connect(self._show_notice)

        self.commands = LibraryCommands(self)  # delete with undo, mark read/unread
        self.url_bar = UrlBar(self, self.imports)
        self.highlights = HighlightsController(self)
        self.notes_panel = NotesPanel(self.highlights, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_panel)
        self.notes_panel.hide()  # until there is something to show (or as the window was left)
        self.article_view.pageReady.connect(self._on_page_shown)
        self.menu_actions = WindowActions(self)
        self.reader_actions = ReaderActions(self)
        self.annotation_files = AnnotationFiles(self)
        self.article_editor = ArticleEditor(self)
        self.reading_corrections = ReadingCorrections(self)
        self.context_menu = ReaderContextMenu(self)

        self.library_panel.queryChanged.connect(self._on_query_changed)
        self.library_panel.currentArticleChanged.connect(self.open_article)
        self.list_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.article_view.readingPositionChanged.connect(self._on_reading_position)

        self.setAcceptDrops(True)
        self._closed = False
        self._restore_settings()
        self._show_title(None)

        if select_id is None:
            select_id = self._setting_int(f"{self._settings_key}/lastArticle")
        self.refresh_library(select_id=select_id)
        if self.article_view.article_id is None:
            first = self.library_panel.article_ids()
            if first:
                self.library_panel.select_article(first[0])
        self._update_actions()
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)  # arrows and Del work at once
        # First run, new version, damaged file: built meanwhile, the reader showing furigana; the
        # popups say the dictionary is being prepared until it is ready, then work at once.
        self.dictionary_build = DictionaryBuild(self)
        self.dictionary_build.ready.connect(lambda _path: self._open_dictionary())
        if self.dictionary is None and self.dictionary_build.start():
            self.article_view.set_dictionary(None, pending=True)

    # =================================================================== actions
    def _update_actions(self, *_args) -> None:
        self.menu_actions.update_enabled(
            article_selected=self.library_panel.current_article_id() is not None,
            article_url=self._current_url(),
            reading_state=self.commands.selected_state(),
        )

    # ================================================================== library
    def refresh_library(self, select_id: int | None = None) -> None:
        """Re-run the list query (search text, filter and sort) and keep the selection."""
        if select_id is None:
            select_id = self.article_view.article_id
        panel = self.library_panel
        query = panel.query
        try:
            summaries = self.library.query_articles(query, sort=panel.sort, show=panel.filter)
        except STORE_ERRORS as error:
            log.warning("library query failed: %s", error)
            self.statusBar().showMessage(f"Could not read the library: {error}", STATUS_TIMEOUT_MS)
            summaries = []
        panel.set_summaries(summaries, select_id=select_id)
        if not panel.article_ids() and not query and panel.filter == "all" and self.article_view.article_id is None:
            self.article_view.show_empty_library()
        self._update_actions()

    def article_count(self) -> int:
        return len(self.library.list_articles())

    def reload_article(self) -> None:
        """Show the open article again from the library (after its text was edited)."""
        article_id = self.article_view.article_id
        if article_id is not None:
            self.open_article(article_id, again=True)
            self.refresh_library(select_id=article_id)

    @Slot(int)
    def open_article(self, article_id: int, again: bool = False) -> None:
        """Show the article (saving the place in the one being left)."""
        if article_id == self.article_view.article_id and not again:
            return
        self.save_progress()
        try:
            stored = self.library.get_article(article_id)
        except STORE_ERRORS as error:
            self._show_error("Could not open the article", str(error))
            return
        if stored is None:  # deleted elsewhere (the CLI shares the file)
            self.statusBar().showMessage("That article is no longer in the library.", STATUS_TIMEOUT_MS)
            self.refresh_library()
            return
        marks = self.highlights.fetch(stored.id)
        furigana = self.furigana.annotations(stored.id, stored.article)
        self.article_view.show_article(stored.id, stored.article, stored.progress, furigana, marks)
        self.notes_panel.show_article()
        self.library_panel.select_article(stored.id)
        self._show_title(stored.article)
        self.settings.setValue(f"{self._settings_key}/lastArticle", stored.id)
        self._update_actions()

    def current_article_id(self) -> int | None:
        return self.article_view.article_id

    def open_annotation(self, article_id: int, highlight_id: str | None) -> None:
        """Open the article at a highlight (from the notes search), or at its note."""
        self.open_article(article_id)
        if self.article_view.article_id != article_id:
            return
        if highlight_id:
            self.highlights.reveal_when_ready(highlight_id)
        else:
            self.notes_panel.show()
            self.notes_panel.article_note.setFocus()

    def _on_page_shown(self) -> None:
        if self.article_view.article_id is None:  # a message page: no article, no notes
            self.highlights.load()
            self.notes_panel.show_article()

    def _open_dictionary(self) -> None:
        """Open the dictionary index if it is built; without it the reader still shows furigana."""
        try:
            self.dictionary = DictionaryIndex.open(default_index_path())
        except (IndexMissing, IndexCorrupt, OSError) as error:
            log.info("dictionary index not available: %s", error)
            self.dictionary = None
        self.article_view.set_dictionary(self.dictionary)

    def save_progress(self) -> None:
        article_id = self.article_view.article_id
        if article_id is None:
            return
        self._store_progress(article_id, self.article_view.reading_fraction())

    def _store_progress(self, article_id: int, fraction: float) -> None:
        try:
            if self.library.set_progress(article_id, fraction):
                self.library_panel.update_progress(article_id, fraction)
        except STORE_ERRORS as error:
            log.warning("could not save reading progress for %s: %s", article_id, error)

    @Slot(int, float)
    def _on_reading_position(self, article_id: int, fraction: float) -> None:
        if article_id == self.article_view.article_id and not self._closed:  # a late report after closing
            self._store_progress(article_id, fraction)

    @Slot(str)
    def _on_query_changed(self, _query: str) -> None:
        self.refresh_library(select_id=self.article_view.article_id)

    def _show_title(self, article: Article | None) -> None:
        # Qt appends the application name on platforms that expect it.
        self.setWindowTitle(" ".join(article.title.split()) if article and article.title else APP_NAME)

    def _current_url(self) -> str | None:
        article_id = self.library_panel.current_article_id()
        if article_id is None:
            article = self.article_view.article
            return article.url if article is not None else None
        row = self.library_panel.model.row_of(article_id)
        summary = self.library_panel.model.summary_at(row)
        return summary.url if summary is not None else None

    # =========================================================== import results
    @Slot(object, object)
    def _on_job_succeeded(self, job: ImportJob, article: Article) -> None:
        if self._closed:
            return
        try:
            article_id, created = self.library.add_article(article)
        except STORE_ERRORS as error:
            self._show_error(f"Could not save {job.label}", str(error))
            return
        self.refresh_library(select_id=article_id)
        if article_id not in self.library_panel.article_ids():
            self.library_panel.show_everything()  # make sure the new article is in the list
        self.open_article(article_id)
        if created:
            self.statusBar().showMessage(f"Imported {_quoted(article.title)}.", STATUS_TIMEOUT_MS)
        else:
            self.statusBar().showMessage(
                f"Already in your library: {_quoted(article.title)}.", STATUS_TIMEOUT_MS
            )

    @Slot(object, str)
    def _on_job_failed(self, job: ImportJob, message: str) -> None:
        if self._closed:
            return
        self._show_error(f"Could not import {job.label}", message)

    @Slot(str)
    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    @Slot(str, str)
    def _show_error(self, heading: str, detail: str) -> QMessageBox:
        """A window-modal warning that does not block the event loop, plus a status line."""
        detail = " ".join(str(detail).split()) or "Unknown error."
        detail = detail[:1].upper() + detail[1:]
        if detail[-1] not in ".!?。）)":
            detail += "."
        self.statusBar().showMessage(f"{heading}: {detail}", STATUS_TIMEOUT_MS * 2)
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(self)
        box.setObjectName("errorMessage")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(heading)
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if self.message_box is box:
                self.message_box = None

        box.finished.connect(finished)
        self.message_box = box
        box.open()
        return box

    # ===================================================================== view
    def larger_text(self) -> None:
        self._set_text_size(self.article_view.text_size + 1)

    def smaller_text(self) -> None:
        self._set_text_size(self.article_view.text_size - 1)

    def reset_text_size(self) -> None:
        self._set_text_size(DEFAULT_TEXT_SIZE)

    def _set_text_size(self, points: int) -> None:
        self.article_view.set_text_size(points)
        self.settings.setValue("reader/textSize", self.article_view.text_size)
        self.statusBar().showMessage(f"Text size {self.article_view.text_size} pt", 2000)

    def open_original(self) -> None:
        url = self._current_url()
        if url and looks_like_url(url):
            QDesktopServices.openUrl(QUrl(url))

    def copy_link(self) -> None:
        url = self._current_url()
        if url:
            QApplication.clipboard().setText(url)
            self.statusBar().showMessage("Link copied.", 2000)

    # ========================================================== drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self.imports.accepts_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.imports.import_drop(event.mimeData())
        event.acceptProposedAction()

    # ================================================================ settings
    @staticmethod
    def _library_settings_key(library: Library) -> str:
        path = str(getattr(library, "path", "") or "")
        return "libraries/" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry", None)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            width, height = 1180, 760
            screen = self.screen() or QApplication.primaryScreen()
            if screen is not None:
                available = screen.availableGeometry()
                width = min(width, round(available.width() * 0.9))
                height = min(height, round(available.height() * 0.9))
            self.resize(width, height)
        state = self.settings.value("window/state", None)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter", None)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        size = self._setting_int("reader/textSize")
        self.article_view.set_text_size(size if size is not None else DEFAULT_TEXT_SIZE)

    def _setting_int(self, key: str) -> int | None:
        value = self.settings.value(key, None)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("reader/textSize", self.article_view.text_size)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closed:
            self.save_progress()
            self.save_settings()
            self._closed = True
            self.furigana.worker.cancel()
            self.importer.shutdown(wait_ms=0)
            if self.dictionary is not None:
                self.article_view.set_dictionary(None)
                self.dictionary.close()
                self.dictionary = None
        super().closeEvent(event)
