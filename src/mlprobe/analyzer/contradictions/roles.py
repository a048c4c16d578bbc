"""Who did the work: 'I built the whole pipeline alone' against 'the platform team owned the
pipeline'; 'I set the threshold myself' against 'the trust and safety lead decided the threshold';
'I caught it' against 'my supervisor pointed it out'; 'a team of six ML engineers' against 'the only
ML person'. Attributions only conflict when they are about the same thing (shared content words)."""

from __future__ import annotations

import re
from dataclasses import replace

from mlprobe.analyzer.contradictions.amounts import NUMBER, parse
from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.spans import clause, clause_bounds, content_words, hypothetical
from mlprobe.analyzer.guard import guarded

_WORK = (r"designed|built|rebuilt|wrote|developed|created|implemented|trained|owned|ran|did|made|coded|set up|handled|"
         r"design|build|write|develop|create|implement|train|own|do|make|code")
_I_WORK = guarded(rf"\bI (?:\w+ly )?(?:{_WORK})(?: and (?:{_WORK}|shipped|deployed|launched))?\b|\bI was (?:solely |fully |entirely |the only one )?responsible for\b")
_EXCLUSIVE = guarded(r"\b(?:alone|on my own|solely|entirely mine|all mine|sole owner|by myself|single-?handedly|solo|myself|nobody else|no one else|no-one else|just me|only me|"
                        r"the whole thing|the (?:whole|entire) (?!(?:team|time|day|week|month|year|company|org|organi[sz]ation|way|point|idea|group|department|office)\b)\w+|everything(?! else)|all of it|every (?:component|part|piece|step|line)|all the (?:components|parts|pieces|code)|end to end|end-to-end|from start to finish|from beginning to end|(?:was|is) my (?:call|decision|idea)|was (?:all |entirely )?mine|I made the (?:call|decision)|I was the (?:one|person) (?:deciding|who decided|making the (?:call|decision)s?|calling the shots)|I had the (?:final|last) (?:say|word))\b", re.I)
_NEGATED = guarded(r"\b(?:not|n't|never|wasn't)\b[^.]{0,12}$", re.I)
_DECIDE = guarded(r"\bI (?:\w+ly )?(?:chose|picked|set|decided(?: on)?|selected|defined|came up with|proposed|suggested|pushed for|made the (?:call|decision))\b|"
                     r"\bI was the (?:one|person) (?:deciding|who decided|making the (?:call|decision)s?|who made the (?:call|decision)s?|calling the shots|"
                     r"who (?:picked|chose|selected|set|defined|designed))\b|"
                     r"\b(?:[Ii]t|[Tt]hat|[Tt]his) was (?:all )?my (?:idea|call|decision|suggestion|choice)\b|"
                     r"\b(?:decision|choice|call|idea)\b[^.;]{0,40}? was (?:all |entirely )?mine\b")
_DISCOVER = guarded(r"\bI (?:\w+ly )?(?:noticed|caught|found|spotted|discovered|realised|realized|figured out)\b|"
                       r"\bI was the (?:one|person|first) (?:who|to) (?:first )?(?:noticed|caught|found|spotted|discovered|notice|catch|find|spot|discover)\b")
_SCOPE = guarded(r"\bmy (?:own )?(?:part|piece|role|job|contribution|bit|work|task) (?:was|is)\b|\bI was (?:just|only) (?:the|a|one of)\b|"
                    r"\bI (?:only|just|mostly|mainly|merely) (?:worked on|did|built|owned|handled|implemented|coded|ran|followed|plugged in|"
                    r"tuned|helped|wrote|checked|supported|contributed|set up|cleaned|labell?ed|maintained|reviewed|tested|documented|presented|"
                    r"assisted|shadowed|observed)\b|\bI (?:only |mostly |mainly |just )?focused (?:only |mostly |mainly )?on\b|\bI was (?:mostly|mainly|only|just) (?:doing|working on|responsible for|in charge of)\b", re.I)
