"""Metric values: 'AUC of 0.91', '95% accuracy', 'AUC was in the low 0.8s', 'it came out around 78
percent' (the metric named in the sentence before), and changes 'from 0.42 to 0.47'. A value keeps the
context it was measured in (offline, production, test set, a segment) and whether it is a point in
time (at launch, after drifting), so that different measurements are not read as contradictions."""

from __future__ import annotations

import re
from dataclasses import replace

from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.spans import clause, clause_bounds, content_words, hypothetical
from mlprobe.analyzer.guard import guarded

_NAMES = {"roc auc": "auc", "roc-auc": "auc", "auc": "auc", "pr auc": "pr auc", "pr-auc": "pr auc", "accuracy": "accuracy",
          "precision": "precision", "recall": "recall", "f1": "f1", "f1 score": "f1", "f1-score": "f1", "ndcg": "ndcg", "map": "map", "ctr": "ctr", "click-through rate": "ctr", "hit rate": "hit rate",
          "wer": "wer", "iou": "iou", "gini": "gini", "top-1 accuracy": "accuracy", "bleu": "bleu",
          "accurate": "accuracy", "r²": "r2", "r2": "r2", "r-squared": "r2", "r squared": "r2",
          "area under the roc curve": "auc", "area under the curve": "auc", "f-score": "f1", "f score": "f1", "f-measure": "f1",
          "character error rate": "cer", "cer": "cer", "word error rate": "wer", "mape": "mape", "mrr": "mrr",
          "mean absolute percentage error": "mape", "median absolute percentage error": "median error", "mdape": "median error",
          "median error": "median error", "median absolute error": "median error", "mean absolute error": "mae", "mae": "mae", "rmse": "rmse",
          "root mean squared error": "rmse", "root mean square error": "rmse", "pearson": "correlation", "pearson correlation": "correlation", "pearson's r": "correlation", "correlation": "correlation",
          "spearman": "rank correlation", "spearman correlation": "rank correlation", "sensitivity": "recall", "true positive rate": "recall", "tpr": "recall", "specificity": "specificity"}
_MODIFIER = r"(?:(?:balanced|weighted|micro|macro|top-\d+|top \d+|mean|average|per-class|class-weighted|pr|roc)[- ])?"
_NAME = r"(?<![\w-])(" + _MODIFIER + "(?:" + "|".join(sorted((re.escape(n) for n in _NAMES), key=len, reverse=True)) + r"))(@\d+|\s+at\s+(?:\d{1,3}|five|ten|twenty|fifty|a hundred|one hundred)(?![\d%]|[.,]\d)(?!\s*(?:%|percent|per cent)))?(?![\w-])"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_VALUE = rf"(\d*\.\d+|0,\d+|\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|{_TENS} (?:percent|per cent)\b)"
_AFTER = guarded(rf"{_NAME}[^.\d]{{0,28}}?(?<![\d.]){_VALUE}", re.I)
# 'precision at the production threshold was 0.92', 'recall on the falls we could confirm was around 92 percent': the
# setting said between the name and the value, which a linking verb then closes
_AFTER_SETTING = guarded(rf"{_NAME}\s+(?:at|on|in|for|across|over|among) [^.\d;:]{{3,45}}?\s(?:was|is|were|came (?:in|out) at|sat at|stood at|ended up at|of)"
                         rf"(?:\s+(?:about|around|roughly|maybe|like|only|just|nearly|almost))*\s+(?<![\d.]){_VALUE}", re.I)
_BEFORE = guarded(rf"(?<![\d.]){_VALUE}\s+(?:(?!(?:at|and|or|with|for|vs|versus|against|on|in|of)\s)\w+\s)?{_NAME}", re.I)  # not '0.62 at recall 0.50'
_INTEGER = guarded(rf"{_NAME}(?: (?:is|was|of|at|around|about|roughly|like|hit|reached|got to|came out at|sat at|hovered around))+ ([5-9]\d)(?=\s*(?:[.,;]|$| on | in | for | overall| and | but | with | which))", re.I)
_CAUGHT = guarded(rf"\b(?:caught|catch|catches|detected|detects|flagged|flags|found|finds|picked up)\s+(?:about |around |roughly |only |nearly |almost |maybe |like )*"
                     rf"{_VALUE} of (?:the |all )?(?:fraud\w*|defects?|positives|cases|spam|attacks|cracks|tumou?rs|churners|anomalies|bad \w+|true \w+)"
                     rf"|\b(?:caught|catch|catches|detected|detects|picked up)\s+(?:about |around |roughly |only |nearly |almost |maybe |like )*"
                     rf"{_VALUE} of (?:the |all )?(?:confirmed|real|actual|known|labell?ed|reported|genuine)\s+[a-z-]+"
                     # 'caught 94% of the urgent studies': what was caught is the positives, whatever they are called
                     rf"|\b(?:caught|catch|catches|detected|detects|picked up)\s+(?:about |around |roughly |only |nearly |almost |maybe |like )*"
                     rf"{_VALUE} of (?:the |those |these |all (?:the )?)(?:[a-z-]+ ){{0,2}}?(?!(?:time|traffic|budget|users|data)\b)[a-z-]+s\b", re.I)
