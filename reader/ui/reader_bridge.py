"""The one object the reader page can reach: three narrow, typed methods, arguments checked.

The page asks for a dictionary lookup at (block, offset), reports the reading position, and says
when it is ready. Nothing else on this object is callable from the page: it has no other public
slots, and the page's script is ours (the Content-Security-Policy runs no other).
"""
from __future__ import annotations

import json
import logging
import math

from PySide6.QtCore import QObject, Signal, Slot

from reader.core.dictionary.lookup import lookup
from reader.core.reader_page import PageBlocks

log = logging.getLogger(__name__)


class ReaderBridge(QObject):
    positionReported = Signal(float)
    pageReadyReported = Signal()
    lookedUp = Signal(int, int, int)  # block, offset, entries found (for the window and tests)

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
        result.setdefault("start", offset)
        self.lookedUp.emit(block, offset, len(result["entries"]))
        return json.dumps(result, ensure_ascii=False)

    @Slot(float)
    def reportPosition(self, fraction: float) -> None:  # noqa: N802 (called from the page by this name)
        if isinstance(fraction, (int, float)) and math.isfinite(fraction):
            self.positionReported.emit(max(0.0, min(1.0, float(fraction))))

    @Slot()
    def pageReady(self) -> None:  # noqa: N802 (called from the page by this name)
        self.pageReadyReported.emit()
