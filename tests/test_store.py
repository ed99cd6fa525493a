"""The library store against real SQLite files in tmp_path."""
from __future__ import annotations

import sqlite3
import threading
import zlib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from reader.core.models import Article, LineDecision
from reader.core.paths import default_library_path
from reader.core.store import ArticleSummary, Library, StoredArticle


def make_article(title: str, *paragraphs: str, **fields) -> Article:
    return Article(title=title, paragraphs=list(paragraphs), **fields)


TRAIN = make_article(
    "山あいの町に新しい列車が走る",
    "県の北部を走る鉄道で、新しい観光列車の運行が始まりました。",
    "車内では地元の野菜を使ったお弁当が販売され、乗客は景色と食事を楽しんでいました。",
    subtitle="沿線の住民が手を振って歓迎",
    byline="記者　山田花子",
    published="2024-05-10T08:00:00+09:00",
    source="みどり日報",
    url="https://example.com/articles/train",
    original="<article><h1>山あいの町に新しい列車が走る</h1><p>…</p></article>".encode("utf-8"),
    original_type="html",
    decisions=[
        LineDecision("山あいの町に新しい列車が走る", "title"),
        LineDecision("沿線の住民が手を振って歓迎", "subtitle"),
        LineDecision("ログイン", "dropped", "ui phrase"),
        LineDecision("県の北部を走る鉄道で、新しい観光列車の運行が始まりました。", "body"),
    ],
)
FESTIVAL = make_article(
    "夏祭りで花火大会",
    "港の近くで花火大会が開かれ、およそ二万発の花火が夜空を彩りました。",
    "会場には浴衣姿の人が多く見られました。",
    source="みどり日報",
)
SCHOOL = make_article(
    "小学校でプログラミングの授業",
    "市内の小学校で、ロボットを動かすプログラミングの授業が行われました。",
    "子どもたちは、命令の順番を考えながら楽しそうに取り組んでいました。",
)


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        yield library


def count(lib: Library, sql: str, *params) -> int:
    # Tests look inside the file through the library's own connection (foreign keys on).
    return lib._db.execute(sql, params).fetchone()[0]


# -- storing and reading back ---------------------------------------------------------------


def test_add_and_get_round_trip(lib: Library):
    article_id, created = lib.add_article(TRAIN)
    assert created is True
    stored = lib.get_article(article_id)
    assert isinstance(stored, StoredArticle)
    assert stored.id == article_id
    assert stored.progress == 0
    assert stored.content_hash == TRAIN.content_hash()
    assert stored.article == TRAIN  # every field, paragraphs and decisions included
    imported_at = datetime.fromisoformat(stored.imported_at)
    assert imported_at.utcoffset().total_seconds() == 0
    assert abs((datetime.now(timezone.utc) - imported_at).total_seconds()) < 60


def test_stored_article_json_contract(lib: Library):
    article_id, _ = lib.add_article(TRAIN)
    stored = lib.get_article(article_id)
    assert stored.to_json() == {
        "id": article_id,
        "title": TRAIN.title,
        "subtitle": TRAIN.subtitle,
        "byline": TRAIN.byline,
        "published": TRAIN.published,
        "source": TRAIN.source,
        "url": TRAIN.url,
        "imported_at": stored.imported_at,
        "progress": 0.0,
        "paragraphs": TRAIN.paragraphs,
    }


def test_missing_article_is_none(lib: Library):
    assert lib.get_article(12345) is None
    assert lib.original(12345) is None


def test_same_article_twice_is_stored_once(lib: Library):
    first_id, _ = lib.add_article(TRAIN)
    assert lib.add_article(TRAIN) == (first_id, False)
    # Whitespace and full-width/half-width variants are the same article (content_hash).
    variant = make_article(" " + TRAIN.title + "　", *(p + "\n" for p in TRAIN.paragraphs))
    assert lib.add_article(variant) == (first_id, False)
    assert len(lib.list_articles()) == 1
    assert count(lib, "SELECT count(*) FROM paragraphs") == len(TRAIN.paragraphs)
    assert count(lib, "SELECT count(*) FROM articles_fts") == 1


def test_list_is_newest_first_with_summaries(lib: Library):
    ids = [lib.add_article(article)[0] for article in (TRAIN, FESTIVAL, SCHOOL)]
    summaries = lib.list_articles()
    assert [s.id for s in summaries] == list(reversed(ids))
    assert all(isinstance(s, ArticleSummary) for s in summaries)
    train = summaries[-1]
    assert train.characters == sum(len(p) for p in TRAIN.paragraphs)
    assert train.to_json() == {
        "id": ids[0],
        "title": TRAIN.title,
        "subtitle": TRAIN.subtitle,
        "source": TRAIN.source,
        "url": TRAIN.url,
        "published": TRAIN.published,
        "imported_at": train.imported_at,
        "progress": 0.0,
        "characters": train.characters,
        "finished_at": None,
    }


