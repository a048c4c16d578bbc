"""The CLI reference in docs/cli.md, generated from the commands' own --help so it cannot drift.

    python scripts/cli_reference.py          # rewrite docs/cli.md
    python scripts/cli_reference.py --check  # exit 1 when docs/cli.md is out of date (tests/test_docs.py runs this)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from mlprobe.cli import app  # noqa: E402

TARGET = REPO / "docs" / "cli.md"
WIDTH = 100


def commands(command: Any = None, path: tuple[str, ...] = ("mlprobe",)) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command, depth first in the order they are registered (groups before their commands)."""
    command = command or typer.main.get_command(app)
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from commands(sub, (*path, name))


def help_text(path: tuple[str, ...]) -> str:
    """What ``mlprobe ... --help`` prints at a fixed width, so the file does not depend on the terminal."""
    result = CliRunner().invoke(app, [*path[1:], "--help"], prog_name="mlprobe", env={"COLUMNS": str(WIDTH), "TERM": "dumb"})
    if result.exit_code != 0:
        raise SystemExit(f"{' '.join(path)} --help failed: {result.output.strip()}")
    return result.output


def render() -> str:
    parts = [
        "# Command-line reference",
        "",
        "Generated from each command's `--help` by `python scripts/cli_reference.py`; a test fails when this",
        "file is out of date or a command has no help text. Task-oriented guides: `docs/practice.md`,",
        "`docs/review.md`, `docs/evaluation.md`.",
        "",
    ]
    for path, _ in commands():
        parts += [f"## `{' '.join(path)}`", "", "```", help_text(path).rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when docs/cli.md is out of date")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            sys.exit("docs/cli.md is out of date: run python scripts/cli_reference.py and commit the result")
    else:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET.relative_to(REPO)} ({sum(1 for _ in commands())} commands)")
