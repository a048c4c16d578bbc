"""Where a claim sits in its sentence: its clause, the text before and after it, whether the clause
is hypothetical, and the content words that say what the claim is about."""

from __future__ import annotations

import re
from mlprobe.analyzer.guard import guarded

_DELIMS = guarded(r"[,;:()\u2014\u2013]|\s-\s")
_CONDITIONAL = guarded(r"\b(?:would|could (?:have|be)|might|if|imagine|assuming|assume|suppose|hypothetically|planned to|plan to|"
                          r"going to|will|wanted to|hoped to|aim(?:ed)? to|targeting|instead of)\b|'d\b(?!\s+(?:\w+ed|been|done|had|got|gotten|built|made|seen|taken|run|grown))|'ll\b", re.I)
_PAST = guarded(r"\b(?:\w{3,}ed|was|were|had|ran|built|got|took|saw|made|did|grew|went|came|found|kept|began|became|brought|caught|"
                   r"chose|fell|gave|held|knew|led|left|lost|meant|met|paid|rose|said|sent|showed|sold|spent|stood|thought|told|won|wrote)\b", re.I)
_STOP = frozenset("""a an the this that these those it its it's of to in on for from with by at as and or but so then than
    is was were be been being are am has have had do did does we our us i me my mine you your he she they them their his her
    one some any all every each about around roughly nearly almost just only mostly really actually also still very much
    um uh like so yeah well what which who whom when where why how there here itself myself ourselves first new old
    into out up down over under after before again more most less other another same such own""".split())


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around sentence[start:end], cut at commas, semicolons, colons, brackets and dashes."""
    left = max((m.end() for m in _DELIMS.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _DELIMS.finditer(sentence, end)), len(sentence))
    return left, right


def clause(sentence: str, start: int, end: int) -> str:
    left, right = clause_bounds(sentence, start, end)
    return sentence[left:right].strip(" ,;:")


def hypothetical(sentence: str, start: int, end: int) -> bool:
    """A claim in a conditional or planned clause ('if we had 10M users', 'we would ship') is no claim, nor
    is a verbless clause after one ('Reviewers would only see the top, maybe 750 orders a day')."""
    left, right = clause_bounds(sentence, start, end)
    own = sentence[left:right]
    if _CONDITIONAL.search(own) or sentence.lstrip().lower().startswith("if "):
        return True
    return bool(_CONDITIONAL.search(sentence[:left])) and not _PAST.search(own)


def stem(word: str) -> str:
    """A crude stem, enough to match 'features' with 'feature' and 'fails' with 'failed'."""
    w = word.lower().strip("'")
    for suffix in ("ings", "ing", "ed", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    w = w[:-1] if w.endswith("e") and len(w) > 4 else w
    return w[:-1] if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiou" else w


_SYNONYMS = {"leakage": "leak", "leaky": "leak", "modelling": "model", "modeling": "model", "annotation": "label", "annotations": "label", "rollback": "roll", "rollbacks": "roll"}


def content_words(text: str) -> frozenset[str]:
    """Stemmed content words: 'the feature pipeline' and 'features' share 'feature'."""
    words = (w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", text))
    return frozenset(stem(_SYNONYMS.get(w, w)) for w in words if w not in _STOP and len(w) > 2)
