"""How far the work reached: 'it runs across all 14 checkpoints', 'we scored every terminal in the state'
against 'we only ever had it on the shops in one district', 'we never took it beyond the flagship park'.

A count is not needed: the claim is that the model was in use everywhere, or never outside a part. A part at
first ('at first only the one depot') is a phase, not a limit; a plan ('we will roll it out to every store')
is no claim; what the model was trained on ('sales across all our stores') says nothing about where it ran."""

from __future__ import annotations

import re

from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.spans import clause, clause_bounds, hypothetical
from mlprobe.analyzer.guard import guarded

# the places a model can be in use at: sites, vehicles, the whole of an organisation
_SITES = (r"(?:sites?|stores?|shops?|depots?|parks?|hubs?|checkpoints?|terminals?|clinics?|hospitals?|wards?|branch(?:es)?|"
          r"warehouses?|plants?|factories|factory|lines?|cities|city|regions?|markets?|countries|country|schools?|campus(?:es)?|"
          r"venues?|centres?|centers?|pitches|courts?|stadiums?|stadia|grounds?|arenas?|hotels?|propert(?:y|ies)|rinks?|pools?|gyms?|farms?|mines?|retailers?|restaurants?|offices?|locations?|"
          r"airports?|stations?|ports?|vans?|trucks?|vehicles?|buses|trains?|drones?|machines?|devices?|cameras?|gates?|"
          r"lanes?|routes?|districts?|areas?|states?|provinces?|counties|county|fleet|network|chain|estate|"
          r"customers?|users?|accounts?|merchants?|sellers?)(?![\w'-])")
_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of)"
_WHOLE = guarded(
    rf"\b(?:across|in|on|at|for|to|over|into|covering|covers|covered) (?:all|every one of|each of|every single one of) (?:the |our |their |its |his |her )?(?:{_NUM}(?:-odd)? )?(?:[\w-]+ ){{0,2}}?{_SITES}\b"
    rf"|\b(?:across|in|on|at|for|to|over|into) (?:every|each) (?:single )?(?:[\w-]+ )?{_SITES}\b(?: (?:in|across|of) (?:the|our|their) (?:state|country|city|network|chain|group|fleet|company|region|estate))?"
    rf"|\b(?:scored|scores|scoring|covered|covers|covering|ran|runs|running|served|serves|serving|used|uses|using|routed|routes|routing|forecast|forecasts|schedules|scheduled) "
    rf"(?:for )?(?:every|each|all) (?:the |our |their )?(?:single )?(?:{_NUM} )?(?:[\w-]+ )?{_SITES}\b"
    rf"|\b(?:for|across|on|to|in) the (?:whole|entire) (?:[\w-]+ )?(?:fleet|network|chain|estate|group|company|country|state|city|region|business|portfolio|corridor|site|website|platform|app|marketplace)\b"
    rf"|\brolled (?:it |the model |the \w+ )?out (?:to|across|in) (?:all|every|the whole|the entire|the rest)\b",
    re.I,
)
# the sentence says the model is in use there, not that the data came from there
_IN_USE = guarded(r"\b(?:runs?|ran|running|live|inline|deployed|rolled|scor(?:ed|es|ing)|serv(?:ed|es|ing)|used|uses|using|feeds?|fed|rout(?:ed|es|ing)|schedul(?:ed|es|ing)|"
                     r"forecasts?|predicts?|in production|went out|installed|switched on|turned on|cover\w*|monitor\w*|flag\w*|"
                     r"recommend\w*|rank\w*|pric\w*|plans?|planned|decides?|sends?|alerts?|detects?|inspects?|checks?|act(?:ed|ing)? on|predictions)\b", re.I)
_NOT_USE = guarded(r"\b(?:trained|training|train|data|history|historical|records|logs|sales|labell?ed|collected|scraped|sampled|"
                      r"from (?:all|every)|pooled|dataset|corpus|features?|audits?|recorded|measured|histogram|distribution)\b", re.I)
