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

# When a sentence already reaches for the signal, what it still lacks (the rest use HOW).
HOW_NEAR = {
    "collaboration": "say what that person or team needed, where you disagreed, and how you settled it",
    "specific_tradeoffs": "put numbers on both sides: what you gave up, what you got for it, and who accepted the cost",
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


def _weakness(s: SentenceCues) -> int:
    """How hard an interviewer would push on a sentence: theoretical or buzzword-heavy, not specific."""
    return (s.modality == "hypothetical") * 2 + s.rubric + s.hedge - s.checkable - s.surprise


# Signals that belong at the end of a story (what carried over, what happened after launch), so the
# advice attaches them after the last sentence when no sentence reaches for them already.
_AT_THE_END = ("generalizes", "post_deployment")


def _anchors(a: AnswerCues, names: list[str], quoted: set[str]) -> dict[str, str]:
    """Where in *this* answer each missing signal would go, as the advice's opening. First the sentences
    that come closest to a signal (its words without the substance); then, for the others, after the
    last sentence or at the weakest sentence that no other advice quotes yet."""
    out: dict[str, str] = {}
    for name in names:
        near = [s for s in a.sentences if s.lexicon.get(name)]
        if near:
            best = max(near, key=lambda s: (s.text not in quoted, s.lexicon[name], s.checkable))
            quoted.add(best.text)
            out[name] = f"The closest you come is “{_clip(best.text)}”: {HOW_NEAR.get(name, HOW[name])}."
    for name in names:
        if name in out:
            continue
        if name in _AT_THE_END:
            out[name] = f"After “{_clip(a.sentences[-1].text)}”, {HOW[name]}."
            continue
        weakest = max([s for s in a.sentences if s.text not in quoted] or a.sentences, key=_weakness)
        quoted.add(weakest.text)
        out[name] = f"Where you say “{_clip(weakest.text)}”, {HOW[name]}."
    return out


def build(a: AnswerCues, signals: dict[str, SignalScore], flags: list[RedFlag], points: TalkingPoints, wanted: tuple[str, ...] = (), limit: int = 4) -> list[str]:
    if not a.sentences:
        return ["Give an answer to assess: one real situation, what you did, and what happened is enough to start."]
    advice: list[str] = []
    quoted: set[str] = set()
    for flag in flags:
        if flag.id in FLAG_ADVICE and flag.evidence and len(advice) < 2 and flag.evidence[0] not in quoted:
            quoted.add(flag.evidence[0])
            advice.append(f"{FLAG_ADVICE[flag.id]}: “{_clip(flag.evidence[0])}” — {flag.why}")
    order = [s for s in (*wanted, *PRIORITY) if s in signals]
    if signals.get("adapts_under_pressure") and signals["adapts_under_pressure"].score is not None:
        order.insert(0, "adapts_under_pressure")
    room = max(0, limit - len(advice) - (1 if points.missed else 0))
    missing = [name for name in dict.fromkeys(order) if signals[name].score is not None and signals[name].score < 0.5][:room]
    anchors = _anchors(a, missing, quoted)
    advice.extend(f"Missing {name}. {anchors[name]}" for name in missing)
    if points.missed and len(advice) < limit:
        advice.append(f"Not covered: {points.missed[0]}.")
    return advice[:limit] or ["Strong answer. Next time, add what you would not trust about your own result."]


def _clip(text: str, n: int = 140) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
