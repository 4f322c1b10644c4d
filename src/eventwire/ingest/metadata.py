"""Metadata sniffed from an article's own header and footer lines, and date parsing.

Saved articles start with a few short lines (outlet, title, byline, date) and often end with an
"Original url:" line or a "Related Articles" block. These are recognised by their layout, not by
outlet: a byline or a date line anchors the header, the short lines above it are outlet and
title. Every line consumed as metadata is removed from the body; article sentences never are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from eventwire.ingest.normalize import normalize_field, normalize_text

HEAD_LINES = 15  # metadata is looked for in this many first non-empty lines ...
TAIL_LINES = 10  # ... and url lines also in this many last ones
PARAGRAPH_WORDS = 30  # a line this long is body text: the header has ended
TITLE_WORDS = 25
OUTLET_WORDS = 8
BYLINE_WORDS = 12
TAIL_LINE_WORDS = 15  # lines of a "Related Articles" block are headlines, not paragraphs


@dataclass(frozen=True)
class Metadata:
    """What a reader found besides the text; `make_document` turns it into Document fields."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO "YYYY-MM-DD"
    url: str | None = None


# --- dates ------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_FORMS = [
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # Apr 5, 2021
    re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 5 April 2021
    re.compile(r"(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)"),  # 2021-04-05
]
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|dated?|on)"
    r"\s*:?\s*", re.I)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TIME_TAIL = re.compile(r"^\s*(?:(?:[,|@\u2013\u2014T-]|at)\s*)?(?:\d{1,2}[:.]\d{2}\b.*)?$", re.I)
_DATELINE_PLACE = re.compile(r"^[A-Z][A-Z.'\- ]*[A-Z.](?:,\s*[A-Z][A-Z.]+)?,?\s+")


def _date_at_start(text: str) -> tuple[str, int] | None:
    """ISO date of a date written at the start of `text`, and where it ends."""
    for form in _DATE_FORMS:
        match = form.match(text)
        if not match:
            continue
        month = match.group("month")
        month_no = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
        try:
            day = dt.date(int(match.group("year")), month_no, int(match.group("day")))
        except ValueError:
            return None
        return day.isoformat(), match.end()
    return None


def date_line(line: str) -> str | None:
    """ISO date if the whole line is a date ("Published: Monday, April 5, 2021 10:30")."""
    rest = _WEEKDAY.sub("", _DATE_LABEL.sub("", line.strip(), count=1), count=1)
    found = _date_at_start(rest)
    if found and _TIME_TAIL.match(rest[found[1]:]):
        return found[0]
    return None


def dateline_date(line: str) -> str | None:
    """ISO date from a news dateline: "MOSCOW, March 1, 2021 (Reuters) - ..."."""
    place = _DATELINE_PLACE.match(line)
    if not place:
        return None
    found = _date_at_start(_WEEKDAY.sub("", line[place.end():], count=1))
    return found[0] if found else None


def parse_date(value: str) -> str | None:
    """Any common absolute date format -> ISO date; None when unsure (no relative dates)."""
    value = value.strip()
    if not value:
        return None
    found = _date_at_start(_WEEKDAY.sub("", value, count=1))
    if found:
        return found[0]
    import dateparser  # slow to import; only needed for the unusual formats

    try:
        parsed = dateparser.parse(value, settings={
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
        })
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    return parsed.date().isoformat() if parsed else None


# --- outlets and urls -------------------------------------------------------------------------

_URL_LINE = re.compile(
    r"^(?:original(?:\s+url|\s+article)?|source(?:\s+url)?|url|link|canonical(?:\s+url)?"
    r"|originally\s+published\s+(?:at|on|by)|read\s+(?:the\s+)?original(?:\s+article)?"
    r"(?:\s+(?:at|on))?)\s*:?\s*<?(?P<url>https?://[^\s<>]+)>?\.?$", re.I)
_OUTLET_SPLIT = re.compile(r"\s+[-|\u2013\u2014:]\s+")
_ACRONYM = re.compile(r"^[A-Z0-9&.]{2,8}$")


