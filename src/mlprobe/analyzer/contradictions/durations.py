"""How long things took, by what was timed: the whole project ('took me three months end to end',
'the whole thing was a couple of weeks'), building one thing ('built the first version in one
weekend'), one phase ('the labelling alone took three months', 'getting it approved took six months')
and the candidate's time in a job ('over my four years at', 'my internship, which was ten weeks')."""

from __future__ import annotations

import re

from mlprobe.analyzer.contradictions.amounts import NUMBER, parse
from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.spans import clause, clause_bounds, content_words, hypothetical
from mlprobe.analyzer.guard import guarded

_DAYS = {"day": 1, "week": 7, "weekend": 2, "month": 30, "year": 365, "quarter": 91, "semester": 120, "sprint": 14}
_UNIT = r"(day|weekend|week|month|year|quarter|semester|sprint)s?\b"
_N = rf"({NUMBER}|an?|one)"
_Q = r"(?:about |around |roughly |nearly |almost |over |under |just |only |maybe |like |approximately |a good |less than |more than )*"
_LIVE = r"(?:live|in production|launched|deployed|shipped|out)"
_PATTERNS = {
    # how long it took before it was first in use: 'live in week two', 'four months before anything was live'
    "golive": [
        rf"\b(?:was|went|were|got (?:it|the model)|had (?:it|the model)|it's been) {_LIVE}\b[^.;]{{0,40}}?\b(?:in|within|after) {_Q}(?:the first )?{_N} {_UNIT}",
        rf"\b(?:took|needed|was|were)\s+(?:us |me |them )?{_Q}{_N} {_UNIT} (?:before|until|till|to get) (?:anything|it|something|the model|the first (?:model|version)|we)\b[^.;]{{0,25}}?\b{_LIVE}\b",
        rf"\b{_N} {_UNIT} (?:before|until|till) (?:anything|it|the model|the first (?:model|version)) (?:was|went|got) {_LIVE}\b",
        # 'first version took us almost three months to ship'
        rf"\b(?:took|needed)\s+(?:us |me |them )?{_Q}{_N} {_UNIT} to (?:ship|launch|deploy|go live|get (?:it |the model )?(?:live|out|deployed|into production))\b",
        # 'from kickoff to production in six weeks'; 'after roughly a year of development we finally put it in front of …'
        rf"\bfrom (?:the )?(?:very )?(?:kick-?off|start|beginning|day one|first meeting) to (?:production|launch|go-live|being live|live|deployment)\s+in {_Q}{_N} {_UNIT}",
        rf"\bafter {_Q}{_N} {_UNIT} of (?:[\w-]+ ){{0,3}}?(?:work|development|building|integration|engineering)\b[^.;]{{0,40}}?\b(?:finally )?"
        rf"(?:put (?:it|the model|the system) in front of|went live|launched|shipped|deployed|rolled (?:it )?out)\b",
    ],
    "org": [
        rf"\b(?:over|during|for|in|after) (?:my|the) (?:last |past |first )?{_N} {_UNIT} (?:at|with)\b",
        rf"\bI (?:was|have been|'ve been|worked|spent|stayed)(?: \w+ly| only| just)? (?:at|with) (?:the |that |this |our |a )?[\w -]{{1,30}}? for {_Q}{_N} {_UNIT}",
        rf"\b(?:internship|contract|stint|placement|co-op|residency)\b[^.]{{0,25}}?\b(?:was|lasted|of|for) {_Q}{_N} {_UNIT}",
        r"\b(\d+|[a-z]+)-(day|week|month|year) (?:internship|contract|stint|placement|co-op)\b",
    ],
    "work": [
        rf"\b(?:over|during|for|in|after) (?:my|the) (?:last |past |first )?{_N} {_UNIT} (?:on|in)\b",
        rf"\bI (?:was|have been|'ve been|worked|spent|stayed)(?: \w+ly| only| just)? (?:on|in) (?:the |that |this |our |a )?[\w -]{{1,30}}? for {_Q}{_N} {_UNIT}",
        rf"\bfor the {_N} {_UNIT} (?:that )?I (?:ran|owned|led|worked|was|spent)\b",
        rf"\bI (?:spent|worked) {_Q}{_N} {_UNIT} on (?:the|that|this|our|my) \w+",
        rf"\bI (?:ran|owned|led|maintained|worked on) (?:the|that|this|our|my) [\w -]{{1,30}}? for {_Q}{_N} {_UNIT}",
        # 'a soil-moisture forecasting project I worked on for about two years'
        rf"\b(?:project|model|system|product|tool|platform|pipeline) (?:that |which )?I (?:worked on|ran|owned|led|maintained|was on) for {_Q}{_N} {_UNIT}",
        rf"\bI (?:set up|built|ran|owned|led|maintained|developed|grew) (?:the |that |this |our |my )?(?:whole |entire )?[\w-]+(?: [\w-]+){{0,3}}?\s+over\s+{_Q}{_N}\s+{_UNIT}",
    ],
    "launch": [rf"\b(?:launched|shipped|delivered|released|finished|completed|went live|deployed|done|wrapped up|running)\b[^.]{{0,40}}?\b(?:in|within) {_Q}{_N} {_UNIT}",
               r"\b(?:a|an|the|our|my|this|that) (\d+|[a-z]+)-(day|week|month|year) (?:[\w-]+ )?(?:project|effort|engagement|build|sprint|hackathon)\b"],
    "into": [rf"\b{_N} {_UNIT} into the (?:project|engagement|contract|pilot|build|programme|program|work)\b",
             # 'About four months in — we'd already got an offline model': a point in the project, said at the start of a sentence
             rf"^\W*(?:(?:so|and|but|yeah|well|um|uh|then)\W+)*{_Q}{_N} {_UNIT} in\b(?=\s*(?:[,—–]|-\s|\(|and\b|we\b|I\b|the\b))"],
    "total": [rf"\b{_N} {_UNIT} from (?:the )?(?:very )?(?:first|start|kick-?off|beginning)\b[^.]{{0,60}}? to (?:handing|shipping|delivering|launching|launch|go-live|the handover|hand-?off|the end|(?:the )?(?:[\w-]+ ){{0,2}}?(?:rollout|roll-out|launch|release|deployment|go-live|handover))\b"],
    "build": [rf"\b(?:built|wrote|trained|coded|prototyped|put together|developed|made)\b[^.]{{0,40}}?\b(?:in|within) {_Q}{_N} {_UNIT}"],
    "took": [rf"\b(?:took|lasted|needed|required|ran for)\s+(?:us |me |them |him |her )?{_Q}(?:the better part of )?{_N} {_UNIT}",
             rf"\b(?:was|were)\s+{_Q}{_N} {_UNIT}(?! (?:old|later|ago|before|after|late|early|behind|into|in\b))",
             rf"\b{_N} {_UNIT} (?:in total|end to end|from start to finish|start to finish)",
             rf"\b(?:I|we) (?:spent|spend) (?:the first |about |around |almost |nearly )?{_N} {_UNIT} (?:just |only |mostly )?(?:on )?(?:\w+ing|the \w+)",
             rf"\b(?:over|during|in|for) the {_N} {_UNIT} (?:that )?(?:I|we) (?:worked|spent|were|was) on (?:it|this|that|the project)\b"],
}
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_MONTH = r"(" + "|".join(m.capitalize() for m in _MONTHS) + r")"
_SPAN = guarded(rf"\b(?:ran|lasted|went|worked on it|was|were|took)\s+(?:from|between) {_MONTH} (?:\d{{4}} )?(?:to|until|till|through|and) {_MONTH}\b")
_COMPILED = {kind: [guarded(p, re.I) for p in pats] for kind, pats in _PATTERNS.items()}
_COMPILED["took"].append(_SPAN)
_WEEK_N = guarded(rf"\b(?:was|went|were|got (?:it|the model)|had (?:it|the model)) {_LIVE}\b[^.;]{{0,40}}?\b(?:at the end of|by the end of|by|in|during) (?:the )?(week|month) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
_COMPILED["golive"].append(_WEEK_N)
# 'we shipped the first version on day ten'
_DAY_N = guarded(r"\b(?:shipped|launched|deployed|released|went live|was live|were live|had it live)\b(?: (?:the |our |a |it|v1|the model|(?:the )?first version|a first version|first version)){0,2} (?:on|by|in) (day|week|month) "
                    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)\b", re.I)
_COMPILED["golive"].append(_DAY_N)
# 'we started building in January and launched in April': time before first live, from two months
_BUILD_SPAN = guarded(rf"\b(?:started|began) (?:building|work(?:ing)?(?: on it)?|the build|development|coding|on it)(?: on it)? in {_MONTH}(?:,| and| then)+ (?:we )?(?:launched|shipped|went live|released|deployed)(?: it)? in {_MONTH}\b", re.I)
_COMPILED["golive"].append(_BUILD_SPAN)
# 'we ran the shadow mode for two months before switching' against 'after only three days in shadow we switched it on'
_SHADOW = guarded(rf"\b(?:ran|kept|had|left) (?:it |the model |the new model )?(?:in )?(?:the )?shadow(?: mode)? for {_Q}{_N} {_UNIT}"
                     rf"|\b(?:after |for )?{_Q}{_N} {_UNIT} (?:in|of) shadow(?: mode)?\b", re.I)
_TOTAL_AFTER = guarded(r"(?:I|we) (?:worked|spent|were|was) on (?:it|this|that|the project)\b", re.I)
_PHASE = guarded(r"\b(?:labell?ing|annotat\w*|approv\w*|review|access|security|legal|procurement|compliance|sign-?off|collect\w*|"
                    r"cleaning|waiting|getting|paperwork|alone|just the|of it|onboarding|hiring|migration|integration|testing|pilot)\b", re.I)
_GENERIC = guarded(r"^(?:(?:so|and|but|honestly|um|uh|well|the|that|this|it|which|everything|all|in total|overall)\s*)*"
                      r"(?:it|that|this|which|everything|it all|the whole (?:thing|project|job)|the (?:entire |full )?project|the work)?\s*$", re.I)


_AFTER_LIVE = guarded(r"\b(?:live|launch\w*|production|deploy\w*|shipped|rolled out|released|go-live|in use|users|customers|drift\w*|retrain\w*|"
                         r"on-?call|alerts?|incident|monitoring|dashboard|after (?:the )?(?:release|rollout))\b", re.I)
_ANY_TIME = guarded(r"(?:day|week|month|year|quarter|semester|sprint|launch|start|beginning|" + "|".join(m[:3] for m in _MONTHS) + ")", re.I)


def extract(turn: int, sents: list[str]) -> list[Claim]:
    out: list[Claim] = []
    for sentence in sents:
        if not _ANY_TIME.search(sentence):
            continue  # every pattern names a unit of time, a month or the launch
        taken: list[tuple[int, int]] = []
        for kind, patterns in _COMPILED.items():
            for pattern in patterns:
                if kind == "into" and _AFTER_LIVE.search(sentence):
                    continue  # 'four months in, the model started drifting' counts from launch, not from kickoff
                for m in pattern.finditer(sentence):
                    if any(a < m.end() and m.start() < b for a, b in taken) or hypothetical(sentence, m.start(), m.end()):
                        continue
                    claim = _months(turn, sentence, m) if pattern is _SPAN else _build_span(turn, sentence, m) if pattern is _BUILD_SPAN else _claim(turn, kind, sentence, m)
                    if claim:
                        taken.append(m.span())
                        out.append(claim)
        out += [c for c in (_event(turn, sentence, m) for m in _EVENT.finditer(sentence)) if c]
        out += [c for c in (_kickoff_span(turn, sentence, m) for m in _KICKOFF_SPAN.finditer(sentence)) if c]
        out += _dated(turn, sentence) + _derived_launch(turn, sentence)
        out += _joined(turn, sentence) + _feature_start(turn, sentence) + _shadow(turn, sentence) + _relative_to_launch(turn, sentence)
        out += [c for c in (_started(turn, sentence, m) for m in (*_FROM_START.finditer(sentence), *_FIRST_AFTER.finditer(sentence))) if c]
    return out + _ordered_by_month(turn, sents) + _live_span(turn, sents, out) + _in_production(turn, sents)


# An event placed against the launch: 'The EHR upgrade went in the week before launch' (before), or by months in
# one answer, 'We launched in May ... the EHR upgrade in late June' (after). Two answers that put the same event on
# two sides of the launch contradict each other; a month is coarse, so the same month as the launch says nothing.
_EVENT_NP = (r"((?:[Tt]he|[Oo]ur|[Aa]n?|[Tt]hat|[Tt]his) (?:[\w-]+ ){0,3}?(?:upgrade|migration|update|change|switch|outage|incident|reorg|"
             r"release|redesign|merger|freeze|recall|relaunch|cutover|move|rebrand|audit|strike|campaign|promotion|sale))")
_WHEN = r"(?:(early|mid|late|the (?:start|beginning|middle|end) of|the (?:first|last) week of) ?-?)?"
_EVENT_VERB = r"(?: (?:had |finally |actually |only )?(?:went in|went live|happened|came|landed|hit|shipped|rolled out|was|took place|arrived|started|began|went out))?"
_AT_MONTH = guarded(rf"\b{_EVENT_NP}\b{_EVENT_VERB}(?: (?:in|during|at|on))? {_WHEN}\s*{_MONTH}\b")
_LAUNCH_MONTH = guarded(rf"\b(?:[Ww]e|[Tt]hey|[Ii]t|[Tt]he model|[Tt]he (?:score|system|tool|product|service|app|feature|ranker|classifier))"
                           rf" (?:finally |first |eventually |only )?(?:launched|went live|shipped|was launched|was deployed|deployed|rolled (?:it )?out|went to production)"
                           rf"(?: (?:it|the (?:[\w-]+ ){{0,2}}?(?:score|model|tool|system|product|app|feature|ranker|classifier|service)))? (?:in|at|during) {_WHEN}\s*{_MONTH}\b|\b(?:[Tt]he |[Oo]ur )?(?:launch|go-live) (?:was |came |happened )?(?:in|at) {_WHEN}\s*{_MONTH}\b")
_BEFORE_AFTER_LAUNCH = guarded(rf"\b{_EVENT_NP}\b{_EVENT_VERB}"
                                  r" (?:in |about |roughly |around |only |just )*(?:the |a |an |one |two |three |four |five |six |a few |a couple of |\d+ )?(?:day|week|month|fortnight)s?"
                                  r" (before|after|ahead of) (?:the |our |we )?(?:launch|launched|go-live|went live|going live|release)\b", re.I)
_WHEN_DAYS = {"early": 5, "the start of": 3, "the beginning of": 3, "the first week of": 3, "mid": 15, "the middle of": 15,
              "late": 25, "the end of": 27, "the last week of": 27}


# 'We'd kicked off in early May, and the chain-wide rollout was in late January': the whole project, dated
_KICKOFF_SPAN = guarded(rf"\b(?:kicked off|kicked it off|started|began|the kick-?off was)\b[^.;]{{0,25}}? in {_WHEN}\s*{_MONTH}\b(?:,? \d{{4}})?[^.;]{{0,50}}?"
                           rf"\b(?:rollout|roll-out|launch|go-live|launched|went live|shipped|rolled (?:it )?out|released)\b[^.;]{{0,25}}? in {_WHEN}\s*{_MONTH}\b", re.I)


# 'we launched in March 2022' against 'It kicked off in September 2022 with the data audit': the start after the launch
_KICKOFF_AT = guarded(rf"\b(?:[Ii]t|[Ww]e|[Tt]he project|[Tt]he work|[Tt]hat project|[Tt]his project) (?:had |first |only )?(?:kick(?:ed)? off|kicks off|started|began|begun)"
                         rf"(?: (?:work|working|on it|the project|building))? in {_WHEN}\s*{_MONTH},? (\d{{4}})\b")
_LAUNCH_AT = guarded(rf"\b(?:[Ww]e|[Ii]t|[Tt]he model|[Tt]hey) (?:finally |first |only )?(?:launched|went live|shipped|was launched|deployed|rolled (?:it )?out)(?: it)? in {_WHEN}\s*{_MONTH},? (\d{{4}})\b"
                        # 'a logistic regression ..., live in the morning report by the first week of March 2021'
                        rf"|(?:\b(?:was|went|were|been|is|(?:had|got) (?:it|the (?:[\w-]+ )?model)) |(?<=, ))live\b[^.;,]{{0,50}}?\b(?:by|in) {_WHEN}\s*{_MONTH},? (\d{{4}})\b")
# the candidate's own launch ('I've done exactly that ... two weeks after we started'), not one before their time
_OURS = guarded(r"\b(?:I|[Ww]e)\b")
_BEFORE_MY_TIME = guarded(r"\bbefore (?:I|my time|me)\b", re.I)
# 'When I joined in June 2021' said of a job the candidate took over after the launch
_AFTER_LAUNCH_JOIN = guarded(r"\b(?:after (?:the )?(?:launch|go-live|it went live|it launched)|already (?:live|running|in production|launched)|took over|inherited|handed (?:it )?over)\b", re.I)


# the launch month worked out from two things said together: 'We kicked it off in January 2022 and it took roughly
# fourteen months before the buyers trusted a version enough to go live with it' (start plus time to go live), and
# 'By the end of 2022 it had been live for about six months' (a date minus the time in production so far)
_START_PLUS = guarded(rf"\b(?:kicked (?:it )?off|started|began)(?: (?:work|working|on it|the project|building))? in {_WHEN}\s*{_MONTH},? (\d{{4}})\b[^.;]{{0,40}}?"
                         rf"\b(?:took|needed)\s+(?:us |me |them )?{_Q}{_N} {_UNIT} (?:before|until|till|to)\b[^.;]{{0,60}}?\b(?:go(?:ing)? live|went live|launch\w*|ship\w*|deploy\w*)\b", re.I)
_LIVE_SO_FAR = guarded(rf"\b[Bb]y (?:the )?(?:(end|start|middle) of )?(?:{_MONTH},? )?(\d{{4}}),? (?:it|the model|the system) (?:had|'d) been (?:live|in production|running) for {_Q}{_N} {_UNIT}")
# 'I was on the model from the very beginning until it went live in March 2022, so around eight months': the start
# of the work, which the candidate says they were there for, is the launch minus that time
_FROM_THE_START = guarded(rf"\bfrom (?:the )?(?:very )?(?:beginning|start|first day|outset|kick-?off|day one)\b[^.;]{{0,40}}?\buntil (?:it|the model|we|they) went live in "
                          rf"{_MONTH},? (\d{{4}}),? (?:so |which (?:is|was) |that's |or )?{_Q}{_N} {_UNIT}")
_POINT_MONTH = {"end": 11, "start": 0, "middle": 6}
DERIVED_SLACK_MONTHS = 1  # both ends of a worked-out launch are said loosely ('roughly fourteen months')


def _derived_launch(turn: int, sentence: str) -> list[Claim]:
    """The launch month, as a month count with slack, from a start and the time it took, or from a date and the time live by then."""
    out = []
    for m in _START_PLUS.finditer(sentence):
        count = parse(m.group(4))
        if count and not hypothetical(sentence, m.start(), m.end()) and not _VERSION.search(sentence[: m.start()]):
            start = int(m.group(3)) * 12 + _MONTHS.index(m.group(2).lower())
            months = (count[0] * _DAYS[m.group(5).lower()] / 30, count[1] * _DAYS[m.group(5).lower()] / 30)
            out.append(_launch_claim(turn, sentence, m, start + months[0], start + months[1]))
    for m in _FROM_THE_START.finditer(sentence):
        count = parse(m.group(3))
        if count and not hypothetical(sentence, m.start(), m.end()) and not _VERSION.search(sentence[: m.start()]):
            live = int(m.group(2)) * 12 + _MONTHS.index(m.group(1).lower())
            months = (count[0] * _DAYS[m.group(4).lower()] / 30, count[1] * _DAYS[m.group(4).lower()] / 30)
            out.append(Claim(turn, "timeline", "start_at", live - months[1] - DERIVED_SLACK_MONTHS, live - months[0] + DERIVED_SLACK_MONTHS,
                             clause(sentence, m.start(), m.end()), frozenset({"derived", "present"})))
    for m in _LIVE_SO_FAR.finditer(sentence):
        count = parse(m.group(4))
        if count and (m.group(1) or m.group(2)) and not hypothetical(sentence, m.start(), m.end()):
            at = int(m.group(3)) * 12 + (_MONTHS.index(m.group(2).lower()) if m.group(2) else _POINT_MONTH[m.group(1).lower()])
            months = (count[0] * _DAYS[m.group(5).lower()] / 30, count[1] * _DAYS[m.group(5).lower()] / 30)
            out.append(_launch_claim(turn, sentence, m, at - months[1], at - months[0]))
    return out


def _launch_claim(turn: int, sentence: str, m: re.Match[str], lo: float, hi: float) -> Claim:
    return Claim(turn, "timeline", "launch_at", lo - DERIVED_SLACK_MONTHS, hi + DERIVED_SLACK_MONTHS, clause(sentence, m.start(), m.end()), frozenset({"derived"}))


def _dated(turn: int, sentence: str) -> list[Claim]:
    """The month and year the work started, or went live, as a month count."""
    out = []
    for key, pattern in (("start_at", _KICKOFF_AT), ("launch_at", _LAUNCH_AT)):
        for m in pattern.finditer(sentence):
            if hypothetical(sentence, m.start(), m.end()) or _VERSION.search(sentence[: m.start()]):
                continue
            name, year = m.group(2) or m.group(5), m.group(3) or m.group(6)
            month = int(year) * 12 + _MONTHS.index(name.lower())
            ours = key == "launch_at" and _OURS.search(sentence) and not _BEFORE_MY_TIME.search(sentence)
            out.append(Claim(turn, "timeline", key, month, month, clause(sentence, m.start(), m.end()), frozenset({"ours"} if ours else ())))
    return out


def _kickoff_span(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """Kickoff and launch months as the project's length, with a fortnight either side for loose dates."""
    if hypothetical(sentence, m.start(), m.end()):
        return None
    days = (_month_day(m.group(3), m.group(4)) - _month_day(m.group(1), m.group(2))) % 360
    if days < 30:
        return None
    return Claim(turn, "timeline", "total", days - 15, days + 15, m.group(0), frozenset({"dated"}))


def _relative_to_launch(turn: int, sentence: str) -> list[Claim]:
    out = []
    for m in _BEFORE_AFTER_LAUNCH.finditer(sentence):
        words = content_words(m.group(1))
        if words and not hypothetical(sentence, m.start(), m.end()):
            side = -1.0 if m.group(2).lower() in ("before", "ahead of") else 1.0
            out.append(Claim(turn, "timeline", "vs_launch", side, side, clause(sentence, m.start(), m.end()), frozenset(), words))
    return out


def _month_day(when: str | None, month: str) -> float:
    """A month said loosely, as a day of the year (months of 30 days): 'late June' is about day 175."""
    return _MONTHS.index(month.lower()) * 30 + _WHEN_DAYS.get((when or "").lower(), 15)


def _ordered_by_month(turn: int, sents: list[str]) -> list[Claim]:
    """An event and the launch both dated by month in one answer: which side of the launch the event is on
    (+1 after, -1 before), when the months differ."""
    launch = next(((m.group(1) or m.group(3), m.group(2) or m.group(4)) for sentence in sents for m in _LAUNCH_MONTH.finditer(sentence)
                   if not hypothetical(sentence, m.start(), m.end())), None)
    if launch is None:
        return []
    out = []
    for sentence in sents:
        for m in _AT_MONTH.finditer(sentence):
            words = content_words(m.group(1))
            if not words or hypothetical(sentence, m.start(), m.end()) or m.group(3).lower() == launch[1].lower():
                continue
            gap = (_month_day(m.group(2), m.group(3)) - _month_day(*launch) + 180) % 360 - 180  # December is before a February launch
            side = 1.0 if gap > 0 else -1.0
            out.append(Claim(turn, "timeline", "vs_launch", side, side, clause(sentence, m.start(), m.end()), frozenset({"derived"}), words))
    return out


# 'I had joined the team in January' against 'I was only three weeks into the job when that July promotion happened'
_JOINED = guarded(rf"\bI (?:had |'d )?(?:joined|started)(?: (?:the|that|this) (?:[\w-]+ ){{0,3}}?(?:team|company|group|lab|job|department|unit)| there| at [A-Z][\w&-]+(?: [A-Z][\w&-]+)?)? in {_MONTH}\b(?:,? (\d{{4}}))?")
_INTO_JOB = guarded(rf"\b{_N} {_UNIT} into (?:the|my|that) (?:new )?(?:job|role|position)\b[^.;]{{0,40}}?\bwhen\b[^.;]{{0,30}}?\b{_MONTH}\b", re.I)


def _joined(turn: int, sentence: str) -> list[Claim]:
    """The month the candidate joined, said directly or as 'N weeks into the job when <month event>'."""
    out = []
    for m in _JOINED.finditer(sentence):
        if not hypothetical(sentence, m.start(), m.end()):
            month = float(_MONTHS.index(m.group(1).lower()))
            tags = frozenset({f"year:{m.group(2)}"} if m.group(2) else ()) | ({"after_launch"} if _AFTER_LAUNCH_JOIN.search(sentence) else set())
            out.append(Claim(turn, "timeline", "joined", month, month, clause(sentence, m.start(), m.end()), tags))
    for m in _INTO_JOB.finditer(sentence):
        count = parse(m.group(1))
        if count and not hypothetical(sentence, m.start(), m.end()):
            months = count[0] * _DAYS[m.group(2).lower()] / 30
            month = (_MONTHS.index(m.group(3).lower()) - months) % 12
            out.append(Claim(turn, "timeline", "joined", month, month, clause(sentence, m.start(), m.end()), frozenset({"derived"})))
    return out


# 'we retrained every week from day one' against 'the first retrain was about eight months after launch'
_FROM_START = guarded(r"\b(re-?train(?:ed|ing)?|monitor(?:ed|ing)?)\b[^.;]{0,40}?\b(?:from (?:day one|day 1|the (?:very )?(?:start|first day|beginning)|launch)|"
                         r"since (?:day one|launch|go-live|the start)|right after launch)\b", re.I)
_FIRST_AFTER = guarded(rf"\b(?:the )?first (re-?train(?:ing)?|monitoring)\b(?: run| job)?\s+(?:only )?(?:was|came|happened|ran|took place)\s+{_Q}{_N} {_UNIT} after "
                          rf"(?:the )?(?:launch|go-live|deployment|we launched|we shipped|release|it went live)\b", re.I)


# 'the holiday calendar was in the model from day one' against 'we only added holiday features after the launch blew up'
_IN_FROM_START = guarded(r"\b((?:[Tt]he|[Oo]ur) (?:[\w-]+ ){0,3}?[\w-]+) (?:was|were|had been|has been|have been) (?:in|part of|built into) (?:the model|the features?|the feature set|training)\b"
                            r"(?:,? actually,?)? (?:from|since) (?:day one|day 1|the (?:very )?(?:start|beginning|first version)|launch)\b")
_ADDED_AFTER = guarded(r"\b(?:only |first )?added (?:the |a |an |our )?((?:[\w-]+ ){0,4}?[\w-]+?) (?:features?|signals?|columns?|inputs?|data)?\s*(?:only )?after (?:the )?"
                          r"(?:launch|go-live|we launched|it went live|we went live|release)\b", re.I)


def _shadow(turn: int, sentence: str) -> list[Claim]:
    """How long the model ran in shadow mode before it was switched on: one phase, timed."""
    out = []
    for m in _SHADOW.finditer(sentence):
        count = parse(m.group(1) or m.group(3))
        unit = (m.group(2) or m.group(4)).lower()
        if count and not hypothetical(sentence, m.start(), m.end()) and not _VERSION.search(sentence[: m.start()]):
            out.append(Claim(turn, "timeline", "phase", count[0] * _DAYS[unit], count[1] * _DAYS[unit], clause(sentence, m.start(), m.end()), frozenset(), frozenset({"shadow"})))
    return out


def _feature_start(turn: int, sentence: str) -> list[Claim]:
    """An input in the model from the start, or only added after launch (days unknown: 'after')."""
    out = []
    for pattern, days, tags in ((_IN_FROM_START, 0.0, frozenset()), (_ADDED_AFTER, 1.0, frozenset({"after"}))):
        for m in pattern.finditer(sentence):
            words = content_words(m.group(1)) - {"feature", "features", "model", "calendar"}
            if words and not hypothetical(sentence, m.start(), m.end()):
                out.append(Claim(turn, "timeline", "input_since", days, days, clause(sentence, m.start(), m.end()), tags, frozenset(words)))
    return out


def _started(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """When a recurring activity first happened, in days after launch (0 for 'from day one')."""
    if hypothetical(sentence, m.start(), m.end()) or _VERSION.search(sentence[: m.start()]):
        return None
    what = "retraining" if "train" in m.group(1).lower() else "monitoring"
    days = (0.0, 0.0)
    if m.re is _FIRST_AFTER:
        count = parse(m.group(2))
        if not count:
            return None
        days = (count[0] * _DAYS[m.group(3).lower()], count[1] * _DAYS[m.group(3).lower()])
    return Claim(turn, "timeline", "started", days[0], days[1], clause(sentence, m.start(), m.end()), frozenset(), frozenset({what}))


# 'the urgency flag shipped in March' against 'the urgency flag shipped in June': one event, two dates
_EVENT = guarded(rf"\b((?:[Tt]he|[Oo]ur|[Mm]y) (?:[\w-]+ ){{0,3}}?[\w-]+) (?:finally |first |eventually )?(?:shipped|launched|went live|went out|was deployed|was released|was rolled out|rolled out|was live)"
                    rf" (?:in|by|at the (?:start|beginning|end) of|(?:in )?(?:early|mid|late)(?:-| ))\s*{_MONTH}\b(?:,? (\d{{4}}))?")


def _event(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    words = content_words(m.group(1))
    if not words or hypothetical(sentence, m.start(), m.end()):
        return None
    month = _MONTHS.index(m.group(2).lower())
    tags = frozenset({f"year:{m.group(3)}"} if m.group(3) else ())
    return Claim(turn, "timeline", "month", month, month, clause(sentence, m.start(), m.end()), tags, words)


def _build_span(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """'started building in January and launched in April': two to four months before it was live."""
    months = (_MONTHS.index(m.group(2).lower()) - _MONTHS.index(m.group(1).lower())) % 12
    if not months:
        return None
    return Claim(turn, "timeline", "golive", max(months - 1, 0) * 30.0 + 1, (months + 1) * 30.0, clause(sentence, m.start(), m.end()))


def _months(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """'the project ran from January to March': two to three months, whatever the days were."""
    first, last = _MONTHS.index(m.group(1).lower()), _MONTHS.index(m.group(2).lower())
    months = (last - first) % 12
    left = clause_bounds(sentence, m.start(), m.end())[0]
    key, words = _what_was_timed("took", sentence[left : m.start()], "", m.group(0))
    return Claim(turn, "timeline", key, months * 30.0, (months + 1) * 30.0, clause(sentence, m.start(), m.end()), frozenset(), words)


def _days(m: re.Match[str]) -> tuple[float, float] | None:
    groups = [g for g in m.groups() if g]
    if m.re is _WEEK_N or m.re is _DAY_N:  # 'at the end of week two' is two weeks in
        groups.reverse()
    count, unit = parse(groups[0]), groups[1].lower()
    return (count[0] * _DAYS[unit], count[1] * _DAYS[unit]) if count else None


def _claim(turn: int, kind: str, sentence: str, m: re.Match[str]) -> Claim | None:
    days = _days(m)
    if days is None:
        return None
    left, right = clause_bounds(sentence, m.start(), m.end())
    subject, text = sentence[left : m.start()], m.group(0)
    key, words = kind, frozenset()
    if kind == "build":
        words = content_words(subject + " " + re.split(r"\s+in\s+", text.split(" ", 1)[-1])[0])
    elif kind in ("took", "launch"):
        key, words = _what_was_timed(kind, subject, sentence[m.end() : min(right, m.end() + 25)], text)
    tags = frozenset({"version"}) if kind == "golive" and _VERSION.search(sentence[:right]) else frozenset()
    if key == "total":
        which = _WHICH_VERSION.search(sentence[:right])
        tags = frozenset({"of:" + _version_name(which.group(1) or which.group(0))}) if which else tags
    return Claim(turn, "timeline", key, days[0], days[1], clause(sentence, m.start(), m.end()), tags, words)


# 'the second model was live after four months' is about another version than 'it was live in week two'
_VERSION = guarded(r"\b(?:second|v\d|version \d|next|new|newer|later|upgraded?|improved|replacement|full|final|complete|real|proper|"
                      r"whole|rest|other|gradient|deep|neural|bigger)\b", re.I)


# 'the first version shipped in six weeks' and 'the v2 rewrite took eight months end to end' time two versions
_WHICH_VERSION = guarded(r"\b(?:(first|initial|second|current|latest|final|original|old|new) (?:version|release|model|iteration|cut|system)|"
                            r"v\d+|version \d+|mvp|prototype|rewrite|re-write|rebuild|pilot|poc|proof of concept)\b", re.I)
_VERSION_NAMES = {"initial": "first", "original": "first", "old": "first", "new": "second", "v1": "first", "version 1": "first", "mvp": "first", "prototype": "first", "poc": "first",
                  "proof of concept": "first", "v2": "second", "version 2": "second", "rewrite": "second", "re-write": "second",
                  "rebuild": "second", "latest": "current", "final": "current"}


def _version_name(text: str) -> str:
    return _VERSION_NAMES.get(text.lower(), text.lower())


def _what_was_timed(kind: str, subject: str, after: str, text: str) -> tuple[str, frozenset[str]]:
    """'the labelling alone took' is a phase; 'that took me ... end to end' the whole; 'the first version took' one part."""
    if _PHASE.search(subject) or _PHASE.search(after) or _PHASE.search(text):
        return "phase", content_words(subject + " " + text + " " + after)
    if kind == "launch" or _GENERIC.match(subject) or re.search(r"end to end|in total|start to finish", text + after, re.I) or _TOTAL_AFTER.search(text):
        return "total", frozenset()
    return "part", content_words(subject)


# 'over the eighteen months that model ran in production', 'it was live for two years'
_RAN_LIVE = guarded(rf"\b(?:over|for|during|in) the {_N} {_UNIT} (?:that |which )?(?:the |that |this |our |it )?(?:[\w-]+ )?(?:ran|was running|was|has been|had been|stayed|sat) (?:in production|live)\b"
                       rf"|\b(?:ran|was running|was|stayed|has been|had been) (?:in production|live) for {_Q}{_N} {_UNIT}", re.I)
# 'it got switched off the following September', 'we retired it in May 2024'
_STOPPED = guarded(rf"\b(?:(?:switched|turned|shut|taken|pulled)(?: it)? (?:off|down)|retired|decommissioned|sunset)\b[^.;]{{0,25}}?\b(?:in|the following|that|by|the next) "
                      rf"{_WHEN}\s*{_MONTH}\b(?:,? (\d{{4}}))?", re.I)


def _in_production(turn: int, sents: list[str]) -> list[Claim]:
    """How long the model ran in production, said as a length."""
    out = []
    for sentence in sents:
        for m in _RAN_LIVE.finditer(sentence):
            count, unit = parse(m.group(1) or m.group(3)), (m.group(2) or m.group(4)).lower()
            if count and not hypothetical(sentence, m.start(), m.end()) and not _VERSION.search(sentence[: m.start()]):
                out.append(Claim(turn, "timeline", "in_production", count[0] * _DAYS[unit], count[1] * _DAYS[unit], clause(sentence, m.start(), m.end())))
    return out


def _live_span(turn: int, sents: list[str], found: list[Claim]) -> list[Claim]:
    """'it went live in January 2023 ... switched off the following September': the months between the launch
    the answer dates and the switch-off, as days in production (a fortnight either side for loose dates)."""
    launch = next((c for c in found if c.key == "launch_at"), None)
    if launch is None:
        return []
    for sentence in sents:
        for m in _STOPPED.finditer(sentence):
            if hypothetical(sentence, m.start(), m.end()):
                continue
            month = _MONTHS.index(m.group(2).lower())
            end = int(m.group(3)) * 12 + month if m.group(3) else launch.lo - launch.lo % 12 + month
            end += 12 if not m.group(3) and end <= launch.lo else 0  # 'the following September' is the next one
            if end > launch.lo:
                days = (end - launch.lo) * 30
                return [Claim(turn, "timeline", "in_production", days - 15, days + 15, clause(sentence, m.start(), m.end()), frozenset({"dated"}))]
    return []
