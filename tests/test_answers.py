"""Reading answers: typed at a terminal (multi-line, commands, a visible clock) or from a stream."""

from __future__ import annotations

import io
from collections.abc import Iterator

from mlprobe.session.answers import StreamAnswers, TerminalAnswers, TimeUp


def typed(*lines: str, prompts: list[str] | None = None):  # noqa: ANN201
    feed: Iterator[str] = iter(lines)

    def read_line(prompt: str) -> str:
        if prompts is not None:
            prompts.append(prompt)
        item = next(feed, None)
        if item is None:
            raise EOFError
        if item == "<timeout>":
            raise TimeUp()
        return item

    return read_line


def clock(values: list[float]):  # noqa: ANN201
    it = iter(values)
    return lambda: next(it, values[-1])


def test_a_line_of_three_dashes_submits_a_multi_line_answer_and_the_clock_shows() -> None:
    prompts: list[str] = []
    source = TerminalAnswers(typed("We shipped in March.", "", "It broke in April.", "---", prompts=prompts), clock=clock([0, 0, 65, 70, 75, 80]))
    answer = source.next(None)
    assert answer.text == "We shipped in March.\n\nIt broke in April."
    assert prompts[0] == "[0:00] " and prompts[2] == "[1:10] "


def test_two_empty_lines_submit_and_empty_submissions_are_ignored() -> None:
    source = TerminalAnswers(typed("---", "Short answer.", "", ""))
    assert source.next(None).text == "Short answer."


def test_skip_quit_and_end_of_input() -> None:
    assert TerminalAnswers(typed("half an answer", ":skip")).next(None).note == "skipped"
    assert TerminalAnswers(typed("half an answer", ":quit")).next(None) is None
    assert TerminalAnswers(typed()).next(None) is None
    assert TerminalAnswers(typed("typed then Ctrl-D")).next(None).text == "typed then Ctrl-D"


def test_the_time_limit_takes_the_answer_so_far_and_says_so() -> None:
    prompts: list[str] = []
    source = TerminalAnswers(typed("First point.", "<timeout>", prompts=prompts), clock=clock([0, 0, 100, 150]), time_limit=150)
    answer = source.next(None)
    assert answer.text == "First point." and "time limit of 150 s" in answer.note
    assert prompts[0] == "[2:30 left] " and prompts[1] == "[0:50 left] "


def test_edit_opens_the_editor_with_the_answer_so_far(tmp_path) -> None:  # noqa: ANN001
    editor = tmp_path / "fake-editor"
    editor.write_text("#!/bin/sh\necho ' and what we changed.' >> \"$1\"\n")
    editor.chmod(0o755)
    source = TerminalAnswers(typed("What broke", ":edit"), environ={"EDITOR": str(editor)})
    assert source.next(None).text == "What broke and what we changed."


def test_a_broken_editor_is_reported_and_typing_goes_on() -> None:
    said: list[str] = []
    source = TerminalAnswers(typed(":edit", "Typed instead.", "---"), environ={"EDITOR": "/nonexistent/editor"}, say=said.append)
    assert source.next(None).text == "Typed instead."
    assert "could not run the editor" in said[0]


def test_a_stream_hands_over_each_answer_at_its_separator() -> None:
    stream = io.StringIO("first\nanswer\n---\n\n---\nlast without separator\n")
    source = StreamAnswers(stream)
    assert [source.next(None).text for _ in range(3)] == ["first\nanswer", "", "last without separator"]
    assert source.next(None) is None
