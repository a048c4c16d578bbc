"""Answers typed at a real terminal with a live clock (prompt_toolkit), driven through a pipe input.

Keys are fed through prompt_toolkit's pipe input ("\\r" is Enter, "\\x1b\\r" Esc+Enter, "\\x04" Ctrl-D,
"\\x03" Ctrl-C) and drawn to ``DummyOutput``; time comes from a fake clock, never from waiting.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import json
import subprocess
import sys

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from mlprobe.session.answers import StreamAnswers, TerminalAnswers, terminal_answers
from mlprobe.session.live_input import LiveAnswers


class FakeClock:
    """Seconds that pass only when the reader's own timer sleeps (or a test moves them on)."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def typed(keys: str, **options):  # noqa: ANN003, ANN201
    """What the reader returns when the candidate types ``keys``."""
    with create_pipe_input() as keyboard:
        keyboard.send_text(keys)
        return LiveAnswers(input=keyboard, output=DummyOutput(), **options).next(None)


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_line_of_three_dashes_submits_the_lines_typed_without_the_marker() -> None:
    answer = typed("We shipped in March.\r\rIt broke in April.\r---\r")
    assert answer.text == "We shipped in March.\n\nIt broke in April." and answer.note is None


def test_two_empty_lines_submit_and_an_empty_answer_cannot_be_submitted() -> None:
    assert typed("---\r\r\r\x1b\rShort answer.\r\r\r").text == "Short answer."


def test_esc_enter_submits_at_once() -> None:
    assert typed("First line\rsecond line\x1b\r").text == "First line\nsecond line"


def test_skip_and_quit_behave_as_in_the_plain_reader() -> None:
    skipped = typed("half an answer\r:skip\r")
    assert (skipped.text, skipped.note) == ("", "skipped")
    assert typed("half an answer\r:quit\r") is None


def test_ctrl_d_on_an_empty_line_takes_what_was_typed_or_pauses() -> None:
    assert typed("typed then Ctrl-D\r\x04").text == "typed then Ctrl-D"
    assert typed("\x04") is None
    with create_pipe_input() as keyboard:  # the terminal goes away mid-answer
        keyboard.send_text("unfinished thought")
        source = LiveAnswers(input=keyboard, output=DummyOutput())
        keyboard.close()
        assert source.next(None).text == "unfinished thought"


def test_ctrl_c_interrupts_the_session() -> None:
    with pytest.raises(KeyboardInterrupt):
        typed("half an answer\x03")


def test_the_toolbar_shows_the_time_used_and_how_to_submit() -> None:
    clock = FakeClock(65.0)
    bar = LiveAnswers(clock=clock).toolbar(start=0.0)
    assert bar.startswith(" 1:05 elapsed |") and "---" in bar and "2 empty lines" in bar and "Esc+Enter" in bar
    clock.now = 3 * 60 + 7.9
    assert LiveAnswers(clock=clock).toolbar(start=0.0).startswith(" 3:07 elapsed")


def test_under_a_time_limit_the_toolbar_counts_down() -> None:
    clock = FakeClock(100.0)
    source = LiveAnswers(clock=clock, time_limit=150)
    assert source.toolbar(start=0.0).startswith(" 0:50 left of 2:30 |")
    clock.now = 400.0
    assert source.toolbar(start=0.0).startswith(" 0:00 left of 2:30")


def test_when_the_time_limit_passes_the_text_typed_so_far_is_taken() -> None:
    clock = FakeClock()
    answer = typed("First point.\rSecond, unfinished", clock=clock, sleep=clock.sleep, time_limit=150)
    assert answer.text == "First point.\nSecond, unfinished"
    assert answer.note == "time limit of 150 s reached; your answer so far was taken"
    assert answer.elapsed_s == 150


def test_edit_opens_the_editor_with_the_answer_so_far(tmp_path) -> None:  # noqa: ANN001
    editor = tmp_path / "fake-editor"
    editor.write_text("#!/bin/sh\necho ' and what we changed.' >> \"$1\"\n")
    editor.chmod(0o755)
    assert typed("What broke\r:edit\r", environ={"EDITOR": str(editor)}).text == "What broke and what we changed."


