"""The one object the reader page can reach: five narrow, typed methods, arguments checked.

The page asks for a dictionary lookup at (block, offset), reports the reading position, says when
it is ready, asks to highlight a selection, and asks to open a highlight the reader clicked.
Nothing else on this object is callable from the page: it has no other public slots, and the
page's script is ours (the Content-Security-Policy runs no other). The bridge only checks and
passes on: what a highlight request does is the window's business (reader.ui.highlights).
"""
from __future__ import annotations

import json
import logging
import math
import re

from PySide6.QtCore import QObject, Signal, Slot

from reader.core.dictionary.lookup import lookup
from reader.core.reader_page import PageBlocks

log = logging.getLogger(__name__)

HIGHLIGHT_COLOURS = ("yellow", "green", "blue", "pink", "purple")
HIGHLIGHT_STYLES = ("highlight", "underline")
_HIGHLIGHT_ID = re.compile(r"[0-9a-f]{32}")


class ReaderBridge(QObject):
    positionReported = Signal(float)
    pageReadyReported = Signal(str)  # the load's token (see PageSettings.token)
    lookedUp = Signal(int, int, int)  # block, offset, entries found (for the window and tests)
    #: [(paragraph, start, end), …] (one piece per paragraph the selection covers), colour, style, with note
    highlightRequested = Signal(list, str, str, bool)
    highlightOpened = Signal(str)  # a highlight's id, clicked in the page

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._blocks = PageBlocks()
        self._index = None
        self._index_pending = False

    def set_blocks(self, blocks: PageBlocks) -> None:
        self._blocks = blocks

    def set_dictionary(self, index, *, pending: bool = False) -> None:
        """The open DictionaryIndex, or None; ``pending`` when one is being built."""
        self._index = index
        self._index_pending = pending and index is None

    # ------------------------------------------------------------ the page's methods
    @Slot(int, int, result=str)
    def lookup(self, block: int, offset: int) -> str:
        if not isinstance(block, int) or not isinstance(offset, int):
            return ""
        text = self._blocks.text(block)
        if text is None or not 0 <= offset < len(text):
            return ""
        if self._index is None:
            if self._index_pending:
                return json.dumps({"text": text, "at": offset, "length": 0, "entries": [], "kanji": [],
                                   "status": "building"})
            return ""
        try:
            result = lookup(self._index, text, offset).to_json()
        except Exception:  # a damaged index must not take the reader down with it
            log.exception("lookup failed at block %s offset %s", block, offset)
            return ""
        self.lookedUp.emit(block, offset, len(result["entries"]))
        return json.dumps(result, ensure_ascii=False)

    @Slot(int, int, int, int, str, str, bool)
    def addHighlight(self, start_block: int, start: int, end_block: int, end: int,  # noqa: N802 (page's name)
                     colour: str, style: str, with_note: bool) -> None:
        """The reader highlighted a selection: paragraphs start_block..end_block, from ``start`` in
        the first to ``end`` in the last. Split into one piece per paragraph; whitespace-only pieces
        are dropped."""
        if not all(isinstance(v, int) for v in (start_block, start, end_block, end)):
            return
        if colour not in HIGHLIGHT_COLOURS or style not in HIGHLIGHT_STYLES or not isinstance(with_note, bool):
            return
        if not 0 <= start_block <= end_block:
            return
        pieces = []
        for block in range(start_block, end_block + 1):
            text = self._blocks.text(block)
            if text is None:
                return
            a = start if block == start_block else 0
            b = end if block == end_block else len(text)
            if not 0 <= a <= b <= len(text):
                return
            if text[a:b].strip():
                pieces.append((block, a, b))
        if pieces:
            self.highlightRequested.emit(pieces, colour, style, with_note)

    @Slot(str)
    def openHighlight(self, highlight_id: str) -> None:  # noqa: N802 (called from the page by this name)
        if isinstance(highlight_id, str) and _HIGHLIGHT_ID.fullmatch(highlight_id):
            self.highlightOpened.emit(highlight_id)

    @Slot(float)
    def reportPosition(self, fraction: float) -> None:  # noqa: N802 (called from the page by this name)
        if isinstance(fraction, (int, float)) and math.isfinite(fraction):
            self.positionReported.emit(max(0.0, min(1.0, float(fraction))))

    @Slot(str)
    def pageReady(self, token: str) -> None:  # noqa: N802 (called from the page by this name)
        if isinstance(token, str) and len(token) <= 64:
            self.pageReadyReported.emit(token)
