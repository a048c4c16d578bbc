"""``mlprobe history``, ``mlprobe progress`` and ``mlprobe report``: looking back at stored sessions."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from mlprobe.cli._common import console, emit_json, home
from mlprobe.errors import StorageError

Format = Enum("Format", {"md": "md", "html": "html", "json": "json"}, type=str)  # type: ignore[misc]


def _store() -> Any:
    from mlprobe.store import Store

    return Store.open(home(), read_only=True)


def history(as_json: bool = typer.Option(False, "--json", help="Print sessions as JSON.")) -> None:
    """List practice sessions, oldest first."""
    from mlprobe.views.history import print_history, session_rows

    store = _store()
    try:
        rows = session_rows(store.load_all())
    finally:
        store.close()
    if as_json:
        emit_json(rows)
    else:
        print_history(console(), rows)


def progress(
    output: Path = typer.Option(None, "--output", "-o", help="Where to write the PNG plot (default: progress.png in the mlprobe home)."),
    as_json: bool = typer.Option(False, "--json", help="Print the per-session signal means as JSON."),
) -> None:
    """Per-signal trends across sessions: a terminal chart and a PNG plot."""
    from mlprobe.views.history import print_progress, trends

    store = _store()
    try:
        labels, series = trends(store.load_all())
    finally:
        store.close()
    if as_json:
        emit_json({"sessions": labels, "signals": series})
        return
    target = output or home() / "progress.png"
    if labels:
        from mlprobe.reports.plots import progress as plot

        _write(target, plot(series, labels))
    print_progress(console(), labels, series, target if labels else None)


def report(
    session: str = typer.Argument("latest", help="Session id or prefix (see 'mlprobe history'), or 'latest'."),
    fmt: Format = typer.Option(Format.md, "--format", "-f", help="md, html or json."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
) -> None:
    """A self-contained report of one session: transcript with highlighted evidence, scorecard, plots."""
    from mlprobe.reports import build_report, renderer

    render = renderer(fmt.value)
    store = _store()
    try:
        found = store.load(session)
    finally:
        store.close()
    text = render(build_report(found, with_plots=fmt.value != "json"))
    if output is None:
        sys.stdout.write(text)
    else:
        _write(output, text.encode("utf-8"))
        console(stderr=True).print(f"Wrote {output}")


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror}; choose another path with --output") from None