# 'around 80% of thefts caught': a recall said the other way round
_SHARE_CAUGHT = guarded(rf"(?<![\d.]){_VALUE} of (?:the |all )?(?:[a-z-]+ ){{0,2}}?(?!(?:time|traffic|budget|users|data)\b)[a-z-]+s (?:caught|detected|flagged|picked up|stopped|prevented)\b", re.I)
_SMALL = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)"
_FRACTION = guarded(rf"\b(?:caught|catch|catches|detected|detects|flagged|found|picked up|got)\s+(?:(?:about|around|roughly|only|nearly|almost|maybe|like|barely)\s+)*"
                       rf"({_SMALL}) (?:out of|in) (?:every )?({_SMALL})\b(?!\s*(?:%|percent))", re.I)
# 'about 200 lots actually expired ..., and we had flagged roughly 130 of those': caught out of the real positives, counted
_ABOUT = r"(?:(?:about|around|roughly|only|nearly|almost|maybe|like|some)\s+)*"
_COUNTED = guarded(rf"(?<![\d.,])(\d[\d,]*)\s+(?:[\w-]+\s+){{0,2}}?(?:that |which |who )?(?:actually|really|truly|in fact)\b[^.;]{{0,80}}?"
                      rf"\b(?:caught|flagged|detected|picked up|found)\s+{_ABOUT}(\d[\d,]*) of (?:those|them|these)\b"
                      rf"|\b[Oo]f (?:the |those )?{_ABOUT}(\d[\d,]*) (?:[\w-]+ ){{0,2}}?(?:that |which |who )?(?:actually|really|truly) [^.;,]{{1,40}}, "
                      rf"(?:we|it|the model) (?:had )?(?:caught|flagged|detected|picked up|found)\s+{_ABOUT}(\d[\d,]*)\b(?!\s*%)", re.I)
_VAGUE = guarded(rf"{_NAME}[^.\d]{{0,30}}?\bin the (low|mid|high|upper|lower)(?:-| )(0?\.\d|\d0)s\b", re.I)
_DECADES = {"sixties": 0.6, "seventies": 0.7, "eighties": 0.8, "nineties": 0.9}
_WORD_BAND = guarded(rf"{_NAME}[^.\d]{{0,40}}?\b(?:the )?(low|mid|high|upper|lower)(?:-| )(sixties|seventies|eighties|nineties)\b", re.I)
_HALF = guarded(rf"{_NAME}[^.\d]{{0,30}}?\b(?:(a bit|slightly|just|a little) )?(over|above|under|below|about|around|roughly) half\b", re.I)
# the end of a change may drop the unit the start gave it: 'from 11 percent to about 6'
_END_VALUE = rf"(\d*\.\d+|0,\d+|\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|{_TENS} (?:percent|per cent)\b|\d{{1,2}}(?![\d%]|[.,]\d|\s?(?:percent|per cent|points?|pp|x)\b))"
_DELTA = guarded(rf"{_NAME}[^.\d]{{0,40}}?(?:\bfrom |(?<=[\w)] )(?=[\d.]))(?:about |around |roughly )?{_VALUE} to (?:about |around |roughly )?{_END_VALUE}", re.I)
_DELTA_NAMED_AFTER = guarded(rf"\bfrom (?:about |around |roughly )?{_VALUE} to (?:about |around |roughly )?{_VALUE}\s+(?:in|of|on|for)\s+(?:the\s+)?(?:[\w-]+\s)?{_NAME}", re.I)
# 'the new model was 0.801 AUC against 0.798 for the production one': a change said as two models side by side
_VERSUS = guarded(rf"\b(?:the new (?:model|one|version|ranker|classifier)|ours|the challenger|the candidate|it)\s+(?:was|scored|got|had|came out at|reached|sat at)\s+(?:at\s+)?(?:about |around |roughly )?"
                     rf"{_VALUE}\s+(?:\w+\s)?{_NAME}\s+(?:against|vs\.?|versus|compared (?:to|with)|over)\s+(?:about |around |roughly )?{_VALUE}\s+for\s+(?:the\s+)?"
                     rf"(?:production|old|current|previous|existing|incumbent|champion|baseline|live|legacy)\b", re.I)
# 'on AUC the new model never beat the old one offline': no gain at all, against a reported gain
_NO_GAIN = guarded(rf"\b(?:on|in|by) {_NAME},? (?:the new (?:model|one|version|ranker|classifier)|it|ours|the challenger) (?:never|didn't|did not|couldn't|could not|failed to) (?:actually |really )?"
                      rf"(?:beat|outperform|improve on|improve over|do better than) (?:the )?(?:old|production|baseline|current|existing|incumbent|champion|previous)\b"
                      rf"|\b(?:the new (?:model|one|version|ranker|classifier)|it|ours|the challenger) (?:never|didn't|did not|couldn't|could not|failed to) (?:actually |really )?"
                      rf"(?:beat|outperform|improve on|improve over|do better than) (?:the )?(?:old|production|baseline|current|existing|incumbent|champion|previous)(?: one| model| version)? on {_NAME}", re.I)
_SAME = guarded(r"\b(?:the )?same (?:holdout|hold-out|held-out|test|eval|evaluation|offline|validation)\b", re.I)
_ANAPHOR = guarded(rf"\b(?:it|that|this)(?:'s| was| is| came out| came in| ended up| landed| sat| hovered| got)(?: at| around| about| like| more like| closer to| roughly| only| just| to)*\s+{_VALUE}"
                      r"(?!\s*(?:of|more|less|fewer|higher|lower|better|worse|faster|slower|points?)\b)", re.I)
