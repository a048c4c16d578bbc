"""The analyzer: what a trained interviewer hears in an answer, with evidence from the candidate's words.

``analyze`` is pure: text in, an ``Assessment`` out. It reads only files shipped inside the package
(the question bank, the embedding model, the trained weights), never the user's files or the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mlprobe.analyzer.assessment import Assessment, Contradiction, TurnInput
from mlprobe.errors import InvalidInput

MAX_ANSWER_CHARS = 20_000  # about 3,000 words: longer pastes are cut, and the assessment says so


def analyze(
    question: str,
    answer: str,
    *,
    question_id: str | None = None,
    previous: Sequence[str] | None = None,
    constraint: str | None = None,
    engine: Any = None,
    bank: Any = None,
) -> Assessment:
    """Assess one answer. ``previous`` holds earlier answers in the session (most recent last);
    ``constraint`` is the injected constraint this answer responds to, if any."""
    from mlprobe.analyzer import registry

    turn = prepare(question, answer, question_id=question_id, previous=previous, constraint=constraint, bank=bank)
    return (engine or registry.default_engine()).assess(turn)


def prepare(
    question: str,
    answer: str,
    *,
    question_id: str | None = None,
    previous: Sequence[str] | None = None,
    constraint: str | None = None,
    bank: Any = None,
) -> TurnInput:
    """Validate and normalise the inputs and attach the bank question's talking points."""
    answer = clean_answer(answer)
    points: tuple[Any, ...] = ()
    wanted: tuple[str, ...] = ()
    if question_id is not None:
        q = _bank(bank).get(question_id)
        question = question or q.prompt
        points, wanted = tuple(q.talking_points), tuple(q.signals)
    return TurnInput(
        question=question or "",
        answer=answer,
        question_id=question_id,
        after_constraint=constraint is not None,
        constraint=constraint,
        previous=tuple(previous or ()),
        talking_points=points,
        wanted_signals=wanted,
    )


def clean_answer(answer: str | bytes) -> str:
    if isinstance(answer, bytes):
        if b"\x00" in answer[:4096]:
            raise InvalidInput("the answer looks like binary data; paste or pipe text")
        try:
            answer = answer.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput("the answer is not UTF-8 text; save it as UTF-8") from None
    if "\x00" in answer:
        raise InvalidInput("the answer contains NUL bytes, which suggests binary data; paste or pipe text")
    return answer[:MAX_ANSWER_CHARS]


def _bank(bank: Any) -> Any:
    if bank is not None:
        return bank
    from mlprobe.bank import load_bank

    return _shipped_bank(load_bank)


_SHIPPED: list[Any] = []


def _shipped_bank(loader: Any) -> Any:
    if not _SHIPPED:
        _SHIPPED.append(loader(None))
    return _SHIPPED[0]


def find_contradictions(answers: Sequence[tuple[int, str]], engine: Any = None) -> list[Contradiction]:
    from mlprobe.analyzer import registry

    return (engine or registry.default_engine()).contradictions(answers)


__all__ = ["Assessment", "Contradiction", "analyze", "find_contradictions", "prepare"]
