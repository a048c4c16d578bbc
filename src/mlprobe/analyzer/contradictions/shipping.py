"""Whether the work shipped: 'after launch', 'it's in production', 'replaced the planners' spreadsheet'
against 'it never went past the A/B test', 'I haven't deployed it yet', 'still in the offline phase'.
A partial rollout ('never went nationwide') is not 'never shipped', and a claim about another version
('the deep model we built to replace it never went live') is about another thing."""

from __future__ import annotations

import re
from dataclasses import replace

from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.spans import clause, clause_bounds, content_words, hypothetical
from mlprobe.analyzer.guard import guarded

_NEVER = guarded(
    r"\b(?:never went (?:live|out)|never (?:went|made it|got) (?:past|beyond|out of) the (?:a/b |ab )?(?:test|experiment|prototype|poc|notebook|staging|demo|offline \w+)"
    r"|(?:we |they |leadership |management )?(?:killed|shelved|cancell?ed|canceled|scrapped|abandoned) (?:it|the project|the model)"
    r"|(?:was|got|been|were) (?:killed|shelved|cancell?ed|canceled|scrapped|abandoned)|(?:was|were) never (?:used|deployed|shipped|launched|adopted|released)"
    r"|(?:isn't|is not|wasn't|was not|hasn't been|has not been|never been) (?:live|deployed|shipped|launched|used by \w+)"
    r"|not (?:live|deployed|in production)(?: anywhere)?(?: yet)?"
    r"|never (?:shipped|deployed|launched|released|went live|made it (?:to|into) production|got deployed|saw real users|put (?:it )?in(?:to)? production)"
    r"|(?:haven't|hasn't|have not|has not|didn't|did not) (?:yet )?(?:deploy(?:ed)?|ship(?:ped)?|launch(?:ed)?|release[d]?|put it in(?:to)? production)"
    r"|(?:was|is) only ever (?:a |an )?(?:demo|prototype|poc|notebook|proof of concept|side project)"
    r"|(?:stayed|remained|was only|was just|is still|was still|still) (?:a |an |in (?:the |an? )?)?(?:prototype|notebook|poc|proof of concept|offline|research|demo|experiment(?:al|ation)?|sandbox|staging)(?: phase| stage)?"
    r"|(?:never|hasn't|has not|haven't|have not|hadn't|had not|didn't|did not) (?:yet |ever )?(?:cleared|approved|allowed|authori[sz]ed|signed off on|let)\b[^.;]{0,40}?"
    r"\b(?:live|production|real (?:users|customers|patients|traffic|data)|out of (?:the |its )?(?:sandbox|lab|staging|pilot|test environment))"
    r"|never (?:got|made) it (?:out of|past|beyond) (?:the |my |a )?(?:notebook|lab|staging|sandbox|prototype|poc|test|a/b test|experiment|demo)"
    r"|never (?:went|got|made it|moved) (?:past|beyond|out of|further than|off) (?:the |my |our |a )?(?:[\w-]+ )?(?:laptop|machine|computer|desktop|colab|notebook)s?\b"
    r"|(?:voted|decided|chose|opted) not to (?:adopt|use|deploy|launch|roll out) (?:it|the model|the tool)|nobody (?:[\w-]+ ){0,3}?(?:ever )?(?:used|adopted|looked at) (?:it|the model|the tool|the scores)\b"
    r"|never (?:actually |really |once )?(?:put|got|showed|exposed|rolled out|released|served) (?:it|the model|the (?:[\w-]+ )?(?:model|matcher|ranker|recommender|tool)) (?:in front of|out to|to) (?:real |any |actual |our )?(?:users|customers|people|patients|players|members|drivers|clients)"
    r"|(?:ended|stopped|stalled|died|finished|stayed) (?:at|in) (?:the )?(?:prototype|poc|proof-of-concept|demo|notebook|pilot) (?:stage|phase)"
    r"|never (?:actually |really )?left (?:the lab|staging|the notebook|my laptop|the sandbox|research|the prototype stage|the pilot stage|(?:the )?offline (?:evaluation|eval|stage|phase|testing|tests|experiments?)|(?:the )?evaluation (?:stage|phase)|backtest\w*)"
    r"|never (?:actually |really )?(?:made it|got|went) (?:out )?(?:to|in front of) (?:real |actual )?(?:users|customers|production|clients)|never (?:put|shown|exposed|released)(?: it)? (?:in front of|to) (?:real |actual )?(?:users|customers|clients|the public)"
    r"|(?:didn't|did not|never) (?:get to )?(?:deploy|ship|launch|go live|go to production|roll (?:it )?out)|never got approved|was never rolled out"
    r"|(?:stayed|lived|sat|stuck) on my (?:laptop|machine|desktop)|only (?:ever )?ran (?:in|on) (?:the |a |our )?(?:back-?test\w*|test|offline|staging|evaluation) ?\w*"
    r"|never (?:actually |really )?(?:had|got) it in(?:to)? their hands|(?:will|would|they'll) (?:continue|keep going|stick) with their (?:own |old |manual )?\w+"
    r"|never (?:got|went|made it) past (?:a |the )?(?:demo|pilot|presentation|steering \w+)|(?:only|just) (?:ever )?(?:a |the )?demo(?:ed)?\b"
    r"|never (?:ran|run|was run|got run|touched|saw|hit|faced) (?:against |on |for |with |in front of )?(?:any )?(?:real|actual|live|paying) (?:players|users|customers|traffic|patients|clients|data|requests)"
    r"|never (?:actually |really |once )?(?:called|queried|hit|used|consumed|read) (?:my|the|our) (?:model|predictions|scores|endpoint|service)"
    r"|never (?:\w+ )?(?:drove|drive|driven|flew|fly|flown|ran|run|controlled|steered|touched|went on|was on) (?:a |any |one )?(?:real|actual|physical) (?:car|cars|vehicle|vehicles|road|roads|robot|robots|drone|drones|arm|machine|machines|line|plant|patient|patients|truck|trucks|fleet|hardware|device|devices)"
    r"|(?:stayed|remained|was kept|lived|stuck) in (?:the )?(?:simulation|simulator|sim|log replay|replay)\b(?![^.;]{0,40}\b(?:before|until|till|then|first)\b)"
    r"|never (?:actually |really )?(?:reached|got to|made it to|went (?:out )?to) (?:the |our |any |real |actual )*(?:farmers|users|customers|clients|patients|technicians|agents|nurses|doctors|reps|analysts|drivers|moderators|teachers|students|players|stores|field)\b"
    r"|never (?:actually |really )?(?:connected|hooked up|plugged in|wired up)(?: (?:it|the model))? (?:to|into) (?:a |any |the )?(?:real|live|actual|production) (?:[\w-]+ )?(?:server|system|feed|stream|queue|traffic|line|camera)s?"
    r"|never switched (?:over )?to (?:it|the model|the new \w+)|(?:nobody|no one) (?:ever )?(?:used|uses) it|kept (?:using )?their (?:own |old )?(?:spreadsheet|rules|process|tool|system))\b",
    re.I,
)
_SHIPPED = guarded(
    r"\b(?:after (?:we )?(?:the )?(?:launch(?:ed)?|shipp(?:ed|ing)|deploy(?:ed|ment)|going live|rollout|go-live|release)|in production|went to production|was live|rolled (?:it )?back|(?:went|go) live|go-live"
    r"|(?:is|it's|was|been|running|runs|live) in production|in production since|since launch|post-launch|rolled (?:it )?out"
    r"|users (?:started|complained|noticed)|live traffic|real users|was deployed|we deployed|we shipped|we launched|shipped it|deployed it"
    r"|launched it|\d[\d,]*\s+(?:users|people|customers) use it|runs? live|(?:is|was|has been|been) in (?:daily|weekly|everyday|constant) use"
    r"|(?:was|is) open to the public|pushed (?:it|the (?:\w+ )?model) (?:out )?to (?:all|every)|(?:use|used|uses) it every (?:day|week|month|morning|shift)"
    r"|(?:shipped|deployed|pushed|promoted|released) (?:it |the model )?(?:to|into) production|went live|in use (?:by|at|across|since)|(?:is|it's|has been|'s been|been|is now) live\b"
    r"|(?:is|are|was|were|now) used by (?:about |around |roughly |over )?\d+|put (?:it|the model) (?:in|into) production|(?:serving|served) predictions|(?:is|are|was|were) used (?:daily|every day|in production)"
    r"|(?:is|are|was|were) used by (?:the |our )?\w+ (?:every|each|daily)|uses? it (?:every|each|daily|weekly|in production|for real)"
    r"|replaced the (?:\w+'s? |\w+s' |old |existing |manual )*(?:spreadsheet|rules|heuristics?|process|system|list|tool|dashboard)"
    r"|(?:became|becomes|is now|was made|made it|we made it) (?:the )?default\b|(?:put|pushed|took|turned) (?:it|the model|the (?:\w+ )?model) live\b"
    r"|deploy(?:ed)? (?:it|the model) (?:to|on|in|across) (?:the |all |our )?\d[\d,]*\s+(?![^.]*\b(?:will|would|going to|plan|planned|hope)\b)(?:vehicles|cars|trucks|robots|stores|sites|plants|hospitals|clinics|branches|devices|machines|lines|warehouses|drones|phones|cameras)"
    r"|after (?:the first |a |an |one |two |three |six |a few |several )?(?:days?|weeks?|months?|semesters?|terms?|years?|quarters?|seasons?) of (?:using|people using|them using) it"
    r"|(?:it|the model|the system|the detector|the tool) (?:was|is|'s) (?:already )?running (?:on|in) (?:the |our |their |a )?(?:[\w-]+ )?(?:floor|wards?|line|site|servers?|stores?|plant|warehouse|hall|app|production)"
    r"|(?:served|serving|serves) (?:about |around |roughly |over |some )?\d[\d.,]*\s?(?:k|m|million|thousand)?\s+(?:daily |monthly |active )*(?:users|customers|requests))\b",
    re.I,
)
# 'the farmers send the photos through the app', 'the technicians get the list every Monday': the end users at work with it
_USERS = r"(?:farmers|users|customers|clients|patients|technicians|agents|nurses|doctors|reps|analysts|drivers|moderators|teachers|planners|adjusters|dispatchers|engineers on call|schedulers|crews|inspectors|operators|underwriters|pickers)"
_IN_USE = guarded(rf"\b(?:the |our |their |most |some |many )?{_USERS} (?:\w+ly )?(?:send|sent|submit|submitted|upload|uploaded|open|opened|check|checked|get|got|receive|received|see|saw|use|used)"
                     rf"\b[^.;]{{0,30}}?\b(?:through|in|via|with|from|on) (?:the|our|my) (?:app|tool|model|dashboard|scores?|list|queue|plugin|extension)\b"
                     rf"|\b(?:the |our )?{_USERS} (?:get|got|receive|received|see|saw) (?:it|the list|the scores?|the alerts?|the flags?|the report) every (?:day|week|month|morning|shift|night|Monday|Tuesday|Wednesday|Thursday|Friday)\b"
                     # 'in the two months after the field operations team started getting its alerts'
                     rf"|\bafter (?:the |our )?(?:[\w-]+ ){{0,3}}?(?:team|desk|staff|crews?|{_USERS}) (?:started|began) (?:getting|receiving|using|acting on|to get|to use|to act on) "
                     rf"(?:its|the|our|my) (?:alerts|scores|predictions|flags|lists|recommendations|forecasts)\b"
                     # 'The crews used our list to decide which mains to survey'
                     rf"|\b(?:the |our )?{_USERS} (?:\w+ly )?(?:used|use|relied on|rely on|acted on|act on|worked from|work from) (?:our|the|its|my|that) (?:ranked )?(?:list|scores?|predictions?|forecasts?|alerts?|flags?|rankings?|model)\b (?:to|for|when|every|each)\b", re.I)
