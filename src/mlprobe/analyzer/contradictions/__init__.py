"""Consistency across a session: claims about scale, data size, metrics, role, shipping and time that
one answer makes and a later one contradicts — the way over-claimed experience collapses.

Transparent rules, not a model: each extractor (``quantities``, ``metrics``, ``shipping``, ``roles``,
``durations``, ``calendar``, ``reach``) quotes a claim verbatim with the little structure needed to compare it (a range, a
context, a subset or total marker, what it is about), and ``compare`` says when two claims cannot both
be true and why. Only answers about the same piece of work are compared (``stories``): a session moves
between projects, and numbers from two projects do not contradict each other. Refinements ("2M users overall; 200k in the pilot"), different metrics, different
time points and different versions are not contradictions: a false accusation is worse than a miss.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from mlprobe.analyzer.assessment import Contradiction
from mlprobe.analyzer.contradictions import calendar, durations, metrics, quantities, reach, roles, shipping, stories
from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.compare import conflict
from mlprobe.analyzer.text import sentences
from mlprobe.analyzer.guard import guarded

_EXTRACTORS = (shipping, roles, quantities, metrics, durations, calendar, reach)


_FILLER = guarded(r"(?:,\s*)?\b(?:u+h+|u+m+|e+rm+|hmm+)\b,?|,\s*(?:like|you know|I mean|kind of|sort of),(?=\s)", re.I)


def _unfilled(sentence: str) -> str:
    """Spoken fillers blanked out, keeping every offset: 'around, uh, eighty hours' reads as 'around
    eighty hours' while the quote is still cut from what the candidate said."""
    return _FILLER.sub(lambda m: " " * len(m.group(0)), sentence)


def claims(turn: int, text: str, topic_metric: str | None = None) -> list[Claim]:
    """Every checkable claim in one answer, in the order the extractors run. ``topic_metric`` is the one
    metric the earlier answers of the story talk about: an answer that opens with a bare value ("it was
    more like 0.71") is read as that metric."""
    originals = sentences(text)
    sents = [_unfilled(s) for s in originals]
    found = [claim for extractor in _EXTRACTORS
             for claim in (metrics.extract(turn, sents, topic_metric) if extractor is metrics else extractor.extract(turn, sents))]
    return [_verbatim(claim, sents, originals) for claim in found]


def _verbatim(claim: Claim, sents: list[str], originals: list[str]) -> Claim:
    for blanked, original in zip(sents, originals):
        at = blanked.find(claim.span)
        if at >= 0:
            return replace(claim, span=original[at : at + len(claim.span)]) if blanked is not original else claim
    return claim


def find(answers: Sequence[tuple[int, str]]) -> list[Contradiction]:
    """Pairs of claims across different turns of the same story that cannot both be true: at most one
    finding per pair of turns and kind, quoting both claims."""
    if len(answers) < 2:  # a single answer cannot contradict an earlier one; skip the extraction
        return []
    story = stories.story_ids([text for _, text in answers])
    per_turn: list[list[Claim]] = []
    for k, (turn, text) in enumerate(answers):
        named = {c.key for done, s in zip(per_turn, story) if s == story[k] for c in done if c.kind == "metric"}
        per_turn.append(claims(turn, text, named.pop() if len(named) == 1 else None))
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
