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
        rows.append(_row(cues, t.question, embed.embed(texts) if embed is not None and texts else None, embed, ngram, sentence))
    return np.vstack(rows)


def sentence_rows(sentences: Sequence[Any], vectors: np.ndarray | None, question: str, embed: Any, ngram: Any = None) -> np.ndarray:
    """One feature row per sentence, each built as if the sentence were the whole answer (the column
    order of ``answer_matrix``): what the sentence models and the quoted evidence read."""
    rows = []
    for i, s in enumerate(sentences):
        v = vectors[i : i + 1] if vectors is not None and len(vectors) and vectors.shape[1] else None
        rows.append(_row(features.AnswerCues([s], s.text), question, v, embed, ngram, True))
    return np.vstack(rows) if rows else np.zeros((0, 0))


def _row(cues: Any, question: str, vectors: np.ndarray | None, embed: Any, ngram: Any, sentence: bool) -> np.ndarray:
    row = features.vector(cues, question)
    if sentence:
        row = np.concatenate([row, sentence_signals.vector(cues.sentences, vectors, embed)])
    if embed is not None:
        row = np.concatenate([row, mean_embedding(vectors, embed.dim)])
    if ngram is not None:
        row = np.concatenate([row, ngram.transform(" ".join(s.text for s in cues.sentences))])
    return row


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
C_SENTENCES = 0.02  # quote-supervised sentence models; chosen by grouped CV on data/labelled (0.005-1.0 tried)
MIN_QUOTES = 20  # a signal gets a sentence model only with at least this many quoted answers
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
    quotes: bool = True,
) -> dict[str, Any]:
    """Train every model of the offline engine and return the serialisable bundle.

    ``C`` regularises the lived/stuffed/hypothetical models; ``C_signals`` (``None``: the same as ``C``) the
    per-signal models, which have fewer positives and benefit from stronger regularisation. With
    ``quotes``, every signal whose labels carry raters' quotes also gets a sentence model and a
    second stage (see ``fit_sentence_models``).
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
    sentence_models, stacks = {}, {}
    if quotes and sentence and thresholds:
        ngram = tfidf.Transformer(ngram_spec) if ngram_spec else None
        sentence_models, stacks = fit_sentence_models(turns, X, models, embed, ngram, sparse_from, C_signals or C)
    return {
        "version": 3,
        "sentence_models": sentence_models,
        "stacks": stacks,
        "features": features.feature_names(),
        "sentence_features": sentence_names,
        "embedding_dim": int(embed.dim) if embed is not None else 0,
        "ngrams": ngram_spec,
        "adaptation_features": adaptation.FEATURE_NAMES,
        "trained_on": len(turns),
        "models": models,
    }


def _quoted(sentences: Sequence[Any], quote: str) -> list[bool]:
    """Which sentences carry a rater's quote: the quote inside the sentence, the sentence inside the quote,
    or most of the shorter one's words shared."""
    q = _norm(quote)
    qw = set(q.split())
    out = []
    for s in sentences:
        t = _norm(s.text)
        tw = set(t.split())
        out.append(bool(t) and (t in q or q in t or len(tw & qw) >= 0.6 * min(len(tw), len(qw))))
    return out


def _norm(text: str) -> str:
    return " ".join("".join(c if c.isalnum() or c in "%." else " " for c in text.lower()).split())


def fit_sentence_models(
    turns: Sequence[Any], X: np.ndarray, models: dict[str, Any], embed: Any, ngram: Any, sparse_from: int | None, C_answer: float = C_SIGNALS
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Quote-supervised sentence models and a two-input second stage for each signal with quotes.

    A rater who hears a signal quotes the sentence that carries it (``labels.turns.N.quotes``). Each such
    signal gets a sentence model trained on those sentences (positive) against every sentence of answers
    without the signal (negative); an answer's sentence score is that of its best sentence. A second stage
    per signal combines the answer model's decision score with the best-sentence score; both inputs are
    out-of-fold (folds grouped by question), and so is the F1-best threshold folded into it, so that 0.5
    still means "heard". This is what lets one closing clause be heard in a long story, and a rich story
    without the clause not be.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    cues = [features.analyse(t.answer) for t in turns]
    S, owner, sent_index = [], [], []
    for i, (t, c) in enumerate(zip(turns, cues)):
        texts = [s.text for s in c.sentences]
        vectors = embed.embed(texts) if embed is not None and texts else None
        if texts:
            S.append(sentence_rows(c.sentences, vectors, t.question, embed, ngram))
            owner += [i] * len(texts)
            sent_index += list(range(len(texts)))
    if not S:
        return {}, {}
    Smat, owner_arr = np.vstack(S), np.array(owner)
    groups = [t.group for t in turns]
    sentence_groups = np.array([groups[i] for i in owner])
    n_groups = len(set(groups))
    turn_rows = [np.flatnonzero(owner_arr == i) for i in range(len(turns))]
    mean, scale = _standardise(Smat, sparse_from)
    Z = (Smat - mean) / scale
    sentence_models, stacks = {}, {}
    for name in BINARY_LABELS[3:]:
        targets = np.full(len(Smat), -1)
        quoted_answers = 0
        for i, (t, c) in enumerate(zip(turns, cues)):
            y = t.signal(name)
            rows = turn_rows[i]
            if y == 0:
                targets[rows] = 0
            elif y == 1 and (t.labels.get("quotes") or {}).get(name):
                hit = _quoted(c.sentences, t.labels["quotes"][name])
                if any(hit):
                    quoted_answers += 1
                    targets[rows[np.array(hit)]] = 1
        answer_model = models[name]
        if quoted_answers < MIN_QUOTES or n_groups < 3 or answer_model.get("kind") != "logistic":
            continue
        best = np.full(len(turns), -np.inf)
        for train_idx, test_idx in GroupKFold(n_splits=min(5, n_groups)).split(Z, targets, sentence_groups):
            keep = train_idx[targets[train_idx] >= 0]
            if len(set(targets[keep].tolist())) < 2:
                continue
            clf = LogisticRegression(C=C_SENTENCES, class_weight="balanced", max_iter=5000).fit(Z[keep], targets[keep])
            np.maximum.at(best, owner_arr[test_idx], clf.decision_function(Z[test_idx]))
        keep = targets >= 0
        clf = LogisticRegression(C=C_SENTENCES, class_weight="balanced", max_iter=5000).fit(Z[keep], targets[keep])
        sentence_models[name] = Logistic(mean, scale, clf.coef_[0].copy(), float(clf.intercept_[0])).to_dict()
        rows = [i for i, t in enumerate(turns) if t.signal(name) is not None]
        y = np.array([turns[i].signal(name) for i in rows])
        m_mean, m_scale = _standardise(X[rows], sparse_from)
        answer_scores = _oof_scores((X[rows] - m_mean) / m_scale, y, [groups[i] for i in rows], C_answer)
        if answer_scores is None:
            continue
        F = np.column_stack([answer_scores, np.where(np.isfinite(best[rows]), best[rows], 0.0)])
        stage = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(F, y)
        oof = np.zeros(len(y))
        for train_idx, test_idx in GroupKFold(n_splits=min(5, n_groups)).split(F, y, [groups[i] for i in rows]):
            oof[test_idx] = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(F[train_idx], y[train_idx]).decision_function(F[test_idx])
        stacks[name] = {"weights": stage.coef_[0].tolist(), "bias": float(stage.intercept_[0]) - best_f1_threshold(oof, y)}
    return sentence_models, stacks


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
