"""The child of tests/test_highlight_crash.py: writes highlights into a library for ever, printing
each one's id (and each note change and deletion) only after the call that made it returned, so
what it printed is what it was told is saved. It is killed with SIGKILL at a random moment.

    python tests/highlight_writer.py LIBRARY ARTICLE_ID
"""
from __future__ import annotations

import sys

from reader.core.store import Library


def main() -> None:
    library = Library.open(sys.argv[1])
    article_id = int(sys.argv[2])
    paragraphs = library.get_article(article_id).article.paragraphs
    print("ready", flush=True)
    number = 0
    while True:
        paragraph = number % len(paragraphs)
        length = len(paragraphs[paragraph])
        start = number % (length - 1)
        end = min(length, start + 1 + number % 7)
        h = library.add_highlight(article_id, paragraph, start, end, note=f"note {number}")
        print(f"added {h.id}", flush=True)
        if number % 3 == 0:
            library.update_highlight(h.id, note=f"changed {number}", colour="blue")
            print(f"changed {h.id} changed {number}", flush=True)
        if number % 5 == 0:
            library.delete_highlight(h.id)
            print(f"deleted {h.id}", flush=True)
        if number % 4 == 0:
            library.set_article_note(article_id, f"article note {number}")
            print(f"article-note article note {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
