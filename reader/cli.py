"""The `yomu` command. Its --json outputs are contracts other tools rely on: only add keys.

Heavy modules (trafilatura, Qt) are imported inside the commands that need them, so `yomu list`
starts fast and the import commands work on machines without a display.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from reader import __version__

COMMANDS = ("clean", "import", "list", "search", "show", "delete", "highlight", "annotations", "readings", "annotate",
            "lookup", "dict", "render", "gui")


class CommandError(Exception):
    """A failure reported as one line on stderr with exit status 1."""


def _print_json(data) -> None:
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate came in as a JSON escape: send it back escaped
        line = json.dumps(data, ensure_ascii=True)
    print(line)


def _article_text(article, header_extra: str = "") -> str:
    head = [article.title]
    if article.subtitle:
        head.append(article.subtitle)
    meta = " · ".join(x for x in (article.byline, article.source, article.published, header_extra) if x)
    if meta:
        head.append(meta)
    return "\n".join(head) + "\n\n" + "\n\n".join(article.paragraphs)


def _read_source(source: str):
    from reader.core.ingest import from_bytes, load

    if source == "-":
        data = sys.stdin.buffer.read()
        return from_bytes(data)
    return load(source)


def _library_path(args) -> Path:
    from reader.core.paths import default_library_path

    return Path(args.library).expanduser() if args.library else default_library_path()


def _open_library(args):
    from reader.core.store import Library

    return Library.open(_library_path(args))


def cmd_clean(args) -> int:
    article = _read_source(args.source)
    if args.json:
        _print_json(article.to_json())
    else:
        print(_article_text(article))
    return 0


def cmd_import(args) -> int:
    from reader.core.ingest import IngestError

    results, failures = [], []
    # Read every input before opening the library, so a bad input never leaves it half-written.
    articles = []
    for source in args.sources:
        try:
            articles.append((source, _read_source(source)))
        except IngestError as exc:
            failures.append({"input": source, "error": str(exc)})
            print(f"yomu: {source}: {exc}", file=sys.stderr)
    if articles:
        with _open_library(args) as lib:
            for source, article in articles:
                article_id, created = lib.add_article(article)
                results.append({"input": source, "id": article_id, "created": created, "title": article.title})
    if args.json:
        _print_json({"imported": results, "failed": failures})
    else:
        for r in results:
            state = "imported" if r["created"] else "already in the library"
            print(f"{r['id']}\t{state}\t{r['title']}")
    return 1 if failures else 0


def _summary_line(s) -> str:
    date = (s.published or s.imported_at or "")[:10]
    source = f"  ({s.source})" if s.source else ""
    return f"{s.id:>5}  {date:10}  {s.title}{source}"


def cmd_list(args) -> int:
    with _open_library(args) as lib:
        items = lib.list_articles()
    if args.json:
        _print_json([s.to_json() for s in items])
    else:
        for s in items:
            print(_summary_line(s))
        if not items:
            print("The library is empty. Add an article with: yomu import URL|FILE", file=sys.stderr)
    return 0


def cmd_search(args) -> int:
    with _open_library(args) as lib:
        items = lib.search(args.query)
    if args.json:
        _print_json([s.to_json() for s in items])
    else:
        for s in items:
            print(_summary_line(s))
    return 0


def cmd_show(args) -> int:
    with _open_library(args) as lib:
        stored = lib.get_article(args.id)
    if stored is None:
        raise CommandError(f"no article with id {args.id}")
    if args.json:
        _print_json(stored.to_json())
    else:
        print(_article_text(stored.article))
    return 0


def cmd_delete(args) -> int:
    with _open_library(args) as lib:
        if not lib.delete_article(args.id):
            raise CommandError(f"no article with id {args.id}")
    print(f"deleted article {args.id}")
    return 0


def _no_display() -> bool:
    """On Linux, Qt aborts the process when it finds no screen; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _progress_bar(fraction: float, message: str) -> None:
    if not sys.stderr.isatty():
        return
    width = 30
    done = int(width * max(0.0, min(1.0, fraction)))
    sys.stderr.write(f"\r{'#' * done}{'.' * (width - done)} {fraction * 100:5.1f}% {message[:40]:40}")
    if fraction >= 1.0:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _warn(message: str) -> None:
    print(f"yomu: warning: {message}", file=sys.stderr)


def cmd_lookup(args) -> int:
    from reader.core.dictionary.lookup import lookup
    from reader.core.dictionary.manage import index_ready, open_index

    if sys.stderr.isatty() and not index_ready():
        print("yomu: building the dictionary index (first run only)…", file=sys.stderr)
    index = open_index(progress=_progress_bar, warn=_warn)
    if args.jsonl:
        for line in sys.stdin.buffer:
            line = line.strip()
            if not line:
                continue
            try:
                query = json.loads(line)
                text, at = query["text"], query["at"]
                if not isinstance(text, str) or not isinstance(at, int) or isinstance(at, bool):
                    raise TypeError
            except (ValueError, KeyError, TypeError, AttributeError):
                shown = line[:60].decode("utf-8", errors="replace")
                raise CommandError(f'each input line must be a JSON object {{"text": str, "at": int}}: {shown}') \
                    from None
            _print_json(lookup(index, text, at).to_json())
        return 0
    if args.text is None:
        raise CommandError("give the text to look up, or --jsonl to read queries from stdin")
    result = lookup(index, args.text, args.at)
    if args.json:
        _print_json(result.to_json())
        return 0
    if not result.matches:
        print("no entry")
    for m in result.matches:
        steps = f"  ← {', '.join(m.reasons)}" if m.reasons else ""
        head = "・".join(m.entry.forms) or m.entry.readings[0]
        print(f"{head} 【{'・'.join(m.entry.readings)}】 [{m.entry.source}]{steps}")
        for i, sense in enumerate(m.entry.senses[:5], 1):
            print(f"  {i}. ({', '.join(sense.pos)}) {'; '.join(sense.glosses)}")
    for k in result.kanji:
        readings = f"音 {'、'.join(k.onyomi)}  訓 {'、'.join(k.kunyomi)}"
        print(f"{k.literal}: {', '.join(k.meanings)}  {readings}  {k.strokes}画")
    return 0


