"""Red flags as transparent rules over the cues, each with the sentences that triggered it."""

from __future__ import annotations

import re
from collections.abc import Callable

from mlprobe.analyzer.assessment import RedFlag
from mlprobe.analyzer.features import AnswerCues, SentenceCues

_DEPLOY = re.compile(r"\b(?:docker|kubernetes|k8s|aws|gcp|azure|sagemaker|ci/cd|github actions|fastapi|flask|heroku|streamlit|deployed|deploy(?:ing)?|containeri[sz]ed|microservices?|serverless|lambda)\b", re.I)
_METRIC_CLAIM = re.compile(r"\b(?:\d+(?:\.\d+)?\s?%\s*(?:accuracy|precision|recall|f1|auc)|(?:accuracy|precision|recall|f1|auc|r2|r²|map)\s*(?:of|was|=|:|at|reached|hit|around)?\s*\d+(?:\.\d+)?\s?%?)", re.I)
_CAVEAT = re.compile(r"\b(?:but|however|although|though|except|turned out|hid|hides|masked|offline|online|a/b|leak|leakage|proxy|misleading|overstated|inflated|didn't translate|did not translate|only on|held-?out|later found|in production)\b", re.I)
_SUCCESS = re.compile(r"\b(?:successfully|worked (?:well|great|perfectly)|great results|excellent|smoothly|seamless(?:ly)?|significantly improved|improved|achieved|outperformed|perfect|state-of-the-art|production-ready)\b", re.I)
_SEQUENCE = re.compile(r"\b(?:first(?:ly)?|then|next|after that|afterwards|finally|lastly|step \d|second(?:ly)?|third(?:ly)?)\b", re.I)
_GENERIC_TRADEOFF = re.compile(r"\b(?:trade-?offs?|precision (?:vs\.?|versus|and) recall|bias[- ]variance|balance between|pros and cons|speed (?:vs\.?|and) accuracy|accuracy (?:vs\.?|and) (?:latency|speed|interpretability))\b", re.I)
_TURN = re.compile(r"\b(?:but|however|instead|turned out|realized|realised|noticed|discovered|went back|rolled back|reverted|retried|changed|switched|broke|failed|surprised?)\b", re.I)


def _quote(items: list[SentenceCues], limit: int = 2) -> list[str]:
    return [s.text for s in items[:limit]]


def _evasive(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    words = sum(s.words for s in a.sentences)
    hits = [s for s in a.sentences if s.evasive]
    if words < 4 or (hits and (words < 60 or not a.lived())):
        return RedFlag(id="evasive", evidence=_quote(hits) or _quote(a.sentences), why="The answer avoids the question or says too little to assess.")
    return None


def _hypothetical_failure(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    hypo = [s for s in a.sentences if s.modality == "hypothetical" and s.failure]
    if hypo and not any(s.failure or s.consequence for s in a.lived()):
        return RedFlag(id="hypothetical_failure", evidence=_quote(hypo), why="Failures appear only as possibilities, never as something that happened.")
    return None


def _theory_hedging(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    hypo = [s for s in a.sentences if s.modality == "hypothetical"]
    if len(a.sentences) >= 2 and len(hypo) / len(a.sentences) >= 0.5 and len(a.lived()) <= 1:
        return RedFlag(id="theory_hedging", evidence=_quote(hypo), why="Most sentences say what one would or could do, not what you did.")
    return None


def _keyword_stuffing(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    dense = [s for s in a.sentences if s.rubric >= 2 and not s.checkable and not s.surprise]
    words = sum(s.words for s in a.sentences) or 1
    rubric_rate = 100 * sum(s.rubric for s in a.sentences) / words
    if probs.get("stuffed", 0) >= 0.5 or (rubric_rate >= 8 and len(dense) >= 2):
        return RedFlag(id="keyword_stuffing", evidence=_quote(dense) or _quote(sorted(a.sentences, key=lambda s: -s.rubric)), why="Rubric vocabulary without a concrete, checkable story behind it.")
    return None


def _deployment_bragging(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    deploy = [s for s in a.sentences if _DEPLOY.search(s.text)]
    if deploy and not any(s.consequence or s.surprise for s in a.sentences):
        return RedFlag(id="deployment_bragging", evidence=_quote(deploy), why="Deployment tools are named, but nothing that happened after deployment.")
    return None


def _metric_overconfidence(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    claims = [s for s in a.sentences if _METRIC_CLAIM.search(s.text)]
    if claims and not _CAVEAT.search(a.text):
        return RedFlag(id="metric_overconfidence", evidence=_quote(claims), why="A metric is offered as proof that it worked, with no word on what it might hide.")
    return None


def _sanitized_success(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    wins = [s for s in a.sentences if _SUCCESS.search(s.text)]
    trouble = any(s.failure or s.surprise or s.consequence for s in a.sentences)
    if wins and not trouble:
        return RedFlag(id="sanitized_success", evidence=_quote(wins), why="Everything worked; no surprise, setback or cost appears anywhere.")
    return None


def _linear_narrative(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    steps = [s for s in a.sentences if _SEQUENCE.search(s.text)]
    if len(steps) >= 2 and not _TURN.search(a.text):
        return RedFlag(id="linear_narrative", evidence=_quote(steps), why="A straight pipeline of steps with no turn where reality pushed back.")
    return None


def _generic_tradeoff(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    generic = [s for s in a.sentences if _GENERIC_TRADEOFF.search(s.text) and not s.checkable and not s.consequence]
    specific = any(_GENERIC_TRADEOFF.search(s.text) and (s.checkable or s.consequence) for s in a.sentences)
    if generic and not specific:
        return RedFlag(id="generic_tradeoff", evidence=_quote(generic), why="The tradeoff is named in general terms, not tied to users, numbers or costs.")
    return None


RULES: list[Callable[[AnswerCues, dict[str, float]], RedFlag | None]] = [
    _evasive, _keyword_stuffing, _hypothetical_failure, _theory_hedging, _deployment_bragging,
    _metric_overconfidence, _sanitized_success, _linear_narrative, _generic_tradeoff,
]


def detect(a: AnswerCues, probs: dict[str, float]) -> list[RedFlag]:
    if not a.sentences:
        return [RedFlag(id="evasive", evidence=[], why="The answer is empty.")]
    flags = [flag for rule in RULES if (flag := rule(a, probs)) is not None]
    if any(f.id == "evasive" for f in flags):
        return [f for f in flags if f.id == "evasive"]
    return flags

