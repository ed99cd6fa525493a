"""The reader page as we build it (reader.core.reader_page, no Qt): escaped text, ruby, the offset
map the page script relies on, the Content-Security-Policy, and the data it carries."""
from __future__ import annotations

import html
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.models import Article
from reader.core.nlp.annotate import annotate
from reader.core.reader_page import SUBTITLE_BLOCK, TITLE_BLOCK, PageSettings, block_html, page_html

RUN = re.compile(r'<(span|ruby) data-o="(\d+)"[^>]*>(.*?)(?:<rt>.*?</rt>)?</\1>', re.S)


def runs(markup: str) -> list[tuple[int, str]]:
    return [(int(o), html.unescape(text)) for _tag, o, text in RUN.findall(markup)]


@pytest.mark.parametrize("text", [
    "政府は7日、新たな対策を示した。", "<script>alert(1)</script>と&amp;", "", "😀東京🇯🇵",
    "30日と2022年と3.5%と1,000人",
])
def test_runs_tile_the_text_with_their_offsets(text):
    markup = block_html(text, annotate(text))
    pieces = runs(markup)
    assert "".join(p for _o, p in pieces) == text
    pos = 0
    for offset, piece in pieces:
        assert offset == pos
        pos += len(piece)
    assert "<script>" not in markup


@given(st.text(alphabet=st.sampled_from("東京都にて7日30分1,0<>&\"'😀ア　\n"), max_size=40))
@settings(max_examples=80, deadline=None)
def test_any_text_is_escaped_and_tiled(text):
    markup = block_html(text, annotate(text))
    assert "".join(p for _o, p in runs(markup)) == text
    assert re.search(r"<(?!/?(span|ruby|rt)\b)", markup) is None  # no markup but ours


def test_short_numbers_stand_upright_in_vertical_writing():
    text = "30日、2022年1月に3.5%"
    markup = block_html(text, None)
    assert re.findall(r'class="tcy">([^<]*)<', markup) == ["30", "1"]  # not 2022, not 3.5


def test_page_has_a_strict_policy_and_carries_its_data():
    article = Article(title="見出し</script>", subtitle="小見出し", paragraphs=["本文です。"], byline="記者",
                      url="https://example.com/a?x=1&y=<2>")
    marks = [{"id": "a" * 32, "paragraph": 0, "start": 0, "end": 2, "colour": "yellow", "style": "highlight",
              "note": True, "orphaned": False, "quote": "</script><script>x()</script>"}]
    page, blocks = page_html(article, [annotate("本文です。")], settings=PageSettings(token="t1"),
                             highlights=marks, nonce="N0NCE")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "script-src 'nonce-N0NCE'" in policy and "connect-src 'none'" in policy
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts and all('nonce="N0NCE"' in attrs for attrs in scripts)  # nothing in the data looks like a tag
    assert page.count("</script>") == len(scripts)  # nor closes a script early
    config = json.loads(re.search(r'id="yomu-config" type="application/json">(.*?)</script>', page).group(1))
    assert config["token"] == "t1"
    carried = json.loads(re.search(r'id="yomu-highlights" type="application/json">(.*?)</script>', page).group(1))
    assert carried == marks
    assert blocks.text(TITLE_BLOCK) == "見出し</script>" and blocks.text(SUBTITLE_BLOCK) == "小見出し"
    assert blocks.text(0) == "本文です。" and blocks.text(1) is None
    assert 'href="https://example.com/a?x=1&amp;y=&lt;2&gt;"' in page


def test_the_readers_own_and_uncertain_readings_are_told_apart():
    text = "駅前の市場で話の方を聞いた。"
    markup = block_html(text, annotate(text, {("市場", ""): "いちば"}))
    assert re.search(r'<ruby data-o="3" class="c" title="Your reading[^"]*">市場<rt>いちば</rt></ruby>', markup)
    assert markup.count('class="c"') == 1
    plain = block_html(text, annotate(text))
    assert 'class="c"' not in plain
    assert "".join(p for _o, p in runs(markup)) == text
