"""Scale (how many users) and dataset size (how much data): the numbers over-claimed experience
inflates. A quantity is marked as a subset (a pilot, a test arm, 'of them'), a total (the whole user
base, 'in total', 'at the peak') or a rate ('a month', 'daily'), because only like compares with like."""

from __future__ import annotations

import re

from mlprobe.analyzer.contradictions.amounts import NUMBER, bounded, parse
from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.spans import clause, clause_bounds, hypothetical
from mlprobe.analyzer.guard import guarded

_PEOPLE = {"user": "user", "customer": "user", "people": "user", "person": "user", "patient": "user", "account": "user",
           "listener": "user", "reader": "user", "subscriber": "user", "member": "user", "player": "user", "visitor": "user",
           "viewer": "user", "rider": "user", "household": "user", "active": "user", "student": "user", "learner": "user",
           "shopper": "user", "buyer": "user", "client": "user", "policyholder": "user", "cardholder": "user",
           "borrower": "user", "applicant": "user", "guest": "user", "traveller": "user", "traveler": "user", "passenger": "user",
           "citizen": "user", "caller": "user", "install": "user", "learner": "user", "profile": "user", "mailbox": "user", "actives": "user",
           "fan": "user", "donor": "user", "commuter": "user", "homeowner": "user", "employee": "user", "tenant": "user", "dau": "user", "mau": "user", "wau": "user", "merchant": "merchant", "seller": "merchant",
           "store": "store", "driver": "driver", "advertiser": "advertiser", "hospital": "hospital", "clinic": "clinic",
           "hotel": "property", "property": "property", "propertie": "property", "meter": "user", "home": "user",
           "shop": "store"}  # a smart meter, a home: a household
# sites are few: 'only ever live in six clinics' is a scale claim, where 'six people' is not
_SITES = frozenset({"clinic", "hospital", "store", "shop", "hotel", "property", "propertie"})
_MIN_SITES = 2
_SITE_KEYS = frozenset({"clinic", "hospital", "store", "property"})
_SOURCE = guarded(r"\b(?:trained|training|fine-?tuned|data|sales|history|historical|records|logs)\b", re.I)
_DISTANCE = guarded(r"\b(?:within|radius|away|apart|distance|walk\w*|from (?:the|a|an|each|their)|of (?:the|a|an) (?:store|station|site|road|coast)|"
                       r"high|deep|long|wide|tall|altitude|elevation|above|below|square|km|kilomet\w+|miles?|run|swim|race)\b", re.I)
_DATA = {"image": "image", "photo": "image", "picture": "image", "x-ray": "image", "scan": "image", "frame": "image",
         "example": "*", "sample": "*", "row": "*", "record": "*", "instance": "*", "data point": "*", "datapoint": "*",
         "label": "label", "annotation": "label", "document": "document", "article": "document", "essay": "document",
         "review": "review", "ticket": "ticket", "transaction": "transaction", "query": "query", "querie": "query",
         "request": "request", "search": "query", "lookup": "query", "session": "session", "email": "email", "claim": "claim", "loan": "loan",
         "application": "application", "video": "video", "clip": "clip", "listing": "listing", "utterance": "utterance",
         "recording": "recording", "sentence": "sentence", "invoice": "invoice", "cv": "cv", "resume": "cv", "post": "post",
         "comment": "comment", "message": "message", "call": "call", "item": "item", "contract": "document", "note": "document",
         "report": "document", "tweet": "post", "conversation": "conversation", "dialogue": "conversation", "chat": "conversation",
         "order": "order", "case": "case", "admission": "admission", "visit": "visit", "shipment": "shipment", "parcel": "shipment", "page": "document", "product": "product", "song": "item", "track": "item",
         "trip": "trip", "journey": "trip", "ride": "trip"}
_UNIT = "|".join(sorted((re.escape(u) for u in [*_PEOPLE, *_DATA]), key=len, reverse=True))
_SKIP = r"(?:of|the|a|an|and|or|per|more|less|fewer|than|to|in|on|for|from|with|by|at|each|every|were|was|are|is|had|have)"
_MOD = rf"(?:(?!{_SKIP}\b)[a-z][a-z-]*\s+)"
_QUANTITY = guarded(rf"(?<![\w.$€£])({NUMBER})(\+?)(?:\s+or so)?\s+({_MOD}{{0,3}})({_UNIT})(?:e?s)?\b", re.I)
# 'across our 900-property portfolio', 'a 40-store chain': the size of the whole business, said as a modifier
_SIZED = guarded(rf"(?<![\w.$€£-])(\d{{1,3}}(?:,\d{{3}})+|\d+)-({_UNIT}) (?:[\w-]+ )?(?:portfolio|chain|network|estate|group|fleet|footprint|business|operator|retailer)\b", re.I)
# 'The chain only had the three properties': said right before the count, all there was (unless a part is named)
_ONLY_HAD = guarded(r"\b(?:only|just) (?:ever )?had (?:the )?$", re.I)
_SPEECH = guarded(r"\b(?:transcri\w+|audio|recordings?|speech|utterances?|calls|footage|video)\b", re.I)
_AUDIO_TOTAL = guarded(rf"\b(?:it|that|this|they|those) (?:was|were|came to|totall?ed|added up to)\s+(?:(?:about|around|roughly|maybe|only|just|like|barely)\s+)*"
                          rf"({NUMBER})\s+hours\s+(?:in total|total|altogether|all told|of (?:it|them|audio|speech))", re.I)
