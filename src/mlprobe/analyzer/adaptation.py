"""Cues of adapting to an injected constraint: does the answer take it in, re-prioritise, and build on
what was said before, rather than restart, hedge or carry on as if nothing was said?"""

from __future__ import annotations

import re

import numpy as np

from mlprobe.analyzer import cues
from mlprobe.analyzer.text import words

_STOP = frozenset(
    "the a an and or of to in on for with that this is are be it its now assume assuming suppose your you we our "
    "they their there what which who how when would will can could should than then from by at as into has have had "
    "not no yes do does did so if but also just only more less much many".split()
)


def _content(text: str) -> set[str]:
    return {w.lower() for w in words(text) if len(w) > 2 and w.lower() not in _STOP}


def _rate(n: float, d: float) -> float:
    return n / d if d else 0.0


def features(answer: str, constraint: str, previous: str) -> dict[str, float]:
    ans, con, prev = _content(answer), _content(constraint), _content(previous)
    n_words = max(len(words(answer)), 1)
    first = " ".join(answer.split()[:40])
    return {
        "constraint_uptake": _rate(len(ans & con), len(con)),
        "builds_on_previous": _rate(len(ans & prev), len(ans)),
        "new_material": _rate(len(ans - prev - con), len(ans)),
        "update_markers": float(min(len(cues.UPDATE.findall(answer)), 6)),
        "update_early": float(bool(cues.UPDATE.search(first))),
        "hedges": float(min(len(cues.HEDGE.findall(answer)), 6)),
        "restart_markers": float(min(len(cues.RESTART.findall(answer)), 4)),
        "decision_markers": float(min(len(re.findall(r"\b(?:i'd|i would|we'd|i will|my priority|first i|first,? i|i'd start|i'd keep|i'd drop|i'd accept|i'd push back)\b", answer, re.I)), 6)),
        "refers_back": float(bool(re.search(r"\b(?:earlier|before|as i said|what i said|my first answer|the same|still|keep|kept|that plan|the plan|the original)\b", answer, re.I))),
        "log_words": float(np.log1p(n_words)),
        "length_ratio": _rate(n_words, max(len(words(previous)), 1)),
    }


FEATURE_NAMES = list(features("a", "b", "c"))


def vector(answer: str, constraint: str, previous: str) -> np.ndarray:
    f = features(answer, constraint, previous)
    return np.array([f[k] for k in FEATURE_NAMES], dtype=np.float64)
