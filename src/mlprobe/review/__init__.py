"""The project reviewer: reads a README or project write-up the way an interviewer would.

``review_text`` is pure (text in, a ``Review`` out): it finds the three elements interviewers look for
(decision pressure, unexpected outcomes, iteration driven by reality), red flags with quotes, places
where the write-up contradicts itself, 8-12 stress-test questions built from the project's own
specifics, and scaffolds for the sections the write-up lacks. ``read_project_file`` is the only I/O; ``project_question`` turns a review into a
question the interviewer can ask in ``mlprobe practice --project``.
"""

from __future__ import annotations

import re

from mlprobe.errors import InvalidInput
from mlprobe.review import lexicon
from mlprobe.review.consistency import find_inconsistencies
from mlprobe.review.document import Document, parse
from mlprobe.review.elements import find_elements
from mlprobe.review.facts import extract
from mlprobe.review.flags import find_flags
from mlprobe.review.model import (
    ELEMENTS,
    INCONSISTENCY_KINDS,
    REVIEW_FLAGS,
    SCAFFOLD_TITLES,
    Element,
    Facts,
    Inconsistency,
    MetricFact,
    Review,
    ReviewFlag,
)
from mlprobe.review.project import project_question
from mlprobe.review.questions import stress_questions
from mlprobe.review.scaffolds import build_scaffolds
from mlprobe.review.source import decode_project_bytes, read_project_file

MAX_CHARS = 300_000  # about 50,000 words; longer write-ups are reviewed up to here and the review says so
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def review_text(text: str, *, source: str | None = None) -> Review:
    """Review one write-up. Raises ``InvalidInput`` for empty or binary-looking text."""
    text, truncated = check_text(text)
    doc = parse(text, source)
    if not doc.passages:
        raise InvalidInput(f"{source or 'the write-up'} has no prose outside code blocks to review")
    terms = ml_terms(doc)
    if len(terms) < lexicon.ML_THRESHOLD:
        return _not_ml(doc, source, terms, truncated)
    facts = extract(doc)
    elements = find_elements(doc)
    flags = find_flags(doc, facts, elements)
    inconsistencies = find_inconsistencies(doc)
    drafts = stress_questions(doc.title, facts, elements, flags, inconsistencies)
    return Review(
        title=doc.title,
        source=source,
        is_ml_project=True,
        ml_terms=terms,
        truncated=truncated,
        message=f"Reviewed the first {MAX_CHARS:,} characters only." if truncated else None,
        elements=elements,
        red_flags=flags,
        inconsistencies=inconsistencies,
        questions=[d.text for d in drafts],
        question_probes=[d.probe for d in drafts],
        scaffolds=build_scaffolds(facts, elements),
        facts=facts,
    )


def check_text(text: str) -> tuple[str, bool]:
    if not isinstance(text, str):
        raise InvalidInput("the write-up must be text; read files with read_project_file")
    if not text.strip():
        raise InvalidInput("the write-up is empty; give a README or project write-up with some text in it")
    head = text[:8192]
    if "\x00" in head or len(_CONTROL.findall(head)) > 0.05 * len(head):
        raise InvalidInput("the write-up looks like binary data, not text; give a README or .md file")
    return text[:MAX_CHARS], len(text) > MAX_CHARS


def ml_terms(doc: Document) -> list[str]:
    """The families of machine-learning vocabulary the write-up uses (a README about a to-do app has none)."""
    prose = doc.prose()
    return [family for family, pattern in lexicon.ML_TERMS.items() if pattern.search(prose)]


def _not_ml(doc: Document, source: str | None, terms: list[str], truncated: bool) -> Review:
    found = f" (only: {', '.join(terms)})" if terms else ""
    message = (
        f"{source or 'This write-up'} does not read as a machine-learning project: it uses {len(terms)} of the "
        f"{len(lexicon.ML_TERMS)} kinds of ML vocabulary the reviewer looks for{found}, and needs {lexicon.ML_THRESHOLD}. "
        "No review was made; give the write-up of an ML project."
    )
    return Review(title=doc.title, source=source, is_ml_project=False, message=message, ml_terms=terms, truncated=truncated)


__all__ = [
    "ELEMENTS", "INCONSISTENCY_KINDS", "REVIEW_FLAGS", "SCAFFOLD_TITLES", "Element", "Facts", "Inconsistency", "MetricFact", "Review", "ReviewFlag",
    "decode_project_bytes", "project_question", "read_project_file", "review_text",
]
