"""Rich view of one assessed answer: signal bars, evidence highlighted in the answer, flags, advice."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlprobe.analyzer.assessment import Assessment
from mlprobe.vocabulary import SIGNALS

BAR = 20


def bar(score: float | None) -> Text:
    if score is None:
        return Text("n/a (no constraint before this answer)", style="dim")
    filled = round(score * BAR)
    style = "green" if score >= 0.5 else "yellow" if score >= 0.25 else "red"
    return Text("█" * filled, style=style) + Text("░" * (BAR - filled), style="dim") + Text(f" {score:.2f}")


def highlighted(answer: str, result: Assessment) -> Text:
    text = Text(answer)
    for flag in result.red_flags:
        for quote in flag.evidence:
            text.highlight_words([quote], style="on dark_red")
    for name in SIGNALS:
        for quote in result.signals[name].evidence:
            text.highlight_words([quote], style="on dark_green")
    return text


def _verdict(result: Assessment) -> Text:
    p = result.lived_experience
    label = "reads as lived experience" if p >= 0.5 else "reads as tutorial knowledge"
    return Text.assemble((f"{p:.0%} ", "bold"), label, "  ·  ", (f"holistic {result.holistic}/5", "bold"))


def print_assessment(console: Console, question: str, answer: str, result: Assessment) -> None:
    head = [_verdict(result)]
    if question:
        head.insert(0, Text(question, style="italic"))
    console.print(Panel(Group(*head), title="Assessment", title_align="left"))
    table = Table(title="Signals an interviewer listens for", title_justify="left", box=None)
    table.add_column("signal", style="bold")
    table.add_column("score")
    table.add_column("evidence from your answer", overflow="fold")
    for name in SIGNALS:
        s = result.signals[name]
        table.add_row(name, bar(s.score), f"“{s.evidence[0]}”" if s.evidence else "")
    console.print(table)
    console.print(Panel(highlighted(answer, result), title="Your answer (green: heard signals, red: red flags)", title_align="left"))
    if result.red_flags:
        flags = Table(title="Red flags", title_justify="left", box=None)
        flags.add_column("flag", style="bold red")
        flags.add_column("why and where", overflow="fold")
        for f in result.red_flags:
            flags.add_row(f.id, Text.assemble(f.why or "", *([("\n“" + f.evidence[0] + "”", "dim")] if f.evidence else [])))
        console.print(flags)
    tp = result.talking_points
    if tp.covered or tp.missed:
        points = Table(title="Talking points", title_justify="left", box=None)
        points.add_column("", width=2)
        points.add_column("point", overflow="fold")
        for m in tp.matches:
            covered = m.sentence is not None
            points.add_row(Text("✓", style="green") if covered else Text("✗", style="red"), Text.assemble(m.point, *([("\n“" + m.sentence + "”", "dim")] if covered and m.sentence else [])))
        console.print(points)
    console.print(Text("Advice", style="bold underline"))
    for n, item in enumerate(result.advice, 1):
        console.print(f"{n}. {item}", markup=False)
