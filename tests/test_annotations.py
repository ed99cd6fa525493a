"""The highlight record's helpers: time stamps that sort, ids, hashes, checks."""
from __future__ import annotations

import pytest

from reader.core.annotations import (
    AnnotationError,
    body_hash,
    check_span,
    context_at,
    is_id,
    later_stamp,
    new_id,
    parse_stamp,
    stamp,
)
from reader.core.errors import YomuError


def test_a_change_always_sorts_after_the_state_it_replaces():
    now = stamp()
    assert later_stamp(now) > now  # within the same millisecond
    assert later_stamp("2099-12-31T23:59:59.999Z") == "2100-01-01T00:00:00.000Z"  # a clock ahead of ours
    assert later_stamp("2000-01-01T00:00:00.000Z") >= now
    assert later_stamp(None) >= now and later_stamp("not a time") >= now


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-29T12:00:00.123Z", "2026-11-29T12:00:00.123Z"),
        ("2026-11-29T21:00:00+09:00", "2026-11-29T12:00:00.000Z"),
        ("2026-11-29T12:00:00.123456+00:00", "2026-11-29T12:00:00.123Z"),
        ("2026-11-29T12:00:00", None),  # no time zone: cannot be compared
        ("yesterday", None),
        (20261129, None),
        (None, None),
        ("9" * 100, None),
    ],
)
def test_parse_stamp_normalises_or_refuses(text, expected):
    assert parse_stamp(text) == expected


def test_ids_hashes_and_context():
    assert is_id(new_id()) and new_id() != new_id()
    assert not is_id("A" * 32) and not is_id("0" * 31) and not is_id(None)
    assert body_hash(["a", "b"]) == body_hash(["a", "b"]) != body_hash(["a\nb"][:0] + ["ab"])
    assert body_hash(["\ud800"])  # a lone surrogate is hashed, not an error
    assert context_at(["abc", "def"], 1, 1, 2) == ("abc\nd", "f")


def test_span_errors_are_one_line_yomu_errors():
    with pytest.raises(AnnotationError) as raised:
        check_span(["abc"], 0, 2, 9)
    assert isinstance(raised.value, YomuError) and isinstance(raised.value, ValueError)
    assert "\n" not in str(raised.value)
