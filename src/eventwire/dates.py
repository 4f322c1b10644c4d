"""Date expressions in news text, resolved to the real date of what they describe.

An event's date is the date the article names ("on Feb. 24", "two months earlier",
"last Thursday"), not the publication date. `find_dates` runs on every sentence of every
article, so it is a small registry of compiled regular expressions, each paired with a
handler that turns its match into a span; no NLP model or dateparser call on this path.

Choices worth knowing:

* Yearless dates take the year that puts them nearest the publication date (the anchor);
  a planned event (``prefer_future``) takes the first occurrence on or after the day before
  the anchor. Without an anchor only expressions with an explicit year resolve.
* Precision is the unit the text names; start/end are the best bounds the text gives.
  "early/mid/late March" is month precision over days 1-10 / 11-20 / 21-end; "early 2020"
  is year precision over Jan-Apr (mid: May-Aug, late: Sep-Dec).
* Weeks run Monday to Sunday. A calendar week ("last week", "the following week") is a
  span of its seven days with precision "month" when it lies in one month, else "year"
  (records.Precision has no "week"; the span itself stays exact). "N weeks ago/later" is
  the day exactly 7*N days away, day precision, like "N days ago". A weekend ("over the
  weekend") is its Saturday and Sunday, month (or year) precision like a week.
* "N units after/since <clause>" dates the clause that follows, N units before the
  sentence's date ("a week after cutting off aid"); "N units before <clause>", after it.
* Narrative phrases ("two months earlier", "the next day") count from the last date
  before them: an earlier date in the same sentence, else `previous`, else the anchor. The
  result is never finer than that reference, and a month or year reference counts from its
  first day: "three days later" after "in February" is February, month precision.
  "the day before the vote" counts from the vote, which is unknown here: not a date.
* "May" and "March" (and other bare month names) count only with a day, a year, or a
  word that makes them a date ("in", "early", "since", ...); "May" accepts fewer such words
  ("by May"/"of May" are usually Theresa May). "the 1990s", "the 19th century",
  ambiguous numeric dates (03/04/2021) and two-digit years are skipped.
* Speed: each rule has a cheap literal gate and starts at a word boundary on a known first
  character; a typical news sentence costs a few tens of microseconds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from eventwire.records import DateMention, DateSpan, Precision

__all__ = ["find_dates", "resolve_date"]

Resolved = tuple[dt.date, dt.date, Precision]

# --- vocabulary -----------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "eighteen": 18, "twenty": 20, "thirty": 30,
}
# Words before a bare month name that make it a date ("in March", "since February").
MONTH_CUES = frozenset({"in", "between", "since", "until", "till", "by", "during", "throughout",
                        "through", "of", "from", "before", "after"})
# "May" is also a surname and a modal verb: fewer cues ("by May", "of May" are the PM).
MAY_CUES = frozenset({"in", "since", "until", "till", "during", "throughout"})
# Bare month names that are never names or verbs, so "February's vote" is a date.
PLAIN_MONTHS = frozenset({1, 2, 7, 9, 10, 11, 12})
YEAR_CUES = frozenset({"in", "between", "since", "until", "till", "by", "during", "throughout",
                       "through", "of", "from", "before", "after"})
# Named days that are not "the most recent such weekday".
WEEKDAY_EVENTS = frozenset({"black", "good", "super", "bloody", "holy", "cyber", "ash", "palm",
                            "easter", "maundy", "giving", "shrove", "great"})
NARRATIVE_UNITS: dict[str, Precision] = {"day": "day", "week": "day", "month": "month",
                                         "year": "year"}
_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}


def _names(words: list[str]) -> str:
    """Title-case or all-caps alternatives, longest first (case matters: "may" is a verb)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(f"{w.title()}|{w.upper()}" for w in ordered)


MONTH = (rf"(?:(?:{_names([m for m in MONTHS if len(m) > 4 or m in ('may', 'june', 'july')])})\b"
         rf"|(?:{_names([m for m in MONTHS if len(m) <= 4 and m not in ('may', 'june', 'july')])})"
         r"\b\.?)")  # the dot of "Feb." belongs to the month, that of "February." does not
