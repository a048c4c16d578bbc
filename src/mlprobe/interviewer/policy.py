"""The interviewer's policy: after each answer, the next move and the reason for it.

A pure function of the session so far (options, seed, stored turns, contradictions found, history),
so a session is reproducible from its seed and a resumed session continues exactly where it stopped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from random import Random
from typing import Any

from mlprobe.interviewer import probes
from mlprobe.interviewer.moves import Move, PracticeOptions
from mlprobe.interviewer.picker import History, pick
from mlprobe.vocabulary import SIGNALS

SOLID = 3  # holistic grade from which an answer "holds up"
VAGUE_LIVED = 0.4


@dataclass
class SessionView:
    """What the policy may see. ``turns`` are stored turns (role, text, thread, move, assessment…)."""

    options: PracticeOptions
    seed: int
    turns: list[Any]
    catalog: dict[str, Any]
    pool: list[Any]
    history: History = field(default_factory=History)
    contradictions: list[dict[str, Any]] = field(default_factory=list)
    now: datetime = field(default_factory=datetime.now)
    elapsed_s: float = 0.0

    def thread_turns(self, thread: int) -> list[Any]:
        return [t for t in self.turns if t.thread == thread]


def next_move(view: SessionView) -> Move:
    rng = Random(f"{view.seed}:{len(view.turns)}")
    if not view.turns:
        return _new_question(view, rng, 1, "")
    last = view.turns[-1]
    thread = last.thread
    turns = view.thread_turns(thread)
    moves = [Move.from_record(t.move) for t in turns if t.role == "interviewer"]
    answers = [t for t in turns if t.role == "candidate"]
    depth = len(moves) - 1
    question = view.catalog.get(moves[0].question_id or "")

    contradiction = _unprobed_contradiction(view, last.seq)
    if contradiction is not None:
        return _contradiction(contradiction, moves[0], thread)
    if view.options.minutes and view.elapsed_s >= view.options.minutes * 60:
        return Move("end", "That's our time.", f"time budget of {view.options.minutes:g} minutes used", thread=thread)
    edge = _edge(answers, depth)
    if edge:
        return _move_on(view, rng, thread, f"edge reached: {edge}")
    if _wants_constraint(view.options, answers, moves, depth):
        return _constraint(question, moves, answers, rng, thread)
    if depth >= view.options.max_depth:
        return _move_on(view, rng, thread, f"depth limit: {depth} follow-ups on this question")
    # Never ask again what was asked in this session (a follow-up keeps its words after the quote).
    asked = {t.text.split('". ', 1)[-1] for t in view.turns if t.role == "interviewer"} | {q.prompt for q in view.pool}
    return _probe(question, moves, answers, rng, thread, asked)


def _new_question(view: SessionView, rng: Random, thread: int, why: str) -> Move:
    asked = {Move.from_record(t.move).question_id for t in view.turns if t.role == "interviewer"}
    if thread == 1 and view.options.question_id:
        q, reason = view.catalog[view.options.question_id], "you asked for this question"
    else:
        q, reason = pick(view.pool, view.history, {a for a in asked if a}, view.now, rng)
    text = q.prompt if not getattr(q, "context", None) else f"{q.context.strip()}\n\n{q.prompt}"
    return Move("question", text, f"{why}; next: {reason}" if why else reason, question_id=q.id, thread=thread)


def _move_on(view: SessionView, rng: Random, thread: int, why: str) -> Move:
    if thread >= view.options.questions:
        return Move("end", "That's all my questions.", f"{why}; all {view.options.questions} questions asked", thread=thread)
    return _new_question(view, rng, thread + 1, why)


def _edge(answers: list[Any], depth: int) -> str | None:
    """Where the candidate's experience runs out: evasive, vague after pushback, or no longer improving."""
    last = answers[-1].assessment
    grade = last["holistic"]
    if not answers[-1].text.strip() or any(f["id"] == "evasive" for f in last["red_flags"]):
        return "the answer was empty or evasive"
    if depth >= 1 and grade < SOLID and last["lived_experience"] < VAGUE_LIVED:
        return f"the answer turned vague after the follow-up (grade {grade}, lived {last['lived_experience']:.2f})"
    best_before = max(a.assessment["holistic"] for a in answers[:-1]) if len(answers) > 1 else None
    if depth >= 2 and best_before is not None and grade < best_before:
        return f"answers stopped improving (grade {best_before} earlier, {grade} now)"
    return None


