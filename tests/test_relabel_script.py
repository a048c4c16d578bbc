"""The second labelling pass changes a label only when two blind raters both read it differently, checks
that every quote comes from the answer it labels, and can be undone on its own."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
_spec = importlib.util.spec_from_file_location("relabel_script", REPO / "scripts" / "relabel.py")
relabel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(relabel)
import audit  # noqa: E402

FIVE = {"owns_failure": 0, "specific_tradeoffs": 0, "post_deployment": 0, "collaboration": 0, "generalizes": 0}
ANSWER = "The alert fired on day two and we rolled back; the ops lead asked for a manual queue."


def _setup(tmp_path: Path) -> Path:
    labelled = tmp_path / "labelled"
    for sub in ("audit", "relabel/second", "relabel/third"):
        (labelled / sub).mkdir(parents=True)
    rows = [{"id": f"X-{i}", "set": "answers", "turns": [{"role": "interviewer", "text": "Q?"}, {"role": "candidate", "text": ANSWER}],
             "labels": {"turns": {"1": {"verdict": "lived", "signals": {**FIVE, "clarity": 1}}}}} for i in (1, 2, 3)]
    (labelled / "answers-X.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return labelled


def _rate(folder: Path, rows: list[tuple[str, dict, dict]]) -> None:
    (folder / "rater-01.jsonl").write_text("".join(json.dumps({"id": rid, "turn": "1", "signals": s, "quotes": q}) + "\n" for rid, s, q in rows))


def test_a_label_changes_only_when_the_second_and_third_rater_both_disagree(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    labelled = _setup(tmp_path)
    before = (labelled / "answers-X.jsonl").read_bytes()
    quote = {"post_deployment": "The alert fired on day two and we rolled back"}
    _rate(labelled / "relabel" / "second", [("X-1", {**FIVE, "post_deployment": 1}, quote), ("X-2", {**FIVE, "post_deployment": 1}, quote), ("X-3", FIVE, {})])
    _rate(labelled / "relabel" / "third", [("X-1", {"post_deployment": 1}, quote), ("X-2", {"post_deployment": 0}, {})])
    report = relabel.compare(tmp_path / "tasks", labelled)
    assert report["disagreements"] == 2 and report["signals"]["post_deployment"]["second_1"] == 2
    blind = [json.loads(line) for f in sorted((tmp_path / "tasks").glob("*.jsonl")) for line in f.read_text().splitlines()]
    assert sorted(t["id"] for t in blind) == ["X-1", "X-2"] and all(t["signals_to_rate"] == ["post_deployment"] and "labels" not in t for t in blind)
    proposals = relabel.propose(labelled)
    assert [(p["id"], p["signal"], p["old"], p["new"]) for p in proposals] == [("X-1", "post_deployment", 0, 1)]
    audit.apply(labelled)
    rows = [json.loads(line) for line in (labelled / "answers-X.jsonl").read_text().splitlines()]
    assert [r["labels"]["turns"]["1"]["signals"]["post_deployment"] for r in rows] == [1, 0, 0]
    audit.original(tmp_path / "pre", labelled, only="second-pass.audit.jsonl")
    assert (tmp_path / "pre" / "answers-X.jsonl").read_bytes() == before
    assert "kept (third rater sides with the label): 1" in capsys.readouterr().out


def test_a_quote_not_in_the_answer_is_reported(tmp_path: Path) -> None:
    labelled = _setup(tmp_path)
    _rate(labelled / "relabel" / "second", [("X-1", {**FIVE, "collaboration": 1}, {"collaboration": "the ops lead asked for a manual queue"}),
                                            ("X-2", {**FIVE, "collaboration": 1}, {"collaboration": "the product manager signed off"}),
                                            ("X-3", {**FIVE, "generalizes": 1}, {})])
    problems = relabel.check(labelled / "relabel" / "second", labelled)
    assert len(problems) == 2 and problems[0].startswith("X-2/1/collaboration") and problems[1].startswith("X-3/1/generalizes")
