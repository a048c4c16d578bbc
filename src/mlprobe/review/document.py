"""A write-up as the reviewer reads it: prose passages tagged with their section and its role.

Markdown, inline HTML, badges, front matter and tables are reduced to plain sentences; code blocks are
dropped (commands and configuration say what can be run, not what happened). Each passage keeps the
heading it sits under, and each heading a role, so installation steps are not mistaken for a narrative
and a roadmap is not mistaken for something that happened.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from mlprobe.analyzer.text import sentences
from mlprobe.review import lexicon

ROLES = ("narrative", "setup", "planned", "meta")

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_ATX = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\(\s*<?([^)\s>]*)>?[^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_BARE_URL = re.compile(r"https?://[^\s)\]>\"']+")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]")
_EMPHASIS = (
    re.compile(r"\*\*(.+?)\*\*"),
    re.compile(r"(?<!\w)__(.+?)__(?!\w)"),
    re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"),
)
_FRONT_MATTER = re.compile(r"\A---\s*\n((?:[\w-]+\s*:.*\n){1,40}?)---\s*\n")


@dataclass(frozen=True)
class Passage:
    """One block of prose: a heading, a paragraph, a list item, a table row or a quote line."""

    text: str
    kind: str
    section: str
    section_id: int
    role: str
    numbered: bool = False
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    path: tuple[str, ...] = ()  # every heading above it, outermost first


@dataclass(frozen=True)
class Unit:
    """One sentence of a passage, with where it sits."""

    text: str
    passage: Passage
    index: int

    @property
    def role(self) -> str:
        return self.passage.role

    @property
    def section(self) -> str:
        return self.passage.section


@dataclass(frozen=True)
class CodeLine:
    """One line inside a code block, kept only for the consistency check: its comments (and values
    written as documentation, ``trainable_parameters = ~8.4 million``) can state facts; the code cannot."""

    text: str
    section: str
    section_id: int
    role: str
    block: int
    lang: str = ""
    path: tuple[str, ...] = ()


@dataclass
class Document:
    title: str
    passages: list[Passage]
    urls: list[str] = field(default_factory=list)
    code_blocks: int = 0
    code: list[CodeLine] = field(default_factory=list)

    def units(self, roles: tuple[str, ...] = ("narrative",), headings: bool = False) -> list[Unit]:
        out: list[Unit] = []
        for p in self.passages:
            if p.role not in roles or (p.kind == "heading" and not headings):
                continue
            for s in sentences(p.text) if p.kind in ("paragraph", "quote", "item") else [p.text]:
                out.append(Unit(s, p, len(out)))
        return out

    def prose(self) -> str:
        return "\n".join(p.text for p in self.passages)


def clean_inline(text: str, urls: list[str] | None = None) -> str:
    """Strip inline markup, keeping the words a reader sees; collect link targets into ``urls``."""
    text = _IMAGE.sub("", text)
    if urls is not None:
        urls.extend(m.group(2) for m in _LINK.finditer(text))
        urls.extend(_BARE_URL.findall(text))
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub(" ", text)
    text = text.replace("`", "")
    for pattern in _EMPHASIS:
        text = pattern.sub(r"\1", text)
    text = _EMOJI.sub("", html.unescape(text))
    return re.sub(r"\s+", " ", text).strip(" \t|")


def html_to_markdown(text: str) -> str:
    """Turn the block-level HTML common in READMEs into markdown lines; inline tags go later."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"<(script|style)\b.*?</\1\s*>", "", text, flags=re.S | re.I)
    text = re.sub(r"<h([1-6])[^>]*>(.*?)</h\1\s*>", lambda m: "\n" + "#" * int(m.group(1)) + " " + m.group(2).replace("\n", " ") + "\n", text, flags=re.S | re.I)
    text = re.sub(r"<a\s[^>]*?href=[\"']([^\"']*)[\"'][^>]*>(.*?)</a\s*>", r"[\2](\1)", text, flags=re.S | re.I)
    text = re.sub(r"<img\b[^>]*>", "", text, flags=re.I)
    text = re.sub(r"<br\s*/?>\s*$", "\n", text, flags=re.I | re.M)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = re.sub(r"<li\b[^>]*>", "\n- ", text, flags=re.I)
    text = re.sub(r"</?(?:p|div|ul|ol|li|table|thead|tbody|tr|details|summary|section|article|center|blockquote)\b[^>]*>", "\n", text, flags=re.I)
    return re.sub(r"</?t[dh]\b[^>]*>", " ", text, flags=re.I)


def split_front_matter(text: str) -> tuple[str, str | None]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, None
    title = re.search(r"^title\s*:\s*[\"']?(.*?)[\"']?\s*$", match.group(1), re.M)
    return text[match.end():], (title.group(1).strip() or None) if title else None


