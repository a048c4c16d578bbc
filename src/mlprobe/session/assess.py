"""Batch assessment: JSON lines in, JSON lines out, bad lines reported and skipped, never fatal."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from mlprobe.analyzer.engine import Engine
from mlprobe.errors import MlprobeError
from mlprobe.session.transcript import assess_transcript, parse


def assess_lines(lines: Iterable[str], engine: Engine, out: TextIO, err: TextIO) -> int:
    """Assess each line; return how many failed. Output order is input order."""
    failed = 0
    with _progress(err) as advance:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                result = assess_transcript(parse(_json(line)), engine)
            except MlprobeError as exc:
                failed += 1
                err.write(f"line {number}: {exc}\n")
                continue
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            out.flush()
            advance()
    return failed


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