WEEKDAY = rf"(?:{_names(list(WEEKDAYS))})\b"
WEEKDAY_LC = rf"(?:{'|'.join(WEEKDAYS)})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?:1[89]\d\d|20\d\d)"
NUM = rf"(?:\d{{1,3}}|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
UNIT = r"(?P<unit>day|week|month|year)s?"
# Prepositions resolve_date() strips from the front of an expression ("on Feb. 24").
PREPOSITION = re.compile(r"(?:in|on|at|since|until|till|by|during|throughout|through|of|from"
                         r"|before|after|between)\s+", re.I)
# "before"/"after" end the phrase only when nothing follows ("the day before the vote" is
# relative to the vote, which this module does not know).
PHRASE_END = r"(?=\s*(?:[,.;:!?)\]]|$))"

# --- small date arithmetic ---------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> Resolved:
    return dt.date(year, month, 1), _month_end(year, month), "month"


def _year_span(year: int) -> Resolved:
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    y, m0 = divmod(year * 12 + month - 1 + n, 12)
    return y, m0 + 1


def _coarse(start: dt.date, end: dt.date) -> Precision:
    """Precision for a multi-day span that is not a stated range (a week, "earlier this...")."""
    return "month" if (start.year, start.month) == (end.year, end.month) else "year"


def _week_span(day: dt.date) -> Resolved:
    start = day - dt.timedelta(days=day.weekday())
    end = start + dt.timedelta(days=6)
    return start, end, _coarse(start, end)


def _snap(day: dt.date, precision: Precision) -> Resolved:
    if precision == "day":
        return day, day, "day"
    if precision == "month":
        return _month_span(day.year, day.month)
    return _year_span(day.year)


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _RANK[a] >= _RANK[b] else b


