"""The question bank's schema: what a question must carry to be usable by the interviewer and analyzer."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mlprobe.vocabulary import PROBES, SIGNALS

Level = Literal["junior", "mid", "senior"]
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TalkingPoint(_Strict):
    """One thing a strong answer covers, with paraphrases and anchors the analyzer matches against."""

    id: str
    point: str = Field(min_length=10)
    exemplars: list[str] = Field(min_length=2, max_length=5)
    anchors: list[str] = Field(min_length=1, max_length=12)


class SampleAnswer(_Strict):
    """A sample answer plus what an interviewer hears in it, signal by signal."""

    answer: str = Field(min_length=40)
    notes: dict[str, str] = Field(min_length=1)

    @field_validator("notes")
    @classmethod
    def _known_signals(cls, notes: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(notes) - set(SIGNALS))
        if unknown:
            raise ValueError(f"unknown signal id(s) {unknown}; use one of {list(SIGNALS)}")
        return notes


class SampleReasoning(_Strict):
    weak: SampleAnswer
    strong: SampleAnswer


class FollowUps(_Strict):
    """Follow-ups written for this scenario, at least one per probe type."""

    differently: list[str] = Field(min_length=1)
    knew_it_worked: list[str] = Field(min_length=1)
    constraint: list[str] = Field(min_length=1)
    collaboration: list[str] = Field(min_length=1)
    generalize: list[str] = Field(min_length=1)

    def for_probe(self, probe: str) -> list[str]:
        if probe not in PROBES:
            raise KeyError(probe)
        return list(getattr(self, probe))


class Constraint(_Strict):
    """A scenario-specific injection and what a good adaptation re-prioritises."""

    text: str = Field(min_length=15)
    reprioritizes: str = Field(min_length=15)


class Question(_Strict):
    """A fully curated bank question."""

    id: str
    theme: str
    level: Level
    domain: str | None = None
    prompt: str = Field(min_length=15)
    context: str | None = None  # a scenario for the candidate, shown with the prompt
    listens_for: str | None = None  # what the interviewer listens for: shown when studying, never during practice
    signals: list[str] = Field(min_length=1)
    talking_points: list[TalkingPoint] = Field(min_length=4, max_length=8)
    sample_reasoning: SampleReasoning
    tutorial_trap: str = Field(min_length=30)
    follow_ups: FollowUps
    constraints: list[Constraint] = Field(min_length=2, max_length=4)
    source: Literal["bank", "user"] = "bank"

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("must be a lowercase slug such as 'perf-drop-after-deployment'")
        return value

    @field_validator("signals")
    @classmethod
    def _signals_known(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(SIGNALS))
        if unknown:
            raise ValueError(f"unknown signal id(s) {unknown}; use one of {list(SIGNALS)}")
        return value

    @model_validator(mode="after")
    def _unique_point_ids(self) -> "Question":
        ids = [tp.id for tp in self.talking_points]
        if len(ids) != len(set(ids)):
            raise ValueError("talking_points ids must be unique within a question")
        return self


class UserQuestion(_Strict):
    """A user's own question: only the prompt is required; curated fields are optional.

    Imported questions without talking points still work everywhere: the analyzer falls back to
    generic signals and the interviewer to generic follow-ups.
    """

    id: str
    theme: str = "imported"
    level: Level = "mid"
    domain: str | None = None
    prompt: str = Field(min_length=5)
    context: str | None = None
    listens_for: str | None = None
    signals: list[str] = Field(default_factory=list)
    talking_points: list[TalkingPoint] = Field(default_factory=list, max_length=8)
    sample_reasoning: SampleReasoning | None = None
    tutorial_trap: str | None = None
    follow_ups: FollowUps | None = None
    constraints: list[Constraint] = Field(default_factory=list, max_length=4)
    answer: str | None = None
    origin: str | None = None
    source: Literal["bank", "user"] = "user"

    _slug = field_validator("id")(Question._slug.__func__)  # type: ignore[attr-defined]
    _signals_known = field_validator("signals")(Question._signals_known.__func__)  # type: ignore[attr-defined]
