"""Turning URLs, files and clipboard contents into Articles without freezing the window.

Parsing (and, for URLs, fetching) runs on a worker thread; the Article comes back to the GUI
thread through a queued signal, and only the GUI thread ever touches the Library.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, QObject, QThreadPool, Signal

from reader.core.ingest import IngestError, from_html, from_text, load
from reader.core.models import Article

log = logging.getLogger(__name__)

_URL_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)


def looks_like_url(text: str | None) -> bool:
    """A lone http(s) URL (what you get copying a browser's address bar)."""
    if not text:
        return False
    text = text.strip()
    return bool(_URL_RE.match(text)) and bool(urlsplit(text).hostname)


def normalise_url(text: str) -> str:
    """Accept 'www3.nhk.or.jp/news/...' as well as a full URL."""
    text = text.strip()
    if text and "://" not in text and "." in text.split("/", 1)[0]:
        text = "https://" + text
    return text


@dataclass(frozen=True)
class ImportJob:
    id: int
    kind: str  # "url", "file", "text" or "html"
    label: str  # what the status bar calls it: a host name, a file name, "clipboard text"

    @property
    def busy_text(self) -> str:
        if self.kind == "url":
            return f"Fetching {self.label}…"
        return f"Importing {self.label}…"


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so delivery is queued."""

    succeeded = Signal(int, object)
    failed = Signal(int, str)


def _clipboard_work(html_text: str | None, plain_text: str | None) -> Callable[[], Article]:
    def work() -> Article:
        if html_text and html_text.strip():
            try:
                return from_html(html_text.encode("utf-8"), url=None)
            except IngestError:
                if not (plain_text and plain_text.strip()):
                    raise
        return from_text(plain_text or "")

    return work


class Importer(QObject):
    """Runs ingest jobs off the GUI thread and reports each one exactly once."""

    jobStarted = Signal(object)  # ImportJob
    jobSucceeded = Signal(object, object)  # ImportJob, Article
    jobFailed = Signal(object, str)  # ImportJob, one-line message for the user
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._jobs: dict[int, ImportJob] = {}
        self._next_id = 1
        self._shut_down = False

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def pending_jobs(self) -> list[ImportJob]:
        return list(self._jobs.values())

    def import_url(self, url: str) -> ImportJob:
        url = normalise_url(url)
        host = (urlsplit(url).hostname or url).removeprefix("www.")
        return self._start("url", host, lambda: load(url))

    def import_file(self, path: str | Path) -> ImportJob:
        path = Path(path)
        return self._start("file", path.name or str(path), lambda: load(str(path)))

    def import_text(self, text: str) -> ImportJob:
        return self._start("text", "pasted text", lambda: from_text(text))

    def import_clipboard(self, mime: QMimeData) -> ImportJob | None:
        """HTML if the clipboard has it (a browser copy), else plain text; a lone URL is
        fetched. None when there is nothing textual to import."""
        html_text = mime.html() if mime.hasHtml() else None
        plain = mime.text() if mime.hasText() else None
        if not (html_text and html_text.strip()) and looks_like_url(plain):
            return self.import_url(plain.strip())
        if not (html_text and html_text.strip()) and not (plain and plain.strip()):
            return None
        kind = "html" if html_text and html_text.strip() else "text"
        return self._start(kind, "clipboard contents", _clipboard_work(html_text, plain))

    def shutdown(self, wait_ms: int = 2000) -> None:
        """Forget queued jobs and drop results still to come (the window is closing)."""
        self._shut_down = True
        self._pool.clear()
        self._pool.waitForDone(wait_ms)
        had_jobs = bool(self._jobs)
        self._jobs.clear()
        if had_jobs:
            self.busyChanged.emit(False)

    def wait(self, ms: int = -1) -> bool:
        """Block until the workers are idle (for tests and shutdown)."""
        return self._pool.waitForDone(ms)

    # ---------------------------------------------------------------- workers
    def _start(self, kind: str, label: str, work: Callable[[], Article]) -> ImportJob:
        job = ImportJob(self._next_id, kind, label)
        self._next_id += 1
        was_busy = self.busy
        self._jobs[job.id] = job
        self.jobStarted.emit(job)
        if not was_busy:
            self.busyChanged.emit(True)
        relay = self._relay

        def run() -> None:  # on a pool thread: no widgets, no Library
            try:
                article = work()
            except IngestError as error:
                relay.failed.emit(job.id, str(error) or "The input could not be read as an article.")
            except Exception as error:  # a bug in ingest must not take the window down
                log.exception("import of %s %s failed", job.kind, job.label)
                relay.failed.emit(job.id, f"Unexpected error while importing: {error}")
            else:
                if isinstance(article, Article):
                    relay.succeeded.emit(job.id, article)
                else:
                    relay.failed.emit(job.id, "The importer returned no article.")

        self._pool.start(run)
        return job

    def _finish(self, job_id: int) -> ImportJob | None:
        job = self._jobs.pop(job_id, None)
        if job is not None and not self._jobs:
            self.busyChanged.emit(False)
        return job

    def _on_succeeded(self, job_id: int, article: Article) -> None:
        if self._shut_down:
            return
        job = self._finish(job_id)
        if job is not None:
            self.jobSucceeded.emit(job, article)

    def _on_failed(self, job_id: int, message: str) -> None:
        if self._shut_down:
            return
        job = self._finish(job_id)
        if job is not None:
            self.jobFailed.emit(job, message)
