"""``mlprobe score`` (one answer, explained) and ``mlprobe assess`` (transcripts in batch, JSON lines)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from mlprobe.cli._common import console, emit_json
from mlprobe.errors import ExitCode, InvalidInput


def _read_answer(path: str | None) -> str:
    from mlprobe.analyzer import clean_answer

    if path is None and sys.stdin.isatty():
        raise InvalidInput("give the answer as a FILE, or pipe it in with '-' (e.g. pbpaste | mlprobe score -)")
    if path in (None, "-"):
        return clean_answer(sys.stdin.buffer.read())
    try:
        return clean_answer(Path(path).read_bytes())
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path}: is a folder; give a text file with the answer") from None


def score(
    file: str = typer.Argument(None, help="A text file with the answer, or '-' for standard input."),
    question: str = typer.Option(None, "--question", "-q", help="The question the answer responds to."),
    question_id: str = typer.Option(None, "--question-id", "-i", help="A bank question id (adds talking points)."),
    engine: str = typer.Option(None, "--engine", "-e", help="Engine id; default: the offline engine."),
    as_json: bool = typer.Option(False, "--json", help="Print the contract's per-turn JSON object."),
) -> None:
    """Score one answer: signals, evidence from your words, red flags, talking points, advice."""
    from mlprobe.analyzer import analyze
    from mlprobe.analyzer import registry

    answer = _read_answer(file)
    chosen = registry.create(engine) if engine else None
    result = analyze(question or "", answer, question_id=question_id, engine=chosen)
    if as_json:
        emit_json(result.contract())
    else:
        from mlprobe.views.score import print_assessment

        print_assessment(console(), question or "", answer, result)


def assess(
    file: str = typer.Argument(..., help="Transcripts as JSON lines (DESIGN.md section 3), or '-' for standard input."),
    engine: str = typer.Option(None, "--engine", "-e", help="Engine id; default: the offline engine."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, max=64, help="Worker processes; 0 (default): one per core, at most 8; 1: no workers."),
) -> None:
    """Assess transcripts in batch: one JSON result per input line, in input order."""
    from mlprobe.analyzer import registry
    from mlprobe.session.assess import assess_lines, default_jobs

    chosen = registry.create(engine) if engine else registry.default_engine()
    workers = jobs or default_jobs()
    if file == "-":
        failed = assess_lines(sys.stdin, chosen, sys.stdout, sys.stderr, workers)
    else:
        with _open(file) as stream:
            failed = assess_lines(stream, chosen, sys.stdout, sys.stderr, workers)
    if failed:
        raise typer.Exit(int(ExitCode.PARTIAL_FAILURE))


def _open(path: str):  # noqa: ANN202 - a text stream
    try:
        return open(path, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path}: is a folder; give a .jsonl file") from None

