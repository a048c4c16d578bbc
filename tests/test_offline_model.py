"""The shipped offline model: loads only when intact, predicts without scikit-learn exactly as trained."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mlprobe.analyzer import linear, tfidf
from mlprobe.errors import MlprobeError
from mlprobe.home import user_dir

MODELS = Path(linear.__file__).parent / "models"


def test_numpy_tfidf_matches_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["We rolled back the model after the alert fired.", "The alert fired twice; we rolled back twice.", "Labels arrive late, so we watch proxies.", "We watch proxies and the score distribution."]
    spec = tfidf.fit(texts, min_df=1)
    ours = np.vstack([tfidf.Transformer(spec).transform(t) for t in texts])
    theirs = TfidfVectorizer(ngram_range=(1, 2), min_df=1, max_features=3000, sublinear_tf=True).fit_transform(texts).toarray()
    assert np.allclose(ours, theirs)


def test_shipped_bundle_hash_matches_manifest() -> None:
    manifest = json.loads((MODELS / "manifest.json").read_text())
    bundle = linear.load(MODELS / "offline.json", manifest["offline.json"])
    assert bundle["trained_on"] >= 600 and "lived" in bundle["models"]


def test_corrupt_model_file_is_refused_with_a_fix(tmp_path: Path) -> None:
    copy = tmp_path / "offline.json"
    copy.write_bytes((MODELS / "offline.json").read_bytes()[:-10] + b"0000000000")
    manifest = json.loads((MODELS / "manifest.json").read_text())
    with pytest.raises(MlprobeError, match="corrupt: SHA-256 .* reinstall mlprobe"):
        linear.load(copy, manifest["offline.json"])


def test_exported_logistic_reproduces_scikit_learn_probabilities() -> None:
    from mlprobe.analyzer.training import fit_logistic

    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 5))
    y = (X[:, 0] + 0.5 * X[:, 1] + rng.normal(scale=0.5, size=120) > 0).astype(int)
    model = fit_logistic(X, y, [str(i % 6) for i in range(120)], C=1.0, calibrate=False)
    restored = linear.from_dict(json.loads(json.dumps(model.to_dict())))
    assert np.allclose(restored.proba(X), model.proba(X))
    assert ((restored.proba(X) >= 0.5) == y).mean() > 0.8


def test_home_directory_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert user_dir({"MLPROBE_HOME": str(tmp_path)}) == tmp_path
    default = user_dir({})
    assert default.name == "mlprobe" and default != tmp_path
