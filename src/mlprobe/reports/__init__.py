"""Session reports. Formats register through the ``mlprobe.reports`` entry-point group, the same way
a third-party format would; each is a function ``render(report: Report) -> str``."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any, Callable

from mlprobe.errors import InvalidInput
from mlprobe.reports.model import Report, build_report

GROUP = "mlprobe.reports"


@lru_cache(maxsize=1)
def available() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def renderer(name: str) -> Callable[[Report], str]:
    found = available()
    if name not in found:
        raise InvalidInput(f"unknown report format '{name}'; available: {', '.join(sorted(found))}")
    return found[name].load()


__all__ = ["Report", "available", "build_report", "renderer"]
