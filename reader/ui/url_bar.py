"""The address field at the top of the window: paste an article's web address, press Enter.

The quickest way in from a browser: no dialog. The field reports bad addresses through the
window's usual import error message and clears itself once the import has started."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPushButton, QToolBar

from reader.ui.import_sources import ImportSources


class UrlBar(QToolBar):
    def __init__(self, window: QMainWindow, imports: ImportSources):
        super().__init__("Import", window)
        self.setObjectName("urlBar")
        self.setMovable(False)
        self.setFloatable(False)
        self._imports = imports
        self.field = QLineEdit(self)
        self.field.setObjectName("urlField")
        self.field.setPlaceholderText("Paste the address of a Japanese news article and press Enter")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Article address")
        self.field.returnPressed.connect(self.submit)
        self.button = QPushButton("Import", self)
        self.button.setObjectName("urlImportButton")
        self.button.clicked.connect(self.submit)
        self.addWidget(self.field)
        self.addWidget(self.button)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)

    def submit(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        if self._imports.import_url(text) is not None:
            self.field.clear()