_STAYING = guarded(r"(?:will|would|they'll) (?:continue|keep going|stick)", re.I)  # future by nature: 'they will stick with their lists'
_REPORTED = guarded(r"\b(?:said|told (?:me|us)|decided|made (?:it )?clear|answered|replied)\b(?: that)?[^.]{0,20}$", re.I)
_OTHER_VERSION = guarded(r"\b(?:replace|replacement|second|v2|version|variant|successor|challenger|the other one|follow-up|newer|"
                            r"second attempt|the new one|new|deep model|bigger model|the rewrite|old|previous|legacy|baseline|android|ios|web app|"
                            r"nationwide|everywhere|to all|to 100|the rest of|(?:first|initial|original) (?:model|attempt|iteration|prototype|try))\b|\b(?-i:in [A-Z][a-z]+)", re.I)
_WEAK = guarded(r"^(?:in production|real users|live traffic|(?:is|been|'s been|has been|is now|was) live)$", re.I)
_OURS = guarded(r"\b(?:we|our|it|it's|its|my|I|us|the model|the system)\b", re.I)
_KILLED = guarded(r"\b(?:killed|shelved|cancell?ed|canceled|scrapped|abandoned)\b", re.I)
_LATER = guarded(r"\bafter (?:\w+ )?(?:weeks|months|years|quarters?)\b|\brolled? (?:it )?back\b", re.I)
_NOT_NEGATED = guarded(r"\b(?:never|not|n't|haven't|hasn't|didn't|before)\b[^.]{0,20}$", re.I)


