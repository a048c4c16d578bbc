"""``mlprobe review`` where users touch it: formats, the JSON contract, files written, errors and exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from mlprobe.review import SCAFFOLD_TITLES

FIXTURES = Path(__file__).parent / "fixtures" / "review"
LIVED = str(FIXTURES / "lived.md")
HTML = str(FIXTURES / "html_heavy.md")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "projects"


def test_json_output_carries_the_contract_field_names(cli) -> None:
    result = cli("review", HTML, "--format", "json")
    assert result.code == 0, result.err
    out = json.loads(result.out)
    assert out["is_ml_project"] is True
    assert set(out["elements"]) == {"decision_pressure", "unexpected_outcomes", "iteration"}
    for element in out["elements"].values():
        assert isinstance(element["found"], bool) and isinstance(element["evidence"], list)
    assert out["red_flags"] and all({"id", "evidence"} <= set(f) for f in out["red_flags"])
    assert isinstance(out["questions"], list) and 8 <= len(out["questions"]) <= 12 and all(isinstance(q, str) for q in out["questions"])
    assert list(out["scaffolds"]) == list(SCAFFOLD_TITLES) and all(isinstance(v, str) for v in out["scaffolds"].values())


def test_json_on_a_corpus_readme_reports_its_metric(cli) -> None:
    path = CORPUS / "robertlupo1997__kkbox-churn-prediction.md"
    if not path.is_file():
        pytest.skip("corpus of project READMEs not present")
    out = json.loads(cli("review", str(path), "--format", "json").out)
    assert out["facts"]["metrics"][0]["phrase"] == "0.97 AUC"
    assert out["elements"]["unexpected_outcomes"]["found"] is False
    assert "metric_overconfidence" in [f["id"] for f in out["red_flags"]]


def test_markdown_output_has_every_section(cli) -> None:
    result = cli("review", LIVED, "--format", "md")
    assert result.code == 0, result.err
    for heading in ("# Project review: Card-not-present fraud scoring at Shopline", "## The three elements interviewers look for",
                    "## Red flags", "## Stress-test questions", "## Scaffolds for the missing sections", *(f"### {t}" for t in SCAFFOLD_TITLES)):
        assert heading in result.out, heading
    assert "✓ Unexpected outcomes" in result.out and "> “It turned out the random split leaked" in result.out


def test_html_output_has_every_section_and_escapes_the_text(cli) -> None:
    result = cli("review", HTML, "--format", "html")
    assert result.code == 0, result.err
    html = result.out
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    for section in ('id="elements"', 'id="red-flags"', 'id="questions"', 'id="scaffolds"', "Stress-test questions", *SCAFFOLD_TITLES):
        assert section in html, section
    assert "✗ Decision pressure" in html and "deployment_bragging" in html
    assert "answers in &lt;50 ms" in html and "<50 ms" not in html  # quoted text is escaped


def test_output_file_takes_its_format_from_the_extension(cli, tmp_path: Path) -> None:
    target = tmp_path / "review.html"
    result = cli("review", LIVED, "--output", str(target))
    assert result.code == 0, result.err
    assert result.out == "" and f"to {target}" in result.err
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    as_json = tmp_path / "r.txt"
    assert cli("review", LIVED, "--format", "json", "-o", str(as_json)).code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["elements"]["iteration"]["found"] is True


def test_output_to_a_missing_folder_is_one_clear_line(cli, tmp_path: Path) -> None:
    result = cli("review", LIVED, "--output", str(tmp_path / "nope" / "r.md"))
    assert result.code == 3
    assert result.err.startswith("Error: cannot write") and len(result.err.strip().splitlines()) == 1


def test_default_view_is_the_terminal_review(cli) -> None:
    result = cli("review", LIVED)
    assert result.code == 0, result.err
    for text in ("Project review", "What interviewers look for", "Decision pressure", "Stress-test questions", "Constraints I worked under"):
        assert text in result.out, text


def test_standard_input_is_read_with_a_dash(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((FIXTURES / "lived.md").read_bytes())))
    out = json.loads(cli("review", "-", "--format", "json").out)
    assert out["source"] == "standard input" and out["elements"]["decision_pressure"]["found"] is True


def test_a_non_ml_readme_exits_zero_with_a_message_not_a_review(cli) -> None:
    result = cli("review", str(FIXTURES / "not_ml.md"))
    assert result.code == 0, result.err
    assert "does not read as a machine-learning project" in result.out and "Stress-test questions" not in result.out
    out = json.loads(cli("review", str(FIXTURES / "not_ml.md"), "--format", "json").out)
    assert out["is_ml_project"] is False and out["questions"] == [] and out["message"]


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (None, 4, "no such file"),
        (b"", 3, "is empty"),
        (b"  \n\n\t", 3, "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "binary"),
        ("Caf\u00e9 churn model, trained on 2023 data".encode("latin-1"), 3, "not UTF-8"),
        ("# Churn model".encode("utf-16"), 3, "UTF-16"),
    ],
)
def test_bad_input_is_one_line_and_a_named_exit_code(cli, tmp_path: Path, content: bytes | None, code: int, message: str) -> None:
    path = tmp_path / "README.md"
    if content is not None:
        path.write_bytes(content)
    result = cli("review", str(path))
    assert result.code == code
    assert message in result.err and result.err.startswith("Error: ")
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err and result.out == ""


def test_a_folder_is_invalid_input_with_a_hint(cli, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# x\n", encoding="utf-8")
    result = cli("review", str(tmp_path))
    assert result.code == 3 and "is a folder" in result.err and "README.md" in result.err


def test_an_unknown_format_is_a_usage_error(cli) -> None:
    result = cli("review", LIVED, "--format", "pdf")
    assert result.code == 2


def test_review_has_help_text(cli) -> None:
    result = cli("review", "--help")
    assert result.code == 0 and "--format" in result.out and "--output" in result.out and "Review a project write-up" in result.out


INCONSISTENT = """# Digit classifier

