"""The labelled data meets its counts and schema, spans the range, and has no near-duplicates."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from statistics import mean

import pytest

from mlprobe.vocabulary import SIGNALS

from .conftest import REPO

LABELLED = REPO / "data" / "labelled"


def records(kind: str) -> list[dict]:
    rows = []
    for path in sorted(LABELLED.glob(f"{kind}-*.jsonl")):
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return rows


@pytest.fixture(scope="module")
def all_records() -> dict[str, list[dict]]:
    return {kind: records(kind) for kind in ("answers", "constraints", "contradictions")}


def candidate_turns(all_records):
    for rows in all_records.values():
        for r in rows:
            for key, label in r["labels"]["turns"].items():
                yield r, int(key), label


def test_counts_meet_the_issue(all_records) -> None:
    answers = all_records["answers"]
    assert len(answers) >= 400
    assert len({r["question_id"] or r["turns"][0]["text"] for r in answers}) >= 25
    assert sum(r["question_id"] is None for r in answers) >= 20
    assert len(all_records["constraints"]) >= 60
    assert len(all_records["contradictions"]) >= 40


def test_every_turn_label_follows_the_schema(all_records) -> None:
    ids = Counter(r["id"] for rows in all_records.values() for r in rows)
    assert not [i for i, n in ids.items() if n > 1]
    for r, index, label in candidate_turns(all_records):
        assert r["turns"][index]["role"] == "candidate", r["id"]
        assert set(label["signals"]) == set(SIGNALS), r["id"]
        assert label["verdict"] in {"lived", "tutorial", "mixed"} and 1 <= label["holistic"] <= 5, r["id"]
        after_constraint = index > 0 and r["turns"][index - 1].get("kind") == "constraint"
        assert (label["signals"]["adapts_under_pressure"] is None) != after_constraint, r["id"]


def test_constraint_and_contradiction_labels(all_records) -> None:
    adaptations = Counter(r["labels"]["adaptation"] for r in all_records["constraints"])
    assert set(adaptations) == {"adapts", "restarts", "hedges", "ignores"}
    consistent = Counter(r["labels"]["consistent"] for r in all_records["contradictions"])
    assert consistent[True] >= 10 and consistent[False] >= 15
    for r in all_records["contradictions"]:
        if not r["labels"]["consistent"]:
            c = r["labels"]["contradiction"]
            assert c["kind"] in {"scale", "role", "shipped", "dataset_size", "metric", "who", "timeline"}
            texts = [t["text"] for t in r["turns"]]
            assert all(any(claim in t for t in texts) for claim in c["claims"]), r["id"]


def test_answers_span_the_whole_range(all_records) -> None:
    personas = Counter(r["persona"] for r in all_records["answers"])
    for persona in ("lived_large", "lived_small", "textbook", "tutorial_project", "hypothetical", "stuffed", "mixed", "evasive"):
        assert personas[persona] >= 15, persona
    registers = Counter(r.get("register") for r in all_records["answers"])
    assert {"spoken", "terse", "non_native", "written"} <= set(registers)


def test_lived_answers_are_not_systematically_longer(all_records) -> None:
    lengths = defaultdict(list)
    for r, index, label in candidate_turns(all_records):
        lengths[label["verdict"]].append(len(r["turns"][index]["text"].split()))
    assert mean(lengths["lived"]) <= 1.15 * mean(lengths["tutorial"])


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def test_no_answer_is_duplicated_or_near_duplicated(all_records) -> None:
    texts = [(r["id"], r["turns"][i]["text"]) for r, i, _ in candidate_turns(all_records)]
    sets = [_shingles(t) for _, t in texts]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for sh in s:
            index[sh].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) < 30:
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    shared[(members[a], members[b])] += 1
    for (a, b), n in shared.items():
        jaccard = n / len(sets[a] | sets[b])
        assert jaccard < 0.5, f"{texts[a][0]} and {texts[b][0]} are near-duplicates ({jaccard:.2f})"
