"""The user's imported dictionary files, kept so that a rebuilt index gets them back.

`yomu dict import FILE` writes into the index, and the index is rebuilt from the packaged data
whenever a new Yomu changes INDEX_VERSION or the file is found damaged: the imports would be
lost. So every file imported successfully is also copied into a folder beside the index (for
the default index, "dictionary-imports" in the user cache folder: one name for every version),
under its own name (a file of the same name imported again replaces the copy and counts as the
latest), with imports.json listing the copies in the order they were imported. After a rebuild,
manage.rebuild_index() applies them again in that order. A copy that cannot be applied any more
is reported and skipped; the others are still applied.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

MANIFEST = "imports.json"
_VERSIONED = re.compile(r"-v\d+$")

Warn = Callable[[str], None]


def imports_folder(index_path: Path) -> Path:
    """Where the copies live: "<index name>-imports" beside the index, the name without its
    version suffix (dictionary-v1.sqlite3 -> dictionary-imports), so an upgraded Yomu, whose
    index has a new name, still finds them."""
    index_path = Path(index_path)
    return index_path.parent / f"{_VERSIONED.sub('', index_path.stem)}-imports"


def saved_imports(index_path: Path) -> list[Path]:
    """The kept copies, oldest import first (an empty list when there are none)."""
    folder = imports_folder(index_path)
    if not folder.is_dir():
        return []
    try:
        names = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise ValueError
    except (OSError, ValueError):
        # No readable list: the copies by age (each is written when its file is imported).
        names = [path.name for path in sorted(_copies(folder), key=lambda path: path.stat().st_mtime_ns)]
    return [folder / name for name in names if (folder / name).is_file()]


def keep(index_path: Path, files: Iterable[Path], warn: Warn) -> None:
    """Copy files just imported into the imports folder, in order, each replacing a copy of the
    same name. A failure (disk full) is reported: the import itself has already succeeded."""
    folder = imports_folder(index_path)
    files = list(files)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        order = [path.name for path in saved_imports(index_path)]
        for file in files:
            temp = folder / f".{file.name}.copying"
            try:
                shutil.copyfile(file, temp)
                os.replace(temp, folder / file.name)
            finally:
                temp.unlink(missing_ok=True)
            order = [name for name in order if name != file.name] + [file.name]
        _write_manifest(folder, order)
    except OSError as error:
        names = ", ".join(file.name for file in files)
        warn(f"could not keep a copy of {names} in {folder} ({error.strerror or error}): "
             "the import is in the index now but will be lost when the index is rebuilt")


def replay(index_path: Path, warn: Warn) -> list:
    """Apply the kept copies to the index at index_path (just rebuilt), oldest first, and return
    the import results. A copy that cannot be read any more is reported and left out; if writing
    fails, that is reported and the index stays as built."""
    from .importers import DictionaryImportError, parse_file, write_parsed

    parsed = []
    for copy in saved_imports(index_path):
        try:
            parsed.append(parse_file(copy))
        except DictionaryImportError as error:
            warn(f"the imported dictionary {copy.name} could not be applied again and was left out: {error}")
    if not parsed:
        return []
    try:
        return write_parsed(parsed, index_path)
    except DictionaryImportError as error:
        warn(f"the imported dictionaries could not be applied again to the rebuilt index: {error}")
        return []


def _copies(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir()
            if path.is_file() and path.name != MANIFEST and not path.name.startswith(".")]


def _write_manifest(folder: Path, names: list[str]) -> None:
    temp = folder / f".{MANIFEST}.writing"
    temp.write_text(json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(temp, folder / MANIFEST)
