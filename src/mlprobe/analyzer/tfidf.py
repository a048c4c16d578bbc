"""Word n-gram TF-IDF features, fitted with scikit-learn at training time and applied with numpy.

The vocabulary and idf weights are stored as JSON in the model bundle; ``transform`` reproduces
scikit-learn's ``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)`` exactly, so prediction needs
no scikit-learn. A test checks the two agree.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import numpy as np

_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def ngrams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def fit(texts: list[str], min_df: int = 3, max_features: int = 3000) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=min_df, max_features=max_features, sublinear_tf=True)
    vec.fit(texts)
    vocab = {term: int(i) for term, i in vec.vocabulary_.items()}
    return {"vocabulary": vocab, "idf": vec.idf_.tolist()}


class Transformer:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.vocab: dict[str, int] = spec["vocabulary"]
        self.idf = np.asarray(spec["idf"], dtype=np.float64)

    @property
    def dim(self) -> int:
        return len(self.idf)

    def transform(self, text: str) -> np.ndarray:
        row = np.zeros(len(self.idf))
        for term, count in Counter(ngrams(text)).items():
            index = self.vocab.get(term)
            if index is not None:
                row[index] = (1 + math.log(count)) * self.idf[index]
        norm = np.linalg.norm(row)
        return row / norm if norm else row
