"""The three elements interviewers look for in a project story, each found (with quotes) or missing.

A sentence only counts when it reports something (not what would, could or will happen, not an
instruction, not a roadmap item). Neighbourhood matters: a write-up often puts the limit on one line
("Challenge: capacity interruptions after 41 hours") and the choice it forced on the next
("Decision: switched to on-demand"), so pairs are looked for within a few sentences of one section.
"""

from __future__ import annotations

import re

from mlprobe.analyzer.features import modality
from mlprobe.review import lexicon as lx
from mlprobe.review.document import Document, Unit
from mlprobe.review.facts import quote, unique
from mlprobe.review.model import Element

WINDOW = 3
MAX_EVIDENCE = 3


def reports(unit: Unit) -> bool:
    """Does the sentence report what is or was, rather than what would, could or will be?"""
    text = unit.text
    return modality(text) != "hypothetical" and not lx.CONDITIONAL.search(text) and not lx.PLANNED_TALK.search(text)


def find_elements(doc: Document) -> dict[str, Element]:
    units = doc.units(("narrative",))
    surprises = [u for u in units if is_unexpected(u)]
    pressure = decision_pairs(units)
    triggers = {u.index for u in surprises} | {u.index for pair in pressure for u in pair[:1]}
    changes = [u for u in units if is_change(u) and _after_trigger(u, triggers, units)]
    return {
        "decision_pressure": _decision(pressure),
        "unexpected_outcomes": _unexpected(surprises),
        "iteration": _iteration(changes),
    }


def is_unexpected(unit: Unit) -> bool:
    text = unit.text
    if not reports(unit) or len(text.split()) < 3:
        return False
    if lx.OTHERS.search(text) and not lx.FIRST_PERSON.search(text):
        return False  # someone else's failure ("Kaggle winners used random splits with data leakage")
    failure = lx.FAILURE.search(text) and not lx.NEGATED.search(text)
    return bool(lx.SURPRISE.search(text) or failure)


def _strength(unit: Unit) -> int:
    text = unit.text
    specific = bool(re.search(r"\d", text))
    return 2 * bool(lx.FAILURE.search(text)) + bool(lx.SURPRISE.search(text)) + (modality(text) == "lived") + specific


def decision_pairs(units: list[Unit]) -> list[tuple[Unit, Unit]]:
    """(constraint sentence, choice sentence) pairs in the same section, the choice reported, not planned."""
    pairs = []
    for unit in units:
        if not lx.CONSTRAINT.search(unit.text) or not reports(unit):
            continue
        for other in _window(unit, units):
            if lx.CHOICE.search(other.text) and reports(other):
                pairs.append((unit, other))
                break
    return pairs


def is_change(unit: Unit) -> bool:
    return bool(lx.CHANGE.search(unit.text)) and reports(unit) and len(unit.text.split()) >= 4


def _window(unit: Unit, units: list[Unit]) -> list[Unit]:
    lo, hi = max(0, unit.index - WINDOW), min(len(units), unit.index + WINDOW + 1)
    return [u for u in units[lo:hi] if u.passage.section_id == unit.passage.section_id]


def _after_trigger(unit: Unit, triggers: set[int], units: list[Unit]) -> bool:
    """A change counts as driven by reality when a surprise or a constraint sits next to it: in its own
    section, or just before it in the previous one ("## What broke" then "## What we changed")."""
    if any(u.index in triggers and u.index != unit.index for u in _window(unit, units)):
        return True
    earlier = units[max(0, unit.index - 2 * WINDOW) : unit.index]
    return any(u.index in triggers and unit.passage.section_id - u.passage.section_id == 1 for u in earlier)


def _decision(pairs: list[tuple[Unit, Unit]]) -> Element:
    if not pairs:
        return Element(found=False, why="No sentence pairs a real limit (budget, deadline, hardware, data access, latency) with a choice it forced.")
    limits = sorted({c.index: c for c, _ in pairs}.values(), key=lambda u: (not re.search(r"\d", u.text), u.index))
    chosen = [limits[0], *limits[1:MAX_EVIDENCE - 1], pairs[0][1]]
    ordered = sorted({u.index: u for u in chosen}.values(), key=lambda u: u.index)
    return Element(found=True, evidence=unique(quote(u.text) for u in ordered)[:MAX_EVIDENCE], why="A stated limit sits next to the choice it forced.")


def _unexpected(surprises: list[Unit]) -> Element:
    if not surprises:
        return Element(found=False, why="Nothing in the write-up went wrong, surprised anyone, or turned out differently than planned.")
    ranked = sorted(surprises, key=lambda u: (-_strength(u), u.index))
    return Element(found=True, evidence=unique(quote(u.text) for u in ranked)[:MAX_EVIDENCE], why="The write-up reports a failure or a surprise.")


def _iteration(changes: list[Unit]) -> Element:
    if not changes:
        return Element(found=False, why="No change is reported as a response to something that went wrong or a limit that bit.")
    return Element(found=True, evidence=unique(quote(u.text) for u in changes)[:MAX_EVIDENCE], why="A change is reported next to the surprise or limit that caused it.")