def parse(text: str, source: str | None = None) -> Document:
    """Read markdown (with or without HTML) into passages. Pure: text in, a ``Document`` out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text, fm_title = split_front_matter(text)
    parser = _Parser()
    for line in html_to_markdown(text).split("\n"):
        parser.feed(line)
    parser.flush()
    title = parser.title or fm_title or _title_from(source)
    return Document(title=title, passages=parser.passages, urls=parser.urls, code_blocks=parser.code_blocks, code=parser.code)


def _title_from(source: str | None) -> str:
    if not source:
        return "this project"
    stem = re.split(r"[/\\]", source)[-1].rsplit(".", 1)[0]
    return stem if stem.lower() not in ("readme", "-", "") else "this project"


def section_role(stack: list[tuple[int, str]]) -> str:
    """The nearest heading that says what its section is for decides the role of everything under it."""
    for _, heading in reversed(stack):
        for role, pattern in (("planned", lexicon.PLANNED_HEADING), ("meta", lexicon.META_HEADING), ("setup", lexicon.SETUP_HEADING)):
            if pattern.search(heading):
                return role
    return "narrative"


class _Parser:
    """A line-by-line reader of the block structure; markdown-it would cost a dependency for the same result."""

    def __init__(self) -> None:
        self.passages: list[Passage] = []
        self.urls: list[str] = []
        self.code_blocks = 0
        self.code: list[CodeLine] = []
        self.lang = ""
        self.title: str | None = None
        self.stack: list[tuple[int, str]] = []
        self.section_id = 0
        self.fence: str | None = None
        self.buffer: list[str] = []
        self.item: list[str] | None = None
        self.item_numbered = False
        self.table_header: tuple[str, ...] | None = None
        self.pending_row: tuple[str, ...] | None = None

    def feed(self, line: str) -> None:
        if self.fence is not None:
            if line.strip().startswith(self.fence):
                self.fence = None
            elif line.strip():
                section = self.stack[-1][1] if self.stack else ""
                path = tuple(h for _, h in self.stack)
                self.code.append(CodeLine(line.rstrip(), section, self.section_id, section_role(self.stack), self.code_blocks, self.lang, path))
            return
        fence = _FENCE.match(line)
        if fence:
            self.flush()
            self.fence, self.code_blocks = fence.group(1)[0] * 3, self.code_blocks + 1
            self.lang = line.strip().lstrip("`~").strip().lower()
            return
        if line.lstrip().startswith(">"):
            line = re.sub(r"^\s*>\s?", "", line)
        self._block(line)

    def _block(self, line: str) -> None:
        if not line.strip():
            self.flush()
        elif (atx := _ATX.match(line)) is not None:
            self.flush()
            self._heading(len(atx.group(1)), atx.group(2))
        elif _SETEXT.match(line) and len(self.buffer) == 1 and self.item is None:
            text, self.buffer = self.buffer[0], []
            self._heading(1 if line.strip().startswith("=") else 2, text)
        elif _RULE.match(line):
            self.flush()
        elif line.count("|") >= 2 or line.lstrip().startswith("|"):
            self._row(line)
        elif (item := _ITEM.match(line)) is not None:
            self.flush()
            self.item, self.item_numbered = [item.group(1)], bool(_NUMBERED.match(line))
        elif self.item is not None:
            self.item.append(line.strip())
        else:
            self._end_table()
            self.buffer.append(line.strip())

    def _heading(self, level: int, raw: str) -> None:
        text = clean_inline(raw, self.urls)
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, text))
        self.section_id += 1
        if text and self.title is None and level <= 2:
            self.title = text
        if text:
            self._add(text, "heading", numbered=bool(re.match(r"^\d{1,2}[.)]\s", text)))

    def _row(self, line: str) -> None:
        self._flush_text()
        if _TABLE_SEP.match(line):
            self.table_header, self.pending_row = self.pending_row, None
            return
        cells = tuple(clean_inline(c, self.urls) for c in line.strip().strip("|").split("|"))
        if self.pending_row is not None:
            self._emit_row(self.pending_row)
        self.pending_row = cells

    def _emit_row(self, cells: tuple[str, ...]) -> None:
        text = " | ".join(c for c in cells if c)
        if text:
            self._add(text, "row", cells=cells, header=self.table_header or ())

    def _end_table(self) -> None:
        if self.pending_row is not None:
            self._emit_row(self.pending_row)
        self.pending_row, self.table_header = None, None

    def flush(self) -> None:
        self._flush_text()
        self._end_table()

    def _flush_text(self) -> None:
        if self.buffer:
            self._add(clean_inline(" ".join(self.buffer), self.urls), "paragraph")
            self.buffer = []
        if self.item is not None:
            self._add(clean_inline(" ".join(self.item), self.urls), "item", numbered=self.item_numbered)
            self.item = None

    def _add(self, text: str, kind: str, numbered: bool = False, cells: tuple[str, ...] = (), header: tuple[str, ...] = ()) -> None:
        if not re.search(r"[A-Za-z0-9]", text):
            return
        section = self.stack[-1][1] if self.stack else ""
        role = section_role(self.stack)
        path = tuple(h for _, h in self.stack)
        self.passages.append(Passage(text, kind, section, self.section_id, role, numbered, cells, header, path))
