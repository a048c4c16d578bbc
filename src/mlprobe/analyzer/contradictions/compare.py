"""When two claims from different answers cannot both be true, and the one-sentence reason why."""

from __future__ import annotations

import re

from mlprobe.analyzer.contradictions import calendar, reach
from mlprobe.analyzer.contradictions.amounts import ratio
from mlprobe.analyzer.contradictions.claim import Claim
from mlprobe.analyzer.contradictions.metrics import IMPLIED
from mlprobe.analyzer.contradictions.roles import covers
from mlprobe.analyzer.contradictions.spans import content_words
from mlprobe.analyzer.guard import guarded

SCALE_LIMIT = 2.5  # user counts that differ less than this are rounding or a different month
DATA_LIMIT = 1.9
USER_STOCK_LIMIT = 20.0  # users in a day can't outnumber the users there are; a bare count may be a moment's, hence the margin
TIME_LIMIT = 1.8
PART_LIMIT = 1.4  # one step longer than the whole: the step is named precisely, so a smaller margin will do
METRIC_GAP = 0.05  # five points of the same metric, in the same context
DELTA_RATIO = 2.5
DELTA_GAP = 0.02
SAME_SET_DELTA_GAP = 0.01  # both changes said to be on the same evaluation set: a smaller gap is no rounding


def conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """(kind, why) when a and b contradict each other, else None."""
    if {a.kind, b.kind} == {"metric", "metric_delta"}:
        return _end_against_level(a, b)
    if a.kind != b.kind:
        return None
    rule = _RULES.get(a.kind)
    return rule(a, b) if rule else None


