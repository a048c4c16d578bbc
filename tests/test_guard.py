"""The fast-failing patterns find exactly what the plain patterns find: the guard is a speed-up only, so a
contradiction or a cue is never gained or lost because of it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from mlprobe.analyzer import cues
from mlprobe.analyzer.contradictions import amounts, compare, durations, metrics, quantities, roles, shipping, spans, stories
from mlprobe.analyzer.guard import guarded
from mlprobe.analyzer.text import sentences

REPO = Path(__file__).resolve().parent.parent
_MODULES = (amounts, compare, durations, metrics, quantities, roles, shipping, spans, stories, cues)
# text that trips case folding and Unicode classes: Arabic-Indic digits, the Kelvin sign, long s, dotted I
_TRICKY = ["We served \u0663 million users", "the \u212aPI team of 5 people", "\u017feveral weeks later", "\u0130stanbul had 3 sites",
           "THE MODEL WENT LIVE IN MARCH 2022 FOR 40,000 USERS", "", " ", "I", "2M", "a few hundred thousand listeners"]


def _sample() -> list[str]:
    found = []
    for path in sorted((REPO / "data" / "labelled").glob("*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines()[:25]:
            found += [s for turn in json.loads(line)["turns"] if turn["role"] == "candidate" for s in sentences(turn["text"])]
    return found + _TRICKY


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    if source.startswith("(?=["):
        source = source[source.index("])(?:") + len("])(?:") : -1]
    return re.compile(source, pattern.flags)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_every_rule_pattern_matches_where_its_plain_version_does() -> None:
    texts = _sample()
    patterns = [p for module in _MODULES for p in vars(module).values() if isinstance(p, re.Pattern)]
    patterns += list(cues.SIGNAL_LEXICON.values())
    assert sum(p.pattern.startswith("(?=[") for p in patterns) > 100  # the rules are guarded at all
    for pattern in patterns:
        plain = _plain(pattern)
        assert plain.pattern != pattern.pattern or not pattern.pattern.startswith("(?=[")
        for text in texts:
            assert _matches(pattern, text) == _matches(plain, text), (pattern.pattern[:80], text)


def test_guard_keeps_unicode_digits_and_case_folding() -> None:
    assert guarded(r"\b\d+ million").search("\u0663 million users")
    assert guarded(r"\bkpi\b", re.I).search("the \u212aPI moved")
    assert guarded(r"(?<![\w.])several\b", re.I).search("\u017feveral weeks")
    assert guarded(r"(?:launch|deploy)(?:ed)?", re.I).findall("We LAUNCHED it, then deployed") == ["LAUNCHED", "deployed"]


def test_patterns_that_cannot_be_guarded_still_match() -> None:
    assert [m.span() for m in guarded(r"a*").finditer("baa")] == [m.span() for m in re.finditer(r"a*", "baa")]  # empty matches
    assert guarded(r"(?i)went live").search("It WENT LIVE")  # global inline flags must stay first
    assert guarded(r"(?i:went) live").search("It WENT live")  # a scoped case rule
    assert not guarded(r"(?i:went) live").search("It WENT LIVE")
    assert guarded(r".ays").search("a few days")
