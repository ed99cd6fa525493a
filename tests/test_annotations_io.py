"""Export and import of annotations: the three formats, and merging between two libraries."""
from __future__ import annotations

import copy
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.core.annotations import body_hash, stamp
from reader.core.annotations_io import export_html, export_json, export_markdown, import_json
from reader.core.models import Article
from reader.core.store import Library

ENERGY = Article(
    title="電気・ガス代の補助、来年三月まで延長",
    paragraphs=[
        "政府は十日、物価高への対策として、電気代とガス代の補助を来年三月まで続けると発表した。",
        "補助は家庭と企業の両方が対象で、一か月あたりの負担は平均で千円ほど軽くなる見込みだ。",
    ],
    source="テスト新聞",
    url="https://example.com/news/energy",
)
RAIL = Article(
    title="大雨で在来線が運転見合わせ",
    paragraphs=["大雨の影響で、東海道線は始発から運転を見合わせている。", "バスは通常どおり運行している。"],
)
HOSTILE_NOTE = '<script>alert("x")</script><img src=x onerror=alert(1)> [link](javascript:alert(1)) **太字**'


def span(text: str, quote: str) -> tuple[int, int]:
    at = text.index(quote)
    return at, at + len(quote)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path):
    with Library.open(tmp_path / "home.sqlite3") as library:
        yield library


@pytest.fixture
def away(tmp_path: Path):
    with Library.open(tmp_path / "away.sqlite3") as library:
        yield library


def visible(lib: Library) -> dict[str, tuple]:
    """What the user sees of every highlight: id -> (quote, colour, style, note, deleted, orphaned)."""
    return {h.id: (h.quote, h.colour, h.style, h.note, h.deleted, h.orphaned)
            for h in lib.all_highlights(include_deleted=True)}


# -- export ---------------------------------------------------------------------------------------


def test_export_json_format(home):
    energy = home.add_article(ENERGY)[0]
    rail = home.add_article(RAIL)[0]
    kept = home.add_highlight(energy, 1, *span(ENERGY.paragraphs[1], "一か月あたりの負担"), note="家計")
    gone = home.add_highlight(rail, 0, 0, 2)
    home.delete_highlight(gone.id)
    home.set_article_note(energy, "記事のメモ")
    data = export_json(home)
    assert data["format"] == "yomu-annotations" and data["version"] == 1
    assert data["exported"].endswith("Z")
    articles = {a["id"]: a for a in data["articles"]}
    assert set(articles) == {energy, rail}
    assert articles[energy] == {"id": energy, "title": ENERGY.title, "url": ENERGY.url, "source": ENERGY.source,
                                "text_hash": body_hash(ENERGY.paragraphs), "note": "記事のメモ",
                                "note_updated": home.article_note_entry(energy).updated}
    assert "note" not in articles[rail]
    by_id = {h["id"]: h for h in data["highlights"]}
    assert by_id[kept.id] == kept.to_json()
    assert by_id[gone.id]["deleted"] is True  # tombstones travel
    assert json.loads(json.dumps(data)) == data
    only = export_json(home, energy)
    assert [a["id"] for a in only["articles"]] == [energy]
    assert [h["id"] for h in only["highlights"]] == [kept.id]


def test_to_json_has_the_list_contract(home):
    energy = home.add_article(ENERGY)[0]
    h = home.add_highlight(energy, 0, 0, 2, colour="purple").to_json()
    assert {"id", "article_id", "paragraph", "start", "end", "quote", "colour", "color", "style", "note", "created",
            "updated", "orphaned", "deleted", "prefix", "suffix"} <= set(h)
    assert h["color"] == h["colour"] == "purple"


def test_markdown_export_reads_on_its_own(home):
    energy = home.add_article(ENERGY)[0]
    second = home.add_highlight(energy, 1, *span(ENERGY.paragraphs[1], "一か月あたりの負担"), colour="green",
                                note="家計に**効く**")
    first = home.add_highlight(energy, 0, *span(ENERGY.paragraphs[0], "電気代とガス代"), style="underline")
    lost = home.add_highlight(energy, 1, *span(ENERGY.paragraphs[1], "企業の両方"), note="消えた段落")
    deleted = home.add_highlight(energy, 0, 0, 2, note="削除済み")
    home.delete_highlight(deleted.id)
    home.set_article_note(energy, "全体の感想")
    home.update_article_text(energy, Article(title=ENERGY.title, paragraphs=[
        ENERGY.paragraphs[0], "一か月あたりの負担は平均で千円ほど軽くなる見込みだ。"]))
    md = export_markdown(home)
    assert md.startswith("# Annotations\n")
    assert f"## {ENERGY.title}" in md
    assert "テスト新聞 · <https://example.com/news/energy>" in md
    assert "全体の感想" in md and "削除済み" not in md
    assert md.index(f"> {first.quote}") < md.index(f"> {second.quote}") < md.index("家計に**効く**")
    assert "*yellow underline," in md and "*green highlight," in md
    lost_section = md.index("### Passages no longer found")
    assert md.index("家計に**効く**") < lost_section < md.index(f"> {lost.quote}") < md.index("消えた段落")


