"""Running an engine over labelled data honestly: grouped cross-validation or a held-out external set.

Every number comes from predictions on questions the engine never trained on: folds are grouped by
question, and an external corpus is never used for training.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mlprobe.analyzer.assessment import Assessment
from mlprobe.analyzer.engine import Engine
from mlprobe.evaluation.dataset import ContradictionPair, Dataset, LabelledTurn


@dataclass
class Predictions:
    turns: list[tuple[LabelledTurn, Assessment]] = field(default_factory=list)
    pairs: list[tuple[ContradictionPair, bool]] = field(default_factory=list)
    protocol: str = ""


EngineFactory = Callable[[], Engine]


def fold_of(keys: Sequence[str], folds: int, seed: int) -> dict[str, int]:
    """Assign each distinct key to a fold: shuffled, then dealt round-robin so folds are balanced."""
    distinct = sorted(set(keys))
    random.Random(seed).shuffle(distinct)
    return {key: i % folds for i, key in enumerate(distinct)}


def cross_validate(data: Dataset, make_engine: EngineFactory, folds: int = 5, seed: int = 0) -> Predictions:
    groups = fold_of([t.group for t in data.turns], folds, seed)
    pair_folds = fold_of([p.record_id for p in data.pairs], folds, seed)
    preds = Predictions(protocol=f"{folds}-fold cross-validation grouped by question (seed {seed})")
    prototype = make_engine()
    if not prototype.trainable:
        preds.protocol = "engine does not train: every item assessed once"
        return _predict(prototype, data.turns, data.pairs, preds)
    for k in range(folds):
        train = [t for t in data.turns if groups[t.group] != k]
        test = [t for t in data.turns if groups[t.group] == k]
        engine = make_engine()
        engine.fit(train, [p for p in data.pairs if pair_folds[p.record_id] != k])
        _predict(engine, test, [p for p in data.pairs if pair_folds[p.record_id] == k], preds)
    order = {(t.record_id, t.turn_index): i for i, t in enumerate(data.turns)}
    preds.turns.sort(key=lambda pair: order[(pair[0].record_id, pair[0].turn_index)])
    return preds


def held_out(train: Dataset | None, test: Dataset, make_engine: EngineFactory) -> Predictions:
    engine = make_engine()
    if engine.trainable:
        if train is None:
            raise ValueError("a trainable engine needs training data for an external evaluation")
        engine.fit(train.turns, train.pairs)
        protocol = f"trained on the project's labelled data ({len(train.turns)} answers); tested on the external set only"
    else:
        protocol = "engine does not train: external set assessed directly"
    return _predict(engine, test.turns, test.pairs, Predictions(protocol=protocol))


def _predict(engine: Engine, turns: Sequence[LabelledTurn], pairs: Sequence[ContradictionPair], preds: Predictions) -> Predictions:
    for turn in turns:
        preds.turns.append((turn, engine.assess(turn.as_input())))
    for pair in pairs:
        preds.pairs.append((pair, bool(engine.contradictions(list(pair.answers)))))
    return preds


def summary_counts(data: Dataset) -> dict[str, Any]:
    personas: dict[str, int] = {}
    for t in data.turns:
        personas[t.persona or "unknown"] = personas.get(t.persona or "unknown", 0) + 1
    return {
        "records": data.records,
        "answers": len(data.turns),
        "questions": len({t.group for t in data.turns}),
        "lived": sum(t.lived for t in data.turns),
        "after_constraint": sum(t.after_constraint for t in data.turns),
        "contradiction_pairs": len(data.pairs),
        "personas": dict(sorted(personas.items())),
    }
