"""Sentence-level evidence for the signals: the best sentence, not only the average answer.

An interviewer hears a signal in one sentence ("that was my mistake: I merged the two vendors'
labels"), so averaging an answer into one vector dilutes it. This module gives the offline models
features of the *best* sentence for each signal:

* tense-independent concreteness cues: checkable specifics (numbers with units, named systems,
  code-like identifiers, dates, incident words) that practitioners use whether they write "we saw"
  or, in a runbook or post-mortem, "the job hangs when…";
* conjunction cues per sentence: a failure owned by the speaker, a tradeoff with a number attached,
  a fragile assumption or a carried-over lesson;
* the best cosine between any answer sentence and hand-written prototype sentences for each signal
  (``PROTOTYPES`` below, written for mlprobe), minus the best cosine to a tutorial paraphrase of the
  same topic, so that naming the topic is not enough.

Everything is numpy and regular expressions; the prototype vectors are embedded once per process.
Every feature is a maximum or a capped count over distinct sentences, so padding cannot raise it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from mlprobe.analyzer import cues

_W = cues._words  # the same phrase-pattern builder the other cues use

CODE_TOKEN = re.compile(
    r"(?<![\w-])--?[a-z][\w-]{2,}|\b[a-z]+_[a-z0-9_]+\b|\b[a-z]+[A-Z][A-Za-z]+\b|\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|"
    r"\b\w+\.(?:py|yaml|yml|json|csv|parquet|sql|sh|cfg|toml|ipynb)\b|(?<!\w)/[a-z_]+/[\w/.-]+|\b[a-z]+\.[a-z_]+\(\)|"
    r"\bv\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+\b"
)
HARDWARE_AND_ERRORS = _W(
    "a100", "a100s", "h100", "h100s", "v100", "v100s", "t4", "tpu", "tpus", "nccl", "cuda", "oom", "out of memory",
    "nan", "nans", "segfault", "deadlock", "timeout", "timeouts", "stack trace", "traceback", "core dump",
    "exit code", "checkpoint", "checkpoints", "shard", "shards", "node", "nodes", "gpu", "gpus", "cron", "pod",
    "pods", "replica", "replicas", "cache miss", "p99", "p95", "p50",
)
DATE = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?(?:\s+\d{1,2})?|\b(?:19|20)\d\d\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\bstep \d[\d,]*\b|\bday \d+\b|\bweek \d+\b",
    re.I,
)
INCIDENT = _W(
    "the issue is", "the issue here is", "the issue was", "the problem is", "the problem was", "the culprit",
    "culprit", "root cause", "workaround", "symptom", "symptoms", "hangs", "hung", "crashes", "crashed",
    "we hit", "we hit this", "i hit", "we ran into", "we run into", "i ran into", "happens when", "happened when",
    "turns out", "it turns out", "post-mortem", "postmortem", "post-incident", "incident", "outage", "the fix was",
    "the fix is", "fixed it", "was caused by", "is caused by", "caused by", "the cause was", "the cause is",
    "known issue", "gotcha", "bit us", "bites", "burned us", "broke", "breaks when", "blew up",
)
PRACTICE_PRESENT = re.compile(
    r"\b(?:we|our team|i)\s+(?:now\s+|always\s+|still\s+|usually\s+|only\s+)?(?:use|run|keep|watch|check|set|retrain|log|"
    r"store|route|alert|page|track|require|block|pin|cap|compare|review|read|replay|freeze|gate|sample|report|do|don't|"
    r"never|no longer)\b|\bour\s+(?:runbook|rule|release gate|pipeline|cluster|team|model|service|job|policy|dashboard|"
    r"on-call|alert|threshold|check)s?\b",
    re.I,
)
EXPERIENCE_GENERAL = _W(
    "in our experience", "in my experience", "we have observed", "we've observed", "we have seen", "we've seen",
    "i have seen", "i've seen", "we have found", "we've found", "we have learned", "we've learned", "i've learned",
    "i have learned", "i learned", "we learned", "every time we", "every time i", "each time", "more than once",
    "the hard way", "lesson", "lessons", "since then", "these days", "we no longer", "never again", "now i",
    "now we", "i now", "we now", "next time", "what i'd carry", "what i carry", "i would not trust",
    "i wouldn't trust", "i don't trust", "i do not trust", "rule of thumb", "every project", "on every",
    "first thing i check", "the first thing i", "guilty until",
)
FIRST_PERSON = _W("i", "i'd", "i'm", "i've", "my", "me", "we", "we'd", "we've", "our", "us")
OWNERSHIP = _W(
    "my mistake", "my fault", "our fault", "our mistake", "on me", "my bad", "my call", "i missed", "we missed",
    "i forgot", "we forgot", "i skipped", "we skipped", "i had skipped", "i approved", "i assumed", "we assumed",
    "i didn't", "i did not", "we didn't", "we did not", "i never", "i should have", "we should have",
    "i shipped", "we shipped", "i wrote", "i broke", "we broke", "i trusted", "we trusted", "i overlooked",
    "which was mine", "that one is mine", "partly mine", "i owned", "i was wrong", "we were wrong", "i got wrong",
    "we got wrong", "i messed up", "we messed up", "i argued", "i pushed", "my change", "my code", "my test",
    "my query", "my script", "my split", "my pipeline", "my model",
)
TRADEOFF = _W(
    "accepted", "accept", "accepting", "gave up", "give up", "giving back", "gave back", "traded", "trade",
    "at the cost", "cost", "costs", "worth it", "not worth", "in exchange", "instead of", "rather than",
    "we chose", "i chose", "chose", "we decided", "i decided", "signed off", "settled on", "capacity",
    "budget", "threshold", "slower", "cheaper", "fewer", "more expensive", "agreed",
)
GENERAL = _W(
    "fragile", "assumption", "assumptions", "assume", "assumed", "at ten times", "ten times", "10x", "tenfold",
    "at scale", "would break", "breaks first", "break first", "would flip", "could flip", "wouldn't hold",
    "would not hold", "doesn't hold", "does not hold", "another domain", "other domains", "another region",
    "carries over", "carry over", "carry to", "transfer", "transfers", "generalise", "generalize", "elsewhere",
    "any new", "on any", "every new", "in general", "would not trust", "wouldn't trust", "distrust",
    "not trust", "specific to", "context-specific", "only works", "only holds", "would not survive",
    "wouldn't survive", "if the network", "if the volume", "if traffic", "if we grew", "if it grew",
)

# Prototype sentences written for mlprobe (never taken from an evaluation set): for each signal, lived
# sentences that carry it, and tutorial sentences on the same topic that do not.
PROTOTYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "owns_failure": (
        (
            "That was my mistake: I shipped the change without checking the join.",
            "I missed it for two weeks because I trusted the validation score.",
            "Our release broke the ranking for a day and we had to roll it back.",
            "The model I built flagged thousands of good customers before anyone noticed.",
            "I had skipped the deduplication step and the training loss exploded.",
            "We promoted a model that was actually worse and only found out a month later.",
        ),
        (
            "Models can fail in production for many reasons.",
            "A common failure mode is data leakage between training and test.",
            "If the model fails, you should roll back to the previous version.",
            "It is important to check for overfitting before deployment.",
        ),
    ),
    "generalizes": (
        (
            "The fragile assumption is that the traffic mix stays the same as last year.",
            "At ten times the volume the batch job, not the model, is what breaks first.",
            "What I would carry to any new project is to check how the labels were made.",
            "I would not trust the average metric on its own for any segment that small.",
            "This only worked because our users were all in one time zone.",
            "In another market with different fraud patterns the same threshold would not hold.",
        ),
        (
            "It depends on the use case and the data.",
            "There are many factors to consider when choosing a model.",
            "Every problem is different, so there is no single answer.",
            "Models should generalize well to unseen data.",
        ),
    ),
    "specific_tradeoffs": (
        (
            "We accepted two percent lower recall so that the review team saw only 300 cases a day.",
            "We gave up the bigger model because it added 30 milliseconds at p99.",
            "Finance priced a false decline at 40 dollars and a missed fraud at 110, so we set the threshold from that.",
            "The support lead agreed to take the extra tickets in exchange for fewer false alarms.",
            "A missed case costs a patient a week of treatment, so we chose recall over the nurses' time.",
        ),
        (
            "There is a tradeoff between precision and recall.",
            "You have to balance accuracy and latency.",
            "Complex models are more accurate but slower.",
            "Choosing a threshold involves a tradeoff between false positives and false negatives.",
        ),
    ),
    "data_first": (
        (
            "Half of the labels came from a vendor whose guidelines differed from ours.",
            "The field went to eighty percent nulls after an upstream team changed the schema.",
            "We found that the training data only contained customers the old model approved.",
            "Before touching the model we checked where the labels came from and who made them.",
        ),
        (
            "Data quality is very important for machine learning.",
            "You should clean the data and handle missing values.",
            "Make sure the dataset is representative.",
        ),
    ),
    "metrics_as_proxies": (
        (
            "The offline AUC went up while bookings stayed flat.",
            "Accuracy looked fine overall and hid a segment where errors were expensive.",
            "Watch time rose, but satisfaction surveys dropped because people left videos looping.",
            "The metric rewarded clicks on confusing results rather than purchases.",
        ),
        (
            "I used F1 because the classes are imbalanced.",
            "AUC is a good metric for ranking problems.",
            "Choose the metric that matches the business objective.",
        ),
    ),
    "post_deployment": (
        (
            "The null-rate alert fired at night and we rolled back to the previous model.",
            "After launch we watched the score distribution per region every hour.",
            "A week after deployment the drift alert fired and we retrained on the new month.",
            "We kept the old model in shadow mode for two weeks before switching traffic.",
        ),
        (
            "You should set up monitoring after deployment.",
            "Monitoring and retraining are important in production.",
            "Deploy the model and monitor its performance.",
        ),
    ),
    "collaboration": (
        (
            "I sat down with the fraud analysts and they told us how many cases they could review.",
            "The product manager pushed back, so we agreed on a smaller pilot.",
            "Legal asked us to remove the feature and the business owner re-approved the launch date.",
            "We walked the operations team through the errors and they changed the requirement.",
        ),
        (
            "It is important to communicate with stakeholders.",
            "Work closely with the business to understand requirements.",
            "Collaboration across teams is key to success.",
        ),
    ),
    "iterates_in_loops": (
        (
            "The first version failed on the holiday week, so we added the calendar and retrained.",
            "We tried class weights, saw the queue fill up, and switched to a ranked top list.",
            "That fix made things worse, so we reverted it and tried a different feature.",
        ),
        (
            "The process is iterative: collect data, train, evaluate, and deploy.",
            "First I would clean the data, then train a baseline, then tune it.",
            "Iterate until the performance is good enough.",
        ),
    ),
}
PROTOTYPE_SIGNALS = tuple(PROTOTYPES)

_CONJUNCTIONS = ("own_failure", "tradeoff_number", "general_anchor", "incident_specific", "practice_specific")
SENTENCE_FEATURE_NAMES: list[str] = [
    "tech_specific_log", "tech_specific_rate", "named_log", "date_log", "incident_log", "incident_rate",
    "practice_present_log", "experience_general_log", "concrete_rate", "concrete_nonhypo_rate",
    "hypo_concrete_gap", "max_sentence_concreteness",
    *[f"{c}_log" for c in _CONJUNCTIONS],
    *[f"proto_{s}_max" for s in PROTOTYPE_SIGNALS],
    *[f"proto_{s}_margin" for s in PROTOTYPE_SIGNALS],
]

_STOP_CAPS = frozenset(
    "I I'm I've I'd I'll A An The This That These Those We Our It Its If In On At For From To And But Or So Then "
    "When While After Before Since Because What Which Who How Why Yes No Not Also One Two Three First Second "
    "Last Next Now Um Uh Yeah Well Honestly Basically Actually My Your They Their There Here He She".split()
)
_CAP_WORD = re.compile(r"(?<=[\w,;:()] )[A-Z][A-Za-z0-9&'-]+|\b[A-Z]{2,}[a-z]?\b")


def _named(text: str) -> int:
    """Capitalised words not at the start of a sentence (systems, places, teams) and acronyms."""
    return sum(1 for w in _CAP_WORD.findall(text) if w not in _STOP_CAPS)


def _log(n: float) -> float:
    return math.log1p(min(n, 50))


def sentence_concreteness(text: str, specifics: int, time_anchors: int) -> tuple[int, int, int, int]:
    """(technical specifics, named things, dates, total) for one sentence."""
    tech = len(CODE_TOKEN.findall(text)) + len(HARDWARE_AND_ERRORS.findall(text))
    named = min(_named(text), 3)
    dates = len(DATE.findall(text))
    return tech, named, dates, specifics + time_anchors + tech + named + dates


@lru_cache(maxsize=4)
def _prototype_matrices(embed_id: int, embed: Any) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    return {name: (embed.embed(list(pos)).astype(np.float64), embed.embed(list(neg)).astype(np.float64)) for name, (pos, neg) in PROTOTYPES.items()}


def prototype_matrices(embed: Any) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    return _prototype_matrices(id(embed), embed)


@lru_cache(maxsize=4096)
def _sentence_parts(text: str, specifics: int, time_anchors: int, hypothetical: bool, failure: bool) -> tuple[int, ...]:
    """One sentence's counts and conjunctions. Cached: the evidence step reads every sentence again alone."""
    tech, named, dates, concrete = sentence_concreteness(text, specifics, time_anchors)
    experience = len(EXPERIENCE_GENERAL.findall(text))
    first_person = bool(FIRST_PERSON.search(text))
    own = not hypothetical and bool(OWNERSHIP.search(text) or (first_person and failure))
    tradeoff = not hypothetical and bool(TRADEOFF.search(text)) and bool(specifics or re.search(r"\d", text))
    general = bool(GENERAL.search(text) or experience) and bool(concrete or first_person)
    return tech, named, dates, concrete, len(INCIDENT.findall(text)), len(PRACTICE_PRESENT.findall(text)), experience, own, tradeoff, general


