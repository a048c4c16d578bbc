"""Tables and terminal charts over stored sessions: the history list and per-signal progress."""

from __future__ import annotations

from statistics import mean
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mlprobe.vocabulary import SIGNALS

SPARKS = "▁▂▃▄▅▆▇█"


def session_rows(sessions: list[Any]) -> list[dict[str, Any]]:
    rows = []
    for s in sessions:
        grades = [t.assessment["holistic"] for t in s.answers if t.assessment]
        lived = [t.assessment["lived_experience"] for t in s.answers if t.assessment]
        rows.append({
            "id": s.id, "created_at": s.created_at, "status": s.status,
            "questions": len({t.thread for t in s.turns}), "answers": len(s.answers),
            "holistic": round(mean(grades), 2) if grades else None,
            "lived_experience": round(mean(lived), 3) if lived else None,
            "options": s.options,
        })
    return rows


def print_history(console: Console, rows: list[dict[str, Any]]) -> None:
    if not rows:
        console.print("No practice sessions yet. Start one with: mlprobe practice")
        return
    table = Table(box=None)
    for column in ("session", "started", "status", "questions", "answers", "holistic", "lived"):
        table.add_column(column, no_wrap=True)
    for r in rows:
        status = Text(r["status"], style="green" if r["status"] == "finished" else "yellow")
        table.add_row(r["id"], r["created_at"][:16].replace("T", " "), status, str(r["questions"]), str(r["answers"]),
                      f"{r['holistic']:.1f}" if r["holistic"] is not None else "—", f"{r['lived_experience']:.0%}" if r["lived_experience"] is not None else "—")
    console.print(table)
    unfinished = [r["id"] for r in rows if r["status"] != "finished"]
    if unfinished:
        console.print(Text(f"Continue an unfinished session with: mlprobe resume {unfinished[-1]}", style="dim"))


def trends(sessions: list[Any]) -> tuple[list[str], dict[str, list[float | None]]]:
    """Per signal, the mean score in each session that has answers (oldest first)."""
    used = [s for s in sessions if any(t.assessment for t in s.answers)]
    series: dict[str, list[float | None]] = {name: [] for name in SIGNALS}
    for s in used:
        for name in SIGNALS:
            values = [t.assessment["signals"][name]["score"] for t in s.answers if t.assessment and t.assessment["signals"][name]["score"] is not None]
            series[name].append(round(mean(values), 4) if values else None)
    return [s.id for s in used], series


def spark(values: list[float | None]) -> str:
    return "".join(" " if v is None else SPARKS[min(len(SPARKS) - 1, int(v * len(SPARKS)))] for v in values)


def print_progress(console: Console, labels: list[str], series: dict[str, list[float | None]], png: Any) -> None:
    if not labels:
        console.print("No answered sessions yet. Start one with: mlprobe practice")
        return
    table = Table(box=None, title=f"Signals across {len(labels)} session{'s' * (len(labels) != 1)} (oldest → newest)", title_justify="left")
    for column in ("signal", "trend", "first", "latest", "change"):
        table.add_column(column)
    for name, values in series.items():
        known = [v for v in values if v is not None]
        if not known:
            continue
        change = known[-1] - known[0]
        style = "green" if change > 0.05 else "red" if change < -0.05 else "dim"
        table.add_row(name, spark(values), f"{known[0]:.2f}", f"{known[-1]:.2f}", Text(f"{change:+.2f}", style=style))
    console.print(table)
    console.print(Text(f"Plot written to {png}", style="dim"))
