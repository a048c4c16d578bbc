"""The baseline engine: bag-of-words logistic regressions, deliberately simple.

It exists to be beaten: every later engine is reported in the same table against it. It learns one
classifier per label from TF-IDF word n-grams and knows nothing about modality, specifics or structure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from mlprobe.analyzer.assessment import Assessment, Contradiction, SignalScore, TurnInput
from mlprobe.analyzer.engine import Engine, EngineOptions
from mlprobe.analyzer.text import sentences
from mlprobe.errors import MlprobeError
from mlprobe.vocabulary import SIGNALS


class BaselineOptions(EngineOptions):
    min_df: int = 2
    C: float = 1.0


class BaselineEngine(Engine):
    id = "baseline"
    description = "TF-IDF word n-grams + logistic regression per label (the reference to beat)."
    trainable = True
    Options = BaselineOptions

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self._vectorizer: Any = None
        self._models: dict[str, Any] = {}

    def fit(self, turns: Sequence[Any], contradiction_pairs: Sequence[Any] = ()) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = [t.answer for t in turns]
        self._vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=self.options.min_df, sublinear_tf=True)
        X = self._vectorizer.fit_transform(texts)
        self._models = {"lived": self._binary(X, [t.lived for t in turns])}
        for name in SIGNALS:
            rows = [i for i, t in enumerate(turns) if t.signal(name) is not None]
            if rows:
                self._models[name] = self._binary(X[rows], [turns[i].signal(name) for i in rows])
        self._models["holistic"] = self._multiclass(X, [int(t.labels.get("holistic", 3)) for t in turns])

    def _binary(self, X: Any, y: list[int]) -> Any:
        from sklearn.linear_model import LogisticRegression

        if len(set(y)) < 2:
            return float(y[0]) if y else 0.0
        return LogisticRegression(C=self.options.C, max_iter=2000, class_weight="balanced").fit(X, y)

    def _multiclass(self, X: Any, y: list[int]) -> Any:
        from sklearn.linear_model import LogisticRegression

        if len(set(y)) < 2:
            return float(y[0]) if y else 3.0
        return LogisticRegression(C=self.options.C, max_iter=2000).fit(X, y)

    def assess(self, turn: TurnInput) -> Assessment:
        if self._vectorizer is None:
            raise MlprobeError("the baseline engine must be trained first; it is for 'mlprobe eval' only")
        X = self._vectorizer.transform([turn.answer])
        signals = {}
        for name in SIGNALS:
            if name == "adapts_under_pressure" and not turn.after_constraint:
                signals[name] = SignalScore(score=None)
                continue
            score = self._proba(name, X)
            signals[name] = SignalScore(score=score, evidence=self._evidence(name, turn.answer) if score >= 0.5 else [])
        holistic = self._models["holistic"]
        grade = holistic if isinstance(holistic, float) else float(holistic.predict(X)[0])
        return Assessment(lived_experience=self._proba("lived", X), holistic=int(round(grade)), signals=signals, engine=self.id)

    def _proba(self, name: str, X: Any) -> float:
        model = self._models.get(name, 0.0)
        if isinstance(model, float):
            return model
        return float(model.predict_proba(X)[0, 1])

    def _evidence(self, name: str, answer: str) -> list[str]:
        parts = sentences(answer)
        if not parts:
            return []
        scores = [self._proba(name, self._vectorizer.transform([s])) for s in parts]
        return [parts[int(np.argmax(scores))]]

    def contradictions(self, answers: Sequence[tuple[int, str]]) -> list[Contradiction]:
        """Flag two answers that give different numbers for the same unit word (nothing smarter)."""
        found = []
        claims = [(i, _numbers_by_unit(text)) for i, text in answers]
        for a in range(len(claims)):
            for b in range(a + 1, len(claims)):
                (ia, ca), (ib, cb) = claims[a], claims[b]
                for unit in sorted(set(ca) & set(cb)):
                    if not ca[unit] & cb[unit]:
                        found.append(Contradiction(turns=[ia, ib], claims=[f"{min(ca[unit])} {unit}", f"{min(cb[unit])} {unit}"], why=f"different numbers of {unit}"))
                        break
        return found


_NUMBER_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(k|m|%|[a-z]+)", re.I)


def _numbers_by_unit(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for number, unit in _NUMBER_UNIT.findall(text):
        out.setdefault(unit.lower(), set()).add(number)
    return out
