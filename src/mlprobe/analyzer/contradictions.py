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
_SOLO = re.compile(r"\b(?:nobody else|no one else|i (?:noticed|found|chose|picked|decided on|spotted|caught|set) (?:it|the \w+|this|[\d.]+)? ?myself|i (?:built|did|wrote|designed|owned|ran|developed) (?:it|everything|the whole \w+|the entire \w+|all of it)(?: \w+){0,3} (?:alone|myself|on my own|single-handedly|solo)|(?:alone|by myself|on my own|single-handedly|solo),? i (?:built|did|wrote|developed))\b", re.I)
_PART = re.compile(r"\b(?:i just (?:implemented|coded|ran|followed|plugged in)|came from (?:the |our )?\w+'s\b|(?:was|were) (?:first )?(?:flagged|found|noticed|spotted|raised|chosen|picked|set) by|my (?:part|piece|role) was(?: mostly| only| just)?|i (?:only|mostly|just) (?:worked on|did|built|owned|handled)|(?:another|the other|a different) (?:team|engineer|person|data scientist)s? (?:built|did|wrote|owned|trained)|(?:my|our) (?:lead|senior|manager|teammate|colleague) (?:built|did|wrote|designed|trained))\b", re.I)
_NEVER_SHIPPED = re.compile(r"\b(?:never went (?:to 100%|live|out|beyond)|(?:we |they )?(?:killed|shelved|cancelled|canceled) (?:it|the project)|(?:isn't|is not|wasn't|was not) live|not live (?:anywhere )?yet|not in production|never (?:shipped|deployed|launched|went live|made it (?:to|into) production|got deployed|saw real users|used by)|(?:stayed|remained|was only|was just) (?:a |an )?(?:prototype|notebook|poc|proof of concept|offline|research)|didn't ship|did not ship|wasn't deployed|was not deployed|not deployed)\b", re.I)
_SHIPPED = re.compile(r"\b(?:after (?:we )?(?:launch(?:ed)?|shipp(?:ed|ing)|deploy(?:ed|ment)|going live|rollout)|(?:went|go) live|in production|since launch|post-launch|rolled (?:it )?out|users (?:started|complained|noticed)|live traffic|real users|was deployed|we deployed|we shipped|we launched|shipped it|deployed it|\d[\d,]*\s+(?:users|people|customers) use it|(?:served|serving|serves) (?:about |around |roughly |over |some )?\d[\d.,]*\s?(?:k|m|million|thousand)?\s+(?:daily |monthly |active )*(?:users|customers|requests))\b", re.I)


_VAGUE = {"a few hundred": 300, "a couple of hundred": 200, "a couple hundred": 200, "several hundred": 500, "hundreds of": 300,
          "a few thousand": 3000, "a couple of thousand": 2000, "several thousand": 5000, "thousands of": 3000,
          "a few dozen": 40, "dozens of": 40, "a handful of": 5, "a dozen": 12}
_VAGUE_QUANTITY = re.compile(r"\b(" + "|".join(map(re.escape, _VAGUE)) + r")\s+(?:\w+\s+){0,2}?(users|customers|people|patients|images|examples|rows|records|labels|documents)", re.I)
_BARE = re.compile(r"\b(?:had|have|got|reached|with|to)\s+(?:about\s+|around\s+|roughly\s+)?(\d+(?:[.,]\d+)?)\s?(k|m|thousand|million)\b(?!\s*(?:users|customers|people|rows|images|examples|labels|records|documents|transactions|requests))", re.I)
_DURATION_UNIT = {"day": 1, "week": 7, "month": 30, "year": 365, "quarter": 91}
_NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "couple of": 2, "few": 3}
_N = r"(\d+(?:\.\d+)?|one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|couple of|few)"
_DURATION = re.compile(
    rf"\b(?:(?:built|launched|shipped|delivered|finished|did|wrote|trained)\b[^.]{{0,30}}?\bin (?:about |around |under |just )?{_N} (day|week|month|year|quarter)s?"
    rf"|took (?:us |me |them )?(?:about |around |over |nearly |almost )?{_N} (day|week|month|year|quarter)s?"
    rf"|for (?:the |about |around |nearly |almost )?(?:last |past )?{_N} (day|week|month|year|quarter)s? (?:i|we)\b"
    rf"|(?:team|project|company|job) for (?:about |around |nearly |almost )?{_N} (day|week|month|year|quarter)s?"
    rf"|{_N} (day|week|month|year|quarter)s? in total)",
    re.I,
)
_METRIC_CONTEXT = re.compile(r"\b(offline|online|production|live|fresh|matured|validation|test|training|train|holdout|leaderboard|public|private)\b", re.I)
_LARGE_SUBSET_RATIO = 100.0  # a 'pilot' a hundred times smaller than the claimed scale is not a refinement


