"""The report as JSON: the scorecard's fields, the session and the transcript (plots are left out)."""

from __future__ import annotations

import json

from mlprobe.reports.model import Report


def render(report: Report) -> str:
    s = report.session
    payload = {
        "session": {"id": s.id, "created_at": s.created_at, "status": s.status, "seed": s.seed, "engine": s.engine, "options": s.options},
        "scorecard": report.scorecard,
        "turns": [
            {"role": e.role, "kind": _kind(e.kind), "move": e.kind, "question_id": e.question_id, "text": e.text, "reason": e.reason, "assessment": e.assessment}
            for e in report.entries
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _kind(move: str | None) -> str | None:
    """The transcript contract's interviewer kinds: a consistency check is a probe."""
    return "probe" if move == "contradiction" else move
