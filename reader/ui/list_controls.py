"""The small controls above the library list: which articles to show and in what order.

The names of the sorts and filters are core's (reader.core.store.listing); this module gives them
labels, shows them as two combo boxes, and remembers the choice in QSettings.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from reader.core.store.listing import FILTERS, SHOW_ALL, SORT_IMPORTED, SORTS

SORT_LABELS = {
    "imported": "Newest imported",
    "published": "Newest published",
    "title": "Title",
    "source": "Source",
    "progress": "Least read first",
}
FILTER_LABELS = {
    "all": "All articles",
    "unread": "Unread",
    "in_progress": "In progress",
    "finished": "Finished",
}
assert tuple(SORT_LABELS) == SORTS and tuple(FILTER_LABELS) == FILTERS

SORT_KEY = "library/sort"
FILTER_KEY = "library/filter"


def _combo(parent: QWidget, name: str, accessible: str, labels: dict[str, str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for key, label in labels.items():
        combo.addItem(label, key)
    return combo


class ListControls(QWidget):
    """"Show [filter]" and "Sort [order]", restored from and saved to QSettings."""

    changed = Signal()  # the sort or the filter changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("listControls")
        self._settings = QSettings()
        self.filter_combo = _combo(self, "filterCombo", "Show", FILTER_LABELS)
        self.sort_combo = _combo(self, "sortCombo", "Sort by", SORT_LABELS)
        self._select(self.filter_combo, self._settings.value(FILTER_KEY, SHOW_ALL), SHOW_ALL)
        self._select(self.sort_combo, self._settings.value(SORT_KEY, SORT_IMPORTED), SORT_IMPORTED)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for text, combo in (("Show", self.filter_combo), ("Sort", self.sort_combo)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._save(FILTER_KEY, self.filter))
        self.sort_combo.currentIndexChanged.connect(lambda _i: self._save(SORT_KEY, self.sort))

    @property
    def sort(self) -> str:
        return self.sort_combo.currentData() or SORT_IMPORTED

    @property
    def filter(self) -> str:  # not "show": that is QWidget's
        return self.filter_combo.currentData() or SHOW_ALL

    def set_sort(self, sort: str) -> None:
        self._select(self.sort_combo, sort, self.sort)

    def set_filter(self, name: str) -> None:
        self._select(self.filter_combo, name, self.filter)

    @staticmethod
    def _select(combo: QComboBox, key: object, fallback: str) -> None:
        """Choose `key` (a stored setting may be anything: then `fallback`)."""
        index = combo.findData(key if isinstance(key, str) else fallback)
        combo.setCurrentIndex(index if index >= 0 else combo.findData(fallback))

    def _save(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)
        self.changed.emit()
