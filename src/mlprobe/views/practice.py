"""The practice session on screen: the interviewer's moves, notes, optional instant feedback, and the
scorecard. Plain text when the output is not a terminal, so scripts can read it."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlprobe.interviewer import Move, PracticeOptions
from mlprobe.session.answers import SEPARATOR, TerminalAnswers
from mlprobe.vocabulary import DIMENSIONS, SIGNALS

TITLES = {"question": "Question {n} of {total}", "probe": "Follow-up", "constraint": "New constraint", "contradiction": "Consistency check"}


class PracticeView:
    def __init__(self, console: Console, interactive: bool, help_text: str | None = None) -> None:
        self.console, self.interactive = console, interactive
        self.help_text = help_text or TerminalAnswers.HELP

    def _print(self, *items: Any) -> None:
        self.console.print(*items)
        self.console.file.flush()

    def intro(self, session: Any, options: PracticeOptions, resumed: bool) -> None:
        if resumed:
            done = len(session.answers)
            self._print(Text(f"Resuming session {session.id} after {done} answer{'s' * (done != 1)}.", style="bold"))
            return
        subject = "your project" if options.project else f"{options.questions} question{'s' * (options.questions != 1)}"
        pace = " Under pressure: a time limit per answer, and constraints arrive sooner." if options.pressure else ""
        self._print(Text(f"A mock ML interview: {subject}. I ask, follow up on what you say, and may change the constraints mid-way.{pace}", style="bold"))
        how = self.help_text if self.interactive else f"Answers are read from the script, separated by lines containing only {SEPARATOR}."
        when = "after each answer" if options.feedback == "now" else "at the end"
        self._print(Text(f"Feedback comes {when}. {how} Session {session.id}.", style="dim"))

    def ask(self, move: Move, options: PracticeOptions) -> None:
        title = TITLES[move.kind].format(n=move.thread, total=options.questions)
        if self.interactive:
            self._print(Panel(Text(move.text), title=title, title_align="left", border_style="cyan"))
        else:
            self._print(f"\n[{title}]\n{move.text}")

    def note(self, text: str) -> None:
        self._print(Text(f"Note: {text}", style="yellow"))

    def feedback(self, assessment: dict[str, Any]) -> None:
        """Instant feedback (``--feedback now``): the grade, which signals were heard (the strongest with
        its quote) and which not yet, any red flag with its reason, and the first piece of advice."""
        if not assessment:
            return
        self._print(Text(f"Feedback: {assessment['lived_experience']:.0%} lived experience, holistic {assessment['holistic']}/5", style="bold"))
        scored = [(name, s) for name, s in assessment.get("signals", {}).items() if s.get("score") is not None]
        heard = sorted((x for x in scored if x[1]["score"] >= 0.5), key=lambda x: -x[1]["score"])
        if heard:
            name, best = heard[0]
            quote = f" — “{clip(best['evidence'][0], 90)}”" if best.get("evidence") else ""
            self._print(Text(f"  Heard: {', '.join(n for n, _ in heard)}{quote}", style="green"))
        missing = [name for name, s in scored if s["score"] < 0.5]
        if missing:
            self._print(Text(f"  Not yet: {', '.join(missing)}", style="yellow"))
        for flag in assessment.get("red_flags", []):
            self._print(Text(f"  Red flag: {flag['id']} — {flag.get('why', '')}".rstrip(" —"), style="red"))
        if assessment.get("advice"):
            self._print(Text(f"  Tip: {assessment['advice'][0]}", style="dim"))

    def paused(self, session_id: str, reason: str) -> None:
        head = "Paused" if reason == "paused" else f"Paused ({reason})"
        self.console.print(Text(f"{head}. Every answer so far is saved; continue with: mlprobe resume {session_id}", style="bold yellow"))

    def finished(self, session: Any, card: dict[str, Any], end: Move) -> None:
        self._print(Text(f"\n{end.text} ({end.reason})", style="dim"))
        print_scorecard(self.console, card)
        self._print(Text(f"Saved as session {session.id}. Full report: mlprobe report {session.id} --format html > report.html", style="dim"))


def print_scorecard(console: Console, card: dict[str, Any]) -> None:
    if not card["answers"]:
        console.print("No answers were given, so there is nothing to score.")
        return
    console.print(Panel(Text(f"{card['answers']} answer{'s' * (card['answers'] != 1)} · holistic {card['holistic']:.1f}/5 · lived experience {card['lived_experience']:.0%}"), title="Scorecard", title_align="left"))
    table = Table(box=None, title="Signals (best and weakest evidence from your answers)", title_justify="left")
    table.add_column("signal", no_wrap=True)
    table.add_column("mean", no_wrap=True)
    table.add_column("evidence", overflow="fold")
    for name in SIGNALS:
        s = card["signals"][name]
        if s["mean"] is None:
            continue
        lines = []
        if s["best"]["score"] >= 0.5 and s["best"]["quote"]:
            lines.append(f"+ “{clip(s['best']['quote'], 110)}”")
        if s["worst"]["score"] < 0.5 and s["worst"]["quote"]:
            lines.append(f"- “{clip(s['worst']['quote'], 60)}”")
        table.add_row(name, short_bar(s["mean"]), "\n".join(lines))
    console.print(table)
    dims = Table(box=None, title="Session dimensions", title_justify="left")
    dims.add_column("dimension")
    dims.add_column("score")
    for name in DIMENSIONS:
        dims.add_row(name, short_bar(card["dimensions"][name]))
    console.print(dims)
    for c in card["contradictions"]:
        console.print(Text.assemble(("Contradiction: ", "bold red"), f"“{c['claims'][0]}” vs “{c['claims'][1]}” — {c['why']}"))
    console.print(Text("Practise next", style="bold underline"))
    for n, item in enumerate(card["practise"], 1):
        console.print(Text(f"{n}. {item['signal']} ({item['mean']:.2f}): {item['exercise']}"))
        if item["command"]:
            console.print(Text(f"   {item['command']}", style="cyan"))
    if card["revisit"]:
        console.print(Text("Revisit: " + ", ".join(t["question_id"] or f"question {t['thread']}" for t in card["revisit"]), style="bold"))


def clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def short_bar(score: float) -> Text:
    filled = round(score * 10)
    style = "green" if score >= 0.5 else "yellow" if score >= 0.25 else "red"
    return Text("█" * filled, style=style) + Text("░" * (10 - filled), style="dim") + Text(f" {score:.2f}")
