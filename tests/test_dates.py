"""The date resolver: real news phrasings, false positives, and properties over any anchor."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import find_dates, resolve_date
from eventwire.records import DateMention, DateSpan

D = dt.date
MON = D(2021, 3, 1)  # a Monday, the publication date of most cases below
FEB_24 = DateSpan(D(2021, 2, 24), D(2021, 2, 24), "day")  # a Wednesday
FEBRUARY = DateSpan(D(2021, 2, 1), D(2021, 2, 28), "month")


def only(text: str, anchor: dt.date | None, previous: DateSpan | None = None,
         prefer_future: bool = False) -> DateMention:
    """The one date mention in `text`, checked to cut its own text out of `text`."""
    found = find_dates(text, anchor, previous, prefer_future=prefer_future)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text == m.span.text
    assert m.span.assumed is False
    return m


# (sentence, anchor, matched text, start, end, precision)
PHRASINGS = [
    ("Japarov flew to Moscow on Feb. 24.", MON, "Feb. 24", D(2021, 2, 24), D(2021, 2, 24), "day"),
    ("The talks on Feb 24 ran late.", MON, "Feb 24", D(2021, 2, 24), D(2021, 2, 24), "day"),
    ("On February 24, the two leaders met.", MON, "February 24", D(2021, 2, 24), D(2021, 2, 24),
     "day"),
    ("They met in Moscow on 24 February.", MON, "24 February", D(2021, 2, 24), D(2021, 2, 24),
     "day"),
    ("Xi called him on Feb. 22 for a chat.", MON, "Feb. 22", D(2021, 2, 22), D(2021, 2, 22),
     "day"),
    ("Putin congratulated him on his win in the January 10, 2020, election.", MON,
     "January 10, 2020", D(2020, 1, 10), D(2020, 1, 10), "day"),
    ("He won the Jan. 10 elections.", MON, "Jan. 10", D(2021, 1, 10), D(2021, 1, 10), "day"),
    # yearless dates take the year nearest the publication date
    ("Protesters gathered on Dec. 28.", D(2021, 1, 5), "Dec. 28", D(2020, 12, 28),
     D(2020, 12, 28), "day"),
    ("The agreement expires on Jan. 3.", D(2020, 12, 20), "Jan. 3", D(2021, 1, 3), D(2021, 1, 3),
     "day"),
    ("Japarov made a visit to Kazakhstan, March 2-3.", D(2021, 4, 5), "March 2-3", D(2021, 3, 2),
     D(2021, 3, 3), "day"),
    ("The summit runs March 2\u20133.", MON, "March 2\u20133", D(2021, 3, 2), D(2021, 3, 3),
     "day"),
    ("The summit runs 2-3 March in Almaty.", MON, "2-3 March", D(2021, 3, 2), D(2021, 3, 3),
     "day"),
    ("Exercises were held March 30-April 2.", D(2021, 4, 5), "March 30-April 2", D(2021, 3, 30),
     D(2021, 4, 2), "day"),
    ("Exercises were held from March 30 to April 2.", D(2021, 4, 5), "March 30 to April 2",
     D(2021, 3, 30), D(2021, 4, 2), "day"),
    ("Talks lasted Dec. 30-Jan. 2.", D(2021, 1, 10), "Dec. 30-Jan. 2", D(2020, 12, 30),
     D(2021, 1, 2), "day"),
    ("In late February, Sadyr Japarov flew to Russia.", D(2021, 4, 5), "late February",
     D(2021, 2, 21), D(2021, 2, 28), "month"),
    ("The vote is expected in early March.", MON, "early March", D(2021, 3, 1), D(2021, 3, 10),
     "month"),
    ("A deal could come by mid-April.", MON, "mid-April", D(2021, 4, 11), D(2021, 4, 20),
     "month"),
    ("In February, Russia allocated $5.2 million.", MON, "February", D(2021, 2, 1),
     D(2021, 2, 28), "month"),
    ("In December 2020, Russia provided $20 million.", MON, "December 2020", D(2020, 12, 1),
     D(2020, 12, 31), "month"),
    ("The December 2020 agreement stands.", MON, "December 2020", D(2020, 12, 1),
     D(2020, 12, 31), "month"),
    ("Jeenbekov visited Moscow in May.", MON, "May", D(2021, 5, 1), D(2021, 5, 31), "month"),
    ("Jeenbekov visited Moscow on May 5.", MON, "May 5", D(2021, 5, 5), D(2021, 5, 5), "day"),
    ("That is 92 percent of what it was in 2019.", MON, "2019", D(2019, 1, 1), D(2019, 12, 31),
     "year"),
    ("Trading volumes remained robust in 2020.", MON, "2020", D(2020, 1, 1), D(2020, 12, 31),
     "year"),
    ("Prices have risen since early 2020.", MON, "early 2020", D(2020, 1, 1), D(2020, 4, 30),
     "year"),
    ("Trade fell in 2019-20.", MON, "2019-20", D(2019, 1, 1), D(2020, 12, 31), "year"),
    ("He lost the 2020 presidential election.", MON, "2020", D(2020, 1, 1), D(2020, 12, 31),
     "year"),
    ("Trade grew last year.", MON, "last year", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("Trade grew this year.", MON, "this year", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("He will travel next month.", MON, "next month", D(2021, 4, 1), D(2021, 4, 30), "month"),
    ("He travelled last month.", MON, "last month", D(2021, 2, 1), D(2021, 2, 28), "month"),
    # a calendar week: "month" when it lies in one month, "year" when it straddles two
    ("Clashes broke out last week.", MON, "last week", D(2021, 2, 22), D(2021, 2, 28), "month"),
    ("Clashes broke out last week.", D(2021, 4, 7), "last week", D(2021, 3, 29), D(2021, 4, 4),
     "year"),
    ("The ministry said yesterday.", MON, "yesterday", D(2021, 2, 28), D(2021, 2, 28), "day"),
    ("Yesterday, the ministry said.", MON, "Yesterday", D(2021, 2, 28), D(2021, 2, 28), "day"),
    ("Police said today.", MON, "today", MON, MON, "day"),
    ("The talks resume tomorrow.", MON, "tomorrow", D(2021, 3, 2), D(2021, 3, 2), "day"),
    ("Shots were fired last night.", MON, "last night", D(2021, 2, 28), D(2021, 2, 28), "day"),
    # weekdays: the most recent such day on or before the anchor
    ("The ministry said on Thursday.", MON, "Thursday", D(2021, 2, 25), D(2021, 2, 25), "day"),
    ("The ministry said on Thursday.", D(2021, 3, 4), "Thursday", D(2021, 3, 4), D(2021, 3, 4),
     "day"),
    ("He met Putin last Thursday.", D(2021, 3, 4), "last Thursday", D(2021, 2, 25),
     D(2021, 2, 25), "day"),
    ("Protesters gathered on Monday night.", MON, "Monday night", MON, MON, "day"),
    ("Thursday's talks ended without a deal.", MON, "Thursday", D(2021, 2, 25), D(2021, 2, 25),
     "day"),
    ("He will fly to Ankara next Thursday.", MON, "next Thursday", D(2021, 3, 4), D(2021, 3, 4),
     "day"),
    ("He was jailed two years ago.", MON, "two years ago", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("He was arrested three days ago.", MON, "three days ago", D(2021, 2, 26), D(2021, 2, 26),
     "day"),
    ("He was arrested 3 days ago.", MON, "3 days ago", D(2021, 2, 26), D(2021, 2, 26), "day"),
    ("Less than five months ago he was in prison.", MON, "five months ago", D(2020, 10, 1),
     D(2020, 10, 31), "month"),
    ("A week ago, talks collapsed.", MON, "A week ago", D(2021, 2, 22), D(2021, 2, 22), "day"),
    ("Talks began earlier this month.", D(2021, 3, 15), "earlier this month", D(2021, 3, 1),
     D(2021, 3, 14), "month"),
    ("Talks resume later this month.", D(2021, 3, 15), "later this month", D(2021, 3, 16),
     D(2021, 3, 31), "month"),
    ("The decree is dated 2021-02-24.", MON, "2021-02-24", D(2021, 2, 24), D(2021, 2, 24), "day"),
    ("The decree is dated 24/02/2021.", MON, "24/02/2021", D(2021, 2, 24), D(2021, 2, 24), "day"),
    ("The decree is dated 02/24/2021.", MON, "02/24/2021", D(2021, 2, 24), D(2021, 2, 24), "day"),
    ("The decree is dated 24.02.2021.", MON, "24.02.2021", D(2021, 2, 24), D(2021, 2, 24), "day"),
    ("The census of Feb. 29, 2020 was delayed.", MON, "Feb. 29, 2020", D(2020, 2, 29),
     D(2020, 2, 29), "day"),
    ("MOSCOW, Thursday, Feb. 25, 2021 (Reuters)", MON, "Thursday, Feb. 25, 2021",
     D(2021, 2, 25), D(2021, 2, 25), "day"),
    ("It was signed on the 24th of February.", MON, "the 24th of February", D(2021, 2, 24),
     D(2021, 2, 24), "day"),
    ("The Sept. 11, 2001 attacks", MON, "Sept. 11, 2001", D(2001, 9, 11), D(2001, 9, 11), "day"),
    ("He resigned last February.", MON, "last February", D(2021, 2, 1), D(2021, 2, 28), "month"),
    ("He resigned last March.", MON, "last March", D(2020, 3, 1), D(2020, 3, 31), "month"),
    ("The march ended in March.", MON, "March", D(2021, 3, 1), D(2021, 3, 31), "month"),
]


@pytest.mark.parametrize(("text", "anchor", "matched", "start", "end", "precision"), PHRASINGS)
def test_news_phrasings(text: str, anchor: dt.date, matched: str, start: dt.date,
                        end: dt.date, precision: str) -> None:
    m = only(text, anchor)
    assert (m.text, m.span.start, m.span.end, m.span.precision) == (matched, start, end,
                                                                    precision)
    # the coder re-resolves a mention's text on its own: it must come out the same
    assert resolve_date(m.text, anchor) == m.span


# (sentence, previous date of the narrative, matched text, start, end, precision)
NARRATIVE = [
    ("Two months earlier, Moscow gave Bishkek $20 million.", FEBRUARY, "Two months earlier",
     D(2020, 12, 1), D(2020, 12, 31), "month"),
    ("Three days later, police cleared the square.", FEB_24, "Three days later", D(2021, 2, 27),
     D(2021, 2, 27), "day"),
    ("A week earlier, he had met Xi.", FEB_24, "A week earlier", D(2021, 2, 17), D(2021, 2, 17),
     "day"),
    ("The next day, he flew home.", FEB_24, "The next day", D(2021, 2, 25), D(2021, 2, 25), "day"),
    ("He had called Xi the day before.", FEB_24, "the day before", D(2021, 2, 23),
     D(2021, 2, 23), "day"),
    ("Talks resumed the following week.", FEB_24, "the following week", D(2021, 3, 1),
     D(2021, 3, 7), "month"),
    ("Aid arrived the following month.", FEB_24, "the following month", D(2021, 3, 1),
     D(2021, 3, 31), "month"),
    ("A year later he was ousted.", FEBRUARY, "A year later", D(2022, 1, 1), D(2022, 12, 31),
     "year"),
    ("He returned the following Monday.", FEB_24, "the following Monday", D(2021, 3, 1),
     D(2021, 3, 1), "day"),
    # never finer than what it counts from: days after "February" is still February
    ("Three days later, police cleared the square.", FEBRUARY, "Three days later",
     D(2021, 2, 1), D(2021, 2, 28), "month"),
    # without a previous date the publication date is the reference
    ("Two months earlier, Moscow gave Bishkek $20 million.", None, "Two months earlier",
     D(2021, 1, 1), D(2021, 1, 31), "month"),
]


@pytest.mark.parametrize(("text", "previous", "matched", "start", "end", "precision"), NARRATIVE)
def test_narrative_phrasings(text: str, previous: DateSpan | None, matched: str,
                             start: dt.date, end: dt.date, precision: str) -> None:
    m = only(text, MON, previous)
    assert (m.text, m.span.start, m.span.end, m.span.precision) == (matched, start, end,
                                                                    precision)


def test_narrative_phrase_counts_from_an_earlier_date_in_the_same_sentence() -> None:
    text = "Protests began on Feb. 22 and two days later police cleared the square."
    found = find_dates(text, MON, FEBRUARY)
    assert [(m.text, m.span.start, m.span.precision) for m in found] == [
        ("Feb. 22", D(2021, 2, 22), "day"), ("two days later", D(2021, 2, 24), "day")]
    found = find_dates("Jeenbekov in 2019 called Russia a partner, only to be ousted the year "
                       "after.", MON)
    assert [(m.text, m.span.iso) for m in found] == [("2019", "2019"), ("the year after", "2020")]


# (sentence, anchor, matched text, date when planned, date otherwise)
PLANNED = [
    ("He will visit Ankara on March 2.", D(2021, 3, 5), "March 2", D(2022, 3, 2), D(2021, 3, 2)),
    ("He will visit Ankara on Feb. 24.", D(2021, 2, 25), "Feb. 24", D(2021, 2, 24),
     D(2021, 2, 24)),
    ("He will visit Ankara on Thursday.", MON, "Thursday", D(2021, 3, 4), D(2021, 2, 25)),
    ("He will visit Ankara in April.", D(2021, 5, 10), "April", D(2022, 4, 1), D(2021, 4, 1)),
]


@pytest.mark.parametrize(("text", "anchor", "matched", "planned", "nearest"), PLANNED)
def test_prefer_future_takes_the_next_occurrence(text: str, anchor: dt.date, matched: str,
                                                 planned: dt.date, nearest: dt.date) -> None:
    assert only(text, anchor, prefer_future=True).span.start == planned
    assert only(text, anchor).span.start == nearest
    span = resolve_date(matched, anchor, prefer_future=True)
    assert span is not None and span.start == planned


def test_without_anchor_only_explicit_years_resolve() -> None:
    text = "On Feb. 24, a year after the January 10, 2020 vote, yesterday, in 2019 and on Monday"
    assert [m.text for m in find_dates(text, None)] == ["January 10, 2020", "2019"]
    assert resolve_date("Feb. 24", None) is None
    assert resolve_date("2021-02-24", None) == DateSpan(D(2021, 2, 24), D(2021, 2, 24), "day",
                                                        "2021-02-24")


def test_offsets_cut_every_mention_out_of_a_long_sentence() -> None:
    text = ("After talks on Feb. 22 and a visit March 2-3, the ministry said on Thursday that "
            "trade, down since early 2020, would recover next year; in February aid rose.")
    found = find_dates(text, MON)
    assert [m.text for m in found] == ["Feb. 22", "March 2-3", "Thursday", "early 2020",
                                       "next year", "February"]
    for m in found:
        assert text[m.start:m.end] == m.text == m.span.text
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize("text", [
    "He may visit Moscow.",
    "Japarov May visit Moscow",  # headline capitals
    "Theresa May said talks would go on.",
    "The talks were criticised by May.",
    "the march on Bishkek",
    "The March on Bishkek drew thousands.",
    "The 65-year-old leader, 65 years old, resigned.",
    "Russia provided $20 million in budget support.",
    "He has been arrested 10 times.",
    "The COVID-19 pandemic hit trade.",
    "Trade routes of the 19th century.",
    "The reforms of the 1990s.",
    "Talks started at 10:30 a.m.",
    "Police detained 1,500 people.",
    "Black Friday sales and Super Tuesday results",
    "He had called Xi the day before the vote.",
    "Prices rose over the last year.",
    "Several days later, he left.",
    "The decree is dated 03/04/2021.",  # March 4 or 3 April: skipped
    "He stayed at Mar-a-Lago.",
    "The Feb. 30 meeting",  # no such day
    "",
])
def test_not_dates(text: str) -> None:
    assert find_dates(text, MON, FEB_24) == []


def test_resolve_date_reads_the_whole_string_as_one_expression() -> None:
    assert resolve_date("on Feb. 24", MON) == DateSpan(D(2021, 2, 24), D(2021, 2, 24), "day",
                                                       "Feb. 24")
    # the caller vouches it is a date: a bare month or year needs no cue word
    span = resolve_date("May", MON)
    assert span is not None and (span.start, span.end, span.precision) == (
        D(2021, 5, 1), D(2021, 5, 31), "month")
    assert resolve_date("Two months earlier", MON, FEBRUARY) == DateSpan(
        D(2020, 12, 1), D(2020, 12, 31), "month", "Two months earlier")
    assert resolve_date("Feb. 24 and March 3", MON) is None
    assert resolve_date("the march", MON) is None
    assert resolve_date("", MON) is None


# --- properties ------------------------------------------------------------------------------

any_anchor = st.dates(min_value=D(1, 1, 2))
ordinary_anchor = st.dates(min_value=D(1800, 1, 1), max_value=D(2200, 12, 31))
spans = st.builds(
    lambda a, n, p: DateSpan(a, a + dt.timedelta(days=n), p),
    st.dates(max_value=D(9999, 11, 30)), st.integers(0, 31), st.sampled_from(["day", "month",
                                                                              "year"]))
# Date-ish words, so that random texts reach the handlers and not just the gates.
FRAGMENTS = ["Feb.", "February", "May", "March", "24", "2", "-", "\u2013", "30", "2021", "1999",
             "2020-21", "in", "on", "early", "mid-", "late", "last", "next", "this", "the",
             "following", "day", "week", "month", "year", "days", "months", "ago", "earlier",
             "later", "before", "after", ",", ".", "Thursday", "yesterday", "two", "a", "of",
             "24th", "2021-02-24", "24/02/2021", "31.12.9999", "9999", "0", "same", "previous"]
datey_text = st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join)


@given(st.one_of(st.text(), datey_text), st.one_of(st.none(), any_anchor),
       st.one_of(st.none(), spans), st.booleans())
def test_never_raises_and_spans_are_ordered(text: str, anchor: dt.date | None,
                                                       previous: DateSpan | None,
                                                       future: bool) -> None:
    found = find_dates(text, anchor, previous, prefer_future=future)
    last_end = 0
    for m in found:
        assert m.span.start <= m.span.end
        assert text[m.start:m.end] == m.text == m.span.text
        assert m.start >= last_end  # sorted, no overlaps
        last_end = m.end
    span = resolve_date(text, anchor, previous, prefer_future=future)
    assert span is None or span.start <= span.end


@given(any_anchor)
def test_yesterday_is_the_day_before_the_anchor(anchor: dt.date) -> None:
    expected = anchor - dt.timedelta(days=1)
    assert only("Police said yesterday that", anchor).span == DateSpan(
        expected, expected, "day", "yesterday")


@given(st.dates(min_value=D(1, 1, 31)), st.integers(1, 30))
def test_n_days_ago(anchor: dt.date, n: int) -> None:
    expected = anchor - dt.timedelta(days=n)
    m = only(f"He was detained {n} days ago.", anchor)
    assert (m.span.start, m.span.end, m.span.precision) == (expected, expected, "day")


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 6: "six", 10: "ten", 12: "twelve"}


@given(st.integers(11, 9999), st.integers(1, 12), st.integers(1, 120), st.booleans())
def test_n_months_earlier_goes_back_n_calendar_months(year: int, month: int, n: int,
                                                      words: bool) -> None:
    previous = DateSpan(D(year, month, 1), D(year, month, calendar.monthrange(year, month)[1]),
                        "month")
    number = NUMBER_WORDS.get(n, str(n)) if words else str(n)
    m = only(f"{number.capitalize()} months earlier, the deal was signed.", None, previous)
    back_year, back_month0 = divmod(year * 12 + month - 1 - n, 12)
    assert m.span.precision == "month"
    assert m.span.start == D(back_year, back_month0 + 1, 1)
    assert m.span.end == D(back_year, back_month0 + 1,
                           calendar.monthrange(back_year, back_month0 + 1)[1])


@given(ordinary_anchor, st.dates(min_value=D(2001, 1, 1), max_value=D(2001, 12, 31)))
def test_yearless_dates_land_near_the_anchor(anchor: dt.date, day: dt.date) -> None:
    text = f"on {day:%B} {day.day}"  # 2001 is no leap year: every day exists every year
    nearest = only(text, anchor).span.start
    assert (nearest.month, nearest.day) == (day.month, day.day)
    assert abs((nearest - anchor).days) <= 183
    planned = only(text, anchor, prefer_future=True).span.start
    assert 0 <= (planned - (anchor - dt.timedelta(days=1))).days < 366


@pytest.mark.parametrize(("text", "anchor", "start", "precision"), [
    ("April 4", D(2017, 10, 27), D(2017, 4, 4), "day"),  # nearest would be April 2018
    ("in November", D(2023, 5, 10), D(2022, 11, 1), "month"),
    ("on May 11", D(2023, 5, 10), D(2023, 5, 11), "day"),  # the day after: a late dateline
])
def test_prefer_past_keeps_a_yearless_date_on_or_before_the_anchor(
        text: str, anchor: dt.date, start: dt.date, precision: str) -> None:
    span = resolve_date(text, anchor, prefer_past=True)
    assert span is not None and (span.start, span.precision) == (start, precision)


@pytest.mark.parametrize(("text", "start", "precision"), [
    ("Aid was cut on Feb. 24, a week after talks collapsed.", D(2021, 2, 17), "day"),
    ("It came two months after Washington eased sanctions.", D(2021, 1, 1), "month"),
    ("He resigned three days before parliament voted.", D(2021, 3, 4), "day"),
])
def test_n_units_after_a_clause_counts_back_from_the_sentence_date(
        text: str, start: dt.date, precision: str) -> None:
    linked = find_dates(text, MON)[-1]
    assert linked.text.endswith(("after", "before"))
    assert (linked.span.start, linked.span.precision) == (start, precision)


def test_n_units_after_a_comma_is_still_the_old_narrative_phrase() -> None:
    assert only("They met a week after, officials said.", MON, FEB_24).span.start == D(2021, 3, 3)


@pytest.mark.parametrize(("text", "anchor", "start"), [
    ("Ten years ago today, the city was shelled.", D(2023, 8, 21), D(2013, 8, 21)),
    ("Two months ago today the talks began.", D(2023, 8, 21), D(2023, 6, 21)),
    ("Troops killed 30 villagers on Christmas Eve.", D(2021, 12, 26), D(2021, 12, 24)),
    ("Protesters marched on New Year's Day 2020.", D(2021, 3, 1), D(2020, 1, 1)),
])
def test_anniversaries_and_fixed_holidays_are_days(text: str, anchor: dt.date,
                                                   start: dt.date) -> None:
    found = only(text, anchor)
    assert (found.span.start, found.span.end, found.span.precision) == (start, start, "day")


def test_christmas_alone_is_not_a_date() -> None:
    assert find_dates("Police raided a Christmas market in Berlin.", MON) == []


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("Jets struck on Feb. 24 after a barrage earlier in the month.",
     D(2021, 2, 1), D(2021, 2, 23), "month"),
    ("They met on Feb. 24 and signed a deal later that year.",
     D(2021, 2, 25), D(2021, 12, 31), "year"),
])
def test_earlier_in_the_month_counts_from_the_narrative_date(
        text: str, start: dt.date, end: dt.date, precision: str) -> None:
    span = find_dates(text, MON)[-1].span
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "anchor", "start", "precision"), [
    ("Gunmen killed 20 villagers over the weekend.", MON, D(2021, 2, 27), "month"),
    ("Protesters clashed with police last weekend.", D(2021, 3, 3), D(2021, 2, 27), "month"),
    ("Police arrested dozens at the weekend.", D(2021, 3, 7), D(2021, 3, 6), "month"),
    ("Troops withdrew this past weekend.", D(2021, 3, 7), D(2021, 3, 6), "month"),
    ("Rebels attacked a base last weekend.", D(2021, 3, 7), D(2021, 2, 27), "month"),
    ("The weekend's violence left ten dead.", D(2021, 5, 4), D(2021, 5, 1), "month"),
])
def test_a_weekend_is_its_saturday_and_sunday(text: str, anchor: dt.date, start: dt.date,
                                              precision: str) -> None:
    span = only(text, anchor).span
    assert (span.start, span.end, span.precision) == (start, start + dt.timedelta(days=1),
                                                      precision)


def test_a_weekend_across_two_months_is_year_precision() -> None:
    span = only("Gunmen killed 20 villagers over the weekend.", D(2021, 8, 2)).span
    assert (span.start, span.end, span.precision) == (D(2021, 7, 31), D(2021, 8, 1), "year")


def test_a_planned_weekend_is_the_coming_one() -> None:
    span = only("The ministers will meet next weekend.", MON).span
    assert (span.start, span.end) == (D(2021, 3, 6), D(2021, 3, 7))
    span = only("They will meet at the weekend.", MON, prefer_future=True).span
    assert (span.start, span.end) == (D(2021, 3, 6), D(2021, 3, 7))


@pytest.mark.parametrize(("text", "day"), [
    ("Kenya expelled the envoy a day earlier, the ministry said on Tuesday.", D(2021, 2, 22)),
    ("Rebels had seized the town the day before, the army said on Friday.", D(2021, 2, 25)),
    ("Police held him two days earlier, officials said in a statement on Feb. 24.",
     D(2021, 2, 22)),
    ("The talks had collapsed the previous day, a spokesman said on Saturday.", D(2021, 2, 26)),
])
def test_a_backward_shift_counts_from_the_sentence_date_after_it(text: str,
                                                                 day: dt.date) -> None:
    span = find_dates(text, MON)[0].span
    assert (span.start, span.precision) == (day, "day")


def test_a_story_date_still_wins_over_a_later_date_in_the_sentence() -> None:
    found = find_dates("Police held him a day earlier, officials said on Friday.", MON,
                       FEB_24)
    assert found[0].span.start == D(2021, 2, 23)


def test_a_forward_shift_or_a_linked_clause_does_not_count_from_a_later_date() -> None:
    found = find_dates("Two days later, on Friday, police arrested him.", MON)
    assert found[0].span.start == D(2021, 3, 3)
    found = find_dates("A week after cutting off aid, Washington imposed sanctions.", MON)
    assert found[0].span.start == D(2021, 2, 22)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Police arrested three lawmakers in mid-2021.", D(2021, 5, 1), D(2021, 8, 31)),
    ("The junta has ruled since early-2020.", D(2020, 1, 1), D(2020, 4, 30)),
    ("Talks stalled in late-2019.", D(2019, 9, 1), D(2019, 12, 31)),
])
def test_hyphenated_part_of_a_year(text: str, start: dt.date, end: dt.date) -> None:
    span = only(text, MON).span
    assert (span.start, span.end, span.precision) == (start, end, "year")


@pytest.mark.parametrize(("text", "start", "precision"), [
    ("Police arrested him a day before Saturday's election.", D(2021, 2, 26), "day"),
    ("Hours before Sunday's vote, troops deployed.", D(2021, 2, 28), "day"),
    ("On the eve of Sunday's poll, the army deployed.", D(2021, 2, 27), "day"),
    ("The day after Friday's attack, troops arrived.", D(2021, 2, 27), "day"),
    ("Two days after Thursday's raid, police struck again.", D(2021, 2, 27), "day"),
    ("Days before Sunday's vote, police raided offices.", D(2021, 2, 1), "month"),
])
def test_a_shift_from_a_weekday_event(text: str, start: dt.date, precision: str) -> None:
    span = only(text, MON).span
    assert (span.start, span.precision) == (start, precision)


def test_a_bare_after_a_weekday_event_is_only_the_weekday() -> None:
    assert only("Troops arrived after Friday's attack.", MON).text == "Friday"
