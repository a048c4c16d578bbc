"""``mlprobe questions``: browse, search, import and validate the question bank."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from mlprobe.cli._common import console, emit_json, home
from mlprobe.vocabulary import SIGNALS

app = typer.Typer(help="Browse, search, import and validate interview questions.", no_args_is_help=True)

Level = Enum("Level", {name: name for name in ("junior", "mid", "senior")}, type=str)  # type: ignore[misc]
Signal = Enum("Signal", {name: name for name in SIGNALS}, type=str)  # type: ignore[misc]


def _bank():  # noqa: ANN202 - the Bank import is deferred to keep --help fast
    from mlprobe.bank import load_bank

    return load_bank(home())


@app.command("list")
def list_questions(
    theme: str = typer.Option(None, "--theme", "-t", help="Only this theme (see 'mlprobe questions themes')."),
    level: Level = typer.Option(None, "--level", "-l", help="Only this level."),
    signal: Signal = typer.Option(None, "--signal", "-s", help="Only questions built to surface this signal."),
    as_json: bool = typer.Option(False, "--json", help="Print full questions as JSON."),
) -> None:
    """List questions, optionally filtered by theme, level or signal."""
    from mlprobe.views import questions as view

    bank = _bank()
    view.check_theme(bank, theme)
    found = bank.filter(theme, level.value if level else None, signal.value if signal else None)
    if as_json:
        emit_json([q.model_dump(mode="json") for q in found])
    else:
        view.print_list(console(), found)


@app.command("show")
def show(
    question_id: str = typer.Argument(..., help="Question id, as printed by 'mlprobe questions list'."),
    as_json: bool = typer.Option(False, "--json", help="Print the question as JSON."),
) -> None:
    """Show one question: talking points, weak vs strong reasoning, follow-ups and constraints."""
    from mlprobe.views import questions as view

    question = _bank().get(question_id)
    if as_json:
        emit_json(question.model_dump(mode="json"))
    else:
        view.print_question(console(), question)


@app.command("search")
def search(
    text: str = typer.Argument(..., help="Words to look for in prompts, scenarios and talking points."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Show at most this many."),
    as_json: bool = typer.Option(False, "--json", help="Print matches as JSON."),
) -> None:
    """Search questions by words, best matches first."""
    from mlprobe.views import questions as view

    found = _bank().search(text, limit)
    if as_json:
        emit_json([q.model_dump(mode="json") | {"score": round(score, 3)} for score, q in found])
    else:
        view.print_list(console(), [q for _, q in found], empty=f"No question matches '{text}'.")


@app.command("themes")
def themes(as_json: bool = typer.Option(False, "--json", help="Print themes as JSON.")) -> None:
    """List themes with their question counts."""
    from mlprobe.views import questions as view

    counts = _bank().themes()
    rows = view.theme_rows(counts)
    if as_json:
        emit_json(rows)
    else:
        view.print_themes(console(), rows)


@app.command("import")
def import_(
    path: Path = typer.Argument(..., help="A YAML file in the bank schema, or a markdown question list."),
    theme: str = typer.Option(None, "--theme", "-t", help="Theme for every imported question."),
    replace: bool = typer.Option(False, "--replace", help="Replace an earlier import of the same file."),
    as_json: bool = typer.Option(False, "--json", help="Print the imported questions as JSON."),
) -> None:
    """Add your own questions to your bank (all or nothing; the shipped bank is never changed)."""
    from mlprobe.bank.importer import import_file

    result = import_file(path, home(), theme, replace)
    if as_json:
        emit_json({"file": str(result.target), "questions": [q.model_dump(mode="json") for q in result.questions]})
    else:
        console().print(f"Imported {len(result.questions)} question(s) into {result.target}")


@app.command("validate")
def validate(
    path: Path = typer.Argument(..., help="A question file or a folder of them."),
    strict: bool = typer.Option(False, "--strict", help="Require every curated field (the shipped bank's standard)."),
    as_json: bool = typer.Option(False, "--json", help="Print problems as JSON."),
) -> None:
    """Check question files and report every problem as file:line."""
    from mlprobe.bank.importer import validate_path
    from mlprobe.errors import ExitCode

    count, problems = validate_path(path, strict)
    if as_json:
        emit_json({"questions": count, "problems": [p.__dict__ for p in problems]})
    else:
        out = console()
        for problem in problems:
            out.print(str(problem), markup=False)
        out.print(f"{count} question(s) read, {len(problems)} problem(s).")
    if problems:
        raise typer.Exit(int(ExitCode.INVALID_INPUT))
