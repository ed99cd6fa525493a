"""The locked-down web page the reader view shows: no network, no navigation, no windows.

Three walls, each enough on its own: the page's Content-Security-Policy (reader.core.reader_page)
forbids every load and every script but ours; this profile's request interceptor blocks any
request that is not the page itself; and the page refuses every navigation it did not start, so a
link click turns into a question to the user (linkRequested) instead of a load.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

log = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"data", "about", "qrc"})


class BlockingInterceptor(QWebEngineUrlRequestInterceptor):
    """Lets through only our own page (setHtml loads it as a data: URL); counts what it stopped."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        url = info.requestUrl()
        if url.scheme() not in ALLOWED_SCHEMES:
            self.blocked.append(url.toString()[:200])
            info.block(True)


_profile: QWebEngineProfile | None = None


def reader_profile() -> QWebEngineProfile:
    """One off-the-record profile for every reader view: no cookies, no cache, nothing on disk."""
    global _profile
    if _profile is None:
        _profile = QWebEngineProfile()  # no storage name: off the record
        _profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
        _profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        _profile.setSpellCheckEnabled(False)
        interceptor = BlockingInterceptor(_profile)
        _profile.setUrlRequestInterceptor(interceptor)
        _profile.interceptor = interceptor  # keep it alive as long as the profile
    return _profile


def blocked_requests() -> list[str]:
    return list(_profile.interceptor.blocked) if _profile is not None else []


class ReaderPage(QWebEnginePage):
    """Shows only what we load into it; a clicked link is reported, never followed."""

    linkRequested = Signal(QUrl)

    def __init__(self, parent: QObject | None = None):
        super().__init__(reader_profile(), parent)
        self._expecting_load = False
        s = self.settings()
        off = (QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows,
               QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
               QWebEngineSettings.WebAttribute.JavascriptCanPaste,
               QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
               QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
               QWebEngineSettings.WebAttribute.PluginsEnabled,
               QWebEngineSettings.WebAttribute.AutoLoadImages,
               QWebEngineSettings.WebAttribute.WebGLEnabled,
               QWebEngineSettings.WebAttribute.Accelerated2dCanvasEnabled,
               QWebEngineSettings.WebAttribute.FullScreenSupportEnabled,
               QWebEngineSettings.WebAttribute.ScreenCaptureEnabled,
               QWebEngineSettings.WebAttribute.ErrorPageEnabled,
               QWebEngineSettings.WebAttribute.PdfViewerEnabled,
               QWebEngineSettings.WebAttribute.NavigateOnDropEnabled)
        for attribute in off:
            s.setAttribute(attribute, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)  # ours, by CSP nonce only

    def set_page_html(self, page: str) -> None:
        self._expecting_load = True
        self.setHtml(page, QUrl("about:blank"))

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802 (Qt API)
        if self._expecting_load and is_main_frame and url.scheme() in ("data", "about"):
            self._expecting_load = False
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and url.scheme() in ("http", "https"):
            self.linkRequested.emit(url)
        return False

    def createWindow(self, _type):  # noqa: N802 (Qt API)
        return None  # no pop-ups, no new tabs

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802 (Qt API)
        # The page's own errors go to the log, not to stderr where they would look like crashes.
        log.debug("page console (%s) %s:%s %s", level, source, line, message)
