"""Labelled data for the analyzer: the project's transcripts (docs/labelling.md) and external passages."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlprobe.analyzer.assessment import TurnInput
from mlprobe.errors import InvalidInput
from mlprobe.vocabulary import SIGNALS


@dataclass(frozen=True)
class LabelledTurn:
    """One labelled candidate answer in its interview context."""

    record_id: str
    set: str
    turn_index: int
    question: str
    answer: str
    question_id: str | None
    persona: str | None
    labels: dict[str, Any]
    after_constraint: bool = False
    constraint: str | None = None
    previous: tuple[str, ...] = ()
    source: str | None = None

    @property
    def group(self) -> str:
        """Grouping key for cross-validation: the question, so folds never share one."""
        if self.question_id:
            return self.question_id
        return "q:" + self.question.strip().lower() if self.question.strip() else "r:" + self.record_id

    @property
    def lived(self) -> int:
        return int(self.labels.get("verdict") == "lived")

    def signal(self, name: str) -> int | None:
        value = self.labels.get("signals", {}).get(name)
        return None if value is None else int(value)

    def as_input(self) -> TurnInput:
        return TurnInput(self.question, self.answer, self.question_id, self.after_constraint, self.constraint, self.previous)


@dataclass(frozen=True)
class ContradictionPair:
    record_id: str
    answers: tuple[tuple[int, str], ...]
    consistent: bool
    kind: str | None = None
    subtle: bool = False
    claims: tuple[str, ...] = ()


@dataclass
class Dataset:
    turns: list[LabelledTurn] = field(default_factory=list)
    pairs: list[ContradictionPair] = field(default_factory=list)
    records: int = 0

    @property
    def external(self) -> bool:
        return bool(self.turns) and all(t.set == "external" for t in self.turns)


def load(paths: Sequence[Path]) -> Dataset:
    """Read every ``*.jsonl`` file under the given paths; a bad line is an error naming file:line."""
    data = Dataset()
    for path in _files(paths):
        for number, record in _records(path):
            try:
                _add(data, record)
            except (KeyError, TypeError, ValueError, IndexError) as exc:
                raise InvalidInput(f"{path}:{number}: not a labelled record ({exc}); see docs/labelling.md") from None
            data.records += 1
    if not data.records:
        raise InvalidInput(f"no labelled records in {', '.join(map(str, paths))}")
    return data


def _files(paths: Sequence[Path]) -> Iterable[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(path.glob("*.jsonl"))
        elif path.is_file():
            yield path
        else:
            raise InvalidInput(f"{path}: no such file or folder")


def _records(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"{path}:{number}: invalid JSON ({exc.msg})") from None


def _add(data: Dataset, record: dict[str, Any]) -> None:
    if "labels" not in record and "label" in record:
        data.turns.append(_passage(record))
        return
    turns = record["turns"]
    labels = record["labels"]
    previous: list[str] = []
    for index, turn in enumerate(turns):
        if turn["role"] != "candidate":
            continue
        label = labels["turns"].get(str(index))
        before = turns[index - 1] if index else {}
        after_constraint = before.get("kind") == "constraint"
        if label is not None:
            label = dict(label)
            if after_constraint and "adaptation" in labels:
                label["adaptation"] = labels["adaptation"]
            data.turns.append(_turn(record, index, turns, label, after_constraint, tuple(previous)))
        previous.append(turn["text"])
    if record.get("set") == "contradictions":
        data.pairs.append(_pair(record, labels))


def _question_before(turns: list[dict[str, Any]], index: int) -> dict[str, Any]:
    for turn in reversed(turns[:index]):
        if turn["role"] == "interviewer" and turn.get("kind") != "constraint":
            return turn
    return {"text": ""}


def _turn(record: dict[str, Any], index: int, turns: list[dict[str, Any]], label: dict[str, Any], after: bool, previous: tuple[str, ...]) -> LabelledTurn:
    asked = _question_before(turns, index)
    missing = set(SIGNALS) - set(label["signals"])
    if missing:
        raise ValueError(f"turn {index} lacks signal labels {sorted(missing)}")
    return LabelledTurn(
        record_id=record["id"],
        set=record.get("set", "answers"),
        turn_index=index,
        question=asked["text"],
        answer=turns[index]["text"],
        question_id=asked.get("question_id") or record.get("question_id"),
        persona=record.get("persona"),
        labels=label,
        after_constraint=after,
        constraint=turns[index - 1]["text"] if after else None,
        previous=previous,
    )


def _pair(record: dict[str, Any], labels: dict[str, Any]) -> ContradictionPair:
    answers = tuple((i, t["text"]) for i, t in enumerate(record["turns"]) if t["role"] == "candidate")
    found = labels.get("contradiction") or {}
    return ContradictionPair(
        record_id=record["id"],
        answers=answers,
        consistent=bool(labels["consistent"]),
        kind=found.get("kind"),
        subtle=bool(found.get("subtle", False)),
        claims=tuple(found.get("claims", ())),
    )


def _passage(record: dict[str, Any]) -> LabelledTurn:
    label = record["label"]
    if label not in {"lived", "textbook", "keyword_stuffed"}:
        raise ValueError(f"unknown passage label {label!r}")
    verdict = "lived" if label == "lived" else "tutorial"
    return LabelledTurn(
        record_id=record["id"],
        set="external",
        turn_index=0,
        question=record.get("question") or "",
        answer=record["text"],
        question_id=None,
        persona=label,
        labels={"verdict": verdict, "stuffed": label == "keyword_stuffed", "signals": {}},
        source=record.get("source_repo"),
    )