def outlet_from_url(url: str | None) -> str | None:
    """The site's domain ("themoscowtimes.com"), the outlet of last resort."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def clean_outlet(name: str) -> str:
    """Drop an acronym beside the full name: "CPC - Caspian Policy Center" -> the name."""
    parts = _OUTLET_SPLIT.split(name.strip())
    if len(parts) == 2:
        names = [p for p in parts if not _ACRONYM.match(p)]
        if len(names) == 1:
            return names[0]
    return name.strip()


# --- bylines ----------------------------------------------------------------------------------

_AUTHOR_LABEL = re.compile(
    r"^(?:authors?|written\s+by|words\s+by|reporting\s+by|by)\s*:\s*(?P<rest>\S.*)$", re.I)
_BY = re.compile(r"^(?:(?:written|reporting|words)\s+)?by\s+(?P<rest>\S.*)$", re.I)
_BY_FOR = re.compile(r"^(?P<author>.+?)\s+for\s+(?P<outlet>[A-Z].*)$")
_NAME_LINKS = {
    "and", "for", "of", "the", "de", "da", "del", "der", "den", "van", "von", "la", "le",
    "al", "el", "bin", "ibn", "in", "at", "&",
}


def byline(line: str) -> tuple[str, str | None] | None:
    """(author, outlet) from "Author: X" or "By X for Outlet"; None for "By March, the ..."."""
    line = line.strip()
    labelled = _AUTHOR_LABEL.match(line)
    match = labelled or _BY.match(line)
    if not match:
        return None
    rest = match.group("rest").strip().rstrip(".")
    words = rest.split()
    if len(words) > BYLINE_WORDS:
        return None
    if not labelled and not all(
        w[0].isupper() or w.lower() in _NAME_LINKS for w in (w.strip(",.;") for w in words) if w
    ):
        return None
    by_for = _BY_FOR.match(rest)
    if by_for:
        return by_for.group("author"), by_for.group("outlet")
    return rest, None


# --- boilerplate ------------------------------------------------------------------------------

_TAIL_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|posts|news|content|reading|coverage))?|read\s+more"
    r"|more\s+(?:from|on|in)\b.{0,40}|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?"
    r"|see\s+also|also\s+read|most\s+(?:read|popular))\s*:?$", re.I)
_RELATED_LINE = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|story))?|read\s+(?:more|also)|also\s+read|see\s+also)"
    r"\s*:\s*\S", re.I)
_SHARE_LINE = re.compile(
    r"^(?:share\s+this(?:\s+(?:article|story|post|page))?|share\s+on\s+\w+(?:\s*[|,/]\s*\w+)*)"
    r"\s*:?$", re.I)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)|copyright\b|all rights reserved)", re.I)


def _words(line: str) -> int:
    return len(line.split())


# --- sniffing ---------------------------------------------------------------------------------


def sniff(text: str, title_hint: str | None = None) -> tuple[Metadata, str]:
    """Metadata from a plain-text article's header/footer, and the body without those lines.

    `title_hint` is the headline when the format marks it (a Markdown "# " heading).
    """
    lines = normalize_text(text).split("\n")
    nonempty = [i for i, line in enumerate(lines) if line]
    head: list[int] = []
    for i in nonempty[:HEAD_LINES]:
        if _words(lines[i]) >= PARAGRAPH_WORDS:
            break
        head.append(i)
    drop: set[int] = set()
    url = author = outlet = published = None

    for i in dict.fromkeys(head + nonempty[-TAIL_LINES:]):
        match = _URL_LINE.match(lines[i])
        if match:
            url = url or match.group("url")
            drop.add(i)

    anchor = None  # first byline or date line: what is above it is outlet and title
    for i in head:
        if i in drop:
            continue
        by = None if author else byline(lines[i])
        day = None if published else date_line(lines[i])
        if by:
            author, outlet = by
        elif day:
            published = day
        else:
            continue
        drop.add(i)
        anchor = i if anchor is None else anchor

    above = [i for i in head if (anchor is None or i < anchor) and i not in drop]
    if anchor is None:
        # no byline or date: only a first-line headline followed by more text is a title
        above = above[:1] if len(nonempty) - len(drop) > 1 else []
    hint = normalize_field(title_hint)
    if hint and all(lines[i].casefold() != hint.casefold() for i in above):
        hint = None  # a heading further down is a section heading, not the headline
    title, header_outlet = _title_and_outlet(lines, above, drop, hint)
    outlet = outlet or header_outlet

    body = [i for i in nonempty if i not in drop]
    if published is None:
        first_paragraph = next((i for i in body if _words(lines[i]) > 8), None)
        if first_paragraph is not None:
            published = dateline_date(lines[first_paragraph])
    drop |= _boilerplate(lines, body)

    meta = Metadata(title=title, outlet=outlet, author=author, published=published, url=url)
    return meta, normalize_text("\n".join(line for i, line in enumerate(lines) if i not in drop))


def _title_like(line: str) -> bool:
    return _words(line) <= TITLE_WORDS and not line.endswith((".", ",", ";", ":"))


def _title_and_outlet(lines: list[str], above: list[int], drop: set[int],
                      title_hint: str | None) -> tuple[str | None, str | None]:
    """Pick title and outlet among the header lines `above` the byline and mark them dropped.

    The layouts: "Outlet / title" or just "title" (or the marked `title_hint`); a lowercase
    copy of the title, as some sites print it, goes too.
    """
    hint_key = title_hint.casefold() if title_hint else None
    groups: dict[str, list[int]] = {}
    for i in above:
        if _title_like(lines[i]):
            groups.setdefault(lines[i].casefold(), []).append(i)
    keys = list(groups)

    if hint_key is not None and hint_key in groups:
        title_at = keys.index(hint_key)
    elif hint_key is None and len(keys) >= 2 and _outlet_like(keys[0]):
        title_at = 1
    elif hint_key is None and keys:
        title_at = 0
    else:
        return None, None
    outlet_key = keys[0] if title_at > 0 and _outlet_like(keys[0]) else None

    def take(key: str) -> str:
        drop.update(groups[key])
        # the copy with most capitals is the one as published, not the lowercased slug
        return max((lines[i] for i in groups[key]), key=lambda s: sum(c.isupper() for c in s))

    title = take(keys[title_at])
    outlet = clean_outlet(take(outlet_key)) if outlet_key else None
    return title, outlet


def _outlet_like(line: str) -> bool:
    return _words(line) <= OUTLET_WORDS and not line.endswith(("?", "!", ".", ":"))


def _boilerplate(lines: list[str], body: list[int]) -> set[int]:
    """Lines to drop: "Related article: ..." and share lines, a trailing "Related Articles"
    block of headline-length lines, and copyright lines at the very end."""
    drop = {i for i in body if _RELATED_LINE.match(lines[i]) or _SHARE_LINE.match(lines[i])}
    rest = [i for i in body if i not in drop]
    for n, i in enumerate(rest):
        if _TAIL_HEADING.match(lines[i]) and all(
            _words(lines[j]) <= TAIL_LINE_WORDS for j in rest[n + 1:]
        ):
            drop.update(rest[n:])
            rest = rest[:n]
            break
    while rest and _COPYRIGHT.match(lines[rest[-1]]):
        drop.add(rest.pop())
    return drop