_JUNIOR = guarded(r"\bI was (?:just |only |actually |really |honestly |basically |in fact )?(?:the|an|a) (?:\w+ )?intern\b|\bI was (?:just |only )?(?:there |on the team |brought in |in )?as (?:the|an|a) (?:\w+ )?intern\b|\bI (?:joined|started|came in) as (?:the|an|a) (?:\w+ )?intern\b|\bI was (?:just |only )?(?:a|the) junior\b(?! (?:\w+ )?(?:year|in|at|of|student|high)\b)|\bI was (?:just |only )?(?:a|the|an) junior (?:[\w-]+ ){0,2}?(?:analyst|engineer|scientist|developer|researcher|member)\b|\b(?:as|I was) the (?:most junior|junior-most|newest|only junior)\b|"
                     r"\bI was (?:the )?(?:most )?junior (?:person|member|one)\b|"
                     r"\b(?:I was in|[Ii]t was|[Tt]his was|[Tt]hat was|during) my first (?:year|months?) (?:out of|after) (?:the |my )?(?:graduate scheme|grad scheme|graduate programme|university|uni|college|school|degree|masters?)\b", re.I)
_LEAD = guarded(rf"\bI (?:\w+ly )?(?:led|managed|headed|supervised|ran) (?:a|the|my|our) (?:\w+ )?(?:group|team|squad|crew) of ({NUMBER})\b|"
                   rf"\bI (?:was )?(?:\w+ly )?(?:(?:set|owned|wrote|ran|did|chose|picked) (?:the |our |my )?[\w-]+(?: [\w-]+)? and )?(?:led|managed|managing|leading|supervised|supervising) (?:the |my |our )?({NUMBER}|two|three|four|five|six|seven|eight) "
                   rf"(?:other )?(?:data scientists|scientists|engineers|ML engineers|analysts|developers|researchers|people|direct reports|reports)\b|"
                   rf"\b(?:with )?({NUMBER}|two|three|four|five|six|seven|eight) (?:\w+ )?(?:data scientists|scientists|engineers|analysts|developers|researchers|people|juniors|interns)"
                   rf" (?:reporting|who reported|reported) to me\b", re.I)
# a lead title without a head count ("as the tech lead", "I was the team lead"): conflicts with a junior role
_SENIOR = guarded(r"\b(?:as|I was) (?:the |a )?(?:tech|technical|team|ML|engineering|project|data science|modelling|modeling) lead\b|\b(?:as|I was) the lead\b(?!-| (?:time|times|generation|gen|scor\w*|magnet|poison\w*|singer|guitar\w*|actor|role in)\b)|\bI (?:led|headed|managed|ran) (?:the|our|a) (?:[\w-]+ ){0,2}?team\b(?!'s| of\b)|\bI led (?:the|our) (?:modell?ing|ML|machine[- ]learning|data science)(?: work| side)?\b(?! (?:for|on|of) |[ -]team)|\b(?:as|I was) (?:the|a) lead (?:data scientist|engineer|ML engineer|scientist|analyst|researcher|developer)\b|"
                     r"\bI was (?:heading|leading|running) (?:the|our) (?:[\w-]+ ){0,3}?(?:side|team|function|group|department|workstream|project|programme|program)\b|"
                     r"\bI was (?:the|a) (?:head of|manager of|director of) [\w -]{2,30}", re.I)
# a manager's title ("as head of data science", "as the engineering manager for the ML group") has people under it
_MANAGER = guarded(r"\b(?:as|I was) (?:the |a |an |our )?(?:head of|director of|VP of|vice president of|manager of|(?:engineering|ML|data science|analytics|data|research) manager\b|"
                      r"(?:director|head) of (?:ML|data|AI|analytics|engineering|research))[\w -]{0,30}", re.I)
_MANAGES = guarded(r"head of|manager|director|VP|vice president", re.I)
_NO_REPORTS = guarded(r"\b(?:no (?:team|one|body|direct reports|reports) (?:under|reporting to) me|nobody (?:reported|reporting|was reporting) to me|"
                         r"I (?:didn't|did not|never) (?:manage|managed|have|had) (?:anyone|anybody|a team|any reports|direct reports|people)(?: under me)?|"
                         r"I had no (?:direct )?reports|not managing anyone|wasn't managing anyone)\b", re.I)
# "the monitoring was not mine": that piece of work belongs to someone else
_NOT_MINE = guarded(r"\b((?:[Tt]he|[Tt]hat|[Tt]his) (?:[\w-]+ ){0,3}?[\w-]+) (?:was|were)(?: not|n't) (?:really |actually )?mine\b")
_MINE = guarded(r"\b((?:[Tt]he|[Oo]ur|[Tt]hat|[Tt]his) (?:[\w-]+ ){0,3}?[\w-]+) (?:was|were) (?:all |entirely |completely |fully )?mine\b")
# 'Everything after the raw bookings table was mine': the table is where the candidate's part began, not theirs
_BOUNDARY = guarded(r"\b(?:everything|anything|all|the rest|what came|whatever came|the work) (?:after|before|beyond|except|but|apart from|other than|besides|downstream of|upstream of|on top of)\s+$", re.I)
_MODEL_NOUNS = guarded(r"\b(?:models?|classifiers?|networks?|nets?|u-?nets?|cnns?|rnns?|lstms?|transformers?|bert|resnet\w*|regressors?|"
                          r"detectors?|rankers?|xgboost|gbms?|forests?|encoders?|weights|checkpoints?)\b", re.I)
