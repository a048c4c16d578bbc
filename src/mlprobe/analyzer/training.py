"""Training the offline engine's models on the labelled data (a dev-time step; needs scikit-learn).

Reproduce the shipped model with one command from the repository root:

    python -m mlprobe.analyzer.training data/labelled

It writes ``src/mlprobe/analyzer/models/offline.json`` and records its SHA-256 in ``manifest.json``.
Calibration is out-of-fold: Platt scaling is fitted on decision scores from folds grouped by
question, so the probabilities are those of questions the model did not see. Each signal's decision
threshold is chosen the same way (the F1-best cut of out-of-fold scores) and folded into the model,
so that a signal score of 0.5 still means "heard".
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from mlprobe.analyzer import adaptation, features, sentence_signals, tfidf
from mlprobe.analyzer.linear import Constant, Linear, Logistic, save
from mlprobe.vocabulary import SIGNALS

MODELS_DIR = Path(__file__).parent / "models"
BUNDLE = "offline.json"
BINARY_LABELS = ("lived", "stuffed", "hypothetical", *[s for s in SIGNALS if s != "adapts_under_pressure"])


def answer_matrix(turns: Sequence[Any], embed: Any, ngram: Any = None, sentence: bool = True) -> np.ndarray:
    """Hand-built cue features, sentence-level signal features (best sentence per signal), plus the
    mean sentence embedding and word n-grams when given. The column order is the one the offline
    engine rebuilds at prediction time."""
    rows = []
    for t in turns:
        cues = features.analyse(t.answer)
        texts = [s.text for s in cues.sentences]
        vectors = embed.embed(texts) if embed is not None and texts else None
        row = features.vector(cues, t.question)
        if sentence:
            row = np.concatenate([row, sentence_signals.vector(cues.sentences, vectors, embed)])
        if embed is not None:
            row = np.concatenate([row, mean_embedding(vectors, embed.dim)])
        if ngram is not None:
            row = np.concatenate([row, ngram.transform(" ".join(texts))])
        rows.append(row)
    return np.vstack(rows)


def mean_embedding(vectors: np.ndarray | None, dim: int) -> np.ndarray:
    """L2-normalised mean of the sentence vectors (zeros for an empty answer)."""
    if vectors is None or not len(vectors):
        return np.zeros(dim, dtype=np.float64)
    mean = vectors.mean(axis=0)
    norm = np.linalg.norm(mean)
    return (mean / norm if norm else mean).astype(np.float64)


def label(t: Any, name: str) -> int | None:
    if name == "lived":
        return t.lived
    if name in ("stuffed", "hypothetical"):
        return int(bool(t.labels.get(name, False)))
    return t.signal(name)


NGRAM_SCALE = 0.05  # chosen by grouped CV on data/labelled (0.2, 0.05, 0.02 tried); see docs/evaluation.md


def _standardise(X: np.ndarray, sparse_from: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Unit variance for dense cue and embedding columns; n-gram columns keep their TF-IDF scale
    (standardising thousands of rare n-grams would blow each one up to the weight of a whole cue)."""
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    if sparse_from is not None and sparse_from < X.shape[1]:
        mean[sparse_from:] = 0.0
        scale[sparse_from:] = NGRAM_SCALE
    return mean, scale


CALIBRATED = ("lived", "stuffed", "hypothetical")
C_SIGNALS = 0.02  # per-signal models; chosen by grouped CV on data/labelled (0.01, 0.02, 0.05 tried)


def fit_logistic(
    X: np.ndarray,
    y: np.ndarray,
    groups: Sequence[str],
    C: float,
    calibrate: bool = True,
    sparse_from: int | None = None,
    threshold: bool = False,
) -> Logistic | Constant:
    """Class-balanced logistic regression; with ``calibrate``, Platt-scaled on out-of-fold scores.

    Uncalibrated, 0.5 is the balanced decision boundary; with ``threshold``, the boundary is moved to
    the F1-best cut of out-of-fold decision scores (folds grouped by question), so 0.5 still means
    "heard" (what a signal score promises). Calibrated, the output is a probability (what
    ``lived_experience`` promises).
    """
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        return Constant(float(y[0]) if len(y) else 0.0)
    mean, scale = _standardise(X, sparse_from)
    Z = (X - mean) / scale
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(Z, y)
    a, b = 1.0, 0.0
    if calibrate or threshold:
        scores = _oof_scores(Z, y, groups, C)
        if scores is not None and calibrate:
            platt = LogisticRegression(C=1e4, max_iter=5000).fit(scores.reshape(-1, 1), y)
            a, b = float(platt.coef_[0, 0]), float(platt.intercept_[0])
        elif scores is not None:
            b = -best_f1_threshold(scores, y)
    return Logistic(mean, scale, clf.coef_[0].copy(), float(clf.intercept_[0]), a, b)


