"""File ▸ Export Notes and Highlights… and File ▸ Import Notes and Highlights…: the window's way to
take annotations along (the same formats as `yomu annotations export/import`)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.annotations_io import AnnotationImportError, export_html, export_json, export_markdown, import_json
from reader.ui.highlights import ERRORS
from reader.ui.menus import menu_named

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

FILTERS = {"Markdown (*.md)": ".md", "Web page (*.html)": ".html", "Yomu annotations, for import (*.json)": ".json"}


def write_export(library, path: Path, article_id: int | None) -> None:
    """Write the export in the format its name asks for (.md, .html, else JSON)."""
    suffix = path.suffix.lower()
    if suffix == ".md":
        text = export_markdown(library, article_id)
    elif suffix in (".html", ".htm"):
        text = export_html(library, article_id)
    else:
        text = json.dumps(export_json(library, article_id), ensure_ascii=False, indent=1)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # never a half-written export under the real name


class AnnotationFiles:
    def __init__(self, window: MainWindow):
        self.window = window
        self.export_all = QAction("E&xport Notes and Highlights…", window)
        self.export_all.setStatusTip("Save every note and highlighted passage as Markdown, a web page or JSON")
        self.export_all.triggered.connect(lambda: self.export(None))
        self.export_article = QAction("Export This Article's &Notes…", window)
        self.export_article.triggered.connect(lambda: self.export(window.current_article_id()))
        self.import_file = QAction("Import Notes and &Highlights…", window)
        self.import_file.setStatusTip("Merge notes and highlights exported from Yomu (newest change wins)")
        self.import_file.triggered.connect(self.import_)
        self.dialog: QFileDialog | None = None
        self.message: QMessageBox | None = None
        menu = menu_named(window, "File")
        if menu is not None:
            anchor = next((a for a in menu.actions() if a.isSeparator()), None)
            for action in (self.export_all, self.export_article, self.import_file):
                menu.insertAction(anchor, action)

    def _dialog(self, title: str, mode: QFileDialog.AcceptMode, filters: list[str]) -> QFileDialog:
        dialog = QFileDialog(self.window, title)
        dialog.setObjectName("annotationFileDialog")
        dialog.setAcceptMode(mode)
        dialog.setNameFilters(filters)
        if not self.window.native_dialogs:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.dialog = dialog
        return dialog

    def export(self, article_id: int | None) -> None:
        dialog = self._dialog("Export Notes and Highlights", QFileDialog.AcceptMode.AcceptSave, list(FILTERS))
        dialog.selectFile("yomu-notes.md")

        def chosen(path_text: str) -> None:
            path = Path(path_text)
            if not path.suffix:
                path = path.with_suffix(FILTERS.get(dialog.selectedNameFilter(), ".md"))
            try:
                write_export(self.window.library, path, article_id)
            except (*ERRORS, OSError) as error:
                self._tell("Could not export", str(error), QMessageBox.Icon.Warning)
                return
            self.window.statusBar().showMessage(f"Exported to {path}", 6000)
        dialog.fileSelected.connect(chosen)
        dialog.open()

    def import_(self) -> None:
        dialog = self._dialog("Import Notes and Highlights", QFileDialog.AcceptMode.AcceptOpen,
                              ["Yomu annotations (*.json)", "All files (*)"])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_path)
        dialog.open()

    def import_path(self, path_text: str) -> None:
        try:
            report = import_json(self.window.library, Path(path_text))
        except (AnnotationImportError, *ERRORS, OSError) as error:
            self._tell("Could not import", str(error), QMessageBox.Icon.Warning)
            return
        detail = "\n".join(f"{item}: {reason}" for item, reason in report.skipped[:20])
        if len(report.skipped) > 20:
            detail += f"\n… and {len(report.skipped) - 20} more"
        self._tell("Notes and highlights imported", report.summary(), QMessageBox.Icon.Information, detail)
        self.window.highlights.load()
        self.window.notes_panel.show_article()

    def _tell(self, heading: str, text: str, icon: QMessageBox.Icon, detail: str = "") -> None:
        box = QMessageBox(icon, heading, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("annotationFilesMessage")
        if detail:
            box.setDetailedText(detail)
        self.message = box
        box.open()
