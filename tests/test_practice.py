"""``mlprobe practice`` end to end, driven by a script of answers as a user or another program would."""

from __future__ import annotations

import base64
import json
import re
from html import unescape
from pathlib import Path
from statistics import mean

import pytest

from mlprobe.bank import load_bank

from .conftest import stored
from mlprobe.vocabulary import SIGNALS

SCRIPT = Path(__file__).parent / "fixtures" / "practice" / "three-questions.txt"
BANK = load_bank()


@pytest.fixture
def session(cli, isolated_home: Path):  # noqa: ANN001, ANN201
    result = cli("practice", "--script", str(SCRIPT), "--seed", "11")
    assert result.code == 0, result.err
    return result, stored(isolated_home)


def moves(s):  # noqa: ANN001, ANN201
    return [t for t in s.turns if t.role == "interviewer"]


def test_three_questions_run_end_to_end_and_are_stored(session) -> None:  # noqa: ANN001
    result, s = session
    assert s.status == "finished" and s.scorecard is not None
    assert sorted({m.thread for m in moves(s)}) == [1, 2, 3]
    assert "Scorecard" in result.out and f"mlprobe report {s.id}" in result.out
    assert all(m.move["reason"] for m in moves(s))  # every move says why it was chosen


def test_follow_ups_target_the_weakest_signals_and_quote_the_candidate(session) -> None:  # noqa: ANN001
    _, s = session
    probes = [m for m in moves(s) if m.move["kind"] == "probe"]
    assert probes
    for probe in probes:
        before = [t for t in s.turns if t.thread == probe.thread and t.seq < probe.seq]
        answers = [t for t in before if t.role == "candidate"]
        earlier = {t.move["target_signal"] for t in before if t.role == "interviewer"}
        wanted = [x for x in BANK.get(probe.question_id).signals if x not in ("adapts_under_pressure",) and x not in earlier]
        shown = {x: max(a.assessment["signals"][x]["score"] for a in answers) for x in SIGNALS if x != "adapts_under_pressure"}
        target = probe.move["target_signal"]
        assert target in shown and all(shown[target] <= shown[x] for x in wanted), (target, shown)
        quote = probe.move["quote"]
        assert quote and quote in answers[-1].text and probe.text.startswith('You said "')


def test_a_constraint_arrives_and_the_answer_after_it_is_scored_on_adaptation(session) -> None:  # noqa: ANN001
    _, s = session
    constraint = next(m for m in moves(s) if m.move["kind"] == "constraint")
    assert constraint.move["quote"] in [c.text for c in BANK.get(constraint.question_id).constraints]
    for t in s.answers:
        score = t.assessment["signals"]["adapts_under_pressure"]["score"]
        follows_constraint = s.turns[t.seq - 1].move["kind"] == "constraint"
        assert (score is not None) == follows_constraint


def test_a_planted_contradiction_is_detected_and_probed(session) -> None:  # noqa: ANN001
    _, s = session
    pilot = next(t for t in s.answers if "300 people" in t.text)
    probe = s.turns[pilot.seq + 1]
    assert probe.move["kind"] == "contradiction" and "2M daily users" in probe.text and "300 people" in probe.text
    assert any("300 people" in c["claims"] for c in s.scorecard["contradictions"])


def test_the_scorecard_matches_the_transcript(cli, session, tmp_path: Path) -> None:  # noqa: ANN001
    _, s = session
    card = s.scorecard
    assert card["answers"] == len(s.answers)
    for name in SIGNALS:
        scores = [t.assessment["signals"][name]["score"] for t in s.answers if t.assessment["signals"][name]["score"] is not None]
        assert card["signals"][name]["mean"] == (round(mean(scores), 4) if scores else None)
        for end in ("best", "worst"):
            quote = (card["signals"][name][end] or {}).get("quote")
            assert not quote or any(quote in t.text for t in s.answers)
    assert len(card["practise"]) == 3 and all(p["exercise"] for p in card["practise"])
    # Re-assessing the exported transcript with `mlprobe assess` gives the stored per-turn results.
    report = json.loads(cli("report", s.id, "--format", "json").out)
    transcript = tmp_path / "t.jsonl"
    turns = [{k: t[k] for k in ("role", "text", "kind", "question_id")} for t in report["turns"]]
    transcript.write_text(json.dumps({"id": s.id, "turns": turns}) + "\n")
    assessed = json.loads(cli("assess", str(transcript)).out)
    for mine, theirs in zip(report["turns"], assessed["turns"]):
        if mine["role"] == "candidate":
            for key in ("holistic", "lived_experience", "signals", "red_flags"):
                assert mine["assessment"][key] == theirs[key]


def test_html_report_contains_the_transcript_and_the_plots(cli, session) -> None:  # noqa: ANN001
    _, s = session
    html = cli("report", s.id, "--format", "html").out
    visible = unescape(re.sub(r"<[^>]+>", "", html))
    for t in s.turns:
        assert t.text.replace("\n", "") in visible
    images = html.split("data:image/png;base64,")[1:]
    assert len(images) == 2
    for image in images:
        assert base64.b64decode(image.split("'")[0]).startswith(b"\x89PNG")
    assert "<mark class='signal'" in html and "Why this move" in html


def test_markdown_report_and_history(cli, session) -> None:  # noqa: ANN001
    _, s = session
    md = cli("report", "latest", "--format", "md").out
    assert md.startswith(f"# Practice session {s.id}") and "## Transcript" in md and "## Scorecard" in md
    rows = json.loads(cli("history", "--json").out)
    assert [r["id"] for r in rows] == [s.id] and rows[0]["answers"] == len(s.answers) and rows[0]["status"] == "finished"