_AUDIO = guarded(rf"(?<![\w.])({NUMBER})\s+hours?\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:audio|speech|recordings?|video|footage|calls)\b"
                    rf"|\b(?:dataset|data|corpus|recordings)\s+(?:was|were|came to|totall?ed|of)\s+(?:about |around |roughly |maybe |only |just |like )*({NUMBER})\s+hours\b", re.I)
_BARE = guarded(rf"\b(?:we (?:finally |eventually |only )?had|ended up with|got to|we reached|(?:we|I)(?: had|'d)? (?:finally |eventually )?(?:labell?ed|annotated|collected|gathered|scraped|recorded))\s+(?:about |around |roughly |maybe )?((?:\d+(?:\.\d+)?)\s?(?:k|thousand)\b)(?!\s+(?:{_UNIT}))", re.I)
_Q = r"(?:about |around |roughly |only |just |maybe |like |under |over |less than |fewer than |nearly |almost |approximately |some )*"
_USER_BASE = guarded(rf"\b(?:(user|customer|subscriber|member|player|patient) (base|list|count|numbers?)|(?<!of )(?:our|the|my) (users|customers|dau|mau|audience|subscribers))"
                        rf"\s(?:was|were|is|of|numbered|totall?ed|came to|peaked at|stood at|at)\s+{_Q}({NUMBER})(?!\s*(?:%|percent))", re.I)
_DATASET = guarded(rf"\b(?:the |our |my )?((?:whole |entire |full |final |labell?ed |training |raw |clean )?(?:dataset|data set|corpus|training set|training data))"
                      rf"\s(?:was|were|is|of|had|contained|came to|totall?ed|at)\s+{_Q}({NUMBER})(?:\s+({_MOD}{{0,2}})({_UNIT})(?:e?s)?)?\b(?!\s*(?:%|percent|hours))", re.I)
# Any other counted thing ("250,000 hand-picked P-wave arrivals", "85,000 bitewing radiographs") is
# compared only with the same noun; counts of time, money, effort and model parts are never scale.
_GENERIC = guarded(rf"(?<![\w.$€£])({NUMBER})(\+?)(?:\s+or so)?\s+({_MOD}{{0,2}})([a-z][a-z-]{{2,}}?)(e?s)\b", re.I)
_NOT_COUNTED = frozenset("""day week month year hour minute second quarter semester weekend night time step epoch iteration round
    dollar euro pound cent buck point percent percentage feature parameter layer dimension tree model class category column field
    engineer scientist analyst annotator person people team member hire intern colleague manager labeller labeler rater
    city countrie country market region state language site branche branch office store shop warehouse hospital clinic school
    mile kilometre kilometer meter metre byte gigabyte megabyte terabyte core gpu cpu server machine node shard replica
    percentile decimal digit character word token line experiment test run trial version release sprint ticket""".split())
_LINES = guarded(r"\b(?:postpaid|pre-?paid|subscri\w*|mobile|phone|operator|telco|telecom\w*|carrier|SIMs?)\b", re.I)  # 'four hundred thousand lines' of an operator
_DATA_CONTEXT = guarded(r"\b(?:label|annotat|image|example|sample|dataset|data|training)", re.I)

_SUBSET = guarded(r"\b(?:pilot|beta|subset|sampled?|of them|for (?:evaluation|testing|validation|the test|the eval)|(?:used|kept|took) only|(?:firmware|software|config(?:uration)?) (?:push|update|upgrade|change)|of those|of these|of which|out of|among|hold-?out|held-out|validation|(?:kept|left|held) (?:out|back|aside)|set aside|"
                     r"test (?:set|split|images|examples|samples|data|rows|cases)|per arm|slice|each arm|treatment|control group|cohort|"
                     r"segment|(?<!and )(?<!& )\b(?:android|ios)\b(?! and| &)|biggest|largest|top \d+|trained on|fine-?tuned on|tested on|evaluated on|training set|"
                     r"training data|train split|canary|(?:percent|%) of (?:users|traffic)|one (?:city|market|country|region|state|village|town|neighbou?rhood|district|suburb|postcode|borough|county|province|area)|sliver|"
                     r"\b(?:at|on) (?:\d+(?:\.\d+)?|one|two|three|four|five|ten|fifteen|twenty|twenty-five|fifty) ?(?:percent|%)(?=[\s,.;]|$)|"
                     r"in (?:one|a single) (?!(?:day|week|month|year|quarter|hour|night|minute|second)\b)|in (?:two|three|four|a few|a couple of|several|\d+) (?:markets|countries|regions|cities|states|stores|sites|"
                     r"hospitals|clinics|branches|warehouses)\b|first (?:test|experiment|trial|run|rollout|roll-out|wave|market|region|release)\b|"
                     r"only (?:on|in|for) (?:the )?(?:one |a single |two |three |a few )?(?-i:[A-Z])[\w-]+|"
                     r"(?:A/B|AB) test|\bA/B\b|only (?:in|on|at|across) (?:about |around |roughly )?(?=\d|one\b|two\b|three\b|four\b|five\b|six\b|ten\b|twenty\b|fifty\b)|"
                     r"first (?:build|cohort|customers|users)\b)", re.I)
