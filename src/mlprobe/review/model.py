"""What a project review is: the three elements, the red flags, the stress-test questions, the scaffolds
and the specifics they were built from. ``Review.to_json_dict`` is the contract other tools read."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

ELEMENTS: tuple[str, ...] = ("decision_pressure", "unexpected_outcomes", "iteration")
ELEMENT_TITLES: dict[str, str] = {
    "decision_pressure": "Decision pressure: a real constraint that forced a choice",
    "unexpected_outcomes": "Unexpected outcomes: something that went wrong or surprised you",
    "iteration": "Iteration driven by reality: what you changed because of what you saw",
}
REVIEW_FLAGS: tuple[str, ...] = (
    "linear_narrative",
    "deployment_bragging",
    "metric_overconfidence",
    "no_failure_or_surprise",
    "static_data",
    "perfect_labels",
    "no_users",
)
SCAFFOLD_TITLES: tuple[str, ...] = (
    "Constraints I worked under",
    "The tradeoff I chose and what I gave up",
    "What broke or surprised me",
    "What I changed because of it",
    "What I would remove or delay if this were production",
)
PROBE_TYPES: tuple[str, ...] = ("differently", "knew_it_worked", "constraint", "collaboration", "generalize")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Element(_Model):
    """One of the three things interviewers look for, found or missing, with the sentences that show it."""

    found: bool
    evidence: list[str] = Field(default_factory=list)
    why: str = ""


class ReviewFlag(_Model):
    id: str
    evidence: list[str] = Field(default_factory=list)
    why: str = ""


class Inconsistency(_Model):
    """Two places in the write-up that cannot both be true, quoted verbatim (a total and its parts for a
    ``breakdown``). ``values`` are the conflicting values as written; ``subject`` what they measure."""

    kind: str
    claims: list[str]
    why: str
    values: list[str] = Field(default_factory=list)
    subject: str = ""


INCONSISTENCY_KINDS: tuple[str, ...] = ("parameters", "dataset_size", "features", "classes", "epochs", "metric", "deployment", "version", "breakdown")


class MetricFact(_Model):
    """A reported metric. ``phrase`` is the exact wording from the write-up when it came from prose."""

    name: str | None
    value: str
    phrase: str | None = None
    sentence: str = ""

    @property
    def label(self) -> str:
        """How prose refers to it: 'the AUC of 0.97', 'the score of 0.11579'."""
        if self.name and self.name.lower() != "score":
            name = self.name if self.name.isupper() else self.name.lower()
            return f"the {name} of {self.value}"
        return f"the score of {self.value}"

    @property
    def display(self) -> str:
        if self.phrase:
            return self.phrase
        return f"{self.name} of {self.value}" if self.name else self.value


class Facts(_Model):
    """The specifics extracted from the write-up; every string occurs in the write-up's text."""

    metrics: list[MetricFact] = Field(default_factory=list)
    datasets: list[str] = Field(default_factory=list)
    data_files: list[str] = Field(default_factory=list)
    models: list[str] = Field(default_factory=list)
    techniques: list[str] = Field(default_factory=list)
    best_model: str | None = None
    tools: list[str] = Field(default_factory=list)
    scale: list[str] = Field(default_factory=list)
    resources: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    label_sentences: list[str] = Field(default_factory=list)
    user_sentences: list[str] = Field(default_factory=list)
    claims: list[str] = Field(default_factory=list)
    deploy_sentences: list[str] = Field(default_factory=list)
    data_change_sentences: list[str] = Field(default_factory=list)
    planned: list[str] = Field(default_factory=list)

    @property
    def dataset(self) -> str | None:
        """The name to use for 'the data' in questions: a named dataset, else a data file."""
        names = self.datasets or self.data_files
        return names[0] if names else None

    @property
    def metric(self) -> MetricFact | None:
        return self.metrics[0] if self.metrics else None

    def specifics(self) -> list[str]:
        """Every extracted string a question or scaffold may cite."""
        out = [m.phrase for m in self.metrics if m.phrase] + [m.value for m in self.metrics]
        out += self.datasets + self.data_files + self.models + self.techniques + self.tools + self.scale + self.resources + self.targets
        return out + ([self.best_model] if self.best_model else [])


class Review(_Model):
    """The review of one project write-up."""

    title: str
    source: str | None = None
    is_ml_project: bool
    message: str | None = None
    ml_terms: list[str] = Field(default_factory=list)
    truncated: bool = False
    elements: dict[str, Element] = Field(default_factory=dict)
    red_flags: list[ReviewFlag] = Field(default_factory=list)
    inconsistencies: list[Inconsistency] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    question_probes: list[str] = Field(default_factory=list)
    scaffolds: dict[str, str] = Field(default_factory=dict)
    facts: Facts = Field(default_factory=Facts)

    def flag_ids(self) -> list[str]:
        return [f.id for f in self.red_flags]

    def missing(self) -> list[str]:
        return [name for name, e in self.elements.items() if not e.found]

    def to_json_dict(self) -> dict[str, Any]:
        """The contract: ``elements``, ``red_flags``, ``questions``, ``scaffolds`` (these names are stable),
        and ``inconsistencies``."""
        return {
            "title": self.title,
            "source": self.source,
            "is_ml_project": self.is_ml_project,
            "message": self.message,
            "truncated": self.truncated,
            "elements": {k: v.model_dump() for k, v in self.elements.items()},
            "red_flags": [f.model_dump() for f in self.red_flags],
            "inconsistencies": [i.model_dump() for i in self.inconsistencies],
            "questions": list(self.questions),
            "question_probes": list(self.question_probes),
            "scaffolds": dict(self.scaffolds),
            "facts": self.facts.model_dump(),
            "ml_terms": list(self.ml_terms),
        }
