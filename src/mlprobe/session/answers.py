"""Where the candidate's answers come from: the terminal, or a script/pipe of answers separated by
lines containing only ``---``, read incrementally so another program can drive a session turn by turn.

At a real terminal the answer is typed in ``live_input.LiveAnswers`` (a clock that ticks every second);
``TerminalAnswers`` is the plain line reader it falls back to, and the one used when stdout is not a
terminal or the terminal is dumb. ``terminal_answers`` chooses between them."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from mlprobe.errors import InvalidInput

SEPARATOR = "---"


@dataclass(frozen=True)
class Answer:
    text: str
    elapsed_s: float
    note: str | None = None


class AnswerSource(Protocol):
    def next(self, move: Any) -> Answer | None:
        """The next answer, or None when there is none (end of input, or the user paused)."""


class StreamAnswers:
    """Answers from a text stream; each is handed over as soon as its ``---`` line arrives."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.clock = stream, clock

    def next(self, move: Any) -> Answer | None:
        start, lines = self.clock(), []
        while True:
            line = self.stream.readline()
            if line == "":
                text = "".join(lines)
                return Answer(text.strip("\n"), self.clock() - start) if text.strip() else None
            if line.strip() == SEPARATOR:
                return Answer("".join(lines).strip("\n"), self.clock() - start)
            lines.append(line)


class TimeUp(Exception):
    pass


class TerminalAnswers:
    """Multi-line answers typed at the terminal, with the clock shown on every line.

    A line with only ``---`` (or two empty lines in a row) submits; ``:edit`` opens $EDITOR with the
    answer so far; ``:skip`` moves on; ``:quit`` (or Ctrl-D on an empty answer) pauses the session.
    """

    HELP = "End an answer with a line containing only --- (or two empty lines). :edit opens $EDITOR, :skip moves on, :quit pauses."

    def __init__(self, read_line: Callable[[str], str] = input, clock: Callable[[], float] = time.monotonic,
                 time_limit: int | None = None, environ: Any = None, say: Callable[[str], None] = print) -> None:
        self.read_line, self.clock, self.time_limit, self.say = read_line, clock, time_limit, say
        self.environ = os.environ if environ is None else environ

    def next(self, move: Any) -> Answer | None:
        start, lines = self.clock(), []
        with _alarm(self.time_limit):
            try:
                while True:
                    line = self.read_line(self._prompt(start))
                    command = line.strip()
                    if command == SEPARATOR or (command == "" and lines and lines[-1] == ""):
                        if "".join(lines).strip():
                            return Answer("\n".join(lines).strip("\n"), self.clock() - start)
                        continue
                    if command == ":quit":
                        return None
                    if command == ":skip":
                        return Answer("", self.clock() - start, "skipped")
                    if command == ":edit":
                        try:
                            return Answer(edit("\n".join(lines), self.environ).strip("\n"), self.clock() - start)
                        except InvalidInput as exc:
                            self.say(str(exc))
                            continue
                    lines.append(line)
            except EOFError:
                text = "\n".join(lines).strip("\n")
                return Answer(text, self.clock() - start) if text.strip() else None
            except TimeUp:
                text = "\n".join(lines).strip("\n")
                return Answer(text, self.clock() - start, time_up_note(self.time_limit))

    def _prompt(self, start: float) -> str:
        return f"[{clock_label(self.clock() - start, self.time_limit)}] "


def clock_label(used: float, time_limit: int | None) -> str:
    """``1:05`` for the time used so far, or ``0:50 left`` under a time limit (whole seconds, rounded down)."""
    if time_limit:
        left = max(0, time_limit - used)
        return f"{int(left) // 60}:{int(left) % 60:02d} left"
    return f"{int(used) // 60}:{int(used) % 60:02d}"


def time_up_note(time_limit: int | None) -> str:
    return f"time limit of {time_limit} s reached; your answer so far was taken"


def terminal_answers(say: Callable[[str], None] = print, time_limit: int | None = None,
                     stdin: Any = None, stdout: Any = None, environ: Any = None) -> Any:
    """The reader for a person at a terminal: the live clock when stdin and stdout are both terminals
    (and the terminal is not dumb), else the plain line reader. prompt_toolkit is not imported here."""
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    environ = os.environ if environ is None else environ
    if _isatty(stdin) and _isatty(stdout) and environ.get("TERM", "") not in ("dumb", "unknown"):
        from mlprobe.session.live_input import LiveAnswers

        return LiveAnswers(say=say, time_limit=time_limit, environ=environ)
    return TerminalAnswers(say=say, time_limit=time_limit, environ=environ)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class _alarm:
    """Interrupt typing when the per-answer time limit passes (POSIX terminals; elsewhere no limit)."""

    def __init__(self, seconds: int | None) -> None:
        self.seconds = seconds if seconds and hasattr(signal, "SIGALRM") else None

    def __enter__(self) -> None:
        if self.seconds:
            self.previous = signal.signal(signal.SIGALRM, self._raise)
            signal.alarm(self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, self.previous)

    @staticmethod
    def _raise(signum: int, frame: Any) -> None:
        raise TimeUp()


def edit(text: str, environ: Any) -> str:
    """Open the user's editor on ``text``; return what they saved."""
    editor = environ.get("VISUAL") or environ.get("EDITOR") or ("notepad" if os.name == "nt" else "vi")
    with tempfile.NamedTemporaryFile("w+", suffix=".md", delete=False, encoding="utf-8") as handle:
        handle.write(text)
        path = handle.name
    try:
        subprocess.run([*shlex.split(editor), path], check=True)
        with open(path, encoding="utf-8", errors="replace") as saved:
            return saved.read()
    except (OSError, subprocess.CalledProcessError) as exc:
        raise InvalidInput(f"could not run the editor '{editor}' ({exc}); set EDITOR to an editor command") from None
    finally:
        os.unlink(path)
