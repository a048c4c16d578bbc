"""One call from labelled files to a finished report (what ``mlprobe eval`` does)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mlprobe.analyzer import registry
from mlprobe.analyzer.engine import require_training_tools
from mlprobe.errors import InvalidInput
from mlprobe.evaluation import dataset as ds
from mlprobe.evaluation import harness, report


def run_evaluation(
    paths: Sequence[Path],
    engine: str | None,
    options: dict[str, Any],
    train: Sequence[Path],
    by: str | None,
    worst: int,
    folds: int,
    seed: int,
    rounds: int,
) -> dict[str, Any]:
    data = ds.load(paths)
    cls = registry.engine_class(engine or registry.DEFAULT_ENGINE)
    if cls.trainable:
        require_training_tools()
    make = lambda: cls(options)  # noqa: E731
    make()  # fail fast on bad options, before any training
    if data.external:
        training = _training(train) if cls.trainable else None
        preds = harness.held_out(training, data, make)
    else:
        if len({t.group for t in data.turns}) < folds and cls.trainable:
            raise InvalidInput(f"grouped {folds}-fold cross-validation needs at least {folds} questions; lower --folds")
        preds = harness.cross_validate(data, make, folds, seed)
    result = report.build(preds, rounds, seed, by, worst)
    return {"engine": cls.id, "dataset": [str(p) for p in paths], "counts": harness.summary_counts(data), **result}


def _training(train: Sequence[Path]) -> ds.Dataset:
    missing = [str(p) for p in train if not p.exists()]
    if missing:
        raise InvalidInput(f"training data {', '.join(missing)} not found; run from the repository root or pass --train PATH")
    data = ds.load(train)
    if data.external:
        raise InvalidInput("--train must be the project's labelled transcripts, not external passages")
    return data