def test_markdown_and_html_exports_escape_hostile_notes(home):
    article = Article(title="<b>見出し</b> & 記事", paragraphs=["本文に<script>がある。**星**も。"],
                      url="javascript:alert(1)")
    article_id = home.add_article(article)[0]
    home.add_highlight(article_id, 0, 0, 12, note=HOSTILE_NOTE)
    home.set_article_note(article_id, "<iframe src=//evil></iframe>")

    md = export_markdown(home)
    assert re.search(r"(?<!\\)<", md) is None  # every < is escaped: no raw HTML, no <url> autolink
    assert "\\<script>" in md and "\\<img src=x onerror=alert(1)>" in md
    assert "[link]\\(javascript:alert(1))" in md  # no longer a link

    page = export_html(home)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page.lower() and "<iframe" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;見出し&lt;/b&gt; &amp; 記事" in page
    assert "<strong>太字</strong>" in page  # notes are rendered Markdown
    assert 'href="javascript' not in page
    assert "Content-Security-Policy" in page

    class Tags(HTMLParser):
        found: set[str] = set()

        def handle_starttag(self, tag, attrs):
            self.found.add(tag)
            for name, value in attrs:
                assert not name.startswith("on"), (tag, name)
                if name == "href":
                    assert value.startswith(("http://", "https://")), value

    parser = Tags()
    parser.feed(page)
    assert parser.found <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "a",
                            "blockquote", "div", "strong", "em", "code", "pre", "ul", "ol", "li", "br", "hr"}


def test_export_of_an_unknown_article_is_refused(home):
    with pytest.raises(ValueError, match="no article with id 5"):
        export_json(home, 5)


# -- merging between two libraries ----------------------------------------------------------------


def test_two_libraries_exchange_exports_and_agree(home, away, tmp_path):
    home_energy = home.add_article(ENERGY)[0]
    away.add_article(RAIL)  # ids differ between the two libraries
    away_energy = away.add_article(ENERGY)[0]
    assert home_energy != away_energy
    mine = home.add_highlight(home_energy, 0, *span(ENERGY.paragraphs[0], "電気代とガス代"), note="家から")
    home.set_article_note(home_energy, "家で書いたメモ")

    report = import_json(away, export_json(home))
    assert (report.added, report.updated, report.unchanged, report.skipped) == (1, 0, 0, [])
    assert report.notes_updated == 1
    [copied] = away.highlights_for(away_energy)
    assert copied.id == mine.id and copied.article_id == away_energy and copied.note == "家から"
    assert (copied.created, copied.updated) == (mine.created, mine.updated)
    assert away.article_note(away_energy) == "家で書いたメモ"

    # Edits on both sides: the newer one wins on both, whichever way the files travel.
    theirs = away.add_highlight(away_energy, 1, *span(ENERGY.paragraphs[1], "負担"), colour="pink")
    away.update_highlight(mine.id, note="出先で直した")
    report = import_json(home, export_json(away))
    assert (report.added, report.updated, report.unchanged) == (1, 1, 0)
    assert home.get_highlight(mine.id).note == "出先で直した"
    assert home.get_highlight(theirs.id).colour == "pink"

    # Round trip: nothing more to do either way, and both libraries hold the same.
    again = import_json(away, export_json(home))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert visible(home) == visible(away)


def test_newest_change_wins_and_older_changes_are_ignored(home, away):
    home_energy = home.add_article(ENERGY)[0]
    away_energy = away.add_article(ENERGY)[0]
    h = home.add_highlight(home_energy, 0, 0, 2, note="v1")
    import_json(away, export_json(home))
    old_export = export_json(home)
    home.update_highlight(h.id, note="v2 newer")
    report = import_json(home, old_export)  # an old backup does not undo a newer edit
    assert (report.updated, report.unchanged) == (0, 1)
    assert home.get_highlight(h.id).note == "v2 newer"
    while stamp() <= home.get_highlight(h.id).updated:
        pass  # "later" needs the clock's next millisecond: on a fast machine both edits can share one
    away.update_highlight(h.id, colour="blue")  # later still, on the other machine
    import_json(home, export_json(away))
    assert (home.get_highlight(h.id).colour, home.get_highlight(h.id).note) == ("blue", "v1")
    assert away.highlights_for(away_energy)[0].colour == "blue"