_ROLE_NOUN = (r"(?:team|lead|engineer|manager|committee|analyst|scientist|department|group|contractor|vendor|supervisor|advisor|adviser|"
              r"colleague|teammate|boss|intern|pm|director|researcher|architect|owner|consultant|paralegal|investigator|nurse|clinician|"
              r"doctor|designer|developer|expert|agency|office|board|PM|PMs|friend|classmate|co-?founder|flatmate|roommate)s?")
_DET = r"(?:[Tt]he|[Oo]ur|[Tt]heir|[Aa]nother|[Aa]n|[Aa]|[Oo]ne|[Mm]y|[Hh]is|[Hh]er)"
_ACTOR = rf"(?:{_DET} (?:[\w&'-]+ ){{0,3}}?{_ROLE_NOUN}|(?:[Oo]ur|[Mm]y|[Tt]heir|[Tt]he) (?:SRE|PM|CTO|CEO|QA|ops|on-call)s?|[A-Z][a-z]+|[Hh]e|[Ss]he|[Tt]hey)"
_APPOSITION = r", (?:our|my|the|a|an|their) [\w -]{2,30}?,"  # 'Marco, our backend guy, had built'
_OTHER = guarded(rf"\b({_ACTOR})(?: from [\w ]{{1,25}}?|,? who(?:'d)?|,? that|{_APPOSITION})?,?\s(?:had |has |actually |already |originally )?(built|rebuilt|wrote|owned|owns|designed|trained|"
                    rf"developed|implemented|created|did|made|decided|chose|picked|set|fixed|defined|selected|handled|maintained|"
                    rf"was responsible for|were responsible for|took care of|suggested|proposed|came up with|recommended|insisted on|"
                    rf"pushed for|wrote most of|did most of|sent (?:us|me|over)|supplied|provided|delivered|handed (?:us|me)|put together|assembled|curated|"
                    rf"collected|annotated|labell?ed)\b"
                    rf"|\b[Ii]t was (?:actually |really |originally )?({_ACTOR}) (?:who|that) (built|wrote|trained|designed|decided|chose|picked|set|"
                    rf"suggested|proposed|came up with|did)\b")
_OTHER_FOUND = guarded(rf"\b({_ACTOR})(?: from [\w ]{{1,25}}?|{_APPOSITION})?,?\s(?:had |has |already |actually )*(?:(first) )?(pointed (?:it|this|that) out|pointed out|said (?:it|this|that)\b(?! (?:was|is|would|will))|mentioned (?:it|this|that)|"
                          rf"(?:flagged|raised|reported|caught|spotted|noticed|found|saw) (?:it|this|that)(?= first|\s*[,.;]| to (?:me|us|the)| in )|"
                          rf"(?:noticed|spotted|found|caught|saw|flagged) (?:it |this |that )?(first)|brought (?:it|this|that) up|"
                          rf"told me about (?:it|this|that)|(?:flagged|raised|reported|caught|spotted|noticed|discovered|found) the)\b"
                          rf"|\b[Ii]t was (?:actually |really |originally )?({_ACTOR}) (?:who|that) (first )?(found|noticed|spotted|caught|flagged|discovered|raised|pointed)")
_OTHER_REL = guarded(rf"\b((?:the|our|those|these) (?:[\w-]+ ){{0,5}}?[\w-]+) (?:that|which) ({_ACTOR}) (?:had |has |have |already )?(built|wrote|"
                        rf"designed|trained|developed|created|made|put together|assembled|curated|collected|annotated|labell?ed|chose|picked|set up)\b")
_PASSIVE = guarded(r"\s(?:was|were|had been|got|is|are)\s(?:first |originally |actually |already |all )?(built|written|owned|designed|trained|"
                      r"developed|implemented|created|decided|chosen|picked|set|fixed|defined|selected|done|made|inherited|found|noticed|"
                      r"spotted|flagged|raised|caught|approved|signed off)\s(?:by|from)\s((?:the|our|their|a|an|another|my)\s[\w&' -]{2,40}|[A-Z][a-z]+)")
