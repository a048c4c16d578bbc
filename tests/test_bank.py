"""The shipped bank: schema, coverage, structure, and no near-duplicates."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from mlprobe.bank import load_bank
from mlprobe.vocabulary import PROBES, THEMES

PINNED = Path(__file__).resolve().parent.parent / "data" / "labelled" / "QUESTIONS.md"
REQUIRED_THEMES = set(THEMES)


@pytest.fixture(scope="module")
def bank():
    return load_bank(None)


def test_bank_meets_coverage(bank) -> None:
    assert len(bank) >= 120
    themes = bank.themes()
    assert len(themes) >= 14
    assert REQUIRED_THEMES <= set(themes), f"missing themes: {REQUIRED_THEMES - set(themes)}"


def test_every_question_has_all_probe_types_and_constraints(bank) -> None:
    for q in bank.questions:
        for probe in PROBES:
            assert q.follow_ups.for_probe(probe), f"{q.id} has no '{probe}' follow-up"
        assert 2 <= len(q.constraints) <= 4, q.id
        assert 4 <= len(q.talking_points) <= 8, q.id


def test_pinned_questions_are_present_with_their_prompts(bank) -> None:
    rows = re.findall(r"^\| ([a-z0-9]+-[a-z0-9-]+) \| ([a-z_]+) \| (.+?) \|$", PINNED.read_text(), re.M)
    assert len(rows) >= 25
    for qid, theme, prompt in rows:
        q = bank.get(qid)
        assert (q.theme, q.prompt) == (theme, prompt)


def test_bank_spans_levels_and_domains(bank) -> None:
    assert {q.level for q in bank.questions} == {"junior", "mid", "senior"}
    assert len({q.domain for q in bank.questions if q.domain}) >= 10


def _shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def test_no_two_questions_are_near_duplicates(bank) -> None:
    texts = {q.id: _shingles(f"{q.prompt} {q.context or ''}") for q in bank.questions}
    for (a, sa), (b, sb) in itertools.combinations(texts.items(), 2):
        jaccard = len(sa & sb) / len(sa | sb)
        assert jaccard < 0.5, f"{a} and {b} are near-duplicates (3-word shingle Jaccard {jaccard:.2f})"


def test_strong_sample_answers_are_not_copies_of_weak_ones(bank) -> None:
    for q in bank.questions:
        weak, strong = _shingles(q.sample_reasoning.weak.answer), _shingles(q.sample_reasoning.strong.answer)
        assert len(weak & strong) / len(weak | strong) < 0.3, q.id
