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


def test_a_stuffed_story_is_sanitized_though_its_rubric_words_name_failures() -> None:
    stuffed = ("We built a data-centric MLOps platform with drift monitoring, SHAP explainability and a feature store for every failure mode. "
               "The framework was adopted across the company and became the blueprint for every model release, with zero incidents.")
    assert "sanitized_success" in _flags(stuffed)  # 'drift' and 'failure mode' here are vocabulary, not something that went wrong


def test_a_project_told_with_results_and_nothing_going_wrong_is_sanitized_and_a_lived_one_is_not() -> None:
    tutorial = ("For my capstone I trained an XGBoost model on the Kaggle Telco churn data. I tuned it with Optuna and we got an AUC of 0.91 "
                "on the test set. I presented the results to the class and wrote a report.")
    flags = _flags(tutorial)
    assert "sanitized_success" in flags and "metric_overconfidence" in flags
    lived = ("Our ranking model went from 0.31 to 0.38 NDCG offline, so I shipped it to 5% of traffic in March. Two weeks in, support tickets "
             "about irrelevant results doubled because the new model pushed out-of-stock items; we added a stock filter and only then rolled out to everyone.")
    assert _flags(lived) == {}  # a lived account's number comes with what happened next


def test_metric_claims_in_other_shapes_and_an_ab_test_is_not_a_caveat() -> None:
    assert "metric_overconfidence" in _flags("I built a fraud model on the bank's transactions that reduced declines by 30% and improved approval rates by 12%. The stakeholders loved it.")
    assert "metric_overconfidence" in _flags("I built a recommendation model for the shop and the A/B test showed a 14% lift in conversion with p < 0.01, so it was clearly better.")


def test_an_answer_in_no_ones_voice_is_theory_hedging_but_a_plan_with_numbers_is_not() -> None:
    textbook = ("The standard approach is to monitor the score distribution with PSI against a reference window. Input feature drift should be "
                "tracked per segment. Common remedies are retraining on recent data or recalibrating the threshold. Delayed labels are handled with proxy outcomes.")
    assert "theory_hedging" in _flags(textbook, "How do you detect degradation before users complain?")
    plan = ("I'd ramp the new model from 5% to 50% of traffic over two weeks and write the ship criteria down before looking: a 2% lift in "
            "checkout with latency under 80 ms.")
    assert "theory_hedging" not in _flags(plan, "How would you roll out a new ranking model?")


def test_a_tradeoff_named_with_a_tool_is_generic_and_one_with_numbers_is_not() -> None:
    generic = ("I picked the model based on the bias-variance tradeoff using SHAP and AutoML. It is always a tradeoff between accuracy and "
               "interpretability, and in the end it depends on the business requirements.")
    assert "generic_tradeoff" in _flags(generic)
    specific = ("We gave up 2 points of recall to get p99 latency from 120 ms to 40 ms, a tradeoff the checkout team asked for because every "
                "100 ms cost them about 1% of orders.")
    assert "generic_tradeoff" not in _flags(specific)


def test_a_plan_that_takes_up_the_question_is_not_evasive() -> None:
    q = "Sales dropped during a promotion week and the forecast missed it. What happened?"
    plan = "I'd first want to know if the model even knew the promo was happening. It could be the promo info arrived late, or it was just a yes/no flag."
    assert "evasive" not in _flags(plan, q)
    assert "evasive" in _flags("Honestly it depends, I'd say you just have to see.", q)


def test_the_labels_are_valid_and_match_the_analyzer_sentence_split() -> None:
    from mlprobe.analyzer import features

    first = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    second = [json.loads(line) for line in (LABELS.parent / "redflag-labels-2.jsonl").read_text(encoding="utf-8").splitlines()]
    third, fourth, fifth = ([json.loads(line) for line in (LABELS.parent / f"redflag-labels-{k}.jsonl").read_text(encoding="utf-8").splitlines()]
                            for k in (3, 4, 5))
    assert len(first) == len(second) == 120 and len(third) == 107 and len(fourth) == 88 and len(fifth) == 84
    assert sum(bool(i["flags"]) for i in first + second) > 120
    ids = [{i["record_id"] for i in sample} for sample in (first, second, third, fourth, fifth)]
    for k in range(1, len(ids)):
        assert not set().union(*ids[:k]) & ids[k]  # each later sample is fresh answers
    for item in first + second + third + fourth + fifth:
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


def test_a_project_told_as_the_steps_that_built_it_is_a_linear_narrative_but_advice_is_not() -> None:
    steps = _flags("In my internship I had two weeks to build a model to classify customer emails. I used pretrained BERT and fine-tuned it on "
                   "5,000 emails, the accuracy was 92%. Then I made an API with Flask and deployed it in Azure for the support team.")
    assert "linear_narrative" in steps and any("Then I made an API" in q for q in steps["linear_narrative"])
    pushed_back = _flags("In my internship I had two weeks to build a model to classify customer emails. I used pretrained BERT and fine-tuned it on "
                         "5,000 emails, the accuracy was 92%. Then I made an API with Flask, but the support team ignored it because half the "
                         "categories did not match how they actually triaged, so I went back and relabelled with them.")
    assert "linear_narrative" not in pushed_back
    advice = _flags("I would first profile where the time goes. Then I would try a smaller model, and finally I would cache the feature lookups.")
    assert "linear_narrative" not in advice


def test_a_project_told_as_one_list_of_steps_is_a_linear_narrative() -> None:
    listed = _flags("For my NLP course project I tackled dialect bias in toxicity detection. I used the Jigsaw bias dataset, fine-tuned "
                    "RoBERTa-base, and measured subgroup AUC on the dialect slices. Reweighting brought the slice from 0.88 to 0.92.")
    assert "linear_narrative" in listed and any("fine-tuned" in q for q in listed["linear_narrative"])
    chosen = _flags("In my recommendation project I optimised for watch time instead of clicks. I used the KuaiRec dataset, trained a "
                    "two-tower retriever, and built a ranking model on top. The AUC was 0.78 against 0.71 for the click baseline.")
    assert "linear_narrative" in chosen  # 'instead of clicks' is a choice, not a turn where anything pushed back
    pushed_back = _flags("For my course project I tackled dialect bias in toxicity detection. I used the Jigsaw bias dataset, fine-tuned "
                         "RoBERTa-base, and measured subgroup AUC, but the dialect labels turned out to be guesses from usernames, so I "
                         "relabelled 500 comments with two annotators.")
    assert "linear_narrative" not in pushed_back
    planned = _flags("I would use a public bias dataset, fine-tune a RoBERTa model, and measure subgroup AUC on the dialect slices.")
    assert "linear_narrative" not in planned
