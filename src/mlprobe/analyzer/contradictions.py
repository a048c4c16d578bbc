"""Consistency across a session: claims about scale, data size, metrics, role and shipping that one
answer makes and another contradicts — the way over-claimed experience collapses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mlprobe.analyzer.assessment import Contradiction
from mlprobe.analyzer.text import sentences

_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9}
_QUANTITY = re.compile(
    r"(?<![\w.$])(\d+(?:[.,]\d+)?)\s?(k|m|mm|b|thousand|million|billion)?\+?\s+"
    r"(?:(?:daily|monthly|active|weekly|labelled|labeled|annotated|unique|paying|registered|total|training|raw|new)\s+){0,2}"
    r"(users|customers|people|patients|merchants|sellers|stores|drivers|transactions|requests|queries|"
    r"rows|records|images|examples|samples|labels|documents|reviews|tickets|accounts|clips|sessions|emails|claims|loans|applications|videos|articles)",
    re.I,
)
_METRIC = re.compile(
    r"\b(accuracy|auc|roc auc|precision|recall|f1|f1 score|rmse|mae|mape|ndcg|map|mAP|ctr)\b[^.\d]{0,25}?(\d+(?:\.\d+)?)\s?(%)?",
    re.I,
)
_SUBSET = re.compile(r"\b(?:pilot|subset|sample|of them|out of|test set|holdout|validation|only|just|per day|a day|per week|a week|per month|a month|per hour|an hour|per second|a second|initially|at first|at launch|first month|phase|cohort|segment|region|beta)\b", re.I)
_SOLO = re.compile(r"\b(?:i (?:built|did|wrote|designed|owned|ran|developed) (?:it|everything|the whole \w+|the entire \w+|all of it)(?: \w+){0,3} (?:alone|myself|on my own|single-handedly|solo)|(?:alone|by myself|on my own|single-handedly|solo),? i (?:built|did|wrote|developed))\b", re.I)
_PART = re.compile(r"\b(?:my (?:part|piece|role) was(?: mostly| only| just)?|i (?:only|mostly|just) (?:worked on|did|built|owned|handled)|(?:another|the other|a different) (?:team|engineer|person|data scientist)s? (?:built|did|wrote|owned|trained)|(?:my|our) (?:lead|senior|manager|teammate|colleague) (?:built|did|wrote|designed|trained))\b", re.I)
_NEVER_SHIPPED = re.compile(r"\b(?:never (?:shipped|deployed|launched|went live|made it (?:to|into) production|got deployed|saw real users|used by)|(?:stayed|remained|was only|was just) (?:a |an )?(?:prototype|notebook|poc|proof of concept|offline|research)|didn't ship|did not ship|wasn't deployed|was not deployed|not deployed)\b", re.I)
_SHIPPED = re.compile(r"\b(?:after (?:we )?(?:launch(?:ed)?|shipp(?:ed|ing)|deploy(?:ed|ment)|going live|rollout)|(?:went|go) live|in production|since launch|post-launch|rolled (?:it )?out|users (?:started|complained|noticed)|live traffic|real users|was deployed|we deployed|we shipped|we launched|shipped it|deployed it|(?:served|serving|serves) (?:about |around |roughly |over |some )?\d[\d.,]*\s?(?:k|m|million|thousand)?\s+(?:daily |monthly |active )*(?:users|customers|requests))\b", re.I)


@dataclass(frozen=True)
class Claim:
    turn: int
    kind: str
    key: str
    value: float
    span: str


def claims(turn: int, text: str) -> list[Claim]:
    out: list[Claim] = []
    for sentence in sentences(text):
        if _NEVER_SHIPPED.search(sentence):
            out.append(Claim(turn, "shipped", "shipped", 0.0, _NEVER_SHIPPED.search(sentence).group(0)))  # type: ignore[union-attr]
        elif _SHIPPED.search(sentence):
            out.append(Claim(turn, "shipped", "shipped", 1.0, _SHIPPED.search(sentence).group(0)))  # type: ignore[union-attr]
        if _SOLO.search(sentence):
            out.append(Claim(turn, "role", "role", 1.0, _SOLO.search(sentence).group(0)))  # type: ignore[union-attr]
        elif _PART.search(sentence):
            out.append(Claim(turn, "role", "role", 0.0, _PART.search(sentence).group(0)))  # type: ignore[union-attr]
        subset = bool(_SUBSET.search(sentence))
        for m in _QUANTITY.finditer(sentence):
            if subset:
                continue
            value = float(m.group(1).replace(",", "")) * _MULT.get((m.group(2) or "").lower(), 1.0)
            unit = m.group(3).lower().rstrip("s")
            kind = "scale" if unit in {"user", "customer", "people", "patient", "merchant", "seller", "store", "driver", "account"} else "dataset_size"
            out.append(Claim(turn, kind, unit, value, m.group(0)))
        for m in _METRIC.finditer(sentence):
            value = float(m.group(2))
            value = value / 100 if (m.group(3) or value > 1.0) and value <= 100 else value
            if value <= 1.0 and not subset:
                out.append(Claim(turn, "metric", m.group(1).lower().replace(" score", ""), value, m.group(0)))
    return out


def _conflict(a: Claim, b: Claim) -> str | None:
    if a.key != b.key or a.kind != b.kind:
        return None
    if a.kind in {"shipped", "role"}:
        return None if a.value == b.value else a.kind
    if a.kind == "metric":
        return "metric" if abs(a.value - b.value) >= 0.05 else None
    low, high = sorted((a.value, b.value))
    return a.kind if low > 0 and high / low >= 2.5 else None


_WHY = {
    "shipped": "one answer says it shipped, the other that it never did",
    "role": "one answer claims the work alone, the other a narrower part",
    "metric": "the same metric is reported with different values",
    "scale": "the number of users differs by more than 2.5x",
    "dataset_size": "the size of the data differs by more than 2.5x",
}


def find(answers: Sequence[tuple[int, str]]) -> list[Contradiction]:
    """Pairs of claims across different turns that cannot both be true."""
    per_turn = [claims(turn, text) for turn, text in answers]
    found: list[Contradiction] = []
    seen: set[tuple[int, int, str]] = set()
    for i in range(len(per_turn)):
        for j in range(i + 1, len(per_turn)):
            for a in per_turn[i]:
                for b in per_turn[j]:
                    kind = _conflict(a, b)
                    if kind and (a.turn, b.turn, kind) not in seen:
                        seen.add((a.turn, b.turn, kind))
                        found.append(Contradiction(turns=[a.turn, b.turn], claims=[a.span, b.span], why=_WHY[kind], kind=kind))
    return found
