"""Re-anchoring highlights after the article's text changed: moved, found by context, fuzzily
matched, or orphaned, and never silently placed on other words."""
from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import FUZZY_QUOTE_MIN, end_distances, levenshtein, locate, reanchor
from reader.core.annotations import CONTEXT, Highlight, anchor, body_hash

ARTICLE = [
    "政府は十日、物価高への対策として、電気代とガス代の補助を来年三月まで続けると発表した。",
    "補助は家庭と企業の両方が対象で、一か月あたりの負担は平均で千円ほど軽くなる見込みだ。",
    "専門家は「補助を続けるだけでなく、省エネの取り組みを広げることも大切だ」と話している。",
]


def highlight_on(paragraphs: list[str], paragraph: int, start: int, end: int, **fields) -> Highlight:
    return Highlight(id="0" * 32, article_id=1, colour="yellow", style="highlight", note="a note",
                     created="2026-01-01T00:00:00.000Z", updated="2026-01-01T00:00:00.000Z",
                     **anchor(paragraphs, paragraph, start, end), **fields)


def span(paragraphs: list[str], quote: str, paragraph: int = 0, occurrence: int = 1) -> tuple[int, int, int]:
    at = -1
    for _ in range(occurrence):
        at = paragraphs[paragraph].index(quote, at + 1)
    return paragraph, at, at + len(quote)


def covers_its_quote(h: Highlight, paragraphs: list[str]) -> bool:
    return paragraphs[h.paragraph][h.start:h.end] == h.quote


def test_unchanged_text_leaves_the_highlight_as_it_is():
    h = highlight_on(ARTICLE, *span(ARTICLE, "電気代とガス代"))
    assert reanchor(h, ARTICLE) is h


def test_changes_elsewhere_keep_the_position_and_refresh_the_hash():
    h = highlight_on(ARTICLE, *span(ARTICLE, "電気代とガス代"))
    edited = ARTICLE[:2] + ["専門家は、省エネの取り組みも大切だと話している。"]
    moved = reanchor(h, edited)
    assert (moved.paragraph, moved.start, moved.end, moved.quote) == (h.paragraph, h.start, h.end, h.quote)
    assert moved.text_hash == body_hash(edited) and not moved.orphaned
    assert (moved.note, moved.updated, moved.id) == (h.note, h.updated, h.id)  # not a user change


def test_insertions_before_shift_the_highlight():
    h = highlight_on(ARTICLE, *span(ARTICLE, "省エネの取り組み", paragraph=2))
    edited = ["【速報】", ARTICLE[0], "追加の説明がここに入る。" + ARTICLE[1], "東京の専門家は" + ARTICLE[2][3:]]
    moved = reanchor(h, edited)
    assert not moved.orphaned
    assert moved.paragraph == 3 and moved.quote == "省エネの取り組み"
    assert covers_its_quote(moved, edited)
    assert moved.prefix == "\n".join(edited)[:sum(len(p) + 1 for p in edited[:3]) + moved.start][-CONTEXT:]


def test_deleted_passage_is_orphaned_not_moved():
    h = highlight_on(ARTICLE, *span(ARTICLE, "一か月あたりの負担", paragraph=1))
    edited = [ARTICLE[0], ARTICLE[2]]
    orphan = reanchor(h, edited)
    assert orphan.orphaned
    assert (orphan.quote, orphan.note, orphan.prefix, orphan.suffix) == (h.quote, h.note, h.prefix, h.suffix)
    assert orphan.text_hash == body_hash(edited)


def test_short_quote_whose_place_was_deleted_is_not_moved_to_another_occurrence():
    # 補助 occurs elsewhere, but the sentence around the highlighted one is gone.
    h = highlight_on(ARTICLE, *span(ARTICLE, "補助", paragraph=2))
    edited = [ARTICLE[0], ARTICLE[1], "専門家は、今後の見通しについて慎重な見方を示した。"]
    assert reanchor(h, edited).orphaned