_THEIR_CALL = guarded(r"\s(?:was|is|were) (?:always |ultimately |really |actually |formally |officially )?(?:(?:her|his|their)|(?:the|our|my) [\w -]{1,30}?'s|[A-Z][a-z]+'s) (?:call|decision|choice)\b")
_CAME_FROM = guarded(rf"\s(?:came|comes|come)(?: to (?:us|me))? from\s((?:the |our |a |their )?(?:[\w&-]+ ){{0,3}}?{_ROLE_NOUN}\b|[\w-]+'s\b|"
                     rf"(?-i:[A-Z][a-z]+)(?=,? (?:she|he|who|they)\b))", re.I)  # 'came from Marta, she's the data analyst'
# 'I never wrote model code myself' against 'the LSTM itself, which I wrote from scratch'
_NO_CODE = guarded(r"\bI (?:never|didn't|did not|don't|do not) (?:write|wrote|touch|touched) (?:any |the |a (?:single )?line of )?(?:model |ML |modell?ing |production |training )?code\b", re.I)
_WROTE = guarded(r"\b(?:I|which I|that I) (?:wrote|coded|implemented|hand-wrote|programmed)\b", re.I)
_N = rf"({NUMBER}|two|three|four|five|six)"
_SOLO = guarded(r"\b(?:(?:it|this|that) was a (?:solo|one-person) project|I worked (?:on (?:it|this|that) )?(?:completely |entirely )?alone|"
                   r"I was the only (?:one|person) (?:working )?on (?:it|this|that|the project)|(?:just|only) me on (?:it|this|that|the project)|"
                   r"nobody else (?:worked|was) on (?:it|this|that|the project)|(?:it was|it's) (?:just|only) me(?: on| in| for| working)|"
                   r"I was alone (?:on|in|for) (?:the|this|that) project)\b", re.I)
_CREW = guarded(rf"\bthere were {_N} of us\b|\bwe were (?:a team of )?{_N} (?:people|engineers|data scientists|developers|in the team|on the team)\b|"
                   rf"\b{_N} of us (?:worked|were|built|did)\b|\b(?:it|this|that) was a team of {_N}\b|"
                   rf"\bwith {_N} (?:other )?(?:colleagues|teammates|engineers|people|data scientists)\b|"
                   rf"\b(?:a|an|the|our|my) (\d+|two|three|four|five|six)-(?:person|people|man|strong) (?:[\w-]+ )?(?:team|pod|group|squad|crew|unit)\b", re.I)
_FOUND_VERBS = {"found", "noticed", "spotted", "flagged", "raised", "caught"}
_NOT_ACTORS = {"I", "We", "It", "The", "This", "That", "Our", "My", "So", "Then", "And", "But", "There", "In", "On", "At", "For", "After",
               "Before", "When", "Um", "Uh", "Oh", "Honestly", "Yes", "No", "Yeah", "Well", "Also", "Once", "If", "Since", "Because",
               "While", "Mostly", "Most", "All", "Both", "Each", "Every", "Some", "Everything", "Nothing", "Nobody", "Everyone", "What",
               "Which", "Who", "Probably", "Actually", "Basically", "Later", "First", "Finally", "Now", "Only", "Just", "Even", "Maybe"}
_TEAM = guarded(rf"\b(?:a|the|my|our) team of ({NUMBER}) (?:\w+ )?(?:ML|machine[- ]learning|data|AI|modell?ing) (engineer|scientist|people|person|researcher|folk)s?\b"
                   rf"|\bI (?:managed|led|lead|supervised) ({NUMBER}) (?:ML|machine[- ]learning|data|AI) (engineer|scientist|people|person|researcher)s?\b", re.I)
_ONLY_ML = guarded(r"\b(?:the only (?:ML|machine[- ]learning|data|AI) (person|engineer|scientist|one|people|guy)|the only one doing "
                      r"(?:ML|machine learning|modell?ing|data science)|one-person (?:ML|data|data science) team|sole (?:ML|data) "
                      r"(?:engineer|scientist|person)|the whole (?:ML|data|data science) team)\b", re.I)


