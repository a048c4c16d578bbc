"""The command line: thin commands over the core, errors turned into one line and an exit status."""

from __future__ import annotations

import sys

import typer

from mlprobe.cli.analyze import assess, score
from mlprobe.cli.evaluate import evaluate
from mlprobe.cli.history import history, progress, report
from mlprobe.cli.practice import practice, resume
from mlprobe.cli.questions import app as questions_app
from mlprobe.cli.review import review
from mlprobe.errors import ExitCode, MlprobeError

app = typer.Typer(
    name="mlprobe",
    help="Practice machine-learning interviews: realistic questions, pushback, and evidence-based feedback.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.command("practice")(practice)
app.command("resume")(resume)
app.command("history")(history)
app.command("progress")(progress)
app.command("report")(report)
app.add_typer(questions_app, name="questions")
app.command("score")(score)
app.command("assess")(assess)
app.command("eval")(evaluate)
app.command("review")(review)


def _show_version(value: bool) -> None:
    if value:
        from mlprobe import __version__

        typer.echo(f"mlprobe {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Show the version and exit.", is_eager=True, callback=_show_version),
) -> None:
    """Practice machine-learning interviews: realistic questions, pushback, and evidence-based feedback."""


def main(argv: list[str] | None = None) -> None:
    """Console entry point: every user-facing error becomes one line on stderr and a named exit code.

    Click's standalone mode already turns usage errors into a message and exit status 2; our own
    errors pass through it and are translated here, at the edge, never in core code.
    """
    try:
        app(args=argv, prog_name="mlprobe")
    except MlprobeError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(int(ExitCode.INTERRUPTED))
