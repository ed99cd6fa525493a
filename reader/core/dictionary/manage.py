"""The dictionary index the reader uses: opened if it is there and whole, built (once, with
progress) from the installed data when it is missing, half-built, damaged or from an older
version of Yomu."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .build import build_index
from .index import DictionaryIndex, IndexCorrupt, IndexMissing, default_index_path


def index_ready(path: Path | None = None) -> bool:
    try:
        DictionaryIndex.open(path or default_index_path()).close()
    except (IndexMissing, IndexCorrupt):
        return False
    return True


def open_index(path: Path | None = None, progress: Callable[[float, str], None] | None = None) -> DictionaryIndex:
    path = path or default_index_path()
    try:
        return DictionaryIndex.open(path)
    except (IndexMissing, IndexCorrupt):
        build_index(path, progress=progress)
        return DictionaryIndex.open(path)
