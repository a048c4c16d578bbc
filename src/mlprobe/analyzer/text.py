"""Plain-text utilities every engine needs: sentence splitting and cleaning of pasted input."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n{2,}|\n(?=\s*[-*•]\s)")
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs|approx|Dr|Mr|Ms|No)\.$", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise(text: str) -> str:
    """Drop control characters and collapse runs of spaces; keep line breaks (they separate ideas)."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub(r"[ \t]+", " ", text).strip()


def sentences(text: str) -> list[str]:
    """Split into sentences, keeping abbreviations such as 'e.g.' inside their sentence."""
    pieces = [p.strip() for p in _SENTENCE_END.split(normalise(text)) if p and p.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and _ABBREVIATIONS.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)?%?", text)


_STOPWORDS = frozenset("the a an and or but of to in on for with was were is are it we i my our that this they have had be not".split())


def looks_foreign(text: str) -> bool:
    """True when a text of some length has almost none of the commonest English words: the models read English only."""
    found = re.findall(r"[^\W\d_]+", text.lower())
    return len(found) >= 8 and sum(w in _STOPWORDS for w in found) / len(found) < 0.04
