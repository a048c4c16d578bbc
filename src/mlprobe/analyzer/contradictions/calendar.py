"""Dates that have to add up: the months the candidate joined, the project started, it went live or was first
retrained, and the time said to separate them. 'I join the team in March 2021 and we go live in November' and
'about fourteen months from when I started until go-live' cannot both be true; nor can 'We launched it in March
2023' and 'We retrained after six months of the model running in production, in July of the same year'.

Each answer yields two kinds of claim, both in days (months of 30 days; a year of 360):
- ``at:<EVENT>``: when an event happened, said directly ('we launched in March 2023') or worked out from a date
  and a time ('in July, after six months in production' puts the launch in January; that one is ``derived``);
  without a year, the day of the year only (tag ``noyear``), compared around the calendar;
- ``gap:<A>><B>``: the time from one event to the next, said ('fourteen months from when I started until
  go-live') or worked out from two dates in one answer (``dated``).

Two answers conflict when the same event is put months apart and at least one of the two was worked out (two
direct dates of 'the launch' may be a pilot and a rollout, which other rules weigh), or when a said gap and a
dated one differ by a wide margin. Dates are said loosely, so the margins are wide: a false accusation is worse
than a miss.
"""

from __future__ import annotations

import re

from mlprobe.analyzer.contradictions.amounts import NUMBER, parse
from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.spans import clause, hypothetical
from mlprobe.analyzer.guard import guarded

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_MONTH = r"(" + "|".join(m.capitalize() for m in _MONTHS) + r")"
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # the middle month, 0-based, of the season said
_SEASON = r"(spring|summer|autumn|fall)"
_WHEN = r"(?:(early|mid|late|the (?:start|beginning|middle|end) of|the (?:first|second|last) week of) ?-?)?"
_WHEN_DAY = {"early": 5, "the start of": 3, "the beginning of": 3, "the first week of": 3, "the second week of": 10, "mid": 15,
             "the middle of": 15, "late": 25, "the end of": 27, "the last week of": 27}
_YEAR = r"(?:,?\s+(?:of\s+)?(\d{4}|(?:the )?same year))?"
_Q = r"(?:(?:about|around|roughly|nearly|almost|over|just|only|maybe|like|barely|some|approximately|a good)\s+)*"
_N = rf"({NUMBER}|an?|one)"
_UNIT = r"(day|week|fortnight|month|year)s?(\s+and\s+a\s+half)?\b"
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 360}
YEAR = 360

# direct dates
_JOIN = guarded(rf"\bI(?: had| 'd|'d)?(?: only)? (?:joined|join|started there|started at [A-Z][\w&-]+|started on the team|been on the team since|"
                rf"started in the team|join(?:ed)? the [\w -]{{1,40}}?)(?: in| at| since)? (?:that )?{_WHEN}\s*{_MONTH}{_YEAR}")
_START = guarded(rf"\b(?:[Ww]e|[Ii]t|[Tt]he (?:[\w-]+ )?(?:project|work|build)|I) (?:had |first |only )?(?:kicked (?:it )?off|kick off|started on it|started the project|"
                 rf"started working on it|began work(?:ing)? on it|started|began)(?: work| building)? in {_WHEN}\s*{_MONTH}{_YEAR}")
_LIVE_VERB = r"(?:launched|launch|went live|go live|shipped|deployed|rolled (?:it )?out|switched (?:it|the model) on|went to production|put it live)"
_LIVE = guarded(rf"\b(?:[Ww]e|[Ii]t|[Tt]hey|[Tt]he model|[Tt]he (?:[\w-]+ )?(?:model|ranker|classifier|system|tool|score|forecast|router))"
                rf"(?: (?:finally|first|eventually|only))? {_LIVE_VERB}(?: it| (?:our|the) (?:[\w-]+ ){{0,2}}?(?:model|ranker|classifier|system|tool|score|forecast))?"
                rf" (?:in|at|during|with the) {_WHEN}\s*{_MONTH}{_YEAR}(?: (?:patch|release|update))?"
                rf"|\b[Bb]y {_WHEN}\s*{_MONTH}{_YEAR},? we had (?:the first version|a first version|it|the model|v1)\b[^.;]{{0,50}}?\bin production\b")
_RETRAIN = guarded(rf"\b[Tt]he first retrain(?:ing)? (?:only |finally |actually )?(?:happened|came|was|ran|went out)(?: with| in| at)? (?:the )?{_WHEN}\s*{_MONTH}{_YEAR}")
# 'we lost the first couple of months of the project, basically January and February of 2022': the start, named
_FIRST_MONTHS = guarded(rf"\bthe first (?:couple of |few |two |three |\w+ )?(?:weeks|months) of the project,? (?:basically |so |that is |i\.e\. |which (?:was|were) )?"
                        rf"{_MONTH}(?: and {_MONTH})?{_YEAR}", re.I)

