"""Broken bank files fail with the file, the field and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlprobe.bank.loader import BankFileError, read_questions
from mlprobe.bank.schema import Question, UserQuestion

EXAMPLE = Path(__file__).resolve().parent / "fixtures" / "bank" / "example.yaml"


def test_curated_example_loads() -> None:
    [q] = read_questions(EXAMPLE, Question)
    assert q.id == "perf-drop-after-deployment"


def test_missing_field_names_file_field_and_line(tmp_path: Path) -> None:
    text = EXAMPLE.read_text().replace("    tutorial_trap:", "    tutorial_trapp:")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text)
    with pytest.raises(BankFileError) as info:
        read_questions(broken, Question)
    messages = [str(p) for p in info.value.problems]
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "tutorial_trapp" in ln)
    assert any(m.startswith(f"{broken}:{line}:") and "tutorial_trapp" in m for m in messages), messages
    assert any("tutorial_trap'" in m and "Field required" in m for m in messages), messages


def test_bad_value_points_at_its_line(tmp_path: Path) -> None:
    text = EXAMPLE.read_text().replace("level: mid", "level: expert")
    broken = tmp_path / "b.yaml"
    broken.write_text(text)
    with pytest.raises(BankFileError) as info:
        read_questions(broken, Question)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "level: expert" in ln)
    assert str(info.value).startswith(f"{broken}:{line}: question 1, field 'level'")


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    broken = tmp_path / "s.yaml"
    broken.write_text("questions:\n  - id: a\n    prompt: [unclosed\n")
    with pytest.raises(BankFileError) as info:
        read_questions(broken, UserQuestion)
    assert "YAML syntax" in str(info.value) and f"{broken}:" in str(info.value)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    dup = tmp_path / "d.yaml"
    dup.write_text("questions:\n  - id: same\n    prompt: First question here?\n  - id: same\n    prompt: Second question here?\n")
    with pytest.raises(BankFileError) as info:
        read_questions(dup, UserQuestion)
    assert f"{dup}:4: duplicate question id 'same'" in str(info.value)


def test_unknown_signal_is_named(tmp_path: Path) -> None:
    text = EXAMPLE.read_text().replace("signals: [data_first,", "signals: [data_frist,")
    broken = tmp_path / "u.yaml"
    broken.write_text(text)
    with pytest.raises(BankFileError) as info:
        read_questions(broken, Question)
    assert "data_frist" in str(info.value)
