"""Where the bundled files in resources/ are: beside the package in a source checkout, inside
it (reader/resources) in an installed wheel."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Yomu's resources folder is missing; reinstall the application")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