# 'I joined the team in January 2023, and the routing project kicked off that same month'
_SAME_MONTH_START = guarded(r"\b(?:project|work|it|we) (?:kicked (?:it )?off|started|began) (?:that|the) same month\b", re.I)
# 'We switched the old spreadsheet off in March, after a month of running both side by side': live a month before
_CUTOVER = guarded(rf"\b(?:switched|turned|shut) (?:the )?old [\w -]{{1,30}}? off in {_WHEN}\s*{_MONTH}{_YEAR},? after {_Q}{_N} {_UNIT} of running (?:both|them|the two|it) "
                   rf"(?:side by side|in parallel|alongside)", re.I)

# times that link a date to an event
_HOLIDAYS = {"christmas": 11 * 30 + 25, "new year": 0 * 30 + 1, "black friday": 10 * 30 + 27, "easter": 3 * 30 + 5}
_HOLIDAY = r"(?:the )?(Christmas|New Year|Black Friday|Easter)\b"
# 'We'd had it running for about eight weeks when the Christmas surge hit'
_RUNNING_WHEN = guarded(rf"\b(?:had|'d had|'d been running|had been running|been running|had been live|'d been live)\b(?: (?:it|the model|the \w+(?: \w+)?))?"
                        rf"(?: (?:running|live|in production))? for {_Q}{_N} {_UNIT} (?:when|by the time) (?P<event>[^.;,]{{3,60}})", re.I)
# 'We retrained after six months of the model running in production, in July of the same year'
_AFTER_RUNNING = guarded(rf"\bafter {_Q}{_N} {_UNIT} of (?:the model |it |the system )?(?:running|being live|live|in production)(?: in production)?,? in {_WHEN}\s*{_MONTH}{_YEAR}", re.I)
# 'for the first eighteen months in production, until autumn 2022'
_FIRST_IN_PRODUCTION = guarded(rf"\bfor the first {_N} {_UNIT} (?:in production|live|after launch),? (?:until|till|up to) (?:the )?(?:{_SEASON}|{_WHEN}\s*{_MONTH})(?: of)? (\d{{4}})", re.I)
# 'landed in mid-January, barely a fortnight after kickoff'; 'by April, like two months after I started'
_BASE = r"(I started|I joined|(?:the )?kick-?off|we (?:started|kicked off)|(?:the |our )?launch|we launched|go-live|it went live|we went live)"
_DATED_AFTER = guarded(rf"\b(?:in|by|at|on) {_WHEN}\s*-?{_MONTH}{_YEAR},? {_Q}{_N} {_UNIT} after {_BASE}\b", re.I)
# 'it ran about six weeks before the first retrain'
_RAN_BEFORE_RETRAIN = guarded(rf"\bran (?:for )?{_Q}{_N} {_UNIT} before the first retrain", re.I)
# 'about fourteen months from when I started until go-live'
_SAID_GAP = guarded(rf"\b{_Q}{_N} {_UNIT} from (when I (?:started|joined)|(?:the )?kick-?off|when we (?:started|kicked off)) (?:until|to|till) "
                    rf"(?:go-?live|launch|(?:it|we) went live|get(?:ting)? anything live|anything (?:was|went) live)", re.I)
_SAID_GAP_AFTER = guarded(rf"\b(?:it )?took (?:us |me )?{_Q}{_N} {_UNIT} from (?:the )?(kick-?off|start) to (?:get(?:ting)? anything live|go-?live|launch)", re.I)

_VERSION = guarded(r"\b(?:second|v[2-9]|version [2-9]|next|new version|newer|later version|upgraded?|replacement|rewrite|rebuild|relaunch\w*)\b", re.I)
AT_GAP_DAYS = 45  # an event put this far apart by two answers, at least one of them worked out from a date and a time
AT_GAP_SHARE = 0.3  # ... and by more than this share of the time it was worked out from: 'about eighteen months' is loose
GAP_DAYS = 75  # a said time between two events against the one their dates give
GAP_RATIO = 1.5


def _day(when: str | None, month: str) -> int:
    return _MONTHS.index(month.lower()) * 30 + _WHEN_DAY.get((when or "").lower(), 15)


def _year(raw: str | None, last: int | None) -> int | None:
    if raw and raw[0].isdigit():
        return int(raw)
    return last if raw else None  # 'same year'