def test_duplicated_text_picks_the_occurrence_with_the_same_context():
    paragraphs = ["大雨の影響で、東海道線は始発から運転を見合わせている。", "バスは通常どおり運行している。"]
    h = highlight_on(paragraphs, *span(paragraphs, "運転を見合わせている"))
    # The same words now also appear before, in another sentence, at the old offset of the paragraph.
    edited = ["台風の接近で、山陽線は始発から運転を見合わせている。",
              "大雨の影響で、東海道線は始発から運転を見合わせている。",
              "バスは通常どおり運行している。"]
    moved = reanchor(h, edited)
    assert not moved.orphaned and covers_its_quote(moved, edited)
    assert moved.paragraph == 1


def test_repeated_quote_inside_one_paragraph_follows_its_context():
    paragraphs = ["雨、雨、そして雨。今日は朝から雨が降り続いた。"]
    third = span(paragraphs, "雨", occurrence=4)  # 朝から雨が
    h = highlight_on(paragraphs, *third)
    edited = ["晴れ、雨、そして雨。今日は朝から雨が降り続いた。夜には雨がやんだ。"]
    moved = reanchor(h, edited)
    assert not moved.orphaned and covers_its_quote(moved, edited)
    assert edited[0][moved.start - 3:moved.end + 1] == "朝から雨が"


def test_same_offset_but_other_context_is_not_trusted():
    paragraphs = ["東京で雪が降った。大阪では晴れた。"]
    h = highlight_on(paragraphs, *span(paragraphs, "雪"))
    # Another 雪 now sits at exactly the old offset, in another sentence; the original is gone.
    edited = ["札幌で雪が積もり、道路は凍結した。"]
    assert reanchor(h, edited).orphaned


def test_slightly_edited_quote_is_matched_fuzzily_and_takes_the_new_text():
    h = highlight_on(ARTICLE, *span(ARTICLE, "一か月あたりの負担は平均で千円ほど軽くなる", paragraph=1))
    edited = [ARTICLE[0], ARTICLE[1].replace("千円ほど", "千二百円ほど"), ARTICLE[2]]
    moved = reanchor(h, edited)
    assert not moved.orphaned and covers_its_quote(moved, edited)
    assert moved.quote == "一か月あたりの負担は平均で千二百円ほど軽くなる"
    assert moved.paragraph == 1


def test_too_different_quote_is_orphaned():
    h = highlight_on(ARTICLE, *span(ARTICLE, "一か月あたりの負担は平均で千円ほど軽くなる", paragraph=1))
    edited = [ARTICLE[0], "補助は家庭と企業の両方が対象で、毎月の支払いが少し減りそうだ。", ARTICLE[2]]
    assert reanchor(h, edited).orphaned


def test_short_quote_with_one_change_is_orphaned():
    paragraphs = ["首相は会見で新しい方針を示した。"]
    h = highlight_on(paragraphs, *span(paragraphs, "方針"))
    assert reanchor(h, ["首相は会見で新しい方向を示した。"]).orphaned


def test_long_distinct_quote_found_once_is_taken_even_with_new_surroundings():
    quote = "省エネの取り組みを広げることも大切だ"
    h = highlight_on(ARTICLE, *span(ARTICLE, quote, paragraph=2))
    edited = ["まったく別の前置きが長く続き、記事の構成が大きく変わった。",
              "ある研究者によれば" + quote + "という。"]
    moved = reanchor(h, edited)
    assert not moved.orphaned and moved.paragraph == 1 and moved.quote == quote


def test_paragraph_split_in_two_keeps_the_highlight():
    h = highlight_on(ARTICLE, *span(ARTICLE, "来年三月まで続ける"))
    first, second = ARTICLE[0][:12], ARTICLE[0][12:]
    edited = [first, second, *ARTICLE[1:]]
    moved = reanchor(h, edited)
    assert not moved.orphaned and moved.paragraph == 1 and covers_its_quote(moved, edited)


def test_quote_split_by_a_new_paragraph_break_is_not_drawn_across_it():
    h = highlight_on(ARTICLE, *span(ARTICLE, "電気代とガス代の補助を来年三月まで"))
    cut = ARTICLE[0].index("補助")
    edited = [ARTICLE[0][:cut], ARTICLE[0][cut:], *ARTICLE[1:]]
    moved = reanchor(h, edited)
    # Either orphaned, or on the larger part within one paragraph, with its quote updated to match.
    assert moved.orphaned or covers_its_quote(moved, edited)


