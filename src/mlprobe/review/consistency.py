"""Self-consistency: places where a write-up contradicts itself.

The same quantity (trainable parameters, dataset rows or images, classes, epochs, a named metric on the
same evaluation) stated with values that cannot both be true; a deployment claimed in one place and denied
in another; a declared version older than the features it calls new; a total that its own parts do not add
up to. Sources are prose sentences, list items, table rows, headings, and inside code blocks only comments
and values written as documentation (``trainable_parameters = ~8.4 million (0.12% of base)``): a line of
code is something that can be run, not a statement about what happened.

Precision comes first. Two statements are compared only when everything that could tell them apart is
the same: the qualifier (trainable vs total parameters), the split (train, validation, test, CV,
leaderboard), the stage (before/after tuning, starting/final, older/current version), the model, the
dataset, the subset, the setting (offline vs production). A sentence that sets two values of one quantity
side by side ("from 0.41 to 0.11", "0.97 vs 0.85 target") is a comparison, not a claim; targets, goals,
plans and hypotheticals are not claims; and values conflict only when neither rounds to the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from mlprobe.analyzer.features import modality
from mlprobe.analyzer.text import sentences
from mlprobe.review import lexicon as lx
from mlprobe.review.document import Document, Passage
from mlprobe.review.facts import model_key, quote
from mlprobe.review.model import Inconsistency

MAX_FINDINGS = 4
QUOTE_LIMIT = 200


# --- where statements come from ------------------------------------------------------------------------
@dataclass(frozen=True)
class Source:
    """One statement the check reads: ``text`` is what the rules see, ``quote`` what the review cites."""

    text: str
    quote: str
    where: str  # prose, heading, table, code comment, code
    section: str  # the headings above it, outermost first ('Models ¶ XGBoost ¶ Results')
    order: int
    passage: Passage | None = None


_COMMENT = re.compile(r"(?:^|\s)(?:#+|//)\s+(?P<c>\S.*?)\s*$")
_ASSIGN = re.compile(r"^\s*(?P<key>[A-Za-z_][\w.]*)\s*(?:=|:)\s*(?P<value>[^#]+?)\s*(?:#.*)?$")
_DOCUMENTARY = re.compile(
    r"~\s*\d|\d\s*(?:million|billion|thousand)\b|\d\s*[KMB]\b|\d\s+[A-Za-z]{3,}|\d\s*\((?=[^)]*[A-Za-z]{3,})[^()]*\)", re.I
)
_CODE_LIKE = re.compile(r"[A-Za-z_]\w*\(|[{}\[\];]|^\s*(?:import|from|def|class|return|for|if|elif|else|while|with|print)\b|==|!=|->|\$\(")


def sources(doc: Document) -> list[Source]:
    """Every statement in the write-up outside plans, in document order."""
    out: list[Source] = []
    for p in doc.passages:
        if p.role == "planned":
            continue
        headings = " ¶ ".join(p.path[:-1] if p.kind == "heading" else p.path)
        if p.kind == "heading":
            out.append(Source(p.text, p.text, "heading", headings, len(out), p))
        elif p.kind == "row":
            cells = [c for c in p.cells if c]
            text = f"{cells[0]}: {cells[1]}" if len(cells) == 2 and not p.header else p.text
            out.append(Source(text, p.text, "table", headings, len(out), p))
        else:
            out += [Source(s, s, "prose", headings, len(out) + i, p) for i, s in enumerate(sentences(p.text))]
    for line in doc.code:
        if line.role == "planned" or line.lang in ("json", "diff"):
            continue
        headings = " ¶ ".join(line.path)
        if (read := _documentary(line.text)) is not None:
            out.append(Source(read, line.text.strip(), "code", headings, len(out)))
        elif (c := _COMMENT.search(line.text)) and not line.text.lstrip().startswith("#!"):
            comment = c.group("c")
            if (read := _documentary(comment)) is not None:
                out.append(Source(read, comment, "code comment", headings, len(out)))
            elif not _CODE_LIKE.search(comment) and not _ASSIGN.match(comment):
                out.append(Source(comment, comment, "code comment", headings, len(out)))
    return out


def _documentary(line: str) -> str | None:
    """'trainable_parameters = ~8.4 million (0.12% of base)' reads as 'trainable parameters = ~8.4 million …';
    'epochs = 3' or 'lr = 2e-4' is code and reads as nothing."""
    m = _ASSIGN.match(line)
    if not m or not _DOCUMENTARY.search(m.group("value")) or re.search(r"[\"'(\[{]\s*$|^\s*[\"'\[{]", m.group("value")):
        return None
    if _CODE_LIKE.search(m.group("value")):
        return None
    comment = _COMMENT.search(line[m.end("value"):])
    said = f" — {comment.group('c')}" if comment else ""  # '# after adding a block' says which stage the value is from
    return f"{m.group('key').replace('_', ' ').replace('.', ' ')} = {m.group('value')}{said}"


# --- numbers -------------------------------------------------------------------------------------------------
_NUM = r"\d[\d,]*(?:\.\d+)?(?![\d.,]?\d)"
_MULT = r"(?:million|billion|thousand|mn|bn|[KMB])(?![\w])"
_APPROX = re.compile(r"(?:~|≈|\babout|\baround|\bapprox(?:imately|\.)?|\broughly|\bnearly|\balmost|\bsome)\s*$", re.I)
_LOWER = re.compile(r"(?:\bover|\babove|\bmore than|\bat least|\bexceed(?:s|ing)?|>=?|≥|\bupwards of)\s*$", re.I)
_UPPER = re.compile(r"(?:\bunder|\bbelow|\bless than|\bat most|\bup to|\bmax(?:imum)?|<=?|≤|\bfewer than)\s*$", re.I)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100}
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9}


@dataclass(frozen=True)
class Value:
    number: float
    resolution: float  # the unit of its last significant digit: '6.8M' -> 100,000; '6,110,033' -> 1; '300K' -> 100,000
    shown: str  # as written: '6.8M', '~8.4 million'
    approx: bool = False
    bound: str | None = None  # 'lower' ('over 99%'), 'upper' ('up to 1,000')


def parse_value(num: str, mult: str | None, before: str, shown: str, percent: bool = False) -> Value:
    raw = num.strip().lstrip("~≈")
    decimal_comma = percent and re.fullmatch(r"\d+,\d{1,2}", raw)
    if decimal_comma:
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "")
    number = float(raw)
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    resolution = 10.0 ** -decimals
    factor = _MULTIPLIERS.get((mult or "").lower(), 1.0)
    if not decimals:  # trailing zeros may be rounding: '300K' is anything from 250K to 350K; a figure written out
        digits = raw.lstrip("0") or "0"  # keeps two significant digits: '50,000' is 49,500-50,500
        zeros = len(digits) - len(digits.rstrip("0"))
        kept = zeros if factor > 1 else max(0, min(zeros, len(digits) - 2))
        resolution = 10.0 ** kept if digits != "0" else 1.0
    approx = bool(_APPROX.search(before) or num.strip().startswith(("~", "≈")))
    bound = "lower" if _LOWER.search(before) else "upper" if _UPPER.search(before) else None
    return Value(number * factor, resolution * factor, shown.strip(), approx, bound)


def agree(a: Value, b: Value, approx_share: float = 0.1) -> bool:
    """Could both be true? Each value stands for a range: its rounding (half its last written digit, so
    '6.8M' is 6.75M-6.85M and '300K' anything that rounds to it), widened for 'about' (by ``approx_share``
    of the value for counts, one last digit for metrics), open-ended for 'over' or 'up to'. Two values
    conflict only when the ranges do not meet."""
    lo_a, hi_a = _range(a, approx_share)
    lo_b, hi_b = _range(b, approx_share)
    return lo_a < hi_b and lo_b < hi_a


def _range(v: Value, approx_share: float) -> tuple[float, float]:
    slack = v.resolution / 2
    if v.approx:
        slack = max(v.resolution, abs(v.number) * approx_share)
    lo, hi = v.number - slack, v.number + slack
    if v.bound == "lower":
        hi = float("inf")
    elif v.bound == "upper":
        lo = float("-inf")
    return lo, hi


# --- context: what could make two statements about different things ------------------------------------
_SPLITS = {
    "cv": re.compile(r"cross[- ]?validat\w*|\bCV\b|\bk-?fold\b|\bout[- ]of[- ]fold\b|\bOOF\b|temporal validation|walk[- ]forward|backtest\w*", re.I),
    "train": re.compile(r"\btrain(?:ing)?[- ](?:set|accuracy|acc|loss|score|split|data|error|auc|f1|rmse)\b|\bon (?:the )?train(?:ing)? (?:set|data|split)\b|\bin[- ]sample\b|^train(?:ing)?\b", re.I),
    "validation": re.compile(r"(?<!cross-)(?<!cross )(?<!temporal )\bvalidation(?! callback)\b|\bval\b|\bdev(?:elopment)? set\b|\beval(?:uation)? set\b", re.I),
    "test": re.compile(r"\btest(?:[- ](?:set|split|data|accuracy|score|auc|f1|rmse|mae))?\b(?!s)|\bheld[- ]?out\b|\bholdout\b|\bunseen\b|\bout[- ]of[- ]sample\b", re.I),
    "public leaderboard": re.compile(r"public (?:leaderboard|LB)\b", re.I),
    "private leaderboard": re.compile(r"private (?:leaderboard|LB)\b", re.I),
    "leaderboard": re.compile(r"(?<!public )(?<!private )\bleaderboard\b|\bLB\b|\bsubmission\b", re.I),
}
_STAGES = re.compile(
    r"\b(?:before|after|initial(?:ly)?|originally|original|starting|start|started|baseline|first|second|third|previous(?:ly)?|prior|"
    r"old(?:er)?|new(?:er)?|current(?:ly)?|latest|untuned|un-tuned|tuned|tuning|optimi[sz]ed|optimi[sz]ation|hyperparameter\w*|"
    r"calibrat\w*|uncalibrated|fine-?tun\w*|pre-?trained|zero-shot|few-shot|augment\w*|retrain\w*|improved|improvement|"
    r"dropped|drops|fell|rose|increased|decreased|went|now|then|later|earlier|default|naive|ablation|without|v\d[\d.]*|version|"
    r"epoch\s*\d+|iteration|run\s*\d+|attempt|round|phase|stage|distill\w*|quanti[sz]\w*|pruned|ensembl\w*|stack\w*|smote|oversampl\w*|"
    r"undersampl\w*|weighted|unweighted|threshold|cleaned|filtered|deduplicated|raw|balanced|"
    r"(?:experiment|trial|approach|method|setting|config\w*|model|option)\s*#?\d+)\b",
    re.I,
)
_SETTING = re.compile(r"\b(?:production(?![- ](?:ready|grade|minded|quality|style))|prod|online|offline|shadow|a/b|live|deployed|deployment|real[- ]world|in the wild|field|pilot)\b", re.I)
_OTHERS = re.compile(
    r"\b(?:winner|winners|winning|first place|1st place|top (?:team|teams|solution|solutions|\d+%?)|state[- ]of[- ]the[- ]art|sota|paper|"
    r"published|reported by|human|humans|benchmark|competitor\w*|leader|others|prior work|literature|random (?:guess|chance)|chance)\b",
    re.I,
)
_SUBSET = re.compile(
    r"\bper[- ]class\b|\bclass(?:es)?\b|\b(?:positive|negative|neutral|minority|majority|rare|fraud\w*|spam|churners|female|male|"
    r"women|men|subgroup|segment|cohort|subset|sample|sampled|category|categories|language|languages|domain|macro|micro|"
    r"top-\d+|@\s?\d+|at \d+)\b",
    re.I,
)
_TARGET = re.compile(
    r"\b(?:target(?:s|ed)?|goal|goals|aim(?:s|ed|ing)?|objective|require[ds]?|requirement|expect(?:s|ed)?|hope|want(?:ed)?|budget|"
    r"must|should|would|could|might|can|may|needs? to|at least|minimum|need)\b|[<>≤≥]",
    re.I,
)


def _markers(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", " ", m.group(0).lower()) for m in pattern.finditer(text))


def _splits(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _SPLITS.items() if pattern.search(text))


def _models(text: str) -> frozenset[str]:
    return frozenset(model_key(m.group(0)) for m in lx.MODEL.finditer(text))


def _datasets(text: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in lx.KNOWN_DATASET.finditer(text))


@dataclass(frozen=True)
class Context:
    split: frozenset[str] = frozenset()
    model: frozenset[str] = frozenset()
    stage: frozenset[str] = frozenset()
    other: frozenset[str] = frozenset()
    part: frozenset[str] = frozenset()  # data: the share used ('trained on', 'test'), compared with the whole only one way

    def same(self, other: Context, single: dict[str, frozenset[str] | None]) -> bool:
        """Equal in every respect, with two allowances for what a headline leaves unsaid: an unstated split
        matches 'test' when test is the only split the write-up gives for this quantity (a headline
        'accuracy 91%' next to the only 'test accuracy 89%'; next to train or validation numbers it does
        not), and an unstated model matches the one model the whole write-up names."""
        if self.stage != other.stage or self.other != other.other or self.part != other.part:
            return False
        for name in ("split", "model"):
            a, b = getattr(self, name), getattr(other, name)
            if a != b and not ((not a and b == single.get(name)) or (not b and a == single.get(name))):
                return False
        return True


@dataclass(frozen=True)
class Claim:
    kind: str
    subject: str  # what is counted or measured, as the question names it: 'trainable parameters', 'accuracy'
    key: str  # what must match for two claims to be about the same thing
    value: Value
    source: Source
    context: Context = field(default_factory=Context)


def _context(text: str, section: str, extra: Iterable[str] = (), models: frozenset[str] | None = None) -> Context:
    both = f"{section} ¶ {text}"
    return Context(
        split=_splits(text) | _splits(section),
        model=_models(text) | _models(section) if models is None else models,
        stage=_markers(_STAGES, both),
        other=_markers(_OTHERS, both) | _markers(_SETTING, both) | _markers(_SUBSET, text) | _datasets(text) | frozenset(extra),
    )


def _reported(text: str) -> bool:
    return modality(text) != "hypothetical" and not lx.CONDITIONAL.search(text) and not lx.PLANNED_TALK.search(text)


# --- counted quantities ------------------------------------------------------------------------------------
_PARAM_NOUN = r"(?:parameters|params|parameter count|param count|weights)"
_PARAM_QUALIFIER = r"trainable|learnable|total|non-trainable|frozen|active|base|adapter|lora"
PARAMS_AFTER = re.compile(
    rf"(?P<before>[^\d]{{0,24}})(?<![\w.$-])(?P<num>~?{_NUM})\s*(?P<mult>{_MULT})?[\s-]+(?:(?P<q>{_PARAM_QUALIFIER})\s+)?(?:model\s+)?{_PARAM_NOUN}\b", re.I
)
PARAMS_LABEL = re.compile(
    rf"(?P<q>\b(?:{_PARAM_QUALIFIER})[\s_-]+)?(?<![\w-]){_PARAM_NOUN}\s*(?:[:=]|\bof\b|\bis\b|\bare\b|\bwas\b|\bwere\b)\s*(?P<before>(?:~|≈|about|around|approx(?:imately)?|roughly|over|under|up to)?\s*)(?P<num>{_NUM})\s*(?P<mult>{_MULT})?",
    re.I,
)
_DATA_NOUNS = (
    r"sentence pairs|text pairs|pairs|rows|records|samples|examples|images|photos|pictures|reviews|documents|sentences|transactions|"
    r"tweets|articles|utterances|recordings|audio clips|clips|videos|texts|entries|observations|data points|datapoints|"
    r"comments|posts|emails|messages|tickets|frames|scans|x-rays|patients|passengers|features"
)
DATA_AFTER = re.compile(
    rf"(?P<before>[^\d]{{0,24}})(?<![\w.$/#-])(?P<num>~?{_NUM})\s*(?P<mult>{_MULT})?\+?\s+(?P<mods>(?:[A-Za-z][\w'-]*\s+){{0,2}}?)(?P<noun>{_DATA_NOUNS})\b(?!\s*/|-)",
    re.I,
)
DATA_LABEL = re.compile(
    rf"(?<![\w-])(?P<mods>(?:[A-Za-z][\w'-]*\s+){{0,2}}?)(?P<noun>{_DATA_NOUNS})\s*(?:[:=]|\bcount\b:?)\s*(?P<before>(?:~|≈|about|around|approx(?:imately)?|roughly|over|under|up to)?\s*)(?P<num>{_NUM})\s*(?P<mult>{_MULT})?(?!\s*(?:%|/|per\b|x\b))",
    re.I,
)
CLASSES = re.compile(
    rf"(?P<before>[^\d]{{0,24}})(?<![\w.-])(?P<num>\d+|{'|'.join(_WORD_NUMBERS)})(?:[- ]class\b|\s+(?:(?:output|target|distinct|different|sentiment|emotion|label)\s+)?classes\b)",
    re.I,
)
CLASSES_LABEL = re.compile(r"\b(?:number of classes|num[ _]classes|n[ _]classes|classes)\s*[:=]\s*(?P<before>)(?P<num>\d+)\b", re.I)
BINARY = re.compile(r"\bbinary\s+(?:[\w-]+\s+)?classif(?:ication|ier)\b", re.I)
EPOCHS = re.compile(
    r"(?P<before>(?:\b(?:trained|train|training|fine-?tuned|ran|run|running|for|over)\b[^.;]{0,30}?\bfor\s+|\bfor\s+|\bover\s+))(?P<num>\d+)\s+epochs\b"
    r"|\bepochs\s*[:=]\s*(?P<before2>)(?P<num2>\d+)\b|^(?P<before3>)(?P<num3>\d+)\s+epochs$",
    re.I,
)
_NOT_A_COUNT = re.compile(r"^\s*(?:/|per\b|each\b|a (?:day|week|month|second|minute|hour)\b|every\b|x\b|times\b)", re.I)
_RATE_BEFORE = re.compile(r"\b(?:per|every|each|batch(?:es)? of|batch size|top|first|last|another|extra|additional|more|fewer|of the|out of)\s*$", re.I)
_DATA_VERSION = re.compile(
    r"\b(?:raw|original|cleaned|deduplicated|filtered|remaining|removed|dropped|balanced|augment\w*|synthetic|generated|scraped|"
    r"collected|downloaded|new|extra|additional|unique|duplicates?|positive|negative|minority|majority|labell?ed|unlabell?ed|annotated)\b",
    re.I,
)
_DATA_PART = re.compile(
    r"\b(?:trained|train(?:ing)?|fine-?tun\w*|used|using|use|sampled|sample of|selected|kept|subset|evaluated|tested|test|testing|"
    r"validation|val|held[- ]?out|holdout|dev)\b",
    re.I,
)
_CLASS_STAGE = re.compile(r"\b(?:originally|original|initially|merged|grouped|collapsed|reduced|combined|after|before|now|fine-grained|coarse)\b", re.I)
_EPOCH_STAGE = re.compile(
    r"\b(?:head|backbone|frozen|unfrozen|stage|phase|warm-?up|pre-?train\w*|fine-?tun\w*|initial|then|second|each|per|originally|before|after|v\d)\b", re.I
)
_PARAM_STAGE = re.compile(r"\b(?:before|after|pruned|pruning|quanti[sz]\w*|distill\w*|original|initial|now|v\d[\d.]*)\b", re.I)
_VARIANT = re.compile(r"\b(?:base|large|small|tiny|mini|medium|xl|xxl|distilled|teacher|student|quantized|full|encoder|decoder|head|backbone|\d+B)\b", re.I)
_DELTA_WORD = re.compile(r"^\s*(?:more|fewer|less|additional|extra|new|fewer|removed|dropped|duplicates?)\b", re.I)


def _counted(sources_: list[Source]) -> Iterator[Claim]:
    for src in sources_:
        text = src.text
        if not _reported(text):
            continue
        yield from _params(src)
        yield from _data(src)
        yield from _classes(src)
        yield from _epochs(src)


def _params(src: Source) -> Iterator[Claim]:
    text = src.text
    hits = [m for pattern in (PARAMS_AFTER, PARAMS_LABEL) for m in pattern.finditer(text)]
    if len(hits) != 1:
        return  # none, or two counts set side by side ("7B base, 6.8M trainable") — a comparison, not two claims
    m = hits[0]
    if _NOT_A_COUNT.match(text[m.end():]) or _TARGET.search(text) or "%" in m.group("num"):
        return
    qualifier = re.sub(r"[\s_-]+", " ", (m.group("q") or "").strip().lower())
    qualifier = {"learnable": "trainable", "adapter": "trainable", "lora": "trainable"}.get(qualifier, qualifier)
    before = m.group("before") or ""
    value = parse_value(m.group("num"), m.group("mult"), before, _shown(text, m))
    subject = f"{qualifier} parameters".strip()
    plain = _unparenthesised(text)
    ctx = Context(model=_models(plain), stage=_markers(_PARAM_STAGE, plain), other=_markers(_VARIANT, plain) - {qualifier})
    yield Claim("parameters", subject, f"parameters:{qualifier}", value, src, ctx)


def _shown(text: str, m: re.Match[str]) -> str:
    """The value as written, with its '~' when it has one: '6.8M', '~8.4 million'."""
    start, end = m.start("num"), m.end("mult") if m.group("mult") else m.end("num")
    tilde = re.search(r"[~≈]\s*$", text[:start])
    return text[tilde.start() if tilde else start : end]


def _unparenthesised(text: str) -> str:
    return re.sub(r"\([^()]*\)", " ", text)


def _data(src: Source) -> Iterator[Claim]:
    text = src.text
    hits = [m for pattern in (DATA_AFTER, DATA_LABEL) for m in pattern.finditer(text)]
    by_noun: dict[str, list[re.Match[str]]] = {}
    for m in hits:
        by_noun.setdefault(_singular(m.group("noun")), []).append(m)
    for noun, matches in by_noun.items():
        if len(matches) != 1:
            continue  # '5,000 of the 50,000 images': a part and a whole
        m = matches[0]
        before = text[max(0, m.start("num") - 24) : m.start("num")]
        if _NOT_A_COUNT.match(text[m.end():]) or _RATE_BEFORE.search(before) or _DELTA_WORD.match(m.group("mods") or ""):
            continue
        if _TARGET.search(text) or re.search(r"\b(?:per|each|every)\b", m.group(0), re.I):
            continue
        if noun == "feature" and not re.search(r"\b(?:features?)\b", m.group(0), re.I):
            continue
        words = [w.lower() for w in (m.group("mods") or "").split() if w.lower() not in ("the", "a", "an", "our", "of", "with", "and")]
        parts = {w for w in words if _DATA_PART.fullmatch(w)}
        mods = frozenset(w for w in words if w not in parts)
        value = parse_value(m.group("num"), m.group("mult"), before, _shown(text, m))
        kind = "features" if noun == "feature" else "dataset_size"
        plain = _unparenthesised(text)
        ctx = Context(
            stage=_markers(_DATA_VERSION, plain) | mods,
            other=_markers(_SUBSET, plain) - {"sample", "samples", "class", "classes"},
            part=frozenset(_markers(_DATA_PART, plain) | parts),
        )
        subject = re.sub(r"\s+", " ", f"{m.group('mods') or ''}{m.group('noun')}".strip()).lower()
        yield Claim(kind, subject, f"{kind}:{noun}:{' '.join(sorted(mods))}", value, src, ctx)


def _singular(noun: str) -> str:
    noun = noun.lower()
    return {"data points": "data point", "datapoints": "data point", "x-rays": "x-ray", "sentence pairs": "pair", "text pairs": "pair",
            "pairs": "pair", "audio clips": "clip", "entries": "entry", "patients": "patient"}.get(noun, noun.rstrip("s"))


def _classes(src: Source) -> Iterator[Claim]:
    text = src.text
    hits = list(CLASSES.finditer(text)) + list(CLASSES_LABEL.finditer(text))
    binary = list(BINARY.finditer(text))
    if len(hits) + len(binary) != 1 or _TARGET.search(text):
        return
    if binary:
        m = binary[0]
        value = Value(2.0, 1.0, "2")
    else:
        m = hits[0]
        raw = m.group("num").lower()
        if _RATE_BEFORE.search(m.group("before") or "") or re.search(r"\b(?:top|of the|out of|among|per)\s*$", m.group("before") or "", re.I):
            return
        value = Value(float(_WORD_NUMBERS[raw] if raw in _WORD_NUMBERS else int(raw)), 1.0, m.group("num"))
    yield Claim("classes", "classes", "classes", value, src, Context(stage=_markers(_CLASS_STAGE, text), other=_markers(_OTHERS, text)))


def _epochs(src: Source) -> Iterator[Claim]:
    text = src.text
    hits = list(EPOCHS.finditer(text))
    if len(hits) != 1 or _TARGET.search(text):
        return
    m = hits[0]
    num = m.group("num") or m.group("num2") or m.group("num3")
    if re.search(r"\b(?:warm-?up|patience|early stopping|first|last|another|extra|additional|more|every|each|within|up to|max\w*)\b", text, re.I):
        return
    value = Value(float(num), 1.0, num)
    yield Claim("epochs", "epochs", "epochs", value, src, Context(model=_models(text), stage=_markers(_EPOCH_STAGE, text)))


# --- metrics -------------------------------------------------------------------------------------------------
_METRIC_KEYS = (
    (re.compile(r"^(?:ROC[- ]?AUC|AUROC|AUC|AUC[- ]ROC)$", re.I), "AUC"),
    (re.compile(r"^(?:top-1 )?accuracy$", re.I), "accuracy"),
    (re.compile(r"^F1(?:[- ]score)?$", re.I), "F1"),
    (re.compile(r"^macro[- ]F1$", re.I), "macro-F1"),
    (re.compile(r"^log ?loss$", re.I), "log loss"),
    (re.compile(r"^R2|R²$", re.I), "R²"),
)
_BOUNDED = {"AUC", "accuracy", "F1", "macro-F1", "precision", "recall", "mAP", "IoU", "Dice", "NDCG"}
_VALUE_CELL = re.compile(rf"^\s*(?P<before>~|≈|<|>|≤|≥)?\s*(?P<num>{_NUM})\s*(?P<pct>%)?\s*\**\s*$")
_NEUTRAL_HEADERS = re.compile(r"^(?:|value|values|score|scores|result|results|final|ours|our model|best|metric|metrics|performance|model)$", re.I)


def metric_key(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip())
    for pattern, key in _METRIC_KEYS:
        if pattern.match(name):
            return key
    return name if name.isupper() or any(c.isupper() for c in name[1:]) else name.lower()


def _metric_value(num: str, pct: bool, key: str, before: str, shown: str) -> Value:
    value = parse_value(num, None, before, shown, percent=pct)
    if key in _BOUNDED and pct:
        return Value(value.number / 100, value.resolution / 100, value.shown, value.approx, value.bound)
    return value


def _metrics(sources_: list[Source]) -> Iterator[Claim]:
    for src in sources_:
        if src.where == "table" and src.passage is not None and src.passage.header:
            yield from _table_metrics(src)
        elif _reported(src.text):
            yield from _prose_metrics(src)


def _prose_metrics(src: Source) -> Iterator[Claim]:
    text = src.text.rstrip(". ")  # the metric patterns do not read '92%.' at the end of a sentence
    found: list[tuple[re.Match[str], str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (lx.METRIC_VALUE_FIRST, lx.METRIC_NAME_FIRST):
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            key = metric_key(m.group("name"))
            if key == "AUC" and re.search(r"(?:\bPR|precision[- ]recall)[- ]?$", text[: m.start("name")], re.I):
                key = "PR-AUC"  # 'PR-AUC: 0.45' is not the ROC AUC
            found.append((m, key))
    keys = [k for _, k in found]
    for m, key in found:
        if keys.count(key) > 1 or _is_comparison(text, m):
            continue  # two values of one metric in one sentence: a comparison ('from 0.41 to 0.11', '0.97 vs 0.85 target')
        clause = _clause(text, m)
        if _TARGET.search(clause) or _OTHERS.search(clause):
            continue
        about = clause if len(found) > 1 else text
        raw = m.group("value").strip()
        pct = raw.endswith("%")
        num = raw.rstrip("% ").lstrip("~≈")
        before = text[max(0, m.start() - 16) : m.start()] + m.group(0)[: m.group(0).find(m.group("value"))] + ("~" if raw.startswith(("~", "≈")) else "")
        value = _metric_value(num, pct, key, before, raw)
        if key in _BOUNDED and value.number > 1:
            continue  # '5 AUC points', a count, not a value
        yield Claim("metric", key, f"metric:{key.lower()}", value, src, _context(about, src.section))


def _clause(text: str, m: re.Match[str]) -> str:
    """The part of a sentence a metric belongs to when it reports several: 'AUC 0.91, recall 0.62 on fraud'."""
    bounds = [0] + [x.end() for x in re.finditer(r"[;,()]|\s(?:and|but|while|whereas|vs\.?|versus)\s", text)] + [len(text)]
    start = max(b for b in bounds if b <= m.start())
    end = min(b for b in bounds if b >= m.end())
    return text[start:end]


def _is_comparison(text: str, m: re.Match[str]) -> bool:
    before, after = text[: m.start()], text[m.end():]
    return bool(
        re.search(r"(?:\bfrom|\bto|\bvs\.?|\bversus|\bthan|\bwithin|\bby|\bof)\s*$", before, re.I)
        or re.match(r"\s*(?:better|worse|higher|lower|more|less|above|below|improvement|gain|lift|drop|points?|pp)\b|\s*(?:→|->|to\s+~?\d)", after, re.I)
    )


def _table_metrics(src: Source) -> Iterator[Claim]:
    p = src.passage
    assert p is not None
    cells, header = p.cells, p.header
    first = cells[0].strip() if cells else ""
    if lx.METRIC_NAME.match(first):
        key = metric_key(first)
        for i, cell in enumerate(cells[1:], 1):
            head = header[i].strip() if i < len(header) else ""
            yield from _cell_claim(src, key, cell, head, src.section)
        return
    for i, head in enumerate(header):
        if i and i < len(cells) and lx.METRIC_NAME.match(_metric_header(head)):
            yield from _cell_claim(src, metric_key(_metric_header(head)), cells[i], first, src.section, head)


def _metric_header(head: str) -> str:
    """'Test AUC' is the AUC with a context; 'AUC (test)' too."""
    name = re.sub(r"\([^)]*\)", "", head)
    name = re.sub(r"\b(?:train(?:ing)?|val(?:idation)?|test|cv|holdout|mean|final|best|public|private|lb)\b", "", name, flags=re.I)
    return name.strip(" -:")


def _cell_claim(src: Source, key: str, cell: str, label: str, section: str, head: str = "") -> Iterator[Claim]:
    m = _VALUE_CELL.match(cell.replace("*", ""))
    if not m or m.group("before") in ("<", ">", "≤", "≥"):
        return
    words = f"{label} {head}"
    if _TARGET.search(words):
        return
    value = _metric_value(m.group("num"), bool(m.group("pct")), key, m.group("before") or "", cell.strip().strip("*"))
    if key in _BOUNDED and value.number > 1:
        return
    models = _models(label)
    opaque = frozenset() if models or _NEUTRAL_HEADERS.match(label.strip()) or _markers(_STAGES, label) or _splits(label) or _OTHERS.search(label) else frozenset({f"row:{label.lower()}"})
    ctx = _context(words, section, extra=opaque, models=models | _models(section))
    yield Claim("metric", key, f"metric:{key.lower()}", value, src, ctx)


# --- deployment ---------------------------------------------------------------------------------------------
DEPLOYED = re.compile(
    r"\b(?:is|are|was|were|been|got|now|successfully|currently|fully|and)\s+(?:\w+\s+)?deployed\b|\bdeployed (?:to|on|in|at|as|via|using|with|behind)\b|^deployed\b|"
    r"\b(?:is|are|was|went|now|currently) live\b|\b(?:running|runs|served|serving|used|live|deployed) in production\b|\bin production (?:since|for)\b|"
    r"\bserv(?:es|ing|ed) (?:\d[\d,.]*\s?[KkM]?\+?|real|live|actual) (?:users|customers|requests|predictions)\b|\bwent (?:live|to production)\b|"
    r"\bshipped to (?:production|users|customers)\b",
    re.I,
)
_NOT_DEPLOYED_CLAIM = re.compile(
    r"\b(?:can|could|would|should|will|may|might|must|to|ready to|easy to|before being|once|when|if|until|be)\s+(?:be\s+)?deployed\b|deploy-ready|\bnot\b|\bnever\b|n't\b",
    re.I,
)
NOT_DEPLOYED = re.compile(
    r"\b(?:not|never|isn't|wasn't|hasn't|haven't|hadn't|aren't|weren't)\s+(?:(?:yet|been|actually|currently|ever|fully|really)\s+){0,3}"
    r"(?:deployed|in production|live|shipped|hosted|put (?:into|in) production)\b|"
    r"\bno (?:deployment|production deployment|live (?:deployment|demo|version)|production use)\b|"
    r"\bonly (?:(?:been|ever|ran|run|runs|running)\s+)?(?:tested|run|ran|used|evaluated|works?|running|deployed|served)\s+(?:\w+\s+){0,2}?locally\b|"
    r"\b(?:runs?|works?|tested|running|used)\s+(?:\w+\s+)?only\s+(?:locally|on (?:my|a|the) (?:laptop|machine|computer|mac))\b|"
    r"\blocal(?:ly)?[- ]only\b|\bnever (?:went|made it|got) (?:live|to production|deployed)\b",
    re.I,
)
_SEQUENCE = re.compile(r"\bno longer\b|\banymore\b|\btaken down\b|\bshut down\b|\bdecommission\w*|\bturned off\b|\buntil\b|\bretired\b", re.I)
_COMPONENT = re.compile(
    r"\b(?:dashboard|front-?end|UI|retraining|pipeline|monitoring|feature store|database|new model|v\d[\d.]*|version \d|mobile app|"
    r"batch job|scheduler|training|notebook|demo|LLM|chatbot|summari[sz]\w*|RAG)\b",
    re.I,
)


def _deployment(sources_: list[Source]) -> Inconsistency | None:
    claimed = [s for s in sources_ if s.where != "code" and DEPLOYED.search(s.text) and not _denied_or_potential(s.text)
               and _reported(s.text) and not _SEQUENCE.search(s.text) and not _LOCAL.search(s.text)]
    denied = [s for s in sources_ if s.where != "code" and _bare_denial(s.text) and modality(s.text) != "hypothetical"
              and not lx.CONDITIONAL.search(s.text) and not _SEQUENCE.search(s.text)]
    for no in denied:
        scope_production = bool(re.search(r"\bproduction\b", no.text, re.I)) and not re.search(r"\blocal", no.text, re.I)
        parts = _markers(_COMPONENT, no.text)
        for yes in claimed:
            if yes.order == no.order:
                continue
            if scope_production and not re.search(r"\bproduction\b|\bprod\b", yes.text, re.I):
                continue  # 'deployed as a demo on Spaces' and 'not in production' can both be true
            if parts - _markers(_COMPONENT, yes.text):
                continue  # the denial is about one part ('the dashboard is not deployed yet')
            first, second = sorted((yes, no), key=lambda s: s.order)
            return Inconsistency(
                kind="deployment",
                claims=[_quote(first.quote), _quote(second.quote)],
                values=["deployed" if first is yes else "not deployed", "deployed" if second is yes else "not deployed"],
                subject="deployment",
                why="One place says it is deployed, another that it is not (or only ran locally); both cannot be true at once.",
            )
    return None


_LOCAL = re.compile(r"\blocal(?:ly|host)?\b|\bon my (?:laptop|machine|computer)\b|127\.0\.0\.1", re.I)
_WHOLE_DENIAL = re.compile(r"^\s*(?:$|[.;,:!)—–-]|yet\b|anywhere\b|at all\b|publicly\b|(?:to|in|into) production\b|and\b|but\b|so\b|because\b|as of\b)", re.I)


def _bare_denial(text: str) -> bool:
    """'It has not been deployed' or 'only tested locally', not 'not deployed in real time' (a part of it)."""
    for m in NOT_DEPLOYED.finditer(text):
        if re.search(r"locally|local|laptop|machine|computer|mac\b", m.group(0), re.I) or _WHOLE_DENIAL.match(text[m.end():]):
            return True
    return False


def _denied_or_potential(text: str) -> bool:
    return bool(_NOT_DEPLOYED_CLAIM.search(text))


# --- versions and totals ---------------------------------------------------------------------------------------
DECLARED_VERSION = re.compile(r"(?:^|\|\s*)(?:Project\s+|Current\s+)?Version\s*:\s*v?(?P<v>\d+(?:\.\d+){0,2})\b")
NEW_IN_VERSION = re.compile(r"\bNEW\b[^|.]{0,12}?\(?\bv(?P<v>\d+(?:\.\d+){0,2})\b|\b(?:[Nn]ew|[Aa]dded|[Ii]ntroduced) in v(?:ersion\s*)?(?P<v2>\d+(?:\.\d+){0,2})\b")
TOTAL = re.compile(r"\((?P<n>\d[\d,]*) (?:in )?total\)|\btotal(?: of)?:?\s+(?P<n2>\d[\d,]*)\b(?!\s*%)", re.I)
PART = re.compile(r"^(?P<label>[^():\d][^():]{1,60}?)\s*\((?P<n>\d[\d,]*)\)\s*(?::|$|\s[-–—]\s)")


def _version(sources_: list[Source]) -> Inconsistency | None:
    declared = next(((s, m) for s in sources_ if s.where != "code" for m in [DECLARED_VERSION.search(s.text)] if m), None)
    if declared is None:
        return None
    src, dm = declared
    newest = None
    for s in sources_:
        if s.where == "code" or s is src:
            continue
        for m in NEW_IN_VERSION.finditer(s.text):
            v = m.group("v") or m.group("v2")
            if newest is None or _vtuple(v) > _vtuple(newest[1]):
                newest = (s, v)
    if newest is None or _vtuple(newest[1]) <= _vtuple(dm.group("v")):
        return None
    s, v = newest
    segment = next((part.strip() for part in src.quote.split("|") if DECLARED_VERSION.search(part.strip())), src.quote)
    return Inconsistency(
        kind="version",
        claims=[_quote(segment), _quote(s.quote)],
        values=[dm.group("v"), f"v{v}"],
        subject="version",
        why=f"The write-up declares version {dm.group('v')} but presents features as new in v{v}, a later version.",
    )


def _vtuple(v: str) -> tuple[int, ...]:
    parts = [int(x) for x in v.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def _breakdown(doc: Document) -> Inconsistency | None:
    """'Feature Categories (135 total)' over a list whose counts add up to 125."""
    passages = doc.passages
    for i, p in enumerate(passages):
        if p.role == "planned" or p.kind not in ("heading", "paragraph") or not (m := TOTAL.search(p.text)):
            continue
        written = m.group("n") or m.group("n2")
        total = int(written.replace(",", ""))
        items = []
        for q in passages[i + 1 :]:
            if q.kind != "item" or q.section_id != p.section_id:
                break
            items.append(q)
        parts = [PART.match(q.text) for q in items]
        if len(items) < 2 or not all(parts):
            continue
        counts = [int(x.group("n").replace(",", "")) for x in parts if x]
        if sum(counts) == total:
            continue
        listed = [f"{x.group('label').strip()} ({x.group('n')})" for x in parts if x]
        return Inconsistency(
            kind="breakdown",
            claims=[_quote(p.text), *listed],
            values=[written, f"{sum(counts):,}" if "," in written else str(sum(counts))],
            subject=f"{total} total",
            why=f"The total says {total}, but the {len(counts)} parts listed under it add up to {sum(counts)} ({' + '.join(str(c) for c in counts)}).",
        )
    return None


# --- putting it together ------------------------------------------------------------------------------------
def _what(claim: Claim) -> str:
    """How the 'why' names the quantity: 'The trainable parameter count', 'The number of images', 'The AUC'."""
    if claim.kind == "parameters":
        return f"The {claim.subject.removesuffix('parameters').strip()} parameter count".replace("The  ", "The ").replace("  ", " ")
    if claim.kind == "metric":
        return f"The {claim.subject}, for what reads as the same model and evaluation,"
    if claim.kind == "epochs":
        return "The number of training epochs"
    return f"The number of {claim.subject}"


def find_inconsistencies(doc: Document) -> list[Inconsistency]:
    srcs = sources(doc)
    found: list[Inconsistency] = []
    claims = list(_counted(srcs)) + list(_metrics(srcs))
    seen: set[str] = set()
    named = frozenset(k for s in srcs if s.where not in ("code", "code comment") for k in _models(s.text))
    for a, b in _conflicts(claims, named):
        if a.key in seen:
            continue
        seen.add(a.key)
        found.append(_pair(a, b))
    for rule in (_deployment, _version):
        if (hit := rule(srcs)) is not None:
            found.append(hit)
    if (hit := _breakdown(doc)) is not None:
        found.append(hit)
    return found[:MAX_FINDINGS]


def _conflicts(claims: list[Claim], named_models: frozenset[str]) -> Iterator[tuple[Claim, Claim]]:
    by_key: dict[str, list[Claim]] = {}
    for c in claims:
        by_key.setdefault(c.key, []).append(c)
    for group in by_key.values():
        splits = {c.context.split for c in group if c.context.split}
        single: dict[str, frozenset[str] | None] = {
            "split": frozenset({"test"}) if splits == {frozenset({"test"})} else None,
            "model": named_models if len(named_models) == 1 else None,
        }
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.source.order == b.source.order or _same_text(a, b):
                    continue
                if a.context.same(b.context, single) and not agree(a.value, b.value, 0.0 if a.kind == "metric" else 0.1):
                    yield a, b
                elif a.kind in ("dataset_size", "features") and _part_exceeds_whole(a, b):
                    yield a, b


def _part_exceeds_whole(a: Claim, b: Claim) -> bool:
    """'The dataset has 50,000 images' and 'we trained on 60,000 images': a share larger than the whole.
    A share smaller than the whole ('trained on 1.2M of 1.6M tweets') is no conflict."""
    if (a.context.stage, a.context.other) != (b.context.stage, b.context.other) or bool(a.context.part) == bool(b.context.part):
        return False
    part, whole = (a, b) if a.context.part else (b, a)
    lo, _ = _range(part.value, 0.1)
    _, hi = _range(whole.value, 0.1)
    return lo > hi


def _same_text(a: Claim, b: Claim) -> bool:
    return re.sub(r"\W+", "", a.source.quote.lower()) == re.sub(r"\W+", "", b.source.quote.lower())


_WHERE = {"prose": "the text", "heading": "a heading", "table": "a table", "code": "a code block", "code comment": "a code comment"}


def _pair(a: Claim, b: Claim) -> Inconsistency:
    if a.source.where == b.source.where:
        places = f"{a.value.shown} in one place and {b.value.shown} in another"
    else:
        places = f"{a.value.shown} in {_WHERE[a.source.where]} and {b.value.shown} in {_WHERE[b.source.where]}"
    return Inconsistency(
        kind=a.kind,
        claims=[_quote(a.source.quote), _quote(b.source.quote)],
        values=[a.value.shown, b.value.shown],
        subject=a.subject,
        why=f"{_what(a)} is given as {places}; both cannot be right.",
    )


def _quote(text: str) -> str:
    return quote(text, QUOTE_LIMIT)
