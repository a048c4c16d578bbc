"""Stress-test questions built from one project's own specifics, the way an interviewer probes a README.

Each template asks one of the interviewer's moves (DESIGN.md probes: what would you do differently, how
did you know it worked, a constraint, who you worked with, would it generalise) and fills it only with
specifics extracted from the write-up: its metric and value, its data, models, tools and scale. A
template whose specifics are absent falls back to a question about the absence itself ("your README
reports no evaluation number"), which is a specific too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mlprobe.review.facts import model_key, quote
from mlprobe.review.model import Element, Facts, Inconsistency, ReviewFlag

MIN_QUESTIONS, MAX_QUESTIONS = 8, 12
QUOTE = 110
_NOT_INFRA = {"React", "DVC", "S3", "CloudWatch", "Nginx", "GitHub Actions", "CI/CD", "Hugging Face Hub", "Pinecone", "DuckDB"}


@dataclass(frozen=True)
class Draft:
    topic: str
    probe: str
    text: str


@dataclass
class Project:
    """What the templates draw on; ``pick`` keeps two questions from quoting the same sentence."""

    full_title: str
    facts: Facts
    elements: dict[str, Element]
    flags: list[ReviewFlag]
    used: set[str] = field(default_factory=set)

    def pick(self, candidates: list[str], reuse: bool = False) -> str | None:
        """The first candidate no other question quotes yet; with ``reuse``, the first one regardless,
        for templates whose fallback would otherwise claim something false ("nothing went wrong")."""
        for candidate in candidates:
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        return candidates[0] if reuse and candidates else None

    @property
    def title(self) -> str:
        return short_title(self.full_title)

    @property
    def data(self) -> str:
        return self.facts.dataset or f"the data behind {self.title}"

    @property
    def model(self) -> str:
        """The model the questions name: the reported best, else the models listed."""
        models = self.facts.models
        return self.facts.best_model or (names(models) if models else "the model")

    @property
    def tool(self) -> str | None:
        """The first tool that serves or runs the pipeline (a front end or a bucket rarely breaks first)."""
        return next((t for t in self.facts.tools if t not in _NOT_INFRA), None)

    @property
    def metric(self) -> str | None:
        m = self.facts.metric
        if m is None:
            return None
        return q(m.phrase) if m.phrase else m.display

    def flagged(self, flag_id: str) -> bool:
        return any(f.id == flag_id for f in self.flags)

    def evidence(self, element: str) -> list[str]:
        return self.elements[element].evidence if element in self.elements else []


def q(text: str) -> str:
    text = quote(text, QUOTE)
    return f"“{text if text.endswith('…') else text.rstrip('.')}”"


def short_title(title: str) -> str:
    """'Igbo Language Model Training with AWS SageMaker' reads as 'Igbo Language Model Training' in a question."""
    short = re.sub(r"\s*\([^)]*\)\s*$", "", title)
    short = re.split(r":\s| with | using | - | — ", short, maxsplit=1)[0].strip()
    return short if len(short.split()) >= 2 or len(short) >= 8 else title


def names(items: list[str], limit: int = 3) -> str:
    items = items[:limit]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _metric(p: Project) -> Draft:
    f = p.facts
    if p.metric:
        on = f" on {f.dataset}" if f.dataset and f.dataset not in p.metric else ""
        text = f"Your README reports {p.metric}{on}. Which metric would you not trust here, and what could that number be hiding: leakage, an easy split, or a mix of cases that will not hold once the model is used?"
    elif f.resources or f.scale:
        money = [r for r in f.resources if r.startswith("$")][:1]
        time = [s for s in f.scale if re.search(r"hours|days", s)][:1]
        spent = names(money + time or f.resources[:1] + f.scale[:1], 2)
        text = f"Your README gives {spent} for {p.title} but no quality number. How did you know the result was any good, and what baseline did it have to beat?"
    else:
        named = f"names {names(f.models)} but " if f.models else ""
        text = f"Your README for {p.title} {named}reports no evaluation number. How did you know it was working, and what baseline did it have to beat?"
    return Draft("metric", "knew_it_worked", text)


def _labels(p: Project) -> Draft:
    f = p.facts
    said = p.pick(f.label_sentences)
    if said:
        measured = p.metric or "your evaluation"
        text = f"Your README says {q(said)}. Who or what produced those labels, how many would you expect to be wrong, and how would a wrong label show up in {measured}?"
    elif f.targets:
        text = f"How were the labels in {p.data} made, who decided what counts as {q(f.targets[0])}, and how many would you expect to be wrong?"
    else:
        text = f"How were the labels in {p.data} made, and how many of them would you expect to be wrong?"
    return Draft("labels", "knew_it_worked", text)


def _fragile(p: Project) -> Draft:
    text = f"Which assumption behind {p.title} is most fragile: that {p.data} looks like the inputs {p.model} will get after release, that its labels are right, or one you have not written down?"
    return Draft("fragile", "generalize", text)


def _tenx(p: Project) -> Draft:
    f = p.facts
    where = f"{p.tool}, " if p.tool else ""
    if f.scale:
        text = f"Your README mentions {q(f.scale[0])}. What breaks first at 10x that: {where}training time, cost, or the supply of labels, and how would you know before anyone else did?"
    else:
        text = f"If the data for {p.title} grew 10x, what breaks first: {where}training time, cost, or the supply of labels, and how would you know?"
    return Draft("tenx", "constraint", text)


def _removed(p: Project) -> Draft:
    f = p.facts
    parts = f.models + f.techniques + f.tools
    if f.planned:
        text = f"Your plans include {q(f.planned[0])}. Which planned item would you delay or drop if this had to run in production next month, and what did you already remove after learning more?"
    elif len(parts) >= 2:
        text = f"Of {names(parts, 4)}, what did you remove or simplify after learning more, and what would you cut first if you had two weeks to ship?"
    else:
        text = f"What did you remove from {p.title} after learning more, and what would you cut first if you had two weeks to ship?"
    return Draft("removed", "differently", text)


def _after_deploy(p: Project) -> Draft:
    f = p.facts
    said = p.pick(f.deploy_sentences)
    if said:
        text = f"You write {q(said)}. What happened after deployment: who called it, what did you monitor, and what went wrong first?"
    elif f.tools:
        text = f"You mention {names(f.tools)}. What happened after deployment: who called it, what did you monitor, and what went wrong first?"
    else:
        text = f"Was {p.title} ever deployed? If so, what happened after: who used it, what did you monitor, and what went wrong first?"
    return Draft("after_deploy", "knew_it_worked", text)


def _who_used(p: Project) -> Draft:
    f = p.facts
    said = p.pick(f.user_sentences)
    if said:
        text = f"Your README says {q(said)}. Who actually used {p.title}, what did they do with a prediction, and what did they complain about?"
    else:
        text = f"Who used {p.title}, and what decision did a prediction from {p.model} change for them?"
    return Draft("who_used", "collaboration", text)


def _failure(p: Project) -> Draft:
    found = p.pick(p.evidence("unexpected_outcomes"), reuse=True)
    if found:
        text = f"You write {q(found)}. How did you find out, what did it cost, and what do you now check first on a new project because of it?"
    else:
        text = f"Nothing in the {p.title} README went wrong. What was the first thing that broke when you ran {p.model} on {p.data}, and how did you find out?"
    return Draft("failure", "differently", text)


def _decision(p: Project) -> Draft:
    found = p.pick(p.evidence("decision_pressure")[::-1], reuse=True)
    if found:
        text = f"You write {q(found)}. What did that choice cost you, and under what conditions would you make the opposite call?"
    else:
        text = f"What real constraint (budget, deadline, hardware, data access) forced a choice in {p.title}, and what did you give up because of it?"
    return Draft("decision", "constraint", text)


def _iteration(p: Project) -> Draft | None:
    found = p.pick(p.evidence("iteration"))
    if not found:
        return None
    text = f"You write {q(found)}. What did you try before that, and how did you confirm the change fixed the cause rather than the symptom?"
    return Draft("iteration", "differently", text)


def _claim(p: Project) -> Draft | None:
    claim = p.pick(p.facts.claims)
    if not claim:
        return None
    text = f"You write {q(claim)}. What would convince you that claim is wrong, and which check would you run first to try to break it?"
    return Draft("claim", "knew_it_worked", text)


def _model_choice(p: Project) -> Draft | None:
    f = p.facts
    others = [m for m in f.models if model_key(m) != model_key(f.best_model or "")]
    if f.best_model and others:
        text = f"Your README reports {f.best_model} as the best performing model, yet it also lists {names(others)}. Why keep the others, what did the winner cost you, and would you make the same call again?"
    elif len(f.models) >= 2:
        text = f"You list {names(f.models, 4)}. Why did one of them win, what did it cost you in latency, interpretability or effort, and would you make the same call again?"
    elif f.models:
        text = f"Why {f.models[0]} for {p.title}, and what simpler baseline did it have to beat?"
    else:
        return None
    return Draft("model_choice", "differently", text)


def _data_change(p: Project) -> Draft:
    said = p.pick(p.facts.data_change_sentences)
    if said:
        text = f"You write {q(said)}. How far into the future does that hold for {p.title}, and what would make it stop holding?"
    else:
        text = f"{p.data[0].upper() + p.data[1:]} is a fixed snapshot. If the inputs to {p.model} shifted after release, how would you notice, and how long would the labels take to tell you?"
    return Draft("data_change", "constraint", text)


def _transfer(p: Project) -> Draft | None:
    if not p.facts.dataset:
        return None
    text = f"Which part of {p.title} would carry over to data other than {p.data}, and which part only works because of {p.data}?"
    return Draft("transfer", "generalize", text)


def _collaboration(p: Project) -> Draft:
    success = f"as {p.metric}" if p.metric else "for this project"
    text = f"Who else had a say in {p.title}: who defined success {success}, and how did you explain the tradeoffs to someone outside ML?"
    return Draft("collaboration", "collaboration", text)


def _inconsistency(found: Inconsistency) -> Draft:
    """The sharpest question a README can earn: two of its own statements that cannot both be true."""
    first, second = (q(c) for c in found.claims[:2])
    values = found.values + ["", ""]
    if found.kind == "metric":
        text = (f"Your README reports {found.subject} of {values[0]} in one place ({first}) and {values[1]} in another ({second}), "
                "for what reads as the same model and evaluation. Which number is right, and what changed between the two?")
    elif found.kind == "deployment":
        text = f"Your README says {first} but also {second}. Was it deployed or not, what exactly ran where, and who used it?"
    elif found.kind == "version":
        text = f"Your README says {first} but also {second}. Which version is this, and what changed that the README does not say?"
    elif found.kind == "breakdown":
        text = f"Your README says {first}, but the parts listed under it add up to {values[1]}. Which count is right, and what was dropped or counted twice?"
    else:
        text = f"Your README gives {values[0]} {found.subject} in one place ({first}) and {values[1]} in another ({second}). Which is right, and why did it change?"
    return Draft("inconsistency", "knew_it_worked", text)


REQUIRED: list[Callable[[Project], Draft]] = [_metric, _labels, _fragile, _tenx, _removed, _after_deploy, _who_used]
EXTRAS: list[Callable[[Project], Draft | None]] = [_failure, _decision, _claim, _model_choice, _data_change, _iteration, _transfer, _collaboration]
MAX_INCONSISTENCY_QUESTIONS = 2
ORDER = ("inconsistency", "metric", "claim", "labels", "failure", "decision", "iteration", "model_choice", "fragile", "tenx", "data_change", "removed", "after_deploy", "who_used", "transfer", "collaboration")


def stress_questions(
    title: str, facts: Facts, elements: dict[str, Element], flags: list[ReviewFlag], inconsistencies: list[Inconsistency] | None = None
) -> list[Draft]:
    """8-12 questions: the seven every README gets, one for each place it contradicts itself (at most two),
    then the ones this README's content supports."""
    project = Project(title, facts, elements, flags)
    drafts = [rule(project) for rule in REQUIRED] + [_inconsistency(i) for i in (inconsistencies or [])[:MAX_INCONSISTENCY_QUESTIONS]]
    for rule in EXTRAS:
        if len(drafts) >= MAX_QUESTIONS:
            break
        if (draft := rule(project)) is not None:
            drafts.append(draft)
    return sorted(drafts, key=lambda d: ORDER.index(d.topic))


def fallback_for(probe: str, title: str, facts: Facts, elements: dict[str, Element], flags: list[ReviewFlag]) -> str:
    """A question of the given probe type, for follow-up lists the selection left empty."""
    project = Project(title, facts, elements, flags)
    by_probe = {"differently": _failure, "knew_it_worked": _metric, "constraint": _tenx, "collaboration": _collaboration, "generalize": _fragile}
    return by_probe[probe](project).text
