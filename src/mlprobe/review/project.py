"""A project write-up turned into an interview question: the deep-dive prompt, follow-ups grouped by the
interviewer's probe types, and constraints to inject, all drawn from the project's own specifics."""

from __future__ import annotations

import re
import unicodedata

from mlprobe.bank.schema import Constraint, FollowUps, UserQuestion
from mlprobe.errors import InvalidInput
from mlprobe.review.model import PROBE_TYPES, Review
from mlprobe.review.questions import fallback_for, names, short_title

SIGNALS = ["owns_failure", "iterates_in_loops", "specific_tradeoffs", "data_first", "metrics_as_proxies", "post_deployment", "generalizes"]


def slug(text: str, limit: int = 48) -> str:
    """'Kaggle's House Prices' -> 'kaggles-house-prices'; whole words only, at most ``limit`` characters."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("'", "").replace("’", "")).encode("ascii", "ignore").decode()
    out = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text.lower()):
        if out and len(out) + 1 + len(word) > limit:
            break
        out = f"{out}-{word}" if out else word[:limit]
    return out or "untitled"


def project_question(review: Review) -> UserQuestion:
    """The question an interviewer would open a project deep-dive with, plus its follow-ups and constraints."""
    if not review.is_ml_project:
        raise InvalidInput(f"{review.source or 'the write-up'} does not describe a machine-learning project; give the write-up of an ML project")
    return UserQuestion(
        id=f"project-{slug(short_title(review.title))}",
        theme="project",
        level="mid",
        prompt=f"Walk me through {short_title(review.title)}: what you built, the decision that mattered most, and where the project fought back.",
        context=_context(review),
        signals=SIGNALS,
        tutorial_trap=_trap(review),
        follow_ups=_follow_ups(review),
        constraints=constraints(review),
        origin=review.source,
    )


def _follow_ups(review: Review) -> FollowUps:
    grouped: dict[str, list[str]] = {probe: [] for probe in PROBE_TYPES}
    for text, probe in zip(review.questions, review.question_probes):
        grouped[probe].append(text)
    for probe, items in grouped.items():
        if not items:
            items.append(fallback_for(probe, review.title, review.facts, review.elements, review.red_flags))
    return FollowUps(**grouped)


def constraints(review: Review) -> list[Constraint]:
    """2-4 injections that bite on this project: late labels, drift, 10x scale, an early ship date."""
    f = review.facts
    title = short_title(review.title)
    data = f.dataset or f"the data behind {title}"
    metric = f.metric.label if f.metric else "your offline evaluation"
    out = [
        Constraint(
            text=f"Assume the labels for {data} now arrive six weeks late.",
            reprioritizes=f"Evaluating without fresh labels: proxy signals, delayed-label joins, and what {metric} can still tell you meanwhile.",
        ),
        Constraint(
            text=f"Assume the data behind {title} starts drifting after release and nobody tells you.",
            reprioritizes="Monitoring inputs and prediction distributions, a retraining trigger, and a safe fallback while labels catch up.",
        ),
    ]
    if f.scale:
        tools = f" in {names(f.tools, 2)}" if f.tools else ""
        out.append(Constraint(text=f"Assume {f.scale[0]} becomes ten times that, on the same budget.", reprioritizes=f"What breaks first{tools}: cost, training time, serving latency; what to sample, cache or simplify."))
    if f.tools or f.deploy_sentences:
        where = f" on {f.tools[0]}" if f.tools else ""
        out.append(Constraint(text=f"Assume leadership wants {title} shipped in two weeks{where}.", reprioritizes="Cutting scope: the smallest model and the few checks that make shipping safe, and what to delay."))
    return out[:4]


def _context(review: Review) -> str:
    f = review.facts
    parts = [f"Data: {f.dataset}" if f.dataset else "", f"models: {names(f.models)}" if f.models else "", f"reported: {f.metric.label}" if f.metric else ""]
    found = [k.replace("_", " ") for k, e in review.elements.items() if e.found]
    missing = [k.replace("_", " ") for k, e in review.elements.items() if not e.found]
    parts.append(f"the write-up shows {', '.join(found)}" if found else "")
    parts.append(f"it is missing {', '.join(missing)}" if missing else "")
    return "From the candidate's write-up. " + "; ".join(p for p in parts if p) + "."


def _trap(review: Review) -> str:
    f = review.facts
    proof = f" with {f.metric.label} as proof that it worked" if f.metric else ""
    return f"Reciting the README in order (data, model, deployment){proof}, and no moment where the project pushed back."
