"""Per-sentence cues and the answer-level feature vector the offline models are trained on.

Features are rates over *distinct* sentences plus capped log counts, so repeating or padding an
answer cannot raise them; every count can be traced back to the sentences that produced it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from mlprobe.analyzer import cues
from mlprobe.analyzer.text import sentences, words

SIGNALS_WITH_LEXICON = tuple(cues.SIGNAL_LEXICON)


@dataclass(frozen=True)
class SentenceCues:
    """What one sentence carries; ``modality`` is 'lived', 'hypothetical' or 'neutral'."""

    text: str
    modality: str
    specifics: int
    time_anchors: int
    roles: int
    surprise: int
    causal: int
    consequence: int
    failure: int
    rubric: int
    hedge: int
    evasive: int
    words: int
    lexicon: dict[str, int] = field(default_factory=dict)

    @property
    def checkable(self) -> int:
        return self.specifics + self.time_anchors + min(self.roles, 2)


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


def _past_tense(text: str) -> int:
    regular = [w for w in cues.PAST_REGULAR.findall(text) if not cues.NOT_PAST.fullmatch(w)]
    return len(regular) + _count(cues.PAST_IRREGULAR, text)


def modality(text: str) -> str:
    """Lived when the sentence reports events; hypothetical when it speaks of what would or could be."""
    hypothetical = _count(cues.HYPOTHETICAL, text) - len(re.findall(r"\bwould have\b|\bcould have\b|\bshould have\b", text, re.I))
    lived = _past_tense(text) + 2 * _count(cues.LIVED_MARKERS, text)
    if re.search(r"\b(?:if|suppose|imagine|assume|let's say)\b", text, re.I) and hypothetical > 0:
        return "hypothetical"
    if lived > hypothetical:
        return "lived"
    if hypothetical > 0:
        return "hypothetical"
    return "neutral"


def sentence_cues(text: str) -> SentenceCues:
    plain = cues.without_method_names(text)  # 'logistic regression' names a method, not a regression
    return SentenceCues(
        text=text,
        modality=modality(text),
        specifics=_count(cues.NUMBER_WITH_UNIT, text),
        time_anchors=_count(cues.TIME_ANCHOR, text),
        roles=_count(cues.ROLES, text),
        surprise=_count(cues.SURPRISE, text),
        causal=_count(cues.CAUSAL, text),
        consequence=_count(cues.CONSEQUENCE, plain),
        failure=_count(cues.FAILURE, plain),
        rubric=_count(cues.RUBRIC, text),
        hedge=_count(cues.HEDGE, text),
        evasive=_count(cues.EVASIVE, text),
        words=len(words(text)),
        lexicon={name: _count(pattern, text) for name, pattern in cues.SIGNAL_LEXICON.items()},
    )


def distinct_sentences(answer: str) -> list[str]:
    """Sentences in order with repeats removed, so pasting a sentence twice adds nothing."""
    seen: set[str] = set()
    out = []
    for sentence in sentences(answer):
        key = re.sub(r"\W+", " ", sentence.lower()).strip()
        if key and key not in seen:
            seen.add(key)
            out.append(sentence)
    return out


@dataclass(frozen=True)
class AnswerCues:
    sentences: list[SentenceCues]
    text: str

    def lived(self) -> list[SentenceCues]:
        return [s for s in self.sentences if s.modality == "lived"]


def analyse(answer: str) -> AnswerCues:
    return AnswerCues([sentence_cues(s) for s in distinct_sentences(answer)], answer)


FEATURE_NAMES: list[str] = []


def _rate(n: float, d: float) -> float:
    return n / d if d else 0.0


def _log(n: float) -> float:
    return math.log1p(min(n, 50))


def answer_features(a: AnswerCues, question: str = "") -> dict[str, float]:
    """Answer-level features: rates over distinct sentences and capped log counts."""
    ss = a.sentences
    n = len(ss)
    total_words = sum(s.words for s in ss)
    lived = a.lived()
    hypo = [s for s in ss if s.modality == "hypothetical"]
    text = " ".join(s.text for s in ss)
    f: dict[str, float] = {
        "log_words": _log(total_words / 10),
        "log_sentences": _log(n),
        "lived_rate": _rate(len(lived), n),
        "hypothetical_rate": _rate(len(hypo), n),
        "specifics_log": _log(sum(s.specifics for s in ss)),
        "specifics_lived_log": _log(sum(s.specifics for s in lived)),
        "specifics_per_100w": _rate(100 * sum(s.specifics for s in ss), total_words),
        "time_anchor_log": _log(sum(s.time_anchors for s in ss)),
        "roles_log": _log(sum(s.roles for s in ss)),
        "surprise_log": _log(sum(s.surprise for s in ss)),
        "surprise_lived_log": _log(sum(s.surprise for s in lived)),
        "causal_rate": _rate(sum(s.causal for s in ss), n),
        "consequence_lived_log": _log(sum(s.consequence for s in lived)),
        "failure_lived_log": _log(sum(s.failure for s in lived)),
        "failure_hypothetical_log": _log(sum(s.failure for s in hypo)),
        "rubric_per_100w": _rate(100 * sum(s.rubric for s in ss), total_words),
        "rubric_log": _log(sum(s.rubric for s in ss)),
        "hedge_log": _log(sum(s.hedge for s in ss)),
        "evasive_log": _log(sum(s.evasive for s in ss)),
        "first_singular_rate": _rate(100 * _count(cues.FIRST_SINGULAR, text), total_words),
        "first_plural_rate": _rate(100 * _count(cues.FIRST_PLURAL, text), total_words),
        "generic_you_rate": _rate(100 * _count(cues.GENERIC_YOU, text), total_words),
        "checkable_lived_rate": _rate(sum(1 for s in lived if s.checkable), n),
        "rubric_without_specifics": _rate(sum(1 for s in ss if s.rubric >= 2 and not s.checkable), n),
        "list_likeness": _rate(text.count(",") + text.count(";"), n),
        "question_overlap": _overlap(question, text),
        "numeric_insanity": float(_numeric_insanity(text)),
    }
    for name in SIGNALS_WITH_LEXICON:
        f[f"lex_{name}_lived"] = _log(sum(s.lexicon[name] for s in lived))
        f[f"lex_{name}_all"] = _log(sum(s.lexicon[name] for s in ss))
    return f


def _overlap(question: str, answer: str) -> float:
    q = {w.lower() for w in words(question) if len(w) > 3}
    a = {w.lower() for w in words(answer) if len(w) > 3}
    return _rate(len(q & a), len(q))


def _numeric_insanity(text: str) -> int:
    """Numbers that cannot be true as stated: percentages above 100, AUC or accuracy above 1."""
    bad = sum(1 for v in re.findall(r"(\d+(?:\.\d+)?)\s?%", text) if float(v) > 100)
    bad += len(re.findall(r"\b(?:auc|accuracy|precision|recall|f1)\s+(?:of\s+)?(?:[1-9]\d*\.\d+)\b", text, re.I))
    return bad


def feature_names() -> list[str]:
    if not FEATURE_NAMES:
        FEATURE_NAMES.extend(answer_features(analyse("x"), ""))
    return FEATURE_NAMES


def vector(a: AnswerCues, question: str = "") -> np.ndarray:
    f = answer_features(a, question)
    return np.array([f[name] for name in feature_names()], dtype=np.float64)