# the candidate's own job title, by family: 'as the sole data scientist on the routing team' against 'I was a
# product manager at the time, not on the modelling side'. Only a modelling title against a managing one (or a
# modelling title denied) conflicts: an analyst who built models, or a data engineer who trained one, is ordinary.
_TITLES = {"ml": r"data scientist|(?:ML|machine[- ]learning|AI|MLOps|computer vision|CV|NLP|applied ML) engineer|(?:research|applied|ML|machine[- ]learning) scientist|ML researcher|modell?er",
           "product": r"product manager|project manager|program(?:me)? manager|product owner|PM|delivery manager|scrum master"}
_TITLE = guarded(r"\b(?:[Aa]s|I was|I'm|I am|I worked as|I joined as|I was hired as|[Mm]y (?:role|title|job|position) (?:was|at the time was))"
                    r" (?:the |a |an |our |their )?(?:sole |only |one |lead |senior |junior |staff |principal |first |main |embedded |new )?"
                    r"(?:(?:[\w-]+ ){0,2}?team's |(?:[\w-]+ )?)??"
                    rf"(?P<title>{_TITLES['ml']}|{_TITLES['product']})s?\b")
_NOT_ML = guarded(r"\b(?:not|never|wasn't|was not|I'm not|I am not)\s+(?:a |an |the |really |actually )?(?:on the (?:modell?ing|ML|data science|model) (?:side|team)|"
                     r"(?:a |an )?(?:data scientist|ML engineer|machine[- ]learning engineer|modell?er)\b)", re.I)
# another time than the one the other answer is about: 'later I became a PM', 'before that I was a data scientist'
_OTHER_TIME = guarded(r"\b(?:later|then became|became|become|before that|previously|used to|promoted|moved (?:in)?to|switched (?:in)?to|"
                         r"now|nowadays|these days|today|currently|since then|former(?:ly)?|at my (?:previous|last|old|first) job|after that|"
                         r"before (?:I|joining|moving)|when I (?:joined|started)|at first|initially|(?:first|second|third|next|new|old|previous|earlier|later) version|v\d|"
                         r"(?:joined|was hired|came in|started)(?: [\w-]+){0,3} as)\b", re.I)  # 'I joined in 2020 as the most junior of four': the start, not the whole time


def _titles(turn: int, sentence: str) -> list[Claim]:
    """The candidate's own title at the time of the story, and 'not on the modelling side'."""
    if _OTHER_TIME.search(sentence):
        return []
    out = []
    for m in _TITLE.finditer(sentence):
        if _NEGATED.search(sentence[: m.start()]) or re.match(r"\s*(?:,\s*)?(?:before|until|till)\b", sentence[m.end() :]):
            continue
        family = next(f for f, pattern in _TITLES.items() if re.fullmatch(pattern, m.group("title")))
        out.append(_claim(turn, "title", sentence, m, frozenset({family}), value=1.0))
    for m in _NOT_ML.finditer(sentence):
        out.append(_claim(turn, "title", sentence, m, frozenset({"not_ml"}), value=0.0))
    return out


# 'I joined the team about six weeks after the model went live': the candidate arrived after the launch
_JOINED_AFTER_LAUNCH = guarded(r"\bI (?:only )?(?:joined|came on board|came in|arrived|was hired|started)\b[^.;]{0,40}?\b(?:after|once) (?:the (?:[\w-]+ )?model|it|the system|the (?:[\w-]+ )?tool) "
                               r"(?:had )?(?:went live|had gone live|was live|launched|had launched|shipped|had shipped|was deployed|had been deployed|went into production)\b", re.I)


# someone else ran the team the candidate claims to have run: 'my manager, Sanjay — he ran the forecasting team'
_OTHER_LED = guarded(r"\b(?:he|she|(?!(?:We|They|You|It|Our|My|This|That|Then|So|And|But|Who|Which)\b)(?-i:[A-Z][a-z]+)) (?:was the one who |actually )?(?:ran|led|headed|managed) (?:the|our) (?:[\w-]+ ){0,2}?team\b(?!'s| of\b)", re.I)
_TEAM_WORDS = guarded(r"\b(?:ran|led|headed|managed|leading|running|heading) (?:the |our |a )((?:[\w-]+ ){0,2}?)team\b", re.I)


def _team_words(title: str) -> frozenset[str]:
    """'I ran the replenishment forecasting team' -> the words that say which team ({} when none is named)."""
    m = _TEAM_WORDS.search(title)
    return content_words(m.group(1)) if m else frozenset()


