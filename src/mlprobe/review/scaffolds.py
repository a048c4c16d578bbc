"""Scaffolds for the sections a project write-up usually lacks, pre-filled only with what it supports.

Every pre-filled line is a quote or an extracted specific from the write-up; everything else is a
``[your fact: ...]`` placeholder the candidate must fill from memory. The reviewer never guesses a
number, a cause or an outcome on the candidate's behalf.
"""

from __future__ import annotations

from mlprobe.review.model import SCAFFOLD_TITLES, Element, Facts

PLACEHOLDER = "[your fact: {}]"


def _ph(text: str) -> str:
    return PLACEHOLDER.format(text)


def _quotes(lines: list[str]) -> list[str]:
    return [f"From the write-up: “{line}”" for line in lines]


def _listed(label: str, items: list[str], limit: int = 5) -> list[str]:
    return [f"{label}: {', '.join(items[:limit])}."] if items else []


def build_scaffolds(facts: Facts, elements: dict[str, Element]) -> dict[str, str]:
    sections = [_constraints(facts, elements), _tradeoff(facts, elements), _broke(elements), _changed(elements), _remove(facts)]
    return {title: "\n".join(lines) for title, lines in zip(SCAFFOLD_TITLES, sections)}


def _constraints(facts: Facts, elements: dict[str, Element]) -> list[str]:
    lines = _quotes(elements["decision_pressure"].evidence[:2])
    lines += _listed("Resources the write-up gives", facts.resources)
    lines += _listed("Scale the write-up gives", facts.scale, 3)
    lines.append(_ph("the limit that forced a choice (budget, deadline, hardware, data access, latency), with its number"))
    lines.append(_ph("who or what imposed it, and when you hit it"))
    return lines


def _tradeoff(facts: Facts, elements: dict[str, Element]) -> list[str]:
    lines = _quotes(elements["decision_pressure"].evidence[-1:])
    lines += _listed("Options the write-up names", facts.models)
    lines += _listed("Techniques it uses", facts.techniques)
    if facts.best_model:
        lines.append(f"Reported as best: {facts.best_model}.")
    if facts.metric:
        lines.append(f"Metric the write-up reports: {facts.metric.display}.")
    lines.append(_ph("the option you chose, and the one you rejected"))
    lines.append(_ph("what it cost you: the metric, latency, money or time you gave up, with a number"))
    return lines


def _broke(elements: dict[str, Element]) -> list[str]:
    lines = _quotes(elements["unexpected_outcomes"].evidence)
    if not lines:
        lines.append(_ph("something that went wrong or surprised you: what you saw, when, and how you noticed"))
    lines.append(_ph("what it cost (time, money, a wrong result someone relied on) and the root cause"))
    return lines


def _changed(elements: dict[str, Element]) -> list[str]:
    lines = _quotes(elements["iteration"].evidence)
    if not lines:
        lines.append(_ph("what you changed in response: the data, the split, the model, the threshold, the plan"))
    lines.append(_ph("how you checked the change fixed the cause, and what you watch now"))
    return lines


def _remove(facts: Facts) -> list[str]:
    lines = _listed("Planned in the write-up", facts.planned, 4)
    lines += _listed("Tools the write-up names", facts.tools, 6)
    lines.append(_ph("the part you would cut or delay to ship safely, and why it can wait"))
    lines.append(_ph("the one check you would add before anyone relies on a prediction"))
    return lines
