"""Reading bank files: YAML in, validated questions out, and every problem located at file:line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from mlprobe.bank.schema import Question, UserQuestion
from mlprobe.errors import InvalidInput

try:  # libyaml is several times faster; it ships in PyYAML's wheels but is optional
    _FastLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _FastLoader = yaml.SafeLoader


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank file, with where it is."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class BankFileError(InvalidInput):
    """A bank file failed to load; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        first = self.problems[0]
        more = f" (and {len(self.problems) - 1} more; run 'mlprobe questions validate {first.path}')" if len(self.problems) > 1 else ""
        super().__init__(f"{first}{more}")


def read_questions(path: Path, model: type[BaseModel] = Question, text: str | None = None) -> list[Any]:
    """Parse and validate one bank file; raise ``BankFileError`` listing every problem."""
    questions, problems = check_file(path, model, text)
    if problems:
        raise BankFileError(problems)
    return questions


def check_file(path: Path, model: type[BaseModel] = Question, text: str | None = None) -> tuple[list[Any], list[Problem]]:
    """Validate one bank file and return (valid questions, problems)."""
    name = str(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            return [], [Problem(name, 1, "not UTF-8 text; save the file as UTF-8")]
        except OSError as exc:
            return [], [Problem(name, 1, f"cannot read: {exc.strerror}")]
    try:
        doc = yaml.load(text, Loader=_FastLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return [], [Problem(name, line, f"YAML syntax: {getattr(exc, 'problem', exc)}")]
    entries, problems = _entries(doc, name)
    if problems:
        return [], problems
    return _validate(entries, model, name, text)


def _entries(doc: Any, name: str) -> tuple[list[Any], list[Problem]]:
    if isinstance(doc, dict) and isinstance(doc.get("questions"), list):
        return doc["questions"], []
    if isinstance(doc, list):
        return doc, []
    return [], [Problem(name, 1, "expected a mapping with a 'questions:' list (see 'mlprobe questions show' for the fields)")]


def _validate(entries: list[Any], model: type[BaseModel], name: str, text: str) -> tuple[list[Any], list[Problem]]:
    questions: list[Any] = []
    problems: list[Problem] = []
    root: yaml.Node | None = None
    for index, entry in enumerate(entries):
        try:
            if not isinstance(entry, dict):
                raise TypeError("each question must be a mapping of fields")
            questions.append(model.model_validate(entry))
        except (ValidationError, TypeError) as exc:
            root = root if root is not None else yaml.compose(text, Loader=yaml.SafeLoader)
            problems.extend(_locate(exc, root, index, name))
    problems.extend(_duplicate_ids(questions, root, text, name))
    return questions, problems


def _locate(exc: Exception, root: yaml.Node | None, index: int, name: str) -> Iterable[Problem]:
    entry_node = _question_node(root, index)
    if not isinstance(exc, ValidationError):
        yield Problem(name, _line(entry_node), str(exc))
        return
    for err in exc.errors():
        loc = err["loc"]
        node = _descend(entry_node, loc)
        field = ".".join(str(p) for p in loc) or "question"
        yield Problem(name, _line(node), f"question {index + 1}, field '{field}': {err['msg'].removeprefix('Value error, ')}")


def _question_node(root: yaml.Node | None, index: int) -> yaml.Node | None:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "questions":
                root = value
    if isinstance(root, yaml.SequenceNode) and index < len(root.value):
        return root.value[index]
    return root


def _descend(node: yaml.Node | None, loc: Sequence[Any]) -> yaml.Node | None:
    """Follow a pydantic error location into the YAML node tree as far as it goes."""
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
    return node


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _duplicate_ids(questions: list[Any], root: yaml.Node | None, text: str, name: str) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for q in questions:
        if q.id in seen:
            lines = [i for i, ln in enumerate(text.splitlines(), 1) if re.search(rf"\bid:\s*['\"]?{re.escape(q.id)}\b", ln)]
            line = lines[-1] if lines else 1
            problems.append(Problem(name, line, f"duplicate question id '{q.id}'; ids must be unique"))
        seen.add(q.id)
    return problems


__all__ = ["BankFileError", "Problem", "check_file", "read_questions", "UserQuestion"]
