"""Red flags in a project write-up, each a transparent rule with the sentences that triggered it.

Ids follow DESIGN.md where one exists (``linear_narrative``, ``deployment_bragging``,
``metric_overconfidence``); the others name what an interviewer notices missing from a README.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mlprobe.review import lexicon as lx
from mlprobe.review.document import Document, Unit
from mlprobe.review.elements import reports
from mlprobe.review.facts import quote, unique
from mlprobe.review.model import Element, Facts, ReviewFlag

_SUCCESS = re.compile(r"\bsuccessfully\b|\bachieves?\b|\bachieved\b|production[- ]ready|\bperfect\b|state-of-the-art|world-class|high-accuracy|outperform\w*|\bbest\b", re.I)
_STEP_WORDS = 6


@dataclass(frozen=True)
class Context:
    doc: Document
    facts: Facts
    elements: dict[str, Element]
    story: list[Unit]

    @property
    def turned(self) -> bool:
        """Did anything push back in the story: a surprise, or a change because of one?"""
        return self.elements["unexpected_outcomes"].found or self.elements["iteration"].found


def find_flags(doc: Document, facts: Facts, elements: dict[str, Element]) -> list[ReviewFlag]:
    ctx = Context(doc, facts, elements, doc.units(("narrative",)))
    return [flag for rule in RULES if (flag := rule(ctx)) is not None]


def linear_narrative(ctx: Context) -> ReviewFlag | None:
    if ctx.turned:
        return None
    steps, sequence = _numbered_steps(ctx.doc), _sequence(ctx.doc.units(("narrative", "setup")))
    pipelines = [u.text for u in ctx.doc.units(("narrative", "setup")) if len(_stages(u.text)) >= 3]
    if len(steps) >= 3:
        evidence = [" → ".join(steps[:6])]
    elif len(sequence) >= 2:
        evidence = [" → ".join(sequence[:6])]
    elif pipelines:
        evidence = [quote(t) for t in sorted(pipelines, key=lambda t: -len(_stages(t)))[:2]]
    else:
        return None
    return ReviewFlag(id="linear_narrative", evidence=evidence, why="A straight pipeline of stages with no moment where reality pushed back.")


def _stages(text: str) -> set[str]:
    return {name for name, pattern in lx.STAGES.items() if pattern.search(text)}


def _numbered_steps(doc: Document) -> list[str]:
    """The numbered list (or numbered headings) in the narrative that reads most like a pipeline."""
    groups: dict[int, list[str]] = {}
    for p in doc.passages:
        if p.role == "narrative" and p.numbered and len(p.text.split()) <= _STEP_WORDS:
            groups.setdefault(p.section_id if p.kind != "heading" else -1, []).append(p.text.rstrip(":"))
    ranked = sorted((g for g in groups.values() if len(g) >= 3), key=lambda g: -sum(bool(_stages(s)) for s in g))
    return ranked[0] if ranked else []


def _sequence(units: list[Unit]) -> list[str]:
    """'Start with EDA … End with predictions' and everything listed between them."""
    hits = [i for i, u in enumerate(units) if lx.SEQUENCE.search(u.text)]
    if len(hits) < 2:
        return []
    first, last = hits[0], hits[-1]
    if units[first].passage.section_id == units[last].passage.section_id:
        return [u.text for u in units[first : last + 1]]
    return [units[i].text for i in hits]


def deployment_bragging(ctx: Context) -> ReviewFlag | None:
    consequence = any(lx.CONSEQUENCE.search(u.text) and reports(u) for u in ctx.story)
    if not ctx.facts.deploy_sentences or consequence or ctx.elements["unexpected_outcomes"].found:
        return None
    return ReviewFlag(id="deployment_bragging", evidence=ctx.facts.deploy_sentences[:2], why="Deployment tools and readiness are named, but nothing that happened after deployment.")


def metric_overconfidence(ctx: Context) -> ReviewFlag | None:
    if not ctx.facts.metrics:
        return None
    caveat = any(lx.METRIC_CAVEAT.search(u.text) and lx.METRIC_CONTEXT.search(u.text) and not lx.NEGATED.search(u.text) for u in ctx.story)
    absolute = [c for c in ctx.facts.claims if re.search(r"perfect|leakage|100|flawless|state|world|accuracy|honest", c, re.I)]
    if caveat and not absolute:
        return None
    prose = [m.sentence for m in ctx.facts.metrics if m.phrase] or [m.sentence for m in ctx.facts.metrics]
    evidence = unique(prose[:2] + absolute[:2])[:3]
    why = "A metric is offered as proof that it worked" + (", with absolute claims around it." if absolute else ", with no word on what it might hide.")
    return ReviewFlag(id="metric_overconfidence", evidence=evidence, why=why)


def no_failure_or_surprise(ctx: Context) -> ReviewFlag | None:
    if ctx.elements["unexpected_outcomes"].found:
        return None
    wins = unique(quote(u.text) for u in ctx.story if _SUCCESS.search(u.text))[:2]
    return ReviewFlag(id="no_failure_or_surprise", evidence=wins, why="No failure, setback or surprise appears anywhere in the write-up.")


def static_data(ctx: Context) -> ReviewFlag | None:
    if any(lx.DATA_CHANGE.search(u.text) and reports(u) for u in ctx.story):
        return None
    names = [n for n in (ctx.facts.datasets + ctx.facts.data_files) if n]
    named = [u.text for u in ctx.story if any(n in u.text for n in names)]
    about = [u.text for u in ctx.story if re.search(r"\bdata ?set\b|training data|\bcsv\b|\bingest\w*|\bdata/", u.text, re.I) and len(u.text.split()) >= 3]
    about_data = named + about
    return ReviewFlag(id="static_data", evidence=unique(quote(t) for t in about_data)[:2], why="The data is treated as a fixed snapshot; nothing says how it changes once the model is in use.")


def perfect_labels(ctx: Context) -> ReviewFlag | None:
    if any(lx.LABEL_QUALITY.search(u.text) for u in ctx.story):
        return None
    names = ctx.facts.datasets + ctx.facts.targets
    about = [u.text for u in ctx.story if any(n in u.text for n in names)] + [u.text for u in ctx.story if re.search(r"\bpredict\w*|\bclassif\w*", u.text, re.I)]
    evidence = ctx.facts.label_sentences[:2] or unique(quote(t) for t in about)[:1]
    return ReviewFlag(id="perfect_labels", evidence=evidence, why="Labels are taken as given: nothing says how they were made or how many might be wrong.")


def no_users(ctx: Context) -> ReviewFlag | None:
    if any(lx.ACTUAL_USE.search(u.text) and reports(u) for u in ctx.story):
        return None
    return ReviewFlag(id="no_users", evidence=ctx.facts.user_sentences[:2], why="Nobody is said to have used it: no users, no feedback, no decision a prediction changed.")


RULES: list[Callable[[Context], ReviewFlag | None]] = [
    linear_narrative, deployment_bragging, metric_overconfidence, no_failure_or_surprise, static_data, perfect_labels, no_users,
]
