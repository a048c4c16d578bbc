"""Small linear models stored as plain JSON numbers: no pickle, no scikit-learn needed to predict.

Training uses scikit-learn (see ``training.py``); prediction is a dot product, so ``mlprobe score``
starts fast and a model file can be read and checked by anyone.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mlprobe.analyzer.integrity import verified_bytes


@dataclass(frozen=True)
class Logistic:
    """Standardise, dot, then a Platt-scaled sigmoid fitted on out-of-fold scores."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    platt_a: float = 1.0
    platt_b: float = 0.0

    def decision(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.coef + self.intercept

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = np.clip(self.platt_a * self.decision(x) + self.platt_b, -30, 30)
        return 1.0 / (1.0 + np.exp(-z))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "logistic", "mean": self.mean.tolist(), "scale": self.scale.tolist(), "coef": self.coef.tolist(),
                "intercept": self.intercept, "platt_a": self.platt_a, "platt_b": self.platt_b}


@dataclass(frozen=True)
class Linear:
    """Standardise and dot: a ridge regression (used for the 1-5 holistic grade)."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def predict(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.coef + self.intercept

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "linear", "mean": self.mean.tolist(), "scale": self.scale.tolist(), "coef": self.coef.tolist(), "intercept": self.intercept}


@dataclass(frozen=True)
class Constant:
    """A label with one class in training: predict its rate."""

    value: float

    def proba(self, x: np.ndarray) -> np.ndarray:
        return np.full(np.atleast_2d(x).shape[0], self.value)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.proba(x)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "constant", "value": self.value}


Model = Logistic | Linear | Constant


def from_dict(d: dict[str, Any]) -> Model:
    if d["kind"] == "constant":
        return Constant(float(d["value"]))
    arrays = {k: np.asarray(d[k], dtype=np.float64) for k in ("mean", "scale", "coef")}
    if d["kind"] == "linear":
        return Linear(intercept=float(d["intercept"]), **arrays)
    return Logistic(intercept=float(d["intercept"]), platt_a=float(d["platt_a"]), platt_b=float(d["platt_b"]), **arrays)


def save(path: Path, payload: dict[str, Any]) -> str:
    """Write a model bundle and return its SHA-256 (recorded in the manifest beside it)."""
    data = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def load(path: Path, expected_sha256: str) -> dict[str, Any]:
    return json.loads(verified_bytes(path, expected_sha256, "model file"))
