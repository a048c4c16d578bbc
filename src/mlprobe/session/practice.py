"""A practice session, run: the interviewer asks, the candidate answers, the analyzer listens, and
every turn is committed to the store before the next move, so an interrupted session can resume."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from mlprobe.analyzer import MAX_ANSWER_CHARS, clean_answer, prepare
from mlprobe.analyzer.text import looks_foreign
from mlprobe.bank import Bank
from mlprobe.bank.schema import UserQuestion
from mlprobe.errors import InvalidInput
from mlprobe.interviewer import History, Move, PracticeOptions, SessionView, next_move
from mlprobe.session import scorecard
from mlprobe.session.answers import Answer, AnswerSource
from mlprobe.store import Store, StoredSession, StoredTurn



def _preload_contradictions() -> None:
    """The contradiction rules take about half a second to compile: load them while the candidate reads and
    answers the first question, so the move after the second answer does not wait for them."""
    threading.Thread(target=importlib.import_module, args=("mlprobe.analyzer.contradictions",), daemon=True, name="mlprobe-preload").start()


class PracticeUI(Protocol):
    def intro(self, session: StoredSession, options: PracticeOptions, resumed: bool) -> None: ...
    def ask(self, move: Move, options: PracticeOptions) -> None: ...
    def note(self, text: str) -> None: ...
    def feedback(self, assessment: dict[str, Any]) -> None: ...
    def paused(self, session_id: str, reason: str) -> None: ...
    def finished(self, session: StoredSession, card: dict[str, Any], end: Move) -> None: ...


@dataclass
class Practice:
    """Everything a session touches, injected: the store, the engine, the screen, the answers, the clock."""

    store: Store
    bank: Bank
    ui: PracticeUI
    answers: AnswerSource
    engine_factory: Callable[[], Any]
    clock: Callable[[], datetime]
    _engine: Any = field(default=None, init=False)

    @property
    def engine(self) -> Any:
        if self._engine is None:
            self._engine = self.engine_factory()
        return self._engine

    def start(self, options: PracticeOptions, seed: int, engine_id: str) -> str:
        from mlprobe import __version__

        return self.store.create_session(seed=seed, options=options.model_dump(), engine=engine_id, version=__version__)

    def run(self, session_id: str, resumed: bool = False) -> str:
        """Run until the interview ends ('finished') or the answers stop ('paused')."""
        session = self.store.load(session_id)
        options = PracticeOptions(**session.options)
        catalog = self._catalog(options)
        view = SessionView(options, session.seed, session.turns, catalog, self._pool(options, catalog), self._history(session.id, catalog), now=self.clock())
        view.contradictions = self._contradictions(session.turns) if session.answers else []
        self.ui.intro(session, options, resumed)
        _preload_contradictions()
        try:
            return self._loop(session, options, view, Bank(list(catalog.values())))
        except KeyboardInterrupt:
            self.store.set_status(session.id, "paused")
            self.ui.paused(session.id, "interrupted")
            raise

    def _loop(self, session: StoredSession, options: PracticeOptions, view: SessionView, bank: Bank) -> str:
        turns = session.turns
        while True:
            view.elapsed_s = sum(t.elapsed_s or 0.0 for t in turns if t.role == "candidate")
            if turns and turns[-1].role == "interviewer":
                move = Move.from_record(turns[-1].move or {})
            else:
                move = next_move(view)
                if move.kind == "end":
                    return self._finish(session, view, move)
                turns.append(self.store.add_turn(session.id, _interviewer_turn(len(turns), move)))
            self.ui.ask(move, options)
            answer = self.answers.next(move)
            if answer is None:
                self.store.set_status(session.id, "paused")
                self.ui.paused(session.id, "paused")
                return "paused"
            turns.append(self.store.add_turn(session.id, self._answer_turn(turns, move, answer, bank)))
            view.contradictions = self._contradictions(turns)
            if options.feedback == "now":
                self.ui.feedback(turns[-1].assessment or {})

    def _answer_turn(self, turns: list[StoredTurn], move: Move, answer: Answer, bank: Bank) -> StoredTurn:
        text, notes = _checked(answer)
        for note in notes:
            self.ui.note(note)
        # As `mlprobe assess` reads a transcript: a constraint is assessed against the last question or
        # follow-up before it, so a stored session and its exported transcript score the same.
        asked = [t for t in turns if t.thread == move.thread and t.role == "interviewer" and t.kind != "constraint"]
        question = asked[-1].text
        previous = [t.text for t in turns if t.role == "candidate"]
        qid = move.question_id if move.question_id in bank else None
        inputs = prepare(question, text, question_id=qid, previous=previous, constraint=move.text if move.kind == "constraint" else None, bank=bank)
        assessment = self.engine.assess(inputs).contract()
        if notes:
            assessment["notes"] = notes
        return StoredTurn(len(turns), "candidate", text, move.thread, None, move.question_id, None, assessment, round(answer.elapsed_s, 3))

    def _finish(self, session: StoredSession, view: SessionView, end: Move) -> str:
        card = scorecard.build(session.turns, view.contradictions, view.catalog)
        card["ended_because"] = end.reason
        self.store.finish(session.id, card)
        self.ui.finished(session, card, end)
        return "finished"

    def _contradictions(self, turns: list[StoredTurn]) -> list[dict[str, Any]]:
        answers = [(t.seq, t.text) for t in turns if t.role == "candidate" and t.text.strip()]
        return [c.model_dump(exclude_none=True) for c in self.engine.contradictions(answers)] if len(answers) > 1 else []

    def _catalog(self, options: PracticeOptions) -> dict[str, Any]:
        catalog = {q.id: q for q in self.bank.questions}
        for data in options.project_questions:
            q = UserQuestion(**data)
            catalog[q.id] = q
        return catalog

    def _pool(self, options: PracticeOptions, catalog: dict[str, Any]) -> list[Any]:
        if options.project_questions:
            return [catalog[d["id"]] for d in options.project_questions]
        pool = [q for q in self.bank.filter(theme=options.theme, level=options.level) if q.source == "bank" or options.theme]
        if not pool:
            raise InvalidInput(f"no questions match theme={options.theme!r} level={options.level!r}; see 'mlprobe questions themes'")
        return pool

    def _history(self, current: str, catalog: dict[str, Any]) -> History:
        answers = []
        for past in self.store.load_all():
            for t in past.answers:
                if past.id != current and t.assessment:
                    theme = getattr(catalog.get(t.question_id or ""), "theme", None)
                    answers.append((datetime.fromisoformat(t.created_at), past.id, t.question_id, theme, t.assessment))
        return History.from_answers(answers)


def _interviewer_turn(seq: int, move: Move) -> StoredTurn:
    kind = "probe" if move.kind == "contradiction" else move.kind
    return StoredTurn(seq, "interviewer", move.text, move.thread, kind, move.question_id, move.record())


def _checked(answer: Answer) -> tuple[str, list[str]]:
    """The answer as it will be assessed and stored, and what the candidate should know about it."""
    notes = [answer.note] if answer.note else []
    try:
        text = clean_answer(answer.text)
    except InvalidInput as exc:
        return "", [*notes, f"{exc}; recorded as no answer"]
    if len(answer.text) > MAX_ANSWER_CHARS:
        notes.append(f"your answer was {len(answer.text):,} characters; only the first {MAX_ANSWER_CHARS:,} were kept and assessed")
    if not text.strip() and not answer.note:
        notes.append("no answer given; the interviewer moves on")
    if looks_foreign(text):
        notes.append("this does not look like English; mlprobe's analyzer is trained on English answers, so treat its scores as rough")
    return text, notes
