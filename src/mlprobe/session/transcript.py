"""Transcripts in the ``mlprobe assess`` format (DESIGN.md section 3) and their assessment."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlprobe.analyzer import prepare
from mlprobe.analyzer.engine import Engine
from mlprobe.errors import InvalidInput
from mlprobe.session.dimensions import dimensions

_CONSTRAINT = re.compile(r"^\s*(?:now\s+|ok(?:ay)?,?\s+|and\s+)?(?:assume|suppose|imagine|let's say|what if|say that|now the|new constraint)\b", re.I)


class Turn(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["interviewer", "candidate"]
    text: str
    kind: Literal["question", "probe", "constraint"] | None = None
    question_id: str | None = None


class Transcript(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str | int | None = None
    turns: list[Turn] = Field(min_length=1)


def parse(record: Any) -> Transcript:
    try:
        return Transcript.model_validate(record)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "record"
        raise InvalidInput(f"field '{where}': {err['msg']}") from None


def kinds(turns: list[Turn]) -> list[str | None]:
    """Each interviewer turn's kind, detected where absent: the first is a question, an 'Assume…' a constraint."""
    out: list[str | None] = []
    seen_question = False
    for turn in turns:
        if turn.role != "interviewer":
            out.append(None)
            continue
        kind = turn.kind or ("constraint" if seen_question and _CONSTRAINT.search(turn.text) else "question" if not seen_question or turn.question_id else "probe")
        seen_question = True
        out.append(kind)
    return out


def assess_transcript(t: Transcript, engine: Engine, bank: Any = None) -> dict[str, Any]:
    turn_kinds = kinds(t.turns)
    results: list[dict[str, Any] | None] = []
    answers: list[tuple[int, str]] = []
    question, question_id, constraint = "", None, None
    for i, turn in enumerate(t.turns):
        if turn.role == "interviewer":
            results.append(None)
            if turn_kinds[i] == "constraint":
                constraint = turn.text
            else:
                question, constraint = turn.text, None
                question_id = turn.question_id or (question_id if turn_kinds[i] == "probe" else None)
            continue
        inputs = prepare(question, turn.text, question_id=question_id, previous=[a for _, a in answers], constraint=constraint, bank=bank)
        results.append(engine.assess(inputs).contract())
        answers.append((i, turn.text))
        constraint = None
    contradictions = [c.model_dump(exclude_none=True) for c in engine.contradictions(answers)]
    return {
        "id": t.id,
        "turns": results,
        "session": {"contradictions": contradictions, "dimensions": dimensions([r for r in results if r is not None], contradictions)},
    }
