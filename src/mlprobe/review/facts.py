"""Extracting the specifics of one project: its metrics and their values, its data, models, tools, scale.

Each extractor is a transparent rule over the cleaned prose (see ``lexicon``); every string it returns
occurs in the write-up, so a question or scaffold that cites it cannot put words in the candidate's mouth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mlprobe.review import lexicon as lx
from mlprobe.review.document import Document, Unit
from mlprobe.review.model import Facts, MetricFact

QUOTE_LIMIT = 160
_DATA_NOUNS = re.compile(
    r"reviews|users|customers|rows|records|images|examples|samples|pairs|documents|transactions|passengers|members|orders|loans|"
    r"sessions|clicks|queries|tickets|patients|claims|requests|predictions",
    re.I,
)
_DELTA_AFTER = re.compile(r"\s+(?:better|worse|higher|lower|more|less|above|below|improvement|gain|lift|drop)\b", re.I)
_NOT_A_METRIC_BEFORE = re.compile(r"(?:within|by|of|above|below|than|vs\.?)\s*$", re.I)
_GOAL = re.compile(
    r"\b(?:enabl\w*|helps?|allows?|can|designed for|intended for|built for|aimed at|goal|so that|"
    r"for (?:users|customers|children|learners|businesses|analysts|students|communities|people|teams))\b",
    re.I,
)
_STRONG_DEPLOY = re.compile(r"production[- ]ready|deploy-ready|\bdeployed\b|dockeri[sz]ed|containeri[sz]ed|live demo|scalable", re.I)
_SERVING = re.compile(r"\bdeploy\w*|\bserv(?:e|ed|es|ing)\b|\bAPI\b|fastapi|flask|endpoint|\blive\b", re.I)
_METRIC_HEADERS = re.compile(r"^(?:final|test|result|results|value|score|ours|ours \(.*\)|best)$", re.I)


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """A verbatim excerpt, cut at a word boundary when long."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"


def unique(items: Iterable[str], key=lambda s: re.sub(r"[\s\-_]+", "", s.lower())) -> list[str]:  # noqa: ANN001
    seen: set[str] = set()
    out = []
    for item in items:
        k = key(item)
        if item and k not in seen:
            seen.add(k)
            out.append(item)
    return out


def extract(doc: Document) -> Facts:
    named = doc.units(("narrative", "setup", "meta"), headings=True)
    story = doc.units(("narrative",))
    return Facts(
        metrics=metrics(doc),
        datasets=datasets(doc, named),
        data_files=unique(m.group("file") for u in named for m in lx.DATA_FILE.finditer(u.text))[:3],
        models=models(named),
        techniques=techniques(named),
        best_model=best_model(story),
        tools=tools(named),
        scale=scale(story),
        resources=unique(m.group(0) for u in story for p in (lx.MONEY, lx.SIZE, lx.HARDWARE) for m in p.finditer(u.text))[:8],
        targets=targets(doc.units(("narrative",), headings=True)),
        label_sentences=label_sentences(story),
        user_sentences=user_sentences(story),
        claims=claims(named),
        deploy_sentences=deploy_sentences([u for u in named if u.passage.kind != "heading"]),
        data_change_sentences=unique(quote(u.text) for u in sorted(story, key=lambda u: -len(lx.DATA_CHANGE.findall(u.text))) if lx.DATA_CHANGE.search(u.text))[:2],
        planned=planned(doc),
    )


def metrics(doc: Document) -> list[MetricFact]:
    found: list[MetricFact] = []
    for unit in doc.units(("narrative",)):
        if unit.passage.kind == "row":
            found.extend(_row_metric(unit))
        else:
            found.extend(_prose_metrics(unit))
    return _dedupe_metrics(found)


def _prose_metrics(unit: Unit) -> list[MetricFact]:
    text = unit.text
    out: list[MetricFact] = []
    taken: list[tuple[int, int]] = []
    for pattern in (lx.METRIC_VALUE_FIRST, lx.METRIC_NAME_FIRST, lx.SCORED):
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken) or _is_delta(text, m):
                continue
            if not _plausible(m.group("value")):
                continue
            name = m.groupdict().get("name") or "score"
            taken.append((m.start(), m.end()))
            out.append(MetricFact(name=name, value=m.group("value").strip(), phrase=m.group(0).strip(), sentence=quote(text)))
    if not out and (lx.RESULTS_HEADING.search(unit.section) or re.search(r"best|score|model", text, re.I)):
        for m in lx.LABELLED_PERCENT.finditer(text):
            label = m.group("label").strip()
            if lx.MODEL.search(label) or re.search(r"model|score|best|result", label, re.I) or lx.RESULTS_HEADING.search(unit.section):
                out.append(MetricFact(name=None, value=m.group("value"), phrase=m.group(0).strip(), sentence=quote(text)))
    return out