def test_tombstones_delete_when_newer_and_never_resurrect(home, away):
    home_energy = home.add_article(ENERGY)[0]
    away.add_article(ENERGY)
    h = home.add_highlight(home_energy, 0, 0, 2, note="消される")
    import_json(away, export_json(home))
    before_delete = export_json(home)

    away.delete_highlight(h.id)
    report = import_json(home, export_json(away))
    assert report.updated == 1
    assert home.get_highlight(h.id).deleted and home.highlights_for(home_energy) == []

    # An older copy from before the deletion does not bring it back.
    assert import_json(home, before_delete).unchanged == 1
    assert home.get_highlight(h.id).deleted

    # Restoring (undo) is newer than the deletion, so it travels too.
    home.restore_highlight(h.id)
    import_json(away, export_json(home))
    assert not away.get_highlight(h.id).deleted

    # An old tombstone does not kill a newer edit.
    away.delete_highlight(h.id)
    tombstone = export_json(away)
    away.restore_highlight(h.id)
    home.update_highlight(h.id, note="まだ生きている")
    assert import_json(home, tombstone).unchanged == 1
    assert not home.get_highlight(h.id).deleted


def test_tombstone_of_an_unknown_highlight_is_kept_for_later_merges(home, away):
    home_energy = home.add_article(ENERGY)[0]
    away.add_article(ENERGY)
    h = home.add_highlight(home_energy, 0, 0, 2)
    stale = export_json(home)
    home.delete_highlight(h.id)
    import_json(away, export_json(home))  # away only ever sees the tombstone
    assert away.get_highlight(h.id).deleted and away.all_highlights() == []
    assert import_json(away, stale).unchanged == 1  # and so the stale live copy stays dead
    assert away.all_highlights() == []


def test_equal_times_are_decided_the_same_way_on_both_sides(home, away):
    home_energy = home.add_article(ENERGY)[0]
    away_energy = away.add_article(ENERGY)[0]
    h = home.add_highlight(home_energy, 0, 0, 2)
    data = export_json(home)
    import_json(away, data)
    # Both edit at "the same millisecond" (written straight into the export to force the tie).
    tie = copy.deepcopy(data)
    tie["highlights"][0].update(note="B", updated="2030-01-01T00:00:00.000Z")
    mine = copy.deepcopy(data)
    mine["highlights"][0].update(note="A", updated="2030-01-01T00:00:00.000Z")
    import_json(home, mine)
    import_json(away, tie)
    import_json(home, export_json(away))
    import_json(away, export_json(home))
    assert home.get_highlight(h.id).note == away.get_highlight(h.id).note == "B"
    assert away.highlights_for(away_energy)[0].note == "B"


def test_articles_are_matched_by_url_or_title_and_text_when_ids_differ(home, away):
    away.add_article(RAIL)
    energy_away = away.add_article(ENERGY)[0]
    energy_home = home.add_article(ENERGY)[0]
    h = home.add_highlight(energy_home, 0, 0, 2)
    data = export_json(home)
    data["articles"][0]["id"] = 999  # unknown here
    data["highlights"][0]["article_id"] = 999
    assert import_json(away, data).added == 1
    assert away.get_highlight(h.id).article_id == energy_away

    # Without a url: title and text hash.
    no_url = copy.deepcopy(data)
    no_url["articles"][0]["url"] = None
    no_url["highlights"][0]["id"] = "a" * 32
    assert import_json(away, no_url).added == 1
    assert away.get_highlight("a" * 32).article_id == energy_away

    # The id exists here but is another article: not matched by id.
    wrong = copy.deepcopy(no_url)
    rail_id = away.list_articles()[-1].id
    wrong["articles"][0]["id"] = rail_id
    wrong["highlights"][0].update(article_id=rail_id, id="b" * 32)
    assert import_json(away, wrong).added == 1
    assert away.get_highlight("b" * 32).article_id == energy_away


def test_highlights_of_articles_not_here_are_skipped_with_a_reason(home, away):
    energy = home.add_article(ENERGY)[0]
    h = home.add_highlight(energy, 0, 0, 2)
    report = import_json(away, export_json(home))
    assert (report.added, report.skipped) == (0, [(h.id, "its article is not in this library")])
    assert "skipped 1" in report.summary()


def test_import_places_highlights_in_a_differently_cleaned_copy(home, away):
    energy = home.add_article(ENERGY)[0]
    h = home.add_highlight(energy, 1, *span(ENERGY.paragraphs[1], "一か月あたりの負担"))
    cleaned = Article(title=ENERGY.title, url=ENERGY.url, paragraphs=["【速報】", *ENERGY.paragraphs])
    away_id = away.add_article(cleaned)[0]
    assert import_json(away, export_json(home)).added == 1
    placed = away.get_highlight(h.id)
    assert (placed.paragraph, placed.quote, placed.orphaned) == (2, "一か月あたりの負担", False)
    assert cleaned.paragraphs[2][placed.start:placed.end] == placed.quote
    assert placed.text_hash == body_hash(cleaned.paragraphs)
    assert away.highlights_for(away_id) == [placed]
