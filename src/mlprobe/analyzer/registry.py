"""Finding engines: built-ins register through the same entry-point group third parties use."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any

from mlprobe.analyzer.engine import Engine
from mlprobe.errors import InvalidInput

GROUP = "mlprobe.engines"
DEFAULT_ENGINE = "offline"


@lru_cache(maxsize=1)
def available() -> dict[str, Any]:
    """Engine id -> entry point (not yet imported, so listing engines stays cheap)."""
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def engine_class(name: str) -> type[Engine]:
    found = available()
    if name not in found:
        names = ", ".join(sorted(found)) or "(none installed)"
        raise InvalidInput(f"unknown engine '{name}'; available engines: {names}")
    cls = found[name].load()
    if not (isinstance(cls, type) and issubclass(cls, Engine)):
        raise InvalidInput(f"engine '{name}' does not implement mlprobe.analyzer.engine.Engine")
    return cls


def create(name: str | None = None, options: dict[str, Any] | None = None) -> Engine:
    return engine_class(name or DEFAULT_ENGINE)(options)


_DEFAULT: list[Engine] = []


def default_engine() -> Engine:
    """The offline default, created once per process (loading weights is the slow part)."""
    if not _DEFAULT:
        _DEFAULT.append(create(DEFAULT_ENGINE))
    return _DEFAULT[0]
