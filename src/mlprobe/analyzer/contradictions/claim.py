"""What the rules extract from one answer: a claim, quoted verbatim, with the little structure the
comparisons need."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Claim:
    turn: int
    kind: str  # scale, dataset_size, metric, metric_delta, shipped, role, timeline
    key: str  # what is counted or measured ("user", "image", "auc", "solo", "total", ...)
    lo: float
    hi: float
    span: str  # verbatim from the answer
    tags: frozenset[str] = frozenset()  # subset, total, period:day, exclusive, ...
    words: frozenset[str] = frozenset()  # content words of the object the claim is about

    @property
    def value(self) -> float:
        return self.lo

    def has(self, tag: str) -> bool:
        return tag in self.tags

    def period(self) -> str | None:
        return next((t.split(":", 1)[1] for t in self.tags if t.startswith("period:")), None)
