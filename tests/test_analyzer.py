"""The analyzer as a candidate meets it: robust to gaming, deterministic, never crashing."""

from __future__ import annotations

import pytest

from mlprobe.analyzer import analyze
from mlprobe.analyzer.assessment import TurnInput
from mlprobe.errors import InvalidInput
from mlprobe.vocabulary import SIGNALS

LIVED = (
    "The first time our fraud model dropped after launch, half the 'drop' was label delay: chargebacks take about "
    "60 days, so the last month looked worse than it was. The rest was real. An upstream team had re-coded merchant "
    "categories and our top feature went to 80% nulls overnight. We rolled back to the previous model, got the "
    "mapping fixed with their lead, and added per-feature null-rate alerts. That alert fired twice in the next quarter."
)
STUFFED = (
    "I implemented a robust end-to-end MLOps pipeline with drift monitoring using PSI and KS tests, a feature store "
    "in Feast, canary deployments on Kubernetes and automated retraining in Airflow. I set up SHAP explainability "
    "for stakeholders and data-centric governance with Great Expectations, plus CI/CD and observability in Grafana."
)
HYPOTHETICAL = (
    "One risk could be that the labels are delayed, so the metric might look worse than it is. There could also be "
    "an upstream schema change that breaks a feature, or concept drift. I would check the input distributions, and "
    "if something failed I would roll back to the previous model and add monitoring so it would not happen again."
)


def test_lived_answer_reads_as_lived_with_quoted_evidence() -> None:
    a = analyze("Your model's performance dropped after deployment. What do you do?", LIVED)
    assert a.lived_experience >= 0.5 and a.holistic >= 3
    assert a.signals["data_first"].score >= 0.5
    assert all(e in LIVED for e in a.signals["data_first"].evidence) and a.signals["data_first"].evidence


def test_keyword_stuffing_is_not_rated_lived_and_is_flagged() -> None:
    a = analyze("Tell me about monitoring in production.", STUFFED)
    assert a.lived_experience < 0.5
    assert "keyword_stuffing" in {f.id for f in a.red_flags}


def test_a_stuffing_flag_caps_lived_experience_however_confident_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model can be fooled by a real-sounding sentence inside a rubric list; the flag's rule still holds."""
    from mlprobe.analyzer.engines.offline import STUFFED_CEILING, OfflineEngine

    class Sure:  # a lived model that is certain of everything
        def proba(self, x: object) -> list[float]:
            return [0.9]

    engine = OfflineEngine()
    engine._ready()
    monkeypatch.setitem(engine._models, "lived", Sure())
    question = "Tell me about monitoring in production."
    stuffed, lived = (engine.assess(TurnInput(question=question, answer=text)) for text in (STUFFED, LIVED))
    assert "keyword_stuffing" in {f.id for f in stuffed.red_flags} and stuffed.lived_experience == STUFFED_CEILING
    assert "keyword_stuffing" not in {f.id for f in lived.red_flags} and lived.lived_experience == 0.9
    uncapped = OfflineEngine({"stuffing_cap": False})
    uncapped._ready()
    monkeypatch.setitem(uncapped._models, "lived", Sure())
    assert uncapped.assess(TurnInput(question=question, answer=STUFFED)).lived_experience == 0.9


def test_hypothetical_failures_do_not_earn_owns_failure() -> None:
    a = analyze("Your model's performance dropped after deployment. What do you do?", HYPOTHETICAL)
    assert a.signals["owns_failure"].score < 0.5 and a.lived_experience < 0.5
    assert {"hypothetical_failure", "theory_hedging"} & {f.id for f in a.red_flags}


def test_first_person_alone_is_not_lived() -> None:
    text = "I think I would use XGBoost because I like it, and I always tune my hyperparameters with cross-validation. I believe I generally get good results."
    assert analyze("Which model would you use?", text).lived_experience < 0.5


def test_repeating_or_padding_does_not_raise_scores() -> None:
    base = analyze("q", HYPOTHETICAL)
    repeated = analyze("q", " ".join([HYPOTHETICAL] * 5))
    assert repeated.model_dump() == base.model_dump()
    padded = analyze("q", HYPOTHETICAL + " " + "Um, so yeah, that is basically it, I guess. " * 3)
    assert padded.lived_experience <= base.lived_experience + 0.05
    assert all((padded.signals[s].score or 0) <= (base.signals[s].score or 0) + 0.05 for s in SIGNALS)


def test_identical_input_gives_identical_output() -> None:
    assert analyze("q", LIVED).model_dump() == analyze("q", LIVED).model_dump()


@pytest.mark.parametrize("text", ["", "   ", "Yes.", "word " * 25_000, "Wir haben das Modell zurückgerollt, weil die Labels verspätet waren.", "数据漂移导致模型性能下降。", "\U0001f600" * 50])
def test_odd_inputs_get_a_sensible_result(text: str) -> None:
    a = analyze("q", text)
    assert 0 <= a.lived_experience <= 1 and 1 <= a.holistic <= 5
    assert set(a.signals) == set(SIGNALS) and a.advice
    if not text.strip():
        assert [f.id for f in a.red_flags] == ["evasive"] and a.holistic == 1


def test_binary_input_is_a_clear_error() -> None:
    from mlprobe.analyzer import clean_answer

    with pytest.raises(InvalidInput, match="binary"):
        clean_answer(b"\x00\x01\x02\xff")