_PHASE = guarded(r"\b(?:initially|at first|at launch|in the first|for the first|first (?:month|week|weeks|months|version|phase|release|"
                    r"cities|city|region)|early on|to start|started (?:with|at)|starting with|phase|new (?:users|customers|signups|merchants)|"
                    r"after (?:removing|dropping|filtering|cleaning|dedup\w*|de-duplicat\w*)|dedup\w*|before the (?:full |public )?"
                    r"(?:launch|rollout)|after (?:the )?(?:full )?(?:rollout|launch)|ramp|concurrent|simultaneous|at once|load test)", re.I)
_TOTAL = guarded(r"\b(?:whole|entire|in total|across (?:all )?(?:of )?our|total|overall|altogether|all told|across all (?:the |our )?(?:regions|markets|countries|sites|cities|stores|servers)|at (?:the|its|our) peak|user base|customer base|everyone|everybody|"
                    r"the only (?:users|customers|people)|only ever|ever had|still small|at our size|all (?:we|i) had|all (?:of )?(?:our|the) "
                    r"(?:users|customers|data|traffic)|in the end|finally|by the end|that was (?:it|all|everyone)|"
                    r"(?:big|full|wider|real|proper|public|general) (?:rollout|launch|release) never (?:happened|came)|"
                    r"never (?:got|went|made it) (?:beyond|past) the pilot)\b", re.I)
_ACTIVITY = guarded(r"\b(?:re-?label\w*|label\w*|annotat\w*|add\w*|remov\w*|drop\w*|pull\w*|sampl\w*|review\w*|check\w*|fix\w*|"
                       r"correct\w*|re-?grad\w*|flag\w*|clean\w*|inspect\w*|read|went through|go through|look\w* at|hand-check\w*|"
                       r"exclud\w*|discard\w*|filter\w*|dedup\w*|threw out|throw out|another|extra|more|took|picked|selected|chose|set aside|hand-picked),?\s+(?:(?:for|of|on|in|to)\s+)?(?:(?:about|around|roughly|"
                       r"like|maybe|some|only|just)\s+)?\S*$", re.I)
_PERIOD = guarded(r"\b(?:a|an|per|each|every|in one|in a single|on (?:a|an) (?:normal|typical|average|ordinary|regular|usual|quiet|busy|good|bad))\s+(day|week|month|year|quarter|hour|night|minute|second)\b|\b(daily|weekly|monthly|nightly|yearly|annual(?:ly)?)\b|\b(dau|mau|wau)\b", re.I)
_PERIOD_NAMES = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year",
                 "annually": "year", "dau": "day", "mau": "month", "wau": "week", "night": "day"}
_STAFF = guarded(r"\b(?:team|staff|employees|engineers|annotators|label?lers|raters|analysts|colleagues|headcount|working|"
                    r"labell?ing|annotating|employed|hired)\b", re.I)
_WORKERS = r"(?:annotators|label?lers|raters|reviewers|people|nurses|doctors|clinicians|radiologists|students|contractors|volunteers|experts|engineers|of us)"
# "four annotators and each of them did about five thousand frames, no overlap": the parts add up to a total
_SHARES = guarded(rf"(?<![\w.])({NUMBER}) {_WORKERS}\b[^.;]{{0,40}}?\beach(?: of (?:them|us))?\b(?: [a-z]+){{0,2}}? {_Q}({NUMBER}) ({_MOD}{{0,2}})({_UNIT})(?:e?s)?\b", re.I)
_DISJOINT = guarded(r"\b(?:no overlap|without overlap|non-?overlapping|different (?:ones|sets|batches|items)|separate (?:sets|batches)|disjoint|split (?:them|it|the \w+) (?:between|among))\b", re.I)
# "went through every image in the dataset, all 3,000 or so": the count belongs to the noun before it, and is the whole
_EVERY = guarded(rf"\b(?:every|each) (?:single )?({_UNIT}) (?:in|of) (?:the|our|my) (?:whole |entire |full )?(?:dataset|data ?set|corpus|collection|archive)\b,?\s*"
                    rf"(?:all|every one of the|that's|which (?:is|was)|so) {_Q}({NUMBER})(?!\s*(?:%|percent))", re.I)