def test_old_paragraph_index_past_the_end_is_searched_for():
    h = highlight_on(ARTICLE, *span(ARTICLE, "省エネの取り組み", paragraph=2))
    edited = [ARTICLE[2]]
    moved = reanchor(h, edited)
    assert not moved.orphaned and moved.paragraph == 0 and covers_its_quote(moved, edited)


def test_empty_article_orphans_everything():
    h = highlight_on(ARTICLE, *span(ARTICLE, "補助"))
    assert reanchor(h, []).orphaned
    assert locate(h, []) is None


def test_orphaned_highlight_is_found_again_when_its_text_returns():
    h = highlight_on(ARTICLE, *span(ARTICLE, "一か月あたりの負担", paragraph=1))
    orphan = reanchor(h, [ARTICLE[0], ARTICLE[2]])
    assert orphan.orphaned
    back = reanchor(orphan, ARTICLE)
    assert not back.orphaned and (back.paragraph, back.start, back.end) == (h.paragraph, h.start, h.end)


# -- the edit distance underneath ---------------------------------------------------------------


def _dp_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


@given(st.text("abc", max_size=12), st.text("abc", max_size=20))
def test_levenshtein_matches_the_textbook_table(a, b):
    assert levenshtein(a, b) == _dp_distance(a, b)


@given(st.text("abc", min_size=1, max_size=12), st.text("abc", max_size=20))
def test_end_distances_match_the_textbook_search(pattern, text):
    expected = [min(_dp_distance(pattern, text[i:j + 1]) for i in range(j + 2)) for j in range(len(text))]
    assert end_distances(pattern, text) == expected
    assert end_distances(pattern, text, anchored=True) == [_dp_distance(pattern, text[:j + 1])
                                                           for j in range(len(text))]


def test_long_patterns_work_beyond_machine_words():
    pattern = "あいうえお" * 40  # 200 bits
    text = "かきくけこ" * 10 + pattern.replace("う", "ウ", 3) + "さしすせそ"
    assert min(end_distances(pattern, text)) == 3


# -- property: whatever the edits, a highlight covers its quote or is orphaned --------------------

ALPHABET = "あいうかきく。、日本"  # few letters: repeats and near-repeats are common


@st.composite
def edited_article(draw):
    paragraphs = draw(st.lists(st.text(ALPHABET, min_size=1, max_size=40), min_size=1, max_size=5))
    paragraph = draw(st.integers(0, len(paragraphs) - 1))
    length = len(paragraphs[paragraph])
    start = draw(st.integers(0, length - 1))
    end = draw(st.integers(start + 1, length))
    edited = list(paragraphs)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["insert", "delete", "replace", "split", "join", "new", "drop", "swap"]))
        if not edited:
            edited.append(draw(st.text(ALPHABET, min_size=1, max_size=20)))
            continue
        i = draw(st.integers(0, len(edited) - 1))
        text = edited[i]
        at = draw(st.integers(0, len(text)))
        to = draw(st.integers(at, len(text)))
        piece = draw(st.text(ALPHABET, max_size=10))
        if kind == "insert":
            edited[i] = text[:at] + piece + text[at:]
        elif kind == "delete":
            edited[i] = text[:at] + text[to:]
        elif kind == "replace":
            edited[i] = text[:at] + piece + text[to:]
        elif kind == "split":
            edited[i:i + 1] = [text[:at], text[at:]]
        elif kind == "join" and i + 1 < len(edited):
            edited[i:i + 2] = [text + edited[i + 1]]
        elif kind == "new":
            edited.insert(i, piece or "新")
        elif kind == "drop":
            del edited[i]
        elif kind == "swap" and i + 1 < len(edited):
            edited[i], edited[i + 1] = edited[i + 1], edited[i]
    return paragraphs, (paragraph, start, end), edited


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_article())
def test_reanchored_highlight_covers_its_quote_or_is_orphaned(case):
    paragraphs, where, edited = case
    h = highlight_on(paragraphs, *where)
    moved = reanchor(h, edited)
    assert moved.orphaned or covers_its_quote(moved, edited)
    assert moved.text_hash == body_hash(edited)
    assert (moved.id, moved.note, moved.colour, moved.created, moved.updated) == (
        h.id, h.note, h.colour, h.created, h.updated)
    if not moved.orphaned:
        assert moved.start < moved.end
        # The passage it covers is the old one, or close to it.
        assert levenshtein(h.quote, moved.quote) <= len(h.quote) * (1 - FUZZY_QUOTE_MIN)
        prefix, suffix = anchor(edited, moved.paragraph, moved.start, moved.end)["prefix"], \
            anchor(edited, moved.paragraph, moved.start, moved.end)["suffix"]
        assert (moved.prefix, moved.suffix) == (prefix, suffix)
    # Re-anchoring again in the same text changes nothing.
    assert reanchor(moved, edited) == moved or moved.orphaned


