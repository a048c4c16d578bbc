"""Red flags as transparent rules over the cues and the engine's lived, stuffed and hypothetical probabilities,
each with the sentences that triggered it. The probabilities matter because blind raters judge a metric or a success
story by the answer around it: they never raise `metric_overconfidence` on a lived account (docs/evaluation.md, Round 11)."""

from __future__ import annotations

import re
from collections.abc import Callable

from mlprobe.analyzer import cues
from mlprobe.analyzer.assessment import RedFlag
from mlprobe.analyzer.features import AnswerCues, SentenceCues
from mlprobe.analyzer.text import looks_foreign

_DEPLOY = re.compile(r"\b(?:docker|kubernetes|k8s|aws|gcp|azure|sagemaker|ci/cd|github actions|fastapi|flask|heroku|streamlit|deployed|deploy(?:ing)?|containeri[sz]ed|microservices?|serverless|lambda|"
                     r"kafka|flink|spark|airflow|kubeflow|mlflow|feast|feature store|great expectations|pagerduty|grafana|prometheus|terraform|helm|vertex ai|databricks|canary deployments?)\b", re.I)
_METRIC_NAME = r"(?:accuracy|precision|recall|f1|auc|r2|r²|ndcg(?:@\d+)?|map(?:@\d+)?|mae|rmse|mape|wer|bleu|iou|ctr|conversion|churn|retention|error(?: rate)?|reliab\w*|ratio|uplift|lift)"
_METRIC_CLAIM = re.compile(rf"\b{_METRIC_NAME}\b[^.;]{{0,40}}?\d+(?:\.\d+)?\s?%?|\d+(?:\.\d+)?\s?%\s+(?:[\w-]+\s+){{0,2}}?{_METRIC_NAME}\b|"
                           r"\b(?:I|we) got (?:to |an? )?(?:\d+(?:\.\d+)?\s?%|0\.\d+)|\b(?:improved|increased|rose|jumped|dropped|fell|went|climbed) (?:by \d+(?:\.\d+)?\s?%|from \d+(?:\.\d+)?\s?%? to \d+(?:\.\d+)?\s?%?)|"
                           r"\b(?:reduced|cut|improved|increased|lifted|boosted|raised|lowered)\b[^.;]{0,40}?\bby \d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?% (?:more|less) (?:accurate|reliable)|"
                           r"\b(?:kappa|r-squared|mean absolute error|p99|latency)\b[^.;]{0,40}?\d|\bp\s?[<=]\s?0?\.\d+", re.I)
# a number that got worse is a problem reported, not a metric offered as proof ('recall fell from 0.8 to 0.6')
_BAD_CHANGE = re.compile(r"\b(?:accuracy|precision|recall|f1|auc|ndcg|map|retention|conversion|ctr|lift|revenue)\b[^.;]{0,30}?\b(?:fell|dropped|declined|degraded|sank|slipped|collapsed|went down|got worse)\b", re.I)
# doubt about what a number shows: a caveat, a check beyond it, or the number failing to carry over
_CAVEAT = re.compile(r"\b(?:turned out|hid|hides|hiding|masked|misleading|overstated|inflated|optimistic|didn't translate|did not translate|didn't carry|did not carry|"
                     r"(?<!avoid )(?<!prevent )leak\w*|proxy|proxies|only on|later found|but (?:in production|online|live|on real)|didn't match|did not match|not the same as|"
                     r"worse (?:in production|online|live)|dropped (?:in production|online|live|after)|flat|no effect|sanity[- ]check\w*|suspicious|too good|"
                     r"doesn't (?:tell|mean|capture|show)|does not (?:tell|mean|capture|show)|didn't (?:tell|mean|capture|show)|did not (?:tell|mean|capture|show)|what it (?:missed|hides))\b", re.I)
_SUCCESS = re.compile(r"\b(?:successfully|worked (?:well|great|perfectly|fine)|went (?:pretty |really |very )?well|great results|excellent|smoothly|seamless(?:ly)?|significantly improved|improved|"
                      r"achieved|outperformed|(?<!no )(?<!not )(?<!never )perfect|state-of-the-art|production-ready|fully|became the (?:standard|default)|was featured|loved it|liked (?:it|the)|praised|"
                      r"zero (?:loss|issues|downtime|incidents)|no (?:issues|problems)|nothing major|close to the published|best[- ]in[- ]class|consistently|"
                      r"best practices?|full confidence|(?:was|were|I was|we were) confident|blueprint|playbook|looked fine|(?:was|is) working|signed off|"
                      r"(?:was|were) adopted|(?:highest|top) (?:grade|mark|score)s?|always lined up|by construction|covers every|fired correctly|improved steadily|right call)\b", re.I)