_VERSION_INTRO = guarded(r"\b(?:there (?:was|were)|we (?:also )?(?:built|tried|made|had|trained|prototyped)|I (?:also )?(?:built|tried|made|trained|prototyped))"
                            r" (?:also )?(?:a|an) (?:v\d|version \d|second|new|newer|bigger|deeper|deep|follow-up|another|fancier|later)\b", re.I)
# the version that went live is named before the evidence: 'the v2 model went live', 'Second version ... did go live'
_LATER_VERSION = guarded(r"\b(?:(?:second|third|next|newer|later|new|follow-up|rebuilt|replacement) (?:version|model|release|iteration|attempt|system)|"
                            r"v[2-9]|version [2-9]|the rewrite|(?:a|its|the) successor|another (?:version|model|attempt))\b", re.I)
_IT = guarded(r"\b(?:it|that one|this one)\b", re.I)


# 'we never turned on auto-removal' against 'since we switched on auto-removal for scores above 0.98': one switch
_SWITCH_NEVER = guarded(r"\b(?:never|didn't|did not|haven't|have not|hasn't|has not)\s+(?:actually |yet )?(?:turned|turn|switched|switch|enabled|enable|flipped|flip|activated|activate)"
                           r"(?: on)? ((?:the )?[\w-]+(?: [\w-]+)?)", re.I)
