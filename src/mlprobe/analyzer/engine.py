"""The engine interface: every analyzer engine (offline, LLM, third-party) implements this class."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from mlprobe.analyzer.assessment import Assessment, Contradiction, TurnInput
from mlprobe.errors import InvalidInput

if TYPE_CHECKING:
    from mlprobe.evaluation.dataset import LabelledTurn


def require_training_tools() -> None:
    """Training needs scikit-learn, which the default install leaves out to stay small."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise InvalidInput("training and evaluation need scikit-learn: pip install 'mlprobe[train]'") from None


class EngineOptions(BaseModel):
    """Options an engine accepts; unknown options are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


class Engine(ABC):
    """Assesses answers. Engines are pure: no files, sockets or clocks beyond what they declare."""

    id: ClassVar[str]
    description: ClassVar[str] = ""
    needs_network: ClassVar[bool] = False
    trainable: ClassVar[bool] = False
    # safe to copy into worker processes for batch work (no open sockets, no per-process state to keep in step)
    parallel_safe: ClassVar[bool] = False
    Options: ClassVar[type[EngineOptions]] = EngineOptions

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        try:
            self.options = self.Options(**(options or {}))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InvalidInput(f"engine '{self.id}' option '{where}': {first['msg']}") from None

    def warm(self) -> None:
        """Load whatever the engine loads lazily, so worker processes copied from this one start ready."""

    def fit(self, turns: Sequence[LabelledTurn], contradiction_pairs: Sequence[Any] = ()) -> None:
        """Learn from labelled turns; engines that do not learn ignore this."""

    @abstractmethod
    def assess(self, turn: TurnInput) -> Assessment:
        """Assess one candidate answer."""

    def contradictions(self, answers: Sequence[tuple[int, str]]) -> list[Contradiction]:
        """Claims in one answer contradicted by another, given (turn index, answer text) pairs."""
        return []
