"""Which answers tell the same story. A session moves between projects: "10k requests" in an answer
about a feature-parity fix and "40k rows" in a later answer about the candidate's thesis are both
true. Claims are compared only within one story; a new story starts when an answer opens by
introducing a different project ("In my thesis I built…", "At my previous job…", "On another
project…"). An answer that goes on about the same thing ("it", "that project") stays in its story,
and naming the setting the current story already has ("in my thesis" again) is not a switch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mlprobe.analyzer.text import sentences
from mlprobe.analyzer.guard import guarded

# A setting a candidate names when they start talking about another piece of work.
_SETTING = guarded(
    r"\b(?:(?:in|for|during|on|at) (?:my|our) (?:[\w-]+ )?(?P<school>thesis|dissertation|capstone|master'?s|msc|phd|bootcamp|course(?:work)?|"
    r"internship|side project|hackathon|kaggle)"
    r"|(?:at|in) (?:my|our) (?P<place>(?!(?:previous|last|old|former|current|first|second|earlier|next|own|day)\b)[a-z][\w-]+) (?:job|company|startup|employer|gig)\b"
    r"|(?:at|in) (?:my|our) (?P<when>previous|last|old|former|current|first|second|earlier|next) (?:job|company|role|team|employer|position)"
    r"|(?:on|in|at|for) (?:a|an|one|my) (?P<other>other|another|different|separate|unrelated|earlier|later|second) "
    r"(?:project|team|job|company|role|client|product|model|system)"
    r"|(?:in|during) (?P<grad>grad(?:uate)? school|university|college)"
    r"|\bback (?:at|when I was at) (?P<back>[A-Z][\w&-]+))",
    re.I,
)
# Words that tie an opening sentence back to what was being discussed.
_SAME = guarded(r"\b(?:same (?:project|model|system|team|data)|that (?:project|model|system|dataset|work|pilot|launch)|"
                   r"as I (?:said|mentioned)|like I said|earlier I|I mentioned|going back to|back to the|"
                   r"(?:internship|job|time|role|years?|months?|summer|stint) there|the same (?:company|place|team|employer))\b", re.I)
_INTRODUCES = guarded(r"\b(?:I|we) (?:built|trained|worked on|made|developed|did|wrote|had|ran|created|designed|led|joined)\b|"
                         r"\b(?:a|an|one) (?:project|model|classifier|system|tool|pipeline)\b|\bnot that one\b|\bthe one I\b|"
                         r"\b(?:the|a|an) (?:\w+ ){0,2}(?:project|model|classifier|system|tool|pipeline|app) (?:at|in|for|during) (?:my|our)\b", re.I)
_ANAPHORIC_START = guarded(r"\s*(?:(?:so|well|um|uh|honestly|yes|yeah|no),?\s+)*(?:it|that|this|they|those)\b(?!\s+(?:depends|was (?:a|an) (?:different|other)))", re.I)
_THING = guarded(r"\b(?:model|system|product)$", re.I)
_OPENING = 2  # sentences at the start of an answer where a new project is introduced


def setting(answer: str) -> str | None:
    """The other piece of work the answer opens with, as a short key, or None if it opens on the same one."""
    opening = " ".join(sentences(answer)[:_OPENING])
    if not opening or _SAME.search(opening) or _ANAPHORIC_START.match(opening):
        return None
    m = _SETTING.search(opening)
    if not m or not ((m.group("other") and not _THING.search(m.group(0))) or _INTRODUCES.search(opening)):
        return None  # 'the returns data was in a different system' names a place, not other work
    kind = next(name for name, value in m.groupdict().items() if value)
    return "other" if kind == "other" else f"{kind}:{m.group(kind).lower().rstrip('s').replace(chr(39), '')}"


def story_ids(answers: Sequence[str]) -> list[int]:
    """One story number per answer, in order: a new number when an answer introduces different work."""
    ids: list[int] = []
    story, current = 0, None
    for answer in answers:
        key = setting(answer)
        if ids and key is not None and (key == "other" or key != current):
            story += 1
        if key is not None:
            current = key
        ids.append(story)
    return ids
