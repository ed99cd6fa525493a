"""HTML pages -> clean articles, on pages written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import IngestError, from_bytes, from_html, load
from reader.core.ingest.html_meta import strip_site_name

PAGES = Path(__file__).parent / "fixtures" / "pages"
LIBRARY_PAGE = PAGES / "kawasaki_library.html"


def test_library_page_is_cleaned_to_title_meta_and_body():
    a = load(str(LIBRARY_PAGE))
    assert a.title == "市立図書館、夜間の開館を延長へ\u3000学生の要望受け"
    assert a.source == "架空日報デジタル"
    assert a.byline == "山本花子"
    assert a.published == "2026-10-02T09:30:00+09:00"
    assert a.original_type == "html" and a.original == LIBRARY_PAGE.read_bytes()
    assert a.paragraphs[0].startswith("市立中央図書館は来月から")
    assert "職員の負担どう減らす" in a.paragraphs  # in-body subhead kept
    assert a.paragraphs[-1].startswith("館長は")
    body = "\n".join(a.paragraphs)
    for junk in ("ログイン", "会員登録", "シェア", "関連記事", "ランキング", "Copyright", "[PR]",
                 "開館時間の延長が決まった", "駅前の書店が閉店", "tracking", "本文ではありません"):
        assert junk not in body, junk


def test_furigana_readings_are_not_read_as_text():
    a = load(str(LIBRARY_PAGE))
    assert "閉館時間の延長を望んでいた" in a.paragraphs[1]
    assert "へいかん" not in "".join(a.paragraphs)


def test_dropped_lines_are_kept_for_review():
    a = load(str(LIBRARY_PAGE))
    labels = {d.label for d in a.decisions}
    assert {"title", "byline", "body", "dropped"} <= labels
    dropped = [d for d in a.decisions if d.label == "dropped"]
    assert any("会員" in d.text for d in dropped)
    assert all(d.reason for d in dropped)


@pytest.mark.parametrize("encoding,declare", [
    ("shift_jis", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'),
    ("euc_jp", '<meta charset="EUC-JP">'),
    ("cp932", '<meta charset="windows-31j">'),
])
def test_legacy_japanese_encodings_declared_in_meta(encoding, declare):
    page = LIBRARY_PAGE.read_text("utf-8").replace('<meta charset="utf-8">', declare)
    page = page.replace("（1日、架空市で）", "①（1日、架空市で）") if encoding == "cp932" else page
    a = from_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
    assert a.title.startswith("市立図書館、夜間の開館を延長へ")
    assert a.paragraphs[0].startswith("市立中央図書館は来月から")


def test_encoding_from_http_header_and_undeclared_detection():
    page = LIBRARY_PAGE.read_text("utf-8").replace('<meta charset="utf-8">', "")
    page = page.replace("©", "(C)")
    data = page.encode("euc_jp")
    assert from_html(data, content_type="text/html; charset=EUC-JP").title.startswith("市立図書館")
    assert from_bytes(data).title.startswith("市立図書館")  # no declaration: detected
    assert from_bytes(page.encode("shift_jis")).title.startswith("市立図書館")


def test_utf8_bom_and_utf16():
    page = LIBRARY_PAGE.read_text("utf-8")
    assert from_bytes(b"\xef\xbb\xbf" + page.encode("utf-8")).title.startswith("市立図書館")
    assert from_bytes(page.encode("utf-16")).title.startswith("市立図書館")


@pytest.mark.parametrize("raw,site,expected", [
    ("津波注意報が解除　気象庁：朝日新聞デジタル", "朝日新聞デジタル", "津波注意報が解除　気象庁"),
    ("大谷、今季50号に到達｜日刊ゲンダイDIGITAL", "", "大谷、今季50号に到達"),
    ("日銀、金利を据え置き - 日本経済新聞", "", "日銀、金利を据え置き"),
    ("NEWS WEB EASY|子どもの体力が上がる", "", "子どもの体力が上がる"),
    ("Intel NUCを試す：さらば平成（1/2 ページ） - ITmedia PC USER", "", "Intel NUCを試す：さらば平成（1/2 ページ）"),
    ("円安が進む 1ドル=160円", "", "円安が進む 1ドル=160円"),
])
def test_site_suffixes_are_removed_from_titles(raw, site, expected):
    assert strip_site_name(raw, [site]) == expected


def test_title_from_meta_when_page_has_no_h1():
    page = ("<html><head><title>港の祭りに三万人 花火も復活｜架空新聞</title></head><body>"
            "<div><p>港で開かれた夏祭りに、三日間で約三万人が訪れた。四年ぶりに花火大会も行われ、"
            "夜空に大きな花が咲いた。</p><p>実行委員会は来年も同じ規模で開催したいとしている。"
            "地元の商店街も多くの客でにぎわった。</p></div></body></html>")
    a = from_html(page)
    assert a.title == "港の祭りに三万人 花火も復活"
    assert len(a.paragraphs) == 2


def test_login_wall_has_no_article():
    page = ("<html><head><title>ログイン｜架空新聞</title></head><body><h1>ログイン</h1>"
            "<form><p>この記事は会員限定です。</p><p>会員登録（無料）</p><p>ログイン</p>"
            "<input name=id><button>ログインする</button></form></body></html>")
    with pytest.raises(IngestError, match="no article text"):
        from_html(page)


def test_deeply_nested_html_is_refused_or_read_without_crashing():
    deep = "<html><body>" + "<div>" * 50_000 + "本文です。" + "</div>" * 50_000 + "</body></html>"
    with pytest.raises(IngestError):
        from_html(deep)


def test_moderately_nested_page_still_reads():
    body = ("<p>港で開かれた夏祭りに、三日間で約三万人が訪れた。四年ぶりに花火大会も行われた。</p>"
            "<p>実行委員会は来年も同じ規模で開催したいとしている。商店街もにぎわった。</p>")
    page = "<html><head><title>夏祭りに三万人｜架空新聞</title></head><body>" + "<div>" * 60 + body + \
        "</div>" * 60 + "</body></html>"
    assert from_html(page).paragraphs[0].startswith("港で開かれた")


def test_br_separated_body_with_comments_and_portal_furniture():
    a = load(str(PAGES / "br_paragraphs.html"))
    assert a.title == "山あいの村に新しい診療所\u3000医師が常駐へ"
    assert a.source == "架空ニュースポータル"
    assert len(a.paragraphs) == 3
    assert a.paragraphs[2].startswith("開所式で村長は")
    body = "".join(a.paragraphs)
    assert "関連記事" not in body and "ようやくですね" not in body and "事故" not in body


def test_headline_in_h2_and_mislabelled_charset():
    # The file is UTF-8 although its <meta> says Shift_JIS: the label is tried, found wrong, dropped.
    a = load(str(PAGES / "h2_headline.html"))
    assert a.title == "商店街に子ども食堂が開店"
    assert a.paragraphs[2] == "大人も利用できる"
    assert len(a.paragraphs) == 4
    assert "全国で増加" not in "".join(a.paragraphs)