def features(sentences: Sequence[Any], vectors: np.ndarray | None, embed: Any = None) -> dict[str, float]:
    """Sentence-level features of an answer; ``sentences`` are ``features.SentenceCues``."""
    n = len(sentences)
    f = dict.fromkeys(SENTENCE_FEATURE_NAMES, 0.0)
    if not n:
        return f
    tech_total = named_total = date_total = incident_total = practice_total = general_total = 0
    concrete_sentences = concrete_nonhypo = hypo_concrete = 0
    best = 0
    conj = dict.fromkeys(_CONJUNCTIONS, 0)
    for s in sentences:
        hypothetical = s.modality == "hypothetical"
        tech, named, dates, concrete, incident, practice, experience, own, tradeoff, general = _sentence_parts(
            s.text, s.specifics, s.time_anchors, hypothetical, bool(s.failure)
        )
        tech_total += tech
        named_total += named
        date_total += dates
        incident_total += incident
        practice_total += practice
        general_total += experience
        if concrete:
            concrete_sentences += 1
            if hypothetical:
                hypo_concrete += 1
            else:
                concrete_nonhypo += 1
        best = max(best, concrete if not hypothetical else 0)
        conj["own_failure"] += own
        conj["tradeoff_number"] += tradeoff
        conj["general_anchor"] += general
        if incident and concrete and not hypothetical:
            conj["incident_specific"] += 1
        if practice and concrete and not hypothetical:
            conj["practice_specific"] += 1
    f.update(
        tech_specific_log=_log(tech_total),
        tech_specific_rate=tech_total / n,
        named_log=_log(named_total),
        date_log=_log(date_total),
        incident_log=_log(incident_total),
        incident_rate=incident_total / n,
        practice_present_log=_log(practice_total),
        experience_general_log=_log(general_total),
        concrete_rate=concrete_sentences / n,
        concrete_nonhypo_rate=concrete_nonhypo / n,
        hypo_concrete_gap=(concrete_nonhypo - hypo_concrete) / n,
        max_sentence_concreteness=_log(best),
    )
    for name, count in conj.items():
        f[f"{name}_log"] = _log(count)
    if embed is not None and vectors is not None and len(vectors):
        V = np.asarray(vectors, dtype=np.float64)
        for name, (pos, neg) in prototype_matrices(embed).items():
            best_pos = float((V @ pos.T).max())
            best_neg = float((V @ neg.T).max())
            f[f"proto_{name}_max"] = best_pos
            f[f"proto_{name}_margin"] = best_pos - best_neg
    return f


def vector(sentences: Sequence[Any], vectors: np.ndarray | None, embed: Any = None) -> np.ndarray:
    f = features(sentences, vectors, embed)
    return np.array([f[k] for k in SENTENCE_FEATURE_NAMES], dtype=np.float64)
