"""Turning predictions into the evaluation report: every metric with a bootstrap interval."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mlprobe.evaluation import metrics as m
from mlprobe.evaluation.dataset import LabelledTurn
from mlprobe.evaluation.harness import Predictions
from mlprobe.vocabulary import SIGNALS

LIVED_THRESHOLD = 0.5
LENGTH_BUCKETS = ((0, 60, "<60 words"), (60, 150, "60-149 words"), (150, 250, "150-249 words"), (250, 10**9, "250+ words"))


def build(preds: Predictions, rounds: int = 1000, seed: int = 0, by: str | None = None, worst: int = 5) -> dict[str, Any]:
    turns = [t for t, _ in preds.turns]
    groups = [t.group for t in turns]
    lived = [t.lived for t in turns]
    probs = [a.lived_experience for _, a in preds.turns]
    boot = lambda fn, *cols, g=groups: m.bootstrap(fn, *cols, rounds=rounds, seed=seed, groups=g).as_dict()  # noqa: E731
    report: dict[str, Any] = {
        "protocol": preds.protocol,
        "lived_auc": boot(m.roc_auc, lived, probs),
        "ece": boot(m.expected_calibration_error, lived, probs),
        "stuffed_rated_lived": _rated_lived(preds, "stuffed", boot),
        "hypothetical_rated_lived": _rated_lived(preds, "hypothetical", boot),
    }
    report.update(_signal_metrics(preds, boot))
    report["holistic_qwk"] = _holistic(preds, boot)
    report["adaptation_accuracy"] = _adaptation(preds, boot)
    report["contradiction"] = _contradictions(preds, rounds, seed)
    if by:
        report["slices"] = {"by": by, "rows": _slices(preds, by)}
    report["worst"] = _worst(preds, worst)
    return report


def _rated_lived(preds: Predictions, flag: str, boot: Callable[..., Any]) -> dict[str, Any] | None:
    rows = [(t, a) for t, a in preds.turns if t.labels.get(flag)]
    if not rows:
        return None
    return boot(m.share, [a.lived_experience >= LIVED_THRESHOLD for _, a in rows], g=[t.group for t, _ in rows])


def _signal_metrics(preds: Predictions, boot: Callable[..., Any]) -> dict[str, Any]:
    per_signal: dict[str, Any] = {}
    for name in SIGNALS:
        rows = [(t.signal(name), a.signals[name].score) for t, a in preds.turns if t.signal(name) is not None and a.signals[name].score is not None]
        if not rows:
            continue
        y = [r[0] for r in rows]
        p = [int(r[1] >= 0.5) for r in rows]
        prf = m.precision_recall_f1(y, p)
        per_signal[name] = {
            "precision": _r(prf.precision),
            "recall": _r(prf.recall),
            "f1": boot(m.f1, y, p, g=[t.group for t, a in preds.turns if t.signal(name) is not None and a.signals[name].score is not None]),
            "support": prf.support,
            "n": len(rows),
        }
    index = list(range(len(preds.turns)))
    macro = boot(lambda idx: _macro_f1([preds.turns[i] for i in idx]), index)
    return {"signals": per_signal, "signal_macro_f1": macro}


def _macro_f1(rows: list[tuple[LabelledTurn, Any]]) -> float | None:
    """Mean F1 over the signals that have labels (adapts_under_pressure only after constraints)."""
    scores = []
    for name in SIGNALS:
        pairs = [(t.signal(name), a.signals[name].score) for t, a in rows if t.signal(name) is not None and a.signals[name].score is not None]
        if pairs:
            value = m.f1([y for y, _ in pairs], [int(s >= 0.5) for _, s in pairs])
            if value is not None:
                scores.append(value)
    return sum(scores) / len(scores) if scores else None


def _holistic(preds: Predictions, boot: Callable[..., Any]) -> dict[str, Any] | None:
    rows = [(t, a) for t, a in preds.turns if "holistic" in t.labels]
    if not rows:
        return None
    return boot(m.quadratic_weighted_kappa, [int(t.labels["holistic"]) for t, _ in rows], [a.holistic for _, a in rows], g=[t.group for t, _ in rows])


def _adaptation(preds: Predictions, boot: Callable[..., Any]) -> dict[str, Any] | None:
    rows = [(t, a) for t, a in preds.turns if t.after_constraint and t.signal("adapts_under_pressure") is not None]
    if not rows:
        return None
    truth = [t.signal("adapts_under_pressure") for t, _ in rows]
    guess = [int((a.signals["adapts_under_pressure"].score or 0) >= 0.5) for _, a in rows]
    return boot(m.accuracy, truth, guess, g=[t.group for t, _ in rows])


def _contradictions(preds: Predictions, rounds: int, seed: int) -> dict[str, Any] | None:
    if not preds.pairs:
        return None
    truth = [int(not p.consistent) for p, _ in preds.pairs]
    guess = [int(flagged) for _, flagged in preds.pairs]
    prf = m.precision_recall_f1(truth, guess)
    subtle = [int(flagged) for p, flagged in preds.pairs if not p.consistent and p.subtle]
    share = sum(truth) / len(truth)
    return {
        "precision": _r(prf.precision),
        "recall": _r(prf.recall),
        "f1": m.bootstrap(m.f1, truth, guess, rounds=rounds, seed=seed).as_dict(),
        "subtle_recall": _r(sum(subtle) / len(subtle)) if subtle else None,
        "n": len(truth),
        "inconsistent": sum(truth),
        # what reporting a contradiction in every pair would score: F1 means little when most pairs are contradictions
        "accuse_all_f1": _r(2 * share / (1 + share)) if share else 0.0,
    }


def _slice_key(turn: LabelledTurn, by: str) -> str:
    if by == "question":
        return turn.question_id or turn.question[:50]
    if by == "persona":
        return turn.persona or "unknown"
    if by == "source":
        return turn.source or turn.set
    words = len(turn.answer.split())
    return next(label for lo, hi, label in LENGTH_BUCKETS if lo <= words < hi)


def _slices(preds: Predictions, by: str) -> list[dict[str, Any]]:
    buckets: dict[str, list[tuple[LabelledTurn, Any]]] = {}
    for t, a in preds.turns:
        buckets.setdefault(_slice_key(t, by), []).append((t, a))
    rows = []
    for key, items in sorted(buckets.items()):
        y = [t.lived for t, _ in items]
        p = [a.lived_experience for _, a in items]
        rows.append({
            "slice": key,
            "n": len(items),
            "lived": sum(y),
            "lived_auc": _r(m.roc_auc(y, p)),
            "accuracy": _r(m.accuracy(y, [int(x >= LIVED_THRESHOLD) for x in p])),
            "mean_lived_experience": _r(sum(p) / len(p)),
            "signal_macro_f1": _r(_macro_f1(items)),
        })
    return rows


def _worst(preds: Predictions, n: int) -> list[dict[str, Any]]:
    ranked = sorted(preds.turns, key=lambda pair: -abs(pair[1].lived_experience - pair[0].lived))
    return [
        {
            "id": f"{t.record_id}#{t.turn_index}",
            "persona": t.persona,
            "label": t.labels.get("verdict"),
            "lived_experience": _r(a.lived_experience),
            "question": t.question,
            "text": t.answer,
        }
        for t, a in ranked[:n]
    ]


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
