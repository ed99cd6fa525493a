"""The `yomu highlight` and `yomu annotations` commands: highlights and notes for scripts and checks.

`highlight --json` and `annotations list --json` print Highlight.to_json() (reader/core/annotations.py):
a contract, only ever extended.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from reader import cli
from reader.core.annotations import COLOURS, STYLES


def _find_quote(paragraphs: list[str], quote: str, occurrence: int) -> tuple[int, int]:
    """(paragraph, start) of the Nth (1-based) occurrence of quote, counted through the article."""
    if not quote:
        raise cli.CommandError("the quote is empty")
    if occurrence < 1:
        raise cli.CommandError(f"--occurrence counts from 1 (got {occurrence})")
    found = 0
    for number, text in enumerate(paragraphs):
        at = text.find(quote)
        while at != -1:
            found += 1
            if found == occurrence:
                return number, at
            at = text.find(quote, at + len(quote))
    if found:
        raise cli.CommandError(f"the quote occurs {found} time{'s' if found > 1 else ''} in the article,"
                               f" so there is no occurrence {occurrence}")
    if "\n" in quote or quote in "\n".join(paragraphs):
        raise cli.CommandError("a highlight cannot span paragraphs: quote a passage from one paragraph")
    raise cli.CommandError("the quote is not in the article")


def cmd_highlight(args) -> int:
    with cli._open_library(args) as lib:
        stored = lib.get_article(args.id)
        if stored is None:
            raise cli.CommandError(f"no article with id {args.id}")
        paragraph, start = _find_quote(stored.article.paragraphs, args.quote, args.occurrence)
        h = lib.add_highlight(args.id, paragraph, start, start + len(args.quote), colour=args.colour,
                              style=args.style, note=args.note)
    if args.json:
        cli._print_json(h.to_json())
    else:
        print(h.id)
    return 0


def _highlight_lines(h) -> list[str]:
    quote = h.quote if len(h.quote) <= 60 else h.quote[:59] + "…"
    state = "  (not found in the current text)" if h.orphaned else ""
    lines = [f"{h.id}  article {h.article_id}  ¶{h.paragraph} {h.start}-{h.end}  {h.colour} {h.style}{state}",
             f"    「{quote}」"]
    for line in h.note.splitlines():
        lines.append(f"    │ {line}")
    return lines


def cmd_annotations_list(args) -> int:
    with cli._open_library(args) as lib:
        if args.id is not None:
            if lib.get_article(args.id) is None:
                raise cli.CommandError(f"no article with id {args.id}")
            items = lib.highlights_for(args.id)
        else:
            items = lib.all_highlights()
    if args.json:
        cli._print_json([h.to_json() for h in items])
    else:
        for h in items:
            print("\n".join(_highlight_lines(h)))
        if not items:
            print("No highlights yet.", file=sys.stderr)
    return 0


def _write_output(text: str, out: str | None) -> None:
    if out is None or out == "-":
        sys.stdout.write(text)
        return
    path = Path(out).expanduser()
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise cli.CommandError(f"cannot write {path}: {exc.strerror or exc}") from None


def cmd_annotations_export(args) -> int:
    from reader.core import annotations_io

    with cli._open_library(args) as lib:
        if args.article is not None and lib.get_article(args.article) is None:
            raise cli.CommandError(f"no article with id {args.article}")
        if args.format == "json":
            text = json.dumps(annotations_io.export_json(lib, args.article), ensure_ascii=False, indent=1) + "\n"
        elif args.format == "html":
            text = annotations_io.export_html(lib, args.article)
        else:
            text = annotations_io.export_markdown(lib, args.article)
    _write_output(text, args.out)
    return 0


def cmd_annotations_import(args) -> int:
    from reader.core import annotations_io

    source = args.file
    if source == "-":
        source = sys.stdin.buffer.read(annotations_io.MAX_IMPORT_BYTES + 1)
    with cli._open_library(args) as lib:
        report = annotations_io.import_json(lib, source)
    if args.json:
        cli._print_json(report.to_json())
    else:
        print(report.summary())
        for item, reason in report.skipped:
            print(f"skipped {item}: {reason}")
    return 0


def add_commands(sub) -> None:
    """Add the commands to the `yomu` parser's subcommands."""
    p = sub.add_parser("highlight", help="highlight a passage of an article and print the highlight's id")
    p.add_argument("id", type=int, metavar="ARTICLE_ID")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the passage, as it is in one paragraph")
    p.add_argument("--occurrence", type=int, default=1, metavar="N", help="the Nth place the text occurs (default 1)")
    p.add_argument("--color", "--colour", dest="colour", default="yellow", choices=COLOURS)
    p.add_argument("--style", default="highlight", choices=STYLES)
    p.add_argument("--note", default="", metavar="TEXT", help="a note on the passage (Markdown)")
    p.add_argument("--json", action="store_true", help="print the highlight as JSON")
    p.set_defaults(func=cmd_highlight)

    p = sub.add_parser("annotations", help="list, export and import highlights and notes")
    ann_sub = p.add_subparsers(dest="annotations_command", metavar="ACTION", required=True)
    q = ann_sub.add_parser("list", help="every highlight (of one article, in reading order)")
    q.add_argument("id", type=int, nargs="?", metavar="ARTICLE_ID")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_annotations_list)
    q = ann_sub.add_parser("export", help="write highlights and notes as Markdown, JSON or HTML")
    q.add_argument("--article", type=int, metavar="ID", help="only this article")
    q.add_argument("--format", required=True, choices=("md", "json", "html"))
    q.add_argument("--out", metavar="FILE", help="write here (default: standard output)")
    q.set_defaults(func=cmd_annotations_export)
    q = ann_sub.add_parser("import", help="merge an exported JSON file (newest change wins)")
    q.add_argument("file", metavar="FILE.json", help="a file from `yomu annotations export --format json`, or -")
    q.add_argument("--json", action="store_true", help="print the report as JSON")
    q.set_defaults(func=cmd_annotations_import)