def _wants_constraint(options: PracticeOptions, answers: list[Any], moves: list[Move], depth: int) -> bool:
    injected = sum(m.kind == "constraint" for m in moves)
    grade = answers[-1].assessment["holistic"]
    if options.pressure:
        return injected == 0 or (injected == 1 and depth >= 2 and moves[-1].kind != "constraint")
    return injected == 0 and depth >= 1 and grade >= SOLID


def _constraint(question: Any, moves: list[Move], answers: list[Any], rng: Random, thread: int) -> Move:
    used = {m.quote for m in moves if m.kind == "constraint"}
    own = [c.text for c in getattr(question, "constraints", None) or []]
    pool = [c for c in own or probes.GENERIC_CONSTRAINTS if c not in used] or list(probes.GENERIC_CONSTRAINTS)
    chosen = rng.choice(pool)
    grade = answers[-1].assessment["holistic"]
    reason = f"the answer held up (grade {grade}); injecting a constraint{' from this question' if own else ''} to see whether you adapt or restart"
    return Move("constraint", probes.constraint_text(chosen), reason, question_id=moves[0].question_id, thread=thread, probe="constraint", target_signal="adapts_under_pressure", quote=chosen)


def _probe(question: Any, moves: list[Move], answers: list[Any], rng: Random, thread: int, asked: set[str]) -> Move:
    signal, strengths = _weakest(question, moves, answers)
    said = " ".join(a.text for a in answers)
    follow = probes.follow_up_text(signal, question, asked, rng, said)
    quoted = {m.quote for m in moves if m.quote}
    sentence = probes.pick_quote(answers[-1].text, signal, quoted)
    quote = probes.shorten(sentence, signal) if sentence else None
    others = ", ".join(f"{s} {v:.2f}" for s, v in sorted(strengths[1:], key=lambda p: p[1])[:3])
    reason = f"weakest signal this question tests: {signal} {strengths[0][1]:.2f}" + (f" (also weak: {others})" if others else "")
    if quote:
        reason += "; quoting the claim it should test"
    return Move("probe", probes.quoted_probe(quote, follow), reason, question_id=moves[0].question_id, thread=thread, probe=probes.probe_for(signal), target_signal=signal, quote=sentence)


def _weakest(question: Any, moves: list[Move], answers: list[Any]) -> tuple[str, list[tuple[str, float]]]:
    """The relevant signal the candidate has shown least in this thread, not yet probed here."""
    wanted = [s for s in getattr(question, "signals", None) or [] if s in probes.SIGNAL_PROBES]
    relevant = wanted + [s for s in SIGNALS if s in probes.SIGNAL_PROBES and s not in wanted]
    probed = {m.target_signal for m in moves}
    shown = {s: max(a.assessment["signals"][s]["score"] or 0.0 for a in answers) for s in relevant}
    open_ = [s for s in relevant if s not in probed] or relevant
    # The question's own signals first; a generic one only when it is clearly weaker.
    ranked = sorted(open_, key=lambda s: (shown[s] + (0.0 if s in wanted or not wanted else 0.25), relevant.index(s)))
    listed = [s for s in ranked if s in wanted or not wanted]
    return ranked[0], [(ranked[0], shown[ranked[0]])] + [(s, shown[s]) for s in listed if s != ranked[0]]


def _unprobed_contradiction(view: SessionView, last_seq: int) -> dict[str, Any] | None:
    probed = {tuple(Move.from_record(t.move).claims) for t in view.turns if t.role == "interviewer"}
    for c in view.contradictions:
        if last_seq in c["turns"] and tuple(c["claims"]) not in probed:
            return c
    return None


def _contradiction(c: dict[str, Any], opening: Move, thread: int) -> Move:
    claims = tuple(c["claims"])
    reason = f"consistency: {c['why']}"
    return Move("contradiction", probes.contradiction_text(claims), reason, question_id=opening.question_id, thread=thread, probe="contradiction", claims=claims)
