"""Red flags as an interviewer raises them, measured against a rater who labelled them blind to the rules."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from mlprobe.analyzer import analyze
from mlprobe.vocabulary import RED_FLAGS

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "data" / "redflags" / "redflag-labels.jsonl"
Q = "Tell me about a model you shipped and how you knew it worked."


def _flags(answer: str, question: str = Q) -> dict[str, list[str]]:
    return {f.id: f.evidence for f in analyze(question, answer).red_flags}


def test_a_metric_offered_as_proof_is_flagged_and_one_that_fell_is_not() -> None:
    proud = _flags("I fine-tuned BERT on 5,000 support emails and the accuracy was 92%. Then I wrapped it in a Flask API and the team used it.")
    assert "metric_overconfidence" in proud and proud["metric_overconfidence"] == ["I fine-tuned BERT on 5,000 support emails and the accuracy was 92%."]
    fell = _flags("We shipped the churn model in March; within two weeks recall fell from 0.8 to 0.6 because billing changed how cancellations were logged.")
    assert "metric_overconfidence" not in fell


def test_a_caveat_about_the_number_clears_metric_overconfidence() -> None:
    flags = _flags("Offline accuracy was 94%. It turned out the holdout leaked customers from training, so the real number was far lower.")
    assert "metric_overconfidence" not in flags


def test_everything_went_well_is_sanitized_even_with_a_logistic_regression_in_it() -> None:
    flags = _flags("I trained a logistic regression on the claims data and it worked great. Precision increased from 85% to 99.5% and it became the standard across the organisation.")
    assert "sanitized_success" in flags
    honest = _flags("I trained a logistic regression on the claims data. It went wrong in week two: a schema change broke the features and we rolled back.")
    assert "sanitized_success" not in honest


def test_tools_the_candidate_names_with_nothing_that_happened_are_deployment_bragging() -> None:
    flags = _flags("I containerised the model with Docker, deployed it on Kubernetes with a CI/CD pipeline in GitHub Actions, and set up Airflow retraining.")
    assert "deployment_bragging" in flags


def test_an_answer_that_does_not_take_up_the_question_is_evasive_but_a_foreign_language_one_is_not() -> None:
    q = "Tell me about a time your labels were wrong."
    assert "evasive" in _flags("I get along well with people, so it hasn't really come up, and I think communication is the key to any team.", q)
    tutorial = "I fine-tuned BERT on 5,000 support emails and the accuracy was 92%. Then I wrapped it in a Flask API with Docker and deployed it on AWS."
    assert "evasive" not in _flags(tutorial)  # thin, but it answers the question with specifics
    german = "Das Modell hat nach dem Deployment schlechter funktioniert, weil sich die Eingabedaten geändert haben und niemand es bemerkte."
    assert "evasive" not in _flags(german, q)


def test_a_textbook_answer_is_theory_hedging_and_a_lived_one_is_not() -> None:
    q = "Your model's performance dropped after deployment. What do you do?"
    textbook = ("You would first check for data drift with PSI or KS tests. You should also compare the training and serving pipelines. "
                "If the drift is real you could retrain on recent data, and you might add monitoring so it is caught earlier.")
    assert "theory_hedging" in _flags(textbook, q)
    lived = ("Our fraud model's precision dropped from 0.82 to 0.61 two weeks after launch. I pulled the flagged transactions and found a new "
             "payment provider sending amounts in cents. We fixed the parser, backfilled a week of features and precision came back to 0.80.")
    assert _flags(lived, q) == {}


def test_the_labels_are_valid_and_match_the_analyzer_sentence_split() -> None:
    from mlprobe.analyzer import features

    first = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    second = [json.loads(line) for line in (LABELS.parent / "redflag-labels-2.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(first) == len(second) == 120 and sum(bool(i["flags"]) for i in first + second) > 120
    assert not {i["record_id"] for i in first} & {i["record_id"] for i in second}  # the second sample is fresh answers
    for item in first + second:
        assert set(item["flags"]) <= set(RED_FLAGS)
        assert all(0 <= i < len(item["sentences"]) for gold in item["flags"].values() for i in gold)
        assert [s.text for s in features.analyse(" ".join(item["sentences"])).sentences] == item["sentences"], item["record_id"]


def test_the_flags_agree_with_the_rater_far_more_often_than_before() -> None:
    # With the shipped model (it saw these answers' labels, not these flags). The rules of e1e1395 reached micro F1
    # 0.40 over all 120 answers, cross-fitted; see docs/evaluation.md for the honest held-out numbers.
    spec = importlib.util.spec_from_file_location("redflags_script", REPO / "scripts" / "redflags.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    report = module.score("all", shipped=True)
    assert report["answers"] == 120
    assert report["micro"]["f1"] >= 0.55
    assert report["top1_quote_precision"] >= 0.6