def _part(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Narrow a month or year to its early/mid/late third."""
    if not mod:
        return start, end
    mod = mod.lower()
    if start.month == end.month:  # a month: days 1-10, 11-20, 21-end
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[mod]
        return start.replace(day=first), start.replace(day=last)
    first_m, last_m = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[mod]
    return dt.date(start.year, first_m, 1), _month_end(start.year, last_m)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


# --- resolution context ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    anchor: dt.date | None
    previous: DateSpan | None
    prefer_future: bool
    strict: bool  # True when scanning running text, False when the caller vouches for it
    prefer_past: bool = False  # a past event: nothing after the day after the anchor

    def base(self) -> DateSpan | None:
        """What narrative phrases count from: the previous date, else the anchor day."""
        if self.previous is not None:
            return self.previous
        if self.anchor is not None:
            return DateSpan(self.anchor, self.anchor, "day")
        return None

    def infer_day(self, month: int, day: int) -> dt.date | None:
        """Year for a yearless day: nearest the anchor, or next on/after anchor-1 if planned."""
        if self.anchor is None:
            return None
        a = self.anchor
        if self.prefer_future:
            floor = a - dt.timedelta(days=1)
            later = [d for y in range(floor.year, floor.year + 5)
                     if (d := _safe_date(y, month, day)) is not None and d >= floor]
            return min(later, default=None)
        near = [d for y in (a.year - 1, a.year, a.year + 1)
                if (d := _safe_date(y, month, day)) is not None
                and not (self.prefer_past and d > a + dt.timedelta(days=1))]
        return min(near, key=lambda d: (abs((d - a).days), d), default=None)

    def infer_month(self, month: int) -> int | None:
        """Year for a yearless month, by the same rule as `infer_day`."""
        if self.anchor is None:
            return None
        a = self.anchor
        if self.prefer_future:
            floor = a - dt.timedelta(days=1)
            return floor.year if month >= floor.month else floor.year + 1
        if self.prefer_past:
            return a.year if month <= a.month else a.year - 1
        here = a.year * 12 + a.month - 1
        return min((a.year - 1, a.year, a.year + 1),
                   key=lambda y: (abs(y * 12 + month - 1 - here), y))


def _word_before(m: re.Match[str]) -> str:
    """The word just before the expression, lower-cased ("in" for "in May")."""
    start = m.start("date")
    words = m.string[max(0, start - 24):start].split()
    return words[-1].strip("\"'(,;:\u201c\u2018").lower() if words else ""


# --- handlers: match -> (start, end, precision) or None --------------------------------------

Handler = Callable[[re.Match[str], _Ctx], Resolved | None]


def _day_range(m1: int, d1: int, m2: int, d2: int, year: str | None, ctx: _Ctx
               ) -> Resolved | None:
    """A day or a range of days; a yearless start takes the inferred year, the end follows."""
    if m1 == m2 and d2 < d1:
        return None
    if year:
        end = dt.date(int(year), m2, d2)
        start = dt.date(end.year - 1 if (m1, d1) > (m2, d2) else end.year, m1, d1)
        return start, end, "day"
    found = ctx.infer_day(m1, d1)
    if found is None:
        return None
    return found, dt.date(found.year + int((m2, d2) < (m1, d1)), m2, d2), "day"


def _day(group: str) -> int:
    return int(group.rstrip("stndrh"))


def _month_day(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"Feb. 24", "January 10, 2020", "March 2-3", "March 30-April 2"."""
    m1, d1 = _month(m["m1"]), _day(m["d1"])
    last_month, last_day = m["m2"] or m["m3"], m["d2"] or m["d3"]
    m2 = _month(last_month) if last_month else m1
    return _day_range(m1, d1, m2, _day(last_day) if last_day else d1, m["y"], ctx)


def _day_month(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"24 February", "the 24th of February 2021", "2-3 March", "30 March-2 April"."""
    m2, d1 = _month(m["m2"]), _day(m["d1"])
    m1 = _month(m["m1"]) if m["m1"] else m2
    return _day_range(m1, d1, m2, _day(m["d2"]) if m["d2"] else d1, m["y"], ctx)


def _month_only(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"in February", "late February", "mid-April", "December 2020", "last March"."""
    month = _month(m["m"])
    rel = (m["rel"] or "").lower()
    if m["y"]:
        year = int(m["y"])
    else:
        if ctx.strict and not (m["mod"] or rel or _month_cue(m, month)):
            return None
        a = ctx.anchor
        if a is None:
            return None
        if rel == "last":
            year = a.year if month < a.month else a.year - 1
        elif rel == "next":
            year = a.year if month > a.month else a.year + 1
        elif rel == "this":
            year = a.year
        else:
            found = ctx.infer_month(month)
            if found is None:
                return None
            year = found
    start, end, _ = _month_span(year, month)
    start, end = _part(start, end, m["mod"])
    return start, end, "month"


def _month_cue(m: re.Match[str], month: int) -> bool:
    pre = _word_before(m)
    if month == 5:
        return pre in MAY_CUES
    if pre in MONTH_CUES:
        return True
    return month in PLAIN_MONTHS and m.string.startswith(("'s", "\u2019s"), m.end("date"))


_YEAR_NOUN = re.compile(
    r"\s+(?:(?:presidential|parliamentary|general|local|municipal|snap)\s+)?"
    r"(?:elections?|vote|referendum|census|budget|summit|Olympics|World\s+Cup"
    # "since the 2021 coup": an event named by its year dates what it started
    r"|coup|invasion|uprising|revolution|takeover|war)\b")


def _year(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"in 2019", "since early 2020", "mid-2021", "in 2019-2020", "the 2020 election"."""
    if ctx.strict and not (m["mod"] or m["the_year"]
                           or _word_before(m) in YEAR_CUES
                           or _YEAR_NOUN.match(m.string, m.end("date"))):
        return None
    year = int(m["y"])
    start, end, _ = _year_span(year)
    if m["y2"]:
        y2 = int(m["y2"])
        if len(m["y2"]) == 2:  # "2019-20", "1999-00"
            y2 += year // 100 * 100 + (100 if y2 < year % 100 else 0)
        if y2 <= year:
            return None
        return start, dt.date(y2, 12, 31), "year"
    start, end = _part(start, end, m["mod"])
    return start, end, "year"


def _iso(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"2021-02-24", "2021/02/24"."""
    day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return day, day, "day"


def _numeric(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"24/02/2021" (day > 12 decides the order), "24.02.2021" (dots are always d.m.y)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] == ".":
        day, month = a, b
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    else:
        return None  # 03/04/2021: March 4 or 3 April?
    found = dt.date(year, month, day)
    return found, found, "day"


_DEICTIC = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
            "this morning": 0, "this afternoon": 0, "this evening": 0}


def _deictic(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"yesterday", "today", "tomorrow", "last night"."""
    if ctx.anchor is None:
        return None
    day = ctx.anchor + dt.timedelta(days=_DEICTIC[" ".join(m["date"].lower().split())])
    return day, day, "day"


def _this_unit(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"last year", "this month", "next week" (a calendar week, see the module notes)."""
    if ctx.anchor is None or (ctx.strict and _word_before(m) == "the"):
        return None  # "over the last year" is the past twelve months, not last year
    a = ctx.anchor
    k = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    unit = m["unit"].lower()
    if unit == "week":
        return _week_span(a + dt.timedelta(days=7 * k))
    if unit == "month":
        return _month_span(*_add_months(a.year, a.month, k))
    return _year_span(a.year + k)


def _earlier_this(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"earlier this month" (the 1st to the day before), "later this year"."""
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    unit = m["unit"].lower()
    if unit == "week":
        start, end, _ = _week_span(a)
    elif unit == "month":
        start, end, _ = _month_span(a.year, a.month)
    else:
        start, end, _ = _year_span(a.year)
    if m["rel"].lower() == "earlier":
        end = max(start, a - dt.timedelta(days=1))
    else:
        start = min(end, a + dt.timedelta(days=1))
    precision: Precision = "year" if unit == "year" else _coarse(start, end)
    return start, end, precision


def _earlier_in(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"earlier in the month", "later that year": the part of the narrative date's week,
    month or year before (or after) it."""
    base = ctx.base()
    if base is None:
        return None
    unit = m["unit"].lower()
    if unit == "week":
        start, end, _ = _week_span(base.start)
    elif unit == "month":
        start, end, _ = _month_span(base.start.year, base.start.month)
    else:
        start, end, _ = _year_span(base.start.year)
    if m["rel"].lower() == "earlier":
        end = max(start, min(end, base.start - dt.timedelta(days=1)))
    else:
        start = min(end, max(start, base.end + dt.timedelta(days=1)))
    precision: Precision = "year" if unit == "year" else _coarse(start, end)
    return start, end, _coarser(precision, base.precision)


def _ago(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"three days ago", "a week ago" (the day), "two months ago" (the month);
    "ten years ago today" is that very day."""
    if ctx.anchor is None:
        return None
    if m["today"]:
        n, unit, a = _number(m["n"]), m["unit"].lower(), ctx.anchor
        if unit in ("day", "week"):
            return _move(DateSpan(a, a, "day"), -n, unit)
        y, mo = _add_months(a.year, a.month, -n * (12 if unit == "year" else 1))
        day = _safe_date(y, mo, a.day)
        return (day, day, "day") if day is not None else None
    return _move(DateSpan(ctx.anchor, ctx.anchor, "day"), -_number(m["n"]), m["unit"].lower())


_HOLIDAYS: dict[str, tuple[int, int]] = {"christmas eve": (12, 24), "christmas day": (12, 25),
                                         "new year's eve": (12, 31), "new year's day": (1, 1)}


def _holiday(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"on Christmas Eve", "New Year's Day 2020": fixed-date holidays, yearless like "Dec. 24"."""
    name = " ".join(m["name"].lower().replace("\u2019", "'").split())
    month, day = _HOLIDAYS[name]
    if m["y"]:
        found = _safe_date(int(m["y"]), month, day)
    else:
        found = ctx.infer_day(month, day)
    return (found, found, "day") if found is not None else None


def _weekday(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"on Thursday", "last Thursday", "Monday night": most recent, or next when planned."""
    if ctx.anchor is None or (ctx.strict and _word_before(m) in WEEKDAY_EVENTS):
        return None  # "Black Friday", "Super Tuesday", "Bloody Sunday"
    a = ctx.anchor
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    back = (a.weekday() - wd) % 7
    ahead = (wd - a.weekday()) % 7
    if rel == "last":
        day = a - dt.timedelta(days=back or 7)
    elif rel == "next":
        day = a + dt.timedelta(days=ahead or 7)
    elif rel == "this":
        day = a + dt.timedelta(days=wd - a.weekday())
    elif ctx.prefer_future:
        day = a + dt.timedelta(days=ahead)
    else:
        day = a - dt.timedelta(days=back)
    return day, day, "day"


def _weekend(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"over the weekend", "last weekend": the Saturday and Sunday on or before the anchor
    (the coming ones when planned, or "next"); two days, so month precision like a week."""
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    rel = " ".join((m["rel"] or "").lower().split())
    if rel == "next" or (ctx.prefer_future and rel not in ("last", "this past")):
        saturday = a + dt.timedelta(days=(5 - a.weekday()) % 7)
    else:
        back = (a.weekday() - 5) % 7
        saturday = a - dt.timedelta(days=back + (7 if rel == "last" and back < 2 else 0))
    sunday = saturday + dt.timedelta(days=1)
    return saturday, sunday, _coarse(saturday, sunday)


def _around_weekday(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"a day before Sunday's election", "hours after Saturday's attack", "on the eve of
    Monday's vote": counted from the weekday of the event named after it (the most recent
    such day, or the next one when planned)."""
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    wd = WEEKDAYS[m["wd"].lower()]
    if ctx.prefer_future:
        day = a + dt.timedelta(days=(wd - a.weekday()) % 7)
    else:
        day = a - dt.timedelta(days=(a.weekday() - wd) % 7)
    base = DateSpan(day, day, "day")
    if m["eve"]:
        return _move(base, -1, "day")
    if m["vague"]:
        vague = m["vague"].lower()
        return (day, day, "day") if vague == "hours" else _snap(
            day, "month" if vague == "days" else "year")
    sign = -1 if m["link"].lower() == "before" else 1
    n, unit = (1, "day") if m["theday"] else (_number(m["n"]), m["unit"].lower())
    moved = _move(base, sign * n, unit)
    if not ctx.prefer_future and moved[0] > a:  # "a week after Monday's raid", told as past
        moved = _move(DateSpan(day - dt.timedelta(days=7), day - dt.timedelta(days=7), "day"),
                      sign * n, unit)
    return moved


def _move(base: DateSpan, n: int, unit: str) -> Resolved:
    """Shift `base` by n units, never finer than it.

    A day or range counts back from its first day and on from its last; a month or year
    from its first day, so "three days later" after "in February" stays in February.
    """
    ref = base.end if n > 0 and base.precision == "day" else base.start
    if unit in ("day", "week"):
        day = ref + dt.timedelta(days=n * (7 if unit == "week" else 1))
    else:
        y, mo = _add_months(ref.year, ref.month, n if unit == "month" else 12 * n)
        day = dt.date(y, mo, min(ref.day, calendar.monthrange(y, mo)[1]))
    return _snap(day, _coarser(NARRATIVE_UNITS[unit], base.precision))


def _shifted(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"two months earlier", "three days later", "a week before," relative to the narrative."""
    base = ctx.base()
    if base is None:
        return None
    n = _number(m["n"])
    sign = -1 if (m["dir"] or m["dir2"]).lower() in ("earlier", "before", "previously") else 1
    return _move(base, sign * n, m["unit"].lower())


def _linked(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"a week after cutting off aid", "seven months after police arrested them": the
    clause that follows happened that long before the date of the sentence (after/since),
    or after it (before)."""
    base = ctx.base()
    if base is None:
        return None
    sign = 1 if m["link"].lower() == "before" else -1
    return _move(base, sign * _number(m["n"]), m["unit"].lower())


def _vaguely_linked(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"hours after gunmen stormed the station": the same day as the sentence's date;
    "days (weeks) after U.S. troops pulled back": some days before it, so its month."""
    base = ctx.base()
    if base is None:
        return None
    if m["vague"].lower() == "hours":
        return base.start, base.end, base.precision
    precision = "month" if m["vague"].lower() == "days" else "year"
    return _snap(base.start, _coarser(precision, base.precision))


def _adjacent(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"the next day", "the following month", "the day before", "the same day"."""
    base = ctx.base()
    if base is None:
        return None
    word = m["dir"].lower()
    unit = m["unit"].lower()
    if word == "same":
        return _snap(base.start, _coarser(NARRATIVE_UNITS[unit], base.precision))
    n = -1 if word in ("previous", "preceding", "before") else 1
    if unit == "week" and base.precision == "day":  # a calendar week, not a day
        return _week_span((base.start if n < 0 else base.end) + dt.timedelta(days=7 * n))
    return _move(base, n, unit)


def _adjacent_weekday(m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """"the following Monday": first such day after the narrative date (day dates only)."""
    base = ctx.base()
    if base is None or base.precision != "day":
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    if m["dir"].lower() in ("previous", "preceding"):
        day = base.start - dt.timedelta(days=(base.start.weekday() - wd) % 7 or 7)
    else:
        day = base.end + dt.timedelta(days=(wd - base.end.weekday()) % 7 or 7)
    return day, day, "day"


# --- the registry ----------------------------------------------------------------------------


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    handler: Handler
    gate: re.Pattern[str]  # cheap test: without a hit the pattern cannot match the text
    lower: bool  # pattern and gate run on the lower-cased text ("Yesterday", "A week later")
    narrative: bool  # counts from the date before it: resolved after the others


# Gates, each searched at most once per text and shared by the rules that need it. Plain
# literal alternations: re finds those fast, unlike case-insensitive or lookaround patterns.
_HAS_MONTH = re.compile(MONTH)
_HAS_WEEKDAY = re.compile("day|DAY")
_HAS_YEAR = re.compile(YEAR)
_HAS_DIGIT = re.compile(r"\d")
_HAS_HOLIDAY = re.compile("Christmas|New Year")
# these two run on the lower-cased text
_HAS_UNIT = re.compile("day|week|month|year")
_HAS_VAGUE = re.compile("hours|days|weeks")
_HAS_WEEKEND = re.compile("weekend")
_HAS_DEICTIC = re.compile("yesterday|today|tomorrow|night|morning|afternoon|evening")


_DAY_END = r"(?![\d:%]|[.,]\d)"
_RANGE_DASH = r"\s*[-\u2013\u2014]\s*"
_RANGE_WORD = r"\s+(?:to|through|until|till)\s+"
_NOT_AFTER_NUMBER = r"(?<![\d$\u20ac\u00a3.,/-])"


def _rule(gate: re.Pattern[str], first: str, body: str, handler: Handler, *,
          lower: bool = False, narrative: bool = False) -> _Rule:
    """Compile `body` to start at a word boundary, on one of the characters in `first`.

    Python's re tries every alternative at every position; a boundary and a one-character
    lookahead reject most positions at once, which makes the scan several times faster.
    """
    return _Rule(re.compile(rf"\b(?=[{first}]){body}"), handler, gate, lower, narrative)


RULES: tuple[_Rule, ...] = (
    # Thursday, Feb. 24, 2021 / Feb 24 / March 2-3 / March 30-April 2 / March 30 to April 2
    _rule(_HAS_MONTH, "A-Z",
          rf"(?P<date>(?:{WEEKDAY},?\s+)?(?P<m1>{MONTH})\s+(?P<d1>{DAY})"
          rf"(?:{_RANGE_DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})"
          rf"|{_RANGE_WORD}(?P<m3>{MONTH})\s+(?P<d3>{DAY}))?"
          rf"(?:,?\s+(?P<y>{YEAR}))?){_DAY_END}", _month_day),
    # 24 February 2021 / the 24th of February / 2-3 March / 30 March-2 April
    _rule(_HAS_MONTH, r"A-Z\dt",
          rf"(?P<date>(?:{WEEKDAY},?\s+)?(?:the\s+)?{_NOT_AFTER_NUMBER}(?P<d1>{DAY})"
          rf"(?:(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?(?:{_RANGE_DASH}|{_RANGE_WORD})(?P<d2>{DAY}))?"
          rf"\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)(?!\d)", _day_month),
    # in February / late February / mid-April / December 2020 / last March
    _rule(_HAS_MONTH, "A-Zelmnt",
          rf"(?P<date>(?:(?P<mod>(?i:early|late|mid))(?:-|\s+)|(?P<rel>(?i:last|next|this))\s+)?"
          rf"(?P<m>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?)(?!\d)", _month_only),
    # in 2019 / since early 2020 / mid-2021 / in 2019-2020 / the 2020 election
    _rule(_HAS_YEAR, "12ELMTelmt",
          rf"(?P<date>(?:(?P<mod>(?i:early|late|mid))(?:-|\s+)|(?P<the_year>(?i:the\s+year\s+))"
          rf"|{_NOT_AFTER_NUMBER})(?P<y>{YEAR})(?:\s*[-\u2013]\s*(?P<y2>{YEAR}|\d\d))?)"
          r"(?!\d|s\b|%|[.,]\d|[-\u2013/]\d)", _year),
    # 2021-02-24 / 2021/02/24
    _rule(_HAS_YEAR, "12",
          rf"{_NOT_AFTER_NUMBER}(?P<date>(?P<y>{YEAR})(?P<sep>[-/])(?P<mo>1[0-2]|0?[1-9])"
          r"(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9]))(?![\d/-]|\.\d)", _iso),
    # 24/02/2021 / 24.02.2021
    _rule(_HAS_DIGIT, r"\d",
          rf"{_NOT_AFTER_NUMBER}(?P<date>(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)"
          rf"(?P<y>{YEAR}))(?!\d|[/.]\d)", _numeric),
    # yesterday / today / tomorrow / last night
    _rule(_HAS_DEICTIC, "ytl",
          r"(?P<date>yesterday|today|tomorrow|tonight|last\s+night"
          r"|this\s+(?:morning|afternoon|evening))\b", _deictic, lower=True),
    # last year / this month / next week
    _rule(_HAS_UNIT, "ltn", r"(?P<date>(?P<rel>last|this|next)\s+(?P<unit>week|month|year))\b",
          _this_unit, lower=True),
    # earlier this month / later this year
    _rule(_HAS_UNIT, "el",
          r"(?P<date>(?P<rel>earlier|later)\s+this\s+(?P<unit>week|month|year))\b",
          _earlier_this, lower=True),
    # three days ago / two years ago
    _rule(_HAS_UNIT, r"\daefnost",
          rf"(?P<date>(?P<n>{NUM})\s+{UNIT}\s+ago(?P<today>\s+today)?)\b", _ago, lower=True),
    # Christmas Eve / New Year's Day 2020
    _rule(_HAS_HOLIDAY, "CN",
          rf"(?P<date>(?P<name>Christmas\s+(?:Eve|Day)|New\s+Year['\u2019]s\s+(?:Eve|Day))"
          rf"(?:,?\s+(?P<y>{YEAR}))?)\b", _holiday),
    # on Thursday / last Thursday / Monday night / Thursday's talks
    _rule(_HAS_WEEKDAY, "A-Zlnt",
          rf"(?P<date>(?:(?P<rel>(?i:last|next|this))\s+)?(?P<wd>{WEEKDAY})"
          r"(?:\s+(?i:morning|afternoon|evening|night))?)\b", _weekday),
    # a day before Sunday's election / hours after Saturday's attack / the eve of Monday's vote
    _rule(_HAS_WEEKDAY, r"\dadefhnost",
          rf"(?P<date>(?:(?:(?P<n>{NUM})\s+{UNIT}|(?P<vague>hours|days|weeks)"
          rf"|(?P<theday>the\s+day))\s+(?P<link>before|after)|(?P<eve>the\s+eve\s+of))\s+"
          rf"(?:the\s+)?(?P<wd>{WEEKDAY_LC})['\u2019]s)(?=\s+\w)", _around_weekday, lower=True),
    # over the weekend / last weekend / this past weekend
    _rule(_HAS_WEEKEND, "lnt",
          r"(?P<date>(?P<rel>the|last|next|this(?:\s+past)?)\s+weekend)\b", _weekend,
          lower=True),
    # two months earlier / a week later / three days before,
    _rule(_HAS_UNIT, r"\daefnost",
          rf"(?P<date>(?P<n>{NUM})\s+{UNIT}\s+(?:(?P<dir>earlier|later|previously)"
          rf"|(?P<dir2>before|after){PHRASE_END}))\b", _shifted, lower=True, narrative=True),
    # a week after cutting off aid / two months after Washington eased sanctions
    _rule(_HAS_UNIT, r"\daefnost",
          rf"(?P<date>(?P<n>{NUM})\s+{UNIT}\s+(?P<link>after|before|since))"
          r"(?=\s+[\w\"'\u201c])", _linked, lower=True, narrative=True),
    # hours after gunmen stormed a station / days after U.S. troops pulled back
    _rule(_HAS_VAGUE, "dhw",
          r"(?<!for\s)(?P<date>(?P<vague>hours|days|weeks)\s+(?P<link>after|before|since))"
          r"(?=\s+[\w\"'\u201c])", _vaguely_linked, lower=True, narrative=True),
    # earlier in the month / later that year
    _rule(_HAS_UNIT, "el",
          r"(?P<date>(?P<rel>earlier|later)\s+(?:in\s+the|that)\s+(?P<unit>week|month|year))\b",
          _earlier_in, lower=True, narrative=True),
    # the next day / the following month / the same day
    _rule(_HAS_UNIT, "t",
          r"(?P<date>the\s+(?P<dir>next|following|previous|preceding|same)\s+"
          r"(?P<unit>day|week|month|year))\b", _adjacent, lower=True, narrative=True),
    # the day before, / the week after.
    _rule(_HAS_UNIT, "t",
          rf"(?P<date>the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)){PHRASE_END}",
          _adjacent, lower=True, narrative=True),
    # the following Monday
    _rule(_HAS_WEEKDAY, "t",
          rf"(?P<date>the\s+(?P<dir>next|following|previous|preceding)\s+(?P<wd>{WEEKDAY_LC}))\b",
          _adjacent_weekday, lower=True, narrative=True),
)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _lower(text: str) -> str:
    """Lower-cased text with the same offsets (str.lower can change the length: "İ")."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _apply(rule: _Rule, m: re.Match[str], ctx: _Ctx) -> Resolved | None:
    """Run a handler; an impossible date (Feb. 30, year 10000) means no date, not an error."""
    try:
        return rule.handler(m, ctx)
    except (ValueError, OverflowError):
        return None


# (start, end, rule, match, resolution): narrative matches resolve only once chosen
_Found = tuple[int, int, _Rule, re.Match[str], Resolved | None]


_BACKWARD = re.compile(r"\b(?:earlier|before|previous|preceding|previously)\b")


def _later_base(rest: list[_Found], rule: _Rule, m: re.Match[str],
                previous: DateSpan | None) -> DateSpan | None:
    """"expelled the envoy a day earlier, the ministry said on Tuesday": with no date before
    it and no story date yet, a backward shift counts from the sentence's own date after it,
    not from the publication day (a linked clause, "a year after the 2020 vote", does not)."""
    if previous is not None or rule.handler in (_linked, _vaguely_linked) or \
            not _BACKWARD.search(m["date"].lower()):
        return None
    for _, _, rule, _, resolved in rest:
        if not rule.narrative and resolved is not None:
            return DateSpan(resolved[0], resolved[1], resolved[2])
    return None


def find_dates(text: str, anchor: dt.date | None, previous: DateSpan | None = None, *,
               prefer_future: bool = False) -> list[DateMention]:
    """Every date expression in `text`, resolved, with offsets; longest match wins overlaps."""
    if not text:
        return []
    ctx = _Ctx(anchor, previous, prefer_future, strict=True)
    lowered = _lower(text)
    found: list[_Found] = []
    gates: dict[tuple[re.Pattern[str], bool], bool] = {}
    for rule in RULES:
        subject = lowered if rule.lower else text
        key = (rule.gate, rule.lower)
        if key not in gates:
            gates[key] = rule.gate.search(subject) is not None
        if not gates[key]:
            continue
        for m in rule.pattern.finditer(subject):
            resolved = None if rule.narrative else _apply(rule, m, ctx)
            if rule.narrative or resolved is not None:
                found.append((m.start("date"), m.end("date"), rule, m, resolved))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    chosen: list[_Found] = []
    for item in found:
        if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
            chosen.append(item)
    chosen.sort(key=lambda f: f[0])
    out: list[DateMention] = []
    for k, (start, end, rule, m, resolved) in enumerate(chosen):
        if rule.narrative:  # counts from the last date before it, in this sentence if any
            base = out[-1].span if out else _later_base(chosen[k + 1:], rule, m, previous)
            resolved = _apply(rule, m, replace(ctx, previous=base) if base else ctx)
        if resolved is None:
            continue
        span = DateSpan(resolved[0], resolved[1], resolved[2], text[start:end])
        out.append(DateMention(start, end, text[start:end], span))
    return out


def resolve_date(text: str, anchor: dt.date | None, previous: DateSpan | None = None, *,
                 prefer_future: bool = False, prefer_past: bool = False) -> DateSpan | None:
    """The whole of `text` read as one date expression ("on Feb. 24", "May"), or None.

    The caller vouches that it is a date, so a bare month or year needs no cue word.
    `prefer_past` (a past-tense event) gives a yearless date the year that puts it on or
    before the anchor (and the day after it), not merely the nearest one.
    """
    expr = text.strip().rstrip(",;:").strip()
    if (lead := PREPOSITION.match(expr)) is not None:
        expr = expr[lead.end():]
    ctx = _Ctx(anchor, previous, prefer_future, strict=False, prefer_past=prefer_past)
    for candidate in dict.fromkeys((expr, expr.rstrip(".").rstrip())):
        for rule in RULES:
            m = rule.pattern.fullmatch(_lower(candidate) if rule.lower else candidate)
            if m is None:
                continue
            resolved = _apply(rule, m, ctx)
            if resolved is not None:
                matched = candidate[m.start("date"):m.end("date")]
                return DateSpan(resolved[0], resolved[1], resolved[2], matched)
    return None
