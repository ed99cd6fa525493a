"""Annotating a stream of texts (one a line, `yomu annotate --jsonl`) on several processes, with
the results written in input order. The analyser holds the GIL, so threads would not help;
processes each load their own (the dictionary is memory-mapped, so they share its pages).

Small inputs never start a worker: a first batch that is also the last is annotated in place.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice

from .annotate import annotate

BATCH_LINES = 200  # a few thousand characters of news: big enough to amortise the hand-over
MAX_JOBS = 8

_overrides: dict | None = None  # in a worker: the reader's corrections, set once at start


def default_jobs() -> int:
    """The CPUs this process may run on (a container's share, where the system says), at most MAX_JOBS."""
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        count = os.cpu_count() or 1
    return max(1, min(count, MAX_JOBS))


def annotated_lines(texts: Iterable[str], overrides: dict | None = None, jobs: int = 1) -> Iterator[str]:
    """One JSON line (Annotation.to_json_line) per text, in order, made on ``jobs`` processes."""
    batches = _batches(texts)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None) if jobs > 1 else None
    if second is None:  # one process asked for, or all in one batch
        for batch in chain((first,), batches):
            yield from (annotate(t, overrides).to_json_line() for t in batch)
        return
    # "fork" where there is one: the workers start at once, with our modules already imported
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_start_worker, initargs=(overrides,))
    try:
        pending: deque[Future] = deque()
        for batch in chain((first, second), batches):
            pending.append(pool.submit(_annotate_batch, batch))
            if len(pending) >= 2 * jobs:  # bounded: a long input is never all in memory
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # also when the reader of the output goes away, or on Ctrl+C: drop what is queued
        pool.shutdown(wait=True, cancel_futures=True)


def _batches(texts: Iterable[str]) -> Iterator[list[str]]:
    it = iter(texts)
    while batch := list(islice(it, BATCH_LINES)):
        yield batch


def _start_worker(overrides: dict | None) -> None:
    global _overrides
    _overrides = overrides
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle, once


def _annotate_batch(texts: list[str]) -> list[str]:
    return [annotate(t, _overrides).to_json_line() for t in texts]