_CONTEXT = guarded(r"\b(offline|online|production|live|fresh|matured?|validation|test|training|train|hold-?out|held-?out|leaderboard|public|"
                      r"private|out-of-time|segment|subgroup|per-\w+|for (?:new|old|small|large|rare)\b|overall|top|fpr|false positive rate|k=\d+|slice|"
                      r"for (?:the )?(?:\w+ ){0,2}(?:skin|users|customers|patients|merchants|groups?|segments?|class(?:es)?|tags?|cohorts?|"
                      r"women|men|people|languages?|regions?|countries|country|accents?|devices?|stores?)|baseline|old|previous|champion|"
                      r"challenger|incumbent|legacy|heuristic|rules|vendor'?s?|new (?:data|traffic|users|customers|merchants)|"
                      r"looked only at|only looked at|restricted to|limited to|(?:storm|winter|summer|holiday|peak|rainy|dry) season)\b", re.I)
_TIMED = guarded(r"\b(?:at launch|initially|at first|by (?:month|week|year|the end)|drift\w*|dropped|fell|degraded|rose|climbed|improved|"
                    r"went (?:up|down|to)|came (?:down|up) to|got (?:it )?(?:down|up) to|brought it (?:down|up)|plateau\w*|stuck|jumped|moved to|got (?:it )?to|brought it|pushed it|increased|decreased|ended at|"
                    r"now|these days|today|later|over time|at the start|in the beginning|before|after|then(?!,? (?:in|on) (?:production|live|the (?:live|test|holdout|held-out)))|settled|stabili[sz]ed|eventually|"
                    r"in the first (?:days?|weeks?|months?)|first (?:days?|weeks?|months?)|at the end|by launch|(?:week|month|day) \d+|"
                    r"from [\d.]+%? to|re-?comput\w*|re-?ran|re-?run|re-?evaluat\w*|re-?train\w*|re-?scor\w*|after fixing|once (?:we |I )?fixed|with the fix|corrected)\b", re.I)
_CHANGE_BETWEEN = guarded(r"\b(?:top|bottom|first|worst|best|by|improv\w*|increas\w*|decreas\w*|drop\w*|fell|rose|gain\w*|lift\w*|boost\w*|jump\w*|up|down|than|"
                             r"more|less|higher|lower|better|worse|delta|difference|target\w*|goal)\b", re.I)
_NOT_A_LEVEL = guarded(r"\s*(?:points?\b|pp\b|percentage|above\b|below\b|over (?:the|our|their|baseline)\b|of (?:the |our |all )?(?:\w+ )?(?:traffic|users|time|data|budget|cases|alerts|"
                          r"transactions|customers|sessions|requests)|more\b|less\b|higher\b|lower\b|better\b|worse\b|improvement|lift|"
                          r"gain|uplift|increase|decrease|drop|bump|jump|boost|relative|absolute)", re.I)
# 'we never really got WER on it below twenty percent': a bound that holds at every point in time
_NEVER_BOUND = guarded(rf"\bnever\b(?: (?:really|actually|once|ever))? (?:got|went|dropped|came|fell|pushed|brought|managed to (?:get|push|bring)|saw|broke|cracked|exceeded|beat|passed)\b"
                          rf"([^.;\d]{{0,40}}?)\b(below|under|above|over|past|beyond|lower than|higher than|better than|worse than)?\s*(?:about |around |roughly )?{_VALUE}", re.I)
_UPPER_WORDS = ("above", "over", "past", "beyond", "higher than", "better than")
# 'a 0.01 NDCG bump', 'a two-point lift in recall': a change said as a noun
_BUMP = guarded(rf"\b(?:a|an)\s+\+?(0?\.\d+|\d+(?:\.\d+)?\s?(?:points?|pp)\b)\s+(?:point\s+)?(?:{_NAME}\s+)?(bump|gain|lift|improvement|increase|jump|uplift|boost|drop|decrease|loss|regression)\b"
                   rf"(?:\s+(?:in|on|of)\s+(?:the\s+)?{_NAME})?", re.I)
_REACHED = guarded(r"(?:came|went|got|brought|pushed|dropped|fell|rose|climbed|was|were|is)(?: it| \w+)? (?:down |up )?to\s*(?:about |around |roughly )?$", re.I)
_BANDS = {"low": (0.0, 0.4), "lower": (0.0, 0.4), "mid": (0.3, 0.7), "high": (0.6, 1.0), "upper": (0.6, 1.0)}