_LIMITED = guarded(
    rf"\bonly ever (?:\w+ ){{0,4}}?(?:on|in|at|to|for|across) (?:the |our |a |one |those |these )?(?:[\w,-]+ ){{0,4}}?{_SITES}\b"
    rf"|\bnever (?:really |actually )?(?:took|taken|take|got|gotten|get|went|go|made|make|moved|rolled|expanded|scaled|extended|pushed|spread)"
    rf"(?: it| the model| the \w+)?(?: out)? (?:beyond|past|outside|further than|out of|off) (?:it|that|them|the pilot|(?:those|these|the) (?:{_NUM}|few)(?![\w-])(?! (?:weeks?|months?|years?|days?)\b)|(?:the |our |that |a |one )?(?:one |single |flagship |pilot |first |original |test |two |three |few |[\w-]+ ){{0,3}}{_SITES})\b"
    rf"|\bthe only (?:{_SITES}|place|one) (?:where |that )?(?:the model|it|the \w+|we) (?:was|is|were|has been|had been|ever) (?:ever )?(?:live|used|deployed|running|ran|switched on|turned on|installed)\b"
    rf"|\b(?:it was|it's|it is|it was only|we were|we're) still (?:just )?(?:the|a|in the|at the) pilot\b"
    rf"|\b(?:it|the model|the \w+) only (?:ever )?(?:really )?(?:ran|run|worked|went live|was live|was used|operated) (?:at|in|on|for) (?:the |a )?(?:one|single|two|three|first|pilot) {_SITES}"
    rf"|\b(?:never|not) (?:went|gone|go|rolled out) (?:nationwide|national|country-wide|company-wide|wider|further|to the (?:rest|others|other \w+))\b",
    re.I,
)
# 'only ever scoring in shadow', 'only ever ran in the back office as a suggestion': not live, which is shipping's business
_ASIDE = guarded(r"\b(?:shadow|back office|test|simulat\w*|staging|offline|sandbox|lab|notebook)\b", re.I)
_PHASE = guarded(r"\b(?:at first|initially|to start|to begin with|in the first|for the first|first (?:few )?(?:weeks?|months?|year)|until|till|before (?:we|the|it)|"
                    r"then|later|now|these days|today|by (?:the end|then|now)|eventually|since then|after that|yet)\b", re.I)
_OTHER = guarded(r"\b(?:v\d|version|(?:second|new|newer|old|older|previous|first) (?:model|system|one|release|iteration|build|tool)|legacy|baseline|rewrite|replacement|successor|challenger|"
                    r"experiment|test|pilot|prototype|a/b|shadow)\b", re.I)


def extract(turn: int, sents: list[str]) -> list[Claim]:
    out: list[Claim] = []
    for sentence in sents:
        for m in _WHOLE.finditer(sentence):
            left, right = clause_bounds(sentence, m.start(), m.end())
            own = sentence[max(0, left - 40) : right]
            if hypothetical(sentence, m.start(), m.end()) or not _IN_USE.search(own) or _NOT_USE.search(own) or _OTHER.search(own):
                continue
            span = clause(sentence, m.start(), m.end())
            out += [Claim(turn, "reach", "reach", 1.0, 1.0, span), Claim(turn, "shipped", "shipped", 1.0, 1.0, span)]  # in use everywhere is in use
            break
        for m in _LIMITED.finditer(sentence):
            left, right = clause_bounds(sentence, m.start(), m.end())
            own = sentence[left:right]
            other = _OTHER.search(sentence[left : m.start()])
            if other and other.group(0).lower() == "pilot" and m.group(0).lower().startswith("never"):
                other = None  # 'the pilot never got past those two': it never grew beyond the pilot
            if hypothetical(sentence, m.start(), m.end()) or _PHASE.search(sentence[: m.start()][-60:]) or other or _ASIDE.search(m.group(0)):
                continue
            out.append(Claim(turn, "reach", "reach", 0.0, 0.0, clause(sentence, m.start(), m.end())))
            break
    return out


def conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    if a.lo == b.lo:
        return None
    return "scale", "one answer says the model was in use everywhere, the other that it never went beyond a part"
