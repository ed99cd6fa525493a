"""The `yomu readings` commands (the user's furigana corrections) and `yomu annotate`, which applies them.

`readings list --json` prints ReadingOverride.to_json() (reader/core/store/reading_overrides.py) and
`annotate --json/--jsonl` prints Annotation.to_json(): contracts, only ever extended.
"""
from __future__ import annotations

import sys

from reader import cli


def _key(surface: str, lemma: str) -> str:
    return f"{surface} ({lemma})" if lemma else surface


def _checked(surface: str, lemma: str | None, reading: str | None = None) -> tuple[str, str, str | None]:
    """(surface, lemma, reading) as the library stores them; bad input fails before the library opens."""
    from reader.core.store.readings import normalise_key, normalise_reading

    try:
        surface, lemma = normalise_key(surface, lemma or "")
        if reading is not None:
            reading = normalise_reading(reading, surface)
    except ValueError as exc:
        raise cli.CommandError(str(exc)) from None
    return surface, lemma, reading


def cmd_readings_list(args) -> int:
    with cli._open_library(args) as lib:
        items = lib.reading_override_list()
    if args.json:
        cli._print_json([item.to_json() for item in items])
    else:
        for item in items:
            print(f"{_key(item.surface, item.lemma)} → {item.reading}")
        if not items:
            print("No reading corrections yet. Add one with: yomu readings set 市場 いちば", file=sys.stderr)
    return 0


def cmd_readings_set(args) -> int:
    from reader.core.kana import has_kanji

    surface, lemma, reading = _checked(args.surface, args.lemma, args.reading)
    with cli._open_library(args) as lib:
        before = lib.reading_overrides().get((surface, lemma))
        lib.set_reading_override(surface, reading, lemma)
    was = "" if before is None else " (unchanged)" if before == reading else f" (was {before})"
    print(f"{_key(surface, lemma)} → {reading}{was}")
    if not has_kanji(surface):
        # Only words with kanji get furigana, so this one is stored but never shown.
        cli._warn(f"{surface!r} has no kanji, so no furigana is ever shown over it")
    return 0


def cmd_readings_delete(args) -> int:
    surface, lemma, _ = _checked(args.surface, args.lemma)
    with cli._open_library(args) as lib:
        stored = lib.reading_overrides()
        reading = stored.get((surface, lemma))
        if reading is None:
            # The usual slip is the lemma: name the ones this word has.
            others = [f"with --lemma {k[1]}" if k[1] else "without --lemma" for k in stored if k[0] == surface]
            hint = f" ({surface} has one {' and one '.join(others)})" if others else ""
            raise cli.CommandError(f"no reading correction for {_key(surface, lemma)}{hint}")
        lib.delete_reading_override(surface, lemma)
    print(f"deleted {_key(surface, lemma)} → {reading}")
    return 0


def library_corrections(args) -> dict | None:
    """The library's reading corrections, read without creating or writing the library; None
    (with one warning) when the file cannot be read, so annotating still works."""
    if getattr(args, "no_corrections", False):
        return None
    from reader.core.store import LibraryError
    from reader.core.store.reading_overrides import read_reading_overrides

    try:
        return read_reading_overrides(cli._library_path(args))
    except LibraryError as exc:
        cli._warn(f"reading corrections not applied: {exc}")
        return None


def _ruby_text(annotation) -> str:
    """Readings inline, as 漢字《かんじ》, for reading in a terminal."""
    out, pos = [], 0
    for r in annotation.ruby:
        out.append(annotation.text[pos:r.start])
        out.append(f"{annotation.text[r.start:r.end]}《{r.reading}{'?' if r.uncertain else ''}》")
        pos = r.end
    out.append(annotation.text[pos:])
    return "".join(out)


def cmd_annotate(args) -> int:
    from reader.core.nlp.annotate import annotate

    overrides = library_corrections(args)  # once, not per line: --jsonl is a throughput pipe
    if args.jsonl:
        # One text a line in, one JSON object a line out, in order: a pipe for other tools.
        from reader.core.nlp.batch import annotated_lines, default_jobs

        if args.jobs is not None and args.jobs < 1:
            raise cli.CommandError(f"--jobs must be at least 1, not {args.jobs}")
        texts = (line.decode("utf-8", errors="replace").rstrip("\r\n") for line in sys.stdin.buffer)
        out = sys.stdout
        for json_line in annotated_lines(texts, overrides, args.jobs or default_jobs()):
            out.write(json_line + "\n")
        return 0
    if args.text is None or args.text == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        text = args.text
    paragraphs = [p for p in text.splitlines() if p.strip()] or [text]
    annotations = [annotate(p, overrides) for p in paragraphs]
    if args.json:
        data = [a.to_json() for a in annotations]
        cli._print_json(data[0] if len(data) == 1 else data)
    else:
        for a in annotations:
            print(_ruby_text(a))
    return 0


def add_commands(sub) -> None:
    """Add the commands to the `yomu` parser's subcommands."""
    p = sub.add_parser("readings", help="list, set and delete your furigana corrections")
    readings_sub = p.add_subparsers(dest="readings_command", metavar="ACTION", required=True)
    q = readings_sub.add_parser("list", help="every correction, by word")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_readings_list)
    q = readings_sub.add_parser("set", help="read a word this way everywhere from now on (replaces an earlier one)")
    q.add_argument("surface", metavar="WORD", help="the word as written, e.g. 市場")
    q.add_argument("reading", metavar="READING", help="its reading in hiragana or katakana, e.g. いちば")
    q.add_argument("--lemma", metavar="LEMMA", help="only where the word's dictionary form is LEMMA (行っ: 行く)")
    q.set_defaults(func=cmd_readings_set)
    q = readings_sub.add_parser("delete", help="forget a correction")
    q.add_argument("surface", metavar="WORD")
    q.add_argument("--lemma", metavar="LEMMA", help="the correction made with this --lemma")
    q.set_defaults(func=cmd_readings_delete)

    p = sub.add_parser("annotate", help="print furigana and words for Japanese text")
    p.add_argument("text", nargs="?", metavar="TEXT|-", help="the text (default: read stdin)")
    p.add_argument("--json", action="store_true", help="one JSON object (a list for several paragraphs)")
    p.add_argument("--jsonl", action="store_true", help="read one text a line on stdin, print one JSON a line")
    p.add_argument("--jobs", type=int, metavar="N",
                   help="with --jsonl: processes to annotate on (default: one per CPU; 1: this one only)")
    p.add_argument("--no-corrections", action="store_true",
                   help="the engine alone, without your reading corrections (yomu readings)")
    p.set_defaults(func=cmd_annotate)