def _oof_scores(Z: np.ndarray, y: np.ndarray, groups: Sequence[str], C: float) -> np.ndarray | None:
    """Out-of-fold decision scores, folds grouped by question (None with fewer than 3 questions)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    n_groups = len(set(groups))
    if n_groups < 3:
        return None
    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=min(5, n_groups)).split(Z, y, groups):
        if len(set(y[train].tolist())) < 2:
            scores[test] = 0.0
            continue
        inner = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(Z[train], y[train])
        scores[test] = inner.decision_function(Z[test])
    return scores


def best_f1_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """The cut on ``scores`` with the best F1 for ``y``, searched over the 2nd..98th percentiles
    (ties go to the cut nearest 0, the balanced boundary)."""
    y = np.asarray(y).astype(bool)
    candidates = np.unique(np.concatenate([np.quantile(scores, np.linspace(0.02, 0.98, 97)), [0.0]]))
    best_f1, best = -1.0, 0.0
    for cut in sorted(candidates, key=lambda c: (abs(c), c)):
        heard = scores >= cut
        tp = int((heard & y).sum())
        f1 = 2 * tp / (2 * tp + int((heard & ~y).sum()) + int((~heard & y).sum())) if tp else 0.0
        if f1 > best_f1 + 1e-12:
            best_f1, best = f1, float(cut)
    return best


def fit_linear(X: np.ndarray, y: np.ndarray, alpha: float, sparse_from: int | None = None) -> Linear:
    from sklearn.linear_model import Ridge

    mean, scale = _standardise(X, sparse_from)
    reg = Ridge(alpha=alpha).fit((X - mean) / scale, y)
    return Linear(mean, scale, reg.coef_.copy(), float(reg.intercept_))


def train(
    turns: Sequence[Any],
    embed: Any,
    C: float = 0.05,
    alpha: float = 30.0,
    ngrams: bool = True,
    sentence: bool = True,
    thresholds: bool = True,
    C_signals: float | None = C_SIGNALS,
) -> dict[str, Any]:
    """Train every model of the offline engine and return the serialisable bundle.

    ``C`` regularises the lived/stuffed/hypothetical models; ``C_signals`` (``None``: the same as ``C``) the
    per-signal models, which have fewer positives and benefit from stronger regularisation.
    """
    ngram_spec = tfidf.fit([" ".join(s.text for s in features.analyse(t.answer).sentences) for t in turns]) if ngrams else None
    X = answer_matrix(turns, embed, tfidf.Transformer(ngram_spec) if ngram_spec else None, sentence=sentence)
    sentence_names = list(sentence_signals.SENTENCE_FEATURE_NAMES) if sentence else []
    dense = len(features.feature_names()) + len(sentence_names) + (embed.dim if embed is not None else 0)
    sparse_from = dense if ngram_spec else None
    groups = [t.group for t in turns]
    models: dict[str, Any] = {}
    for name in BINARY_LABELS:
        rows = [i for i, t in enumerate(turns) if label(t, name) is not None]
        y = np.array([label(turns[i], name) for i in rows])
        calibrate = name in CALIBRATED
        c = C if calibrate or C_signals is None else C_signals
        models[name] = fit_logistic(
            X[rows], y, [groups[i] for i in rows], c, calibrate=calibrate, sparse_from=sparse_from, threshold=thresholds and not calibrate
        ).to_dict()
    models["holistic"] = fit_linear(X, np.array([float(t.labels.get("holistic", 3)) for t in turns]), alpha, sparse_from).to_dict()
    models["adapts_under_pressure"] = _fit_adaptation(turns, C).to_dict()
    return {
        "version": 2,
        "features": features.feature_names(),
        "sentence_features": sentence_names,
        "embedding_dim": int(embed.dim) if embed is not None else 0,
        "ngrams": ngram_spec,
        "adaptation_features": adaptation.FEATURE_NAMES,
        "trained_on": len(turns),
        "models": models,
    }


def _fit_adaptation(turns: Sequence[Any], C: float) -> Logistic | Constant:
    rows = [t for t in turns if t.after_constraint and t.signal("adapts_under_pressure") is not None]
    if not rows:
        return Constant(0.5)
    X = np.vstack([adaptation.vector(t.answer, t.constraint or "", t.previous[-1] if t.previous else "") for t in rows])
    y = np.array([t.signal("adapts_under_pressure") for t in rows])
    return fit_logistic(X, y, [t.group for t in rows], max(C * 10, 0.3))


def main(argv: list[str] | None = None) -> None:
    from mlprobe.analyzer.embedding import load_embedder
    from mlprobe.evaluation.dataset import load

    from mlprobe.analyzer.engine import require_training_tools

    require_training_tools()
    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])] or [Path("data/labelled")]
    data = load(paths)
    bundle = train(data.turns, load_embedder())
    digest = save(MODELS_DIR / BUNDLE, bundle)
    manifest_path = MODELS_DIR / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    manifest[BUNDLE] = digest
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    print(f"trained on {len(data.turns)} answers; wrote {MODELS_DIR / BUNDLE} (sha256 {digest})")


if __name__ == "__main__":
    main()
