"""The session dimensions interviewers finally score (DESIGN.md section 2), from per-turn assessments.

Each is a transparent average of signals, so a candidate can see which answers moved it.
"""

from __future__ import annotations

from statistics import mean
from typing import Any

from mlprobe.vocabulary import DIMENSIONS


def _signal(turns: list[dict[str, Any]], *names: str) -> list[float]:
    return [t["signals"][n]["score"] for t in turns for n in names if t["signals"][n]["score"] is not None]


def _avg(values: list[float], default: float = 0.0) -> float:
    return round(mean(values), 4) if values else default


def learning_velocity(turns: list[dict[str, Any]]) -> float:
    """0.5 means flat; above, later answers scored better than earlier ones (after pushback)."""
    if len(turns) < 2:
        return 0.5
    grades = [t["holistic"] for t in turns]
    half = len(grades) // 2
    delta = mean(grades[half:]) - mean(grades[:half])
    return round(min(1.0, max(0.0, 0.5 + delta / 4)), 4)


def comfort_with_uncertainty(turns: list[dict[str, Any]]) -> float:
    adapts = _signal(turns, "adapts_under_pressure")
    flagged = [any(f["id"] in {"evasive", "theory_hedging"} for f in t["red_flags"]) for t in turns]
    steady = 1 - (sum(flagged) / len(flagged) if flagged else 0.0)
    return _avg(adapts + [steady]) if adapts else round(steady * 0.5 + 0.5 * _avg(_signal(turns, "specific_tradeoffs")), 4)


def dimensions(turns: list[dict[str, Any]], contradictions: list[dict[str, Any]] | None = None) -> dict[str, float]:
    if not turns:
        return {d: 0.0 for d in DIMENSIONS}
    penalty = min(0.3, 0.1 * len(contradictions or []))
    return {
        "judgment": _avg(_signal(turns, "data_first", "metrics_as_proxies", "specific_tradeoffs", "post_deployment")),
        "learning_velocity": learning_velocity(turns),
        "comfort_with_uncertainty": comfort_with_uncertainty(turns),
        "decision_ownership": round(max(0.0, _avg(_signal(turns, "owns_failure", "specific_tradeoffs", "lived_language")) - penalty), 4),
        "generalization": _avg(_signal(turns, "generalizes")),
    }
