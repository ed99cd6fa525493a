"""The furigana reader in the real window: QtWebEngine offscreen, the real mouse and keyboard.

Each test imports our own short article into a real library, opens the window on it with the
sample dictionary (tests/fixtures/dict), and checks what the page shows through its script. Some
leave screenshots in build/screenshots for a person to look at.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.models import Article
from reader.core.store import Library
from tests.test_gui import WAIT_MS, add_all, page_value, shown_text

pytestmark = pytest.mark.gui

# Our own text: a conjugated verb (示した ← 示す), a number + counter, a name, an uncertain reading.
SEED = Article(
    title="政府が新たな対策を示した",
    subtitle="小池百合子知事も会見で発表",
    paragraphs=[
        "政府は七日、物価の上昇に対応するため、新たな対策を示した。",
        "小池百合子知事は会見で、都としても独自の支援策を発表すると話した。",
        "会見に来た記者の方にも資料が配られた。",
    ],
    source="テスト新聞",
    published="2024-05-07",
    url="http://127.0.0.1:9/article",
)


@pytest.fixture
def reader_window(qtbot, gui_library, open_window, reader_dictionary):
    def factory(article: Article = SEED, **kwargs):
        (article_id,) = add_all(gui_library, [article])
        window = open_window(gui_library, select_id=article_id, **kwargs)
        window.resize(1000, 700)
        qtbot.waitUntil(lambda: window.article_view.ready, timeout=WAIT_MS)
        return window
    return factory


def hover(qtbot, view, block: int, offset: int) -> dict:
    """Move the real mouse over character ``offset`` of ``block``; wait for the popup to paint."""
    rect = page_value(qtbot, view, f"yomu.rectOf({block}, {offset})")
    assert rect, (block, offset)
    viewport = page_value(qtbot, view, "({w: window.innerWidth, h: window.innerHeight})")
    if not inside(rect, viewport["w"], viewport["h"]):  # scroll it into view first, as the reader would
        assert page_value(qtbot, view, f"yomu.reveal({block}, {offset})")
        qtbot.wait(50)
        rect = page_value(qtbot, view, f"yomu.rectOf({block}, {offset})")
    before = page_value(qtbot, view, "yomu.popupState().painted || null")
    point = QPoint(int(rect["x"] + rect["w"] / 2), int(rect["y"] + rect["h"] / 2))
    qtbot.mouseMove(view.focusProxy(), point)

    def painted():
        state = page_value(qtbot, view, "yomu.popupState()")
        return state.get("open") and state.get("painted") and state.get("painted") != before
    qtbot.waitUntil(painted, timeout=WAIT_MS)
    qtbot.wait(30)  # two hovers need a pause between them, as a hand would make
    return page_value(qtbot, view, "yomu.popupState()")


def click_at(qtbot, view, point: dict) -> None:
    """A real click: the pointer moves there first, as a hand would."""
    pos = QPoint(int(point["x"]), int(point["y"]))
    qtbot.mouseMove(view.focusProxy(), pos)
    qtbot.wait(20)
    qtbot.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=pos)


def centre_of(qtbot, view, selector: str) -> dict:
    return page_value(qtbot, view, f"(() => {{ const r = document.querySelector({selector!r})"
                                   ".getBoundingClientRect();"
                                   " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()")


def close_popup_with_escape(qtbot, view) -> None:
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page_value(qtbot, view, "yomu.popupState()")["open"], timeout=WAIT_MS)


def body_class(qtbot, view) -> list[str]:
    return page_value(qtbot, view, "Array.from(document.body.classList)")


def inside(inner: dict, outer_w: float, outer_h: float) -> bool:
    return inner["x"] >= 0 and inner["y"] >= 0 and inner["x"] + inner["w"] <= outer_w + 0.5 \
        and inner["y"] + inner["h"] <= outer_h + 0.5


def overlaps(a: dict, b: dict) -> bool:
    return not (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"] or a["y"] + a["h"] <= b["y"]
                or b["y"] + b["h"] <= a["y"])


def test_page_shows_ruby_over_kanji_and_no_source_markup(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    text = shown_text(qtbot, window)
    for part in (SEED.title, SEED.subtitle, *SEED.paragraphs):
        assert part in text
    rubies = page_value(qtbot, view, "Array.from(document.querySelectorAll('[data-b=\"0\"] ruby'))"
                                     ".map(r => [r.firstChild.textContent, r.querySelector('rt').textContent])")
    assert ["政府", "せいふ"] in rubies
    assert ["七日", "なのか"] in rubies  # the number + counter read as a whole
    assert ["示", "しめ"] in rubies  # okurigana stays outside the ruby


def test_hovering_a_conjugated_verb_shows_its_dictionary_form(qtbot, reader_window, screenshot_dir):
    window = reader_window()
    view = window.article_view
    para = SEED.paragraphs[0]
    state = hover(qtbot, view, 0, para.index("示した"))
    assert state["heads"][0] == "示す"
    assert "past" in state["text"]  # the inflection that was undone
    assert state["start"] == para.index("示した") and state["length"] == 3
    viewport = state["viewport"]
    assert inside(state["rect"], viewport["w"], viewport["h"])
    assert not overlaps(state["rect"], state["anchor"])  # never covers the word it describes
    highlighted = page_value(qtbot, view, "CSS.highlights.has('yomu-match')")
    assert highlighted
    view.grab().save(str(screenshot_dir / "popup-verb.png"))

    # Esc (the real key) closes it.
    close_popup_with_escape(qtbot, view)

    # A name wins over its surname when it is the longer match; the popup has a names section.
    state = hover(qtbot, view, 1, 0)
    assert state["heads"][0] == "小池百合子"
    assert state["text"].upper().index("NAMES") < state["text"].index("小池百合子")


def test_popup_can_be_pinned_and_has_a_kanji_tab(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    para = SEED.paragraphs[0]
    hover(qtbot, view, 0, para.index("示した"))
    pin = centre_of(qtbot, view, "#yomu-popup .pin")
    click_at(qtbot, view, pin)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.popupState()").get("pinned"), timeout=WAIT_MS)
    # Moving over other text does not replace a pinned popup.
    rect = page_value(qtbot, view, f"yomu.rectOf(1, {SEED.paragraphs[1].index('発表')})")
    qtbot.mouseMove(view.focusProxy(), QPoint(int(rect["x"] + 4), int(rect["y"] + rect["h"] / 2)))
    qtbot.wait(200)
    assert page_value(qtbot, view, "yomu.popupState()")["heads"][0] == "示す"
    tab = centre_of(qtbot, view, "#yomu-popup [data-tab=kanji]")
    click_at(qtbot, view, tab)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.popupState()").get("tab") == "kanji", timeout=WAIT_MS)
    assert "示" in page_value(qtbot, view, "yomu.popupState()")["text"]
    window.reader_actions.close_popup.trigger()
    qtbot.waitUntil(lambda: not page_value(qtbot, view, "yomu.popupState()")["open"], timeout=WAIT_MS)


def test_furigana_modes_switch_and_are_remembered(qtbot, reader_window, gui_library, open_window, screenshot_dir):
    window = reader_window()
    view = window.article_view
    rt_shown = "getComputedStyle(document.querySelector('[data-b=\"0\"] rt')).{prop}"
    assert page_value(qtbot, view, rt_shown.format(prop="display")) != "none"
    window.reader_actions.furigana["none"].trigger()
    qtbot.waitUntil(lambda: "fg-none" in body_class(qtbot, view), timeout=WAIT_MS)
    assert page_value(qtbot, view, rt_shown.format(prop="display")) == "none"
    view.grab().save(str(screenshot_dir / "furigana-none.png"))

    window.reader_actions.furigana["word"].trigger()
    qtbot.waitUntil(lambda: "fg-word" in body_class(qtbot, view), timeout=WAIT_MS)
    assert page_value(qtbot, view, rt_shown.format(prop="visibility")) == "hidden"
    # A click on a word shows its reading (and looks it up).
    rect = page_value(qtbot, view, "yomu.rectOf(0, 0)")
    click_at(qtbot, view, {"x": rect["x"] + rect["w"] / 2, "y": rect["y"] + rect["h"] / 2})
    qtbot.waitUntil(lambda: page_value(qtbot, view, rt_shown.format(prop="visibility")) == "visible",
                    timeout=WAIT_MS)

    # Ctrl+Shift+F cycles to the next mode; the mode outlives the window.
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "fg-all" in body_class(qtbot, view), timeout=WAIT_MS)
    window.reader_actions.furigana["hover"].trigger()
    qtbot.waitUntil(lambda: "fg-hover" in body_class(qtbot, view), timeout=WAIT_MS)
    window.close()
    assert QSettings().value("reader/furigana") == "hover"
    again = open_window(gui_library)
    qtbot.waitUntil(lambda: again.article_view.ready, timeout=WAIT_MS)
    assert "fg-hover" in body_class(qtbot, again.article_view)
    assert again.reader_actions.furigana["hover"].isChecked()


def test_uncertain_readings_are_marked(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    marked = page_value(qtbot, view, "Array.from(document.querySelectorAll('ruby.u'))"
                                     ".map(r => r.firstChild.textContent)")
    assert "方" in marked  # 記者の方: person or direction, the engine could not be sure
    colours = page_value(qtbot, view, "[getComputedStyle(document.querySelector('ruby.u rt')).color,"
                                      " getComputedStyle(document.querySelector('ruby:not(.u) rt')).color]")
    assert colours[0] != colours[1]


def test_dark_theme_vertical_writing_and_resize(qtbot, reader_window, screenshot_dir):
    window = reader_window()
    view = window.article_view
    window.reader_actions.theme["dark"].trigger()
    qtbot.waitUntil(lambda: "theme-dark" in body_class(qtbot, view), timeout=WAIT_MS)
    background = page_value(qtbot, view, "getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(28, 28, 30)"
    view.grab().save(str(screenshot_dir / "dark.png"))

    window.reader_actions.vertical.trigger()
    qtbot.waitUntil(lambda: "vertical" in body_class(qtbot, view), timeout=WAIT_MS)
    assert page_value(qtbot, view, "getComputedStyle(document.getElementById('article')).writingMode") == "vertical-rl"
    state = hover(qtbot, view, 0, SEED.paragraphs[0].index("示した"))
    assert state["heads"][0] == "示す"
    assert inside(state["rect"], state["viewport"]["w"], state["viewport"]["h"])
    assert not overlaps(state["rect"], state["anchor"])
    view.grab().save(str(screenshot_dir / "vertical-dark.png"))

    window.reader_actions.vertical.trigger()
    qtbot.waitUntil(lambda: "vertical" not in body_class(qtbot, view), timeout=WAIT_MS)
    window.splitter.setSizes([160, 440])
    window.resize(600, 600)  # narrow: the column and the popup still fit
    qtbot.waitUntil(lambda: page_value(qtbot, view, "window.innerWidth") < 460, timeout=WAIT_MS)
    state = hover(qtbot, view, 0, SEED.paragraphs[0].index("示した"))
    assert inside(state["rect"], state["viewport"]["w"], state["viewport"]["h"])
    assert not overlaps(state["rect"], state["anchor"])
    view.grab().save(str(screenshot_dir / "narrow.png"))


def test_copy_gives_the_text_without_readings(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    para = SEED.paragraphs[0]
    start = page_value(qtbot, view, "yomu.rectOf(0, 0)")
    end = page_value(qtbot, view, f"yomu.rectOf(0, {para.index('、')})")
    target = view.focusProxy()
    y = int(start["y"] + start["h"] / 2)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=QPoint(int(start["x"]) + 1, y))
    for x in range(int(start["x"]) + 1, int(end["x"]) + 1, 12):
        qtbot.mouseMove(target, QPoint(x, y))
    qtbot.mouseMove(target, QPoint(int(end["x"]) + 1, y))
    qtbot.wait(100)  # let the engine see the last move before the release
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=QPoint(int(end["x"]) + 1, y))
    qtbot.waitUntil(lambda: page_value(qtbot, view, "window.getSelection().toString()") != "", timeout=WAIT_MS)
    QApplication.clipboard().clear()
    qtbot.keyClick(target, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "", timeout=WAIT_MS)
    assert QApplication.clipboard().text() == para[:para.index("、")]


def test_bridge_offers_only_its_methods_and_checks_arguments(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    # What the page can call: our three methods (QWebChannel lists each by name and by signature),
    # QObject's deleteLater, and the channel client's own bookkeeping functions.
    methods = {m.split("(")[0] for m in page_value(qtbot, view, "yomu.bridgeMethods()")}
    channel_client = {"unwrapProperties", "propertyUpdate", "signalEmitted", "unwrapQObject"}
    assert methods - channel_client == {"lookup", "reportPosition", "pageReady", "addHighlight", "openHighlight",
                                        "deleteLater"}
    bridge = view.bridge
    for block, offset in ((99, 0), (0, -1), (0, 10_000), (-3, 0)):
        assert bridge.lookup(block, offset) == ""
    seen = []
    bridge.positionReported.connect(seen.append)
    bridge.reportPosition(float("nan"))
    bridge.reportPosition(7.0)
    assert seen == [1.0]


def test_the_original_link_asks_before_opening_and_never_navigates(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    link = page_value(qtbot, view, "(() => { const r = document.querySelector('a.source-link')"
                                   ".getBoundingClientRect(); return {x: r.x + 3, y: r.y + r.height / 2}; })()")
    click_at(qtbot, view, link)
    qtbot.waitUntil(lambda: view.link_prompt is not None and view.link_prompt.isVisible(), timeout=WAIT_MS)
    assert "http://127.0.0.1:9/article" in view.link_prompt.text()
    qtbot.mouseClick(view.link_prompt.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.link_prompt is None, timeout=WAIT_MS)
    assert view.url().toString() in ("about:blank", "") or view.url().scheme() in ("data", "about")
    assert SEED.paragraphs[0] in shown_text(qtbot, window)


def test_library_without_dictionary_still_shows_furigana(qtbot, gui_library, open_window, monkeypatch, tmp_path):
    monkeypatch.setenv("YOMU_DICTIONARY_INDEX", str(tmp_path / "missing.sqlite3"))
    (article_id,) = add_all(gui_library, [SEED])
    window = open_window(gui_library, select_id=article_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    assert window.dictionary is None
    assert page_value(qtbot, view, "document.querySelectorAll('rt').length") > 5
    assert isinstance(gui_library, Library)


def test_pasted_seed_like_article_reads_with_popups(qtbot, gui_library, open_window, reader_dictionary,
                                                    screenshot_dir):
    """The whole path: a browser paste (our own seed-like text) is imported with Ctrl+Shift+V,
    cleaned, shown with furigana, and a conjugated suru-verb in it looks up its noun."""
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "pages" / "paste_bridge.txt").read_text("utf-8")
    window = open_window(gui_library)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1, timeout=WAIT_MS)
    stored = gui_library.get_article(gui_library.list_articles()[0].id)
    assert stored.article.title.startswith("新しい橋が完成")
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready and view.article_id == stored.id, timeout=WAIT_MS)
    block = next(i for i, p in enumerate(stored.article.paragraphs) if "発表した" in p)
    state = hover(qtbot, view, block, stored.article.paragraphs[block].index("発表した"))
    assert state["heads"][0] == "発表"
    view.grab().save(str(screenshot_dir / "pasted-article-popup.png"))


def send_move(view, point: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real mouse-move event, with the keyboard modifiers held (QTest's mouseMove has none)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    target = view.focusProxy()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(target.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, modifiers)
    QApplication.sendEvent(target, event)


def test_popup_trigger_can_require_a_modifier(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    window.reader_actions.trigger["shift"].trigger()
    assert QSettings().value("reader/popupTrigger") == "shift"
    offset = SEED.paragraphs[0].index("示した")
    rect = page_value(qtbot, view, f"yomu.rectOf(0, {offset})")
    point = QPoint(int(rect["x"] + rect["w"] / 2), int(rect["y"] + rect["h"] / 2))
    send_move(view, point)
    qtbot.wait(300)
    assert not page_value(qtbot, view, "yomu.popupState()")["open"]  # a plain hover does nothing now
    send_move(view, point + QPoint(1, 0), Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.popupState()")["open"], timeout=WAIT_MS)
    assert page_value(qtbot, view, "yomu.popupState()")["heads"][0] == "示す"


def test_keyboard_looks_up_the_word_at_the_caret(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    window.reader_actions.trigger["click"].trigger()  # so only the keyboard can open it here
    offset = SEED.paragraphs[1].index("発表")
    # put the caret there (shift+click would select; the reader places it by script here)
    assert page_value(qtbot, view, f"""(() => {{
        const el = Array.from(document.querySelectorAll('[data-b="1"] [data-o]'))
            .filter(e => +e.dataset.o <= {offset}).pop();
        const node = Array.from(el.childNodes).find(n => n.nodeType === 3);
        const sel = window.getSelection();
        sel.collapse(node, {offset} - +el.dataset.o);
        return sel.rangeCount === 1; }})()""")
    view.focusProxy().setFocus()
    qtbot.keyClick(view.focusProxy(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page_value(qtbot, view, "yomu.popupState()")["open"], timeout=WAIT_MS)
    assert page_value(qtbot, view, "yomu.popupState()")["heads"][0] == "発表"


def test_column_width_and_text_size_change_without_reloading(qtbot, reader_window):
    window = reader_window()
    view = window.article_view
    page_value(qtbot, view, "(window.marker = 1)")
    width = page_value(qtbot, view, "document.getElementById('article').getBoundingClientRect().width")
    for _ in range(4):
        qtbot.keyClick(view.focusProxy(), Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert view.measure == 36 - 4 * 4
    qtbot.waitUntil(lambda: page_value(qtbot, view, "document.getElementById('article')"
                                                    ".getBoundingClientRect().width") < width, timeout=WAIT_MS)
    size = page_value(qtbot, view, "parseFloat(getComputedStyle(document.body).fontSize)")
    window.menu_actions.larger_text.trigger()
    qtbot.waitUntil(lambda: page_value(qtbot, view, "parseFloat(getComputedStyle(document.body).fontSize)") > size,
                    timeout=WAIT_MS)
    assert page_value(qtbot, view, "window.marker") == 1  # same page: nothing was reloaded
    assert QSettings().value("reader/measure") is not None


def test_a_long_article_opens_at_once_and_gets_its_furigana_from_a_worker(qtbot, gui_library, open_window,
                                                                             reader_dictionary, monkeypatch):
    from reader.ui import furigana_worker
    from tests.test_gui import long_article

    monkeypatch.setattr(furigana_worker, "BACKGROUND_CHARS", 100)  # "long" for this test
    long_id, short_id = add_all(gui_library, [long_article(), Article(title="短い記事", paragraphs=["本文です。"])])
    window = open_window(gui_library, select_id=short_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    window.open_article(long_id)
    assert window.furigana.worker.busy  # the window did not wait for it
    assert "Adding furigana" in window.statusBar().currentMessage()
    # (ask the page nothing while it may be replaced: a question to a page being replaced gets no answer)
    qtbot.waitUntil(lambda: not window.furigana.worker.busy and view.ready, timeout=WAIT_MS)
    assert page_value(qtbot, view, "document.querySelectorAll('rt').length") > 100
    # cached now: opening it again needs no worker
    window.open_article(short_id)
    window.open_article(long_id)
    assert not window.furigana.worker.busy

    # A result that arrives after another article was opened is not shown there.
    other = long_article("二つ目の長い記事")
    other_id, = add_all(gui_library, [Article(title=other.title, paragraphs=[p.replace("図書館", "公民館")
                                                                             for p in other.paragraphs])])
    window.open_article(other_id)
    assert window.furigana.worker.busy
    window.open_article(short_id)
    qtbot.wait(1500)
    assert view.article_id == short_id
    text = shown_text(qtbot, window)
    assert "短い記事" in text and "公民館" not in text


def test_a_word_the_dictionary_lacks_gets_the_analysers_reading(qtbot, reader_window):
    window = reader_window(Article(title="新しい名前", paragraphs=["ゼレンスキー大統領が演説した。"]))
    view = window.article_view
    state = hover(qtbot, view, 0, 0)
    assert state["heads"][0] == "ゼレンスキー"
    assert "Not in the dictionary" in state["text"] and "\nnoun" in state["text"]  # (Sudachi: 名詞-普通名詞)
    assert "名詞" not in state["text"]  # Sudachi's own tags are not shown to the learner


def test_vertical_writing_starts_at_the_beginning_on_the_right(qtbot, reader_window):
    from tests.test_gui import long_article

    window = reader_window(long_article())
    view = window.article_view
    window.reader_actions.vertical.trigger()
    qtbot.waitUntil(lambda: "vertical" in body_class(qtbot, view), timeout=WAIT_MS)
    qtbot.wait(100)
    viewport = page_value(qtbot, view, "({w: window.innerWidth, h: window.innerHeight})")
    title = page_value(qtbot, view, "yomu.rectOf(-1, 0)")
    assert inside(title, viewport["w"], viewport["h"]) and title["x"] > viewport["w"] / 2  # 縦書き begins right
    assert page_value(qtbot, view, "yomu.fraction()") == 0.0
    view.scroll_to_fraction(0.5)
    qtbot.waitUntil(lambda: abs(view.reading_fraction() - 0.5) < 0.02, timeout=WAIT_MS)
    assert page_value(qtbot, view, "document.scrollingElement.scrollLeft") < 0  # moving left, into the text
    window.reader_actions.vertical.trigger()
