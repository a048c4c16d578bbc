"""The interviewer's vocabulary of moves and the options a practice session runs under."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from mlprobe.vocabulary import LEVELS

MoveKind = Literal["question", "probe", "constraint", "contradiction", "end"]


@dataclass(frozen=True)
class Move:
    """One interviewer turn and why it was chosen (stored with the turn, shown in reports)."""

    kind: MoveKind
    text: str
    reason: str
    question_id: str | None = None
    thread: int = 0
    probe: str | None = None
    target_signal: str | None = None
    quote: str | None = None
    claims: tuple[str, ...] = field(default_factory=tuple)

    def record(self) -> dict[str, Any]:
        data = asdict(self)
        data["claims"] = list(self.claims)
        return data

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> "Move":
        return cls(**{**data, "claims": tuple(data.get("claims") or ())})


class PracticeOptions(BaseModel):
    """What the user asked for; stored with the session so ``resume`` continues the same interview."""

    model_config = ConfigDict(extra="forbid")

    theme: str | None = None
    level: str | None = None
    question_id: str | None = None
    questions: int = Field(default=3, ge=1, le=20)
    minutes: float | None = Field(default=None, gt=0)
    pressure: bool = False
    feedback: Literal["now", "end"] = "end"
    answer_seconds: int | None = Field(default=None, gt=0)
    project: dict[str, Any] | None = None
    project_questions: list[dict[str, Any]] = Field(default_factory=list)

    def level_ok(self) -> bool:
        return self.level is None or self.level in LEVELS

    @property
    def max_depth(self) -> int:
        """Follow-ups per question before moving on, if the edge is not reached first."""
        if self.project:
            return 6  # one project, examined from several sides
        return 4 if self.pressure else 3
