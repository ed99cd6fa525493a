"""Starting the desktop app: the QApplication, the library file, the first-run sample, the window."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader import __version__
from reader.core.store import Library, LibraryError
from reader.ui.about import APP_NAME, ORGANISATION_NAME
from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["MainWindow", "ensure_application", "open_library", "prepare_library", "run"]


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (created if needed), named so QSettings finds our settings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else [sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("yomu")
    return app


def open_library(path: str | Path, parent: QWidget | None = None) -> Library | None:
    """Open the library file, or explain in a dialog why not and return None.

    Any failure becomes a message for the user, never a traceback.
    """
    try:
        return Library.open(path)
    except LibraryError as error:
        detail = str(error)
    except Exception as error:  # noqa: BLE001 — the user gets a message, the log the details
        log.exception("unexpected error opening library %s", path)
        detail = f"Unexpected error: {error}"
    box = QMessageBox(parent)
    box.setObjectName("libraryErrorMessage")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setText(f"{APP_NAME} could not open its library.")
    box.setInformativeText(detail)
    box.setDetailedText(f"Library file: {path}")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    box.deleteLater()
    return None


def prepare_library(library: Library) -> int | None:
    """On a brand-new library, import the bundled sample so the first window is not empty.
    Returns the sample's id (None when the library was not new, or the sample is missing)."""
    if not library.created:
        return None
    try:
        from reader.core.samples import import_sample

        return import_sample(library)
    except Exception:  # noqa: BLE001 — a missing sample must not stop the app starting
        log.exception("could not import the sample article")
        return None


def create_main_window(library: Library, *, native_dialogs: bool = True) -> MainWindow:
    """The window as `run` builds it: sample imported on first run and shown first."""
    sample_id = prepare_library(library)
    return MainWindow(library, select_id=sample_id, native_dialogs=native_dialogs)


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    def ready() -> None:
        print("yomu: window ready", flush=True)
        QTimer.singleShot(0, app.quit)
    if window.article_view.ready:
        ready()
    else:
        window.article_view.pageReady.connect(ready)


def run(library_path: Path, open_source: str | None = None) -> int:
    """Run the desktop app until the window closes; returns the process exit status."""
    app = ensure_application()
    library = open_library(library_path)
    if library is None:
        return 1
    try:
        window = create_main_window(library)
        window.show()
        if os.environ.get("YOMU_EXIT_WHEN_READY"):  # benchmarks/startup_speed.py: time to a usable window
            _exit_when_ready(app, window)
        if open_source:
            window.imports.import_source(open_source)
        status = app.exec()
        window.save_progress()
        return status
    finally:
        library.close()