def _is_delta(text: str, match: re.Match[str]) -> bool:
    """'within 0.03 log loss of', '0.02 AUC better': a difference between numbers, not a reported value."""
    return bool(_NOT_A_METRIC_BEFORE.search(text[: match.start()]) or _DELTA_AFTER.match(text[match.end():]))


def _row_metric(unit: Unit) -> list[MetricFact]:
    cells, header = unit.passage.cells, unit.passage.header
    if not cells or not lx.METRIC_NAME.match(cells[0].strip()):
        return []
    column = next((i for i, h in enumerate(header) if i and _METRIC_HEADERS.match(h.strip())), 1 if len(cells) == 2 else None)
    if column is None or column >= len(cells) or not re.fullmatch(r"~?\d+(?:[.,]\d+)?\s?%?", cells[column].strip()):
        return []
    return [MetricFact(name=cells[0].strip(), value=cells[column].strip(), phrase=None, sentence=quote(unit.text))]


def _plausible(value: str) -> bool:
    number = float(re.sub(r"[^\d.]", "", value.replace(",", ".")) or 0)
    return number <= 100


def _dedupe_metrics(found: list[MetricFact]) -> list[MetricFact]:
    """One entry per (metric, value), in document order; prose wording wins over a table cell."""
    kept: dict[tuple[str, str], MetricFact] = {}
    for m in found:
        key = ((m.name or "").lower(), re.sub(r"[^\d.,]", "", m.value))
        if key not in kept or (m.phrase and not kept[key].phrase):
            kept[key] = m if key not in kept else kept[key].model_copy(update={"phrase": m.phrase, "sentence": m.sentence})
    return list(kept.values())[:6]


def datasets(doc: Document, units: list[Unit]) -> list[str]:
    hits: list[tuple[int, str]] = []
    for order, unit in enumerate(units):
        text = unit.text
        hits += [(order, m.group(0)) for m in lx.KNOWN_DATASET.finditer(text)]
        hits += [(order, name) for m in lx.NAMED_DATASET.finditer(text) if _named(m, text) and (name := _strip_name(m.group(1)))]
        hits += [(order, m.group("name").strip()) for m in lx.KAGGLE_COMPETITION.finditer(text)]
        if unit.passage.kind != "row":
            hits += [(order, name) for m in lx.DATASET_LABEL.finditer(text) if (name := _strip_name(m.group("name")))]
    names = [name for _, name in sorted(hits, key=lambda h: h[0])]
    if not names:
        names = [m.group("hf") or m.group("kaggle") for url in doc.urls if (m := lx.DATASET_URL.search(url))]
    names = unique(n.strip(" .,:;") for n in names)
    return [n for n in names if not any(n.lower() in other.lower() and n != other for other in names)][:4]


def _named(match: re.Match[str], text: str) -> bool:
    """'Ensures dataset quality' is a verb at the start of a sentence, not a dataset called 'Ensures'."""
    name = match.group(1)
    at_start = not text[: match.start(1)].strip()
    return not at_start or " " in name or sum(c.isupper() for c in name) >= 2 or any(c.isdigit() for c in name)


def _strip_name(raw: str) -> str | None:
    words = raw.strip(" .,:;").split()
    while words and words[0].lower().strip("'s") in lx.NOT_A_NAME:
        words.pop(0)
    name = " ".join(words)
    return name if len(name) >= 3 and name.lower() not in lx.NOT_A_NAME else None


def models(units: list[Unit]) -> list[str]:
    """Model and algorithm names as the write-up spells them ('XGBoost', 'Random Forest', 'ResNet-50');
    one entry per model ('Decision Tree' and 'DecisionTree' are one), techniques and steps left out."""
    found = [m.group(0) for unit in units for m in lx.MODEL.finditer(unit.text)]
    return unique(found, key=model_key)[:6]


def techniques(units: list[Unit]) -> list[str]:
    """Techniques used around the model (LoRA, isotonic calibration, TF-IDF, RAG, KNN imputation)."""
    found, named = [], {model_key(m.group(0)) for unit in units for m in lx.MODEL.finditer(unit.text)}
    for unit in units:
        spans = [m.span() for m in lx.MODEL.finditer(unit.text)]
        found += [m.group(0) for m in lx.TECHNIQUE.finditer(unit.text) if not any(a <= m.start() < b for a, b in spans)]
    return [t for t in unique(found, key=_technique_key) if _technique_key(t) not in named][:4]