def test_progress_writes_a_plot_and_a_terminal_chart(cli, session, tmp_path: Path) -> None:  # noqa: ANN001
    assert cli("practice", "--script", str(SCRIPT), "--seed", "12", "--questions", "1").code == 0
    out = tmp_path / "p.png"
    result = cli("progress", "--output", str(out))
    assert result.code == 0 and "Signals across 2 sessions" in result.out
    assert out.read_bytes().startswith(b"\x89PNG")
    data = json.loads(cli("progress", "--json").out)
    assert len(data["sessions"]) == 2 and set(data["signals"]) == set(SIGNALS)


def test_same_seed_and_script_give_the_same_interview(cli, isolated_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: ANN001
    texts = []
    for home in ("a", "b"):
        monkeypatch.setenv("MLPROBE_HOME", str(tmp_path / home))
        assert cli("practice", "--script", str(SCRIPT), "--seed", "4").code == 0
        texts.append([(t.text, (t.move or {}).get("reason")) for t in stored(tmp_path / home).turns])
    assert texts[0] == texts[1]


def test_script_that_runs_out_pauses_and_resume_continues(cli, isolated_home: Path, tmp_path: Path) -> None:  # noqa: ANN001
    answers = SCRIPT.read_text().split("---\n")
    first = tmp_path / "first.txt"
    first.write_text("---\n".join(answers[:2]))
    result = cli("practice", "--script", str(first), "--seed", "11")
    assert result.code == 0 and "mlprobe resume" in result.out
    paused = stored(isolated_home)
    assert paused.status == "paused" and len(paused.answers) == 2
    rest = tmp_path / "rest.txt"
    rest.write_text("---\n".join(answers[2:]))
    assert cli("resume", "--script", str(rest)).code == 0
    done = stored(isolated_home)
    assert done.status == "finished" and [t.text for t in done.turns[: len(paused.turns)]] == [t.text for t in paused.turns]
    again = cli("resume", done.id)
    assert again.code == 3 and "is finished" in again.err


def test_resume_with_nothing_to_resume_says_so(cli) -> None:  # noqa: ANN001
    result = cli("resume")
    assert result.code == 4 and "mlprobe practice" in result.err


def test_instant_feedback_names_heard_and_missing_signals_and_red_flags(cli, isolated_home: Path, tmp_path: Path) -> None:  # noqa: ANN001
    script = tmp_path / "answers.txt"
    script.write_text(
        "We shipped the churn model in March to 40k users; within two weeks recall fell from 0.8 to 0.6 because the billing team "
        "changed how cancellations were logged, so I added a check on the label rate and retrained.\n---\n"
        "I implemented drift detection with PSI and Evidently, set up canary deployments with automated rollback, a feature "
        "store, SHAP monitoring and stakeholder alignment.\n---\n"
    )
    result = cli("practice", "--script", str(script), "--seed", "3", "--questions", "1", "--feedback", "now")
    assert result.code == 0, result.err
    s = stored(isolated_home)
    first, second = [t.assessment for t in s.turns if t.role == "candidate"][:2]
    heard = [n for n, v in first["signals"].items() if v["score"] is not None and v["score"] >= 0.5]
    blocks = result.out.split("Feedback: ")[1:]
    assert len(blocks) == 2
    assert f"{first['lived_experience']:.0%} lived experience" in blocks[0] and all(n in blocks[0].split("Not yet:")[0] for n in heard)
    assert "Red flag: keyword_stuffing" in blocks[1] and "Red flag" not in blocks[0]
    assert "Heard:" not in blocks[1] and "owns_failure" in blocks[1].split("Not yet:")[1]
    assert second["lived_experience"] < 0.5


def test_contradiction_rules_load_while_the_first_answer_is_typed(tmp_path: Path) -> None:
    """The move after the second answer must not wait ~0.6 s for the contradiction rules to compile: they load
    in the background while the candidate is still answering the first question (a fresh process, so no other
    test has loaded them)."""
    import subprocess
    import sys

    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys, time, tempfile\n"
        "from datetime import datetime, timezone\n"
        "from pathlib import Path\n"
        "from mlprobe.analyzer import registry\n"
        "from mlprobe.bank import load_bank\n"
        "from mlprobe.interviewer import PracticeOptions\n"
        "from mlprobe.session.practice import Practice\n"
        "from mlprobe.store import Store\n"
        "class UI:\n"
        "    def __getattr__(self, name):\n"
        "        return lambda *a: None\n"
        "class Typing:\n"
        "    def next(self, move):\n"
        "        deadline = time.time() + 10\n"
        "        while 'mlprobe.analyzer.contradictions' not in sys.modules and time.time() < deadline:\n"
        "            time.sleep(0.01)\n"
        "        print('loaded' if 'mlprobe.analyzer.contradictions' in sys.modules else 'not loaded')\n"
        "        return None\n"
        "store = Store.open(Path(tempfile.mkdtemp()))\n"
        "engine = registry.default_engine()\n"
        "practice = Practice(store, load_bank(), UI(), Typing(), lambda: engine, lambda: datetime.now(timezone.utc))\n"
        "sid = practice.start(PracticeOptions(questions=1), seed=0, engine_id='offline')\n"
        "print(practice.run(sid))\n",
        encoding="utf-8",
    )
    out = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["loaded", "paused"]
