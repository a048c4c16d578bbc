"""``mlprobe questions`` as a user drives it."""

from __future__ import annotations

import json


def test_list_json_returns_the_whole_bank(cli) -> None:
    result = cli("questions", "list", "--json")
    assert result.code == 0
    questions = json.loads(result.out)
    assert len(questions) >= 120 and len({q["theme"] for q in questions}) >= 14


def test_filters_combine(cli) -> None:
    questions = json.loads(cli("questions", "list", "--theme", "leakage", "--level", "senior", "--json").out)
    assert questions and all(q["theme"] == "leakage" and q["level"] == "senior" for q in questions)
    by_signal = json.loads(cli("questions", "list", "--signal", "collaboration", "--json").out)
    assert by_signal and all("collaboration" in q["signals"] for q in by_signal)


def test_unknown_theme_is_a_clear_error(cli) -> None:
    result = cli("questions", "list", "--theme", "leakge")
    assert result.code == 3 and "unknown theme 'leakge'" in result.err and "leakage" in result.err


def test_show_renders_prompt_points_and_both_answers(cli) -> None:
    result = cli("questions", "show", "perf-drop-after-deployment")
    flat = " ".join(result.out.split())
    assert result.code == 0
    assert "Your model's performance dropped after deployment" in flat
    assert "Weak (tutorial) answer" in flat and "Strong (lived) answer" in flat
    assert "What a strong answer covers" in flat and "Constraints it may inject" in flat


def test_show_unknown_id_suggests_the_closest(cli) -> None:
    result = cli("questions", "show", "perf-drop-after-deploy")
    assert result.code == 4 and "did you mean 'perf-drop-after-deployment'" in result.err


def test_search_ranks_prompt_matches_first(cli) -> None:
    found = json.loads(cli("questions", "search", "leakage pipeline", "--json").out)
    assert found[0]["id"] == "leakage-inherited-pipeline"
    assert cli("questions", "search", "zzzzqqq").out.startswith("No question matches")


def test_themes_json_counts_add_up(cli) -> None:
    rows = json.loads(cli("questions", "themes", "--json").out)
    total = len(json.loads(cli("questions", "list", "--json").out))
    assert sum(r["questions"] for r in rows) == total
    assert {"theme", "title", "questions"} <= set(rows[0])


def test_every_command_has_help_text(cli) -> None:
    from mlprobe.cli import app
    import typer.main

    group = typer.main.get_command(app)

    def walk(cmd, path):
        yield path, cmd
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, path + [name])

    for path, cmd in walk(group, []):
        assert (cmd.help or "").strip(), f"'mlprobe {' '.join(path)}' has no help text"
        assert cli(*path, "--help").code == 0


def test_version_and_module_entry_point() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "mlprobe", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("mlprobe ")
