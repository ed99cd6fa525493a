"""Where Yomu keeps its files."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

LIBRARY_ENV_VAR = "YOMU_LIBRARY"


def default_library_path(env: Mapping[str, str] = os.environ) -> Path:
    """The library file to use when none is named: $YOMU_LIBRARY if set, else library.sqlite3 in
    the platform's per-user data folder. (The CLI's --library flag overrides both.)"""
    override = env.get(LIBRARY_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("Yomu", appauthor=False) / "library.sqlite3"
