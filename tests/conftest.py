"""Shared test set-up.

GUI tests run headless: the offscreen Qt platform is chosen here, before anything imports Qt.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


# ----------------------------------------------------------------------------------- GUI
@pytest.fixture(scope="session")
def sample_dictionary(tmp_path_factory):
    """A small dictionary index built from the fixture rows in tests/fixtures/dict (示す, 話し合う,
    行く, 発表, 小池百合子 …), for the reader's popups without jamdict-data."""
    from reader.core.dictionary.build import build_index
    from tests.test_dictionary_index import make_source

    source = make_source(tmp_path_factory.mktemp("dict-source") / "jamdict.db", extra=("lookup_sample.sql",))
    return build_index(tmp_path_factory.mktemp("dict-index") / "dictionary.sqlite3", source=source)


@pytest.fixture
def gui_settings(tmp_path_factory, monkeypatch, sample_dictionary):
    """QSettings written to a fresh temporary folder under a test-only organisation, so tests
    neither read nor overwrite a developer's real Yomu settings (window size, last article).
    Windows get the sample dictionary, so none starts building the real one into the user's
    cache (a test of that build sets YOMU_DICTIONARY_INDEX and YOMU_DICTIONARY_SOURCE itself)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    monkeypatch.setenv("YOMU_DICTIONARY_INDEX", str(sample_dictionary))
    folder = tmp_path_factory.mktemp("qsettings")
    saved = (
        QCoreApplication.organizationName(),
        QCoreApplication.applicationName(),
        QSettings.defaultFormat(),
    )
    QCoreApplication.setOrganizationName("YomuTests")
    QCoreApplication.setApplicationName("YomuTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    # Imports are stored without the review dialog here (it is on by default in the app): the
    # tests of the review turn it on (review_imports). Also under the real name, which run() sets.
    for organisation in ("YomuTests", "Yomu"):
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, organisation, organisation)
        settings.setValue("imports/review", False)
        settings.sync()
    yield folder
    QCoreApplication.setOrganizationName(saved[0])
    QCoreApplication.setApplicationName(saved[1])
    QSettings.setDefaultFormat(saved[2])


@pytest.fixture
def review_imports(gui_settings):
    """Turn the import review back on (as it is by default) for a test of it."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("imports/review", True)
    return gui_settings


@pytest.fixture
def gui_library(tmp_path):
    """A real, empty library file for a GUI test (closed after the test's windows)."""
    from reader.core.store import Library

    library = Library.open(tmp_path / "gui-library.sqlite")
    yield library
    library.close()


@pytest.fixture
def open_window(qtbot, gui_settings):
    """Factory: open_window(library, **kwargs) -> a shown, active MainWindow with non-native
    dialogs. Every window is closed (saving progress while its library is still open), its
    import workers drained, and deleted at teardown."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from reader.ui.app import create_main_window

    windows = []

    def factory(library, *, first_run: bool = False, **kwargs):
        if first_run:
            window = create_main_window(library, native_dialogs=False)
        else:
            from reader.ui.main_window import MainWindow

            kwargs.setdefault("native_dialogs", False)
            window = MainWindow(library, **kwargs)
        windows.append(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield factory

    for window in windows:
        if window.isVisible():
            window.close()
        window.importer.wait(10_000)
        window.dictionary_build.wait(60)
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


# ----------------------------------------------------------------------------------- core
@pytest.fixture
def site():
    """A local web server standing in for news sites (no network in tests)."""
    from tests.webserver import Site

    with Site() as s:
        yield s


@pytest.fixture
def reader_dictionary(sample_dictionary, monkeypatch):
    """Windows opened in this test use the sample dictionary."""
    monkeypatch.setenv("YOMU_DICTIONARY_INDEX", str(sample_dictionary))
    return sample_dictionary


@pytest.fixture(scope="session")
def screenshot_dir():
    """Where GUI tests leave screenshots for a person to look at (build/ is ignored by git)."""
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "build" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