A CNN trained with PyTorch on the MNIST dataset to predict handwritten digits; we report accuracy on a held-out split.

## Overview

- Trainable parameters: 1.2M
- We trained the CNN for 20 epochs.

## Training configuration

```python
trainable_parameters = ~2.5 million
epochs = 20
```
"""


def test_inconsistencies_are_their_own_section_in_every_format(cli, tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(INCONSISTENT, encoding="utf-8")
    out = json.loads(cli("review", str(readme), "--format", "json").out)
    (found,) = out["inconsistencies"]
    assert found["kind"] == "parameters" and found["claims"] == ["Trainable parameters: 1.2M", "trainable_parameters = ~2.5 million"]
    assert {"elements", "red_flags", "questions", "scaffolds"} <= set(out)
    assert out["questions"][0].startswith("Your README gives 1.2M trainable parameters in one place")
    md = cli("review", str(readme), "--format", "md").out
    section = md.split("## Inconsistencies", 1)[1].split("## Stress-test questions", 1)[0]
    assert "- **parameters**:" in section and "“trainable_parameters = ~2.5 million”" in section
    html = cli("review", str(readme), "--format", "html").out
    assert 'id="inconsistencies"' in html and "trainable_parameters = ~2.5 million" in html
    terminal = cli("review", str(readme)).out
    assert "Where the write-up contradicts itself" in terminal and "trainable_parameters = ~2.5 million" in terminal
    assert "contradicts itself" not in cli("review", LIVED).out


def test_a_consistent_readme_says_none_were_found(cli) -> None:
    md = cli("review", LIVED, "--format", "md").out
    assert "## Inconsistencies\n\nNone found" in md
    assert json.loads(cli("review", LIVED, "--format", "json").out)["inconsistencies"] == []
