"""What every report format shows: the session, its transcript with the reasons for each move and the
evidence found in each answer, the scorecard, and the plots."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mlprobe.session import scorecard as scorecards
from mlprobe.store import StoredSession
from mlprobe.vocabulary import SIGNALS


@dataclass
class Entry:
    role: str
    text: str
    kind: str | None
    question_id: str | None = None
    reason: str | None = None
    assessment: dict[str, Any] | None = None
    spans: list[tuple[str, str, str]] = field(default_factory=list)  # (quote, "signal" | "flag", name)


@dataclass
class Report:
    session: StoredSession
    entries: list[Entry]
    scorecard: dict[str, Any]
    plots: dict[str, bytes]


def build_report(session: StoredSession, with_plots: bool = True) -> Report:
    card = session.scorecard or scorecards.build(session.turns, _contradictions(session), None)
    entries = [_entry(t) for t in session.turns]
    plots: dict[str, bytes] = {}
    if with_plots and session.answers:
        from mlprobe.reports import plots as charts

        plots = {"signals": charts.session_signals(card), "grades": charts.session_grades(session)}
    return Report(session, entries, card, plots)


def _entry(turn: Any) -> Entry:
    if turn.role == "interviewer":
        move = turn.move or {}
        return Entry("interviewer", turn.text, move.get("kind", turn.kind), turn.question_id, move.get("reason"))
    a = turn.assessment or {}
    spans = [(q, "signal", s) for s in SIGNALS for q in (a.get("signals", {}).get(s, {}).get("evidence") or [])]
    spans += [(q, "flag", f["id"]) for f in a.get("red_flags", []) for q in f.get("evidence", [])]
    return Entry("candidate", turn.text, None, turn.question_id, None, a, [s for s in spans if s[0] and s[0] in turn.text])


def _contradictions(session: StoredSession) -> list[dict[str, Any]]:
    """A paused session has no stored scorecard; its contradictions are recomputed by the engine."""
    from mlprobe.analyzer import find_contradictions

    answers = [(t.seq, t.text) for t in session.answers if t.text.strip()]
    return [c.model_dump(exclude_none=True) for c in find_contradictions(answers)] if len(answers) > 1 else []


def segments(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, tuple[str, str] | None]]:
    """Split ``text`` into plain and highlighted pieces; overlapping spans keep the first found."""
    marks: list[tuple[int, int, str, str]] = []
    for quote, kind, name in spans:
        start = text.find(quote)
        if start >= 0 and all(start >= e or start + len(quote) <= s for s, e, _, _ in marks):
            marks.append((start, start + len(quote), kind, name))
    out: list[tuple[str, tuple[str, str] | None]] = []
    pos = 0
    for start, end, kind, name in sorted(marks):
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], (kind, name)))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out