def test_adaptation_is_scored_only_after_a_constraint() -> None:
    first = "We had a churn model scored weekly; the retention team called the top 500 accounts."
    adapted = (
        "That changes the order of work. With labels six weeks late I can't wait to measure churn, so first I'd "
        "track the score distribution and the call team's acceptance rate as proxies, and keep the weekly model "
        "as it is until the labels catch up."
    )
    restarted = "Let me start from scratch. In general, the first step is to collect data and train a model, then evaluate it."
    before = analyze("q", first)
    assert before.signals["adapts_under_pressure"].score is None
    good = analyze("q", adapted, previous=[first], constraint="Assume the churn labels now arrive six weeks late.")
    bad = analyze("q", restarted, previous=[first], constraint="Assume the churn labels now arrive six weeks late.")
    assert good.signals["adapts_under_pressure"].score > bad.signals["adapts_under_pressure"].score
    assert bad.signals["adapts_under_pressure"].score < 0.5


def test_talking_points_quote_the_matching_sentence() -> None:
    a = analyze("", LIVED, question_id="perf-drop-after-deployment")
    assert a.talking_points.covered and a.talking_points.missed is not None
    for m in a.talking_points.matches:
        assert m.sentence is None or m.sentence in LIVED


def test_advice_quotes_the_answer_and_names_a_missing_signal() -> None:
    a = analyze("q", HYPOTHETICAL)
    assert 2 <= len(a.advice) <= 4
    assert any("“" in item and any(s in item for s in ("One risk", "I would", "There could")) for item in a.advice)
    assert any(item.startswith("Missing ") for item in a.advice)


CHURN = (
    "At my last job I owned the churn model for a telecom with about 2 million subscribers. The first version looked "
    "great offline, AUC 0.86, but when we ran the retention campaign the uplift was basically zero. It turned out the "
    "model was mostly finding people who had already called to cancel. I rebuilt the label to predict churn 60 days "
    "out and the campaign finally moved retention by about 1.5 points. The marketing lead and I agreed we'd rather "
    "target fewer people earlier."
)


def _advice_for_missing(answer: str, missing: tuple[str, ...]) -> list[str]:
    from mlprobe.analyzer import advice, features
    from mlprobe.analyzer.assessment import SignalScore, TalkingPoints

    signals = {name: SignalScore(score=0.2 if name in missing else 0.9) for name in SIGNALS if name != "adapts_under_pressure"}
    return advice.build(features.analyse(answer), signals, [], TalkingPoints())


def test_each_piece_of_advice_is_anchored_where_its_signal_would_go() -> None:
    items = _advice_for_missing(CHURN, ("owns_failure", "specific_tradeoffs", "collaboration", "generalizes"))
    by_signal = {item.split(".")[0].removeprefix("Missing "): item for item in items}
    assert set(by_signal) == {"owns_failure", "specific_tradeoffs", "collaboration", "generalizes"}
    # The sentence that already names a partner is where collaboration is pushed, and the advice asks for
    # what is missing there, not for a name the candidate already gave.
    assert "“The marketing lead and I agreed we'd rather target fewer people earlier.”" in by_signal["collaboration"]
    assert "name who you worked with" not in by_signal["collaboration"]
    # What generalizes comes after the story ends.
    assert by_signal["generalizes"].startswith("Missing generalizes. After “The marketing lead and I agreed")
    quotes = [item.split("“")[1].split("”")[0] for item in items if "“" in item and not item.split(".")[1].startswith(" After")]
    assert len(quotes) == len(set(quotes)), f"two pieces of advice push on the same sentence: {quotes}"
    assert all(q.rstrip("…") in CHURN for q in quotes)


def test_advice_on_a_one_sentence_answer_still_quotes_it() -> None:
    items = _advice_for_missing("We tuned the model until validation accuracy was 0.91.", ("owns_failure", "data_first"))
    assert len(items) == 2 and all("“We tuned the model until validation accuracy was 0.91.”" in item for item in items)


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("Our app had about 12,000 daily active users.", "At our size, a few hundred people open the app each day.", "scale"),
        ("We built and launched it in six weeks.", "The labelling alone took us three months before we could train anything.", "timeline"),
        ("I chose the 0.8 threshold myself; nobody else weighed in.", "The threshold was set by the finance team from their cost estimates.", "role"),
        ("After launch, complaints dropped by a third.", "We killed it after the test, so it never went live.", "shipped"),
    ],
)
def test_contradictions_across_answers_are_found(first: str, second: str, kind: str) -> None:
    from mlprobe.analyzer import find_contradictions

    found = find_contradictions([(1, first), (3, second)])
    assert [c.kind for c in found] == [kind] and found[0].turns == [1, 3]
    assert all(claim in first + second for claim in found[0].claims)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The product has about 2M users overall.", "The pilot ran with 200k users in one region."),
        ("AUC was 0.91 offline.", "In production, on matured labels, AUC was 0.86."),
        ("We never shipped the second model.", "The first model has been in production since 2022."),
    ],
)
def test_refinements_are_not_contradictions(first: str, second: str) -> None:
    from mlprobe.analyzer import find_contradictions

    assert find_contradictions([(1, first), (3, second)]) == []
