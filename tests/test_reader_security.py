"""A hostile article in the reader: nothing of it runs and nothing it names is ever fetched.

The article comes from a local HTTP server that counts requests: once through the real import
(the cleaner keeps text only) and once stored as raw text full of markup (the page must escape
it). Afterwards the only request the server saw is the import's own fetch. Then the page's walls
are tried one at a time from inside the page: an image, a fetch, a navigation, a new window.
"""
from __future__ import annotations

import pytest

from reader.core.models import Article
from reader.ui.web_page import blocked_requests
from tests.test_gui import WAIT_MS, add_all, page_value, shown_text

pytestmark = pytest.mark.gui


def hostile_markup(base: str) -> list[str]:
    return [
        f'<script src="{base}/evil.js"></script><script>window.pwned = 1; document.title = "pwned";</script>',
        f'<img src="{base}/evil.png" onerror="window.pwned = 2"><svg onload="window.pwned = 3"></svg>',
        f'<iframe src="{base}/frame.html"></iframe><object data="{base}/object.swf"></object>',
        f'<meta http-equiv="refresh" content="0; url={base}/refresh"><base href="{base}/base/">',
        f'<link rel="stylesheet" href="{base}/evil.css"><style>@import url("{base}/import.css");'
        f'@font-face {{ font-family: x; src: url("{base}/font.woff2"); }} body {{ background: url("{base}/bg.png") }}'
        "</style>",
        f'<a href="javascript:window.pwned=4">リンク</a><a href="{base}/away" onclick="window.pwned=5">外部</a>',
        '<p onmouseover="window.pwned = 6">ポインターを乗せると実行される段落</p>',
    ]


def hostile_page(base: str) -> bytes:
    markup = "\n".join(hostile_markup(base))
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>危険なページで本文を読む</title>{markup}</head>
<body><article><h1>危険なページで本文を読む</h1>
<p>この記事には、読者の知らないうちに動くスクリプトや外部の画像がたくさん仕込まれています。</p>
{markup}
<p>それでも、リーダーには本文の文字だけが表示され、どこにも通信は起きません。</p>
<p>利用者は安心して記事を読み、知らない単語を辞書で調べることができます。</p>
</article></body></html>""".encode("utf-8")


def test_hostile_article_runs_nothing_and_fetches_nothing(qtbot, gui_library, open_window, site, reader_dictionary):
    url = site.add("/article", hostile_page(site.base))
    blocked_before = len(blocked_requests())
    window = open_window(gui_library)
    window.imports.import_url(url)
    qtbot.waitUntil(lambda: len(gui_library.list_articles()) == 1, timeout=WAIT_MS)
    imported = gui_library.list_articles()[0].id

    # The same markup stored as the article's own text: the page must show it as text.
    raw = Article(title='<script>document.title="pwned"</script>見出し', paragraphs=hostile_markup(site.base),
                  url=f"{site.base}/source")
    (raw_id,) = add_all(gui_library, [raw])
    window.refresh_library()

    view = window.article_view
    for article_id in (imported, raw_id):
        window.open_article(article_id)
        qtbot.waitUntil(lambda article_id=article_id: view.ready and view.article_id == article_id, timeout=WAIT_MS)
        text = shown_text(qtbot, window)
        # Hover over every paragraph with the real mouse (event handlers would fire here).
        for block in range(len(gui_library.get_article(article_id).article.paragraphs)):
            rect = page_value(qtbot, view, f"yomu.rectOf({block}, 0)")
            if rect:
                from PySide6.QtCore import QPoint
                qtbot.mouseMove(view.focusProxy(), QPoint(int(rect["x"] + 2), int(rect["y"] + rect["h"] / 2)))
                qtbot.wait(20)
        qtbot.wait(300)
        assert page_value(qtbot, view, "window.pwned === undefined && document.title !== 'pwned'")
        assert page_value(qtbot, view, "document.querySelectorAll('script:not([nonce]), img, iframe, object, "
                                       "link, base, svg, a[href^=javascript], [onerror], [onload], [onclick], "
                                       "[onmouseover], meta[http-equiv=refresh]').length") == 0
        if article_id == raw_id:
            assert "<script>window.pwned = 1;" in text and "<iframe src=" in text  # shown, as text
        else:
            assert "本文の文字だけが表示され" in text

    assert site.requests == ["/article"]  # the import's fetch, and nothing else, ever
    assert blocked_requests()[blocked_before:] == []  # not even attempted


def test_each_wall_holds_on_its_own(qtbot, gui_library, open_window, site, reader_dictionary):
    """Script run inside the page (as if some got in) still cannot load, fetch, navigate or open."""
    (article_id,) = add_all(gui_library, [Article(title="壁の試験", paragraphs=["本文です。"])])
    window = open_window(gui_library, select_id=article_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    base = site.base
    blocked_before = len(blocked_requests())
    page_value(qtbot, view, f"""(() => {{
        const img = new Image(); img.src = "{base}/probe.png"; document.body.appendChild(img);
        fetch("{base}/fetch").catch(() => null);
        const s = document.createElement("script"); s.src = "{base}/injected.js"; document.head.appendChild(s);
        window.open("{base}/window");
        return true; }})()""")
    qtbot.wait(300)
    page_value(qtbot, view, f'(() => {{ location.href = "{base}/navigate"; return true; }})()')
    qtbot.wait(500)
    assert site.requests == []
    assert view.article_id == article_id and "本文です。" in shown_text(qtbot, window)
    # The Content-Security-Policy stopped the loads before they became requests, and the page
    # refused the navigation itself: the interceptor (the next wall) saw none of them.
    assert blocked_requests()[blocked_before:] == []


def test_the_request_interceptor_holds_without_the_policy(qtbot, gui_library, open_window, site):
    """A page with no Content-Security-Policy at all, loaded into the reader's page: the profile's
    interceptor still lets no request out."""
    (article_id,) = add_all(gui_library, [Article(title="壁の試験", paragraphs=["本文です。"])])
    window = open_window(gui_library, select_id=article_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.ready, timeout=WAIT_MS)
    blocked_before = len(blocked_requests())
    loaded = []
    view.page().loadFinished.connect(loaded.append)
    view.page().set_page_html(f'<html><body><img src="{site.base}/probe.png"><script src="{site.base}/probe.js">'
                              f'</script><link rel="stylesheet" href="{site.base}/probe.css"></body></html>')
    qtbot.waitUntil(lambda: bool(loaded), timeout=WAIT_MS)
    qtbot.wait(300)
    assert site.requests == []
    # (images are not even asked for: the page does not load images at all)
    assert {u.rsplit("/", 1)[-1] for u in blocked_requests()[blocked_before:]} == {"probe.js", "probe.css"}
