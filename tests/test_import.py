"""Bringing your own questions: markdown formats from public repos, YAML, all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlprobe.bank.markdown import parse_markdown

from .conftest import FIXTURES

MD = FIXTURES / "markdown"
YAML = FIXTURES / "yaml"


def prompts(name: str) -> list[str]:
    return [q.prompt for q in parse_markdown((MD / name).read_text())]


def test_bold_question_lines_with_answers_and_sections() -> None:
    parsed = parse_markdown((MD / "bold_questions.md").read_text())
    assert [q.prompt for q in parsed] == [
        "Why can a random split overstate accuracy for time-ordered data?",
        "How do you pick the number of folds?",
        "What would you alert on when labels arrive late?",
    ]
    assert parsed[0].answer.startswith("Because rows from the future")
    assert "<br" not in (parsed[1].answer or "")
    assert [q.section for q in parsed] == ["Validation", "Validation", "Monitoring"]


def test_numbered_question_headings_drop_source_links() -> None:
    parsed = parse_markdown((MD / "numbered_headings.md").read_text())
    assert [q.prompt for q in parsed] == [
        "What breaks first when a recommender's traffic grows tenfold?",
        "How would you tell drift from a broken pipeline?",
        "Implement a rolling z-score monitor for a feature stream.",
        "Explain why offline AUC can rise while revenue falls.",
    ]
    assert parsed[1].answer == "Check null rates and schema first; a broken pipeline moves one feature abruptly."
    assert parsed[2].answer is None


def test_q_and_a_lines() -> None:
    parsed = parse_markdown((MD / "qa_lines.md").read_text())
    assert [q.prompt for q in parsed] == [
        "How do you find out how labels were produced?",
        "What do you do when two annotators disagree on a fifth of the items?",
        "When is it fine to drop rows with missing values?",
    ]
    assert parsed[0].answer.startswith("Ask who labelled them")
    assert parsed[1].answer is None


def test_details_blocks() -> None:
    parsed = parse_markdown((MD / "details.md").read_text())
    assert [q.prompt for q in parsed] == [
        "How would you cap the latency of a two-stage ranker at 50 ms?",
        "What would you log to debug a bad prediction a month later?",
    ]
    assert parsed[1].answer == "The model version, the feature values as served, and the request id."
    assert parsed[0].line == 3


def test_numbered_list_with_level_marks() -> None:
    assert prompts("numbered_list.md") == [
        "What does a confusion matrix hide when classes are imbalanced?",
        "Your validation loss rises while training loss falls. What happened?",
        "How would you evaluate a model whose labels arrive three months late?",
    ]


@pytest.mark.parametrize("name", ["bold_questions.md", "numbered_headings.md", "qa_lines.md", "details.md", "numbered_list.md"])
def test_import_markdown_then_list_and_show(cli, name: str, isolated_home: Path) -> None:
    result = cli("questions", "import", str(MD / name), "--json")
    assert result.code == 0, result.err
    imported = json.loads(result.out)["questions"]
    assert imported and all(q["id"].startswith("u-") for q in imported)
    listed = json.loads(cli("questions", "list", "--json").out)
    assert {q["id"] for q in imported} <= {q["id"] for q in listed}
    shown = cli("questions", "show", imported[0]["id"])
    assert shown.code == 0 and imported[0]["prompt"][:30] in " ".join(shown.out.split())


def test_imported_yaml_keeps_fields(cli) -> None:
    assert cli("questions", "import", str(YAML / "good.yaml")).code == 0
    q = json.loads(cli("questions", "show", "my-churn-question", "--json").out)
    assert (q["theme"], q["level"], q["source"]) == ("project_deep_dive", "senior", "user")
    assert json.loads(cli("questions", "show", "my-second-question", "--json").out)["level"] == "mid"


def test_malformed_import_changes_nothing(cli, isolated_home: Path) -> None:
    assert cli("questions", "import", str(YAML / "good.yaml")).code == 0
    before = sorted(p.read_text() for p in (isolated_home / "bank").glob("*.yaml"))
    result = cli("questions", "import", str(YAML / "broken.yaml"))
    assert result.code == 3
    assert result.err.startswith(f"Error: {YAML / 'broken.yaml'}:4:")
    assert "Traceback" not in result.err
    assert sorted(p.read_text() for p in (isolated_home / "bank").glob("*.yaml")) == before
    ids = {q["id"] for q in json.loads(cli("questions", "list", "--json").out)}
    assert "fine-question" not in ids


def test_yaml_syntax_error_import_fails_cleanly(cli, isolated_home: Path) -> None:
    result = cli("questions", "import", str(YAML / "syntax.yaml"))
    assert result.code == 3 and "YAML syntax" in result.err
    assert not (isolated_home / "bank").exists() or not list((isolated_home / "bank").glob("*.yaml"))


def test_reimport_needs_replace(cli) -> None:
    assert cli("questions", "import", str(YAML / "good.yaml")).code == 0
    again = cli("questions", "import", str(YAML / "good.yaml"))
    assert again.code == 3 and "--replace" in again.err
    assert cli("questions", "import", str(YAML / "good.yaml"), "--replace").code == 0


def test_id_clash_with_shipped_bank_is_refused(cli, tmp_path: Path) -> None:
    clash = tmp_path / "clash.yaml"
    clash.write_text('questions:\n  - id: perf-drop-after-deployment\n    prompt: "Same id as a shipped question?"\n')
    result = cli("questions", "import", str(clash))
    assert result.code == 3 and "perf-drop-after-deployment" in result.err


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01\x02binary", "binary"), (b"\xff\xfe\xfa bad", "UTF-8"), (b"# Just a title\n\nNo questions.\n", "no questions found")],
)
def test_bad_files_get_one_line_errors(cli, tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    result = cli("questions", "import", str(bad))
    assert result.code == 3 and message in result.err and result.err.count("\n") == 1


def test_unknown_extension_and_missing_file(cli, tmp_path: Path) -> None:
    other = tmp_path / "q.csv"
    other.write_text("a,b\n")
    assert "unknown file type" in cli("questions", "import", str(other)).err
    assert "no such file" in cli("questions", "import", str(tmp_path / "nope.md")).err


def test_validate_reports_every_problem_with_file_and_line(cli) -> None:
    result = cli("questions", "validate", str(YAML / "broken.yaml"))
    assert result.code == 3
    lines = [ln for ln in result.out.splitlines() if ln.startswith(str(YAML / "broken.yaml"))]
    assert any(":4:" in ln and "'id'" in ln for ln in lines) and any(":6:" in ln and "'level'" in ln for ln in lines)


def test_validate_strict_on_shipped_bank_passes(cli) -> None:
    from importlib import resources

    data = Path(str(resources.files("mlprobe.bank") / "data"))
    result = cli("questions", "validate", str(data), "--strict", "--json")
    payload = json.loads(result.out)
    assert result.code == 0 and payload["problems"] == [] and payload["questions"] >= 120
