"""The import review in core: laying out body and dropped lines, and rebuilding the article from
the user's choices. Articles come from the real cleaner where it matters."""
from __future__ import annotations

import pytest

from reader.core.ingest import from_html, from_text
from reader.core.models import Article, LineDecision
from reader.core.review import MOVED_IN, MOVED_OUT, apply_review, review_lines, review_problem

# Our own text, with page furniture around and inside it as a copy from a browser has.
PASTED_PAGE = """ログイン　会員登録
川沿いの桜並木で夜のライトアップ始まる

市内を流れる川の両岸に植えられた約三百本の桜が見ごろを迎え、夜のライトアップが始まりました。

シェアする

訪れた人たちは、水面に映る花の景色をスマートフォンで撮影して楽しんでいました。

ライトアップは今月十日まで、毎晩午後六時から九時まで行われます。
関連記事
12,345 views"""

PAGE_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>商店街に小さな図書館が開館 | ひかり新聞</title>
<meta property="og:site_name" content="ひかり新聞"></head>
<body><header><nav><a href="/">ホーム</a> <a href="/login">ログイン</a></nav></header>
<article><h1>商店街に小さな図書館が開館</h1>
<p>駅前の商店街で、空き店舗を利用した小さな図書館が三日に開館しました。</p>
<p>本はすべて地域の住民から寄付されたもので、絵本から料理の本まで約二千冊がそろっています。</p>
<p>この記事をシェアする</p>
<p>運営する団体の代表は「商店街に人が集まるきっかけになればうれしい」と話していました。</p>
</article><footer>© ひかり新聞</footer></body></html>"""


def body_indexes(lines) -> set[int]:
    return {i for i, line in enumerate(lines) if line.in_body}


def test_lines_are_in_input_order_with_the_cleaners_reasons():
    article = from_text(PASTED_PAGE)
    lines = review_lines(article)
    assert [(line.text, line.in_body, line.reason) for line in lines] == [
        ("ログイン\u3000会員登録", False, "ui phrase"),
        (article.paragraphs[0], True, ""),
        ("シェアする", False, "ui phrase"),
        (article.paragraphs[1], True, ""),
        (article.paragraphs[2], True, ""),
        ("関連記事", False, "section end"),
        ("12,345 views", False, "short line"),
    ]
    # The body lines are exactly the paragraphs, in order.
    assert [line.text for line in lines if line.in_body] == article.paragraphs


def test_unchanged_review_gives_the_same_article():
    for article in (from_text(PASTED_PAGE), from_html(PAGE_HTML)):
        lines = review_lines(article)
        same = apply_review(article, title=article.title, subtitle=article.subtitle, body=body_indexes(lines))
        assert same == article
        assert same is not article


def test_a_line_moved_in_lands_where_it_was_and_is_recorded():
    article = from_text(PASTED_PAGE)
    lines = review_lines(article)
    share = next(i for i, line in enumerate(lines) if line.text == "シェアする")
    edited = apply_review(article, title=article.title, subtitle=None, body=body_indexes(lines) | {share})
    assert edited.paragraphs == [article.paragraphs[0], "シェアする", *article.paragraphs[1:]]
    assert LineDecision("シェアする", "body", MOVED_IN) in edited.decisions
    assert LineDecision("シェアする", "dropped", "ui phrase") not in edited.decisions
    assert len(edited.decisions) == len(article.decisions)
    # The input article is untouched, and the stored original is the same input.
    assert "シェアする" not in article.paragraphs
    assert edited.original == article.original and edited.original_type == article.original_type
    # Seen again in a review, the line is now part of the body.
    assert [line.text for line in review_lines(edited) if line.in_body] == edited.paragraphs


def test_a_body_line_moved_out_and_new_title_and_subtitle():
    article = from_html(PAGE_HTML, url="https://example.com/toshokan")
    lines = review_lines(article)
    dropped = [(line.text, line.reason) for line in lines if not line.in_body]
    assert ("この記事をシェアする", "ui phrase") in dropped
    first = next(i for i, line in enumerate(lines) if line.in_body)
    edited = apply_review(
        article,
        title="  図書館が商店街に開館  ",
        subtitle=" 寄付で集まった二千冊 ",
        body=body_indexes(lines) - {first},
    )
    assert edited.title == "図書館が商店街に開館"
    assert edited.subtitle == "寄付で集まった二千冊"
    assert edited.paragraphs == article.paragraphs[1:]
    assert LineDecision(article.paragraphs[0], "dropped", MOVED_OUT) in edited.decisions
    assert (edited.url, edited.source, edited.published) == (article.url, article.source, article.published)
    # The clean --json contract is the same shape.
    assert edited.to_json().keys() == article.to_json().keys()
    # A blank subtitle means none.
    assert apply_review(article, title="題", subtitle="   ", body=body_indexes(lines)).subtitle is None


def test_paragraphs_without_a_record_keep_their_place():
    article = Article(
        title="記録のない段落",
        paragraphs=["一つ目の段落です。", "記録のない二つ目です。", "三つ目の段落です。"],
        decisions=[
            LineDecision("記録のない段落", "title"),
            LineDecision("一つ目の段落です。", "body"),
            LineDecision("メニュー", "dropped", "ui phrase"),
            LineDecision("見出しとして外された行", "body"),  # no longer in the body: not listed
            LineDecision("三つ目の段落です。", "body"),
        ],
    )
    lines = review_lines(article)
    assert [line.text for line in lines] == [
        "一つ目の段落です。", "メニュー", "記録のない二つ目です。", "三つ目の段落です。"
    ]
    assert lines[2].decision is None
    edited = apply_review(article, title=article.title, subtitle=None, body={0, 1, 3})
    assert edited.paragraphs == ["一つ目の段落です。", "メニュー", "三つ目の段落です。"]
    assert edited.decisions[-1] == LineDecision("記録のない二つ目です。", "dropped", MOVED_OUT)


def test_an_article_with_no_decisions_lists_its_paragraphs():
    article = Article(title="記録なし", paragraphs=["本文です。", "続きです。"])
    lines = review_lines(article)
    assert [(line.text, line.in_body) for line in lines] == [("本文です。", True), ("続きです。", True)]
    assert apply_review(article, title="記録なし", subtitle=None, body={1}).paragraphs == ["続きです。"]


@pytest.mark.parametrize(
    ("title", "body", "message"),
    [
        ("   ", {0}, "The article needs a title."),
        ("題", set(), "The article needs at least one line of text in its body."),
        ("題", {0, 9}, "There is no line 9 in this article."),
        ("題", {-1}, "There is no line -1 in this article."),
    ],
)
def test_choices_that_cannot_be_saved_are_refused_with_a_message(title, body, message):
    article = Article(title="記録なし", paragraphs=["本文です。", "続きです。"])
    assert review_problem(title, body, 2) == message
    with pytest.raises(ValueError) as raised:
        apply_review(article, title=title, subtitle=None, body=body)
    assert str(raised.value) == message
    assert article.paragraphs == ["本文です。", "続きです。"]
