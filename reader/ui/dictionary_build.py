"""The dictionary's first build (or its rebuild after an upgrade or damage), off the GUI thread,
with its progress in the window's status bar.

The build (reader.core.dictionary.manage.rebuild_index: about 40 s from jamdict-data, then the
user's imports applied again) runs on a plain Python thread that never touches Qt: it records
its progress in a small locked state, and a timer on the GUI thread shows it ("Building
dictionary… 42%" beside a progress bar). The window stays usable meanwhile (furigana needs no
dictionary). On success the indicator goes away and `ready` is emitted; on failure the status
bar says why, in words, and nothing else happens. Closing the window or quitting cancels the
build: its next progress report raises, and build_index removes its temporary file; the index
file itself is only ever replaced whole, so no half-built index can appear.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar

from reader.core.dictionary.index import default_index_path
from reader.core.dictionary.manage import index_ready, rebuild_index
from reader.core.errors import YomuError

log = logging.getLogger(__name__)

POLL_MS = 100
MESSAGE_MS = 12_000


class _Cancelled(Exception):
    """Raised from the progress callback to stop the build (build_index cleans up after it)."""


class _State:
    """What the worker tells the GUI thread; every field read and written under the lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.fraction = 0.0
        self.message = ""
        self.done = False
        self.error: str | None = None
        self.warnings: list[str] = []


class DictionaryBuild(QObject):
    """Builds the dictionary index at `index_path` (default: default_index_path()) in the
    background when it is missing or stale, with progress in `window`'s status bar."""

    ready = Signal(object)  # the index path, once a build has put a usable index there
    failed = Signal(str)  # why the build failed, for the user

    def __init__(self, window: QMainWindow, index_path: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.index_path = Path(index_path) if index_path is not None else default_index_path()
        self.label = QLabel(window)
        self.label.setObjectName("dictionaryBuildLabel")
        self.bar = QProgressBar(window)
        self.bar.setObjectName("dictionaryBuildProgress")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        for widget in (self.label, self.bar):
            widget.hide()
            window.statusBar().addPermanentWidget(widget)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._state: _State | None = None
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        window.installEventFilter(self)  # a closing window cancels the build
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    # ------------------------------------------------------------------ public
    @property
    def running(self) -> bool:
        return self._state is not None

    def start(self) -> bool:
        """Build unless the index is already usable or a build is running; True when one started."""
        if self.running or index_ready(self.index_path):
            return False
        state = self._state = _State()
        self._cancel.clear()
        self._show(0.0)
        self._thread = threading.Thread(target=self._work, args=(state, self._cancel, self.index_path),
                                        name="yomu-dictionary-build")
        self._thread.start()
        self._timer.start()
        return True

    def cancel(self) -> None:
        """Stop a running build (it ends at its next progress report, leaving nothing behind)."""
        self._cancel.set()
        self._state = None
        try:
            self._timer.stop()
            self.label.hide()
            self.bar.hide()
        except RuntimeError:  # quitting: the window and its widgets are already gone
            pass

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker thread has ended (tests, shutdown); False on timeout."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
            return not thread.is_alive()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel()
        return False

    # ------------------------------------------------------------------ worker thread (no Qt here)
    @staticmethod
    def _work(state: _State, cancel: threading.Event, path: Path) -> None:
        def progress(fraction: float, message: str) -> None:
            if cancel.is_set():
                raise _Cancelled
            with state.lock:
                state.fraction, state.message = fraction, message

        def warn(message: str) -> None:
            with state.lock:
                state.warnings.append(message)

        error = None
        try:
            rebuild_index(path, progress=progress, warn=warn)
        except _Cancelled:
            error = "cancelled"
        except YomuError as exc:
            error = str(exc) or type(exc).__name__
        except Exception as exc:  # a bug must not take the window down: the log gets the details
            log.exception("building the dictionary index %s failed", path)
            error = f"unexpected error: {exc}"
        with state.lock:
            state.error, state.done = error, True

    # ------------------------------------------------------------------ GUI thread
    def _poll(self) -> None:
        state = self._state
        if state is None:
            self._timer.stop()
            return
        with state.lock:
            fraction, done, error, warnings = state.fraction, state.done, state.error, list(state.warnings)
        if not done:
            self._show(fraction)
            return
        self._timer.stop()
        self._state = None
        self.bar.hide()
        self.label.hide()
        status = self.window.statusBar()
        if error is None:
            note = f" Note: {warnings[0]}" if warnings else ""
            if len(warnings) > 1:
                note += f" (and {len(warnings) - 1} more)"
            status.showMessage(f"Dictionary ready.{note}", MESSAGE_MS)
            self.ready.emit(self.index_path)
        else:
            detail = " ".join(error.split())
            status.showMessage(f"The dictionary could not be built: {detail}", MESSAGE_MS * 2)
            self.failed.emit(detail)

    def _show(self, fraction: float) -> None:
        percent = int(max(0.0, min(1.0, fraction)) * 100)
        self.label.setText(f"Building dictionary… {percent}%")
        self.bar.setValue(percent)
        self.label.show()
        self.bar.show()
