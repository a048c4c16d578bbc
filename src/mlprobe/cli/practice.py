"""``mlprobe practice`` (a mock interview) and ``mlprobe resume`` (continue an interrupted one)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from mlprobe.cli._common import home
from mlprobe.errors import InvalidInput

Level = Enum("Level", {name: name for name in ("junior", "mid", "senior")}, type=str)  # type: ignore[misc]
Feedback = Enum("Feedback", {"now": "now", "end": "end"}, type=str)  # type: ignore[misc]
PRESSURE_SECONDS = 150


def practice(
    theme: str = typer.Option(None, "--theme", "-t", help="Only questions of this theme (see 'mlprobe questions themes')."),
    level: Level = typer.Option(None, "--level", "-l", help="Only questions of this level."),
    question_id: str = typer.Option(None, "--question-id", "-i", help="Start with this bank question."),
    questions: int = typer.Option(3, "--questions", "-n", min=1, max=20, help="How many questions (each with its follow-ups)."),
    minutes: float = typer.Option(None, "--minutes", "-m", min=1, help="Stop after this many minutes of answering."),
    pressure: bool = typer.Option(False, "--pressure", help=f"A time limit per answer ({PRESSURE_SECONDS} s unless --answer-seconds) and constraints sooner."),
    answer_seconds: int = typer.Option(None, "--answer-seconds", min=10, help="Time limit per answer, in seconds."),
    seed: int = typer.Option(None, "--seed", help="Make the interviewer's choices reproducible."),
    feedback: Feedback = typer.Option(Feedback.end, "--feedback", help="Show feedback after each answer (now) or only at the end."),
    script: Path = typer.Option(None, "--script", help="Read answers from FILE, separated by lines containing only ---."),
    project: Path = typer.Option(None, "--project", help="Interview about your own project write-up (a README or .md)."),
    engine: str = typer.Option(None, "--engine", "-e", help="Analyzer engine id; default: the offline engine."),
) -> None:
    """A mock interview: questions, follow-ups on your own words, injected constraints, and a scorecard."""
    from mlprobe.interviewer import PracticeOptions

    bank = _bank()
    if question_id:
        bank.get(question_id)
    if theme:
        from mlprobe.views.questions import check_theme

        check_theme(bank, theme)
    limit = answer_seconds or (PRESSURE_SECONDS if pressure else None)
    extra = _project(project) if project else {}
    chosen = {
        "theme": theme, "level": level.value if level else None, "question_id": question_id, "questions": questions,
        "minutes": minutes, "pressure": pressure, "feedback": feedback.value, "answer_seconds": limit,
    }
    options = PracticeOptions(**{**chosen, **extra})
    _run(bank, options, seed, script, engine, session_id=None)


def resume(
    session: str = typer.Argument(None, help="Session id or prefix (see 'mlprobe history'); default: the latest unfinished one."),
    script: Path = typer.Option(None, "--script", help="Read the remaining answers from FILE, separated by lines containing only ---."),
    engine: str = typer.Option(None, "--engine", "-e", help="Analyzer engine id; default: the one the session started with."),
) -> None:
    """Continue an interrupted practice session where it stopped."""
    _run(_bank(), None, None, script, engine, session_id=session or "")


def _run(bank: Any, options: Any, seed: int | None, script: Path | None, engine: str | None, session_id: str | None) -> None:
    import random

    from mlprobe.analyzer import registry
    from mlprobe.session.practice import Practice
    from mlprobe.store import Store

    store = Store.open(home())
    answers, interactive, console = _answer_source(script)
    try:
        limit = options.answer_seconds if options is not None else None
        if session_id is not None:
            session_id, stored_engine, limit = _resumable(store, session_id)
            engine = engine or stored_engine
        if interactive:
            answers.time_limit = limit
        chosen = registry.engine_class(engine or registry.DEFAULT_ENGINE)
        from mlprobe.views.practice import PracticeView

        runner = Practice(store, bank, PracticeView(console, interactive, getattr(answers, "HELP", None)), answers, lambda: registry.create(chosen.id), _clock)
        if session_id is None:
            session_id = runner.start(options, seed if seed is not None else random.SystemRandom().randrange(1, 2**31), chosen.id)
            runner.run(session_id)
        else:
            runner.run(session_id, resumed=True)
    finally:
        store.close()
        if script is not None:
            answers.stream.close()


def _resumable(store: Any, session_id: str) -> tuple[str, str, int | None]:
    """The session to resume: its id, engine and per-answer time limit."""
    from mlprobe.errors import NotFound

    if not session_id:
        open_ = [s for s in store.sessions() if s.status != "finished"]
        if not open_:
            raise NotFound("no unfinished session to resume; start one with 'mlprobe practice'")
        return open_[-1].id, open_[-1].engine, (open_[-1].options or {}).get("answer_seconds")
    found = store.load(session_id)
    if found.status == "finished":
        raise InvalidInput(f"session {found.id} is finished; see it with 'mlprobe report {found.id}' or start a new one with 'mlprobe practice'")
    return found.id, found.engine, (found.options or {}).get("answer_seconds")


def _answer_source(script: Path | None) -> tuple[Any, bool, Any]:
    import io

    from rich.console import Console

    from mlprobe.session.answers import StreamAnswers, terminal_answers

    if script is not None:
        return StreamAnswers(_open_script(script)), False, Console(highlight=False, soft_wrap=True)
    if not sys.stdin.isatty():
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace") if hasattr(sys.stdin, "buffer") else sys.stdin
        return StreamAnswers(stream), False, Console(highlight=False, soft_wrap=True)
    console = Console(highlight=False)
    return terminal_answers(say=lambda text: console.print(text, style="yellow")), True, console


def _open_script(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file; give a text file of answers separated by lines containing only ---") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path}: is a folder; give a text file of answers separated by lines containing only ---") from None
    if b"\x00" in head:
        raise InvalidInput(f"{path} looks like binary data; the script must be text, answers separated by lines containing only ---")
    return path.open(encoding="utf-8", errors="replace")


def _project(path: Path) -> dict[str, Any]:
    """A project interview: the walk-through first, then stress-test questions from the write-up itself."""
    from mlprobe.review import project_question, read_project_file, review_text

    review = review_text(read_project_file(path), source=str(path))
    if not review.is_ml_project:
        raise InvalidInput(f"{path} does not describe a machine-learning project; give the write-up of an ML project")
    opening = project_question(review)
    angles = [opening.follow_ups.knew_it_worked[0], opening.follow_ups.generalize[0], opening.follow_ups.differently[0]]
    extra = [opening.model_copy(update={"id": f"{opening.id}-{n}", "prompt": prompt, "context": None}) for n, prompt in enumerate(angles, 2)]
    questions = [q.model_dump(mode="json") for q in (opening, *extra)]
    return {"project": {"source": str(path), "title": review.title}, "project_questions": questions, "question_id": opening.id}


def _bank() -> Any:
    from mlprobe.bank import load_bank

    return load_bank(home())


def _clock() -> Any:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)
