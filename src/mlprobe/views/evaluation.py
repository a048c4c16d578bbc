"""Rich view of an evaluation report."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text
from rich.table import Table


def fmt(est: dict[str, Any] | None) -> str:
    if not est or est.get("value") is None:
        return "n/a"
    if est.get("low") is None:
        return f"{est['value']:.3f}"
    return f"{est['value']:.3f} [{est['low']:.3f}, {est['high']:.3f}]"


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def print_report(console: Console, report: dict[str, Any]) -> None:
    counts = report["counts"]
    console.print(f"[bold]Engine[/] {report['engine']} on {', '.join(report['dataset'])}")
    console.print(f"{counts['answers']} answers to {counts['questions']} questions; {counts['lived']} labelled lived; {counts['contradiction_pairs']} contradiction pairs")
    console.print(f"[dim]{report['protocol']}; 95% bootstrap intervals over questions[/]")
    console.print(_headline(report))
    if report["signals"]:
        console.print(_signals(report))
    if "slices" in report:
        console.print(_slices(report["slices"]))
    if report["worst"]:
        console.print(_worst(report["worst"]))


def _headline(report: dict[str, Any]) -> Table:
    table = Table(title="Headline", title_justify="left")
    table.add_column("metric")
    table.add_column("value [95% CI]")
    contradiction = report.get("contradiction") or {}
    rows = [
        ("ROC AUC, lived vs not", fmt(report["lived_auc"])),
        ("Expected calibration error", fmt(report["ece"])),
        ("Per-signal macro F1", fmt(report["signal_macro_f1"])),
        ("Holistic QWK", fmt(report["holistic_qwk"])),
        ("Adaptation accuracy", fmt(report["adaptation_accuracy"])),
        ("Contradiction F1", fmt(contradiction.get("f1"))),
        ("Contradiction precision / recall", _precision_recall(contradiction)),
        ("Stuffed answers rated lived", fmt(report["stuffed_rated_lived"])),
        ("Hypothetical answers rated lived", fmt(report["hypothetical_rated_lived"])),
    ]
    for name, value in rows:
        table.add_row(name, value)
    return table


def _precision_recall(contradiction: dict[str, Any]) -> str:
    """Precision first (a false accusation costs more than a miss), beside what accusing every pair would score."""
    if not contradiction:
        return "n/a"
    text = f"{_num(contradiction.get('precision'))} / {_num(contradiction.get('recall'))}"
    if contradiction.get("accuse_all_f1") is not None:
        text += f" (accusing every pair: F1 {_num(contradiction['accuse_all_f1'])})"
    return text


def _signals(report: dict[str, Any]) -> Table:
    table = Table(title="Signals", title_justify="left")
    for col in ("signal", "precision", "recall", "F1 [95% CI]", "positives/n"):
        table.add_column(col)
    for name, row in report["signals"].items():
        table.add_row(name, _num(row["precision"]), _num(row["recall"]), fmt(row["f1"]), f"{row['support']}/{row['n']}")
    return table


def _slices(slices: dict[str, Any]) -> Table:
    table = Table(title=f"By {slices['by']}", title_justify="left")
    for col in ("slice", "n", "lived", "AUC", "accuracy", "mean lived_experience", "signal macro F1"):
        table.add_column(col)
    for row in slices["rows"]:
        table.add_row(row["slice"], str(row["n"]), str(row["lived"]), _num(row["lived_auc"]), _num(row["accuracy"]),
                      _num(row["mean_lived_experience"]), _num(row.get("signal_macro_f1")))
    return table


def _worst(rows: list[dict[str, Any]]) -> Group:
    panels = []
    for row in rows:
        text = row["text"] if len(row["text"]) <= 600 else row["text"][:600] + "…"
        title = f"{row['id']} · labelled {row['label']} ({row['persona']}) · lived_experience {_num(row['lived_experience'])}"
        panels.append(Panel(text, title=title, title_align="left"))
    return Group(Text("Worst misses", style="italic"), *panels)
