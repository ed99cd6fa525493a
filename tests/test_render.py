"""`yomu render`: the reader view offscreen, to PNG and PDF, the same pixels the window shows."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.core.models import Article
from reader.core.nlp.annotate import annotate
from reader.core.store import Library
from tests.test_gui import WAIT_MS

pytestmark = pytest.mark.gui

ARTICLE = Article(
    title="駅前に新しい図書館",
    subtitle="夜九時まで開館",
    paragraphs=["市は七日、駅前に新しい図書館を開くと発表した。", "利用者は仕事帰りにも本を借りられる。"],
    source="テスト新聞",
)


def texts(article: Article) -> list[str]:
    return [article.title, article.subtitle or "", *article.paragraphs]


def yomu(*args: str, cwd=None) -> subprocess.CompletedProcess:
    # This checkout's reader first, whatever copy is installed (cwd may be elsewhere).
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=cwd)


def test_render_is_what_the_window_shows(qtbot, tmp_path, gui_settings):
    from reader.ui.reader_view import ReaderView
    from reader.ui.render import render_article

    annotations = [annotate(t) for t in texts(ARTICLE)]
    out = render_article(ARTICLE, annotations, tmp_path / "page.png", width=700)
    rendered = QImage(str(out))
    assert rendered.width() == 700

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, rendered.height())
    view.show()
    view.show_article(1, ARTICLE, 0.0, annotations)
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    qtbot.wait(300)
    shown = view.grab().toImage().convertToFormat(rendered.format())
    assert shown.size() == rendered.size()
    assert shown == rendered  # pixel for pixel


def test_cli_renders_a_library_article_to_png_and_pdf(tmp_path):
    library = tmp_path / "library.sqlite3"
    with Library.open(library) as lib:
        article_id, _ = lib.add_article(ARTICLE)
    png = tmp_path / "all.png"
    done = yomu("--library", str(library), "render", str(article_id), "--out", str(png), "--width", "640")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(png) and done.stderr == ""
    with_readings = QImage(str(png))
    assert with_readings.width() == 640

    bare = tmp_path / "none.png"
    assert yomu("--library", str(library), "render", str(article_id), "--out", str(bare), "--width", "640",
                "--furigana", "none").returncode == 0
    without = QImage(str(bare))
    assert without.height() < with_readings.height()  # no room kept above the lines for readings

    pdf = tmp_path / "page.pdf"
    assert yomu("--library", str(library), "render", str(article_id), "--out", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cli_renders_a_file(tmp_path):
    page = tmp_path / "article.txt"
    page.write_text("\n\n".join([ARTICLE.title, *ARTICLE.paragraphs]), encoding="utf-8")
    out = tmp_path / "file.png"
    done = yomu("render", str(page), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == 900


@pytest.mark.parametrize("args,message", [
    (["render", "12345", "--out", "x.png"], "no article with id 12345"),
    (["render", "12345", "--out", "x.txt"], "must end in .png or .pdf"),
    (["render", "missing-file.html", "--out", "x.png"], "missing-file.html"),
    (["render", "12345", "--out", "no-such-folder/x.png"], "does not exist"),
    (["render", "12345", "--out", "x.png", "--width", "10"], "out of range"),
])
def test_cli_render_bad_input_is_one_line(tmp_path, args, message):
    library = tmp_path / "library.sqlite3"
    Library.open(library).close()
    before = library.read_bytes()
    done = yomu("--library", str(library), *args, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("yomu: error:") and message in done.stderr
    assert library.read_bytes() == before


def test_cli_render_shows_the_articles_highlights(tmp_path):
    library = tmp_path / "library.sqlite3"
    with Library.open(library) as lib:
        article_id, _ = lib.add_article(ARTICLE)
    plain = tmp_path / "plain.png"
    assert yomu("--library", str(library), "render", str(article_id), "--out", str(plain)).returncode == 0
    with Library.open(library) as lib:
        para = ARTICLE.paragraphs[0]
        lib.add_highlight(article_id, 0, para.index("図書館"), para.index("図書館") + 3, colour="pink")
    marked = tmp_path / "marked.png"
    assert yomu("--library", str(library), "render", str(article_id), "--out", str(marked)).returncode == 0
    a, b = QImage(str(plain)), QImage(str(marked))
    assert a.size() == b.size() and a != b  # the same page, with the passage marked


def test_cli_renders_vertical_writing_right_to_left(tmp_path):
    from tests.test_gui import long_article

    library = tmp_path / "library.sqlite3"
    with Library.open(library) as lib:
        article_id, _ = lib.add_article(long_article())
    out = tmp_path / "tategaki.png"
    done = yomu("--library", str(library), "render", str(article_id), "--out", str(out), "--vertical",
                "--height", "600", "--width", "700")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.height() == 600 and image.width() > 3 * 700  # the whole article, column after column
    bad = yomu("--library", str(library), "render", str(article_id), "--out", str(out), "--vertical",
               "--height", "50")
    assert bad.returncode == 1 and "height 50 is out of range" in bad.stderr


def test_cli_render_of_a_file_reads_with_the_libraries_corrections(tmp_path):
    page = tmp_path / "article.txt"
    page.write_text("\n\n".join([ARTICLE.title, *ARTICLE.paragraphs]), encoding="utf-8")
    library = tmp_path / "library.sqlite3"
    Library.open(library).close()
    plain = tmp_path / "plain.png"
    assert yomu("--library", str(library), "render", str(page), "--out", str(plain)).returncode == 0
    with Library.open(library) as lib:
        lib.set_reading_override("図書館", "としょかんかん", "図書館")
    before = library.read_bytes()
    corrected = tmp_path / "corrected.png"
    done = yomu("--library", str(library), "render", str(page), "--out", str(corrected))
    assert done.returncode == 0, done.stderr
    a, b = QImage(str(plain)), QImage(str(corrected))
    assert a != b  # the longer reading over 図書館
    assert library.read_bytes() == before  # read, never written
