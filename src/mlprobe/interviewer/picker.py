"""Which question to ask next: the user's request first, then the weakest signals and themes in their
history, poorly answered questions when they are due again, and never a repeat within a session."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from random import Random
from statistics import mean
from typing import Any

from mlprobe.errors import InvalidInput
from mlprobe.vocabulary import SIGNALS

POOR = 2  # a holistic grade at or below this marks a question for review
REVIEW_AFTER = (timedelta(days=1), timedelta(days=3), timedelta(days=7))  # by how often it went poorly


@dataclass
class History:
    """What past sessions say about this candidate, reduced to what the picker needs."""

    signal_means: dict[str, float] = field(default_factory=dict)
    theme_means: dict[str, float] = field(default_factory=dict)
    last_seen: dict[str, datetime] = field(default_factory=dict)
    last_grade: dict[str, int] = field(default_factory=dict)
    poor_count: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_answers(cls, answers: list[tuple[datetime, str, str | None, str | None, dict[str, Any]]]) -> "History":
        """``answers``: (when, session id, question id, theme, assessment) for every stored answer."""
        signals: dict[str, list[float]] = defaultdict(list)
        themes: dict[str, list[float]] = defaultdict(list)
        grades: dict[str, dict[str, int]] = defaultdict(dict)  # question -> session -> worst grade
        h = cls()
        for when, session_id, qid, theme, assessment in sorted(answers, key=lambda a: a[0]):
            for name, value in assessment["signals"].items():
                if value["score"] is not None:
                    signals[name].append(value["score"])
            if theme:
                themes[theme].append(assessment["holistic"])
            if qid:
                h.last_seen[qid] = when
                grades[qid][session_id] = min(assessment["holistic"], grades[qid].get(session_id, 5))
                h.last_grade[qid] = grades[qid][session_id]
        h.poor_count = {q: sum(g <= POOR for g in by_session.values()) for q, by_session in grades.items()}
        h.signal_means = {s: mean(v) for s, v in signals.items()}
        h.theme_means = {t: mean(v) for t, v in themes.items()}
        return h

    def due(self, question_id: str, now: datetime) -> bool:
        if self.last_grade.get(question_id, 5) > POOR:
            return False
        wait = REVIEW_AFTER[min(len(REVIEW_AFTER), self.poor_count.get(question_id, 1)) - 1]
        return now - self.last_seen[question_id] >= wait


def pick(questions: list[Any], history: History, asked: set[str], now: datetime, rng: Random) -> tuple[Any, str]:
    """The next question and the reason, from the questions the user's filters allow."""
    pool = [q for q in questions if q.id not in asked]
    if not pool:
        raise InvalidInput("no questions left that match your filters; widen --theme/--level or lower --questions")
    scored = [(_priority(q, history, now) + rng.random() * 0.3, q) for q in pool]
    best = max(scored, key=lambda pair: (pair[0], pair[1].id))[1]
    return best, _reason(best, history, now)


def _priority(q: Any, history: History, now: datetime) -> float:
    wanted = [s for s in q.signals if s in SIGNALS] or list(SIGNALS)
    weakness = mean(1.0 - history.signal_means.get(s, 0.5) for s in wanted)
    theme = 1.0 - history.theme_means[q.theme] / 5 if q.theme in history.theme_means else 0.6
    score = 2.0 * weakness + 1.0 * theme
    if q.id in history.last_seen:
        score += 3.0 if history.due(q.id, now) else -2.0
    elif not history.last_seen and q.level == "mid":
        score += 0.5  # a first session starts in the middle: neither trivial nor senior-only
    return score


def _reason(q: Any, history: History, now: datetime) -> str:
    if q.id in history.last_seen and history.due(q.id, now):
        return f"review: you answered this poorly on {history.last_seen[q.id]:%Y-%m-%d} (grade {history.last_grade[q.id]})"
    if not history.signal_means:
        return f"first session: a {q.level}-level question on {q.theme.replace('-', ' ')}"
    weakest = sorted((history.signal_means.get(s, 0.5), s) for s in q.signals if s in SIGNALS)[:2]
    listed = ", ".join(f"{s} {v:.2f}" for v, s in weakest)
    theme = "not practised yet" if q.theme not in history.theme_means else f"average grade {history.theme_means[q.theme]:.1f}"
    return f"tests your weakest signals so far ({listed}); theme {q.theme}: {theme}"
