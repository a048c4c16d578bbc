"""The interviewer's policy on hand-made sessions: edges, depth, constraints, picking, determinism."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from random import Random
from types import SimpleNamespace
from typing import Any

import pytest

from mlprobe.bank import load_bank
from mlprobe.interviewer import History, Move, PracticeOptions, SessionView, next_move
from mlprobe.interviewer.picker import pick
from mlprobe.vocabulary import SIGNALS

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
BANK = load_bank()
QID = "perf-drop-after-deployment"


def assessment(grade: int, lived: float = 0.8, low: str | None = None, flags: tuple[str, ...] = (), adapts: float | None = None) -> dict[str, Any]:
    signals = {s: {"score": 0.6, "evidence": []} for s in SIGNALS}
    signals["adapts_under_pressure"] = {"score": adapts, "evidence": []}
    if low:
        signals[low]["score"] = 0.05
    return {"holistic": grade, "lived_experience": lived, "signals": signals, "red_flags": [{"id": f, "evidence": []} for f in flags]}


class Session:
    """Builds stored-turn look-alikes the policy reads."""

    def __init__(self, options: PracticeOptions | None = None) -> None:
        self.options = options or PracticeOptions(question_id=QID)
        self.turns: list[Any] = []

    def view(self, **extra: Any) -> SessionView:
        catalog = {q.id: q for q in BANK.questions}
        return SessionView(self.options, 5, self.turns, catalog, BANK.filter(), now=NOW, **extra)

    def ask(self) -> Move:
        move = next_move(self.view())
        if move.kind != "end":
            self.turns.append(SimpleNamespace(seq=len(self.turns), role="interviewer", text=move.text, thread=move.thread, move=move.record(), assessment=None, question_id=move.question_id))
        return move

    def answer(self, text: str, a: dict[str, Any]) -> None:
        thread = self.turns[-1].thread
        self.turns.append(SimpleNamespace(seq=len(self.turns), role="candidate", text=text, thread=thread, move=None, assessment=a, question_id=None))


ANSWER = "Our precision dropped from 0.82 to 0.61 after a release. We rolled back and added a drift check."


def test_first_move_is_the_requested_question() -> None:
    move = Session().ask()
    assert move.kind == "question" and move.question_id == QID and BANK.get(QID).prompt in move.text


def test_the_question_asked_never_gives_away_what_the_interviewer_listens_for() -> None:
    noted = [q for q in BANK.questions if getattr(q, "listens_for", None)]
    assert len(noted) >= 10
    for q in noted:
        text = Session(PracticeOptions(question_id=q.id)).ask().text
        assert q.prompt in text and q.listens_for not in text and "The interviewer" not in text, q.id
        assert not (q.context or "").startswith("The interviewer"), q.id


def test_a_follow_up_targets_the_weakest_signal_of_the_question_and_quotes_the_answer() -> None:
    s = Session()
    s.ask()
    s.answer(ANSWER, assessment(3, low="metrics_as_proxies"))
    move = s.ask()
    assert move.kind == "probe" and move.target_signal == "metrics_as_proxies"
    assert move.quote in ANSWER and "0.82" in move.quote and move.text.startswith('You said "')
    assert "metrics_as_proxies" in move.reason


def test_an_evasive_answer_is_the_edge_and_the_interview_moves_on() -> None:
    s = Session()
    s.ask()
    s.answer("I don't know.", assessment(1, 0.0, flags=("evasive",)))
    move = s.ask()
    assert move.kind == "question" and move.thread == 2 and move.question_id != QID
    assert move.reason.startswith("edge reached: the answer was empty or evasive")


def test_a_constraint_arrives_after_the_first_solid_follow_up_answer_not_before() -> None:
    s = Session()
    s.ask()
    s.answer(ANSWER, assessment(4, low="owns_failure"))
    assert s.ask().kind == "probe"  # a solid opening answer is probed first
    s.answer(ANSWER + " The fraud team noticed first.", assessment(4, low="generalizes"))
    move = s.ask()
    assert move.kind == "constraint" and move.quote in [c.text for c in BANK.get(QID).constraints]


def test_pressure_injects_a_constraint_right_after_the_first_answer_even_a_weak_one() -> None:
    s = Session(PracticeOptions(question_id=QID, pressure=True))
    s.ask()
    s.answer(ANSWER, assessment(2, 0.5))
    assert s.ask().kind == "constraint"


def test_vague_answer_after_a_follow_up_ends_the_question() -> None:
    s = Session()
    s.ask()
    s.answer(ANSWER, assessment(3, low="owns_failure"))
    s.ask()
    s.answer("It depends on many things really.", assessment(2, 0.1))
    move = s.ask()
    assert move.kind == "question" and "turned vague" in move.reason


def test_depth_limit_moves_on_and_the_last_question_ends_the_session() -> None:
    s = Session(PracticeOptions(question_id=QID, questions=1))
    s.ask()
    kinds = []
    for n in range(10):
        s.answer(f"{ANSWER} Detail number {n}.", assessment(4, low=None))
        move = s.ask()
        kinds.append(move.kind)
        if move.kind == "end":
            break
    assert kinds[-1] == "end" and "depth limit: 3 follow-ups" in move.reason
    assert len(kinds) == 4 and "constraint" in kinds


def test_time_budget_ends_the_session() -> None:
    s = Session(PracticeOptions(question_id=QID, minutes=5))
    s.ask()
    s.answer(ANSWER, assessment(4))
    move = next_move(s.view(elapsed_s=301))
    assert move.kind == "end" and "5 minutes" in move.reason


def test_a_contradiction_is_probed_once_with_both_claims() -> None:
    s = Session()
    s.ask()
    s.answer("We served 2M daily users.", assessment(4))
    s.ask()
    s.answer("It was a pilot with 300 people.", assessment(3))
    found = [{"turns": [1, 3], "claims": ["2M daily users", "300 people"], "why": "the number of users differs"}]
    move = next_move(s.view(contradictions=found))
    assert move.kind == "contradiction" and "2M daily users" in move.text and "300 people" in move.text
    s.turns.append(SimpleNamespace(seq=4, role="interviewer", text=move.text, thread=1, move=move.record(), assessment=None, question_id=QID))
    s.answer("It was the pilot; the 2M figure was the whole product.", assessment(3))
    assert next_move(s.view(contradictions=found)).kind != "contradiction"


def test_same_seed_and_answers_give_the_same_moves() -> None:
    def run() -> list[str]:
        s = Session(PracticeOptions())
        texts = [s.ask().text]
        for grade in (4, 3, 4, 1, 4):
            s.answer(ANSWER, assessment(grade, low="collaboration", flags=("evasive",) if grade == 1 else ()))
            texts.append(s.ask().text)
        return texts

    assert run() == run()


def poor_history(days_ago: float) -> History:
    when = NOW - timedelta(days=days_ago)
    return History.from_answers([(when, "s1", QID, "drift_monitoring", assessment(2))])


def test_a_poorly_answered_question_comes_back_when_due() -> None:
    q, reason = pick(BANK.filter(), poor_history(2), set(), NOW, Random(1))
    assert q.id == QID and reason.startswith("review:")


def test_a_poorly_answered_question_is_not_repeated_before_it_is_due() -> None:
    q, _ = pick(BANK.filter(), poor_history(0.5), set(), NOW, Random(1))
    assert q.id != QID


def test_the_picker_prefers_questions_that_test_the_weakest_signals() -> None:
    h = History(signal_means={s: (0.0 if s == "collaboration" else 0.9) for s in SIGNALS}, theme_means={})
    chosen = [pick(BANK.filter(), h, set(), NOW, Random(seed))[0] for seed in range(5)]
    assert all("collaboration" in q.signals for q in chosen)


def test_no_repeats_within_a_session_and_a_clear_error_when_the_pool_runs_out() -> None:
    pool = BANK.filter(theme="leakage")
    assert len(pool) == 8
    asked: set[str] = set()
    for _ in pool:
        q, _ = pick(pool, History(), asked, NOW, Random(0))
        assert q.id not in asked
        asked.add(q.id)
    from mlprobe.errors import InvalidInput

    with pytest.raises(InvalidInput, match="no questions left"):
        pick(pool, History(), asked, NOW, Random(0))