def _length(count: str, unit: str, half: str | None) -> tuple[float, float] | None:
    rng = parse(count)
    if rng is None:
        return None
    days = _UNIT_DAYS[unit.lower()]
    extra = days / 2 if half else 0
    return rng[0] * days + extra, rng[1] * days + extra


class _Dates:
    """Dates said in one answer, in order, with the year carried over from the last dated one: 'I join in March
    2021 and we go live in November same year'."""

    def __init__(self, turn: int) -> None:
        self.turn = turn
        self.year: int | None = None
        self.out: list[Claim] = []

    def at(self, event: str, day: float, year: int | None, span: str, length: float = 0) -> None:
        """An event's day; ``length`` is the time it was worked out from (0 when the date is said directly)."""
        base = day + (year * YEAR if year is not None else 0)
        tags = {"derived", f"len:{round(length)}"} if length else set()
        if year is None:
            tags.add("noyear")
        self.out.append(Claim(self.turn, "calendar", f"at:{event}", base, base, span, frozenset(tags)))

    def gap(self, first: str, second: str, lo: float, hi: float, span: str, dated: bool) -> None:
        self.out.append(Claim(self.turn, "calendar", f"gap:{first}>{second}", lo, hi, span, frozenset({"dated"} if dated else ())))


def extract(turn: int, sents: list[str]) -> list[Claim]:
    dates = _Dates(turn)
    direct: dict[str, Claim] = {}
    for sentence in sents:
        if not re.search(r"\d{4}|" + _MONTH + r"|\b(?:month|week|year|fortnight|Christmas|spring|summer|autumn|fall)", sentence, re.I):
            continue
        if _VERSION.search(sentence):
            continue  # 'the second version went live in May' dates another launch
        found: list[tuple[int, str, re.Match[str]]] = []
        for event, pattern in (("JOIN", _JOIN), ("START", _START), ("LIVE", _LIVE), ("RETRAIN", _RETRAIN)):
            found += [(m.start(), event, m) for m in pattern.finditer(sentence) if not hypothetical(sentence, m.start(), m.end())]
        for _, event, m in sorted(found, key=lambda x: x[0]):
            groups = [g for g in m.groups()]
            when, month, raw_year = (groups[0], groups[1], groups[2]) if groups[1] else (groups[3], groups[4], groups[5])
            year = _year(raw_year, dates.year)
            if year is None and dates.year is not None and direct:
                # a month said after a dated one, in order: the same year, or the next if the month is earlier
                last = max(direct.values(), key=lambda c: c.lo)
                year = dates.year + (1 if _day(when, month) < (last.lo % YEAR) - 20 else 0) if "noyear" not in last.tags else None
            dates.year = year if year is not None else dates.year
            dates.at(event, _day(when, month), year, clause(sentence, m.start(), m.end()))
            direct.setdefault(event, dates.out[-1])
        for m in _SAME_MONTH_START.finditer(sentence):
            before = [c for c in dates.out if -1 < sentence.find(c.span) < m.start()]
            if before and not hypothetical(sentence, m.start(), m.end()) and "START" not in direct:
                last = max(before, key=lambda c: sentence.find(c.span))
                dates.out.append(Claim(last.turn, "calendar", "at:START", last.lo, last.hi, m.group(0), last.tags))
                direct["START"] = dates.out[-1]
        for m in _CUTOVER.finditer(sentence):
            length = _length(m.group(4), m.group(5), m.group(6))
            if length and not hypothetical(sentence, m.start(), m.end()):
                dates.at("LIVE", _day(m.group(1), m.group(2)) - (length[0] + length[1]) / 2, _year(m.group(3), dates.year), m.group(0), length=length[1])
        for m in _FIRST_MONTHS.finditer(sentence):
            if not hypothetical(sentence, m.start(), m.end()):
                year = _year(m.group(3), dates.year)
                dates.at("START", _day(None, m.group(1)) - 10, year, m.group(0), length=60)
        _relations(sentence, dates, direct)
    _dated_gaps(dates, direct)
    return dates.out