def _technique_key(name: str) -> str:
    key = re.sub(r"[\s\-]+", "", name.lower())
    return {"retrievalaugmentedgeneration": "rag", "isotonicregression": "isotonic", "isotoniccalibration": "isotonic"}.get(key, key)


def best_model(units: list[Unit]) -> str | None:
    """The model the write-up reports as best, when what follows 'best model:' is a model name."""
    for unit in units:
        if (m := lx.BEST_MODEL.search(unit.text)) and (name := lx.MODEL.match(m.group("model"))):
            return name.group(0)
    return None


def model_key(name: str) -> str:
    """One key per model: 'Random Forest classifier', 'RandomForestClassifier' and 'random forests' agree."""
    key = re.sub(r"[\s\-]+", "", name.lower())
    key = re.sub(r"(?:classifiers?|regressors?|models?|ensemble)$|-?v\d[\d.]*$", "", key) or key
    key = key.rstrip("s") if len(key) > 3 else key
    return lx.MODEL_ALIASES.get(key, key)


def tools(units: list[Unit]) -> list[str]:
    found = unique((m.group(0) for u in units for m in lx.TOOL.finditer(u.text)), key=lambda t: t.lower().rstrip("s"))
    return [t for t in found if not any(t != other and re.search(rf"\b{re.escape(t)}\b", other) for other in found)][:8]


def scale(units: list[Unit]) -> list[str]:
    """Sizes worth a 10x question: '338 million reviews', '970K users', '168 hours' (not '4 examples')."""
    found = unique(m.group(0).strip() for u in units for m in lx.SCALE.finditer(u.text) if _sizeable(m.group("n"), m.group("what")))
    return sorted(found, key=lambda s: 0 if _DATA_NOUNS.search(s) else 2 if re.search(r"hours|days", s) else 1)[:6]


def _sizeable(number: str, what: str) -> bool:
    if re.search(r"[A-Za-z]", number) or re.search(r"hours|days", what):
        return True
    return float(re.sub(r"[^\d.]", "", number.replace(",", "")) or 0) >= 10


def targets(units: list[Unit]) -> list[str]:
    """What the model predicts, in the write-up's words; a verb ('predicting X') beats a title ('X Prediction')."""
    out = []
    units = sorted(units, key=lambda u: u.passage.kind == "heading")
    for pattern in lx.TARGET:
        out += [m.group("t").strip() for unit in units for m in pattern.finditer(unit.text) if len(m.group("t").strip()) >= 4]
    return unique(out)[:3]


def label_sentences(units: list[Unit]) -> list[str]:
    claims = [quote(u.text) for u in units if lx.LABEL_CLAIM.search(u.text)]
    mentions = [quote(u.text) for u in units if lx.LABEL_MENTION.search(u.text)]
    return unique(claims + mentions)[:3]


def user_sentences(units: list[Unit]) -> list[str]:
    """Who used it, else who it is for; data subjects ('970K users' in the data) are neither."""
    used = [u.text for u in units if lx.ACTUAL_USE.search(u.text)]
    meant = [u.text for u in units if lx.USERS.search(u.text) and _GOAL.search(u.text) and len(u.text.split()) >= 4]
    return unique(quote(t) for t in used + meant)[:3]


def claims(units: list[Unit]) -> list[str]:
    """Absolute claims, those about results ('Perfect calibration', 'Zero data leakage') first."""
    hits = [u.text for u in units if lx.ABSOLUTE.search(u.text)]
    ranked = sorted(hits, key=lambda t: 1 if re.search(r"production[- ]ready", t, re.I) else 0)
    return unique(quote(t) for t in ranked)[:4]


def deploy_sentences(units: list[Unit]) -> list[str]:
    """Deployment claims, strongest first ('production-ready', 'deployed'), the story before setup steps."""
    hits = [u for u in units if lx.DEPLOY_CLAIM.search(u.text) and len(u.text.split()) >= 3]
    ranked = sorted(hits, key=lambda u: (0 if _STRONG_DEPLOY.search(u.text) else 1 if _SERVING.search(u.text) else 2, u.role != "narrative"))
    return unique(quote(u.text) for u in ranked)[:4]


def planned(doc: Document) -> list[str]:
    items = [u.text for u in doc.units(("planned",)) if len(u.text.split()) >= 2 and not re.match(r"generated on", u.text, re.I)]
    items += [u.text for u in doc.units(("narrative",)) if lx.PLANNED_TALK.search(u.text) and len(u.text.split()) >= 6]
    return unique(quote(t) for t in items)[:5]
