"""Docs that cannot drift: the CLI reference is the commands' own --help, and nothing lacks help text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _reference():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("cli_reference", REPO / "scripts" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reference = _reference()
COMMANDS = list(reference.commands())


def test_the_cli_reference_in_docs_is_what_the_commands_print() -> None:
    assert (REPO / "docs" / "cli.md").read_text(encoding="utf-8") == reference.render(), (
        "docs/cli.md is out of date: run python scripts/cli_reference.py and commit the result"
    )


def test_the_reference_covers_every_command_including_the_question_subcommands() -> None:
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"mlprobe practice", "mlprobe assess", "mlprobe review", "mlprobe questions import"} <= names


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_and_parameter_has_help_text(path, command) -> None:  # noqa: ANN001
    assert (command.help or "").strip(), f"{' '.join(path)} has no help text"
    for param in command.params:
        assert (getattr(param, "help", None) or "").strip(), f"{' '.join(path)}: {param.name} has no help text"