def test_a_broken_editor_is_reported_and_typing_goes_on_with_the_answer_kept() -> None:
    said: list[str] = []
    answer = typed("What broke\r:edit\rTyped instead.\r---\r", environ={"EDITOR": "/nonexistent/editor"}, say=said.append)
    assert answer.text == "What broke\nTyped instead."
    assert "could not run the editor" in said[0]


def test_a_terminal_the_live_prompt_cannot_use_falls_back_to_line_input(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "stdin", io.StringIO("Typed the old way.\n---\nSecond answer.\n---\n"))
    said: list[str] = []
    source = LiveAnswers(output=DummyOutput(), say=said.append)  # prompt_toolkit's own input: stdin, not a terminal
    assert source.next(None).text == "Typed the old way."
    assert "reading answers line by line instead" in said[0]
    assert source.next(None).text == "Second answer." and len(said) == 1


def test_without_a_terminal_the_plain_readers_are_used(monkeypatch) -> None:  # noqa: ANN001
    assert isinstance(terminal_answers(stdin=Tty(), stdout=Tty(), environ={"TERM": "xterm"}), LiveAnswers)
    assert type(terminal_answers(stdin=Tty(), stdout=io.StringIO(), environ={"TERM": "xterm"})) is TerminalAnswers
    assert type(terminal_answers(stdin=Tty(), stdout=Tty(), environ={"TERM": "dumb"})) is TerminalAnswers
    from mlprobe.cli.practice import _answer_source

    monkeypatch.setattr(sys, "stdin", io.StringIO("piped answer\n---\n"))
    source, interactive, _ = _answer_source(None)
    assert isinstance(source, StreamAnswers) and not interactive and source.next(None).text == "piped answer"


def test_prompt_toolkit_is_loaded_only_when_an_answer_is_typed() -> None:
    probe = (
        "import io, json, sys\n"
        "from mlprobe.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "after_help = 'prompt_toolkit' in sys.modules\n"
        "from mlprobe.session.answers import terminal_answers\n"
        "class Tty(io.StringIO):\n    def isatty(self): return True\n"
        "reader = terminal_answers(stdin=Tty(), stdout=Tty(), environ={'TERM': 'xterm'})\n"
        "print(json.dumps([type(reader).__name__, after_help, 'prompt_toolkit' in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == ["LiveAnswers", False, False]


def test_practice_and_resume_hand_the_time_limit_to_the_terminal_reader(cli, monkeypatch) -> None:  # noqa: ANN001
    from rich.console import Console

    wiring = importlib.import_module("mlprobe.cli.practice")  # the module, not the command of the same name

    readers: list[TerminalAnswers] = []

    def at_a_terminal(script):  # noqa: ANN001, ANN202
        readers.append(TerminalAnswers(read_line=lambda prompt: ":quit"))
        return readers[-1], True, Console(file=io.StringIO())

    monkeypatch.setattr(wiring, "_answer_source", at_a_terminal)
    assert cli("practice", "--answer-seconds", "30", "--questions", "1", "--seed", "3").code == 0
    assert cli("resume").code == 0
    assert cli("practice", "--questions", "1", "--seed", "3").code == 0
    assert [r.time_limit for r in readers] == [30, 30, None]


def test_the_interactive_intro_tells_the_candidate_how_the_live_reader_submits() -> None:
    from types import SimpleNamespace

    from rich.console import Console

    from mlprobe.interviewer import PracticeOptions
    from mlprobe.views.practice import PracticeView

    def intro(help_text):  # noqa: ANN001, ANN202
        out = io.StringIO()
        PracticeView(Console(file=out, width=200), True, help_text).intro(SimpleNamespace(id="s1"), PracticeOptions(), False)
        return out.getvalue()

    assert "Esc+Enter" in intro(LiveAnswers.HELP) and "bottom" in intro(LiveAnswers.HELP)
    assert "Esc+Enter" not in intro(None) and "two empty lines" in intro(None)
