"""Consistency across a session: claims about scale, data size, metrics, role, shipping and time that
one answer makes and a later one contradicts — the way over-claimed experience collapses.

Transparent rules, not a model: each extractor (``quantities``, ``metrics``, ``shipping``, ``roles``,
``durations``) quotes a claim verbatim with the little structure needed to compare it (a range, a
context, a subset or total marker, what it is about), and ``compare`` says when two claims cannot both
be true and why. Only answers about the same piece of work are compared (``stories``): a session moves
between projects, and numbers from two projects do not contradict each other. Refinements ("2M users overall; 200k in the pilot"), different metrics, different
time points and different versions are not contradictions: a false accusation is worse than a miss.
"""

from __future__ import annotations

from collections.abc import Sequence

from mlprobe.analyzer.assessment import Contradiction
from mlprobe.analyzer.contradictions import durations, metrics, quantities, roles, shipping, stories
from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.compare import conflict
from mlprobe.analyzer.text import sentences

_EXTRACTORS = (shipping, roles, quantities, metrics, durations)


def claims(turn: int, text: str) -> list[Claim]:
    """Every checkable claim in one answer, in the order the extractors run."""
    sents = sentences(text)
    return [claim for extractor in _EXTRACTORS for claim in extractor.extract(turn, sents)]


def find(answers: Sequence[tuple[int, str]]) -> list[Contradiction]:
    """Pairs of claims across different turns of the same story that cannot both be true: at most one
    finding per pair of turns and kind, quoting both claims."""
    per_turn = [claims(turn, text) for turn, text in answers]
    story = stories.story_ids([text for _, text in answers])
    found: list[Contradiction] = []
    seen: set[tuple[int, int, str]] = set()
    for i, first in enumerate(per_turn):
        for j, second in enumerate(per_turn[i + 1 :], start=i + 1):
            if story[i] != story[j]:
                continue
            for a in first:
                for b in second:
                    hit = conflict(a, b)
                    family = hit and ("role" if hit[0] in ("role", "who") else hit[0])
                    if hit and family and (a.turn, b.turn, family) not in seen:
                        seen.add((a.turn, b.turn, family))
                        found.append(Contradiction(turns=[a.turn, b.turn], claims=[a.span, b.span], why=hit[1], kind=hit[0]))
    return found


__all__ = ["Claim", "claims", "find"]