def extract(turn: int, sents: list[str], topic: str | None = None) -> list[Claim]:
    out: list[Claim] = []
    named_before: str | None = topic
    version: str | None = None
    for sentence in sents:
        found = _deltas(turn, sentence)
        found += [_vague(turn, sentence, m) for m in _VAGUE.finditer(sentence) if not hypothetical(sentence, m.start(), m.end())]
        found += [_caught(turn, sentence, m) for m in (*_CAUGHT.finditer(sentence), *_SHARE_CAUGHT.finditer(sentence))]
        found += [_fraction(turn, sentence, m) for m in _FRACTION.finditer(sentence)]
        found += [_counted(turn, sentence, m) for m in _COUNTED.finditer(sentence)]
        found += [_bound(turn, sentence, m, named_before) for m in _NEVER_BOUND.finditer(sentence)]
        found += [_bump(turn, sentence, m, named_before) for m in _BUMP.finditer(sentence)]
        found += _orders(turn, sentence) + _error_times(turn, sentence)
        found += [_spoken(turn, sentence, m) for m in [*_WORD_BAND.finditer(sentence), *_HALF.finditer(sentence)] if not hypothetical(sentence, m.start(), m.end())]
        found = [c for c in found if c]
        covered = [m.span() for m in [*_DELTA.finditer(sentence), *_VERSUS.finditer(sentence), *_NEVER_BOUND.finditer(sentence), *_BUMP.finditer(sentence), *_VAGUE.finditer(sentence), *_WORD_BAND.finditer(sentence), *_HALF.finditer(sentence)]]
        plain = [*_AFTER.finditer(sentence), *_BEFORE.finditer(sentence), *_INTEGER.finditer(sentence)]
        for m in plain + [m for m in _AFTER_SETTING.finditer(sentence) if not any(p.start() < m.end() and m.start() < p.end() for p in plain)]:
            if not any(a <= m.start() < b or a < m.end() <= b for a, b in covered) and not _cut_off_read_as_value(m):
                found += _point(turn, sentence, m)
        found += _implied(turn, sentence)
        names = {_key(n, at) for n, at in re.findall(_NAME, sentence, re.I)}
        if not names and named_before:
            found += _anaphoric(turn, sentence, named_before)
        named_before = names.pop() if len(names) == 1 and not found else None
        version = _which_version(sentence, version)
        out.extend(replace(c, tags=c.tags | {f"of:{version}"}) if version and c.kind == "metric" else c for c in found)
    return out


# 'First model was logistic regression ... AUC 0.71' and 'the third version ... That one was 0.78 AUC' measure two models
_ORDINAL = guarded(r"\b(?:(first|second|third|fourth|fifth|final|initial|original)\s+(?:[\w-]+\s+)?(?:model|version|iteration|attempt|release|cut)|v(\d)\b|version (\d))", re.I)
_BACK = guarded(r"^\W*(?:(?:and|but|so|then)\s+)?(?:that one|this one|it|that version|this version|that model|this model)\b", re.I)
_VERSION_NAMES = {"initial": "first", "original": "first", "1": "first", "2": "second", "3": "third", "4": "fourth"}


def _which_version(sentence: str, current: str | None) -> str | None:
    """The model version a sentence is about: named in it, or carried over by 'That one' or 'it'."""
    m = _ORDINAL.search(sentence)
    if m:
        name = next(g for g in m.groups() if g).lower()
        return _VERSION_NAMES.get(name, name)
    return current if current and _BACK.search(sentence) else None


_WORD_VALUES = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_WORD_VALUES.update({w: i + 1 for i, w in enumerate("one two three four five six seven eight nine".split())})


def _value(text: str) -> float | None:
    words = re.findall(r"[a-z]+", text.lower().replace("per cent", "percent").replace("percent", ""))
    if words:
        return sum(_WORD_VALUES.get(w, 0) for w in words) / 100
    number = float(re.sub(r"[^\d.]", "", text.replace(",", ".")) or "nan")
    value = number / 100 if re.search(r"%|per ?cent", text) or number > 1 else number
    return value if 0 <= value <= 1 else None


def _context(sentence: str, start: int, end: int) -> frozenset[str]:
    window = sentence[:clause_bounds(sentence, start, end)[1]]
    prelaunch = bool(_PRELAUNCH.search(window))
    window = _PRELAUNCH.sub(" ", window)  # 'the last evaluation before launch' is a setting, not a later point in time
    tags = {re.sub(r"\s+", " ", w.lower().replace("-", "").replace("heldout", "holdout")) for w in _CONTEXT.findall(window)}
    tags = {"matured" if t == "mature" else t for t in tags}
    return frozenset(tags | ({"timed"} if _TIMED.search(window) else set()) | ({"prelaunch"} if prelaunch else set()))


_PRELAUNCH = guarded(r"\b(?:(?:the |our )?(?:last |final )?(?:evaluation|eval|test|check|run|offline \w+) )?(?:before (?:the )?(?:launch|go-live|rollout|we launched|we shipped|we went live)|"
                        r"pre-?launch|pre-?release|pre-?deployment)\b", re.I)


_RANKED = {"precision", "recall", "ndcg", "map", "hit rate", "mrr"}


def _cut_off_read_as_value(m: re.Match[str]) -> bool:
    """'precision at 50, against' is precision at a cut-off of 50, not a precision of 50%."""
    return m.re is _INTEGER and not m.group(2) and m.group(1).lower().split()[-1] in _RANKED and m.group(0)[len(m.group(1)) :].strip().startswith("at")


_CUTS = {"five": 5, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}


def _key(name: str, at: str | None) -> str:
    """'balanced accuracy' is not 'accuracy'; 'ROC AUC' is 'AUC'; 'NDCG@10' keeps its cut-off."""
    name = re.sub(r"[\s-]+", " ", name.lower())
    if at and not at.startswith("@"):  # 'precision at fifty' is precision@50
        cut = at.split()[-1].lower()
        at = "@" + str(_CUTS.get(cut, cut))
    if name in _NAMES:
        return _NAMES[name] + (at or "")
    modifier, _, base = name.partition(" ")
    return f"{modifier} {_NAMES.get(base, base)}" + (at or "")


