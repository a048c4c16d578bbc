"""Numbers as candidates say them: "2M", "100,000", "40 thousand", "eight thousand", "a few hundred
thousand", "half a million". Each parses to a range (low, high) so vague amounts compare fairly."""

from __future__ import annotations

import re
from mlprobe.analyzer.guard import guarded

Range = tuple[float, float]

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "a dozen": 12, "half a": 0.5}
_VAGUE: dict[str, Range] = {**{f"{tens}-odd": (n, n + 9) for tens, n in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
                                                                              ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90))},
                            "a few": (2, 5), "a couple of": (2, 3), "a couple": (2, 3), "several": (3, 9), "a handful of": (3, 8), "few": (2, 5)}
_PLURAL: dict[str, Range] = {"hundreds of thousands of": (2e5, 9e5), "tens of thousands of": (2e4, 9e4), "hundreds of": (200, 900),
                             "thousands of": (2e3, 9e3), "millions of": (2e6, 9e6), "dozens of": (24, 99)}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted((re.escape(w) for w in [*_UNITS, *_VAGUE]), key=len, reverse=True))
_BARE = "|".join(sorted((re.escape(w) for w in [*_UNITS, *_VAGUE] if w not in {"a", "an", "half a", "one", "few"}), key=len, reverse=True))
_PLURALS = "|".join(sorted((re.escape(w) for w in _PLURAL), key=len, reverse=True))
_BIG = r"(?:\s(?:hundred\s)?(?:thousand|million|billion)s?|\shundred)"
NUMBER = rf"(?:(?:{_WORDS})\shundred\sand\s(?:{_BARE})(?:\s(?:thousand|million|billion)s?)?\b|(?:{_DIGITS})\s?(?:k|mm|mn|mil|m|bn|b)\b|(?:{_DIGITS}){_BIG}?|(?:{_WORDS}){_BIG}|(?:{_BARE})(?=\s)|{_PLURALS})"
"""A regex fragment (no groups) for one spoken or written amount; ``parse`` turns a match into a range."""

LOWER_BOUND = guarded(r"\b(?:over|more than|at least|above|upwards of)\s*$|\+$", re.I)
UPPER_BOUND = guarded(r"\b(?:under|fewer than|less than|up to|at most|below|no more than)\s*$", re.I)


def parse(text: str) -> Range | None:
    """'a few hundred thousand' -> (2e5, 5e5); '1.5 million' -> (1.5e6, 1.5e6); None when unreadable."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in _PLURAL:
        return _PLURAL[t]
    t = re.sub(r"(thousand|million|billion)s\b", r"\1", t)
    if " hundred and " in t:
        scale = re.search(r" (thousand|million|billion)$", t)
        if scale:  # 'a hundred and fifty thousand' is (100 + 50) thousand
            inner = parse(t[: scale.start()])
            return (inner[0] * _SCALE[scale.group(1)], inner[1] * _SCALE[scale.group(1)]) if inner else None
        head, tail = (parse(part) for part in t.split(" and ", 1))
        return (head[0] + tail[0], head[1] + tail[1]) if head and tail else None
    if t in _PLURAL:
        return _PLURAL[t]
    m = re.fullmatch(rf"({_DIGITS})\s?(k|mm|mn|mil|m|bn|b)?(?: (hundred))?(?: (thousand|million|billion))?", t)
    if m:
        base = float(m.group(1).replace(",", ""))
        mult = _SCALE.get(m.group(2) or m.group(4) or "", 1.0) * (100 if m.group(3) else 1)
        return base * mult, base * mult
    m = re.fullmatch(rf"({_WORDS})(?: (hundred))?(?: (thousand|million|billion))?", t)
    if not m:
        return None
    lo, hi = _VAGUE.get(m.group(1)) or (_UNITS[m.group(1)], _UNITS[m.group(1)])
    mult = (100 if m.group(2) else 1) * _SCALE.get(m.group(3) or "", 1.0)
    return lo * mult, hi * mult


def bounded(rng: Range, before: str, after: str = "") -> Range:
    """Widen a range by the qualifier around it: 'over 2M' has no upper bound, 'under 2,000' no lower one."""
    lo, hi = rng
    if re.search(r"\b(?:just|slightly|a bit|a little|barely)\s+(?:under|below|over|above|more than|less than)\s*$", before, re.I):
        return lo, hi  # 'just under a million' is about a million
    if LOWER_BOUND.search(before) or after.startswith("+"):
        return lo, float("inf")
    if UPPER_BOUND.search(before):
        return 0.0, hi
    return lo, hi


def ratio(a: Range, b: Range) -> float:
    """How many times larger the larger range is than the smaller one, at the least (1.0 if they overlap)."""
    return max(a[0] / b[1] if b[1] else float("inf"), b[0] / a[1] if a[1] else float("inf"), 1.0)
