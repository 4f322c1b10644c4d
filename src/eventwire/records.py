"""Typed records passed between the stages.

Every record is a frozen dataclass of primitives so that it can be stored, exported and
compared; no stage passes dicts to another.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Document:
    """One article after ingest: normalised text plus the metadata it carries."""

    doc_id: str
    text: str
    source_path: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD"
    url: str | None = None
    line: int | None = None  # line number inside a JSONL file, 1-based

    @property
    def published_date(self) -> dt.date | None:
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None


@dataclass(frozen=True)
class Problem:
    """Bad input or a failed stage, recorded instead of raised so the run goes on."""

    stage: str  # "ingest", "nlp", "code", ...
    source: str  # file path (or doc id when no file)
    code: str  # short machine code, e.g. "empty-file", "invalid-utf8", "bad-json"
    message: str  # human readable, names the file and line
    line: int | None = None
    doc_id: str | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message} [{self.code}]"


@dataclass(frozen=True)
class DateSpan:
    """A resolved date: first and last day, and how precise the text was."""

    start: dt.date
    end: dt.date
    precision: Precision
    text: str = ""
    assumed: bool = False  # True when taken from the publication date for lack of any other

    @property
    def iso(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.strftime("%Y-%m")
        return f"{self.start.year:04d}"


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with character offsets into that text."""

    start: int
    end: int
    text: str
    span: DateSpan


@dataclass(frozen=True)
class Amount:
    """Money named in a text, with its value in US dollars where it can be known."""

    value: float
    currency: str  # ISO 4217, e.g. "USD", "RUB"
    usd: float | None
    text: str
    start: int = 0
    end: int = 0
    usd_source: str = ""  # "stated" (article's own conversion), "rate-table", "usd"


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"  # "city" or "country"
    population: int | None = None  # for cities, from the gazetteer


@dataclass(frozen=True)
class Actor:
    """An actor coded the CAMEO way: country (ISO alpha-3 or IGO code) plus role."""

    code: str  # e.g. "KGZGOV", "RUS", "IGOUNO"
    country: str | None  # "KGZ", or None for IGOs
    role: str | None  # "GOV", "MIL", ...
    name: str | None = None  # canonical person or organisation name
    text: str = ""  # the words in the sentence


@dataclass(frozen=True)
class Event:
    """One coded event with its evidence and provenance."""

    doc_id: str
    code: str  # CAMEO code, e.g. "042"
    source: str  # actor code
    target: str
    date: str  # ISO, precision-dependent ("2021-02-24", "2021-02", "2021")
    date_precision: Precision
    date_assumed: bool
    sentence: str  # evidence, verbatim from the document text
    char_start: int
    char_end: int
    source_text: str = ""
    target_text: str = ""
    source_name: str | None = None
    target_name: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    event_name: str = ""
    place: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    amount_usd: float | None = None
    amount_text: str | None = None
    date_text: str | None = None
    trigger: str = ""
    pattern_id: str = ""
    negated: bool = False
    dictionary_version: str = ""
    outlet: str | None = None
    published: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def event_id(self) -> str:
        import hashlib

        key = "|".join([self.doc_id, str(self.char_start), self.code, self.source, self.target,
                        self.date, self.trigger, self.pattern_id])
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extra", None)
        d["event_id"] = self.event_id
        return d


@dataclass(frozen=True)
class Fact:
    """Something an article states in passing that reports of one event can disagree on.

    kind "dated": a thing the article gives a date for ("the January 10, 2020, election").
    kind "figure": a reported figure ("bilateral trade turnover amounted to $1.5 billion"),
    with the year it is for and the countries it is about.
    """

    doc_id: str
    kind: Literal["dated", "figure"]
    name: str  # "election", "trade"
    text: str  # the words that state it
    sentence: str
    char_start: int  # of the sentence in the document text
    char_end: int
    date: str | None = None  # dated: ISO at its precision
    date_precision: Precision | None = None
    value_usd: float | None = None  # figure
    year: int | None = None  # figure: the year the figure is for
    countries: str = ""  # figure: ISO codes of what it is about, comma-joined ("KGZ,RUS")
    scope: str = ""  # figure: the words that say so ("Kyrgyzstan's", "bilateral")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
