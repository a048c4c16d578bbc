"""The label audit is applied with a record: stale or conflicting proposals are skipped, every change is
logged, and the labels before the audit can be rebuilt byte for byte."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("audit_script", REPO / "scripts" / "audit.py")
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)

SIGNALS = {"data_first": 0, "owns_failure": 0, "metrics_as_proxies": 1, "generalizes": 0, "clarity": 1}


def _record(rid: str) -> dict:
    return {"id": rid, "set": "answers", "turns": [{"role": "interviewer", "text": "Q?"}, {"role": "candidate", "text": "Café — we shipped."}],
            "labels": {"turns": {"1": {"verdict": "lived", "signals": dict(SIGNALS)}}}}


def _setup(tmp_path: Path, *proposal_files: list[dict]) -> Path:
    labelled = tmp_path / "labelled"
    (labelled / "audit").mkdir(parents=True)
    (labelled / "answers-X.jsonl").write_text("".join(json.dumps(_record(r), ensure_ascii=False) + "\n" for r in ("X-1", "X-2", "X-3")), encoding="utf-8")
    for n, rows in enumerate(proposal_files):
        (labelled / "audit" / f"p{n}.audit.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return labelled


def _signals(labelled: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in (labelled / "answers-X.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["id"]: r["labels"]["turns"]["1"]["signals"] for r in rows}


def test_agreeing_proposals_are_applied_logged_and_can_be_undone(tmp_path: Path) -> None:
    change = {"id": "X-1", "turn": 1, "signal": "generalizes", "old": 0, "new": 1, "quote": "we shipped", "reason": "lesson"}
    labelled = _setup(tmp_path, [change], [change])
    before = (labelled / "answers-X.jsonl").read_bytes()
    applied = audit.apply(labelled)
    assert [(a["id"], a["signal"], a["new"]) for a in applied] == [("X-1", "generalizes", 1)]
    assert _signals(labelled)["X-1"]["generalizes"] == 1 and _signals(labelled)["X-2"]["generalizes"] == 0
    assert len((labelled / "audit" / "applied.jsonl").read_text().splitlines()) == 1
    assert audit.apply(labelled) == []  # applying twice changes nothing
    audit.original(tmp_path / "pre", labelled)
    assert (tmp_path / "pre" / "answers-X.jsonl").read_bytes() == before


def test_stale_disagreeing_and_unaudited_proposals_are_skipped(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    labelled = _setup(
        tmp_path,
        [{"id": "X-1", "turn": "1", "signal": "metrics_as_proxies", "old": 0, "new": 1},  # the label is already 1
         {"id": "X-2", "turn": "1", "signal": "owns_failure", "old": 0, "new": 1},
         {"id": "X-3", "turn": "1", "signal": "clarity", "old": 1, "new": 0},  # not an audited signal
         {"id": "X-9", "turn": "1", "signal": "owns_failure", "old": 0, "new": 1}],  # no such record
        [{"id": "X-2", "turn": "1", "signal": "owns_failure", "old": 0, "new": 0}],  # a second auditor disagrees
    )
    assert audit.apply(labelled) == []
    assert _signals(labelled) == {rid: SIGNALS for rid in ("X-1", "X-2", "X-3")}
    out = capsys.readouterr().out
    assert "skipped 4" in out and "auditors disagree" in out and "no such record" in out and "not one of the audited" in out


def test_a_withdrawn_rule_is_not_applied_and_says_why(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    labelled = _setup(tmp_path, [{"id": "X-1", "turn": "1", "signal": "metrics_as_proxies", "old": 1, "new": 0},
                                 {"id": "X-2", "turn": "1", "signal": "owns_failure", "old": 0, "new": 1}])
    (labelled / "audit" / "withdrawn.jsonl").write_text(json.dumps({"id": "X-1", "turn": 1, "signal": "metrics_as_proxies", "reason": "r"}) + "\n")
    assert [(a["id"], a["signal"]) for a in audit.apply(labelled)] == [("X-2", "owns_failure")]
    assert _signals(labelled)["X-1"]["metrics_as_proxies"] == 1
    assert "X-1/1/metrics_as_proxies: withdrawn" in capsys.readouterr().out
