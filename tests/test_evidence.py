"""The quotes shown as evidence: every heard signal gets one, and they are the sentences a rater points to."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from mlprobe.analyzer import analyze

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "data" / "evidence" / "evidence-labels.jsonl"


def _script():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("evidence_script", REPO / "scripts" / "evidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_heard_signal_quotes_a_sentence_of_the_answer() -> None:
    items = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()][:30]
    heard = 0
    for item in items:
        answer = " ".join(item["sentences"])
        a = analyze(item["question"], answer)
        for name, signal in a.signals.items():
            if name == "adapts_under_pressure":
                continue
            if signal.score < 0.5:
                assert signal.evidence == [], f"{name} not heard, yet quoted"
                continue
            heard += 1
            assert signal.evidence, f"{item['record_id']}: {name} heard at {signal.score} with nothing quoted"
            assert all(quote in item["sentences"] for quote in signal.evidence)
            assert len(signal.evidence) == len(set(signal.evidence)) <= 2
    assert heard > 60


def test_the_first_quote_is_usually_a_sentence_the_rater_chose() -> None:
    # With the shipped model (it saw these answers' labels, not their sentences). The quotes picked by signal
    # words alone scored 0.26 here, below the 0.27 of a random sentence, because most heard signals got none.
    report = _script().score("all", shipped=True)
    assert report["coverage"] == 1.0
    assert report["top1_precision"] >= 0.5
    assert report["pairs_with_gold"] >= 300


def test_the_labels_still_match_the_analyzer_sentence_split() -> None:
    from mlprobe.analyzer import features

    for line in LABELS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        sentences = item["sentences"]
        assert all(0 <= i < len(sentences) for gold in item["evidence"].values() for i in gold)
        assert [s.text for s in features.analyse(" ".join(sentences)).sentences] == sentences, item["record_id"]


def test_a_signal_heard_in_one_closing_clause_is_quoted_there() -> None:
    answer = ("I ran the pricing model for a ferry operator with four routes, trained on two summers of bookings. "
              "We refreshed prices every hour from the booking feed and the ops lead checked the weekend fares by hand. "
              "If bookings tripled, the hourly refresh would no longer finish in time, so this design only holds at our size.")
    heard = analyze("How would you scale your pricing system?", answer).signals["generalizes"]
    assert heard.score >= 0.5
    assert heard.evidence[0].startswith("If bookings tripled")