def _level(sentence: str, m: re.Match[str]) -> bool:
    """'precision was 0.92' is a level; 'precision improved by 5%', '5 points more recall' and 'recall
    on 40% of the traffic' are not."""
    if m.re is _BEFORE:
        return not _NOT_A_LEVEL.match(sentence, m.end(1))
    if m.re is _AFTER_SETTING:
        return not _NOT_A_LEVEL.match(sentence, m.end(3))  # the pattern itself ends on a linking verb: a level
    between = sentence[m.end(2) if m.group(2) else m.end(1) : m.start(3)]
    if _REACHED.search(between) and not _CHANGE_BETWEEN.search(_REACHED.sub("", between)):
        return not _NOT_A_LEVEL.match(sentence, m.end(3))  # 'came down to 9%' is the level it reached
    return not _CHANGE_BETWEEN.search(between) and not _NOT_A_LEVEL.match(sentence, m.end(3))


def _point(turn: int, sentence: str, m: re.Match[str]) -> list[Claim]:
    name, at, raw = (m.group(2), m.group(3), m.group(1)) if m.re is _BEFORE else (m.group(1), m.group(2), m.group(3))
    value = _value(raw)
    if value is None or hypothetical(sentence, m.start(), m.end()) or not _level(sentence, m):
        return []
    span = clause(sentence, m.start(), m.end())
    shipped = frozenset({"<final>"} if _SHIPPED_MODEL.search(span) else ())
    return [Claim(turn, "metric", _key(name, at), value, value, span, _context(sentence, m.start(), m.end()), shipped)]


# 'The launched model sat at 0.68': the level of the model that shipped, which a change reported elsewhere ends at
_SHIPPED_MODEL = guarded(r"\b(?:the|our) (?:launched|shipped|deployed|final) (?:model|version|ranker|classifier|system|one)\b|"
                            r"\bthe (?:model|version|one) (?:we|I) (?:launched|shipped|deployed)\b", re.I)


def _vague(turn: int, sentence: str, m: re.Match[str]) -> Claim:
    band, decade = _BANDS[m.group(3).lower()], m.group(4)
    base = float(decade) if "." in decade else float(decade) / 100
    lo, hi = base + band[0] / 10, base + band[1] / 10 - 0.001
    return Claim(turn, "metric", _key(m.group(1), m.group(2)), lo, hi, clause(sentence, m.start(), m.end()), _context(sentence, m.start(), m.end()))


def _spoken(turn: int, sentence: str, m: re.Match[str]) -> Claim:
    """'AUC topped out in the high seventies' (0.76-0.79), 'precision was a bit over half' (0.5-0.6)."""
    if m.re is _WORD_BAND:
        band, base = _BANDS[m.group(3).lower()], _DECADES[m.group(4).lower()]
        lo, hi = base + band[0] / 10, base + band[1] / 10 - 0.001
    else:
        side = m.group(4).lower()
        lo, hi = (0.5, 0.6) if side in ("over", "above") else (0.4, 0.5) if side in ("under", "below") else (0.45, 0.55)
    return Claim(turn, "metric", _key(m.group(1), m.group(2)), lo, hi, clause(sentence, m.start(), m.end()), _context(sentence, m.start(), m.end()))


def _caught(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """'we caught roughly 90% of fraud' is a recall, said in words."""
    value = _value(next(g for g in m.groups() if g))
    if value is None or hypothetical(sentence, m.start(), m.end()):
        return None
    return Claim(turn, "metric", "recall", value, value, clause(sentence, m.start(), m.end()), _context(sentence, m.start(), m.end()))


_SMALL_VALUES = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())} | {"twenty": 20}


