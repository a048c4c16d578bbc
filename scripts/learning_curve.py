"""Learning curve of the per-signal models: would more labelled answers of the same kind close the gap?

    python scripts/learning_curve.py [FRACTION ...]      # default: 0.5 0.75 1.0

Uses the folds of `mlprobe eval data/labelled` (5 folds grouped by question, seed 0). For each fraction,
every fold's engine is trained on that share of the training questions (chosen with a fixed seed per
fold; all answers of a kept question are kept) and tested on the whole held-out fold, so every point is
scored on the same 1,380 answers. Prints the signal macro F1 and each signal's F1 per fraction.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from mlprobe.analyzer import registry
from mlprobe.evaluation import dataset as ds
from mlprobe.evaluation import report
from mlprobe.evaluation.harness import Predictions, _predict, fold_of

FOLDS = 5


def _point(data: ds.Dataset, fraction: float) -> Predictions:
    cls = registry.engine_class("offline")
    folds = fold_of([t.group for t in data.turns], FOLDS, 0)
    preds = Predictions()
    for k in range(FOLDS):
        questions = sorted({t.group for t in data.turns if folds[t.group] != k})
        random.Random(k).shuffle(questions)
        keep = set(questions[: max(3, round(len(questions) * fraction))])
        engine = cls({})
        engine.fit([t for t in data.turns if t.group in keep], [])
        _predict(engine, [t for t in data.turns if folds[t.group] == k], [], preds)
    return preds


def main(argv: list[str]) -> None:
    fractions = [float(a) for a in argv] or [0.5, 0.75, 1.0]
    data = ds.load([Path("data/labelled")])
    no_interval = lambda fn, *args, **_: fn(*args)  # noqa: E731  (point estimates only)
    for fraction in fractions:
        preds = _point(data, fraction)
        per = report._signal_metrics(preds, no_interval)["signals"]
        cells = ", ".join(f"{name} {row['f1']:.3f}" for name, row in per.items() if row["f1"] is not None)
        print(f"{fraction:.2f}  macro F1 {report._macro_f1(preds.turns):.4f}  ({cells})", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
