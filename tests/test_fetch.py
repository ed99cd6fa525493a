"""Importing from URLs, against a local HTTP server."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from reader.core.ingest import IngestError, load

fetch_module = importlib.import_module("reader.core.ingest.fetch")  # the package exports fetch()

PAGE = (Path(__file__).parent / "fixtures" / "pages" / "kawasaki_library.html").read_text("utf-8")


def test_url_import_reads_charset_from_http_header(site):
    body = PAGE.replace('<meta charset="utf-8">', "").replace("©", "(C)").encode("shift_jis")
    url = site.add("/news/1.html", body, content_type="text/html; charset=Shift_JIS")
    a = load(url)
    assert a.title.startswith("市立図書館、夜間の開館を延長へ")
    assert a.url == url
    assert site.requests == ["/news/1.html"]


def test_redirect_is_followed_and_final_url_kept(site):
    target = site.add("/final.html", PAGE.encode("utf-8"))
    site.add("/old.html", b"", status=301, headers={"Location": "/final.html"})
    a = load(site.base + "/old.html")
    assert a.url == target


def test_redirect_to_a_file_url_is_refused(site):
    site.add("/evil.html", b"", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(IngestError, match="only http and https"):
        load(site.base + "/evil.html")


def test_redirect_loop_is_stopped(site):
    site.add("/loop.html", b"", status=302, headers={"Location": "/loop.html"})
    with pytest.raises(IngestError, match="redirect"):
        load(site.base + "/loop.html")
    assert len(site.requests) <= fetch_module.MAX_REDIRECTS + 2


def test_http_error_is_one_clear_line(site):
    with pytest.raises(IngestError, match="404") as info:
        load(site.base + "/missing.html")
    assert "\n" not in str(info.value)


def test_oversized_page_is_refused(site):
    site.add("/big.html", b"<html><body>" + b"<p>x</p>" * 20_000 + b"</body></html>")
    with pytest.raises(IngestError, match="too large"):
        fetch_module.fetch(site.base + "/big.html", max_bytes=50_000)


def test_oversized_page_without_content_length_is_cut_off(site):
    big = b"<html><body>" + b"<p>x</p>" * 20_000 + b"</body></html>"
    site.add("/big2.html", big)
    with pytest.raises(IngestError, match="too large"):
        fetch_module.fetch(site.base + "/big2.html", max_bytes=10_000)


def test_unreachable_host_and_timeout():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(IngestError, match="could not reach"):
        load(f"http://127.0.0.1:{port}/a.html")


def test_slow_server_times_out():
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection but never answers
    try:
        with pytest.raises(IngestError, match="no answer|could not"):
            fetch_module.fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", timeout=0.5)
    finally:
        listener.close()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.jp/a", "data:text/html,x"])
def test_non_web_schemes_are_refused(url):
    with pytest.raises(IngestError, match="only http and https"):
        load(url)