def _fraction(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """'it caught maybe two out of three' is a recall of about 0.67, said in words."""
    part, whole = (int(g) if g.isdigit() else _SMALL_VALUES[g.lower()] for g in (m.group(1), m.group(2)))
    if not 0 < part <= whole or hypothetical(sentence, m.start(), m.end()):
        return None
    return Claim(turn, "metric", "recall", part / whole, part / whole, clause(sentence, m.start(), m.end()), _context(sentence, m.start(), m.end()))


def _counted(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """'200 lots actually expired, and we had flagged roughly 130 of those' is a recall of about 0.65."""
    whole, part = (float(g.replace(",", "")) for g in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
    if not 0 < part <= whole or hypothetical(sentence, m.start(), m.end()):
        return None
    rest = sentence[: m.start()] + " " * len(m.group(0)) + sentence[m.end() :]  # 'expired before they were sold' says what the positives were, not when
    return Claim(turn, "metric", "recall", part / whole, part / whole, m.group(0), _context(rest, m.start(), m.end()))


# Counts that imply a precision, a recall or an error rate: 'one in five panels we sent them turned out fine' is a
# precision of about 0.8; 'we had 25 falls like that, and the system alarmed for 17 of them' a recall of 0.68.
_IQ = r"(?:(?:about|around|roughly|maybe|like|only|nearly|almost|just|perhaps|probably|something like|barely)\s+)*"
_COUNT = r"(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)"
_HARMLESS = (r"(?:fine|benign|false alarms?|false positives?|nothing|ok(?:ay)?|clean|legit(?:imate)?|harmless|innocent|noise|"
             r"not (?:a |an )?(?:real |actual )?(?:problem|issue|fraud|defect|fault|incident)s?)")
_SHARE_HARMLESS = guarded(rf"\b{_IQ}{_COUNT} (?:[\w-]+ )?(?:out of|in) (?:every )?{_COUNT}\b(?! (?:percent|per cent|%))[^.;]{{0,50}}?\b"
                          rf"(?:turned out|turn out|was|were|proved|ended up|came back)(?: to be)? {_HARMLESS}", re.I)
_FLAGGED_VERB = r"(?:flagged|sent|raised|escalated|alerted on|marked|surfaced|routed|queued)"
_OF_FLAGGED = guarded(rf"\b(?:out of|of) (?:every |the )?{_COUNT} (?:[\w-]+ )?[\w-]+ (?:it|we|the model|the system|they|the tool) {_FLAGGED_VERB}\b[^.;]{{0,60}}?"
                      rf"\b(?:find|found|finds|confirm|confirmed|confirms|get|got)\s+{_IQ}{_COUNT} (?:that|which|of them that|where)\s+(?:actually|really|genuinely|truly)\b", re.I)
_OF_RAISED = guarded(rf"(?<![\d.,]){_IQ}{_COUNT} (?:[\w-]+ )?(?:alerts|flags|escalations|referrals|alarms|detections|warnings)\b[^.;]{{0,60}}?"
                     rf"\b(?:confirmed|verified|upheld|validated)\s+{_IQ}{_COUNT} of (?:them|those|these)\b", re.I)
_OF_EVENTS = guarded(rf"\b(?:we|there) (?:had|were|saw|logged|recorded|counted) {_IQ}{_COUNT} (?:[\w-]+ )?[\w-]+\b[^.;]{{0,60}}?"
                     rf"\b(?:it|the system|the model|the detector|the alarm|the classifier) (?:alarmed|fired|caught|flagged|detected|picked up|alerted|triggered)"
                     rf"(?: (?:for|on))? {_IQ}{_COUNT} of (?:them|those|these)\b", re.I)
# 'Of the 46 confirmed, 23 had an alert before the bike left the rack area'
_OF_CONFIRMED = guarded(rf"\b[Oo]f (?:the|those|these|all) {_IQ}{_COUNT} (?:confirmed|real|actual|reported|known|verified)(?: [\w-]+)?,? {_IQ}{_COUNT} "
                        rf"(?:had an? (?:alert|alarm|flag|warning)|were (?:caught|flagged|detected|alerted)|got (?:flagged|caught|an alert)|triggered an? (?:alert|alarm))\b"
                        rf"(?: (?:before|within|ahead of) [^.;,]{{1,50}})?", re.I)
_ONE_UNIT_WRONG = guarded(rf"\bone (character|word) in {_COUNT}\b[^.;]{{0,30}}?\b(?:needed|need|needs|had to be|was|were|came out)\s+"
                          r"(?:fixing|fixed|correcting|corrected|wrong|edited|editing|(?:a )?(?:manual )?correction)", re.I)
_IMPLIED = ((_SHARE_HARMLESS, "precision", 1, 2, True), (_OF_FLAGGED, "precision", 2, 1, False), (_OF_RAISED, "precision", 2, 1, False),
            (_OF_EVENTS, "recall", 2, 1, False), (_OF_CONFIRMED, "recall", 2, 1, False))
IMPLIED = "<implied>"
# every pattern above has one of these: a share ('one in five', 'out of every ten') or a part of a counted whole ('of them')
_IMPLIED_HINT = guarded(r"\b(?:in|out of) (?:every )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)|"
                        r"\bof (?:them|those|these)\b|\b[Oo]f (?:the|those|these|all) ", re.I)


def _count(text: str) -> float | None:
    t = text.lower().replace(",", "")
    if t == "a hundred":
        return 100.0
    return float(t) if t.isdigit() else _SMALL_VALUES.get(t) or {"fifteen": 15, "thirty": 30, "forty": 40, "fifty": 50}.get(t)


def _implied(turn: int, sentence: str) -> list[Claim]:
    """Precision, recall and error rates said as counts, marked as implied: the words are approximate ('roughly
    one in five'), so they are only held against a stated value far from them."""
    out: list[Claim] = []
    if not _IMPLIED_HINT.search(sentence):
        return out
    for pattern, key, part_at, whole_at, complement in _IMPLIED:
        for m in pattern.finditer(sentence):
            part, whole = _count(m.group(part_at)), _count(m.group(whole_at))
            if not part or not whole or part > whole or hypothetical(sentence, m.start(), m.end()):
                continue
            value = 1 - part / whole if complement else part / whole
            rest = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]  # 'before the bike left' says what was caught, not when
            out.append(Claim(turn, "metric", key, value, value, m.group(0).strip(), _context(rest, m.start(), m.end()), frozenset({IMPLIED})))
    for m in _ONE_UNIT_WRONG.finditer(sentence):
        whole = _count(m.group(2))
        if whole and whole > 1 and not hypothetical(sentence, m.start(), m.end()):
            key = "cer" if m.group(1).lower() == "character" else "wer"
            out.append(Claim(turn, "metric", key, 1 / whole, 1 / whole, m.group(0), _context(sentence, m.start(), m.end()), frozenset({IMPLIED})))
    return out


def _anaphoric(turn: int, sentence: str, name: str) -> list[Claim]:
    m = _ANAPHOR.search(sentence)
    value = _value(m.group(1)) if m else None
    if m is None or value is None or hypothetical(sentence, m.start(), m.end()):
        return []
    return [Claim(turn, "metric", name, value, value, clause(sentence, m.start(), m.end()), _context(sentence, m.start(), m.end()))]


def _deltas(turn: int, sentence: str) -> list[Claim]:
    out = []
    matches = [(m, 1, 3) for m in _DELTA.finditer(sentence)] + [(m, 3, 1) for m in _DELTA_NAMED_AFTER.finditer(sentence)]
    for m, name, value in matches:
        start, end = _value(m.group(value)), _value(m.group(value + 1))
        bare_end = re.fullmatch(r"\d{1,2}", m.group(value + 1)) and not re.search(r"%|per ?cent", m.group(value))
        if start is None or end is None or bare_end or hypothetical(sentence, m.start(), m.end()):
            continue
        context = _context(sentence, m.start(), m.end()) - {"timed"}
        ends = frozenset({f"<from {m.group(value).strip()}>", f"<to {m.group(value + 1).strip()}>"})
        out.append(Claim(turn, "metric_delta", _key(m.group(name), m.group(name + 1)), end - start, end - start, clause(sentence, m.start(), m.end()), context, ends))
    for m in _NO_GAIN.finditer(sentence):
        if hypothetical(sentence, m.start(), m.end()):
            continue
        name, at = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        blanked = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]  # 'the old one' is the comparison, not a setting
        context = _context(blanked, m.start(), m.end()) - {"timed"}
        out.append(Claim(turn, "metric_delta", _key(name, at), 0.0, 0.0, clause(sentence, m.start(), m.end()), context | {"no_gain"}))
    for m in _VERSUS.finditer(sentence):
        new, old = _value(m.group(1)), _value(m.group(4))
        if new is None or old is None or hypothetical(sentence, m.start(), m.end()):
            continue
        ends = frozenset({f"<from {m.group(4).strip()}>", f"<to {m.group(1).strip()}>"})
        context = frozenset({"same"}) if _SAME.search(sentence[: m.start()]) else _context(sentence, m.start(), m.start() + 1) - {"timed"}
        out.append(Claim(turn, "metric_delta", _key(m.group(2), m.group(3)), new - old, new - old, clause(sentence, m.start(), m.end()), context, ends))
    return out


def _named(sentence: str, m: re.Match[str], topic: str | None, groups: tuple[int, ...] = ()) -> str | None:
    """The metric a bound or a change is about: named in the match, else the only one named in the
    sentence, else the one the answer was talking about."""
    for g in groups:
        if m.group(g):
            return _key(m.group(g), m.group(g + 1))
    names = {_key(n, at) for n, at in re.findall(_NAME, sentence, re.I)}
    return names.pop() if len(names) == 1 else topic if not names else None


def _bound(turn: int, sentence: str, m: re.Match[str], topic: str | None) -> Claim | None:
    """'never got WER below 20%' is WER of at least 0.20 the whole time; 'never broke 0.8 AUC' at most 0.8."""
    value, name = _value(m.group(3)), _named(sentence, m, topic)
    if value is None or name is None or hypothetical(sentence, m.start(), m.end()):
        return None
    side = (m.group(2) or "").lower()
    upper = side in _UPPER_WORDS or (not side and re.search(r"\b(?:broke|cracked|exceeded|beat|passed)\b", m.group(0), re.I))
    lo, hi = (0.0, value) if upper else (value, 1.0)
    context = _context(sentence, m.start(), m.end()) - {"timed"}
    return Claim(turn, "metric", name, lo, hi, clause(sentence, m.start(), m.end()), context | {"bound"})


def _bump(turn: int, sentence: str, m: re.Match[str], topic: str | None) -> Claim | None:
    raw = m.group(1)
    number = float(re.sub(r"[^\d.]", "", raw))
    value = number / 100 if re.search(r"point|pp", raw, re.I) else number
    name = _named(sentence, m, topic, (2, 5))
    if name is None or value >= 1 or hypothetical(sentence, m.start(), m.end()):
        return None
    sign = -1 if m.group(4).lower() in ("drop", "decrease", "loss", "regression") else 1
    context = _context(sentence, m.start(), m.end()) - {"timed"}
    return Claim(turn, "metric_delta", name, sign * value, sign * value, clause(sentence, m.start(), m.end()), context)


# 'much better than the rule baseline' against 'the rules had higher precision than my model': which of two
# systems was ahead, on one metric. A comparison on a slice ('only better on recall for small-amount fraud')
# is about that slice.
_MINE_NP = r"(?:my|our|the new|the final|the shipped|the) (?:[\w-]+ )?(?:model|classifier|ranker|system|approach|version)"
_RIVAL = (r"((?:the|our|a|an) (?:[\w-]+ ){0,2}?(?:baseline|rules?|heuristics?|rule set|rule engine|vendor(?:'s)? (?:model|tool|system)|"
          r"old (?:model|system|one)|previous (?:model|system|one)|legacy (?:model|system)|incumbent|champion|logistic regression|benchmark)"
          r"|(?:the )?(?:rules|heuristics))")
_ORDER_AHEAD = guarded(rf"\b(?:(?:much|far|way|a lot|clearly|significantly|substantially|slightly|a bit|well) )?(?:better|stronger|higher) than {_RIVAL}"
                          rf"|\b(?:beat|beats|outperformed|outperforms|outdid|crushed|dominated) {_RIVAL}", re.I)
_ORDER_BEHIND = guarded(rf"\b{_RIVAL} (?:had|got|was|were|gave|did|scored|reached|showed|achieved) (?:a |an |the )?(?:slightly |much |clearly |a bit |actually |still )?"
                           rf"(?:higher|better|more|stronger) (?:{_NAME} )?than {_MINE_NP}\b"
                           rf"|\b{_RIVAL} (?:actually |still |clearly )?(?:beat|beats|outperformed|outperforms|outdid) {_MINE_NP}\b"
                           rf"|\b{_MINE_NP} (?:never|didn't|did not|couldn't|could not|failed to) (?:actually |really |even )?(?:beat|outperform|match) {_RIVAL}"
                           rf"|\b{_MINE_NP} (?:was|were|had|got|scored) (?:actually |slightly |clearly |a bit )?(?:worse|lower) (?:{_NAME} )?than {_RIVAL}", re.I)
_SLICE = guarded(r"\b(?:only|just|except)\b[^.;]{0,30}\b(?:on|for|in)\b|\bfor (?:the )?(?:small|large|big|new|old|rare|short|long|high|low)[\w-]*\b|\bon (?:the )?(?:\w+ )?(?:segment|slice|subgroup|cohort|class)\b", re.I)


def _orders(turn: int, sentence: str) -> list[Claim]:
    """+1: the candidate's model ahead of a named rival; -1: the rival ahead. The metric is the one the
    comparison names, else the first one the sentence names."""
    out = []
    for pattern, side in ((_ORDER_AHEAD, 1.0), (_ORDER_BEHIND, -1.0)):
        for m in pattern.finditer(sentence):
            if hypothetical(sentence, m.start(), m.end()):
                continue
            left, right = clause_bounds(sentence, m.start(), m.end())
            if _SLICE.search(sentence[m.start() : right]):
                continue
            rival = next(g for g in m.groups() if g and re.search(r"baseline|rule|heuristic|vendor|old|previous|legacy|incumbent|champion|regression|benchmark", g, re.I))
            named = re.search(_NAME, m.group(0), re.I) or re.search(_NAME, sentence, re.I)
            if named is None:
                continue
            words = content_words(rival) - {"old", "previous", "legacy"} | ({"<old>"} if re.search(r"old|previous|legacy|incumbent|champion", rival, re.I) else set())
            out.append(Claim(turn, "metric_order", _key(named.group(1), named.group(2)), side, side, clause(sentence, m.start(), m.end()), frozenset(), frozenset(words)))
    return out


# 'the mean absolute error across all stops held at about 38 seconds' against 'the mean error across the network
# ... sat at about a minute and a half': an error measured in time, compared as a ratio
_ERROR_NAMES = {"mean absolute error": "mae", "mae": "mae", "mean error": "mae", "average error": "mae", "typical error": "mae",
                "median error": "median error", "median absolute error": "median error", "rmse": "rmse", "root mean squared error": "rmse",
                "root mean square error": "rmse"}
_ERROR_NAME = r"(?<![\w-])(" + "|".join(sorted((re.escape(n) for n in _ERROR_NAMES), key=len, reverse=True)) + r")(?![\w-])"
_SECONDS = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600}
_TIME_VALUE = (r"((?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)(?: and a half)?|half an?)"
               r"\s+(second|sec|minute|min|hour)s?\b(?:\s+and a half)?")
