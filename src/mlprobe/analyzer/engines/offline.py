"""The offline default engine: sentence cues + a shipped static embedding model + calibrated linear models.

Runs on a laptop with no network and no torch: the embedding model and the trained weights ship in
the package and are hash-checked on load; prediction is numpy only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from mlprobe.analyzer import adaptation, advice, features, redflags, sentence_signals, talking_points, tfidf
from mlprobe.analyzer.assessment import Assessment, Contradiction, SignalScore, TurnInput
from mlprobe.analyzer.engine import Engine, EngineOptions
from mlprobe.analyzer.linear import from_dict, load
from mlprobe.vocabulary import SIGNALS

EVIDENCE_PER_SIGNAL = 2
LEXICON_TIE_BREAK = 0.2  # per signal word (at most two) added to a sentence's own probability; chosen on the dev split
STUFFED_CEILING = 0.45  # below the 0.5 at which an answer reads as lived


class OfflineOptions(EngineOptions):
    use_embeddings: bool = True
    ngrams: bool = True
    C: float = 0.05
    alpha: float = 30.0
    C_signals: float = 0.02
    sentence_features: bool = True
    tuned_thresholds: bool = True
    stuffing_cap: bool = True  # an answer flagged for keyword stuffing is never rated lived
    quotes: bool = True  # train quote-supervised sentence models and a second stage for signals with quotes
    sentence_evidence: bool = True  # quote the sentence a signal's sentence model hears most (else its answer model; Round 15)


@lru_cache(maxsize=1)
def shipped_bundle() -> dict[str, Any]:
    from mlprobe.analyzer.training import BUNDLE, MODELS_DIR

    manifest = json.loads((MODELS_DIR / "manifest.json").read_text())
    return load(MODELS_DIR / BUNDLE, manifest[BUNDLE])


class OfflineEngine(Engine):
    id = "offline"
    description = "Sentence cues, a shipped static embedding model, and calibrated linear models (default)."
    trainable = True
    parallel_safe = True
    Options = OfflineOptions

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self._bundle: dict[str, Any] | None = None
        self._models: dict[str, Any] = {}
        self._sentence_models: dict[str, Any] = {}
        self._stacks: dict[str, tuple[np.ndarray, float]] = {}
        self._ngrams: tfidf.Transformer | None = None

    # -- training (used by `mlprobe eval` inside each fold, and by the training command) --
    def fit(self, turns: Sequence[Any], contradiction_pairs: Sequence[Any] = ()) -> None:
        from mlprobe.analyzer.training import train

        o = self.options
        self._use(train(turns, self._embedder(), o.C, o.alpha, o.ngrams, sentence=o.sentence_features, thresholds=o.tuned_thresholds, C_signals=o.C_signals, quotes=o.quotes))

    def _use(self, bundle: dict[str, Any]) -> None:
        self._bundle = bundle
        self._models = {name: from_dict(d) for name, d in bundle["models"].items()}
        self._sentence_models = {name: from_dict(d) for name, d in (bundle.get("sentence_models") or {}).items()}
        self._stacks = {name: (np.asarray(d["weights"]), float(d["bias"])) for name, d in (bundle.get("stacks") or {}).items() if name in self._sentence_models}
        self._ngrams = tfidf.Transformer(bundle["ngrams"]) if bundle.get("ngrams") else None

    def _embedder(self) -> Any:
        if not self.options.use_embeddings:
            return None
        from mlprobe.analyzer.embedding import load_embedder

        return load_embedder()

    def _ready(self) -> None:
        if self._bundle is None:
            self._use(shipped_bundle())

    def warm(self) -> None:
        self._ready()
        if self._bundle and self._bundle.get("embedding_dim"):
            self._embedder()
        import mlprobe.analyzer.contradictions  # noqa: F401 - loaded lazily otherwise

    # -- assessment --
    def assess(self, turn: TurnInput) -> Assessment:
        self._ready()
        cues = features.analyse(turn.answer)
        texts = [s.text for s in cues.sentences]
        embed = self._embedder() if self._bundle and self._bundle.get("embedding_dim") else None
        vectors = embed.embed(texts) if embed is not None and texts else np.zeros((len(texts), 0))
        x = self._vector(cues, turn.question, vectors, embed)
        probs = {name: float(self._models[name].proba(x)[0]) for name in self._models if name not in ("holistic", "adapts_under_pressure")}
        rows = self._sentence_rows(cues, turn.question, vectors, embed) if self._stacks else None
        for name, (weights, bias) in self._stacks.items():
            if len(rows):
                best = float(self._sentence_models[name].decision(rows).max())
                z = weights[0] * float(self._models[name].decision(x)[0]) + weights[1] * best + bias
                probs[name] = float(1.0 / (1.0 + np.exp(-z)))
        signals = self._signals(cues, probs, turn, vectors, embed, rows)
        flags = redflags.detect(cues, probs)
        points = talking_points.match(embed, turn.talking_points, texts, vectors) if embed is not None else talking_points.TalkingPoints()
        lived = probs["lived"] if cues.sentences else 0.0
        if self.options.stuffing_cap and any(f.id == "keyword_stuffing" for f in flags):
            lived = min(lived, STUFFED_CEILING)
        grade = float(self._models["holistic"].predict(x)[0]) if cues.sentences else 1.0
        return Assessment(
            lived_experience=round(lived, 4),
            holistic=int(np.clip(round(grade), 1, 5)),
            signals=signals,
            red_flags=flags,
            talking_points=points,
            advice=advice.build(cues, signals, flags, points, turn.wanted_signals),
            engine=self.id,
        )

    def _vector(self, cues: features.AnswerCues, question: str, vectors: np.ndarray, embed: Any = None) -> np.ndarray:
        row = features.vector(cues, question)
        if self._bundle and self._bundle.get("sentence_features"):
            row = np.concatenate([row, sentence_signals.vector(cues.sentences, vectors if len(vectors) and vectors.shape[1] else None, embed)])
        if self._bundle and self._bundle.get("embedding_dim"):
            dim = self._bundle["embedding_dim"]
            mean = vectors.mean(axis=0) if len(vectors) else np.zeros(dim)
            norm = np.linalg.norm(mean)
            row = np.concatenate([row, mean / norm if norm else mean])
        if self._ngrams is not None:
            row = np.concatenate([row, self._ngrams.transform(" ".join(s.text for s in cues.sentences))])
        return row.reshape(1, -1)

    def _sentence_rows(self, cues: features.AnswerCues, question: str, vectors: np.ndarray, embed: Any) -> np.ndarray:
        """Each sentence's feature row, read as if it were the whole answer (sentence models and evidence)."""
        if not cues.sentences:
            return np.zeros((0, 0))
        return np.vstack([self._vector(features.AnswerCues([s], s.text), question, vectors[i : i + 1], embed) for i, s in enumerate(cues.sentences)])

    def _signals(
        self, cues: features.AnswerCues, probs: dict[str, float], turn: TurnInput, vectors: np.ndarray, embed: Any, rows: np.ndarray | None = None
    ) -> dict[str, SignalScore]:
        scores = {name: probs.get(name, 0.0) if cues.sentences else 0.0 for name in SIGNALS if name != "adapts_under_pressure"}
        quotes = self.quotes(cues, turn.question, vectors, embed, [name for name, score in scores.items() if score >= 0.5], rows)
        out = {name: SignalScore(score=round(score, 4), evidence=quotes.get(name, [])) for name, score in scores.items()}
        out["adapts_under_pressure"] = self._adaptation(turn, cues)
        return {name: out[name] for name in SIGNALS}

    def quotes(
        self, cues: features.AnswerCues, question: str, vectors: np.ndarray, embed: Any, names: Sequence[str], rows: np.ndarray | None = None
    ) -> dict[str, list[str]]:
        """The evidence quoted for each heard signal in ``names``: the sentence that the signal's sentence
        model (trained on raters' quotes; else the signal's answer model reading the sentence alone) hears
        most, the signal's words breaking near-ties, and a second one only if that model hears the signal in
        it too. Measured against a rater by ``scripts/evidence.py``."""
        self._ready()
        by_model = [name for name in names if name not in ("lived_language", "clarity")]
        out = {name: _rule_evidence(cues, name) for name in names if name not in by_model}
        if not by_model or not cues.sentences:
            return out
        if rows is None or not len(rows):
            rows = self._sentence_rows(cues, question, vectors, embed)
        for name in by_model:
            sentence_model = self._sentence_models.get(name) if self.options.sentence_evidence else None
            alone = (sentence_model or self._models[name]).proba(rows)
            words = np.minimum([s.lexicon.get(name, 0) for s in cues.sentences], 2)
            order = np.argsort(-(alone + LEXICON_TIE_BREAK * words), kind="stable")[:EVIDENCE_PER_SIGNAL]
            out[name] = [cues.sentences[i].text for k, i in enumerate(order) if k == 0 or alone[i] >= 0.5]
        return out

    def _adaptation(self, turn: TurnInput, cues: features.AnswerCues) -> SignalScore:
        if not turn.after_constraint:
            return SignalScore(score=None)
        if not cues.sentences:
            return SignalScore(score=0.0)
        previous = turn.previous[-1] if turn.previous else ""
        x = adaptation.vector(turn.answer, turn.constraint or "", previous).reshape(1, -1)
        score = float(self._models["adapts_under_pressure"].proba(x)[0])
        evidence = [s.text for s in cues.sentences if adaptation.cues.UPDATE.search(s.text)][:EVIDENCE_PER_SIGNAL]
        return SignalScore(score=round(score, 4), evidence=evidence if score >= 0.5 else [])

    def contradictions(self, answers: Sequence[tuple[int, str]]) -> list[Contradiction]:
        if len(answers) < 2:  # one answer cannot contradict another; and the rules are a third of start-up
            return []
        from mlprobe.analyzer.contradictions import find

        return find(answers)


def _rule_evidence(cues: features.AnswerCues, name: str) -> list[str]:
    """Quotes for the two signals read from the whole answer: lived language and clarity."""
    if name == "lived_language":
        ranked = sorted(cues.lived(), key=lambda s: -(s.checkable + s.surprise))
    else:
        ranked = sorted(cues.sentences, key=lambda s: -(s.causal + s.checkable))[:1]
    return [s.text for s in ranked[:EVIDENCE_PER_SIGNAL]]
