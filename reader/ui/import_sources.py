"""The ways an article gets into the window: the Import URL prompt, the Open File dialog, the
clipboard, drag and drop, and a URL or path from the command line.

Each becomes a job for the Importer (reader.ui.import_actions), which does the work off the GUI
thread. The window, not this module, listens for the finished jobs and stores the articles, so
the Library is only ever touched in one place.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QLineEdit, QMainWindow, QProgressBar

from reader.ui.import_actions import Importer, ImportJob, looks_like_url, normalise_url

FILE_FILTERS = "Articles (*.html *.htm *.txt);;Web pages (*.html *.htm);;Text files (*.txt);;All files (*)"


class ImportSources(QObject):
    """Turns what the user offers (an address, a file, the clipboard, a drop) into Importer jobs,
    and shows a busy indicator in the window's status bar while any job runs."""

    # Reported to the window, which owns the message box and the status line.
    problem = Signal(str, str)  # heading, detail
    notice = Signal(str)  # a short status-bar message

    def __init__(self, window: QMainWindow, importer: Importer, settings: QSettings, *, native_dialogs: bool = True):
        super().__init__(window)
        self._window = window
        self._importer = importer
        self._settings = settings
        self._native_dialogs = native_dialogs

        # Dialogs currently open (window-modal, never blocking); tests and callers can reach them.
        self.url_dialog: QInputDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self._busy_label = QLabel(window)
        self._busy_bar = QProgressBar(window)
        self._busy_bar.setRange(0, 0)  # no known length: the bar just moves
        self._busy_bar.setMaximumWidth(110)
        self._busy_bar.setMaximumHeight(14)
        self._busy_bar.setTextVisible(False)
        window.statusBar().addPermanentWidget(self._busy_label)
        window.statusBar().addPermanentWidget(self._busy_bar)
        self._busy_label.hide()
        self._busy_bar.hide()
        importer.jobStarted.connect(self._on_job_started)
        importer.busyChanged.connect(self._on_busy_changed)

    # ------------------------------------------------------------------ sources
    def import_source(self, source: str) -> ImportJob | None:
        """A URL or a file path, as given on the command line."""
        source = source.strip()
        if looks_like_url(source):
            return self.import_url(source)
        return self.import_file(source)

    def import_url(self, url: str) -> ImportJob | None:
        url = normalise_url(url)
        if not looks_like_url(url):
            self.problem.emit(
                "That is not a web address",
                f"“{url}” is not an http:// or https:// address of an article.",
            )
            return None
        return self._importer.import_url(url)

    def import_file(self, path: str | Path) -> ImportJob:
        return self._importer.import_file(path)

    @Slot()
    def paste(self) -> ImportJob | None:
        mime = QApplication.clipboard().mimeData()
        job = self._importer.import_clipboard(mime) if mime is not None else None
        if job is None:
            self.notice.emit("The clipboard has no text. Copy an article in your browser first.")
        return job

    @staticmethod
    def accepts_drop(mime: QMimeData) -> bool:
        return mime.hasUrls() or mime.hasText() or mime.hasHtml()

    def import_drop(self, mime: QMimeData) -> None:
        """Dropped files and links are imported one by one; dropped text or HTML as a paste."""
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile():
                    self.import_file(url.toLocalFile())
                elif url.scheme() in ("http", "https"):
                    self.import_url(url.toString())
        else:
            self._importer.import_clipboard(mime)

    # ------------------------------------------------------------------ dialogs
    @Slot()
    def show_url_dialog(self) -> QInputDialog:
        dialog = QInputDialog(self._window)
        dialog.setObjectName("importUrlDialog")
        dialog.setWindowTitle("Import URL")
        dialog.setLabelText("Address of a Japanese news article:")
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOkButtonText("Import")
        clip = QApplication.clipboard().text().strip()
        if looks_like_url(clip):  # the address the user just copied from the browser
            dialog.setTextValue(clip)
        dialog.resize(max(dialog.sizeHint().width(), 560), dialog.sizeHint().height())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted(text: str) -> None:
            if text.strip():
                self.import_url(text)

        def finished(_result: int) -> None:
            if self.url_dialog is dialog:
                self.url_dialog = None

        dialog.textValueSelected.connect(accepted)
        dialog.finished.connect(finished)
        self.url_dialog = dialog
        dialog.open()
        line_edit = dialog.findChild(QLineEdit)
        if line_edit is not None:
            line_edit.selectAll()  # typing replaces the suggestion
        return dialog

    @Slot()
    def show_open_file_dialog(self) -> QFileDialog:
        start = self._settings.value("files/lastDirectory", str(Path.home()), str)
        dialog = QFileDialog(self._window, "Open Article", start, FILE_FILTERS)
        dialog.setObjectName("openFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        if not self._native_dialogs:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def selected(path: str) -> None:
            if path:
                self._settings.setValue("files/lastDirectory", str(Path(path).parent))
                self.import_file(path)

        def finished(_result: int) -> None:
            if self.file_dialog is dialog:
                self.file_dialog = None

        dialog.fileSelected.connect(selected)
        dialog.finished.connect(finished)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    # --------------------------------------------------------- busy indicator
    @Slot(object)
    def _on_job_started(self, job: ImportJob) -> None:
        self._busy_label.setText(job.busy_text)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self._busy_label.setVisible(busy)
        self._busy_bar.setVisible(busy)
        if busy:
            pending = self._importer.pending_jobs()
            if pending:
                self._busy_label.setText(pending[-1].busy_text)
