"""What an assessment of one answer (and of a session) looks like: the DESIGN.md section 3 contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from mlprobe.vocabulary import SIGNALS


class SignalScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: float | None = Field(default=None, ge=0, le=1)
    evidence: list[str] = Field(default_factory=list)


class RedFlag(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    evidence: list[str] = Field(default_factory=list)
    why: str | None = None


class PointMatch(BaseModel):
    id: str
    point: str
    sentence: str | None = None
    similarity: float | None = None


class TalkingPoints(BaseModel):
    covered: list[str] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list)
    matches: list[PointMatch] = Field(default_factory=list)


class Assessment(BaseModel):
    """The per-turn object of ``mlprobe assess``; extra fields are allowed by the contract."""

    lived_experience: float = Field(ge=0, le=1)
    holistic: int = Field(ge=1, le=5)
    signals: dict[str, SignalScore]
    red_flags: list[RedFlag] = Field(default_factory=list)
    talking_points: TalkingPoints = Field(default_factory=TalkingPoints)
    advice: list[str] = Field(default_factory=list)
    engine: str | None = None

    def contract(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude_none=False)
        data["signals"] = {s: data["signals"][s] for s in SIGNALS}
        return data


class Contradiction(BaseModel):
    turns: list[int]
    claims: list[str]
    why: str
    kind: str | None = None


@dataclass(frozen=True)
class TurnInput:
    """One candidate answer with what the analyzer may know about its place in the interview."""

    question: str
    answer: str
    question_id: str | None = None
    after_constraint: bool = False
    constraint: str | None = None
    previous: tuple[str, ...] = field(default_factory=tuple)
    talking_points: tuple[Any, ...] = field(default_factory=tuple)
    wanted_signals: tuple[str, ...] = field(default_factory=tuple)


def empty_signals(after_constraint: bool) -> dict[str, SignalScore]:
    return {s: SignalScore(score=None if s == "adapts_under_pressure" and not after_constraint else 0.0) for s in SIGNALS}