def extract(turn: int, sents: list[str]) -> list[Claim]:
    out: list[Claim] = []
    for sentence in sents:
        out += _self(turn, sentence) + _others(turn, sentence) + _team(turn, sentence) + _titles(turn, sentence)
        out += [_claim(turn, "scope", sentence, m, _about(sentence[m.end() :])) for m in _SCOPE.finditer(sentence)]
        out += [_claim(turn, "junior", sentence, m) for m in _JUNIOR.finditer(sentence)  # 'she'd built the earlier version' is her time, not mine
                if not _OTHER_TIME.search(sentence[max(0, m.start() - 60) : clause_bounds(sentence, m.start(), m.end())[1]])]
        titles = [m for m in _SENIOR.finditer(sentence) if not _OTHER_TIME.search(sentence[max(0, m.start() - 60) : m.start()])]  # 'two years later, as the lead'
        titles += [m for m in _MANAGER.finditer(sentence) if not any(m.start() < o.end() and o.start() < m.end() for o in titles)]
        out += [_claim(turn, "senior", sentence, m, _team_words(m.group(0)), frozenset({"manager"} if _MANAGES.search(m.group(0)) else ())) for m in titles]
        out += [_claim(turn, "other_lead", sentence, m, _team_words(m.group(0))) for m in _OTHER_LED.finditer(sentence) if not _OTHER_TIME.search(sentence)]
        out += [_claim(turn, "no_reports", sentence, m) for m in _NO_REPORTS.finditer(sentence)]
        out += [_claim(turn, "no_code", sentence, m) for m in _NO_CODE.finditer(sentence) if not hypothetical(sentence, m.start(), m.end())]
        out += [_claim(turn, "wrote_model", sentence, m) for m in _WROTE.finditer(sentence) if _wrote_a_model(sentence, m)]
        out += [_claim(turn, "after_launch", sentence, m) for m in _JOINED_AFTER_LAUNCH.finditer(sentence) if not hypothetical(sentence, m.start(), m.end())]
        for m in _LEAD.finditer(sentence):
            size = parse(next(g for g in m.groups() if g))
            if size and size[0] >= 2:
                out.append(_claim(turn, "lead", sentence, m, value=size[0]))
    return out


def _wrote_a_model(sentence: str, m: re.Match[str]) -> bool:
    """'I wrote the LSTM' or 'the LSTM itself, which I wrote': the model is what was written, not a neighbour."""
    if _NEGATED.search(sentence[: m.start()]) or hypothetical(sentence, m.start(), m.end()):
        return False
    if m.group(0).lower().startswith(("which", "that")):
        before = re.split(r"[;.]", sentence[max(0, m.start() - 40) : m.start()])[-1]
        return bool(_MODEL_NOUNS.search(before))
    return bool(_MODEL_NOUNS.search(sentence[m.end() : clause_bounds(sentence, m.start(), m.end())[1]]))


def _claim(turn: int, key: str, sentence: str, m: re.Match[str], words: frozenset[str] = frozenset(), tags: frozenset[str] = frozenset(), value: float = 0.0) -> Claim:
    return Claim(turn, "role", key, value, value, clause(sentence, m.start(), m.end()), tags, words)


def covers(part: frozenset[str], alone: frozenset[str]) -> bool:
    """The candidate's part names everything they said they did alone (any model counts as the model)."""
    named = {w for w in alone if not (w == "<model>" or (_MODEL_NOUNS.fullmatch(w) and "<model>" in part))}
    return bool(alone & part) and named <= part


def _about(text: str) -> frozenset[str]:
    """Content words of what a piece of work was about; any kind of model also counts as '<model>', so 'the
    whole segmentation model' and 'the U-Net' are the same piece of work."""
    return content_words(text) | ({"<model>"} if _MODEL_NOUNS.search(text) else frozenset())


def _exclusive(sentence: str) -> frozenset[str]:
    """'exclusive' when the sentence claims the work alone; 'all' too when it claims all of it ('the whole
    pipeline', 'everything', 'end to end') rather than one thing done alone ('the splits myself')."""
    found = [m.group(0) for m in _EXCLUSIVE.finditer(sentence) if not _NEGATED.search(sentence[: m.start()])]
    if not found:
        return frozenset()
    return frozenset({"exclusive", "all"}) if any(_ALL.search(text) for text in found) else frozenset({"exclusive"})


