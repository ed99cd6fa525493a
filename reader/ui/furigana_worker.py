"""Furigana for a long article, made off the window's thread.

An article whose uncached text is long (a big import, a first opening after an engine upgrade)
opens at once with the furigana the cache has; the rest is annotated on a worker thread (core
code only: no database, no Qt there) and the page is shown again, at the reader's place, when it
is done. A newer request (another article opened) makes an older result be dropped.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from reader.core.nlp.annotate import Annotation
from reader.core.nlp.cache import annotate_missing

log = logging.getLogger(__name__)

BACKGROUND_CHARS = 12_000  # uncached text above this is annotated off the window's thread (~0.1 s)
POLL_MS = 40


class FuriganaWorker(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self._result: tuple[int, list[Annotation] | None, str] | None = None
        self._lock = threading.Lock()
        self._done: Callable[[list[Annotation]], None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._done is not None

    def start(self, texts: list[str], overrides: dict | None, done: Callable[[list[Annotation]], None]) -> None:
        """Annotate ``texts`` on a worker thread; ``done(annotations)`` runs on this thread after."""
        self._generation += 1
        generation = self._generation
        self._done = done
        with self._lock:
            self._result = None

        def work() -> None:
            try:
                result, error = annotate_missing(texts, overrides), ""
            except Exception as exc:  # noqa: BLE001 — reported in the window, never a crash
                log.exception("annotation failed")
                result, error = None, str(exc)
            with self._lock:
                self._result = (generation, result, error)
        threading.Thread(target=work, name="yomu-furigana", daemon=True).start()
        self._timer.start()

    def cancel(self) -> None:
        """Forget the request in flight (its thread finishes on its own; its result is dropped)."""
        self._generation += 1
        self._done = None
        self._timer.stop()

    def _poll(self) -> None:
        with self._lock:
            result, self._result = self._result, None
        if result is None:
            return
        generation, annotations, error = result
        if generation != self._generation:
            return  # an older request's answer
        self._timer.stop()
        done, self._done = self._done, None
        if done is not None and annotations is not None:
            done(annotations)
        elif error:
            log.warning("furigana not added: %s", error)


class ArticleFurigana:
    """The window's furigana for the article it opens: from the cache, made at once when little
    is missing, else made by the worker and shown when ready."""

    def __init__(self, window):
        self.window = window
        self.worker = FuriganaWorker(window)

    def annotations(self, article_id: int, article) -> list[Annotation | None]:
        from reader.core.nlp.annotate import annotate
        from reader.core.nlp.cache import cached_annotations, engine_key, fill_missing
        from reader.ui.library_commands import STORE_ERRORS

        self.worker.cancel()
        library = self.window.library
        texts = [article.title or "", article.subtitle or "", *article.paragraphs]
        try:
            found = cached_annotations(library, texts)
            engine, overrides = engine_key(library), library.reading_overrides()
        except STORE_ERRORS as error:  # a library that cannot be read still gets furigana, uncached
            log.warning("annotation cache unavailable: %s", error)
            return [annotate(t) for t in texts]
        wanted = [text for text, a in zip(texts, found, strict=True) if a is None]
        if not wanted:
            return found

        def fill(fresh: list[Annotation]) -> None:
            try:
                fill_missing(library, found, fresh, engine)
            except STORE_ERRORS as error:
                log.warning("could not cache annotations: %s", error)

        if sum(map(len, wanted)) <= BACKGROUND_CHARS:
            fill(annotate_missing(wanted, overrides))
            return found

        def done(fresh: list[Annotation]) -> None:
            fill(fresh)
            view = self.window.article_view
            if view.article_id != article_id:
                return
            from reader.core.annotations import page_records

            marks = page_records(self.window.highlights.highlights)
            view.show_article(article_id, article, view.reading_fraction(), found, marks)
            self.window.statusBar().showMessage("Furigana added.", 3000)
        self.window.statusBar().showMessage("Adding furigana to this long article…")
        self.worker.start(wanted, overrides, done)
        return found
