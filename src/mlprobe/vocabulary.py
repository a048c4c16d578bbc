"""The shared vocabulary of DESIGN.md: signal, red-flag, probe and dimension ids.

These names are a contract with other tools (``mlprobe assess`` output, the labelled data, the bank);
change them only with a migration plan.
"""

from __future__ import annotations

SIGNALS: tuple[str, ...] = (
    "data_first",
    "owns_failure",
    "metrics_as_proxies",
    "iterates_in_loops",
    "specific_tradeoffs",
    "post_deployment",
    "adapts_under_pressure",
    "lived_language",
    "clarity",
    "collaboration",
    "generalizes",
)

SIGNAL_QUESTIONS: dict[str, str] = {
    "data_first": "Treats data as a liability: provenance, labels, gaps, shift after deployment.",
    "owns_failure": "Describes something that actually went wrong, calmly, without sanitising it.",
    "metrics_as_proxies": "Treats metrics as imperfect proxies: what they hid, offline vs online gaps.",
    "iterates_in_loops": "Tells a loop (tried, saw the unexpected, adjusted, rolled back), not a pipeline.",
    "specific_tradeoffs": "Ties tradeoffs to context: which users, which threshold, what it cost.",
    "post_deployment": "Goes past offline evaluation: monitoring, drift, alerting, retraining, rollback.",
    "adapts_under_pressure": "After an injected constraint, updates assumptions and keeps reasoning.",
    "lived_language": "Language carries lived experience, not theory ('it turned out' vs 'ideally').",
    "clarity": "Structured: assumptions, constraints, tradeoffs, a decision.",
    "collaboration": "Who they worked with; how requirements changed; how tradeoffs were communicated.",
    "generalizes": "Names fragile assumptions, what breaks at 10x, what carries to another domain.",
}

RED_FLAGS: tuple[str, ...] = (
    "metric_overconfidence",
    "sanitized_success",
    "hypothetical_failure",
    "linear_narrative",
    "generic_tradeoff",
    "theory_hedging",
    "deployment_bragging",
    "keyword_stuffing",
    "evasive",
)

PROBES: tuple[str, ...] = ("differently", "knew_it_worked", "constraint", "collaboration", "generalize")

DIMENSIONS: tuple[str, ...] = (
    "judgment",
    "learning_velocity",
    "comfort_with_uncertainty",
    "decision_ownership",
    "generalization",
)

LEVELS: tuple[str, ...] = ("junior", "mid", "senior")

THEMES: dict[str, str] = {
    "data_quality": "Data quality and label provenance",
    "leakage": "Leakage",
    "drift_monitoring": "Drift and monitoring",
    "delayed_labels": "Delayed or missing labels",
    "metric_choice": "Metric choice and metrics as proxies",
    "offline_online": "Offline-online gaps and A/B tests",
    "class_imbalance": "Class imbalance with business costs",
    "model_simplicity": "Simple vs complex models",
    "overfitting_live": "Overfitting in a live system",
    "retraining": "Retraining strategy",
    "system_design": "ML system design at scale",
    "feedback_loops": "Feedback loops",
    "fairness": "Fairness and subpopulations",
    "explainability": "Explainability and compliance",
    "cross_functional": "Cross-functional work",
    "project_deep_dive": "Project deep-dives",
}
