"""Batch assessment: JSON lines in, JSON lines out, bad lines reported and skipped, never fatal."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TextIO

from mlprobe.analyzer.engine import Engine
from mlprobe.errors import MlprobeError
from mlprobe.session.transcript import assess_transcript, parse


def assess_lines(lines: Iterable[str], engine: Engine, out: TextIO, err: TextIO, jobs: int = 1) -> int:
    """Assess each line; return how many failed. Output order is input order, whatever ``jobs`` is."""
    failed = 0
    with _progress(err) as advance:
        for number, result, error in _results(lines, engine, jobs):
            if error is not None:
                failed += 1
                err.write(f"line {number}: {error}\n")
                continue
            out.write(result + "\n")
            out.flush()
            advance()
    return failed


def default_jobs() -> int:
    """One worker per core, at most eight: the work is CPU-bound and each worker holds a copy of the model."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


MAX_JOBS = 8
_WINDOW_PER_JOB = 16  # transcripts in flight per worker: enough to keep them busy, few enough to stream
_engine: Engine | None = None  # the parent's warmed engine, inherited by forked workers


def _one(number: int, line: str, engine: Engine) -> tuple[int, str | None, str | None]:
    try:
        result = assess_transcript(parse(_json(line)), engine)
    except MlprobeError as exc:
        return number, None, str(exc)
    return number, json.dumps(result, ensure_ascii=False), None


def _in_worker(number: int, line: str) -> tuple[int, str | None, str | None]:
    assert _engine is not None
    return _one(number, line, _engine)


def _results(lines: Iterable[str], engine: Engine, jobs: int) -> Iterator[tuple[int, str | None, str | None]]:
    numbered = ((n, line) for n, line in enumerate(lines, 1) if line.strip())
    if jobs <= 1 or not engine.parallel_safe or "fork" not in multiprocessing.get_all_start_methods() or sys.platform != "linux":
        yield from (_one(n, line, engine) for n, line in numbered)
        return
    first = next(numbered, None)
    if first is None:
        return
    engine.warm()
    yield _one(*first, engine)  # the parent assesses the first line itself, then workers start with everything loaded
    global _engine
    _engine = engine
    window: deque[Future[tuple[int, str | None, str | None]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for n, line in numbered:
            window.append(pool.submit(_in_worker, n, line))
            if len(window) >= jobs * _WINDOW_PER_JOB:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _json(line: str) -> Any:
    from mlprobe.errors import InvalidInput

    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"invalid JSON ({exc.msg} at column {exc.colno})") from None


class _progress:
    """A transient spinner-with-count on stderr, only when stderr is a terminal."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.live: Any = None

    def __enter__(self):  # noqa: ANN204
        if hasattr(self.err, "isatty") and self.err.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.live = Progress(SpinnerColumn(), TextColumn("assessed {task.completed} transcripts"), TimeElapsedColumn(), console=Console(file=self.err), transient=True)
            self.live.start()
            self.task = self.live.add_task("assess", total=None)
            return lambda: self.live.advance(self.task)
        return lambda: None

    def __exit__(self, *exc: object) -> None:
        if self.live is not None:
            self.live.stop()