WORDS = ["政府", "発表", "補助", "電気代", "来年", "専門家", "見込み", "対策", "家庭", "企業", "負担", "平均"]


@st.composite
def article_with_far_edits(draw):
    """A text, a highlight, and insertions of text far enough from it to leave its quote and
    context alone: the highlight must move with its text."""
    sentence = st.lists(st.sampled_from(WORDS), min_size=4, max_size=10).map(lambda ws: "、".join(ws) + "。")
    paragraphs = draw(st.lists(sentence.map(lambda s: s * 2), min_size=2, max_size=4))
    paragraph = draw(st.integers(0, len(paragraphs) - 1))
    length = len(paragraphs[paragraph])
    start = draw(st.integers(0, length - 4))
    end = draw(st.integers(start + 3, min(length, start + 20)))
    body = "\n".join(paragraphs)
    gstart = sum(len(p) + 1 for p in paragraphs[:paragraph]) + start
    gend = gstart + end - start
    inserts = draw(st.lists(st.tuples(st.integers(0, len(body)), st.text("ゆめみらい", min_size=1, max_size=8)),
                            max_size=4))
    for at, _ in inserts:
        assume(at <= gstart - CONTEXT or at >= gend + CONTEXT)
    shift = 0
    for at, piece in sorted(inserts, reverse=True):
        body = body[:at] + piece + body[at:]
        if at <= gstart:
            shift += len(piece)
    return paragraphs, (paragraph, start, end), body.split("\n"), gstart + shift


@settings(max_examples=200, deadline=None)
@given(article_with_far_edits())
def test_insertions_away_from_the_passage_move_it_exactly(case):
    paragraphs, where, edited, new_start = case
    h = highlight_on(paragraphs, *where)
    moved = reanchor(h, edited)
    assert not moved.orphaned
    offsets = [sum(len(p) + 1 for p in edited[:i]) for i in range(len(edited))]
    assert offsets[moved.paragraph] + moved.start == new_start
    assert moved.quote == h.quote


@pytest.mark.parametrize("quote", ["補助", "補助を来年三月まで続ける"])
def test_reanchor_is_pure(quote):
    h = highlight_on(ARTICLE, *span(ARTICLE, quote))
    before = replace(h)
    reanchor(h, ["無関係な文章。"])
    assert h == before


@st.composite
def article_with_a_small_change_inside(draw):
    """A long highlight (found once in its text) and one character of it replaced, its context
    left alone."""
    sentence = st.lists(st.sampled_from(WORDS), min_size=4, max_size=10).map(lambda ws: "、".join(ws) + "。")
    paragraphs = draw(st.lists(sentence, min_size=2, max_size=4))
    paragraph = draw(st.integers(0, len(paragraphs) - 1))
    length = len(paragraphs[paragraph])
    assume(length >= 12)
    start = draw(st.integers(0, length - 12))
    end = draw(st.integers(start + 12, length))
    assume("\n".join(paragraphs).count(paragraphs[paragraph][start:end]) == 1)  # else another copy may win
    at = draw(st.integers(start + 1, end - 2))  # not at either edge, where the match may just shrink
    edited = list(paragraphs)
    text = edited[paragraph]
    edited[paragraph] = text[:at] + "★" + text[at + 1:]
    return paragraphs, (paragraph, start, end), edited


@settings(max_examples=150, deadline=None)
@given(article_with_a_small_change_inside())
def test_one_changed_character_in_a_long_quote_is_followed_fuzzily(case):
    paragraphs, (paragraph, start, end), edited = case
    h = highlight_on(paragraphs, paragraph, start, end)
    moved = reanchor(h, edited)
    assert not moved.orphaned and covers_its_quote(moved, edited)
    assert moved.paragraph == paragraph
    assert moved.quote == edited[paragraph][start:end]  # the same span, with the new character

