"""Yomu's Qt desktop interface. Thin: it calls reader.core and renders the results.

Importing this package does not import Qt (so `reader.ui.about`'s credit text is usable from
the CLI); `reader.ui.run` loads the GUI on first use.
"""
from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from reader.ui.app import run

        return run
    raise AttributeError(f"module 'reader.ui' has no attribute {name!r}")