_SWITCH_ON = guarded(r"\b(?:we |they |I )(?:turned|switched|flipped) on ((?:the )?[\w-]+(?: [\w-]+)?)|\b(?:we |they |I )(?:enabled|activated) ((?:the )?[\w-]+(?: [\w-]+)?)", re.I)


_SWITCH_SCOPE = guarded(r"\b(?:at first|initially|in the beginning|until|till|before|after|later|then|yet|for (?:the first|a while|a few|some|\w+ (?:weeks|months))|"
                           r"for (?:the |our )?[\w-]+ (?:users|customers|merchants|segment|market|region|country|accounts))\b|\b(?-i:in [A-Z][a-z]+)", re.I)


def _switches(turn: int, sentence: str) -> list[Claim]:
    """A feature of the product turned on, or never turned on, named by its content words."""
    out = []
    for pattern, value in ((_SWITCH_NEVER, 0.0), (_SWITCH_ON, 1.0)):
        for m in pattern.finditer(sentence):
            if hypothetical(sentence, m.start(), m.end()) or (value and _NOT_NEGATED.search(sentence[: m.start()])):
                continue
            left, right = clause_bounds(sentence, m.start(), m.end())
            if _SWITCH_SCOPE.search(sentence[left:right]):
                continue  # 'at first', 'later', 'in Brazil': a time or a place, not the switch as a whole
            words = content_words(m.group(1) or m.group(2) or "") - {"it", "model", "feature", "thing"}
            if words:
                out.append(Claim(turn, "shipped", "switch", value, value, clause(sentence, m.start(), m.end()), frozenset(), frozenset(words)))
    return out


