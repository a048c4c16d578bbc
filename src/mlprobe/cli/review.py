"""``mlprobe review FILE.md``: review a project write-up the way an interviewer reads it."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from mlprobe.cli._common import console
from mlprobe.errors import InvalidInput

Format = Enum("Format", {name: name for name in ("md", "html", "json")}, type=str)  # type: ignore[misc]


def review(
    file: str = typer.Argument(..., help="A README or project write-up (.md), or '-' for standard input."),
    fmt: Format = typer.Option(None, "--format", "-f", help="Print md, html or json instead of the terminal view."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to this file; the format comes from --format or the file's extension."),
) -> None:
    """Review a project write-up: the three elements interviewers look for, red flags, stress-test questions, scaffolds."""
    from mlprobe.review import review_text

    text, source = _read(file)
    result = review_text(text, source=source)
    chosen = fmt.value if fmt else _format_of(output)
    if chosen is None:
        from mlprobe.views.review import print_review

        print_review(console(), result)
        return
    from mlprobe.review.render import FORMATS

    rendered = FORMATS[chosen](result)
    if output is None:
        sys.stdout.write(rendered)
        return
    _write(output, rendered)
    typer.echo(f"Wrote the review of {source} to {output}" + (f" ({result.message})" if result.message else ""), err=True)


def _read(file: str) -> tuple[str, str]:
    from mlprobe.review import decode_project_bytes, read_project_file

    if file == "-":
        return decode_project_bytes(sys.stdin.buffer.read(), "standard input"), "standard input"
    return read_project_file(file), file


def _format_of(output: Path | None) -> str | None:
    if output is None:
        return None
    suffix = output.suffix.lower().lstrip(".")
    return {"htm": "html", "markdown": "md"}.get(suffix, suffix) if suffix in ("md", "markdown", "html", "htm", "json") else "md"


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror or exc}") from None
