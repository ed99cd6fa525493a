"""The installable package: entry points, the package list, resources, the core/Qt layering."""
from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_installation():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "reader").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_every_data_file_in_the_package_is_listed_for_installation():
    """A file beside the code (the kanji readings table) only reaches a wheel when package-data names it."""
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    data = tool.get("package-data", {})
    missing = []
    for path in (ROOT / "reader").rglob("*"):
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        package = ".".join(path.parent.relative_to(ROOT).parts)
        if not any(path.relative_to(path.parent).match(pattern) for pattern in data.get(package, [])):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == [], f"add to [tool.setuptools.package-data]: {missing}"


def test_core_never_imports_qt():
    offenders = []
    for path in (ROOT / "reader" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6", "reader") and
                   (n.split(".")[0] != "reader" or n.startswith("reader.ui")) for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_clean_does_not_load_qt_or_the_store():
    code = ("import sys; from reader.cli import main; main(['clean', sys.argv[1], '--json']); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlite_utils'))]; "
            "sys.stderr.write(repr(bad))")
    page = ROOT / "tests" / "fixtures" / "pages" / "paste_bridge.txt"
    r = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == "[]", r.stderr


def test_sample_article_is_bundled_and_cleans():
    from reader.core.ingest.plaintext import article_from_text
    from reader.core.samples import sample_path

    article = article_from_text(sample_path().read_text("utf-8"))
    assert article.title and article.subtitle and len(article.paragraphs) >= 5


def test_qt_exits_cleanly():
    """Canary for the PySide6 6.12.0 abort at interpreter exit on Python 3.11 (pinned away in
    pyproject): a QApplication that is created, used and left to the interpreter must exit 0."""
    code = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication, QLabel\n"
            "app = QApplication([]); label = QLabel('読む'); label.show(); app.processEvents()\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]


def test_python_dash_m_and_console_script_agree():
    r = subprocess.run([sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, timeout=60)
    from reader import __version__

    assert r.stdout.strip() == f"yomu {__version__}"