_ERROR_TIME = guarded(rf"{_ERROR_NAME}[^.\d;]{{0,50}}?\b(?:at|of|was|were|is|around|about|roughly|near|down to)(?:\s+(?:about|around|roughly|only|just|like|maybe))*\s+{_TIME_VALUE}"
                         # 'off by about three and a half minutes on average': a mean absolute error said in words
                         rf"|\b(off) by(?:\s+(?:about|around|roughly|only|just|like|maybe))*\s+{_TIME_VALUE}(?=\s+on (?:the )?average\b)", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _error_times(turn: int, sentence: str) -> list[Claim]:
    """An error said in seconds, minutes or hours, as seconds."""
    out = []
    for m in _ERROR_TIME.finditer(sentence):
        if hypothetical(sentence, m.start(), m.end()):
            continue
        name, raw, unit = (m.group(1), m.group(2), m.group(3)) if m.group(1) else ("mae", m.group(5), m.group(6))
        raw = raw.lower()
        base = 0.5 if raw.startswith("half") else _NUMBER_WORDS.get(raw.split()[0]) or float(raw.split()[0])
        half = 0.5 if "and a half" in m.group(0).lower() else 0.0
        value = (base + half) * _SECONDS[unit.lower()]
        context = _context(sentence, m.start(), m.end())
        out.append(Claim(turn, "error_time", _ERROR_NAMES[name.lower()], value, value, clause(sentence, m.start(), m.end()), context))
    return out