# another subject takes over after the candidate's work: 'I built the model, and ... we did not trust the NDVI alone'
_NEW_SUBJECT = guarded(r"\b(?:we|they|he|she|you)\b", re.I)
# what was done alone is a model itself ('I owned the rental pricing model end to end'), not a system around one
_MODEL_OBJECT = guarded(rf"\s+(?:the|my|our|a|an|this|that) (?:whole |entire )?(?:[\w-]+ ){{0,3}}?{_MODEL_NOUNS.pattern}", re.I)
_ALL = guarded(r"whole|entire|everything|all of it|every|all the|end[ -]to[ -]end|single|start to finish|beginning to end|top to bottom", re.I)


def _self(turn: int, sentence: str) -> list[Claim]:
    """First-person claims: the whole work alone, a decision, a discovery (each exclusive or not)."""
    exclusive = _exclusive(sentence)
    out = []
    work = next((w for w in _I_WORK.finditer(sentence) if not re.match(r"\s+the (?:call|decision)", sentence[w.end():])), None)
    own = work and sentence[: next((m.start() for m in _NEW_SUBJECT.finditer(sentence, work.end())), len(sentence))]
    alone = work and _exclusive(own)
    if work and alone:
        span = sentence[work.start() : max(clause_bounds(sentence, work.start(), work.end())[1], _EXCLUSIVE.search(own).end())]
        tags = alone | ({"model"} if _MODEL_OBJECT.match(sentence, work.end()) else set())
        out.append(Claim(turn, "role", "whole", 1.0, 1.0, span.strip(" ,;:"), tags, _about(sentence[work.end():])))
    if work and not alone:
        name = head(sentence[work.end() :])
        if name:
            out.append(Claim(turn, "role", "did", 1.0, 1.0, clause(sentence, work.start(), work.end()), frozenset(), frozenset({name})))
    for m in _MINE.finditer(sentence):
        if not _NEGATED.search(sentence[: m.start()]) and not _BOUNDARY.search(sentence[: m.start()]):
            out.append(Claim(turn, "role", "whole", 1.0, 1.0, clause(sentence, m.start(), m.end()), frozenset({"exclusive"}),
                             _about(sentence[m.start() : clause_bounds(sentence, m.start(), m.end())[1]])))
    for key, pattern in (("decide", _DECIDE), ("discover", _DISCOVER)):
        m = pattern.search(sentence)
        if m:
            left, right = clause_bounds(sentence, m.start(), m.end())
            mine = m.group(0).endswith(("idea", "call", "decision", "suggestion", "choice", "mine"))
            obj = sentence[:right] if mine else sentence[m.end() : right]
            out.append(_claim(turn, key, sentence, m, content_words(obj), exclusive, 1.0))
    return out


def head(text: str) -> str | None:
    """The noun a piece of work is named by: 'the subgroup breakdown that week' and 'The breakdown by age
    and site' are both a breakdown."""
    phrase = _HEAD_CUT.split(text.strip(), maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]+", phrase)]
    if not words or words[-1].lower() in ("it", "this", "that", "them", "thing", "things", "work", "stuff", "part", "rest"):
        return None
    word = content_words(words[-1])
    return f"<head:{next(iter(word))}>" if word else None


_HEAD_CUT = guarded(r"\s+(?:by|on|with|for|from|using|in|at|to|that|which|who|of|over|during|this|last|every|before|after|when|because|and|but|so)\b|[,;:.(]", re.I)
_BEFORE_ME = guarded(r"\bbefore I (?:got involved|joined|arrived|started|came (?:on|in|along|on board)|was hired|got there|was brought in)\b", re.I)


def _with_head(claim: Claim, text: str, sentence: str) -> Claim:
    """Work someone else did before the candidate arrived, with the noun it is named by."""
    if not _BEFORE_ME.search(sentence):
        return claim
    name = head(text)
    return replace(claim, tags=claim.tags | {"before_me"}, words=claim.words | ({name} if name else set()))


# 'the feature set was already locked in by the time I got there': settled before the candidate arrived
_SETTLED = guarded(r"\b((?:[Tt]he|[Oo]ur|[Tt]hat|[Tt]his) (?:[\w-]+ ){0,3}?[\w-]+) (?:was|were|had been) (?:already |long )?(?:locked(?: in)?|chosen|fixed|set|decided|"
                      r"frozen|built|in place|done|picked|defined|designed)\b[^.;]{0,30}?\b(?:by the time I (?:got there|joined|arrived|started|came)|before I (?:joined|arrived|got there|started|came))\b")


# 'The model itself was Priya's': the piece of work belongs to a named colleague
_THEIRS = guarded(r"\b((?:[Tt]he|[Oo]ur|[Tt]hat) (?:[\w-]+ ){0,3}?[\w-]+) (?:itself )?(?:was|were|is) (?:really |actually |originally |all )?([A-Z][a-z]+)'s\b(?! (?:call|decision|choice|idea))")


