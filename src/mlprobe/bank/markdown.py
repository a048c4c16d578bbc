"""Reading question lists written in the markdown formats common in public interview-prep repositories.

Recognised shapes (any mix in one file):
- headings that ask something: ``#### 1) What is leakage?`` with the answer below;
- bold question lines: ``**What is leakage? 👶**`` with the answer in the following paragraphs;
- ``**Q:** ...`` / ``Q: ...`` lines with optional ``**A:** ...`` answers;
- numbered or bulleted lists of questions: ``1. What is leakage?``;
- ``<details><summary>What is leakage?</summary> answer </details>`` blocks.
Headings that do not ask anything become the theme of the questions under them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(?:[-*+]\s+)?\*\*(.+?)\*\*\s*(.*)$")
_QA = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(Q|Question|A|Answer)\s*(?:\d+)?\s*[:.](?:\*\*|__)?\s*(?:\*\*|__)?\s*(.*)$", re.I)
_LIST_ITEM = re.compile(r"^(\s{0,3})(?:\d+[.)]|[-*+])\s+(.*)$")
_SUMMARY = re.compile(r"<summary>(.*?)</summary>", re.I | re.S)
_FENCE = re.compile(r"^\s*(```|~~~)")
_NUMBER_PREFIX = re.compile(r"^\s*(?:Q\s*)?\d+\s*[.):-]\s*")
_LINKS = re.compile(r"\[\[?([^\]]*?)\]\]?\([^)]*\)\]?")
_TAGS = re.compile(r"<[^>]+>")
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F]")
_LEVEL_MARK = re.compile(r"\[(?:E|M|H)\]\s*")


@dataclass
class ParsedQuestion:
    """A question found in a markdown file, with the line it starts on."""

    prompt: str
    line: int
    section: str | None = None
    answer_lines: list[str] = field(default_factory=list)

    @property
    def answer(self) -> str | None:
        text = clean("\n".join(self.answer_lines)).strip()
        return text or None


def clean(text: str) -> str:
    """Strip markup that carries no meaning for a spoken question."""
    text = _LINKS.sub(lambda m: "" if m.group(1).strip().lower() in {"src", "answer", "source"} else m.group(1), text)
    text = _TAGS.sub(" ", text)
    text = _EMOJI.sub("", text)
    text = text.replace("**", "").replace("__", "")
    text = html.unescape(text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _question_text(raw: str) -> str:
    text = clean(_LEVEL_MARK.sub("", raw))
    return _NUMBER_PREFIX.sub("", text).strip(" *_-:")


def _asks(text: str) -> bool:
    stripped = _question_text(text)
    if len(stripped) < 8:
        return False
    starts = re.match(r"(?i)(what|why|how|when|where|which|who|can|could|would|should|is|are|do|does|did|explain|describe|design|walk|tell|give|define|compare|name|suppose|imagine|implement|list)\b", stripped)
    return stripped.rstrip().endswith("?") or bool(starts)


def parse_markdown(text: str) -> list[ParsedQuestion]:
    """Return the questions in ``text`` in order of appearance."""
    parser = _Parser()
    for number, line in enumerate(text.splitlines(), 1):
        parser.feed(number, line)
    parser.finish()
    return [q for q in parser.questions if q.prompt]


class _Parser:
    """A line-by-line state machine; markdown-it would lose the line-level question cues we need."""

    def __init__(self) -> None:
        self.questions: list[ParsedQuestion] = []
        self.section: str | None = None
        self.current: ParsedQuestion | None = None
        self.in_fence = False
        self.details: list[tuple[int, str]] | None = None

    def feed(self, number: int, line: str) -> None:
        if self.details is not None:
            self._feed_details(number, line)
        elif _FENCE.match(line):
            self.in_fence = not self.in_fence
            self._answer(line)
        elif self.in_fence:
            self._answer(line)
        elif "<details" in line.lower():
            self.current = None
            self.details = [(number, line)]
            self._feed_details(number, "")
        else:
            self._feed_line(number, line)

    def _feed_line(self, number: int, line: str) -> None:
        heading = _HEADING.match(line)
        if heading:
            self._heading(number, heading.group(2))
            return
        qa = _QA.match(line)
        if qa and qa.group(1).lower().startswith("q") and qa.group(2).strip():
            self._start(number, qa.group(2))
            return
        if qa and qa.group(1).lower().startswith("a"):
            self._answer(qa.group(2))
            return
        bold = _BOLD_LINE.match(line)
        if bold and not bold.group(2).strip() and _asks(bold.group(1)):
            self._start(number, bold.group(1))
            return
        item = _LIST_ITEM.match(line)
        if item and _asks(item.group(2)) and (self.current is None or not self.current.answer_lines or _question_text(item.group(2)).endswith("?")):
            self._start(number, item.group(2))
            return
        self._answer(line)

    def _heading(self, number: int, text: str) -> None:
        if _asks(text):
            self._start(number, text)
        else:
            self.current = None
            self.section = clean(text) or None

    def _start(self, number: int, raw: str) -> None:
        self.current = ParsedQuestion(_question_text(raw), number, self.section)
        self.questions.append(self.current)

    def _answer(self, line: str) -> None:
        if self.current is not None and not re.fullmatch(r"\s*<br\s*/?>\s*", line, re.I):
            self.current.answer_lines.append(line)

    def _feed_details(self, number: int, line: str) -> None:
        assert self.details is not None
        if line:
            self.details.append((number, line))
        block = "\n".join(text for _, text in self.details)
        if "</details>" not in block.lower():
            return
        start = self.details[0][0]
        self.details = None
        summary = _SUMMARY.search(block)
        if summary is None:
            return
        body = block[summary.end():]
        body = re.sub(r"</?details[^>]*>", "", body, flags=re.I)
        self.current = ParsedQuestion(_question_text(summary.group(1)), start, self.section)
        self.current.answer_lines = body.splitlines()
        self.questions.append(self.current)
        self.current = None

    def finish(self) -> None:
        if self.details is not None:
            # An unclosed <details> block: keep what it asked rather than silently dropping it.
            number, _ = self.details[0]
            block = "\n".join(text for _, text in self.details)
            summary = _SUMMARY.search(block)
            if summary:
                self.questions.append(ParsedQuestion(_question_text(summary.group(1)), number, self.section))
            self.details = None
