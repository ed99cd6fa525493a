"""Bytes to text for web pages and pasted files: BOM, HTTP charset, <meta> charset, then detection.

Japanese sites still serve Shift_JIS and EUC-JP, and declare them with names Python spells
differently; CP932 and EUC-JIS-2004 are the supersets browsers actually use for those labels.
"""
from __future__ import annotations

import codecs
import re

from .errors import IngestError

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

# Browser practice (WHATWG encoding spec): these labels decode with the wider Microsoft tables.
_SUPERSETS = {
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "windows-31j": "cp932", "ms_kanji": "cp932", "csshiftjis": "cp932",
    "euc-jp": "euc_jis_2004", "x-euc-jp": "euc_jis_2004", "eucjp": "euc_jis_2004",
    "iso-8859-1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _python_codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first block: an image, archive or executable."""
    head = data[:4096]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False  # UTF-16 text is full of NULs
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, content_type: str | None = None, html: bool = True) -> str:
    """Decode, trusting in order: BOM, the HTTP Content-Type charset, a <meta> charset, UTF-8,
    then the Japanese legacy encodings. Raises IngestError for binary data or undecodable text."""
    if looks_binary(data):
        raise IngestError("the input is a binary file, not a web page or text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    declared = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            declared.append(m.group(1))
    if html:
        m = _META_CHARSET.search(data[:8192])
        if m:
            declared.append(m.group(1).decode("ascii", "ignore"))
    for label in declared:
        codec = _python_codec(label)
        if codec:
            text = _strict(data, codec)
            if text is not None:
                return text
            # Pages with a few stray bytes are common; a mostly right decode beats none, but a
            # page that is mostly garbage under its own label is refused below.
            text = data.decode(codec, errors="replace")
            if text.count("\ufffd") <= max(2, len(text) // 200):
                return text
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    for codec in ("cp932", "euc_jis_2004", "iso2022_jp"):
        text = _strict(data, codec)
        if text is not None and _plausibly_japanese(text):
            return text
    raise IngestError("the input is not valid text: it is neither UTF-8 nor Shift_JIS/EUC-JP Japanese")


def _plausibly_japanese(text: str) -> bool:
    """Random bytes often decode as CP932 too; real Japanese text is mostly kana and kanji."""
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return True
    japanese = sum(1 for c in non_ascii if "\u3000" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff"
                   or "\uff01" <= c <= "\uff5e")
    kana = sum(1 for c in non_ascii if "\u3041" <= c <= "\u30fa")
    return japanese >= 0.9 * len(non_ascii) and kana >= 0.1 * len(non_ascii)
