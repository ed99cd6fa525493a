"""Headless rendering: an article through the very view the window uses, to PNG or PDF.

`yomu render` loads the article into a ReaderView on Qt's offscreen platform (no display needed),
waits until the page says it is ready (fonts loaded, layout done), then grabs the whole page as an
image, or prints it to PDF with the engine's own print path. Same page, same stylesheet, same
furigana as on screen; only the size and, when asked, the furigana mode differ.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from reader.core.errors import YomuError
from reader.core.models import Article

MAX_IMAGE_HEIGHT = 32_000  # pixels; longer articles are cut there (a PDF has no such limit)
TIMEOUT_S = 60.0


class RenderError(YomuError):
    pass


def _quiet(_mode, _context, message) -> None:
    logging.getLogger("reader.qt").debug("%s", message)


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The engine's own chatter (no GPU, no D-Bus on a server) is not the user's business here.
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet)

    app = QApplication.instance()
    if app is None:
        from reader.ui.app import ensure_application

        app = ensure_application([])
    return app


def _wait(app, condition, timeout: float, what: str) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RenderError(f"rendering timed out while {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def check_output(out: Path, width: int) -> None:
    """Refuse what cannot be written before any work is done."""
    if out.suffix.lower() not in (".png", ".pdf"):
        raise RenderError(f"cannot render to {out.name!r}: the output must end in .png or .pdf")
    if not 200 <= width <= 4000:
        raise RenderError(f"width {width} is out of range (200–4000 pixels)")
    if not out.parent.is_dir():
        raise RenderError(f"folder {str(out.parent)!r} does not exist")


def render_article(article: Article, annotations: list, out: Path, *, width: int = 900,
                   furigana: str | None = None, theme: str | None = None, highlights: list[dict] | None = None,
                   vertical: bool = False, height: int = 900) -> Path:
    """Write ``article`` as PNG or PDF (by ``out``'s suffix) and return the path written. Laid out
    top to bottom ``width`` pixels wide, or with ``vertical`` in 縦書き columns ``height`` pixels tall,
    right to left."""
    check_output(out, width)
    if vertical and not 300 <= height <= 4000:
        raise RenderError(f"height {height} is out of range (300–4000 pixels)")
    suffix = out.suffix.lower()
    app = _application()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    from reader.ui.reader_view import ReaderView

    view = ReaderView()
    try:
        # for this view only, not saved
        view.apply_overrides(furigana=furigana, theme=theme, vertical=vertical)
        view.resize(width, height if vertical else 800)
        view.show()
        view.show_article(0, article, 0.0, annotations, highlights)
        _wait(app, lambda: view.ready, TIMEOUT_S, "loading the page")
        if suffix == ".pdf":
            done: list[bool] = []
            view.page().pdfPrintingFinished.connect(lambda _path, ok: done.append(ok))
            layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                 QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
            view.page().printToPdf(str(out), layout)
            _wait(app, lambda: bool(done), TIMEOUT_S, "printing the PDF")
            if not done[0]:
                raise RenderError(f"could not write {str(out)!r}")
            return out
        return _grab_whole_page(app, view, out, vertical=vertical)
    finally:
        view.close()
        view.deleteLater()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pause(app, seconds: float) -> None:
    until = time.monotonic() + seconds
    _wait(app, lambda: time.monotonic() > until, TIMEOUT_S, "painting the page")


def _value(app, view, expression: str):
    got: list = []
    view.evaluate(expression, got.append)
    _wait(app, lambda: bool(got), TIMEOUT_S, "reading the page")
    return got[0]


def _grab_whole_page(app, view, out: Path, *, vertical: bool = False) -> Path:
    """The whole page in one image, one screen at a time (the engine paints only what is on screen):
    top to bottom, or for 縦書き the columns right to left."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    _value(app, view, "(() => { document.documentElement.classList.add('no-scrollbars'); return true; })()")
    screen_w, screen_h = view.width(), view.height()
    if vertical:  # the scrollable width, as the engine rounds it (scrollWidth may be a pixel more)
        measure = ("(() => { const s = document.scrollingElement; s.scrollLeft = -1e9;"
                   " const w = Math.round(-s.scrollLeft) + s.clientWidth; s.scrollLeft = 0; return w; })()")
        scroll, position = "document.scrollingElement.scrollLeft = -{}", "-document.scrollingElement.scrollLeft"
        screen = screen_w
    else:  # the article's own height, bottom margin included: a short article gives a short image
        measure = "document.getElementById('article').getBoundingClientRect().bottom + window.scrollY"
        scroll, position = "window.scrollTo(0, {})", "window.scrollY"
        screen = screen_h
    total = min(int(_value(app, view, f"Math.ceil({measure})") or screen), MAX_IMAGE_HEIGHT)
    ratio = view.devicePixelRatioF()
    size = (total, screen_h) if vertical else (screen_w, total)
    image = QImage(round(size[0] * ratio), round(size[1] * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    try:
        done = 0  # pixels captured so far along the way the page scrolls (from its top, or its right edge)
        while done < total:
            _value(app, view, f"(() => {{ {scroll.format(done)}; return true; }})()")
            shown = int(_value(app, view, f"Math.round({position})") or 0)
            _pause(app, 0.15)  # let the compositor paint the scrolled screen
            frame = view.grab()
            skip = done - shown  # of this screen, the part already captured
            length = min(screen - skip, total - done)
            if length <= 0:
                raise RenderError("the page would not scroll for rendering")
            if vertical:
                painter.drawPixmap(QRect(total - done - length, 0, length, screen_h), frame,
                                   QRect(screen_w - skip - length, 0, length, screen_h))
            else:
                painter.drawPixmap(QRect(0, done, screen_w, length), frame, QRect(0, skip, screen_w, length))
            done += length
    finally:
        painter.end()
    if image.isNull() or not image.save(str(out), "PNG"):
        raise RenderError(f"could not write {str(out)!r}")
    return out
