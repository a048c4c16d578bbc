"""Answers typed at a real terminal, with a clock in the bottom toolbar that ticks every second.

The same commands as the plain reader (``answers.TerminalAnswers``): a line with only ``---``, or two
empty lines in a row, submits — and so does Esc+Enter (Alt+Enter); Enter alone starts a new line;
``:edit`` opens $EDITOR with the answer so far, ``:skip`` moves on, ``:quit`` or Ctrl-D on an empty
line pauses (taking the answer so far if there is one); Ctrl-C interrupts. Under a time limit the
toolbar counts down and, when it runs out, the answer typed so far is taken.

prompt_toolkit is imported only when the first answer is read, so ``mlprobe --help`` and scripted
sessions never load it. If it cannot run here (not installed, no usable terminal), the plain
input()-based reader takes over for the rest of the session.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from mlprobe.errors import InvalidInput
from mlprobe.session.answers import SEPARATOR, Answer, TerminalAnswers, TimeUp, _alarm, clock_label, edit, time_up_note

COMMANDS = (":quit", ":skip", ":edit")
KEYS_HINT = "submit: --- or 2 empty lines or Esc+Enter | :edit :skip :quit"


@dataclass(frozen=True)
class Outcome:
    """How typing one answer ended: submit, skip, quit, edit, eof or time, with the answer text so far."""

    kind: str
    text: str = ""


def answer_text(lines: list[str]) -> str:
    """The answer in ``lines``: without separator lines, and without leading or trailing empty lines."""
    return "\n".join(line for line in lines if line.strip() != SEPARATOR).strip("\n")


def on_enter(lines: list[str], row: int, submit: bool = False) -> Outcome | str:
    """What Enter (or Esc+Enter, ``submit``) does with the cursor on ``lines[row]``.

    An ``Outcome`` ends the answer; otherwise ``"newline"``, ``"clear-line"`` (a lone ``---`` on an
    empty answer is dropped, as the plain reader ignores it) or ``"ignore"`` (nothing to submit yet).
    """
    line = lines[row].strip()
    others = lines[:row] + lines[row + 1:]
    if line in COMMANDS:
        return Outcome(line[1:], answer_text(others))
    if line == SEPARATOR:
        text = answer_text(others)
        return Outcome("submit", text) if text.strip() else "clear-line"
    two_empty = line == "" and row > 0 and lines[row - 1].strip() == "" and not any(rest.strip() for rest in lines[row + 1:])
    if submit or two_empty:
        text = answer_text(lines)
        return Outcome("submit", text) if text.strip() else "ignore"
    return "newline"


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


class LiveAnswers:
    """Multi-line answers in a prompt_toolkit session; same interface and results as ``TerminalAnswers``.

    ``input``/``output`` are prompt_toolkit objects (tests pass a pipe input and ``DummyOutput``);
    ``clock`` and ``sleep`` drive the toolbar and the time limit, so tests need no real waiting.
    """

    HELP = ("End an answer with a line containing only --- (or two empty lines, or Esc+Enter); the clock runs "
            "in the bar at the bottom. :edit opens $EDITOR, :skip moves on, :quit pauses.")

    def __init__(self, clock: Callable[[], float] = time.monotonic, time_limit: int | None = None, environ: Any = None,
                 say: Callable[[str], None] = print, input: Any = None, output: Any = None,
                 sleep: Callable[[float], Awaitable[None]] = _sleep, tick: float = 1.0) -> None:
        self.clock, self.time_limit, self.say = clock, time_limit, say
        self.environ = os.environ if environ is None else environ
        self.input, self.output, self.sleep, self.tick = input, output, sleep, tick
        self._session: Any = None
        self._start = 0.0
        self._fallback: TerminalAnswers | None = None

    def toolbar(self, start: float) -> str:
        """The bottom toolbar: time used (or left, under a limit) for the answer started at ``start``."""
        used = self.clock() - start
        if self.time_limit:
            return f" {clock_label(used, self.time_limit)} of {_total(self.time_limit)} | {KEYS_HINT} "
        return f" {clock_label(used, None)} elapsed | {KEYS_HINT} "

    def next(self, move: Any) -> Answer | None:
        if self._fallback is not None:
            return self._fallback.next(move)
        start, text = self.clock(), ""
        while True:
            try:
                outcome = self._read(start, text)
            except EOFError:  # the terminal went away: like Ctrl-D, keep what was typed
                outcome = Outcome("eof", answer_text(self._session.default_buffer.document.lines) if self._session else text)
            except Exception as exc:  # noqa: BLE001 - any failure of the live prompt falls back, never crashes
                self.say(f"The live answer clock cannot run here ({type(exc).__name__}: {exc}); reading answers line by line instead.")
                self._fallback = TerminalAnswers(clock=self.clock, time_limit=self.time_limit, environ=self.environ, say=self.say)
                return self._fallback.next(move)
            elapsed = self.clock() - start
            if outcome.kind == "submit":
                return Answer(outcome.text, elapsed)
            if outcome.kind == "quit":
                return None
            if outcome.kind == "skip":
                return Answer("", elapsed, "skipped")
            if outcome.kind == "eof":
                return Answer(outcome.text, elapsed) if outcome.text.strip() else None
            if outcome.kind == "time":
                return Answer(outcome.text, elapsed, time_up_note(self.time_limit))
            text = outcome.text  # :edit
            default = f"{text}\n" if text else ""  # if the editor fails, typing goes on on a new line
            try:
                return Answer(self._edit(text, start).strip("\n"), self.clock() - start)
            except TimeUp:
                return Answer(text, self.clock() - start, time_up_note(self.time_limit))
            except InvalidInput as exc:
                self.say(str(exc))
            text = default

    def _edit(self, text: str, start: float) -> str:
        """$EDITOR on the answer so far; under a limit, the editor is stopped when time runs out (as before)."""
        if not self.time_limit:
            return edit(text, self.environ)
        left = self.time_limit - (self.clock() - start)
        if left <= 0:
            raise TimeUp()
        with _alarm(math.ceil(left)):
            return edit(text, self.environ)

    def _read(self, start: float, default: str) -> Outcome:
        if self._session is None:
            self._session = self._make_session()
        self._start = start
        app = self._session.app
        pre_run = (lambda: app.create_background_task(self._watch(app, start))) if self.time_limit else None
        result = self._session.prompt(default=default, pre_run=pre_run)
        return result if isinstance(result, Outcome) else Outcome("submit", answer_text(str(result).split("\n")))

    async def _watch(self, app: Any, start: float) -> None:
        """End the answer with the text so far once the time limit has passed."""
        while True:
            left = self.time_limit - (self.clock() - start)
            if left <= 0:
                if not app.is_done:
                    app.exit(result=Outcome("time", answer_text(self._session.default_buffer.document.lines)))
                return
            await self.sleep(min(left, self.tick))

    def _make_session(self) -> Any:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.enums import DEFAULT_BUFFER
        from prompt_toolkit.filters import Condition, has_focus, in_paste_mode
        from prompt_toolkit.input import DummyInput
        from prompt_toolkit.key_binding import KeyBindings

        keys = KeyBindings()
        typing = has_focus(DEFAULT_BUFFER)

        def act(event: Any, submit: bool) -> None:
            buffer = event.current_buffer
            document = buffer.document
            what = on_enter(document.lines, document.cursor_position_row, submit)
            if isinstance(what, Outcome):
                event.app.exit(result=what)
            elif what == "newline":
                buffer.newline(copy_margin=not in_paste_mode())
            elif what == "clear-line":
                buffer.delete_before_cursor(len(document.current_line_before_cursor))
                buffer.delete(len(document.current_line_after_cursor))

        @keys.add("enter", filter=typing)
        def _enter(event: Any) -> None:
            act(event, submit=False)

        @keys.add("escape", "enter", filter=typing)
        def _submit(event: Any) -> None:
            act(event, submit=True)

        @Condition
        def on_empty_line() -> bool:
            return not self._session.default_buffer.document.current_line.strip()

        @keys.add("c-d", filter=typing & on_empty_line)
        def _end(event: Any) -> None:
            event.app.exit(result=Outcome("eof", answer_text(event.current_buffer.document.lines)))

        session = PromptSession(
            message="> ", multiline=True, prompt_continuation=lambda width, line, wrapped: " " * width,
            bottom_toolbar=lambda: self.toolbar(self._start), refresh_interval=1, key_bindings=keys,
            input=self.input, output=self.output, erase_when_done=False, enable_history_search=False,
        )
        if isinstance(session.input, DummyInput):  # prompt_toolkit found no terminal to read; it would only say EOF
            raise OSError("no terminal to read keys from")
        return session


def _total(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"