# "scoring every claim across all 14 states, around 9,000 a day": the count after 'every <noun>' is a rate of that noun
_EVERY_RATE = guarded(rf"\b(?:every |each |all (?:the |our )?|all incoming )(?:single |incoming |new )?(?:[a-z-]+ )?({_UNIT})s?\b[^.;:]{{0,60}}?,\s*{_Q}({NUMBER})\s+"
                         rf"(?:a|an|per|each|every) (day|week|month|year|hour)\b", re.I)
# 'set the rates for all 340 of our properties': the count of the whole, said before the noun it counts
_ALL_OF = guarded(rf"\ball ({NUMBER})(\+?) of (?:our|the|their|its|my) ({_MOD}{{0,3}})({_UNIT})(?:e?s)?\b", re.I)
# how far back the data goes, counted in seasons or years: 'twelve seasons of yield records', 'we only really had two seasons'
_HISTORY = guarded(rf"\b({NUMBER}) (season|year|month)s? of (?:[\w-]+ ){{0,2}}?(?:data|records|history|logs|observations|labels|measurements)\b"
                   rf"|\b(?:only|just) (?:really |ever )?(?:had|have) ({NUMBER}) (season|year)s?\b(?! (?:old|ago|later|before|after|in|at)\b)"
                   rf"|\bdata (?:from|for|covering|over) (?:only |just )?the (?:last|past|previous|first) ({NUMBER}) (year|month)s?\b", re.I)
_MONTHS_IN = {"year": 12, "month": 1}
# 'The test cohort was 60,000 listeners, roughly a tenth of our daily actives': the whole, worked out from a part
_FRACTION_OF = guarded(rf"\s*[,(]?\s*(?:which (?:is|was) |that's |so )?(?:roughly |about |around |some |maybe |just |only |approximately )?(?:a|one) "
                       rf"(tenth|fifth|quarter|third|half|twentieth|hundredth) of (?:all )?(?:of )?(?:our|the|their|my) ((?:[\w-]+ ){{0,2}}?)({_UNIT})(?:e?s)?\b", re.I)
_FRACTIONS = {"tenth": 10, "fifth": 5, "quarter": 4, "third": 3, "half": 2, "twentieth": 20, "hundredth": 100}
_MIN_COUNT = 20  # "two people", "one camera": counts this small are staff or things, not scale


def extract(turn: int, sents: list[str]) -> list[Claim]:
    out: list[Claim] = []
    for i, sentence in enumerate(sents):
        previous_total = i > 0 and _affirmed_total(sents[i - 1]) and not _QUANTITY.search(sents[i - 1])
        found = [_counted(turn, sentence, m) for m in (*_QUANTITY.finditer(sentence), *_ALL_OF.finditer(sentence))]
        known = [m.span(1) for m in _QUANTITY.finditer(sentence)]
        found += [_generic(turn, sentence, m) for m in _GENERIC.finditer(sentence) if m.span(1) not in known]
        found += [_history(turn, sentence, m) for m in _HISTORY.finditer(sentence)]
        found += [_whole_from_part(turn, sentence, m) for m in _QUANTITY.finditer(sentence)]
        found += [_hours(turn, sentence, m) for m in _AUDIO.finditer(sentence)] + [_sized(turn, sentence, m) for m in _SIZED.finditer(sentence)]
        if _SPEECH.search(sentence) or (i > 0 and _SPEECH.search(sents[i - 1])):
            audio = [m.span() for m in _AUDIO.finditer(sentence)]
            found += [_hours(turn, sentence, m) for m in _AUDIO_TOTAL.finditer(sentence) if not any(a < m.end() and m.start() < b for a, b in audio)]
        found += [_user_base(turn, sentence, m) for m in _USER_BASE.finditer(sentence) if not _QUANTITY.match(sentence, m.start(4))]
        found += [_dataset(turn, sentence, m) for m in _DATASET.finditer(sentence) if not _QUANTITY.match(sentence, m.start(2))]
        found += [_every(turn, sentence, m) for m in _EVERY.finditer(sentence) if not _QUANTITY.match(sentence, m.start(2))]
        found += [_every_rate(turn, sentence, m) for m in _EVERY_RATE.finditer(sentence)]
        if _DATA_CONTEXT.search(sentence):
            found += [_unitless(turn, sentence, m) for m in _BARE.finditer(sentence)]
        if _DISJOINT.search(sentence):
            out += [c for c in (_shares(turn, sentence, m) for m in _SHARES.finditer(sentence)) if c]
        if "each" in sentence or "Each" in sentence:
            out += [c for c in (_groups(turn, sentence, m) for m in (*_EACH_GROUP.finditer(sentence), *_EACH_OF.finditer(sentence), *_EACH_ALL.finditer(sentence))) if c]
        starts = sorted(c[1] for c in found if c)
        for item in found:
            if item and not _GENERIC_YOU.search(clause(sentence, item[1], item[2])):
                claim = _marked(item, sentence, starts, previous_total)
                if not claim.has("few") or (claim.has("total") and not claim.has("subset")):
                    out.append(claim)  # 'data from six clinics' says nothing about the scale; 'only ever in six' does
    return out


