"""Quote-supervised sentence models: a signal carried by one sentence is heard because raters quoted
such sentences, and an engine trained without quotes keeps the answer-level model alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlprobe.analyzer import features, training
from mlprobe.analyzer.engines.offline import OfflineEngine
from mlprobe.analyzer.assessment import TurnInput
from mlprobe.evaluation import dataset as ds
from mlprobe.vocabulary import SIGNALS

STORIES = [
    "I built the churn model for a gym chain with about 40 sites. We trained on two years of visits and the first version used monthly visit counts.",
    "Our delivery ETA model ran for the whole city. The first month it was off by about six minutes at lunch, so we added a rain feature and a weekday flag.",
    "At the clinic we scored no-show risk for about 900 appointments a week. The nurses called the top twenty each morning and the no-show rate fell a little.",
    "For a grocery app I ranked substitutions. We trained on accepted swaps from the previous quarter and shipped it to one region in March.",
    "I forecast bakery demand for six shops. The model used last year's sales, the weather forecast and school holidays, retrained every Sunday.",
    "We moderated comments for a news site with a small classifier. It flagged about 300 comments a day for two editors to read.",
]
FRAGILE = [
    "If traffic tripled, the nightly batch would no longer finish before the morning shift, so the design only holds at this size.",
    "This only works while the sites keep the same opening hours; a chain with 24-hour sites would break the weekly pattern.",
    "At ten times the volume the two editors could not keep up, and the threshold would have to move with them.",
]


def _record(i: int, generalizes: int, sentence: str | None) -> dict:
    story = STORIES[i % len(STORIES)]
    answer = f"{story} {sentence}" if sentence else f"{story} We kept it running and reported the numbers monthly."
    signals = {s: 0 for s in SIGNALS}
    signals.update(adapts_under_pressure=None, clarity=1, generalizes=generalizes)
    label = {"verdict": "lived", "holistic": 3, "stuffed": False, "hypothetical": False, "signals": signals}
    if sentence:
        label["quotes"] = {"generalizes": sentence[:60]}
    return {"id": f"T-{i}", "set": "answers", "question_id": None, "turns": [{"role": "interviewer", "kind": "question", "text": f"Question {i % 6}?"},
            {"role": "candidate", "text": answer}], "labels": {"turns": {"1": label}}}


@pytest.fixture(scope="module")
def turns(tmp_path_factory: pytest.TempPathFactory) -> list:
    rows = [_record(i, i % 2, FRAGILE[i % 3] if i % 2 else None) for i in range(36)]
    path = tmp_path_factory.mktemp("labelled") / "answers-T.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return ds.load([path]).turns


def test_a_quote_marks_the_sentence_that_carries_it() -> None:
    sentences = features.analyse("We shipped in March. If traffic tripled,   the batch would not finish. Nobody noticed.").sentences
    assert training._quoted(sentences, "if traffic tripled, the batch would not finish") == [False, True, False]
    assert training._quoted(sentences, "the batch would") == [False, True, False]
    assert not any(training._quoted(sentences, "we retrained every Sunday"))


def test_quoted_signals_get_a_sentence_model_that_hears_one_closing_sentence(turns: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(training, "MIN_QUOTES", 3)
    engine = OfflineEngine({"ngrams": False})
    engine.fit(turns)
    assert sorted(engine._stacks) == ["generalizes"] and "generalizes" in engine._bundle["sentence_models"]
    story = "I ran the pricing model for a ferry operator with four routes, trained on two summers of bookings."
    heard = engine.assess(TurnInput(question="Question 9?", answer=story + " If bookings tripled, the hourly refresh would no longer finish in time, so this only holds at our size."))
    plain = engine.assess(TurnInput(question="Question 9?", answer=story + " We kept it running and reported the numbers monthly."))
    assert heard.signals["generalizes"].score >= 0.5 > plain.signals["generalizes"].score


def test_without_quotes_the_answer_model_stands_alone(turns: list) -> None:
    engine = OfflineEngine({"ngrams": False, "quotes": False})
    engine.fit(turns)
    assert engine._stacks == {} and engine._bundle["sentence_models"] == {}
