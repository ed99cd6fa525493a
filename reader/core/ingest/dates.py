"""Publication dates as pages write them -> ISO 8601, so the library can sort and show them."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime

# 2025-01-13T21:37:00+09:00, 2025-01-14T21:17:27+0900, 20180619T055000+0900, 2024-10-13
_ISO = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$"
)
# 2019年02月22日 14時30分, 2026/11/20(金) 18:02, 2018年6月18日 10:01, 令和 is rare in news metadata
_WRITTEN = re.compile(
    r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?"
    r"(?:\s*[（(][月火水木金土日][)）])?"
    r"(?:\s*(?:午前|午後)?\s*(\d{1,2})\s*[時:]\s*(\d{1,2})\s*分?)?"
)


def _valid(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> bool:
    try:
        datetime(y, mo, d, h, mi)
    except ValueError:
        return False
    return 1990 <= y <= 2100


def normalize_date(value: str | None) -> str | None:
    """ISO 8601 for any date form we recognise; None when there is no date in `value`."""
    if not value:
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    m = _ISO.match(text)
    if m:
        y, mo, d, h, mi, s, tz = m.groups()
        if not _valid(int(y), int(mo), int(d), int(h or 0), int(mi or 0)):
            return None
        if h is None:
            return f"{y}-{mo}-{d}"
        zone = ""
        if tz:
            zone = "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
        return f"{y}-{mo}-{d}T{h}:{mi}:{s or '00'}{zone}"
    return find_written_date(text)


def find_written_date(text: str) -> str | None:
    """The first date written out in running text (2019年2月22日 14時30分), as ISO 8601."""
    text = unicodedata.normalize("NFKC", text)
    for m in _WRITTEN.finditer(text):
        y, mo, d, h, mi = (int(g) if g else None for g in m.groups())
        if "午後" in m.group(0) and h is not None and h < 12:
            h += 12
        if not _valid(y, mo, d, h or 0, mi or 0):
            continue
        if h is None:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00"
    return None