# trouble that happened, not a number that dropped the right way ('churn dropped 25%')
_GOOD_DROP = re.compile(r"\b(?:dropped|drop|fell|cut|reduced|down)\b", re.I)
_SEQUENCE = re.compile(r"\b(?:first(?:ly)?|then|next|after that|afterwards|finally|lastly|step \d|second(?:ly)?|third(?:ly)?)\b", re.I)
_GENERIC_TRADEOFF = re.compile(r"\b(?:trade-?offs?|precision (?:vs\.?|versus|and) recall|precision-recall (?:curve|tradeoff)|bias[- ]variance|balance between|pros and cons|speed (?:vs\.?|and) accuracy|"
                               r"accuracy (?:vs\.?|and) (?:latency|speed|interpretability)|it depends|depending on (?:the )?(?:use case|harm|business|context|problem|data)|whatever works best|"
                               r"(?:sometimes|when) (?:a )?simple(?:r)? model|cannot both hold|contradict each other|no perfect (?:answer|metric|model)|balanced (?:\w+ )?(?:and|with|against) |"
                               r"simpler model (?:is (?:usually )?(?:the )?better )?(?:choice )?when)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|my)\b", re.I)
_TURN_AGAINST = re.compile(r"\b(?:however|turned out|had to (?:go back|redo|rebuild|roll|drop|throw)|went wrong|the problem was|the issue was|mistake|didn't work|did not work|pushed back)\b", re.I)
_TURN = re.compile(r"\b(?:but|however|instead(?! of)|turned out|realized|realised|noticed|discovered|went back|rolled back|reverted|retried|changed|switched|broke|failed|surprised?)\b", re.I)


def _quote(items: list[SentenceCues], limit: int = 2) -> list[str]:
    return [s.text for s in items[:limit]]


TOO_SHORT_FOR_MORE = 25  # words
SUBSTANTIVE_RUBRIC = 3  # rubric terms that show an answer engages with the question's field
EVASIVE_CLARITY = 0.2  # the clarity model all but sure the answer does not take up the question


