"""The lexical cues an interviewer listens for, as compiled patterns.

Each pattern answers one question about a sentence: does it speak of what happened or of what would
happen, does it carry a checkable specific, does it turn on a surprise, does it lean on rubric words.
They are features for trained models and evidence for the candidate, never a verdict on their own.
"""

from __future__ import annotations

import re
from mlprobe.analyzer.guard import guarded


def _words(*phrases: str) -> re.Pattern[str]:
    body = "|".join(sorted((p.replace(" ", r"\s+") for p in phrases), key=len, reverse=True))
    return guarded(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


HYPOTHETICAL = _words(
    "would", "could", "might", "may", "should", "ideally", "typically", "usually", "generally", "in theory",
    "theoretically", "one could", "one can", "you can", "you could", "you'd", "i'd", "we'd", "you would",
    "let's say", "suppose", "imagine", "assume", "assuming", "it's important to", "it is important to",
    "best practice", "best practices", "make sure", "need to", "needs to", "want to", "i will", "we will",
    "i'll", "we'll", "i'm going to", "plan to", "the goal is", "a good approach", "a common approach",
    "potentially", "possibly", "perhaps", "if we", "if the", "if you", "if there", "in general",
    "it depends", "depending on", "can be", "can help", "helps to", "is key", "are key", "one should",
    "you should", "we should", "always", "try to",
)
LIVED_MARKERS = _words(
    "turned out", "it turned out", "we found", "i found", "we noticed", "i noticed", "we realized",
    "i realized", "we realised", "i realised", "we discovered", "i discovered", "we saw", "i saw",
    "that's when", "that was when", "what actually", "what happened", "in the end", "we ended up",
    "i ended up", "ended up", "in hindsight", "looking back", "at the time", "the first time",
    "the next morning", "the next day", "the following week", "a week later", "two weeks later",
    "a month later", "months later", "by the time", "only after", "it broke", "this broke", "we had to",
    "i had to", "we rolled back", "i rolled back", "we reverted", "got paged", "was paged", "we shipped",
    "we launched", "i shipped", "it was", "there was", "we were", "i was", "we had", "i had", "we got",
    "i got", "took us", "cost us", "we lost", "we spent", "i spent", "we kept", "we missed",
)
PAST_IRREGULAR = _words(
    "was", "were", "had", "did", "found", "saw", "broke", "took", "went", "got", "made", "built", "ran",
    "knew", "thought", "caught", "came", "began", "kept", "lost", "left", "told", "spent", "wrote", "sent",
    "chose", "fell", "rose", "grew", "led", "paid", "meant", "felt", "drove", "brought", "bought",
    "taught", "fought", "sat", "stood", "won", "hit", "shipped", "shrank", "swapped", "dropped",
)
PAST_REGULAR = guarded(r"\b[a-z]{3,}(?:ed)\b", re.I)
NOT_PAST = _words(
    "need", "needed", "based", "called", "labelled", "labeled", "supervised", "unsupervised", "detailed",
    "advanced", "automated", "distributed", "embedded", "balanced", "imbalanced", "weighted", "related",
    "trained", "red", "bed", "feed", "speed", "seed", "shed", "indeed", "biased", "skewed", "mixed",
    "fixed", "limited", "required", "expected", "proposed", "used", "given", "learned", "structured",
)
SURPRISE = _words(
    "turned out", "surprisingly", "unexpectedly", "to our surprise", "we realized", "i realized",
    "realised", "we noticed", "i noticed", "we discovered", "we found out", "it wasn't", "it was not",
    "wasn't the", "the catch", "the problem was", "the issue was", "the real problem", "the real cause",
    "what actually", "actually", "only to", "instead", "it was actually", "rather than the", "mistake",
    "we missed", "i missed", "blind spot", "embarrassing", "oops", "not what we expected",
    "didn't expect", "did not expect", "never expected", "that's when", "which is when", "root cause",
    "silently", "nobody noticed", "no one noticed",
)
CAUSAL = _words(
    "because", "so we", "so i", "which meant", "that meant", "this meant", "as a result", "therefore",
    "due to", "caused", "led to", "resulting in", "since", "so that", "which is why", "that's why",
    "the reason", "which caused",
)
CONSEQUENCE = _words(
    "cost", "costs", "lost", "losing", "dropped", "drop", "complaints", "complained", "tickets",
    "revenue", "churned", "escalated", "paged", "incident", "outage", "rolled back", "roll back",
    "rollback", "reverted", "broke", "broken", "failed", "failure", "wrong", "bug", "mistake", "missed",
    "harm", "hurt", "angry", "refunds", "chargebacks", "downtime", "regression", "fell", "crashed",
    "postmortem", "post-mortem", "blocked", "delayed", "wasted",
)
# method and safeguard names that contain a failure word but say nothing went wrong: 'logistic regression',
# 'a regression model', 'automated rollback'. Failure and consequence cues are counted with these set aside.
METHOD_NAMES = guarded(r"\b(?:logistic|linear|ridge|lasso|poisson|quantile|isotonic|ordinal|polynomial) regression\b|\bregression (?:model|task|problem|tree)s?\b|"
                       r"\b(?:automated|automatic|one-click|instant) (?:rollback|roll back)s?\b", re.I)


def without_method_names(text: str) -> str:
    return METHOD_NAMES.sub(" ", text)


FAILURE = _words(
    "broke", "broken", "failed", "failure", "bug", "mistake", "wrong", "went wrong", "didn't work",
    "did not work", "overfit", "overfitted", "overfitting", "leak", "leaked", "leakage", "missed",
    "rolled back", "reverted", "crashed", "outage", "incident", "regression", "degraded", "dropped",
    "blew up", "backfired", "my fault", "our fault", "i messed up", "we messed up", "embarrassing",
    "too late", "flaky", "silently", "garbage", "wasted",
)
ROLES = _words(
    "pm", "product manager", "product owner", "product", "engineer", "engineers", "analyst", "analysts",
    "ops", "operations", "annotators", "annotator", "labelers", "labellers", "raters", "clinicians",
    "doctors", "nurses", "legal", "compliance", "finance", "marketing", "support", "customer support",
    "sales", "manager", "my manager", "director", "vp", "cto", "ceo", "data engineer", "data engineers",
    "sre", "on-call", "stakeholders", "stakeholder", "moderators", "fraud analysts", "fraud team",
    "risk team", "platform team", "infra team", "the team", "my lead", "tech lead", "team lead",
    "designer", "researchers", "regulator", "auditors", "merchants", "drivers", "couriers", "partners",
    "business", "leadership", "executives", "client", "clients", "customer", "customers", "users",
    "professor", "advisor", "supervisor", "teammate", "teammates", "colleague", "colleagues",
)
COLLABORATION = _words(
    "worked with", "working with", "we agreed", "agreed", "negotiated", "pushed back", "convinced",
    "explained to", "walked them through", "sat down with", "met with", "weekly", "sync", "aligned",
    "disagreed", "argued", "compromise", "they wanted", "they asked", "asked us", "asked me",
    "requirement changed", "requirements changed", "signed off", "sign-off", "buy-in", "escalated",
    "presented", "showed them", "told them", "their team", "with the", "paired with", "handed over",
)
TIME_ANCHOR = guarded(
    r"\b(?:last (?:year|month|week|quarter|summer|spring|winter|fall)|(?:in|by|during) (?:19|20)\d\d|"
    r"q[1-4]\b|(?:the )?(?:first|second|third|next|following|last) (?:day|week|month|quarter|sprint|release|run|night)|"
    r"(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|hours?|years?|sprints?) (?:later|in|after|before|into)|"
    r"after (?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|hours?|sprints?)|overnight|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|black friday|(?:during|over) (?:the )?(?:holidays?|launch|pilot|migration))\b",
    re.I,
)
NUMBER_WITH_UNIT = guarded(
    r"(?<![\w.])(?:\$|€|£)?\d+(?:[.,]\d+)?\s?(?:%|percent|pp|ms|s\b|sec|seconds|minutes|mins|hours|hrs|days|weeks|"
    r"months|years|k\b|m\b|mm?\b|b\b|x\b|gb|mb|tb|users|customers|rows|records|images|examples|samples|"
    r"labels|transactions|requests|qps|rps|merchants|stores|sellers|drivers|documents|queries|clicks|"
    r"tickets|features|points|bps|fps|dollars|usd|eur|people|annotators|classes|gpus?|nodes|epochs)",
    re.I,
)
ANY_NUMBER = guarded(r"(?<![\w.])\d+(?:[.,]\d+)?")
RUBRIC = _words(
    "drift", "data drift", "concept drift", "psi", "population stability index", "ks test",
    "kolmogorov-smirnov", "feature store", "canary", "shadow mode", "shadow deployment", "a/b test",
    "a/b testing", "monitoring", "observability", "mlops", "pipeline", "pipelines", "kubernetes", "k8s",
    "docker", "airflow", "kubeflow", "mlflow", "sagemaker", "vertex ai", "kafka", "flink", "spark",
    "redis", "feast", "tecton", "evidently", "shap", "lime", "stakeholders", "data-centric",
    "retraining", "automated retraining", "ci/cd", "microservices", "scalable", "robust", "end-to-end",
    "production-grade", "production-ready", "state-of-the-art", "best practices", "governance",
    "explainability", "fairness", "bias mitigation", "champion/challenger", "champion-challenger",
    "automated", "real-time", "low-latency", "great expectations", "data validation", "model registry",
    "terraform", "aws", "gcp", "azure", "fastapi", "flask", "grafana", "prometheus", "triton",
    "onnx", "feature engineering", "hyperparameter tuning", "xgboost", "lightgbm", "bert", "transformer",
    "cross-validation", "ensemble", "stacking", "smote", "precision-recall", "f1", "auc", "roc",
)
HEDGE = _words(
    "it depends", "depends on", "there are many", "there are several", "various", "several approaches",
    "many ways", "a number of", "different options", "on the other hand", "trade-off between",
    "tradeoff between", "pros and cons", "case by case", "no one-size", "it varies", "could also",
    "or maybe", "or we could", "either", "many factors",
)
EVASIVE = _words(
    "i haven't", "i have not", "never done", "not sure", "i don't know", "i do not know", "no idea",
    "haven't had", "haven't really", "not really", "can't think", "cannot think", "don't remember",
    "i'm not familiar", "not familiar", "pass on", "skip this", "no experience",
)
FIRST_SINGULAR = _words("i", "me", "my", "mine", "i'm", "i've", "i'd", "i'll")
FIRST_PLURAL = _words("we", "us", "our", "ours", "we're", "we've", "we'd", "we'll")
GENERIC_YOU = _words("you", "your", "one")
UPDATE = _words(
    "that changes", "this changes", "that would change", "given that", "given the", "in that case",
    "with that constraint", "with the labels", "with labels", "now i'd", "now i would", "now we",
    "so instead", "instead", "that means", "which means", "first thing i'd change", "i'd drop",
    "i would drop", "re-prioritize", "reprioritize", "re-prioritise", "reprioritise", "shift",
    "priority", "prioritize", "prioritise", "no longer", "can't rely", "cannot rely", "can't wait",
    "cannot wait", "switch to", "fall back", "fallback", "proxy", "proxies", "until the labels",
    "meanwhile", "in the meantime", "still", "keep the", "keeps", "what changes", "what stays",
)
RESTART = _words(
    "let me start", "to start with", "first of all", "the standard approach", "in general",
    "generally speaking", "the first step is", "step one", "from scratch", "start over", "overall the",
    "machine learning", "a typical", "the typical",
)

SIGNAL_LEXICON: dict[str, re.Pattern[str]] = {
    "data_first": _words(
        "label", "labels", "labelled", "labeled", "labelling", "labeling", "annotat\\w*", "upstream",
        "schema", "null", "nulls", "missing", "distribution", "distributions", "source", "sources",
        "provenance", "collected", "collection", "sample", "sampled", "bias", "biased", "skew", "skewed",
        "duplicates", "duplicate", "noisy", "noise", "data quality", "the data", "dataset", "logging",
        "logged", "feature values", "encoding", "join", "joined", "timestamp", "timestamps", "leak",
        "leakage", "stale", "freshness", "coverage", "definition",
    ),
    "owns_failure": FAILURE,
    "metrics_as_proxies": _words(
        "metric", "metrics", "proxy", "offline", "online", "a/b", "auc", "accuracy", "precision",
        "recall", "f1", "rmse", "mape", "ndcg", "ctr", "conversion", "looked good", "looked great",
        "hid", "hides", "hidden", "masked", "gamed", "optimi[sz]ed for", "north star", "guardrail",
        "didn't move", "did not move", "flat", "no lift", "lift", "on average", "average",
        "leaderboard", "dashboard",
    ),
    "iterates_in_loops": _words(
        "tried", "retried", "then we", "so we", "went back", "second version", "v2", "iteration",
        "iterated", "rolled back", "reverted", "retrained", "adjusted", "changed", "switched",
        "replaced", "instead", "after that", "next attempt", "another try", "re-ran", "reran",
        "fixed", "patched", "re-labelled", "relabelled", "relabeled",
    ),
    "specific_tradeoffs": _words(
        "tradeoff", "trade-off", "traded", "gave up", "give up", "at the cost", "cost us", "worth it",
        "accepted", "chose", "decided", "instead of", "rather than", "threshold", "budget", "latency",
        "p99", "p95", "false positives", "false negatives", "missed", "review queue", "manual review",
        "capacity", "cheaper", "slower", "faster", "simpler",
    ),
    "post_deployment": _words(
        "monitor", "monitored", "monitoring", "alert", "alerts", "alerted", "alerting", "dashboard",
        "drift", "rollback", "rolled back", "roll back", "retrain", "retrained", "retraining", "in production",
        "after launch", "after we launched", "after deployment", "post-launch", "live", "on-call",
        "paged", "canary", "shadow", "a/b", "holdout", "kill switch", "fallback",
    ),
    "collaboration": COLLABORATION,
    "generalizes": _words(
        "fragile", "assumption", "assumptions", "at 10x", "10x", "tenfold", "at scale", "would break",
        "breaks first", "wouldn't hold", "would not hold", "another domain", "other domains",
        "carries over", "transfer", "generali[sz]e", "depends on the assumption", "not trust",
        "wouldn't trust", "would not trust", "if the traffic", "if volume", "if we had", "elsewhere",
        "context-specific", "specific to",
    ),
}
