"""Bringing a user's own questions into their bank, all or nothing, never touching the shipped bank."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mlprobe.bank import USER_BANK_DIR, load_bank, user_bank_files
from mlprobe.bank.loader import BankFileError, Problem, check_file
from mlprobe.bank.markdown import parse_markdown
from mlprobe.bank.schema import Question, UserQuestion
from mlprobe.errors import InvalidInput
from mlprobe.home import ensure_dir

MARKDOWN_SUFFIXES = {".md", ".markdown", ".txt"}
YAML_SUFFIXES = {".yaml", ".yml"}


@dataclass(frozen=True)
class ImportResult:
    target: Path
    questions: list[UserQuestion]


def read_source(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in data[:4096]:
        raise InvalidInput(f"{path}: looks like a binary file; import takes YAML or markdown text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: not UTF-8 text; save it as UTF-8 and import again") from None


def parse_source(path: Path, theme: str | None = None) -> tuple[list[UserQuestion], list[Problem]]:
    """Turn a YAML or markdown file into user questions plus every problem found, without writing."""
    text = read_source(path)
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        questions, problems = check_file(path, UserQuestion, text)
        if theme:
            questions = [q.model_copy(update={"theme": theme}) for q in questions]
        return questions, problems
    if suffix in MARKDOWN_SUFFIXES:
        return _from_markdown(path, text, theme)
    raise InvalidInput(f"{path}: unknown file type '{suffix or '(none)'}'; import takes .yaml/.yml or .md files")


def _from_markdown(path: Path, text: str, theme: str | None) -> tuple[list[UserQuestion], list[Problem]]:
    parsed = parse_markdown(text)
    if not parsed:
        hint = "numbered lists, '###' question headings, '**Q:**' lines, bold question lines or <details> blocks"
        return [], [Problem(str(path), 1, f"no questions found; expected {hint}")]
    questions, problems, used = [], [], set()
    for item in parsed:
        qid = _unique(_slug(item.prompt), used)
        fields: dict[str, Any] = {
            "id": qid,
            "prompt": item.prompt,
            "theme": theme or _theme(item.section),
            "answer": item.answer,
            "origin": f"{path.name}:{item.line}",
        }
        try:
            questions.append(UserQuestion(**fields))
        except ValueError as exc:
            problems.append(Problem(str(path), item.line, f"question '{item.prompt[:60]}': {exc}"))
    return questions, problems


def _slug(text: str, words: int = 7) -> str:
    tokens = re.findall(r"[a-z0-9]+", text.lower())[:words]
    return "u-" + ("-".join(tokens) or "question")


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _theme(section: str | None) -> str:
    if not section:
        return "imported"
    return "_".join(re.findall(r"[a-z0-9]+", section.lower())[:4]) or "imported"


def import_file(path: Path, home: Path, theme: str | None = None, replace: bool = False) -> ImportResult:
    """Validate everything first; write one file atomically; on any problem write nothing."""
    questions, problems = parse_source(path, theme)
    if problems:
        raise BankFileError(problems)
    target = ensure_dir(home / USER_BANK_DIR) / f"{_file_stem(path)}.yaml"
    if target.exists() and not replace:
        raise InvalidInput(f"{path.name} was already imported as {target}; add --replace to import it again")
    _check_collisions(questions, home, target)
    _write_atomic(target, questions)
    return ImportResult(target, questions)


def _file_stem(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "questions"


def _check_collisions(questions: list[UserQuestion], home: Path, target: Path) -> None:
    others = [p for p in user_bank_files(home) if p != target]
    existing = {q.id for q in load_bank(None).questions}
    for other in others:
        existing.update(q.id for q in check_file(other, UserQuestion)[0])
    clashes = sorted({q.id for q in questions} & existing)
    if clashes:
        raise InvalidInput(
            f"question id(s) already in your bank: {', '.join(clashes[:5])}; rename them in the source file"
        )


def _write_atomic(target: Path, questions: list[UserQuestion]) -> None:
    payload = {"questions": [q.model_dump(exclude_none=True, exclude_defaults=True, exclude={"source"}) for q in questions]}
    text = yaml.safe_dump(payload, sort_keys=False, allow_unicode=True, width=100)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".import-", suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def validate_path(path: Path, strict: bool = False) -> tuple[int, list[Problem]]:
    """Check a file or folder of question files; return (questions found, problems)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in YAML_SUFFIXES | MARKDOWN_SUFFIXES)
        if not files:
            raise InvalidInput(f"{path}: no .yaml, .yml or .md files in this folder")
    elif path.exists():
        files = [path]
    else:
        raise InvalidInput(f"{path}: no such file or folder")
    count, problems = 0, []
    for file in files:
        if strict and file.suffix.lower() in YAML_SUFFIXES:
            found, found_problems = check_file(file, Question, read_source(file))
        else:
            found, found_problems = parse_source(file)
        count += len(found)
        problems.extend(found_problems)
    return count, problems
