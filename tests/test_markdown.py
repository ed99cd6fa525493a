"""The notes' Markdown renderer: what it renders, and that nothing the user typed becomes markup."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.markdown import render_markdown

ALLOWED = {"p", "br", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a", "hr"}
VOID = {"br", "hr"}


class Checker(HTMLParser):
    """Collects tags, attributes and text, and checks that tags nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.open: list[str] = []
        self.text: list[str] = []
        self.nesting_ok = True

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.nesting_ok = False

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append(("!--", []))

    def handle_decl(self, decl):
        self.tags.append(("!decl", []))

    def handle_pi(self, data):
        self.tags.append(("?pi", []))


def check(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    return checker


def assert_safe(html: str) -> Checker:
    checker = check(html)
    for tag, attrs in checker.tags:
        assert tag in ALLOWED, (tag, html)
        for name, value in attrs:
            if tag == "a" and name == "href":
                assert value.lower().startswith(("http://", "https://")), html
            elif tag == "a" and name == "rel":
                assert value == "noopener noreferrer"
            elif tag == "ol" and name == "start":
                assert value.isdigit()
            else:
                pytest.fail(f"attribute {name} on {tag}: {html}")
    assert checker.nesting_ok and not checker.open, html
    return checker


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("", ""),
        ("ただの文", "<p>ただの文</p>"),
        ("一行目\n二行目", "<p>一行目<br>\n二行目</p>"),
        ("段落一\n\n段落二", "<p>段落一</p>\n<p>段落二</p>"),
        ("**重要**です", "<p><strong>重要</strong>です</p>"),
        ("__重要__", "<p><strong>重要</strong></p>"),
        ("*強調*と _強調_", "<p><em>強調</em>と <em>強調</em></p>"),
        ("語中の_下線_は強調しない", "<p>語中の_下線_は強調しない</p>"),
        ("*a **b** c*", "<p><em>a <strong>b</strong> c</em></p>"),
        ("snake_case_name", "<p>snake_case_name</p>"),
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>"),
        ("\\*そのまま\\*", "<p>*そのまま*</p>"),
        ("`x < y`", "<p><code>x &lt; y</code></p>"),
        ("``a ` b``", "<p><code>a ` b</code></p>"),
        ("`**not bold**`", "<p><code>**not bold**</code></p>"),
        ("```\n<b>太字</b>\n  字下げ\n```", "<pre><code>&lt;b&gt;太字&lt;/b&gt;\n  字下げ</code></pre>"),
        ("- 一つ\n- 二つ\n  続き", "<ul><li>一つ</li><li>二つ<br>\n続き</li></ul>"),
        ("1. 最初\n2. 次", "<ol><li>最初</li><li>次</li></ol>"),
        ("3. 三から", '<ol start="3"><li>三から</li></ol>'),
        ("> 引用\n> **強く**", "<blockquote><p>引用<br>\n<strong>強く</strong></p></blockquote>"),
        ("# 見出し", "<p><strong>見出し</strong></p>"),
        ("---", "<hr>"),
        ("[記事](https://example.com/a?b=1&c=2)",
         '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">記事</a></p>'),
        ("見て https://example.com/x.html。",
         '<p>見て <a href="https://example.com/x.html" rel="noopener noreferrer">https://example.com/x.html</a>。</p>'),
        ("[ローカル](file:///etc/passwd)", "<p>ローカル (file:///etc/passwd)</p>"),
    ],
)
def test_renders(source, html):
    assert render_markdown(source) == html
    assert_safe(html)


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        "[click](javascript:alert(1))",
        "[click](javascript:alert%281%29)",
        "[click](JAVASCRIPT:alert%281%29)",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](https://ok.example/\"onmouseover=\"alert(1))",
        '[x](https://ok.example/" onmouseover="alert(1))',
        "<https://example.com>",
        "<!-- comment --><?php echo 1; ?><!DOCTYPE html>",
        "**<b>x</b>**",
        "`</code><script>`",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "> <iframe src=//evil>",
        "- <style>body{display:none}</style>",
        "&lt;script&gt; &amp; &#60;script&#62;",
        "[a](https://x.example/)<svg onload=alert(1)>",
        "javascript:alert(1)",
    ],
)
def test_hostile_notes_stay_text(hostile):
    html = render_markdown(hostile)
    checker = assert_safe(html)
    for raw in ("<script", "<img", "<iframe", "<svg", "<style", "<!--", "<?", "<!doctype", "<a href=\"javascript"):
        assert raw not in html.lower()
    for _tag, attrs in checker.tags:
        for _, value in attrs:
            assert "javascript" not in value.lower() and "data:" not in value.lower()


def test_raw_html_is_shown_as_the_user_typed_it():
    html = render_markdown("<b>太字</b> & <i>")
    assert "".join(check(html).text) == "<b>太字</b> & <i>"


def test_unclosed_emphasis_stays_literal_and_tags_nest():
    for source in ["**a *b** c*", "*a", "**a", "_a __b_ c__", "***x***", "* * *x", "a** b **c"]:
        assert_safe(render_markdown(source))


def test_non_text_is_empty():
    assert render_markdown(None) == ""  # type: ignore[arg-type]


PIECES = list("ab 日\n*_`[]()<>&\"'#->!\\:/.1") + ["https://", "javascript:", "<script>", "](", "```", "\n\n", "- "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_any_note_renders_to_safe_well_nested_html(source):
    assert_safe(render_markdown(source))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_renders_safely(source):
    assert_safe(render_markdown(source))


@pytest.mark.parametrize(
    "bomb",
    [
        "**" * 50_000,
        "*a " * 30_000,
        "`" * 30_000 + "x" + "``" * 10_000,
        "[" * 50_000 + "](" * 10_000,
        "# a" + " " * 50_000 + "b",
        "> " * 20_000 + "x",
        "- " * 20_000,
        "https://" + "a" * 99_000,
        "_a" * 40_000,
    ],
    ids=lambda bomb: repr(bomb[:12]),
)
def test_hostile_shapes_render_in_linear_time(bomb):
    # Not a timing assertion: quadratic work on 100,000 characters would not finish in the test
    # run at all; these complete at once.
    assert_safe(render_markdown(bomb))
