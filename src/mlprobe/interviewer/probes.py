"""How the interviewer words a follow-up: which probe serves a weak signal, and which of the
candidate's own sentences to quote back so the question is about *their* answer, not a script."""

from __future__ import annotations

import re
from random import Random
from typing import Any

from mlprobe.analyzer.text import sentences, words

# For each signal: the probe type that tests it, whether the question's own follow-ups of that type
# aim at it, and a generic wording used when they do not (or are used up).
SIGNAL_PROBES: dict[str, tuple[str, bool, str]] = {
    "owns_failure": ("differently", True, "What went wrong along the way, and what would you do differently now?"),
    "iterates_in_loops": ("differently", False, "What did you try first that did not work, and what did you change because of it?"),
    "metrics_as_proxies": ("knew_it_worked", True, "How did you know it was working for the people using it, not just on the metric?"),
    "post_deployment": ("knew_it_worked", True, "What happened after it went live? How would you have known it had stopped working a month later?"),
    "data_first": ("knew_it_worked", False, "Where did the labels come from, and how did you know you could trust them?"),
    "collaboration": ("collaboration", True, "Who did you work with on this, and how did you explain the tradeoff to them?"),
    "generalizes": ("generalize", True, "Which assumption in that is the most fragile? What breaks first at ten times the scale?"),
    "specific_tradeoffs": ("generalize", False, "What did that choice cost you, and for which users was it the wrong call?"),
    "lived_language": ("differently", False, "Take me to one specific moment: what actually happened, and what surprised you?"),
    "clarity": ("knew_it_worked", False, "Put your decision in two sentences: what you assumed, what you chose, and what you gave up."),
}

GENERIC_CONSTRAINTS: tuple[str, ...] = (
    "Assume the labels now arrive six weeks late.",
    "Assume data quality degrades: a third of the inputs arrive with missing or stale fields.",
    "Assume leadership wants it shipped in two weeks, before you can finish the evaluation you described.",
)

# What a sentence worth quoting looks like, per target signal: the claim the probe should test.
_CLAIMS: dict[str, re.Pattern[str]] = {
    "metrics_as_proxies": re.compile(r"\b(accuracy|auc|f1|precision|recall|rmse|mae|mape|loss|metric|score|ndcg|ctr)\b|\d+(?:\.\d+)?\s*%", re.I),
    "post_deployment": re.compile(r"\b(deploy\w*|ship\w*|production|launch\w*|went live|rolled out|released?|serv\w+)\b", re.I),
    "owns_failure": re.compile(r"\b(work(ed|s)|improv\w+|achiev\w+|solv\w+|fix\w*|success\w*|better|increas\w+|reduc\w+)\b", re.I),
    "iterates_in_loops": re.compile(r"\b(then|trained|built|used|applied|tuned|chose|final)\b", re.I),
    "data_first": re.compile(r"\b(model|algorithm|xgboost|lightgbm|neural|network|random forest|bert|transformer|regression|features?|trained)\b", re.I),
    "collaboration": re.compile(r"\b(I|we|team|stakeholders?|business|product|manager)\b"),
    "generalizes": re.compile(r"\b(chose|decided|picked|used|because|so that|works?)\b", re.I),
    "specific_tradeoffs": re.compile(r"\b(trade-?offs?|instead|rather than|versus|vs\.?|balance|chose|decided|precision|recall|latency)\b", re.I),
}
_NUMBER = re.compile(r"\d")
MAX_QUOTE_WORDS = 16


def probe_for(signal: str) -> str:
    return SIGNAL_PROBES.get(signal, SIGNAL_PROBES["lived_language"])[0]


def follow_up_text(signal: str, question: Any, used: set[str], rng: Random, said: str = "") -> str:
    """The question's own follow-up for the probe type when it aims at this signal and builds on
    something the candidate actually said; otherwise a generic one (a scripted follow-up about a
    detail the candidate never mentioned would not sound like listening)."""
    probe, bank_aims, generic = SIGNAL_PROBES.get(signal, SIGNAL_PROBES["lived_language"])
    follow_ups = getattr(question, "follow_ups", None)
    if follow_ups is not None and getattr(question, "theme", None) == "project":
        # Questions generated from the candidate's own write-up are about their project by construction.
        fresh = [f for f in [*follow_ups.for_probe(probe), *follow_ups.constraint] if f not in used]
        if fresh:
            return rng.choice(fresh)
    if bank_aims and follow_ups is not None:
        heard = _content(said)
        fresh = [f for f in follow_ups.for_probe(probe) if f not in used and _content(f) & heard]
        if fresh:
            return rng.choice(fresh)
    return generic


_COMMON = frozenset("about after again because before being could did does doing first from have having into just more most much only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your yours model models data".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z-]{4,}", text.lower()) if w not in _COMMON}


def pick_quote(answer: str, signal: str, quoted: set[str]) -> str | None:
    """The candidate sentence making the claim this probe tests, shortened; None if nothing fits."""
    candidates = [s for s in sentences(answer) if len(words(s)) >= 4 and s not in quoted]
    if not candidates:
        return None
    pattern = _CLAIMS.get(signal)
    ranked = sorted(candidates, key=lambda s: (-_claim_strength(s, pattern), candidates.index(s)))
    return ranked[0]


def _claim_strength(sentence: str, pattern: re.Pattern[str] | None) -> int:
    hits = len(pattern.findall(sentence)) if pattern else 0
    return 2 * min(hits, 3) + bool(_NUMBER.search(sentence))


def shorten(sentence: str, signal: str) -> str:
    """At most ~16 words, centred on the claim, with an ellipsis where words were cut."""
    tokens = sentence.rstrip(" .!?;:").split()
    if len(tokens) <= MAX_QUOTE_WORDS:
        return " ".join(tokens)
    pattern = _CLAIMS.get(signal)
    centre = next((i for i, tok in enumerate(tokens) if pattern and pattern.search(tok)), 0)
    start = max(0, min(centre - MAX_QUOTE_WORDS // 3, len(tokens) - MAX_QUOTE_WORDS))
    piece = " ".join(tokens[start : start + MAX_QUOTE_WORDS])
    return ("…" if start else "") + piece + ("…" if start + MAX_QUOTE_WORDS < len(tokens) else "")


def quoted_probe(quote: str | None, follow_up: str) -> str:
    if not quote:
        return follow_up
    return f'You said "{quote}". {follow_up}'


def constraint_text(constraint: str) -> str:
    return f"Let me change one thing. {constraint.strip()} What changes in your approach?"


def contradiction_text(claims: tuple[str, ...]) -> str:
    first, second = (shorten(c, "") for c in claims[:2])
    return f'Earlier you said "{first}"; just now, "{second}". Which was it?'