def _quantity(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Like with like: a part (pilot, test set) only conflicts when it is larger than the whole; a count
    at another time or of an activity never does; a rate only against what is called the whole."""
    limit = SCALE_LIMIT if a.kind == "scale" else DATA_LIMIT
    at_once = [c for c in (a, b) if c.has("concurrent")]
    if len(at_once) == 1 and _same_thing(a, b):
        peak, whole = (a, b) if at_once[0] is a else (b, a)
        if whole.has("total") and not whole.has("phase") and not whole.period() and peak.lo >= whole.hi * limit:
            return a.kind, "one answer counts more at one time than the other says there were in all"
    if not _same_thing(a, b) or any(c.has("phase") and not c.has("total") for c in (a, b)) or a.has("source") != b.has("source"):
        return None
    noun = "number of users" if a.kind == "scale" else "size of the data"
    pa, pb = a.period(), b.period()
    parts = [c for c in (a, b) if c.has("subset") and not c.has("total")]
    if parts:
        whole = b if parts[0] is a else a
        if len(parts) == 2 or pa != pb or parts[0].lo < whole.hi * limit:
            return None
        return a.kind, f"the {noun} in a part (a pilot, a test, a sample) is larger than the whole"
    if pa == pb:
        times = ratio((a.lo, a.hi), (b.lo, b.hi))
        if times < limit:
            return None
        if a.has("derived") or b.has("derived"):
            return a.kind, f"the shares one answer describes add up to about {times:.0f}x the total the other gives"
        return a.kind, f"the {noun} differs by about {times:.0f}x"
    if pa and pb:
        return _rates(a, b, limit)
    rate, stock = (a, b) if pa else (b, a)
    if stock.has("total") and rate.lo >= stock.hi * limit:
        return a.kind, f"the count per {rate.period()} in one answer is larger than what the other calls the whole"
    if a.kind == "scale" and not stock.has("subset") and rate.lo >= stock.hi * USER_STOCK_LIMIT:
        return a.kind, f"the users per {rate.period()} in one answer are far more than all the users the other answer gives"
    return None


_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}


def _rates(a: Claim, b: Claim, limit: float) -> tuple[str, str] | None:
    """Counts of events per period add up ('3,000 admissions a day' is about 21,000 a week, not 9,000);
    counts of people do not (daily and monthly active users are different numbers), so only data and
    events are converted."""
    pa, pb = a.period(), b.period()
    if a.kind != "dataset_size" or pa not in _DAYS or pb not in _DAYS:
        return None
    short, long = (a, b) if _DAYS[pa] <= _DAYS[pb] else (b, a)
    if min(_DAYS[pa], _DAYS[pb]) < _DAYS["hour"]:
        # a rate per second is a peak as often as an average, so it is not scaled up; but no second holds more than a whole day
        if short.lo < long.hi * limit:
            return None
        return a.kind, f"one answer counts more in a single {short.period()} than the other does in a whole {long.period()}"
    per_day = [(c.lo / _DAYS[p], c.hi / _DAYS[p]) for c, p in ((a, pa), (b, pb))]
    times = ratio(*per_day)
    if times < limit:
        return None
    return a.kind, f"a count per {pa} and a count per {pb} of the same thing differ by about {times:.0f}x once put on the same period"


def _same_thing(a: Claim, b: Claim) -> bool:
    """Same unit, or one side unnamed ('we had 20k'); a noun the rules do not know ('n:radiograph') and how
    far back the data goes ('span:month') only match themselves."""
    return a.key == b.key or ("*" in (a.key, b.key) and not any(k.startswith(("n:", "span:")) for k in (a.key, b.key)))


def _same_metric(a: Claim, b: Claim) -> bool:
    """'NDCG@10' and 'NDCG' are the same metric said casually; 'NDCG@10' and 'NDCG@5' are not."""
    if a.key == b.key:
        return True
    return a.key.split("@")[0] == b.key.split("@")[0] and ("@" not in a.key or "@" not in b.key)


def _metric_name(key: str) -> str:
    base, _, cut = key.partition("@")
    *modifiers, name = base.split()
    name = name.upper() if name in {"auc", "f1", "ndcg", "map", "ctr", "wer", "iou", "bleu"} else name
    return " ".join([*modifiers, name]) + (f"@{cut}" if cut else "")


def _points(value: float) -> str:
    points = round(abs(value) * 100)
    return f"{points} point" + ("" if points == 1 else "s")


_SAME_SETTING = {"live": "production", "online": "production", "holdout": "test"}


def _settings_match(a: Claim, b: Claim) -> bool:
    """The same setting said more or less fully: 'on the held-out test year' and 'there, on the holdout';
    a bare value and one said to be from production. Another setting (offline vs production, a segment,
    the validation set) or a value at a point in time never matches."""
    if "timed" in a.tags or "timed" in b.tags:
        return False
    x, y = ({_SAME_SETTING.get(t, t) for t in c.tags} for c in (a, b))
    small, big = sorted((x, y), key=len)
    return x == y or (bool(small) and small < big) or (not small and big == {"production"})


SMALL_LEVEL_SHARE = 0.25  # for small levels (error rates of a few percent) a quarter of the level is a real gap
BOUND_GAP = 0.03  # a value outside what the other answer says it never went beyond


def _bounded(a: Claim, b: Claim) -> tuple[str, str] | None:
    """'we never got WER below 20%' against 'WER came down to 9%': a bound holds at every point in time,
    so a value at any time in the same setting (or one the bound does not narrow) falls outside it."""
    bound, other = (a, b) if a.has("bound") else (b, a)
    x, y = ({_SAME_SETTING.get(t, t) for t in c.tags} - {"timed", "bound"} for c in (bound, other))
    if not (x <= y or y <= x):
        return None
    place = _SETTING_PHRASE.search(bound.span)
    if place and not content_words(place.group(1)) & content_words(other.span):
        return None  # 'on the noisy call-centre audio we never got WER below 20%' is about that audio only
    gap = max(bound.lo - other.hi, other.lo - bound.hi)
    if gap < BOUND_GAP - 1e-9:
        return None
    side = "above" if bound.hi < 1.0 else "below"
    return "metric", f"one answer says {_metric_name(a.key)} never went {side} a level that the other answer reports it passing"


_SETTING_PHRASE = guarded(r"\b(?:on|for|in|with|across|over) ((?:the |our |a |an |that |those )?(?!(?:it|that|this|there|them|average|total|any|every|all|each)\b)[\w-]+(?: [\w-]+){0,2})", re.I)  # 'on any test set' narrows nothing


def _metric(a: Claim, b: Claim) -> tuple[str, str] | None:
    if _same_metric(a, b) and (a.has("bound") or b.has("bound")):
        return None if a.has("bound") and b.has("bound") else _bounded(a, b)
    if not _same_metric(a, b) or not _settings_match(a, b):
        return None
    gap = max(a.lo - b.hi, b.lo - a.hi)
    implied = [c for c in (a, b) if IMPLIED in c.words]
    if implied:
        return _implied_against_stated(a, b, gap) if len(implied) == 1 else None
    if gap < METRIC_GAP - 1e-9:
        return None
    return "metric", f"the same {_metric_name(a.key)} in the same setting is reported {_points(gap)} apart"


IMPLIED_GAP = 0.10  # 'roughly one in five' is loose: only a value far from what the counts imply is a contradiction
IMPLIED_RATIO = 2.0  # for small error rates, a factor rather than points


def _implied_against_stated(a: Claim, b: Claim, gap: float) -> tuple[str, str] | None:
    """'a precision of 96%' against 'one in five panels we sent them turned out fine' (about 80%)."""
    small = max(a.hi, b.hi) < 0.2
    if small and ratio((a.lo, a.hi), (b.lo, b.hi)) < IMPLIED_RATIO or not small and gap < IMPLIED_GAP - 1e-9:
        return None
    return "metric", f"the counts one answer gives put {_metric_name(a.key)} {_points(gap)} away from the value the other answer states"


_OFFLINE = frozenset({"offline", "test", "holdout", "validation"})


def _delta(a: Claim, b: Claim) -> tuple[str, str] | None:
    if a.has("no_gain") or b.has("no_gain"):
        return _no_gain(a, b)
    same = "same" in a.tags | b.tags and all(c.tags <= _OFFLINE | {"same"} for c in (a, b))
    if not _same_metric(a, b) or (a.tags != b.tags and not same):
        return None
    if _different_end(a, b):
        return "metric", f"the same change in {_metric_name(a.key)} starts from the same value in both answers but ends at two different values"
    if abs(a.lo - b.lo) < (SAME_SET_DELTA_GAP if same else DELTA_GAP):
        return None
    small, big = sorted((abs(a.lo), abs(b.lo)))
    if a.lo * b.lo < 0 or small == 0 or big / small >= DELTA_RATIO:
        change = " and ".join(("a gain of " if c.lo > 0 else "a loss of ") + _points(c.lo) for c in (a, b))
        return "metric", f"the same change in {_metric_name(a.key)} is reported as {change}"
    return None


def _no_gain(a: Claim, b: Claim) -> tuple[str, str] | None:
    """'the new model never beat the old one on AUC' against 'AUC went from 0.781 to 0.794', in one setting."""
    none, gain = (a, b) if a.has("no_gain") else (b, a)
    if gain.has("no_gain") or not _same_metric(a, b) or gain.lo < SAME_SET_DELTA_GAP:
        return None
    x, y = none.tags - {"no_gain"}, gain.tags - {"same"}
    if x and y and x != y:
        return None
    return "metric", f"one answer reports a gain of {_points(gain.lo)} in {_metric_name(gain.key)}, the other that the new model never beat the old one on it"


def _mark(c: Claim, prefix: str) -> str | None:
    """The value a change starts from ('from') or ends at ('to'), as the candidate wrote it."""
    return next((w[len(prefix) + 1 : -1] for w in c.words if w.startswith(f"<{prefix} ")), None)


def _end_against_level(a: Claim, b: Claim) -> tuple[str, str] | None:
    """'The version we launched moved recall@50 from 0.61 to 0.74' against 'The launched model sat at 0.68
    recall@50 offline': a change ends at the level of the new model, so it is compared with a level said of the
    model that shipped, offline (a live value may drift)."""
    delta, level = (a, b) if a.kind == "metric_delta" else (b, a)
    end = _mark(delta, "to")
    if end is None or "%" in end or "<final>" not in level.words or level.has("bound") or not _same_metric(a, b):
        return None
    x, y = ({_SAME_SETTING.get(t, t) for t in c.tags if not t.startswith("of:")} - {"same"} for c in (delta, level))
    if any(t.startswith("of:") and t != "of:final" for t in level.tags) or not y <= _OFFLINE or (x and y and x != y) or not x <= _OFFLINE:
        return None
    try:
        value = float(end)
    except ValueError:
        return None
    value = value / 100 if value > 1 else value  # 'from 11 percent to about 6': the end keeps the start's unit
    gap = max(level.lo - value, value - level.hi)
    if gap < min(METRIC_GAP, SMALL_LEVEL_SHARE * max(value, level.hi)) - 1e-9:  # 6% against 8.9% error is far apart
        return None
    return "metric", f"a change in {_metric_name(level.key)} ends {_points(gap)} away from the level the other answer gives for the model that shipped"


def _different_end(a: Claim, b: Claim) -> bool:
    """'from 0.781 to 0.794' against 'from 0.781 to 0.788': one baseline, two results that differ even
    when both are rounded to the coarser of their precisions."""
    start_a, start_b, end_a, end_b = _mark(a, "from"), _mark(b, "from"), _mark(a, "to"), _mark(b, "to")
    if not (start_a and end_a and end_b) or start_a != start_b or "%" in end_a + end_b:
        return False
    try:
        x, y = float(end_a), float(end_b)
    except ValueError:
        return False
    digits = min(len(e.partition(".")[2]) for e in (end_a, end_b))
    return round(x, digits) != round(y, digits)


ERROR_TIME_RATIO = 1.5  # 38 seconds against a minute and a half; 40 against 50 seconds is rounding or another month


ERROR_TIME_BARE_RATIO = 3.0  # a bare error against one on the test set: the bare one is most likely that test too, so only a wide gap


def _error_time(a: Claim, b: Claim) -> tuple[str, str] | None:
    times = ratio((a.lo, a.hi), (b.lo, b.hi))
    offline = {not a.tags, not b.tags} == {True, False} and (a.tags | b.tags) <= _OFFLINE and times >= ERROR_TIME_BARE_RATIO
    if a.key != b.key or not (_settings_match(a, b) or offline) or times < ERROR_TIME_RATIO:
        return None
    return "metric", f"the same {a.key.upper() if a.key in ('mae', 'rmse') else a.key} in the same setting differs by about {times:.0f}x"


def _order(a: Claim, b: Claim) -> tuple[str, str] | None:
    """'my model was much better than the rule baseline' against 'the rules had higher precision than my model'."""
    if a.lo == b.lo or not _same_metric(a, b) or not a.words & b.words:
        return None
    return "metric", f"one answer says the candidate's model was ahead of the same rival on {_metric_name(a.key)}, the other that it was behind"


def _shipped(a: Claim, b: Claim) -> tuple[str, str] | None:
    if "switch" in (a.key, b.key):
        if a.key != b.key or a.lo == b.lo or not a.words & b.words:
            return None
        return "shipped", "one answer says this was switched on, the other that it never was"
    if a.lo == b.lo:
        return None
    never, used = (a, b) if a.lo < b.lo else (b, a)
    if never.has("scoped") and not never.words & used.words:
        return None  # 'never connected to the control room' says nothing of other places
    if used.has("trial"):
        return ("shipped", "one answer says it was tested on real users, the other that it never reached them") if never.has("users") else None
    return "shipped", "one answer says it was in use, the other that it never shipped"


def _timeline(a: Claim, b: Claim) -> tuple[str, str] | None:
    keys = {a.key, b.key}
    if keys == {"month"}:
        return _event_dates(a, b)
    if keys == {"vs_launch"} and a.lo != b.lo and _same_work(a.words, b.words):
        return "timeline", "one answer puts this event before the launch, the other after it"
    if keys == {"started"} and a.words == b.words and min(a.hi, b.hi) == 0 and max(a.lo, b.lo) >= START_GAP_DAYS:
        return "timeline", f"one answer says {next(iter(a.words))} ran from launch, the other that it first happened months later"
    if keys == {"input_since"} and a.words & b.words and a.has("after") != b.has("after"):
        return "timeline", "one answer says this input was in the model from the start, the other that it was only added after launch"
    if keys == {"joined"} and (a.has("derived") or b.has("derived")) and not (a.has("derived") and b.has("derived")):
        gap = abs(a.lo - b.lo)
        if min(gap, 12 - gap) >= JOIN_GAP_MONTHS:
            return "timeline", "the month the candidate joined does not fit how long they say they had been in the job when it happened"
    times = ratio((a.lo, a.hi), (b.lo, b.hi))
    if keys == {"total"} and (a.has("dated") or b.has("dated")) and _same_version(a, b) and max(a.lo - b.hi, b.lo - a.hi) >= DATED_GAP_DAYS:
        return "timeline", "the months the project started and launched do not fit how long the other answer says it took"
    if keys in ({"org"}, {"work"}, {"total"}, {"golive"}, {"in_production"}) and times >= TIME_LIMIT and not (a.has("version") or b.has("version")) and _same_version(a, b):
        what = {"org": "time in the job", "work": "time on the work", "total": "time the whole project took",
                "golive": "time before it was first live", "in_production": "time it ran in production"}[a.key]
        return "timeline", f"the {what} differs by about {times:.0f}x"
    if keys == {"joined", "launch_at"}:
        return _joined_after_launch(*((a, b) if a.key == "joined" else (b, a)))
    if keys == {"launch_at"} and (a.has("derived") or b.has("derived")) and max(a.lo - b.hi, b.lo - a.hi) >= LAUNCH_GAP_MONTHS:
        return "timeline", "the month it went live, worked out from what each answer says, differs by months"
    if keys == {"joined", "start_at"}:
        joined, start = (a, b) if a.key == "joined" else (b, a)
        year = next((int(t.split(":", 1)[1]) for t in joined.tags if t.startswith("year:")), None)
        if start.has("present") and year is not None and not joined.has("derived") and year * 12 + joined.lo - start.hi >= MONTH_GAP:
            return "timeline", "the candidate says they were on it from the start, but joined months after it started"
    if keys == {"start_at", "launch_at"}:
        start, launch = (a, b) if a.key == "start_at" else (b, a)
        if start.lo - launch.hi >= MONTH_GAP:
            return "timeline", "one answer dates the start of the work months after the other dates its launch"
    if keys == {"work", "total"}:
        work, total = (a, b) if a.key == "work" else (b, a)
        if work.lo >= total.hi * TIME_LIMIT and not any(t.startswith("of:") for t in total.tags) and not total.has("dated"):
            return "timeline", "the time the candidate says they worked on it is longer than the whole project took"
    if keys == {"org", "work"}:
        org, work = (a, b) if a.key == "org" else (b, a)
        if work.lo >= org.hi * TIME_LIMIT:
            return "timeline", "the time spent on the work is longer than the time in the job"
    if keys == {"into", "total"}:
        into, total = (a, b) if a.key == "into" else (b, a)
        if into.lo >= total.hi * PART_LIMIT:
            return "timeline", "something is said to have happened later in the project than the whole project lasted"
    if keys == {"phase", "total"}:
        phase, total = (a, b) if a.key == "phase" else (b, a)
        if phase.lo >= total.hi * PART_LIMIT:
            return "timeline", "one step alone is said to have taken longer than the whole project"
    if (keys <= {"build", "part"} or keys == {"phase"}) and a.words & b.words and times >= TIME_LIMIT:
        return "timeline", f"the time for the same piece of work differs by about {times:.0f}x"
    return None


DATED_GAP_DAYS = 45  # kickoff and launch months against a length in months: more than a month and a half apart
START_GAP_DAYS = 30  # 'from day one' against a first run a month or more after launch
JOIN_GAP_MONTHS = 2  # the joining month said outright against the one implied by 'three weeks into the job when…'
LAUNCH_GAP_MONTHS = 3  # beyond the slack each worked-out launch month already has
MONTH_GAP = 2  # 'end of March' and 'early April' are one date said loosely


def _joined_after_launch(joined: Claim, launch: Claim) -> tuple[str, str] | None:
    """'live in the morning report by March 2021, two weeks after we started' against 'When I joined the group in
    June 2021': the candidate joins months after a launch they describe as their own."""
    year = next((int(t.split(":", 1)[1]) for t in joined.tags if t.startswith("year:")), None)
    if year is None or not launch.has("ours") or joined.has("after_launch") or joined.has("derived"):
        return None
    if year * 12 + joined.lo - launch.hi < MONTH_GAP:
        return None
    return "timeline", "the candidate says they joined months after the launch they describe as their own work"


def _event_dates(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The same named thing going live in two different months (of the same year, when years are given)."""
    years = [t for c in (a, b) for t in c.tags if t.startswith("year:")]
    if a.words != b.words or (len(years) == 2 and years[0] != years[1]):
        return None
    gap = abs(a.lo - b.lo)
    if min(gap, 12 - gap) < MONTH_GAP:
        return None
    return "timeline", "the same thing is said to have gone live in two different months"


def _same_version(a: Claim, b: Claim) -> bool:
    """Totals of the same version: 'the first version shipped in six weeks' does not time the v2 rewrite,
    but an unnamed one ('I built and shipped it in three weeks') is the first."""
    x, y = ({t for t in c.tags if t.startswith("of:")} or {"of:first"} for c in (a, b))
    return x == y


def _role(a: Claim, b: Claim) -> tuple[str, str] | None:
    for x, y in ((a, b), (b, a)):
        found = _role_pair(x, y)
        if found:
            return found
    return None


_DECIDED = guarded(r"\b(?:decided|chose|picked|insisted|ruled|signed off|made the (?:call|decision))\b", re.I)
_BUILDING = frozenset({"train", "featur", "model", "<model>"})  # the work that happens before a launch
_EARLIER_VERSION = guarded(r"\b(?:first|old|previous|original|v1|earlier)\b", re.I)  # joined after an earlier version went live


def _role_pair(mine: Claim, other: Claim) -> tuple[str, str] | None:
    keys = (mine.key, other.key)
    if keys == ("title", "title"):
        if mine.words == {"ml"} and other.words & {"product", "not_ml"}:
            what = "a product or project manager" if other.words == {"product"} else "not on the modelling side"
            return "role", f"one answer gives the candidate a modelling job title, the other says they were {what}"
        return None
    if keys == ("team", "only_ml") and (mine.words == other.words or other.words & {"person", "people", "one", "guy"}):
        return "role", f"one answer describes a team of {mine.lo:.0f} ML people, the other says the candidate was the only one"
    if keys == ("solo", "crew"):
        return "role", f"one answer says the candidate worked alone, the other that there were {other.lo:.0f} people"
    exclusive = mine.has("exclusive")
    if keys == ("lead", "junior"):
        return "role", f"one answer says the candidate led {mine.lo:.0f} people, the other that they were the junior one"
    if keys == ("senior", "other_lead") and mine.words and mine.words & other.words:
        return "role", "one answer says the candidate ran this team, the other that someone else did"
    if keys == ("senior", "junior"):
        return "role", "one answer gives the candidate a lead role, the other a junior one"
    if keys == ("lead", "no_reports") or (keys == ("senior", "no_reports") and mine.has("manager")):
        return "role", "one answer says the candidate managed people, the other that nobody reported to them"
    if keys == ("lead", "crew") and other.lo < mine.lo:
        return "role", f"one answer says the candidate led {mine.lo:.0f} people, the other describes a team of {other.lo:.0f}"
    if exclusive and other.key == "scope" and not mine.has("all") and covers(other.words, mine.words):
        return None  # 'I built the classifier and the splits myself' and 'my part was the code, the splits and the model'
    if exclusive and other.key == "scope" and not mine.has("all") and mine.key != "decide" and not mine.words & other.words:
        return None  # 'I did the feature work and the model myself' and, asked about the retraining job, 'my part was the trigger'
    if exclusive and other.key == "scope" and mine.has("model") and other.words & {"<model>", "model"}:
        return None  # 'I owned the pricing model end to end' and 'I focused on the modelling and stakeholder communication'
    if keys == ("no_code", "wrote_model"):
        return "role", "one answer says the candidate wrote no model code, the other that they wrote the model"
    if mine.key == "whole" and mine.has("all") and other.key == "after_launch" and mine.words & _BUILDING and not _EARLIER_VERSION.search(other.span):
        return "role", "one answer says the candidate did all of it, the other that they joined after it went live"
    if exclusive and other.key in ("scope", "junior"):
        return "role", "one answer claims the work alone, the other describes a narrower part"
    if mine.key in ("did", "decide") and other.key == "other" and other.has("before_me") and mine.words & other.words and not _EARLIER_VERSION.search(other.span):
        what = "made this choice" if mine.key == "decide" else "did this piece of work"
        return "who", f"one answer says the candidate {what}, the other that it was done before they joined"
    if mine.key == "whole" and other.key == "other" and _DECIDED.search(other.span) and not _DECIDED.search(mine.span):
        return None  # 'I wrote all the code myself' and 'the director decided the tool would only flag …': doing, not deciding
    overlap = _same_work(mine.words, other.words)
    kind = "role" if exclusive else "who"
    if mine.key == "whole" and other.key == "other" and overlap:
        return kind, "one answer claims the whole work, the other gives the same piece to someone else"
    if mine.key == "decide" and exclusive and other.key == "other" and overlap:
        return kind, "one answer says the candidate made this decision alone, the other that someone else did"
    if mine.key == "discover" and other.key == "other_found" and _found_same(mine, other):
        return kind, "one answer says the candidate found the problem, the other that someone else raised it first"
    return None


_GENERIC_WORK = frozenset({"job", "pipeline", "code", "script", "service", "system", "tool", "data", "work", "step", "stage"})


def _same_work(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name the same piece of work: 'the training job' and 'the sessionisation job' share only a generic
    noun while each names its own kind, so they are two pieces; 'the whole pipeline' and 'the pipeline' are one."""
    shared = a & b
    return bool(shared) and not (shared <= _GENERIC_WORK and a - _GENERIC_WORK and b - _GENERIC_WORK)


_GENERIC_FINDINGS = frozenset({"drop", "issue", "problem", "bug", "change", "spike", "increase", "decrease", "error", "mistake", "difference", "thing"})


def _found_same(mine: Claim, other: Claim) -> bool:
    """Someone else found it first ('pointed it out', 'first flagged by'), or the candidate claims it alone
    and the other answer gives the same specific finding to someone else."""
    shared = mine.words & other.words
    if other.has("first"):
        # 'nobody else had noticed it, I was the one who caught it': a finding claimed alone, named only as 'it'
        return bool(shared) or "<it>" in other.words or (mine.has("exclusive") and not mine.words)
    return mine.has("exclusive") and bool(shared - _GENERIC_FINDINGS)


_RULES = {"scale": _quantity, "dataset_size": _quantity, "metric": _metric, "metric_delta": _delta, "metric_order": _order, "error_time": _error_time,
          "shipped": _shipped, "timeline": _timeline, "role": _role, "calendar": calendar.conflict, "reach": reach.conflict}