@dataclass(frozen=True)
class Claim:
    turn: int
    kind: str
    key: str
    value: float
    span: str
    subset: bool = False
    context: frozenset[str] = frozenset()


_NEXT_VERSION = re.compile(r"never (?:shipped|deployed|launched) the (?:second|new|next|other|v2|replacement|follow-up|updated)", re.I)


def _shipping(turn: int, sentence: str) -> list[Claim]:
    never = _NEVER_SHIPPED.search(sentence)
    if never and not _NEXT_VERSION.search(sentence):
        return [Claim(turn, "shipped", "shipped", 0.0, never.group(0))]
    shipped = _SHIPPED.search(sentence)
    return [Claim(turn, "shipped", "shipped", 1.0, shipped.group(0))] if shipped else []


def _role(turn: int, sentence: str) -> list[Claim]:
    solo, part = _SOLO.search(sentence), _PART.search(sentence)
    if solo:
        return [Claim(turn, "role", "role", 1.0, solo.group(0))]
    return [Claim(turn, "role", "role", 0.0, part.group(0))] if part else []


def _quantities(turn: int, sentence: str) -> list[Claim]:
    subset = bool(_SUBSET.search(sentence))
    found = []
    for m in _QUANTITY.finditer(sentence):
        value = float(m.group(1).replace(",", "")) * _MULT.get((m.group(2) or "").lower(), 1.0)
        found.append(_quantity_claim(turn, value, m.group(3), m.group(0), subset))
    for m in _VAGUE_QUANTITY.finditer(sentence):
        found.append(_quantity_claim(turn, float(_VAGUE[m.group(1).lower()]), m.group(2), m.group(0), subset))
    for m in _BARE.finditer(sentence):
        value = float(m.group(1).replace(",", "")) * _MULT.get(m.group(2).lower(), 1.0)
        found.append(Claim(turn, "dataset_size", "*", value, m.group(0).split(maxsplit=1)[-1], subset))
    return found


def _quantity_claim(turn: int, value: float, unit: str, span: str, subset: bool) -> Claim:
    unit = unit.lower().rstrip("s")
    people = {"user", "customer", "people", "patient", "merchant", "seller", "store", "driver", "account"}
    kind = "scale" if unit in people else "dataset_size"
    return Claim(turn, kind, "user" if unit in {"people", "customer", "patient"} else unit, value, span, subset)


def _metrics(turn: int, sentence: str) -> list[Claim]:
    found = []
    for m in _METRIC.finditer(sentence):
        value = float(m.group(2))
        value = value / 100 if (m.group(3) or value > 1.0) and value <= 100 else value
        window = sentence[max(0, m.start() - 45) : m.end()]
        context = frozenset(w.lower() for w in _METRIC_CONTEXT.findall(window))
        if value <= 1.0:
            found.append(Claim(turn, "metric", m.group(1).lower().replace(" score", ""), value, m.group(0), context=context))
    return found


def _durations(turn: int, sentence: str) -> list[Claim]:
    found = []
    for m in _DURATION.finditer(sentence):
        groups = [g for g in m.groups() if g]
        count = _NUMBER_WORDS.get(groups[0].lower()) or float(groups[0]) if not groups[0].replace(".", "").isdigit() else float(groups[0])
        found.append(Claim(turn, "timeline", "duration", float(count) * _DURATION_UNIT[groups[1].lower()], m.group(0)))
    return found


def claims(turn: int, text: str) -> list[Claim]:
    out: list[Claim] = []
    for sentence in sentences(text):
        for extract in (_shipping, _role, _quantities, _metrics, _durations):
            out.extend(extract(turn, sentence))
    return out


def _conflict(a: Claim, b: Claim) -> str | None:
    if a.kind != b.kind or (a.key != b.key and "*" not in (a.key, b.key)):
        return None
    if a.kind in {"shipped", "role"}:
        return None if a.value == b.value else a.kind
    if a.kind == "metric":
        return "metric" if a.context == b.context and abs(a.value - b.value) >= 0.05 else None
    low, high = sorted((a.value, b.value))
    if low <= 0:
        return None
    if a.subset or b.subset:
        return a.kind if high / low >= _LARGE_SUBSET_RATIO and a.kind == "scale" else None
    limit = {"timeline": 1.8, "dataset_size": 1.9}.get(a.kind, 2.5)
    return a.kind if high / low >= limit else None


_WHY = {
    "shipped": "one answer says it shipped, the other that it never did",
    "role": "one answer claims the work alone, the other a narrower part",
    "metric": "the same metric is reported with different values",
    "scale": "the number of users differs by more than 2.5x",
    "dataset_size": "the size of the data differs by about 2x or more",
    "timeline": "the time the work took differs by about 2x or more",
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
