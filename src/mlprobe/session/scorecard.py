"""The scorecard at the end of a practice session: per-signal summary with best and worst evidence,
the session dimensions, contradictions, the three things to practise (each with an exercise) and the
questions to revisit. Pure: built from the stored turns alone, so a report can always rebuild it."""

from __future__ import annotations

from statistics import mean
from typing import Any

from mlprobe.analyzer.text import sentences
from mlprobe.session.dimensions import dimensions
from mlprobe.vocabulary import SIGNALS

EXERCISES: dict[str, str] = {
    "owns_failure": "Write five sentences about one thing that actually went wrong in your work: what broke, how you noticed, what it cost, what you changed, what you would still do differently. Open your next answer to {q} with them.",
    "data_first": "Before naming any model, answer {q} again starting with the data: where it came from, how labels were made, one gap or bias you found, and how it shifted after launch.",
    "metrics_as_proxies": "Take the metric you relied on in {q} and write down one way it misled or could mislead: a segment the average hid, an offline-online gap, or what it rewarded that users did not want.",
    "iterates_in_loops": "Retell your answer to {q} as a loop: first attempt, what surprised you, what you changed, how you checked the change. Cut any step that did not change a decision.",
    "specific_tradeoffs": "For {q}, name one tradeoff with its numbers: which users, which threshold or budget, what you gave up, and who would have disagreed.",
    "post_deployment": "For {q}, write what you watched after launch: the dashboard or alert, the number that moved, and the rollback or retrain decision it triggered.",
    "adapts_under_pressure": "Re-answer {q} under one of its constraints: first say which earlier assumption the constraint breaks, then what you do first now, and what you keep.",
    "lived_language": "Record yourself answering {q} and replace every 'would', 'ideally' and 'typically' with what actually happened: when, what you saw, what you decided.",
    "clarity": "Answer {q} in four labelled parts — context, constraint, decision, cost — in under two minutes.",
    "collaboration": "For {q}, name the people involved by role, what each needed, and one moment a requirement changed and how you explained the tradeoff.",
    "generalizes": "For {q}, list the assumption you trust least, what breaks first at 10x, and which part would carry to another domain.",
}
POOR = 2


def build(turns: list[Any], contradictions: list[dict[str, Any]], catalog: dict[str, Any] | None = None) -> dict[str, Any]:
    """``turns``: stored turns in order (interviewer moves and assessed candidate answers)."""
    answers = [t for t in turns if t.role == "candidate" and t.assessment]
    assessments = [t.assessment for t in answers]
    dims = dimensions(assessments, contradictions)
    dims["learning_velocity"] = learning_velocity(turns)
    signals = {s: _signal_summary(s, answers) for s in SIGNALS}
    threads = _threads(turns)
    return {
        "answers": len(answers),
        "holistic": round(mean(a["holistic"] for a in assessments), 2) if assessments else None,
        "lived_experience": round(mean(a["lived_experience"] for a in assessments), 3) if assessments else None,
        "signals": signals,
        "dimensions": dims,
        "contradictions": contradictions,
        "practise": _practise(signals, threads, catalog or {}),
        "revisit": [t for t in threads if t["worst_grade"] is not None and t["worst_grade"] <= POOR],
        "questions": threads,
    }


def learning_velocity(turns: list[Any]) -> float:
    """0.5 is flat; above it, answers after pushback (follow-up, constraint, contradiction) improved on
    the answer before them in the same question."""
    deltas = []
    last_grade: dict[int, int] = {}
    pushed = False
    for t in turns:
        if t.role == "interviewer":
            pushed = bool(t.move) and t.move.get("kind") in ("probe", "constraint", "contradiction")
        elif t.assessment:
            if pushed and t.thread in last_grade:
                deltas.append(t.assessment["holistic"] - last_grade[t.thread])
            last_grade[t.thread] = t.assessment["holistic"]
    if not deltas:
        return 0.5
    return round(min(1.0, max(0.0, 0.5 + mean(deltas) / 4)), 4)


def _signal_summary(signal: str, answers: list[Any]) -> dict[str, Any]:
    scored = [(t.assessment["signals"][signal]["score"], t) for t in answers if t.assessment["signals"][signal]["score"] is not None]
    if not scored:
        return {"mean": None, "answers": 0, "best": None, "worst": None}
    best_score, best = max(scored, key=lambda p: (p[0], -p[1].seq))
    worst_score, worst = min(scored, key=lambda p: (p[0], p[1].seq))
    evidence = best.assessment["signals"][signal]["evidence"]
    return {
        "mean": round(mean(s for s, _ in scored), 4),
        "answers": len(scored),
        "best": {"turn": best.seq, "thread": best.thread, "score": best_score, "quote": evidence[0] if evidence else None},
        "worst": {"turn": worst.seq, "thread": worst.thread, "score": worst_score, "quote": _first_sentence(worst.text)},
    }


def _first_sentence(text: str) -> str:
    found = sentences(text)
    return found[0] if found else ""


def _threads(turns: list[Any]) -> list[dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for t in turns:
        entry = out.setdefault(t.thread, {"thread": t.thread, "question_id": t.question_id, "prompt": None, "grades": [], "moves": []})
        if t.role == "interviewer" and t.move:
            if t.move.get("kind") == "question":
                entry["prompt"] = t.text
            entry["moves"].append(t.move.get("kind"))
        elif t.assessment:
            entry["grades"].append(t.assessment["holistic"])
    for entry in out.values():
        entry["worst_grade"] = min(entry["grades"]) if entry["grades"] else None
        entry["best_grade"] = max(entry["grades"]) if entry["grades"] else None
        entry["follow_ups"] = max(0, len(entry["moves"]) - 1)
    return list(out.values())


def _practise(signals: dict[str, dict[str, Any]], threads: list[dict[str, Any]], catalog: dict[str, Any]) -> list[dict[str, Any]]:
    ranked = sorted((v["mean"], s) for s, v in signals.items() if v["mean"] is not None)
    out = []
    for score, signal in ranked[:3]:
        worst = signals[signal]["worst"]
        thread = next((t for t in threads if worst and t["thread"] == worst["thread"]), None)
        name = f"'{thread['question_id']}'" if thread else "your weakest question"
        command = f"mlprobe practice --question-id {thread['question_id']}" if thread and thread["question_id"] in catalog else None
        out.append({"signal": signal, "mean": score, "exercise": EXERCISES[signal].format(q=name), "command": command})
    return out

