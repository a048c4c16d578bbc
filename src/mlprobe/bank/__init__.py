"""The question bank: curated questions shipped in the package plus the user's own imported ones."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Union

from mlprobe.bank.loader import read_questions
from mlprobe.bank.schema import Question, UserQuestion
from mlprobe.errors import NotFound

AnyQuestion = Union[Question, UserQuestion]
USER_BANK_DIR = "bank"


@dataclass
class Bank:
    """All questions available to this user, curated first, then imported."""

    questions: list[AnyQuestion] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {q.id: q for q in self.questions}

    def get(self, question_id: str) -> AnyQuestion:
        try:
            return self._by_id[question_id]
        except KeyError:
            hint = _closest(question_id, self._by_id)
            suggestion = f"; did you mean '{hint}'?" if hint else ""
            raise NotFound(
                f"no question with id '{question_id}'{suggestion}; list ids with 'mlprobe questions list'"
            ) from None

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._by_id

    def __len__(self) -> int:
        return len(self.questions)

    def filter(self, theme: str | None = None, level: str | None = None, signal: str | None = None) -> list[AnyQuestion]:
        return [
            q
            for q in self.questions
            if (theme is None or q.theme == theme)
            and (level is None or q.level == level)
            and (signal is None or signal in q.signals)
        ]

    def themes(self) -> Counter[str]:
        return Counter(q.theme for q in self.questions)

    def search(self, text: str, limit: int = 20) -> list[tuple[float, AnyQuestion]]:
        """Rank questions by how many query words they contain, prompt matches weighing most."""
        terms = _words(text)
        if not terms:
            return []
        scored = []
        for q in self.questions:
            prompt, rest = _words(q.prompt), _words(_searchable(q))
            score = sum(2.0 * (t in prompt) + 1.0 * (t in rest) for t in terms) / len(terms)
            if text.lower() in q.prompt.lower():
                score += 2.0
            if score > 0:
                scored.append((score, q))
        scored.sort(key=lambda pair: (-pair[0], pair[1].id))
        return scored[:limit]


def load_bank(home: Path | None = None) -> Bank:
    """Load the shipped bank and, when ``home`` is given, the user's imported questions."""
    questions: list[AnyQuestion] = list(shipped_questions())
    if home is not None:
        questions.extend(user_questions(home))
    return Bank(questions)


def shipped_questions() -> Iterable[Question]:
    data = resources.files("mlprobe.bank") / "data"
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            yield from read_questions(Path(f"mlprobe/bank/data/{entry.name}"), Question, entry.read_text("utf-8"))


def user_bank_files(home: Path) -> list[Path]:
    folder = home / USER_BANK_DIR
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def user_questions(home: Path) -> Iterable[UserQuestion]:
    for path in user_bank_files(home):
        yield from read_questions(path, UserQuestion)


def _searchable(q: AnyQuestion) -> str:
    parts = [q.prompt, q.context or "", getattr(q, "listens_for", None) or "", q.theme, q.domain or "", q.tutorial_trap or ""]
    parts += [tp.point + " " + " ".join(tp.anchors) for tp in q.talking_points]
    return " ".join(parts)


_STOP = frozenset("a an and are do does for how i in is it of on or the to was what when why with you your".split())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _closest(name: str, options: Iterable[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(name, list(options), n=1, cutoff=0.6)
    return matches[0] if matches else None


__all__ = ["AnyQuestion", "Bank", "Question", "UserQuestion", "load_bank"]
