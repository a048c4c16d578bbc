"""Matching an answer against a question's talking points: which points it covers, with which sentence."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from mlprobe.analyzer.assessment import PointMatch, TalkingPoints

COVERED = 0.80  # calibrated on the bank: own strong answers cover 91% of points, other themes 7.5% (docs/decisions.md)
WITH_ANCHOR = 0.74  # an anchor phrase in the answer lowers the bar a little


@lru_cache(maxsize=512)
def _exemplar_matrix(embed: Any, exemplars: tuple[str, ...]) -> np.ndarray:
    return embed.embed(list(exemplars))


def match(embed: Any, points: Sequence[Any], sentences: list[str], sentence_vectors: np.ndarray) -> TalkingPoints:
    result = TalkingPoints()
    if not points:
        return result
    lowered = [s.lower() for s in sentences]
    for tp in points:
        best_sim, best_sentence = _best(embed, tp, sentence_vectors, sentences)
        anchored = any(anchor.lower() in s for anchor in tp.anchors for s in lowered)
        covered = best_sim >= COVERED or (anchored and best_sim >= WITH_ANCHOR)
        (result.covered if covered else result.missed).append(tp.point)
        result.matches.append(PointMatch(id=tp.id, point=tp.point, sentence=best_sentence if covered else None, similarity=round(best_sim, 3)))
    return result


def _best(embed: Any, tp: Any, vectors: np.ndarray, sentences: list[str]) -> tuple[float, str | None]:
    if not sentences:
        return 0.0, None
    exemplars = _exemplar_matrix(embed, tuple([tp.point, *tp.exemplars]))
    sims = vectors @ exemplars.T
    row, _ = np.unravel_index(int(np.argmax(sims)), sims.shape)
    return float(sims.max()), sentences[int(row)]
