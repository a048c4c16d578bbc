"""Metrics for judging the analyzer, written out so each can be checked against a hand computation.

All functions take plain sequences and return floats (or None when a metric is undefined, e.g. AUC
with one class); the bootstrap wraps any of them with a percentile interval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


def roc_auc(y_true: Sequence[int], scores: Sequence[float]) -> float | None:
    """Probability that a random positive outranks a random negative (ties count half)."""
    y = np.asarray(y_true, dtype=bool)
    s = np.asarray(scores, dtype=float)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return None
    ranks = _average_ranks(np.concatenate([pos, neg]))
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def _average_ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values), dtype=float)
    sorted_vals = values[order]
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and sorted_vals[j + 1] == sorted_vals[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def expected_calibration_error(y_true: Sequence[int], probs: Sequence[float], bins: int = 10) -> float | None:
    """Weighted mean |accuracy - confidence| over equal-width probability bins (positive-class form)."""
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(probs, dtype=float)
    if len(y) == 0:
        return None
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            total += mask.sum() * abs(y[mask].mean() - p[mask].mean())
    return float(total / len(y))


@dataclass(frozen=True)
class PRF:
    precision: float | None
    recall: float | None
    f1: float | None
    support: int


def precision_recall_f1(y_true: Sequence[int], y_pred: Sequence[int]) -> PRF:
    y = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)
    tp, fp, fn = int((y & p).sum()), int((~y & p).sum()), int((y & ~p).sum())
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if not tp:
        f1 = 0.0 if (fp or fn) else None
    else:
        f1 = 2 * tp / (2 * tp + fp + fn)
    return PRF(precision, recall, f1, int(y.sum()))


def f1(y_true: Sequence[int], y_pred: Sequence[int]) -> float | None:
    return precision_recall_f1(y_true, y_pred).f1


def quadratic_weighted_kappa(a: Sequence[int], b: Sequence[int], lo: int = 1, hi: int = 5) -> float | None:
    """Cohen's kappa with quadratic weights on an ordinal lo..hi scale."""
    return _kappa(a, b, lo, hi, quadratic=True)


def cohen_kappa(a: Sequence[int], b: Sequence[int]) -> float | None:
    labels = sorted(set(a) | set(b))
    index = {v: i for i, v in enumerate(labels)}
    return _kappa([index[x] for x in a], [index[x] for x in b], 0, max(len(labels) - 1, 0), quadratic=False)


def _kappa(a: Sequence[int], b: Sequence[int], lo: int, hi: int, quadratic: bool) -> float | None:
    if len(a) != len(b) or not len(a):
        return None
    k = hi - lo + 1
    observed = np.zeros((k, k))
    for x, y in zip(a, b):
        observed[x - lo, y - lo] += 1
    i, j = np.indices((k, k))
    weights = ((i - j) ** 2 / max((k - 1) ** 2, 1)) if quadratic else (i != j).astype(float)
    expected = np.outer(observed.sum(1), observed.sum(0)) / observed.sum()
    denom = (weights * expected).sum()
    if denom == 0:
        return 1.0 if (weights * observed).sum() == 0 else None
    return float(1 - (weights * observed).sum() / denom)


def accuracy(y_true: Sequence[object], y_pred: Sequence[object]) -> float | None:
    if not len(y_true):
        return None
    return float(np.mean([a == b for a, b in zip(y_true, y_pred)]))


def share(flags: Sequence[bool]) -> float | None:
    return float(np.mean(flags)) if len(flags) else None


@dataclass(frozen=True)
class Estimate:
    """A metric value with a bootstrap 95% interval (None where undefined)."""

    value: float | None
    low: float | None
    high: float | None
    n: int

    def as_dict(self) -> dict[str, float | int | None]:
        r = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {"value": r(self.value), "low": r(self.low), "high": r(self.high), "n": self.n}


def bootstrap(
    metric: Callable[..., float | None],
    *columns: Sequence[object],
    rounds: int = 1000,
    seed: int = 0,
    groups: Sequence[object] | None = None,
) -> Estimate:
    """Percentile interval from resampling rows (or whole groups, when given) with replacement."""
    n = len(columns[0])
    value = metric(*columns) if n else None
    if n < 2 or value is None:
        return Estimate(value, None, None, n)
    rng = np.random.default_rng(seed)
    arrays = [np.asarray(c, dtype=object) for c in columns]
    units = _units(n, groups)
    samples = []
    for _ in range(rounds):
        picked = np.concatenate([units[i] for i in rng.integers(0, len(units), len(units))])
        result = metric(*(list(a[picked]) for a in arrays))
        if result is not None:
            samples.append(result)
    if len(samples) < rounds // 2:
        return Estimate(value, None, None, n)
    low, high = np.percentile(samples, [2.5, 97.5])
    return Estimate(value, float(low), float(high), n)


def _units(n: int, groups: Sequence[object] | None) -> list[np.ndarray]:
    if groups is None:
        return [np.array([i]) for i in range(n)]
    by_group: dict[object, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    return [np.array(v) for v in by_group.values()]
