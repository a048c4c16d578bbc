"""Rich terminal view of a project review: the three elements, red flags, places where the write-up
contradicts itself, questions, scaffolds."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlprobe.review.model import ELEMENT_TITLES, Review


def print_review(console: Console, review: Review) -> None:
    head = Text.assemble((review.title, "bold"), *([("\n" + review.source, "dim")] if review.source else []))
    if review.message:
        head.append("\n" + review.message, style="yellow")
    console.print(Panel(head, title="Project review", title_align="left"))
    if not review.is_ml_project:
        return
    console.print(_elements(review))
    if review.red_flags:
        console.print(_flags(review))
    if review.inconsistencies:
        console.print(_inconsistencies(review))
    console.print(Text("Stress-test questions", style="bold underline"))
    for n, question in enumerate(review.questions, 1):
        console.print(f"{n:>2}. {question}", markup=False, highlight=False)
    console.print()
    for title, text in review.scaffolds.items():
        lines = [Text(line, style="yellow" if line.startswith("[your fact") else "") for line in text.splitlines()]
        console.print(Panel(Group(*lines), title=title, title_align="left", border_style="dim"))


def _elements(review: Review) -> Table:
    table = Table(title="What interviewers look for", title_justify="left", box=None)
    table.add_column("", width=2)
    table.add_column("element", style="bold")
    table.add_column("evidence from your write-up", overflow="fold")
    for name, element in review.elements.items():
        mark = Text("✓", style="green") if element.found else Text("✗", style="red")
        detail = "\n".join(f"“{q}”" for q in element.evidence) if element.evidence else element.why
        table.add_row(mark, ELEMENT_TITLES[name], Text(detail, style="" if element.found else "dim"))
    return table


def _flags(review: Review) -> Table:
    table = Table(title="Red flags", title_justify="left", box=None)
    table.add_column("flag", style="bold red")
    table.add_column("why and where", overflow="fold")
    for flag in review.red_flags:
        table.add_row(flag.id, Text.assemble(flag.why, *[("\n“" + q + "”", "dim") for q in flag.evidence]))
    return table


def _inconsistencies(review: Review) -> Table:
    table = Table(title="Where the write-up contradicts itself", title_justify="left", box=None)
    table.add_column("what", style="bold yellow")
    table.add_column("why and where", overflow="fold")
    for item in review.inconsistencies:
        table.add_row(item.subject or item.kind, Text.assemble(item.why, *[("\n“" + q + "”", "dim") for q in item.claims]))
    return table