# 'adding the 2023 scans': a year after a determiner names which ones, it does not count them
_YEAR_AFTER_DETERMINER = guarded(r"\b(?:the|our|their|those|these|my|its|his|her|in|from|of)\s+$", re.I)


def _a_year(m: re.Match[str], sentence: str) -> bool:
    number = m.group(1)
    return bool(re.fullmatch(r"(?:199\d|20[0-3]\d)", number)) and bool(_YEAR_AFTER_DETERMINER.search(sentence[max(0, m.start() - 12) : m.start()]))


# a plural noun among the modifiers is what is counted: 'forty different ways people write it', 'three kinds of user'
_COUNTED_MOD = guarded(r"\b(?:ways|kinds|types|sorts|reasons|things|times|versions|variants|spellings|forms|names|steps|questions)\b", re.I)


def _counted(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    if _a_year(m, sentence):
        return None
    rng = parse(m.group(1))
    unit = m.group(4).lower()
    floor = _MIN_SITES if unit in _SITES else _MIN_COUNT
    if rng is None or rng[1] < floor or hypothetical(sentence, m.start(), m.end()):
        return None
    if unit == "meter" and _DISTANCE.search(sentence[max(0, m.start() - 25) : m.end() + 25]):
        return None  # 'within 500 meters of a store' is a distance, not 500 smart meters
    if unit in ("people", "person") and _STAFF.search(clause(sentence, m.start(), m.end())):
        return None
    if _COUNTED_MOD.search(m.group(3)):
        return None  # 'forty different ways people write DK' counts ways, not people
    kind, key = ("scale", _PEOPLE[unit]) if unit in _PEOPLE else ("dataset_size", _DATA[unit])
    rng = bounded(rng, sentence[max(0, m.start() - 20) : m.start()], m.group(2))
    period = _period(m.group(3) + unit, sentence, m.end())
    tags = frozenset(({f"period:{period}"} if period else set()) | ({"few"} if rng[1] < _MIN_COUNT else set()))
    return Claim(turn, kind, key, rng[0], rng[1], m.group(0), tags), m.start(), m.end()


def _whole_from_part(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    whole = _FRACTION_OF.match(sentence, m.end())
    rng = parse(m.group(1))
    unit = whole and whole.group(3).lower()
    if not whole or rng is None or unit not in _PEOPLE or m.group(4).lower() not in _PEOPLE or hypothetical(sentence, m.start(), whole.end()):
        return None
    times = _FRACTIONS[whole.group(1).lower()]
    period = _period(whole.group(2) + unit, sentence, whole.end())
    tags = frozenset({"total"} | ({f"period:{period}"} if period else set()))
    return Claim(turn, "scale", _PEOPLE[unit], rng[0] * times, rng[1] * times, sentence[m.start() : whole.end()].strip(), tags), m.start(), whole.end()


def _history(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    rng = parse(m.group(1) or m.group(3) or m.group(5))
    unit = (m.group(2) or m.group(4) or m.group(6)).lower()
    if rng is None or hypothetical(sentence, m.start(), m.end()):
        return None
    if unit == "season":
        return Claim(turn, "dataset_size", "span:season", rng[0], rng[1], m.group(0)), m.start(), m.end()
    return Claim(turn, "dataset_size", "span:month", rng[0] * _MONTHS_IN[unit], rng[1] * _MONTHS_IN[unit], m.group(0)), m.start(), m.end()


def _sized(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    rng, unit = parse(m.group(1)), m.group(2).lower()
    if rng is None or hypothetical(sentence, m.start(), m.end()):
        return None
    kind, key = ("scale", _PEOPLE[unit]) if unit in _PEOPLE else ("dataset_size", _DATA[unit])
    tags = frozenset({"total"} | ({"few"} if rng[1] < _MIN_COUNT else set()))
    return Claim(turn, kind, key, rng[0], rng[1], m.group(0), tags), m.start(), m.end()


def _generic(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    if _a_year(m, sentence):
        return None
    noun = m.group(4).lower()
    rng = parse(m.group(1))
    modifiers = m.group(3).split()
    if noun in ("event", "record", "entry") and modifiers and modifiers[-1].lower() not in _NOT_COUNTED:
        noun = modifiers[-1].lower().rstrip("s")  # '40 million login events' are logins
    if noun in _NOT_COUNTED or noun.rstrip("e") in _NOT_COUNTED or (noun + "e" in _NOT_COUNTED and not (noun == "lin" and _LINES.search(sentence))) or rng is None or rng[1] < _MIN_COUNT or hypothetical(sentence, m.start(), m.end()):
        return None
    rng = bounded(rng, sentence[max(0, m.start() - 20) : m.start()], m.group(2))
    period = _period(m.group(3) + noun, sentence, m.end())
    tags = frozenset({f"period:{period}"} if period else ())
    if noun == "lin" and _LINES.search(sentence) and not re.match(r"\s+of\b", sentence[m.end() :]):
        return Claim(turn, "scale", "user", rng[0], rng[1], m.group(0), tags), m.start(), m.end()
    return Claim(turn, "dataset_size", "n:" + noun, rng[0], rng[1], m.group(0), tags), m.start(), m.end()


# Groups that do not overlap, each with a count, add up: 'they did two batches, each about 2,500', 'Each of the twelve
# sites ran maybe thirty arms', 'Each cohort was a bit over three and a half thousand students, and I used all four'.
_GROUP = r"(?:batch(?:e)?|round|cohort|wave|site|cit(?:y|ie)|store|hospital|warehouse|depot|region|season|fleet|plant|factor(?:y|ie)|branch(?:e)?|clinic|school)"
_EACH_GROUP = guarded(rf"(?<![\w.])({NUMBER}) (?:[\w-]+ )?{_GROUP}s\b,? each(?: of (?:them|those))?(?: (?:was|had|with|of|did|ran|held|covering|about))?\s+{_Q}"
                      rf"({NUMBER})(?: ({_MOD}{{0,2}})({_UNIT})(?:e?s)?\b)?(?!\s*(?:%|percent|per))", re.I)
_EACH_OF = guarded(rf"\b[Ee]ach of (?:the|our|those|these|its|their) ({NUMBER}) (?:[\w-]+ )?{_GROUP}s\b (?:\w+ ){{1,2}}?{_Q}({NUMBER}) ({_MOD}{{0,2}})([a-z]+?)(?:e?s)?\b(?!\s*(?:%|percent|per|a |an |each|every))", re.I)
_EACH_ALL = guarded(rf"\b[Ee]ach {_GROUP} (?:was|had|did|ran|held|covered)\s+(?:a bit over |a bit under |just over |just under |about |around |roughly |maybe |some )?({NUMBER})"
                    rf"(?: ({_MOD}{{0,2}})({_UNIT})(?:e?s)?\b)?[^.;]{{0,40}}?\b(?:I|we) used all (?:of the |the )?({NUMBER})\b", re.I)


def _groups(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """The total that groups of the same size add up to, marked as worked out."""
    if m.re is _EACH_ALL:
        count, each, noun = parse(m.group(4)), parse(m.group(1)), m.group(3)
    else:
        count, each, noun = parse(m.group(1)), parse(m.group(2)), m.group(4)
    if not count or not each or count[1] < 2 or count[1] > 100 or each[1] < 2 or hypothetical(sentence, m.start(), m.end()):
        return None
    noun = (noun or "").lower()
    if noun in _PEOPLE:
        kind, key = "scale", _PEOPLE[noun]
    elif noun in _DATA:
        kind, key = "dataset_size", _DATA[noun]
    elif noun and noun not in _NOT_COUNTED:
        kind, key = "dataset_size", "n:" + noun
    elif not noun:
        kind, key = "dataset_size", "*"
    else:
        return None
    return Claim(turn, kind, key, count[0] * each[0], count[1] * each[1], m.group(0), frozenset({"total", "derived"}))


def _shares(turn: int, sentence: str, m: re.Match[str]) -> Claim | None:
    """Disjoint shares of the work add up: four annotators with five thousand frames each, no overlap, is
    twenty thousand frames labelled, a total."""
    people, share = parse(m.group(1)), parse(m.group(2))
    unit = m.group(4).lower()
    if not people or not share or people[1] < 2 or unit in _PEOPLE or hypothetical(sentence, m.start(), m.end()):
        return None
    lo, hi = people[0] * share[0], people[1] * share[1]
    return Claim(turn, "dataset_size", _DATA[unit], lo, hi, m.group(0), frozenset({"total", "derived"}))


def _hours(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    rng = parse(m.group(1) or m.group(2))
    if rng is None or hypothetical(sentence, m.start(), m.end()):
        return None
    return Claim(turn, "dataset_size", "hour", rng[0], rng[1], m.group(0)), m.start(), m.end()


def _user_base(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    """'our user base was about 20k', 'the customers numbered a few hundred', 'our DAU was around 40k'."""
    rng = parse(m.group(4))
    if rng is None or rng[1] < _MIN_COUNT or hypothetical(sentence, m.start(), m.end()):
        return None
    rng = bounded(rng, sentence[m.start(4) - 25 : m.start(4)])
    word = (m.group(3) or "").lower()
    tags = {"total"} if m.group(2) and m.group(2).lower() in ("base", "list") else set()
    tags |= {"period:day"} if word == "dau" else {"period:month"} if word == "mau" else set()
    return Claim(turn, "scale", "user", rng[0], rng[1], m.group(0), frozenset(tags)), m.start(), m.end()


def _dataset(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    """'the dataset was about 3,000', 'a corpus of 30k documents', 'the training set had 2 million rows'."""
    rng = parse(m.group(2))
    if rng is None or rng[1] < _MIN_COUNT or hypothetical(sentence, m.start(), m.end()):
        return None
    rng = bounded(rng, sentence[m.start(2) - 25 : m.start(2)])
    which = m.group(1).lower()
    tags = {"subset"} if which.startswith(("training", "labelled", "labeled", "clean")) else set()
    tags |= {"total"} if which.startswith(("whole", "entire", "full", "final")) else set()
    key = _DATA.get(m.group(4).lower(), "*") if m.group(4) and m.group(4).lower() in _DATA else "*"
    return Claim(turn, "dataset_size", key, rng[0], rng[1], m.group(0), frozenset(tags)), m.start(), m.end()


def _every(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    rng = parse(m.group(2))
    unit = m.group(1).lower()
    if rng is None or rng[1] < _MIN_COUNT or unit in _PEOPLE or hypothetical(sentence, m.start(), m.end()):
        return None
    rng = bounded(rng, sentence[m.start(2) - 25 : m.start(2)], "+" if re.match(r"\s*or more", sentence[m.end() :]) else "")
    return Claim(turn, "dataset_size", _DATA[unit], rng[0], rng[1], m.group(0), frozenset({"total"})), m.start(), m.end()


def _every_rate(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    rng = parse(m.group(2))
    unit = m.group(1).lower()
    if rng is None or rng[1] < _MIN_COUNT or unit not in _DATA or hypothetical(sentence, m.start(), m.end()):
        return None
    start = m.start(2)
    return Claim(turn, "dataset_size", _DATA[unit], rng[0], rng[1], sentence[start : m.end()], frozenset({f"period:{m.group(3).lower()}"})), start, m.end()


def _unitless(turn: int, sentence: str, m: re.Match[str]) -> tuple[Claim, int, int] | None:
    rng = parse(m.group(1))
    if rng is None or hypothetical(sentence, m.start(), m.end()):
        return None
    return Claim(turn, "dataset_size", "*", rng[0], rng[1], m.group(0)), m.start(), m.end()


# a clause of its own after the count: its period is how often something was done, not a rate of what is counted
_NEW_SUBJECT = guarded(r"\b(?:[Ww]e|[Tt]hey|I|[Hh]e|[Ss]he)\b")


def _period(modifiers: str, sentence: str, end: int) -> str | None:
    tail = sentence[end : clause_bounds(sentence, end - 1, end)[1]]
    tail = tail[: next((m.start() for m in _NEW_SUBJECT.finditer(tail)), len(tail))]  # 'For our 800 students we retrained weekly'
    m = _PERIOD.search(modifiers) or _PERIOD.search(tail)
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    return _PERIOD_NAMES.get(word, word)


def _affirmed_total(sentence: str) -> bool:
    """A totality marker that is not negated: 'we didn't launch to everyone at once' announces a part; one about
    a metric value ('Overall recall looked fine, around 0.8') says nothing about the next count."""
    if re.search(r"\d", sentence):
        return False
    return any(not re.search(r"(?:\bnot|\bnever|n't)\b(?:\W+\w+){0,3}\W*$", sentence[: m.start()], re.I) for m in _TOTAL.finditer(sentence))


# 'the model itself scored 400 requests a second; the rest never touched it': what is left over makes this a part
_REST = guarded(r"\b(?:the rest|the remainder|everything else|all the others)\b(?! of (?:the|my|our) (?:team|time|year|project|company))", re.I)


# 'a couple of hundred stations had been relocated': the ones something happened to are a part
_UNDERWENT = guarded(r"\s+(?:had|have|has)?\s*(?:been|were|was|got)\s+(?:\w+ly\s+)?(?:relocated|removed|dropped|excluded|affected|missing|mislabell?ed|"
                        r"flagged|duplicated|corrupted|lost|broken|replaced|moved|decommissioned|filtered|discarded|re-?labell?ed|wrong|closed|renamed|merged|"
                        r"upgraded|retired|offline|down)\b", re.I)
# 'In discovery you get hundreds of thousands of emails': what happens in general, not this project's data
_GENERIC_YOU = guarded(r"\byou (?:(?:usually|typically|often|normally|always|easily|can|might|may|will|would) )?(?:get|have|see|receive|deal with|handle|face|end up with|are looking at)\b", re.I)


# 'eleven thousand riders out of the whole book': the whole is the other number, this one is the part
_PART_OF_WHOLE = guarded(r"\b(?:out of|of|from|among|within) (?:the |our |their )?(?:whole|entire|total)\b[^.;]*", re.I)  # to the end: a repeated "the whole" is the same whole
# after the number, 'scored every one of them weekly' is about all of it, not a part
_BACK_REFERENCE = guarded(r"\b(?:every (?:single )?one|each one|all|each|both) of (?:them|those|these)\b", re.I)


# 'ran it on the first forty roasts Lena cupped': the first, last or next few are a part
_FIRST_FEW = guarded(r"\bthe (?:first|last|next|latest|most recent)\s+(?:(?:about|around|roughly|maybe|like)\s+)?$|\b(?:only|just) (?:the|those|these)\s+$", re.I)
# 'stop showing the score for origins with fewer than thirty cupped roasts': a cut-off the rule uses, not a count
_THRESHOLD = guarded(r"\b(?:with|having|that have|that had|who have|under|for)\s+(?:fewer|less|more|at least|at most|over|under)(?:\s+than)?[\s,]*$", re.I)
# '4 million concurrent players at peak': how many at one time, which can never be more than there are in all
_AT_ONCE = guarded(r"\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|at once|at the same time)\b", re.I)


# said after the count: 'we recorded 212 reed pipes ...; they were the subset worth measuring out of the 4,137'
_SUBSET_AFTER = guarded(r"\b(?:they|these|those|that|which) (?:were|are|was|is) (?:the|a|only a|just a) (?:[\w-]+ )?(?:subset|sample|slice|fraction)\b", re.I)
# a count restated in other units right after another: 'three hotels in Lisbon, around 700 rooms' is one part
_APPOSITION = guarded(r"\S+(?: [\w-]+){0,4} (?:in|at|of|from) (?-i:[A-Z])[\w-]+(?: [A-Z][\w-]+)?, (?:(?:about|around|roughly|some|maybe|so|like) )*|\S+(?: [\w-]+){0,2}, (?:about|around|roughly|some|maybe|so) ", re.I)
# 'one village on the bus route with maybe forty listings total': the total of that one place, a part of the data
_PLACE_TOTAL = re.compile(r"\b(?:in )?total\b", re.I)
_ONE_PLACE = guarded(r"\b(?:one|a single|that|this) (?:village|town|neighbou?rhood|district|suburb|postcode|borough|county|province|area|city|region)\b", re.I)


def _marked(item: tuple[Claim, int, int], sentence: str, starts: list[int], previous_total: bool) -> Claim:
    """Subset (a part: a pilot, a test set) and phase (a time or an activity: at first, after dedup, relabelled)
    markers count from the previous quantity to the end of this one's clause; totality markers
    anywhere up to the next quantity, or in a preceding sentence that counts nothing ('It was still small then.')."""
    claim, start, end = item
    before = max((s for s in starts if s < start), default=0)
    if before and _APPOSITION.fullmatch(sentence[before:start]):
        before = max((s for s in starts if s < before), default=0)  # 'for the pilot we took three hotels in Lisbon, around 700 rooms'
    after = min((s for s in starts if s > start), default=len(sentence))
    tags = set(claim.tags)
    window = sentence[before : clause_bounds(sentence, start, end)[1]]
    window = window[: start - before] + _BACK_REFERENCE.sub(" ", window[start - before :])
    if _SUBSET.search(window) or _REST.search(sentence[end:]) or _SUBSET_AFTER.search(sentence[end:]) or _UNDERWENT.match(sentence, end) or _FIRST_FEW.search(sentence[:start]) or _THRESHOLD.search(sentence[:start]):
        tags.add("subset")
    if _PHASE.search(window) or _ACTIVITY.search(sentence[max(0, start - 40) : start]):
        tags.add("phase")
    if _AT_ONCE.search(window):
        tags.add("concurrent")
    if claim.key in _SITE_KEYS and _SOURCE.search(window):
        tags.add("source")  # 'trained on sales across our 300 stores' counts where the data came from, not where it ran
    scope = _PART_OF_WHOLE.sub(" ", sentence[before:after])
    if _ONE_PLACE.search(window):
        tags.add("subset")  # its 'total' is that place's; 'that was the whole deployment' still calls it all there was
        scope = _PLACE_TOTAL.sub(" ", scope)
    if _TOTAL.search(scope) or previous_total or (_ONLY_HAD.search(sentence[:start]) and "subset" not in tags):
        tags.add("total")
    return Claim(claim.turn, claim.kind, claim.key, claim.lo, claim.hi, claim.span, frozenset(tags), claim.words)