def test_list_orders_by_import_time(lib: Library):
    older_id, _ = lib.add_article(FESTIVAL)
    newer_id, _ = lib.add_article(SCHOOL)
    # Make the first import the newer one: order must follow imported_at, not the id.
    lib._db.execute(
        "UPDATE articles SET imported_at = '2999-01-01T00:00:00+00:00' WHERE id = ?", [older_id]
    )
    assert [s.id for s in lib.list_articles()] == [older_id, newer_id]


def test_original_round_trip_is_stored_compressed(lib: Library):
    html = ("<html><body>" + "<p>今日はいい天気です。</p>" * 500 + "</body></html>").encode("utf-8")
    weather = make_article("天気", "今日はいい天気です。", original=html, original_type="html")
    article_id, _ = lib.add_article(weather)
    assert lib.original(article_id) == (html, "html")
    blob = lib._db.execute("SELECT original FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    assert len(blob) < len(html) and zlib.decompress(blob) == html

    text_id, _ = lib.add_article(make_article("空の記事", "本文だけ"))
    assert lib.original(text_id) == (b"", "text")


def test_unknown_original_type_is_rejected(lib: Library):
    with pytest.raises(sqlite3.IntegrityError):
        lib.add_article(make_article("種類", "本文", original_type="pdf"))
    assert lib.list_articles() == []


# -- search ---------------------------------------------------------------------------------


def test_search_japanese_in_title_subtitle_and_body(lib: Library):
    train_id, _ = lib.add_article(TRAIN)
    festival_id, _ = lib.add_article(FESTIVAL)
    assert [s.id for s in lib.search("観光列車")] == [train_id]  # body
    assert [s.id for s in lib.search("手を振って")] == [train_id]  # subtitle
    assert [s.id for s in lib.search("花火大会")] == [festival_id]  # title and body
    assert {s.id for s in lib.search("ました")} == {train_id, festival_id}
    assert lib.search("新幹線") == []


def test_search_terms_must_all_match(lib: Library):
    train_id, _ = lib.add_article(TRAIN)
    lib.add_article(FESTIVAL)
    assert [s.id for s in lib.search("お弁当 観光列車")] == [train_id]
    assert lib.search("お弁当 花火大会") == []


def test_search_ranks_best_match_first(lib: Library):
    focused = make_article("花火大会のお知らせ", "花火大会は土曜日です。", "雨の場合、花火大会は日曜日に延期します。")
    in_passing = make_article(
        "町の一週間",
        "今週は色々なことがありました。図書館の前では古本市が開かれ、たくさんの人が集まりました。",
        "公園では清掃活動が行われ、週末の花火大会に向けて準備も進んでいます。",
        "駅前の道路工事は来月まで続く予定で、しばらく渋滞が予想されます。",
    )
    focused_id, _ = lib.add_article(focused)
    in_passing_id, _ = lib.add_article(in_passing)  # newer, so recency alone would put it first
    assert [s.id for s in lib.search("花火大会")] == [focused_id, in_passing_id]


def test_search_short_queries_fall_back_to_like(lib: Library):
    train_id, _ = lib.add_article(TRAIN)
    festival_id, _ = lib.add_article(FESTIVAL)
    assert [s.id for s in lib.search("夏")] == [festival_id]  # title
    assert [s.id for s in lib.search("住民")] == [train_id]  # subtitle
    assert [s.id for s in lib.search("浴衣")] == [festival_id]  # body
    assert [s.id for s in lib.search("北部 野菜")] == [train_id]
    assert lib.search("雪") == []
    # LIKE wildcards in the query are literal characters.
    assert lib.search("%") == [] and lib.search("_") == [] and lib.search("%_") == []


def test_search_limit(lib: Library):
    for number in range(5):
        lib.add_article(make_article(f"お知らせ{number}", f"第{number}回の会議が開かれました。"))
    assert len(lib.search("会議が", limit=3)) == 3
    assert len(lib.search("会議", limit=2)) == 2
    assert lib.search("会議が", limit=0) == []


@pytest.mark.parametrize("query", ["", " ", "　", "\n\t"])
def test_empty_query_finds_nothing(lib: Library, query: str):
    lib.add_article(TRAIN)
    assert lib.search(query) == []


HOSTILE_QUERIES = [
    "AND", "OR", "NOT", "NEAR", "NEAR(列車 お弁当)", '"', '""', '"""', "*", "**", "列車*",
    "(", ")", "()", "(列車", "title:列車", "title : 列車", "{title subtitle}: 列車", "^列車", "-",
    "+", "'", "''", "%", "_", "\\", "AND OR NOT", "列車 AND", '"列車" OR "花火"', "\x00",
    "a" * 2000, "; DROP TABLE articles; --", "列車\"' AND",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_are_literal_text(lib: Library, query: str):
    lib.add_article(TRAIN)
    results = lib.search(query)
    assert results == []  # none of these strings occurs in TRAIN
    assert len(lib.list_articles()) == 1


def test_query_syntax_characters_are_found_literally(lib: Library):
    code_id, _ = lib.add_article(make_article('C++ "AND" 演算子', "a*b と (c OR d) の違い: NEAR も単語です。"))
    lib.add_article(TRAIN)
    for query in ['"AND"', "C++", "a*b", "(c OR d)", "違い:", "NEAR も", "and"]:
        assert [s.id for s in lib.search(query)] == [code_id], query


# -- changing and deleting --------------------------------------------------------------------


def test_delete_removes_paragraphs_and_search_entry(lib: Library):
    train_id, _ = lib.add_article(TRAIN)
    festival_id, _ = lib.add_article(FESTIVAL)
    assert lib.delete_article(train_id) is True
    assert lib.get_article(train_id) is None
    assert count(lib, "SELECT count(*) FROM paragraphs WHERE article_id = ?", train_id) == 0
    assert count(lib, "SELECT count(*) FROM articles_fts WHERE rowid = ?", train_id) == 0
    assert lib.search("観光列車") == [] and lib.search("野菜") == []
    assert lib.delete_article(train_id) is False
    # The other article is untouched.
    assert [s.id for s in lib.list_articles()] == [festival_id]
    assert [s.id for s in lib.search("花火大会")] == [festival_id]


def test_deleted_ids_are_not_reused_and_article_can_be_added_again(lib: Library):
    first_id, _ = lib.add_article(TRAIN)
    lib.delete_article(first_id)
    second_id, created = lib.add_article(TRAIN)
    assert created is True and second_id != first_id
    assert [s.id for s in lib.search("観光列車")] == [second_id]


@pytest.mark.parametrize(
    ("fraction", "stored"),
    [(0.5, 0.5), (0, 0.0), (1, 1.0), (1.7, 1.0), (-0.2, 0.0), (float("inf"), 1.0)],
)
def test_progress_is_clamped(lib: Library, fraction: float, stored: float):
    article_id, _ = lib.add_article(TRAIN)
    assert lib.set_progress(article_id, fraction) is True
    assert lib.get_article(article_id).progress == stored
    assert lib.list_articles()[0].progress == stored


def test_progress_of_missing_article_or_nan(lib: Library):
    assert lib.set_progress(999, 0.5) is False
    article_id, _ = lib.add_article(TRAIN)
    with pytest.raises(ValueError):
        lib.set_progress(article_id, float("nan"))


def test_failure_midway_through_add_leaves_nothing_behind(lib: Library):
    class UnstorableArticle(Article):
        # content_hash would reject the bad paragraph up front; skip it to fail inside the insert.
        def content_hash(self) -> str:
            return "0" * 64

    broken = UnstorableArticle(title="途中で失敗する記事", paragraphs=["一段落目は大丈夫。", object()])
    with pytest.raises(sqlite3.Error):
        lib.add_article(broken)
    for table in ("articles", "paragraphs", "articles_fts"):
        assert count(lib, f"SELECT count(*) FROM {table}") == 0, table
    assert lib.search("途中で") == []
    # The library is still usable afterwards.
    article_id, created = lib.add_article(TRAIN)
    assert created and lib.get_article(article_id).article == TRAIN


# -- the file itself ----------------------------------------------------------------------------


def test_wal_and_foreign_keys_are_on(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        assert count(lib, "PRAGMA foreign_keys") == 1
        with pytest.raises(sqlite3.IntegrityError):  # a paragraph needs its article
            lib._db.execute("INSERT INTO paragraphs (article_id, position, text) VALUES (42, 0, '')")
        conn = sqlite3.connect(path)  # journal mode is stored in the file: any connection sees it
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_two_libraries_on_one_file_see_each_other(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as app, Library.open(path) as cli:
        article_id, _ = cli.add_article(TRAIN)
        assert app.get_article(article_id).article.title == TRAIN.title
        assert app.add_article(TRAIN) == (article_id, False)


def test_same_article_added_at_once_from_several_connections(tmp_path: Path):
    # Each sees no copy yet, then they take turns writing: all but one must hit the UNIQUE
    # content_hash and return the stored id.
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    start_together = threading.Barrier(4)
    outcomes: list[tuple[int, bool]] = []

    def add() -> None:
        with Library.open(path) as lib:
            start_together.wait()
            outcomes.append(lib.add_article(TRAIN))

    threads = [threading.Thread(target=add) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(created for _, created in outcomes) == [False, False, False, True]
    assert len({article_id for article_id, _ in outcomes}) == 1
    with Library.open(path) as lib:
        assert len(lib.list_articles()) == 1
        assert len(lib.search("観光列車")) == 1


# -- default location ----------------------------------------------------------------------------


def test_default_library_path_from_environment(tmp_path: Path):
    chosen = tmp_path / "x.sqlite3"
    assert default_library_path({"YOMU_LIBRARY": str(chosen)}) == chosen
    assert default_library_path({"YOMU_LIBRARY": "~/y.sqlite3"}) == Path.home() / "y.sqlite3"


def test_default_library_path_in_user_data_folder():
    path = default_library_path({})
    assert path.name == "library.sqlite3"
    assert path.parent.name == "Yomu"
    assert path.is_absolute()