def cmd_dict(args) -> int:
    from reader.core.dictionary.importers import import_files

    for result in import_files(args.files, warn=_warn):
        print(result.summary())
    return 0


def cmd_render(args) -> int:
    """Render an article (library id, file or URL) through the reader view, offscreen."""
    out = Path(args.out).expanduser().resolve()
    try:
        from reader.ui.render import check_output, render_article
    except ImportError as exc:
        raise CommandError(f"rendering needs Qt, which is not available ({exc})") from None
    check_output(out, args.width)
    source = args.source
    texts_of = lambda a: [a.title or "", a.subtitle or "", *a.paragraphs]  # noqa: E731
    if source.isdigit() and not Path(source).exists():
        from reader.core.nlp.cache import annotate_paragraphs

        with _open_library(args) as lib:
            stored = lib.get_article(int(source))
            if stored is None:
                raise CommandError(f"no article with id {source}")
            article = stored.article
            annotations = annotate_paragraphs(lib, texts_of(article))
            from reader.core.annotations import page_records

            highlights = page_records(lib.highlights_for(int(source)))
    else:
        from reader.cli_readings import library_corrections
        from reader.core.nlp.annotate import annotate

        article = _read_source(source)
        overrides = library_corrections(args)  # as the window would read it, without storing it
        annotations = [annotate(t, overrides) for t in texts_of(article)]
        highlights = []
    print(render_article(article, annotations, out, width=args.width, furigana=args.furigana,
                         highlights=highlights, vertical=args.vertical, height=args.height))
    return 0


def cmd_gui(args) -> int:
    if _no_display():
        raise CommandError("the window needs a desktop session, and no display was found "
                           "(the other commands work without one: yomu --help)")
    try:
        from reader.ui.app import run
    except ImportError as exc:
        raise CommandError(f"the window cannot start: Qt is not available ({exc})") from None
    return run(_library_path(args), open_source=args.source)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yomu", description="Read Japanese news with furigana and a dictionary. "
        "With no command, opens the window; with a file or URL, imports it and opens it.")
    parser.add_argument("--version", action="version", version=f"yomu {__version__}")
    parser.add_argument("--library", metavar="PATH",
                        help="library file (default: $YOMU_LIBRARY, else the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("clean", help="print the cleaned article without storing it")
    p.add_argument("source", metavar="PATH|URL|-", help="a saved page, a text file, a URL, or - for stdin")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("import", help="store articles in the library and print their ids")
    p.add_argument("sources", nargs="+", metavar="PATH|URL|-")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list the articles in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help="full-text search over titles and bodies")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help="print one article")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("delete", help="remove an article from the library")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_delete)

    from reader import cli_annotations, cli_readings

    cli_annotations.add_commands(sub)
    cli_readings.add_commands(sub)

    p = sub.add_parser("lookup", help="dictionary entries starting at a position in Japanese text")
    p.add_argument("text", nargs="?")
    p.add_argument("--at", type=int, default=0, metavar="N", help="character position (default 0)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--jsonl", action="store_true", help='read {"text", "at"} a line on stdin, print one result a line')
    p.set_defaults(func=cmd_lookup)

    p = sub.add_parser("dict", help="manage the dictionary index")
    dict_sub = p.add_subparsers(dest="dict_command", metavar="ACTION", required=True)
    q = dict_sub.add_parser("import", help="add JMdict/JMnedict/KANJIDIC2 XML (.gz) or Yomitan zips to the index")
    q.add_argument("files", nargs="+", metavar="FILE")
    q.set_defaults(func=cmd_dict)

    p = sub.add_parser("render", help="render an article with furigana to PNG or PDF, as the window shows it")
    p.add_argument("source", metavar="ID|PATH|URL", help="a library article id, a saved page or text file, or a URL")
    p.add_argument("--out", required=True, metavar="FILE.png|FILE.pdf")
    p.add_argument("--width", type=int, default=900, metavar="PX", help="page width in pixels (default 900)")
    p.add_argument("--furigana", choices=("all", "none", "hover", "word"), default="all")
    p.add_argument("--vertical", action="store_true", help="縦書き: columns right to left, --height tall")
    p.add_argument("--height", type=int, default=900, metavar="PX", help="column height with --vertical (default 900)")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("gui", help="open the window (the default)")
    p.add_argument("source", nargs="?", metavar="PATH|URL", help="import this and open it")
    p.set_defaults(func=cmd_gui)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """`yomu` and `yomu PATH|URL` mean `yomu gui [PATH|URL]`."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--library":
            i += 2
            continue
        if arg.startswith("--library=") or (arg.startswith("-") and arg != "-"):
            i += 1
            continue
        if arg in COMMANDS:
            return argv
        return argv[:i] + ["gui"] + argv[i:]
    if any(a in ("-h", "--help", "--version") for a in argv):
        return argv
    return argv + ["gui"]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(_with_default_command(argv))
    from reader.core.errors import YomuError

    try:
        return args.func(args)
    except (CommandError, YomuError) as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("yomu: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (yomu list | head): not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: still one line, never a traceback, unless asked for
        if os.environ.get("YOMU_DEBUG"):
            raise
        print(f"yomu: internal error: {type(exc).__name__}: {exc} (set YOMU_DEBUG=1 for details)", file=sys.stderr)
        return 70
