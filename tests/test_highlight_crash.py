"""Nothing confirmed is lost: a child process writes highlights and is killed with SIGKILL at random
moments, 50 times; afterwards every highlight (and change) whose write had returned is there, and
the file is intact."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.models import Article
from reader.core.store import Library

ROOT = Path(__file__).resolve().parents[1]
WRITER = Path(__file__).resolve().parent / "highlight_writer.py"
KILLS = 50

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def run_and_kill(path: Path, article_id: int, delay: float) -> list[str]:
    """Start the writer, let it write for `delay` seconds once it is ready, SIGKILL it; the
    complete lines it printed."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    child = subprocess.Popen([sys.executable, str(WRITER), str(path), str(article_id)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    try:
        ready = child.stdout.readline()
        assert ready == b"ready\n", child.stderr.read().decode()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        printed, errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, errors.decode()  # it was writing, not failing
    text = printed.decode("utf-8")
    complete = text[: text.rfind("\n") + 1]  # a line cut by the kill was never confirmed
    return complete.splitlines()


def test_confirmed_highlights_survive_sigkill(tmp_path):
    path = tmp_path / "library.sqlite3"
    article = Article(title="強制終了の試験", paragraphs=[
        "この段落には、強制終了の試験のために十分な長さの文章が書かれている。",
        "二つ目の段落も、ハイライトを何度も重ねて付けられるように少し長めにしてある。",
    ])
    with Library.open(path) as lib:
        article_id = lib.add_article(article)[0]

    seed = random.randrange(2**32)
    rng = random.Random(seed)
    added: set[str] = set()
    changed: dict[str, str] = {}
    deleted: set[str] = set()
    article_notes: list[str] = []
    for _ in range(KILLS):
        for line in run_and_kill(path, article_id, rng.uniform(0.05, 0.3)):
            kind, _, rest = line.partition(" ")
            if kind == "added":
                added.add(rest)
            elif kind == "changed":
                highlight_id, _, note = rest.partition(" ")
                changed[highlight_id] = note
            elif kind == "deleted":
                deleted.add(rest)
            elif kind == "article-note":
                article_notes.append(rest)
    assert len(added) > KILLS, f"too few writes confirmed to test anything (seed {seed})"

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO highlights_fts (highlights_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO article_notes_fts (article_notes_fts) VALUES ('integrity-check')")
    finally:
        conn.close()

    with Library.open(path) as lib:
        stored = {h.id: h for h in lib.all_highlights(include_deleted=True)}
        missing = added - set(stored)
        assert not missing, f"{len(missing)} confirmed highlights lost (seed {seed})"
        for highlight_id, note in changed.items():
            assert (stored[highlight_id].note, stored[highlight_id].colour) == (note, "blue"), seed
        for highlight_id in deleted:
            assert stored[highlight_id].deleted, seed
        # Each change is whole: a highlight is exactly as some write left it.
        for h in stored.values():
            assert article.paragraphs[h.paragraph][h.start:h.end] == h.quote
            assert h.note.startswith(("note ", "changed ")) and h.updated >= h.created
        # The last confirmed article note is there (or one written after it, before the kill).
        last = int(article_notes[-1].rsplit(" ", 1)[1])
        assert int(lib.article_note(article_id).rsplit(" ", 1)[1]) >= last
        live = {h.id for h in lib.highlights_for(article_id)}
        assert live == {i for i, h in stored.items() if not h.deleted}
        hits = lib.search_annotations("changed")
        assert hits and all(stored[hit.highlight_id].note.startswith("changed") for hit in hits)
