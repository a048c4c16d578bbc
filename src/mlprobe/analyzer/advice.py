"""Advice that names a missing signal and shows how to add it to *this* answer."""

from __future__ import annotations

from mlprobe.analyzer.assessment import RedFlag, SignalScore, TalkingPoints
from mlprobe.analyzer.features import AnswerCues, SentenceCues

PRIORITY = ("owns_failure", "data_first", "metrics_as_proxies", "post_deployment", "iterates_in_loops",
            "specific_tradeoffs", "lived_language", "collaboration", "generalizes", "clarity")

HOW = {
    "owns_failure": "say what actually went wrong in your own work — what broke, how you found out, what it cost — calmly and without blaming others",
    "data_first": "say where the data or labels came from and what was wrong with them (a gap, a bias, a change upstream) before you reach for a model",
    "metrics_as_proxies": "say what your metric hid or rewarded: an offline-online gap, a segment the average masked, a number that went up while users were worse off",
    "post_deployment": "say what you watched after launch, which alert fired or which number moved, and what you did about it (rollback, retrain, threshold change)",
    "iterates_in_loops": "tell it as a loop: what you tried, what surprised you, what you changed because of it",
    "specific_tradeoffs": "tie the tradeoff to this context: which users, which error was unacceptable, the threshold or budget with its number, what you gave up",
    "lived_language": "replace 'would' and 'ideally' with what happened: when, what you saw, what you decided",
    "collaboration": "name who you worked with (a role or team), what they needed, and how you negotiated or explained the tradeoff",
    "generalizes": "name the assumption you trust least, or what would break first at 10x or in another domain",
    "clarity": "open with the context and your constraint, then the decision and its cost, and end with what you would do now",
    "adapts_under_pressure": "start from the constraint: say which of your earlier assumptions it breaks, what you now do first, and what you keep from your plan",
}

FLAG_ADVICE = {
    "hypothetical_failure": "You name failure only as a possibility",
    "theory_hedging": "This is phrased as what one would do",
    "keyword_stuffing": "This strings rubric terms together without a story behind them",
    "deployment_bragging": "Deployment tools are named with no consequence",
    "metric_overconfidence": "A metric is offered as proof",
    "sanitized_success": "Everything went well here",
    "generic_tradeoff": "The tradeoff is generic",
}


def _weakest(a: AnswerCues) -> SentenceCues | None:
    """The sentence an interviewer would push on: most theoretical or buzzword-heavy, least specific."""
    if not a.sentences:
        return None
    return max(a.sentences, key=lambda s: (s.modality == "hypothetical") * 2 + s.rubric + s.hedge - s.checkable - s.surprise)


def build(a: AnswerCues, signals: dict[str, SignalScore], flags: list[RedFlag], points: TalkingPoints, wanted: tuple[str, ...] = (), limit: int = 4) -> list[str]:
    if not a.sentences:
        return ["Give an answer to assess: one real situation, what you did, and what happened is enough to start."]
    advice: list[str] = []
    weak = _weakest(a)
    quoted: set[str] = set()
    for flag in flags:
        if flag.id in FLAG_ADVICE and flag.evidence and len(advice) < 2 and flag.evidence[0] not in quoted:
            quoted.add(flag.evidence[0])
            advice.append(f"{FLAG_ADVICE[flag.id]}: “{_clip(flag.evidence[0])}” — {flag.why}")
    order = [s for s in (*wanted, *PRIORITY) if s in signals]
    if signals.get("adapts_under_pressure") and signals["adapts_under_pressure"].score is not None:
        order.insert(0, "adapts_under_pressure")
    for name in dict.fromkeys(order):
        score = signals[name].score
        if score is None or score >= 0.5 or len(advice) >= limit - (1 if points.missed else 0):
            continue
        anchor = f" Where you say “{_clip(weak.text)}”," if weak is not None else ""
        advice.append(f"Missing {name}.{anchor} {HOW[name]}.")
    if points.missed and len(advice) < limit:
        advice.append(f"Not covered: {points.missed[0]}.")
    return advice[:limit] or ["Strong answer. Next time, add what you would not trust about your own result."]


def _clip(text: str, n: int = 140) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
