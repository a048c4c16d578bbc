"""``mlprobe assess`` and ``mlprobe score`` exactly per the DESIGN.md section 3 contract."""

from __future__ import annotations

import json
from pathlib import Path

from mlprobe.vocabulary import DIMENSIONS, SIGNALS

TRANSCRIPT = {
    "id": "t1",
    "turns": [
        {"role": "interviewer", "text": "Your model's performance dropped after deployment. What do you do?"},
        {"role": "candidate", "text": "At my last job our ranking model served about 2M daily users. When CTR fell 8% in a week we found a logging change had dropped a feature, so we rolled back."},
        {"role": "interviewer", "text": "Assume labels now arrive six weeks late."},
        {"role": "candidate", "text": "That changes what I watch first: with labels six weeks late I'd rely on the score distribution and input null rates as proxies, and keep the rollback plan."},
        {"role": "interviewer", "text": "How many users did it serve?", "kind": "probe"},
        {"role": "candidate", "text": "It was a pilot, honestly: around 300 users in one office, and it never shipped beyond that."},
    ],
}


def write_lines(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_assess_output_matches_the_contract(cli, tmp_path: Path) -> None:
    result = cli("assess", str(write_lines(tmp_path, [json.dumps(TRANSCRIPT)])))
    assert result.code == 0, result.err
    [out] = [json.loads(line) for line in result.out.splitlines()]
    assert out["id"] == "t1" and len(out["turns"]) == 6
    assert out["turns"][0] is None and out["turns"][2] is None and out["turns"][4] is None
    for turn in (out["turns"][1], out["turns"][3], out["turns"][5]):
        assert set(turn) >= {"lived_experience", "holistic", "signals", "red_flags", "talking_points", "advice"}
        assert set(turn["signals"]) == set(SIGNALS)
        assert 0 <= turn["lived_experience"] <= 1 and turn["holistic"] in range(1, 6)
        assert all(set(s) == {"score", "evidence"} for s in turn["signals"].values())
    assert out["turns"][1]["signals"]["adapts_under_pressure"]["score"] is None
    assert isinstance(out["turns"][3]["signals"]["adapts_under_pressure"]["score"], float)
    assert set(out["session"]["dimensions"]) == set(DIMENSIONS)
    kinds = {c.get("kind") for c in out["session"]["contradictions"]}
    assert {"scale", "shipped"} & kinds
    assert all(c["turns"] == [1, 5] for c in out["session"]["contradictions"])


def test_malformed_lines_are_reported_and_the_rest_assessed(cli, tmp_path: Path) -> None:
    lines = [json.dumps(TRANSCRIPT), "{broken", json.dumps({"id": "x", "turns": [{"role": "boss", "text": "hi"}]}), json.dumps(dict(TRANSCRIPT, id="t2"))]
    result = cli("assess", str(write_lines(tmp_path, lines)))
    assert result.code == 5
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == ["t1", "t2"]
    assert "line 2: invalid JSON" in result.err and "line 3: field 'turns.0.role'" in result.err


def test_workers_give_the_same_lines_in_the_same_order_as_one_process(cli, tmp_path: Path) -> None:
    answers = ["We served 2M daily users and CTR fell 8% after a logging change dropped a feature.", "It was a pilot with 300 users.",
               "I would check for drift first.", "Recall went from 0.61 to 0.74 offline after we fixed the labels."]
    lines = [json.dumps({"id": f"t{i}", "turns": [{"role": "interviewer", "text": "What happened?"}, {"role": "candidate", "text": answers[i % 4]},
                                                  {"role": "interviewer", "text": "How many users?"}, {"role": "candidate", "text": answers[(i + 1) % 4]}]})
             for i in range(40)]
    lines[7] = "{broken"
    lines[23] = json.dumps({"id": "x", "turns": [{"role": "boss", "text": "hi"}]})
    path = write_lines(tmp_path, lines)
    serial, parallel = cli("assess", "--jobs", "1", str(path)), cli("assess", "--jobs", "3", str(path))
    assert serial.code == parallel.code == 5
    assert parallel.out == serial.out and len(parallel.out.splitlines()) == 38
    assert [json.loads(line)["id"] for line in parallel.out.splitlines()][:8] == ["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t8"]
    assert parallel.err == serial.err and "line 8: invalid JSON" in parallel.err and "line 24: field 'turns.0.role'" in parallel.err


def test_assess_reads_standard_input(cli, tmp_path: Path, monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(TRANSCRIPT) + "\n"))
    result = cli("assess", "-")
    assert result.code == 0 and json.loads(result.out)["id"] == "t1"


def test_score_json_is_the_per_turn_object(cli, tmp_path: Path) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text(TRANSCRIPT["turns"][1]["text"])
    result = cli("score", str(answer), "--question-id", "perf-drop-after-deployment", "--json")
    assert result.code == 0, result.err
    out = json.loads(result.out)
    assert set(out["signals"]) == set(SIGNALS) and out["talking_points"]["covered"] + out["talking_points"]["missed"]


def test_score_view_shows_bars_evidence_and_advice(cli, tmp_path: Path) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text(TRANSCRIPT["turns"][1]["text"])
    result = cli("score", str(answer), "--question", "What happened?")
    assert result.code == 0
    assert "Signals an interviewer listens for" in result.out and "█" in result.out and "Advice" in result.out


def test_score_bad_inputs(cli, tmp_path: Path) -> None:
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02")
    assert cli("score", str(binary)).code == 3
    assert "no such file" in cli("score", str(tmp_path / "none.txt")).err
    missing = cli("score", "-i", "does-not-exist", str(_text(tmp_path)))
    assert missing.code == 4 and "no question with id 'does-not-exist'" in missing.err


def _text(tmp_path: Path) -> Path:
    p = tmp_path / "t.txt"
    p.write_text("We shipped it.")
    return p
