"""``mlprobe eval``: measure an engine on labelled data, with intervals, slices and worst misses."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from mlprobe.cli._common import console, emit_json


class SliceBy(str, Enum):
    question = "question"
    persona = "persona"
    length = "length"
    source = "source"


def parse_options(pairs: list[str]) -> dict[str, object]:
    import yaml

    from mlprobe.errors import InvalidInput

    options: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise InvalidInput(f"--option takes KEY=VALUE, got '{pair}'")
        options[key] = yaml.safe_load(value)
    return options


def evaluate(
    dataset: list[Path] = typer.Argument(..., help="Labelled .jsonl files or folders (the project's data, or external passages)."),
    engine: str = typer.Option(None, "--engine", "-e", help="Engine id (see 'mlprobe engines'); default: the offline default."),
    option: list[str] = typer.Option([], "--option", "-o", help="Engine option as KEY=VALUE; repeatable."),
    train: list[Path] = typer.Option([Path("data/labelled")], "--train", help="Training data for external evaluation."),
    by: SliceBy = typer.Option(None, "--by", help="Also report slices by question, persona, length or source."),
    worst: int = typer.Option(5, "--worst", min=0, help="Show the N worst misses with their text."),
    folds: int = typer.Option(5, "--folds", min=2, help="Cross-validation folds (grouped by question)."),
    seed: int = typer.Option(0, "--seed", help="Seed for fold assignment and the bootstrap."),
    rounds: int = typer.Option(1000, "--rounds", min=100, help="Bootstrap resamples for the 95% intervals."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Evaluate an engine: AUC, calibration, per-signal F1, QWK, adaptation, contradictions."""
    from mlprobe.evaluation.run import run_evaluation

    report = run_evaluation(dataset, engine, parse_options(option), train, by.value if by else None, worst, folds, seed, rounds)
    if as_json:
        emit_json(report)
    else:
        from mlprobe.views.evaluation import print_report

        print_report(console(), report)