def _evasive(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    words = sum(s.words for s in a.sentences)
    hits = [s for s in a.sentences if s.evasive]
    unclear = (probs.get("clarity", 1.0) < EVASIVE_CLARITY and probs.get("lived", 0.0) < 0.5 and probs.get("stuffed", 0.0) < 0.5
               and not looks_foreign(a.text) and not any(s.specifics for s in a.sentences))  # and no number with a unit either
    imagined = probs.get("hypothetical", 0.0) >= 0.5  # an answer about what one would do takes the question up, however loosely
    if words < 4 or (hits and (words < 60 or not a.lived()) and not imagined) or (unclear and not imagined):
        return RedFlag(id="evasive", evidence=_quote(hits) or _quote(a.sentences), why="The answer avoids the question or says too little to assess.")
    return None


# what could go wrong, said as a risk: 'overall accuracy could hide a small group', 'it might quietly get worse'
_RISK = re.compile(r"\b(?:risks?|hide|hides|worse|degrade\w*|drift\w*|break|breaks|fail\w*|wrong|leak\w*|overfit\w*|bugs?|complain\w*|bias\w*|silent\w*|go stale|goes stale)\b", re.I)


def _hypothetical_failure(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    imagined = [s for s in a.sentences if s.modality == "hypothetical"]
    hypo = [s for s in imagined if s.failure or _RISK.search(s.text)]
    lived_failure = any(s.failure or s.consequence for s in a.lived())
    if probs.get("hypothetical", 0.0) >= 0.5 and (len(imagined) >= 2 or (hypo and not lived_failure)):  # an answer that imagines what it would face
        return RedFlag(id="hypothetical_failure", evidence=_quote(hypo or imagined), why="Failures appear only as possibilities, never as something that happened.")
    return None


def _theory_hedging(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    hypo = [s for s in a.sentences if s.modality == "hypothetical" and not s.specifics]  # a plan with numbers in it is a decision, not a hedge
    share = len(hypo) / len(a.sentences)
    mostly = len(a.sentences) >= 2 and share >= 0.5 and len(a.lived()) <= 1
    if mostly or (hypo and share >= 1 / 3 and probs.get("lived", 1.0) < 0.5):  # not a lived answer, and a third of it what one would do
        return RedFlag(id="theory_hedging", evidence=_quote(hypo), why="Much of the answer says what one would or could do, not what you did.")
    impersonal = [s for s in a.sentences if not _FIRST_PERSON.search(s.text)]
    if len(a.sentences) >= TEXTBOOK_MIN_SENTENCES and len(impersonal) >= TEXTBOOK_SHARE * len(a.sentences) and probs.get("lived", 1.0) < 0.5:
        return RedFlag(id="theory_hedging", evidence=_quote(impersonal), why="The answer reads as what the textbook says, not what you did or decided.")
    return None


TEXTBOOK_MIN_SENTENCES = 3
TEXTBOOK_SHARE = 0.6  # most of a non-lived answer in no one's voice: 'the standard approach is…', 'monitor the score distribution'


def _keyword_stuffing(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    dense = [s for s in a.sentences if s.rubric >= 2 and not s.checkable and not s.surprise]
    words = sum(s.words for s in a.sentences) or 1
    rubric_rate = 100 * sum(s.rubric for s in a.sentences) / words
    if probs.get("stuffed", 0) >= 0.5 or (rubric_rate >= 8 and len(dense) >= 2):
        return RedFlag(id="keyword_stuffing", evidence=_quote(dense) or _quote(sorted(a.sentences, key=lambda s: -s.rubric)), why="Rubric vocabulary without a concrete, checkable story behind it.")
    return None


def _deployment_bragging(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    deploy = [s for s in a.sentences if _DEPLOY.search(s.text) and _FIRST_PERSON.search(s.text)]  # tools the candidate says they used
    if deploy and (probs.get("stuffed", 0.0) >= 0.5 or not any(s.consequence or s.surprise for s in a.sentences)):
        return RedFlag(id="deployment_bragging", evidence=_quote(deploy), why="Deployment tools are named, but nothing that happened after deployment.")
    return None


def _metric_overconfidence(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    claims = [s for s in a.sentences if _METRIC_CLAIM.search(s.text) and s.modality != "hypothetical" and not _BAD_CHANGE.search(s.text)
              and not cues.FAILURE.search(_GOOD_DROP.sub(" ", cues.without_method_names(s.text)))]
    if not claims or probs.get("lived", 0.0) >= 0.5:  # a lived account's numbers come with the story of how they were reached
        return None
    stuffed = probs.get("stuffed", 0.0) >= 0.5  # its 'leakage', 'A/B test' and 'drift' are rubric words, not doubt
    doubted = _trouble(a, strict=stuffed) or (not stuffed and bool(_CAVEAT.search(a.text)))  # after a failure story, the number is the recovery
    if not doubted:
        return RedFlag(id="metric_overconfidence", evidence=_quote(claims), why="A metric is offered as proof that it worked, with no word on what it might hide.")
    return None


def _sanitized_success(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    if _trouble(a, strict=probs.get("stuffed", 0.0) >= 0.5):
        return None
    wins = [s for s in a.sentences if _SUCCESS.search(s.text) and s.modality != "hypothetical"]
    if not wins and probs.get("lived", 1.0) < 0.5 and probs.get("hypothetical", 1.0) < 0.5:
        # an account of one's own project, not a lived one, with results and nothing that went wrong
        wins = [s for s in a.sentences if s.modality != "hypothetical" and _FIRST_PERSON.search(s.text) and (_METRIC_CLAIM.search(s.text) or s.consequence)]
    if wins:
        return RedFlag(id="sanitized_success", evidence=_quote(wins), why="Everything worked; no surprise, setback or cost appears anywhere.")
    return None


def _trouble(a: AnswerCues, strict: bool = False) -> bool:
    """Something went wrong in the story (not only as a possibility, and not a number that fell the right way).
    ``strict`` (a keyword-stuffed answer, whose failure words are rubric vocabulary: 'drift', 'failure modes'):
    only a turn in the story counts."""
    if strict:
        return bool(_TURN_AGAINST.search(a.text))
    return any((s.failure or s.consequence) and s.modality != "hypothetical" and not (_GOOD_DROP.search(s.text) and _SUCCESS.search(s.text))
               for s in a.sentences) or bool(_TURN_AGAINST.search(a.text))  # the cues already set method names aside


def _linear_narrative(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    if _TURN.search(a.text) or _trouble(a) or probs.get("iterates_in_loops", 0.0) >= 0.5:
        return None
    # a narrative is something the candidate did: raters never raise this on hypothetical or generic advice ('first
    # I would profile..., then'; 'Spend the first days..., then train'), which has no 'I did'
    built = [s for s in a.sentences if s.modality != "hypothetical" and _OWN_STEP.search(s.text)]
    if not built or probs.get("hypothetical", 0.0) >= 0.5:
        return None
    steps = [s for s in a.sentences if _SEQUENCE.search(s.text)]
    markers = {m.lower() for s in steps for m in _SEQUENCE.findall(s.text)}
    if len(steps) >= 3 and len(markers) >= 2:
        return RedFlag(id="linear_narrative", evidence=_quote(steps), why="A straight pipeline of steps with no turn where reality pushed back.")
    # a project told as the steps that built it ('I fine-tuned BERT ... Then I made an API with Flask and deployed it'), in a
    # story that is not lived
    plain = probs.get("lived", 0.0) < 0.5 and probs.get("hypothetical", 0.0) < 0.5 and probs.get("stuffed", 0.0) < 0.5
    if len(built) >= 2 and plain and any(_SEQUENCE.search(s.text) for s in built):
        chained = [s for s in built if _SEQUENCE.search(s.text)] or built
        return RedFlag(id="linear_narrative", evidence=_quote(chained), why="The project is told as the steps that built it, with no turn where reality pushed back.")
    # or as one sentence that lists them: 'I used the Jigsaw dataset, fine-tuned RoBERTa-base, and measured subgroup AUC'
    listed = [s for s in built if len(_CHAINED_STEP.findall(s.text)) >= CHAINED_STEPS]
    if listed and plain:
        return RedFlag(id="linear_narrative", evidence=_quote(listed), why="The project is told as a list of the steps that built it, with no turn where reality pushed back.")
    return None


# a further step in a list of them: ', fine-tuned RoBERTa', ', and measured', ' and then deployed'
_CHAINED_STEP = re.compile(r"(?:,\s*(?:and\s+)?(?:then\s+)?|\band\s+(?:then\s+)?|\bthen\s+)(?:I\s+|we\s+)?(?:also\s+)?"
                           r"(?:built|trained|used|fine-tuned|deployed|wrapped|containeri[sz]ed|exported|indexed|cleaned|engineered|split|tuned|"
                           r"compared|added|made|selected|designed|ran|presented|packaged|scraped|computed|evaluated|created|implemented|set up|"
                           r"wrote|collected|labell?ed|preprocessed|measured|reached|achieved|applied|plotted|saved|served|published|documented|"
                           r"tested|fitted|validated|optimi[sz]ed|visuali[sz]ed|normali[sz]ed|encoded|merged|served|hosted|logged|tracked)\b", re.I)
CHAINED_STEPS = 2


_OWN_STEP = re.compile(r"\b(?:I|we)\b(?: \w+)?\s+(?:then\s+)?(?:built|trained|used|fine-tuned|deployed|wrapped|containeri[sz]ed|exported|indexed|cleaned|engineered|split|"
                       r"tuned|compared|load-tested|added|made|handled|selected|designed|randomi[sz]ed|simulated|ran|presented|packaged|scraped|computed|"
                       r"evaluated|created|implemented|set up|wrote|collected|labell?ed|preprocessed|finished|put)\b", re.I)


def _generic_tradeoff(a: AnswerCues, probs: dict[str, float]) -> RedFlag | None:
    # tied to the situation means a number with a unit, or something that followed from the choice; a tool's name is not
    generic = [s for s in a.sentences if _GENERIC_TRADEOFF.search(s.text) and not s.specifics and not s.consequence]
    specific = any(_GENERIC_TRADEOFF.search(s.text) and (s.specifics or s.consequence) for s in a.sentences)
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
    words = sum(s.words for s in a.sentences)
    if any(f.id == "evasive" for f in flags) and (words < 4 or (words < TOO_SHORT_FOR_MORE and any(s.evasive for s in a.sentences))):
        return [f for f in flags if f.id == "evasive"]  # 'I don't know' in a few words has nothing else to flag
    ids = {f.id for f in flags}
    if {"evasive", "theory_hedging"} <= ids:
        # an answer that avoids the question hedges no theory; but one read as unclear by the clarity model alone that
        # names the field's methods ('check for drift with PSI or KS tests') does take the question up
        substantive = not any(s.evasive for s in a.sentences) and sum(s.rubric for s in a.sentences) >= SUBSTANTIVE_RUBRIC
        drop = "evasive" if substantive else "theory_hedging"
        flags = [f for f in flags if f.id != drop]
    return flags

