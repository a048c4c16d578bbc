"""Rich views of the question bank: listings, one question in full, themes."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.columns import Columns
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlprobe.errors import InvalidInput
from mlprobe.vocabulary import THEMES


def check_theme(bank: Any, theme: str | None) -> None:
    if theme is None or theme in bank.themes():
        return
    known = ", ".join(sorted(bank.themes()))
    raise InvalidInput(f"unknown theme '{theme}'; choose one of: {known}")


def print_list(console: Console, questions: list[Any], empty: str = "No questions match.") -> None:
    if not questions:
        console.print(empty)
        return
    table = Table(show_lines=False, pad_edge=False, expand=False)
    table.add_column("id", style="bold cyan", no_wrap=True)
    table.add_column("theme", style="magenta")
    table.add_column("level")
    table.add_column("prompt")
    for q in questions:
        table.add_row(q.id, q.theme, q.level, q.prompt)
    console.print(table)
    console.print(f"{len(questions)} question(s). Show one with: mlprobe questions show ID")


def theme_rows(counts: Counter[str]) -> list[dict[str, Any]]:
    ordered = [t for t in THEMES if t in counts] + sorted(t for t in counts if t not in THEMES)
    return [{"theme": t, "title": THEMES.get(t, t.replace("_", " ").capitalize()), "questions": counts[t]} for t in ordered]


def print_themes(console: Console, rows: list[dict[str, Any]]) -> None:
    table = Table()
    table.add_column("theme", style="bold magenta")
    table.add_column("title")
    table.add_column("questions", justify="right")
    for row in rows:
        table.add_row(row["theme"], row["title"], str(row["questions"]))
    console.print(table)


def print_question(console: Console, q: Any) -> None:
    header = Text.assemble((q.prompt, "bold"), "\n", (f"{q.id} · {q.theme} · {q.level}", "dim"))
    if q.domain:
        header.append(f" · {q.domain}", "dim")
    parts: list[Any] = [header]
    if q.context:
        parts += [Text(""), Text(q.context, style="italic")]
    console.print(Panel(Group(*parts), title="Question", title_align="left"))
    if getattr(q, "listens_for", None):
        console.print(Panel(q.listens_for, title="What the interviewer listens for", title_align="left", border_style="cyan"))
    if q.talking_points:
        console.print(_talking_points(q))
    if q.sample_reasoning:
        console.print(_side_by_side(q.sample_reasoning))
    if q.tutorial_trap:
        console.print(Panel(q.tutorial_trap, title="The tutorial trap", title_align="left", border_style="yellow"))
    if q.follow_ups:
        console.print(_follow_ups(q.follow_ups))
    if q.constraints:
        console.print(_constraints(q.constraints))
    if getattr(q, "answer", None):
        console.print(Panel(q.answer, title="Answer from your source", title_align="left"))


def _talking_points(q: Any) -> Table:
    table = Table(title="What a strong answer covers", title_justify="left", show_header=False, box=None)
    table.add_column("n", style="dim", width=3)
    table.add_column("point")
    for n, tp in enumerate(q.talking_points, 1):
        table.add_row(f"{n}.", Text.assemble(tp.point, "\n", (f"e.g. “{tp.exemplars[0]}”", "dim italic")))
    return table


def _reasoning_panel(sample: Any, title: str, style: str) -> Panel:
    notes = Text()
    for signal, note in sample.notes.items():
        notes.append(f"\n{signal}: ", style=f"bold {style}")
        notes.append(note)
    return Panel(Group(Text(sample.answer), notes), title=title, title_align="left", border_style=style)


def _side_by_side(reasoning: Any) -> Columns:
    return Columns(
        [
            _reasoning_panel(reasoning.weak, "Weak (tutorial) answer", "red"),
            _reasoning_panel(reasoning.strong, "Strong (lived) answer", "green"),
        ],
        equal=True,
        expand=True,
    )


def _follow_ups(follow_ups: Any) -> Table:
    table = Table(title="Follow-ups an interviewer may ask", title_justify="left", show_header=False, box=None)
    table.add_column("probe", style="bold cyan", no_wrap=True)
    table.add_column("question")
    for probe in ("differently", "knew_it_worked", "constraint", "collaboration", "generalize"):
        for text in follow_ups.for_probe(probe):
            table.add_row(probe, text)
    return table


def _constraints(constraints: list[Any]) -> Table:
    table = Table(title="Constraints it may inject", title_justify="left", show_header=True)
    table.add_column("constraint")
    table.add_column("a good adaptation re-prioritises")
    for c in constraints:
        table.add_row(c.text, c.reprioritizes)
    return table