def _relations(sentence: str, dates: _Dates, direct: dict[str, Claim]) -> None:
    for m in _RUNNING_WHEN.finditer(sentence):
        length = _length(m.group(1), m.group(2), m.group(3))
        if length is None or hypothetical(sentence, m.start(), m.end()):
            continue
        holiday = re.search(_HOLIDAY, m.group("event"), re.I)
        months = re.findall(_MONTH + r"(?:,?\s+(\d{4}))?", sentence)
        if holiday:
            day, year = _HOLIDAYS[holiday.group(1).lower()], None
        elif len(months) == 1:
            day, year = _day(None, months[0][0]), int(months[0][1]) if months[0][1] else None
        else:
            continue
        dates.at("LIVE", day - (length[0] + length[1]) / 2, year, m.group(0), length=length[1])
    for m in _AFTER_RUNNING.finditer(sentence):
        length = _length(m.group(1), m.group(2), m.group(3))
        if length and not hypothetical(sentence, m.start(), m.end()):
            year = _year(m.group(6), dates.year)
            dates.at("LIVE", _day(m.group(4), m.group(5)) - (length[0] + length[1]) / 2, year, m.group(0), length=length[1])
    for m in _FIRST_IN_PRODUCTION.finditer(sentence):
        length = _length(m.group(1), m.group(2), m.group(3))
        if length and not hypothetical(sentence, m.start(), m.end()):
            day = _SEASONS[m.group(4).lower()] * 30 + 15 if m.group(4) else _day(m.group(5), m.group(6))
            dates.at("LIVE", day - (length[0] + length[1]) / 2, int(m.group(7)), m.group(0), length=max(length[1], 150))  # a season is three months
    for m in _DATED_AFTER.finditer(sentence):
        length = _length(m.group(4), m.group(5), m.group(6))
        if length and not hypothetical(sentence, m.start(), m.end()):
            base = m.group(7).lower()
            event = "JOIN" if base.startswith("i ") else "START" if "kick" in base or "started" in base else "LIVE"
            year = _year(m.group(3), dates.year)
            dates.at(event, _day(m.group(1), m.group(2)) - (length[0] + length[1]) / 2, year, clause(sentence, m.start(), m.end()), length=length[1])
    for m in _RAN_BEFORE_RETRAIN.finditer(sentence):
        length = _length(m.group(1), m.group(2), m.group(3))
        live = direct.get("LIVE")
        if length and live is not None and live.span in sentence and not hypothetical(sentence, m.start(), m.end()):
            middle = (live.lo + live.hi) / 2
            year = None if live.has("noyear") else int(middle // YEAR)
            dates.at("RETRAIN", middle % YEAR + (length[0] + length[1]) / 2, year, m.group(0), length=length[1])
    for pattern in (_SAID_GAP, _SAID_GAP_AFTER):
        for m in pattern.finditer(sentence):
            length, base = _length(m.group(1), m.group(2), m.group(3)), m.group(4).lower()
            if length and not hypothetical(sentence, m.start(), m.end()):
                first = "JOIN" if base.startswith("when i") else "START"
                dates.gap(first, "LIVE", length[0], length[1], clause(sentence, m.start(), m.end()), dated=False)


def _dated_gaps(dates: _Dates, direct: dict[str, Claim]) -> None:
    """The time between two events this answer dates directly, both with a year."""
    for first, second in (("JOIN", "LIVE"), ("START", "LIVE")):
        a, b = direct.get(first), direct.get(second)
        if a is None or b is None or a.has("noyear") or b.has("noyear"):
            continue
        days = (b.lo + b.hi) / 2 - (a.lo + a.hi) / 2
        if days > 0:
            dates.gap(first, second, days - 20, days + 20, f"{a.span} … {b.span}", dated=True)


def _length_of(c: Claim) -> float:
    return next((float(t[4:]) for t in c.tags if t.startswith("len:")), 0.0)


def conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    if a.key != b.key:
        return None
    if a.key.startswith("at:"):
        if not (a.has("derived") or b.has("derived")):
            return None
        distance = abs(a.lo - b.lo)
        if a.has("noyear") or b.has("noyear"):
            x, y = a.lo % YEAR, b.lo % YEAR
            distance = min(abs(x - y), YEAR - abs(x - y))
        if distance < max(AT_GAP_DAYS, AT_GAP_SHARE * max(_length_of(a), _length_of(b))):
            return None
        what = {"JOIN": "the candidate joined", "START": "the work started", "LIVE": "it went live", "RETRAIN": "it was first retrained"}[a.key[3:]]
        return "timeline", f"the dates and times the two answers give put when {what} about {round((distance + 15) / 30)} months apart"
    if a.has("dated") == b.has("dated"):
        return None
    distance = max(a.lo - b.hi, b.lo - a.hi)
    times = max(a.lo, b.lo) / max(1.0, min(a.hi, b.hi))
    if distance < GAP_DAYS or times < GAP_RATIO:
        return None
    return "timeline", "the months one answer gives do not fit how long the other says it took to go live"