# 'we ran it as an A/B test on live listeners' puts it in front of real people without shipping it: it conflicts
# only with 'it never went out to real users', not with 'it never shipped'
_TRIAL = guarded(r"\b(?:A/B|AB|split|live|online) test(?:ed|s)? (?:it |the model )?(?:on|with|against) (?:some |a sample of |a slice of |\d+% of )?(?:the |our )?"
                    r"(?:live|real|actual|paying) [\w-]+|\b(?:tested|trialled|trialed|piloted|tried) (?:it|the model) (?:out )?(?:on|with) (?:some )?(?:live|real|actual|paying) [\w-]+", re.I)
_REAL = guarded(rf"\b(?:real|actual|live|paying)\b|\b{_USERS}\b|\bthe public\b", re.I)
# a place it runs in, or was never connected to: 'running in the control room since 2022', 'never been connected to the control room'
_NOT_LIVE = r"(?!(?:the |my |a )?(?:lab|sandbox|staging|shadow|tests?|notebooks?|simulat\w*|dev|offline|background|parallel|laptop|machine|desktop|local\w*)\b)"
_RUNNING_IN = guarded(rf"\b(?:has been|'s been|have been|had been|was|is|were) running (?:in|at|across|on) ({_NOT_LIVE}(?:the |our |their |a |an )?[\w' -]{{2,40}}?) since\b", re.I)
_UNPLUGGED = guarded(r"\b(?:(?:still )?(?:haven't|hasn't|have not|has not|never) (?:yet |actually |really )?(?:put|installed|mounted|set up) (?:it|the model|the system|the camera|the \w+) (?:in|into|on|at) |"
                        r"never (?:actually |really )?(?:been |got |gotten |was |were )?(?:connected|hooked up|wired|plugged|integrated|linked)(?: up)? (?:in)?to )"
                        r"((?:the |our |their |any )?[\w' -]{2,40}?)(?=\s*[,.;]|$|\s(?:and|but|so|because|since)\b)", re.I)


def _placed(turn: int, sentence: str) -> list[Claim]:
    """Running in a named place, or never connected to it, with the place's content words: a 'never' about one
    place is no claim about shipping elsewhere."""
    out = []
    for pattern, value in ((_RUNNING_IN, 1.0), (_UNPLUGGED, 0.0)):
        for m in pattern.finditer(sentence):
            words = content_words(m.group(1))
            if words and not hypothetical(sentence, m.start(), m.end()) and (not value or not _NOT_NEGATED.search(sentence[: m.start()])):
                tags = frozenset() if value else frozenset({"scoped"})
                out.append(Claim(turn, "shipped", "shipped", value, value, clause(sentence, m.start(), m.end()), tags, words))
    return out