_RELATIVE_TAIL = re.compile(r"\s+(?:that|which|who)\s*$", re.I)


def _others(turn: int, sentence: str) -> list[Claim]:
    """Work, decisions and discoveries attributed to someone else, with what they were about."""
    out = [_claim(turn, "other", sentence, m, content_words(m.group(1)), frozenset({"before_me"})) for m in _SETTLED.finditer(sentence)]
    out += [_claim(turn, "other", sentence, m, _about(m.group(1))) for m in _THEIRS.finditer(sentence) if m.group(2) not in _NOT_ACTORS]
    for m in _OTHER.finditer(sentence):
        if (m.group(1) or m.group(3)) not in _NOT_ACTORS:
            obj = sentence[m.end() : clause_bounds(sentence, m.start(), m.end())[1]]
            if not head(obj):  # 'The classifier that Dmitri trained, before I joined': the work is named before the actor
                obj = _RELATIVE_TAIL.sub("", sentence[clause_bounds(sentence, m.start(), m.end())[0] : m.start()]) or obj
            out.append(_with_head(_claim(turn, "other", sentence, m, _about(obj)), obj, sentence))
    for m in _OTHER_REL.finditer(sentence):
        if m.group(2) not in _NOT_ACTORS:
            out.append(_claim(turn, "other", sentence, m, _about(m.group(1))))
    for m in _OTHER_FOUND.finditer(sentence):
        if (m.group(1) or m.group(5)) not in _NOT_ACTORS:
            obj = sentence[m.end() : clause_bounds(sentence, m.start(), m.end())[1]]
            verb = m.group(3) or m.group(7)
            told = bool(m.group(2) or m.group(4) or m.group(5)) or verb.startswith(("pointed", "brought", "told"))
            pronoun = bool(re.search(r"\b(?:it|this|that)\b", verb))
            words = content_words(obj) | ({"<it>"} if pronoun else set())
            first = told or pronoun or bool(_BEFORE_ME.search(sentence))  # 'had spotted the leak a week before I joined'
            out.append(_claim(turn, "other_found", sentence, m, frozenset(words), frozenset({"first"} if first else ())))
    for m in _NOT_MINE.finditer(sentence):
        out.append(_claim(turn, "other", sentence, m, _about(m.group(1))))
    for m in _THEIR_CALL.finditer(sentence):
        left = clause_bounds(sentence, m.start(), m.end())[0]
        out.append(Claim(turn, "role", "other", 0.0, 0.0, sentence[left : m.end()].strip(" ,;:"), frozenset({"decision"}), content_words(sentence[left : m.start()])))
    for pattern in (_PASSIVE, _CAME_FROM):
        for m in pattern.finditer(sentence):
            if re.match(r"(?:me|us|myself)\b", m.group(m.lastindex or 1), re.I):
                continue
            left = clause_bounds(sentence, m.start(), m.end())[0]
            key = "other_found" if pattern is _PASSIVE and m.group(1).lower() in _FOUND_VERBS else "other"
            tags = frozenset({"first"} if "first" in m.group(0) else ())
            claim = Claim(turn, "role", key, 0.0, 0.0, sentence[left : m.end()].strip(" ,;:"), tags, content_words(sentence[left : m.start()]))
            out.append(_with_head(claim, re.sub(r"^\W*(?:and|but|so|then)\s+", "", sentence[left : m.start()]), sentence) if key == "other" else claim)
    return out


def _team(turn: int, sentence: str) -> list[Claim]:
    out = []
    for m in _TEAM.finditer(sentence):
        size = parse(m.group(1) or m.group(3))
        if size and size[0] >= 2:
            out.append(_claim(turn, "team", sentence, m, frozenset({(m.group(2) or m.group(4)).lower()}), value=size[0]))
    for m in _ONLY_ML.finditer(sentence):
        out.append(_claim(turn, "only_ml", sentence, m, frozenset({(m.group(1) or "person").lower()}), value=1.0))
    for m in _CREW.finditer(sentence):
        size = parse(next(g for g in m.groups() if g))
        if size and size[0] >= 2:
            out.append(_claim(turn, "crew", sentence, m, value=size[0]))
    out += [_claim(turn, "solo", sentence, m, value=1.0) for m in _SOLO.finditer(sentence)]
    return out
