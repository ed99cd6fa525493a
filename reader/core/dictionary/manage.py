"""The dictionary index the reader uses: opened if it is there and whole, built (once, with
progress) from the installed data when it is missing, half-built, damaged or from an older
version of Yomu, and then given back the dictionaries the user imported (saved_imports.py)."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from .build import ProgressCallback, build_index
from .index import DictionaryIndex, IndexCorrupt, IndexMissing, default_index_path
from .saved_imports import replay, saved_imports

log = logging.getLogger(__name__)

REBUILD_SHARE = 0.9  # of the progress bar, when imports are applied again after the build


def warn_in_log(message: str) -> None:
    log.warning("%s", message)


def index_ready(path: Path | None = None) -> bool:
    try:
        DictionaryIndex.open(path or default_index_path()).close()
    except (IndexMissing, IndexCorrupt):
        return False
    return True


def open_index(path: Path | None = None, progress: ProgressCallback | None = None,
               warn: Callable[[str], None] | None = None) -> DictionaryIndex:
    path = path or default_index_path()
    try:
        return DictionaryIndex.open(path)
    except (IndexMissing, IndexCorrupt):
        rebuild_index(path, progress=progress, warn=warn)
        return DictionaryIndex.open(path)


def rebuild_index(path: Path | None = None, progress: ProgressCallback | None = None,
                  warn: Callable[[str], None] | None = None) -> Path:
    """Build the index at path from the installed data (build.build_index), then apply the
    user's imports again, oldest first. warn(message) hears about an import that could not be
    applied (default: the log); the index is usable either way. progress as for build_index."""
    path = Path(path or default_index_path())
    if not saved_imports(path):
        return build_index(path, progress=progress)

    def building(fraction: float, message: str) -> None:
        if progress is not None:
            progress(fraction * REBUILD_SHARE, message)

    build_index(path, progress=building)
    if progress is not None:
        progress(REBUILD_SHARE, "applying your imported dictionaries again")
    replay(path, warn or warn_in_log)
    if progress is not None:
        progress(1.0, "dictionary ready")
    return path
