"""``mlprobe eval`` as a user runs it: on the project's data, on external passages, on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import REPO, SHARED

LABELLED = REPO / "data" / "labelled"
CORPUS = sorted(SHARED.glob("corpus/passages*.jsonl"))
needs_corpus = pytest.mark.skipif(not CORPUS, reason="the shared external corpus is not next to this checkout")


@pytest.fixture(scope="module")
def cv_report() -> dict:
    from mlprobe.evaluation.run import run_evaluation

    return run_evaluation([LABELLED], "baseline", {}, [LABELLED], "persona", 3, 5, 0, 200)


def test_cross_validated_report_has_every_metric_with_intervals(cv_report: dict) -> None:
    assert cv_report["protocol"].startswith("5-fold cross-validation grouped by question")
    for key in ("lived_auc", "ece", "holistic_qwk", "adaptation_accuracy", "stuffed_rated_lived", "hypothetical_rated_lived", "signal_macro_f1"):
        est = cv_report[key]
        assert est["low"] <= est["value"] <= est["high"], key
    assert set(cv_report["signals"]) >= {"data_first", "owns_failure", "adapts_under_pressure"}
    assert cv_report["contradiction"]["n"] >= 40
    assert len(cv_report["worst"]) == 3 and all(w["text"] for w in cv_report["worst"])
    assert {row["slice"] for row in cv_report["slices"]["rows"]} >= {"stuffed", "lived_small", "textbook"}
    lived_rows = [row for row in cv_report["slices"]["rows"] if row["slice"].startswith("lived")]
    assert all(0 < row["signal_macro_f1"] <= 1 for row in lived_rows)  # a slice's own signal F1, for '--by source'


def test_folds_never_share_a_question() -> None:
    from mlprobe.evaluation import dataset, harness

    data = dataset.load([LABELLED])
    folds = harness.fold_of([t.group for t in data.turns], 5, 0)
    seen: dict[str, int] = {}
    for t in data.turns:
        assert seen.setdefault(t.group, folds[t.group]) == folds[t.group]
    assert len(set(folds.values())) == 5


@needs_corpus
def test_eval_cli_json_and_external_corpus(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = cli("eval", *map(str, CORPUS), "--json", "--rounds", "100", "--by", "source")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["counts"]["answers"] == 179 and report["counts"]["lived"] == 52
    assert report["protocol"].startswith("trained on the project's labelled data")
    assert 0.5 < report["lived_auc"]["value"] <= 1.0
    assert any(r["slice"] == "stas00/ml-engineering" for r in report["slices"]["rows"])


def test_eval_renders_a_readable_report(cli) -> None:
    # two of the files keep this to one fold-set of small trainings; the full run is in docs/evaluation.md
    result = cli("eval", str(LABELLED / "answers-A.jsonl"), str(LABELLED / "constraints-A.jsonl"), "--rounds", "100", "--worst", "1")
    assert result.code == 0
    assert "ROC AUC, lived vs not" in result.out and "Worst misses" in result.out


def test_contradiction_report_shows_what_accusing_every_pair_would_score(cli) -> None:
    batch = REPO / "data" / "heldout" / "contradictions-H24.jsonl"  # 10 of its 17 pairs are contradictions
    from rich.console import Console

    from mlprobe.views.evaluation import print_report

    full = json.loads(cli("eval", str(batch), "--json", "--rounds", "100").out)
    report = full["contradiction"]
    assert report["n"] == 17 and report["inconsistent"] == 10
    assert report["accuse_all_f1"] == pytest.approx(2 * (10 / 17) / (1 + 10 / 17), abs=1e-3)  # 0.741
    console = Console(width=160, record=True)
    print_report(console, full)
    assert "accusing every pair: F1 0.741" in console.export_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "nope"], "unknown engine 'nope'; available engines: baseline, offline"),
        (["--option", "C"], "--option takes KEY=VALUE"),
        (["--option", "colour=red"], "engine 'offline' option 'colour'"),
    ],
)
def test_bad_engine_choices_are_one_line_errors(cli, args: list[str], message: str) -> None:
    result = cli("eval", str(LABELLED), *args)
    assert result.code == 3 and message in result.err and "Traceback" not in result.err


def test_malformed_dataset_line_is_named(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    good = (LABELLED / "answers-A.jsonl").read_text().splitlines()[0]
    bad.write_text(good + "\n{not json\n")
    result = cli("eval", str(bad))
    assert result.code == 3 and f"{bad}:2: invalid JSON" in result.err


@needs_corpus
def test_external_eval_without_training_data_says_how_to_fix(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("eval", str(CORPUS[0]))
    assert result.code == 3 and "--train" in result.err