def _trial(turn: int, sentence: str) -> Claim | None:
    """A test in front of real users, unless negated or planned."""
    m = next((m for m in _TRIAL.finditer(sentence) if not hypothetical(sentence, m.start(), m.end()) and not _NOT_NEGATED.search(sentence[: m.start()])), None)
    return Claim(turn, "shipped", "shipped", 1.0, 1.0, clause(sentence, m.start(), m.end()), frozenset({"trial"})) if m else None


def extract(turn: int, sents: list[str]) -> list[Claim]:
    out: list[Claim] = []
    for i, sentence in enumerate(sents):
        out += _switches(turn, sentence) + _placed(turn, sentence)
        claim = _never(turn, sentence)
        if isinstance(claim, Claim) and _IT.search(claim.span) and any(_VERSION_INTRO.search(s) or _LATER_VERSION.search(s) for s in sents[max(0, i - 3) : i]):
            claim = False  # 'there was a v2 ... It never shipped', 'the spring on the second version ... It never shipped': the other version
        trial = _trial(turn, sentence) if claim is None else None
        evidence = _in_use(sentence) if claim is None and trial is None else None
        if evidence and _LATER_VERSION.search(sentence[: evidence.start()]):
            evidence = None  # 'Second version, about two months later, did go live': another version went live
        if evidence:
            claim = Claim(turn, "shipped", "shipped", 1.0, 1.0, clause(sentence, evidence.start(), evidence.end()))
        if isinstance(claim, Claim) or trial:
            out.append(claim if isinstance(claim, Claim) else trial)
    return _one_of_two(out, sents)


def _one_of_two(out: list[Claim], sents: list[str]) -> list[Claim]:
    """'So the LSTM never shipped. What went live was a threshold rule': an answer that has one thing go live and
    another never ship names what never shipped, so a later 'after launch' is about what went live."""
    if not any(c.key == "shipped" and c.lo for c in out):
        return out
    return [replace(c, tags=c.tags | {"scoped"}, words=c.words | _subject(c.span)) if c.key == "shipped" and not c.lo and not c.has("scoped") else c for c in out]


def _subject(span: str) -> frozenset[str]:
    """The content words before the verb of a 'never shipped' clause: 'the LSTM' in 'So the LSTM never shipped'."""
    m = _NEVER.search(span)
    return content_words(span[: m.start()] if m else "") - {"model", "project", "thing"}


def _in_use(sentence: str) -> re.Match[str] | None:
    """The first sign in the sentence that the work was in use, unless negated, planned or generic."""
    for shipped in (*_SHIPPED.finditer(sentence), *_IN_USE.finditer(sentence)):
        if hypothetical(sentence, shipped.start(), shipped.end()) or _NOT_NEGATED.search(sentence[: shipped.start()]):
            continue
        if _WEAK.match(shipped.group(0)) and not _OURS.search(sentence):
            continue  # 'models in production drift' is a generality, not a claim about this work
        return shipped
    return None


def _never(turn: int, sentence: str) -> Claim | bool | None:
    """A 'never shipped' claim; False when the sentence says something about shipping that is no such claim
    (another version, a plan, 'killed it after three months in production'); None when it says nothing."""
    nevers = [m for m in _NEVER.finditer(sentence) if not hypothetical(sentence, m.start(), m.end())
              or (_STAYING.match(m.group(0)) and _REPORTED.search(sentence[: m.start()]))]
    if not nevers:
        return False if _NEVER.search(sentence) else None
    if all(_KILLED.search(m.group(0)) for m in nevers) and (_in_use(sentence) or _LATER.search(sentence)):
        return False  # it did ship, and was stopped later
    never = next((m for m in nevers if not _KILLED.search(m.group(0))), nevers[0])
    left, right = clause_bounds(sentence, never.start(), never.end())
    if _OTHER_VERSION.search(sentence[left : min(right, never.end() + 30)]):
        return False
    tags = frozenset({"users"} if _REAL.search(never.group(0)) else ())
    return Claim(turn, "shipped", "shipped", 0.0, 0.0, clause(sentence, never.start(), never.end()), tags)
