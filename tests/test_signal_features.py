"""Sentence-level signal features and tuned signal thresholds of the offline engine."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from mlprobe.analyzer import features, sentence_signals
from mlprobe.analyzer.embedding import load_embedder


def _features(text: str, embed: bool = True) -> dict[str, float]:
    cues = features.analyse(text)
    embedder = load_embedder() if embed else None
    vectors = embedder.embed([s.text for s in cues.sentences]) if embedder is not None and cues.sentences else None
    return sentence_signals.features(cues.sentences, vectors, embedder)


def test_owned_failure_is_heard_and_a_hypothetical_one_is_not() -> None:
    owned = _features("That was my mistake: I shipped the join without a test and 12% of the rows were dropped for a week.")
    hypothetical = _features("If someone made a mistake in the join, rows could be dropped and the model might fail.")
    blamed = _features("The vendor's export was broken for a week.")
    assert owned["own_failure_log"] > 0
    assert hypothetical["own_failure_log"] == 0
    assert blamed["own_failure_log"] == 0


def test_tradeoff_needs_a_number_and_a_generic_one_is_not_heard() -> None:
    assert _features("We accepted 2 points lower recall so the review team saw only 300 cases a day.")["tradeoff_number_log"] > 0
    assert _features("There is always a tradeoff between precision and recall.")["tradeoff_number_log"] == 0


def test_documentation_register_is_concrete_without_past_tense() -> None:
    """A present-tense practitioner note carries checkable specifics; a textbook sentence does not."""
    note = _features("Symptom: the job hangs on 64 GPUs when --use-fast-loader is set; the culprit is the NCCL timeout in train.py.")
    textbook = _features("Distributed training requires careful configuration of the learning rate and batch size.")
    assert note["tech_specific_log"] > 0 and note["incident_specific_log"] > 0 and note["concrete_nonhypo_rate"] == 1.0
    assert textbook["tech_specific_log"] == 0 and textbook["incident_specific_log"] == 0 and textbook["concrete_rate"] == 0


def test_generalisation_with_an_anchor_is_heard() -> None:
    anchored = _features("The fragile assumption is our 40k daily users in one time zone; at ten times that the nightly job breaks first.")
    generic = _features("Machine learning is useful for many problems.")
    assert anchored["general_anchor_log"] > 0 and generic["general_anchor_log"] == 0


def test_prototype_margin_prefers_an_owned_failure_to_a_generic_remark() -> None:
    owned = _features("I missed it for a month because I trusted the validation score, and we shipped a worse model.")
    generic = _features("Models can fail in production for many reasons, so it is important to test them.")
    assert owned["proto_owns_failure_margin"] > generic["proto_owns_failure_margin"]


def test_padding_and_repetition_do_not_raise_sentence_features() -> None:
    text = "That was my mistake: I shipped the join without a test. We rolled back after 2 days."
    once = sentence_signals.vector(features.analyse(text).sentences, None)
    thrice = sentence_signals.vector(features.analyse(" ".join([text] * 3)).sentences, None)
    assert np.array_equal(once, thrice)


def test_empty_answer_gives_zero_features() -> None:
    assert not sentence_signals.vector([], None).any()
    assert len(sentence_signals.vector([], None)) == len(sentence_signals.SENTENCE_FEATURE_NAMES)


def test_best_f1_threshold_finds_the_cut() -> None:
    from mlprobe.analyzer.training import best_f1_threshold

    scores = np.array([-3.0, -2.0, -1.5, -1.0, 0.5, 1.0, 2.0, 3.0, -0.5, -0.8])
    y = np.array([0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
    cut = best_f1_threshold(scores, y)
    assert -1.0 < cut <= -0.8  # every positive above the cut, every negative below


def test_tuned_threshold_moves_the_half_point_of_a_signal_model() -> None:
    """With a tuned threshold, proba 0.5 sits at the out-of-fold F1-best cut, not at the balanced boundary."""
    from mlprobe.analyzer.training import best_f1_threshold, fit_logistic

    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 4))
    y = (X[:, 0] + rng.normal(scale=1.0, size=300) > 1.2).astype(int)  # rare, noisy positives
    groups = [str(i % 10) for i in range(300)]
    plain = fit_logistic(X, y, groups, C=1.0, calibrate=False)
    tuned = fit_logistic(X, y, groups, C=1.0, calibrate=False, threshold=True)
    assert tuned.platt_a == 1.0 and tuned.platt_b != 0.0
    assert np.allclose(tuned.decision(X), plain.decision(X))

    def f1(p: np.ndarray) -> float:
        heard = p >= 0.5
        tp = (heard & (y == 1)).sum()
        return 2 * tp / (2 * tp + (heard & (y == 0)).sum() + (~heard & (y == 1)).sum())

    assert f1(tuned.proba(X)) >= f1(plain.proba(X))
    assert best_f1_threshold(plain.decision(X), y) != 0.0


def test_engine_rebuilds_the_training_feature_row_exactly() -> None:
    """The prediction path builds the same feature vector, column for column, as training did."""
    from mlprobe.analyzer import tfidf
    from mlprobe.analyzer.engines.offline import OfflineEngine, shipped_bundle
    from mlprobe.analyzer.training import answer_matrix

    class Turn:
        question = "Your model's performance dropped after deployment. What do you do?"
        answer = "The null-rate alert fired on a Friday; I had shipped the schema change myself, so we rolled back within 2 hours."

    bundle = shipped_bundle()
    assert bundle["sentence_features"] == sentence_signals.SENTENCE_FEATURE_NAMES
    engine = OfflineEngine()
    engine._ready()
    embed = load_embedder()
    trained_row = answer_matrix([Turn()], embed, tfidf.Transformer(bundle["ngrams"]))[0]
    cues = features.analyse(Turn.answer)
    vectors = embed.embed([s.text for s in cues.sentences])
    served_row = engine._vector(cues, Turn.question, vectors, embed)[0]
    assert served_row.shape == trained_row.shape
    assert np.allclose(served_row, trained_row)
    assert len(engine._models["lived"].coef) == len(served_row)


@pytest.mark.parametrize("module", ["sklearn", "scipy"])
def test_prediction_path_does_not_import_training_tools(module: str) -> None:
    code = (
        "import sys\n"
        "from mlprobe.analyzer import analyze\n"
        "analyze('q', 'I shipped it, the alert fired after 2 days and we rolled back.')\n"
        f"assert {module!r} not in sys.modules, sorted(m for m in sys.modules if m.startswith({module!r}))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
