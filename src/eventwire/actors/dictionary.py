"""Actor dictionaries: countries, organisations, agents, office holders and dated parties.

The packaged TSV files under ``eventwire/data/actors`` (formats in their README.md) are read
once into plain dicts keyed on a normalised form of each phrase, so that the mention finder
can test every n-gram of a sentence with one dict lookup. Users extend or correct the packaged
data with TSV files in the same formats; a file's header row says which format it is in.
PETRARCH / Phoenix dictionaries are read too, by ``petrarch.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

__all__ = [
    "FORMATS", "ROLES", "ActorDictionary", "Party", "Person", "Term", "load_dictionary",
    "normalize", "phrase_tokens",
]

# The five file formats, by the exact header row that announces them.
FORMATS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "countries": ("code", "name", "aliases", "demonyms", "capitals"),
    "igos": ("code", "name", "aliases"),
    "agents": ("term", "role", "kind"),
    "leaders": ("name", "aliases", "country", "role", "title", "start", "end"),
    "parties": ("name", "aliases", "country", "role", "start", "end"),
})
_BY_HEADER = {cols: kind for kind, cols in FORMATS.items()}
_PACKAGED = ("countries.tsv", "igos.tsv", "groups.tsv", "agents.tsv", "leaders.tsv",
             "parties.tsv")
# A party on a day none of its rows covers is out of government: the opposition.
_PARTY_DEFAULT_ROLE = "OPP"

# CAMEO role codes a dictionary row may carry (the ones eventwire codes with).
ROLES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "SEP", "PTY", "BUS", "MED",
    "CVL", "EDU", "HLH", "LAB", "REF", "ELI", "CRM", "NGO", "IGO", "REL", "AGR", "ENV", "HRI",
    "MNC", "UAF", "IMG", "DEV",
})
_AGENT_KINDS = frozenset({"title", "noun"})
_V = TypeVar("_V")
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
_ORG_CODE = re.compile(r"^(IGO|NGO)[A-Z]{0,12}$")
# A named group inside a country, in the organisations format: "Hamas" -> PSEREB.
_GROUP_CODE = re.compile(r"^[A-Z]{3}[A-Z]{3}$")

# Letters NFKD does not take apart, and punctuation that news text spells several ways.
_FOLD = str.maketrans({
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ʻ": "'", "ʼ": "'", "’": "'",
    "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
})
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
# An entry written wholly in capitals ("US", "WHO", "U.N.", "G-20") is an acronym and only
# matches in capitals, so the pronouns "us" and "who" never become countries or agencies.
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z0-9.&+/-]+$")
_CASED = "\x00"  # prefix of case-sensitive keys; no normalised phrase starts with it


@functools.lru_cache(maxsize=1 << 17)  # the same words are looked up over and over
def _fold(text: str) -> str:
    folded = text.translate(_FOLD)
    if not folded.isascii():  # plain ASCII has nothing to decompose
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _SPACES.sub(" ", folded).strip()


def normalize(text: str) -> str:
    """The lookup key of a phrase: accents folded, lower-cased, whitespace collapsed.

    News copy writes "Erdoğan", "Erdogan" and "ERDOGAN"; all three must reach one entry.
    """
    return _fold(text).casefold()


def _entry_key(text: str) -> str:
    """Key an entry is stored under: acronyms keep their case (see _ACRONYM)."""
    folded = _fold(text)
    return _CASED + folded if _ACRONYM.match(folded) else folded.casefold()


def _get(table: Mapping[str, _V], text: str) -> _V | None:
    """Look a phrase up as an acronym first, then case-insensitively."""
    folded = _fold(text)
    hit = table.get(_CASED + folded)
    return hit if hit is not None else table.get(folded.casefold())


def lead_token(text: str) -> str:
    """The first token of a phrase as lookups see it ("U.S. envoy" -> "u"): a phrase can only
    match an entry whose lead token is the same, so most words need no lookup at all."""
    m = _TOKEN.search(_fold(text))
    return m.group(0).casefold() if m else ""


def phrase_tokens(text: str) -> int:
    """Tokens in a phrase, counting each punctuation mark alone (an upper bound on spaCy's)."""
    return len(_TOKEN.findall(text))


@dataclass(frozen=True)
class Term:
    """One spell in one office: inclusive dates, ``None`` meaning open on that side."""

    country: str
    role: str | None
    title: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def _start_key(term: Term) -> dt.date:
    return term.start or dt.date.min


@dataclass(frozen=True)
class Person:
    """A known office holder and the terms that date what their name should be coded as."""

    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]

    def code_on(self, when: dt.date | None) -> tuple[str, str | None] | None:
        """(country, role) this person is coded as on ``when``.

        - in office on ``when``: that term (the latest-starting one if several overlap);
        - between or after terms: (country of the last finished term, "ELI"), a former
          official; an IGO term hands over to the person's latest state term, since an
          ex-secretary-general is a former official of their own country;
        - before the first term: (country of the first term, None): nationality is known,
          the role is not;
        - ``when`` unknown (None): the latest term's (country, role).
        """
        if not self.terms:
            return None
        if when is None:
            latest = max(self.terms, key=_start_key)
            return latest.country, latest.role
        covering = [t for t in self.terms if t.covers(when)]
        if covering:
            term = max(covering, key=_start_key)
            return term.country, term.role
        ended = [t for t in self.terms if t.end is not None and t.end < when]
        if ended:
            last = max(ended, key=lambda t: t.end or dt.date.min)
            if not _COUNTRY_CODE.match(last.country):
                states = [t for t in ended if _COUNTRY_CODE.match(t.country)]
                if states:
                    last = max(states, key=lambda t: t.end or dt.date.min)
            return last.country, "ELI"
        first = min(self.terms, key=_start_key)
        return first.country, None

    def in_office(self, when: dt.date) -> bool:
        return any(t.covers(when) for t in self.terms)


@dataclass(frozen=True)
class Party:
    """A named party (or any organisation) whose role changes with time: BJP, Likud, Labour.

    Not a person: it is coded like a named group ("Hamas"), so "he"/"she" never refer to it.
    ``periods`` are its dated rows (usually its spells in government); ``default`` is its role
    on a day no period covers (an undated row, else OPP: a main party out of government).
    """

    name: str
    aliases: tuple[str, ...]
    country: str
    periods: tuple[Term, ...]
    default: str = _PARTY_DEFAULT_ROLE

    def role_on(self, when: dt.date | None) -> str:
        """Its role on ``when``: the covering period's (latest-starting if several), else the
        default; with no date, the role of a period still open (its present place), else the
        default."""
        if when is None:
            open_ = [t for t in self.periods if t.end is None]
            return (max(open_, key=_start_key).role or self.default) if open_ else self.default
        covering = [t for t in self.periods if t.covers(when)]
        if covering:
            return max(covering, key=_start_key).role or self.default
        return self.default


class ActorDictionary:
    """Read-only lookups over the loaded tables; every lookup is one dict access."""

    __slots__ = ("_agents", "_capitals", "_countries", "_demonyms", "_igos", "_parties",
                 "_people", "country_names", "igo_names", "lead_tokens", "max_phrase_tokens",
                 "parties_list", "persons", "sources", "version")

    def __init__(self, *, countries: dict[str, str], demonyms: dict[str, str],
                 capitals: dict[str, str], igos: dict[str, str],
                 agents: dict[str, tuple[str, str]], people: dict[str, tuple[Person, ...]],
                 country_names: dict[str, str], igo_names: dict[str, str],
                 persons: tuple[Person, ...], sources: tuple[str, ...], version: str,
                 parties: dict[str, tuple[Party, ...]] | None = None) -> None:
        self._countries = MappingProxyType(countries)
        self._demonyms = MappingProxyType(demonyms)
        self._capitals = MappingProxyType(capitals)
        self._igos = MappingProxyType(igos)
        self._agents = MappingProxyType(agents)
        self._people = MappingProxyType(people)
        self._parties = MappingProxyType(parties or {})
        #: every dated party, in file order (a user file's replacement in place of the old)
        self.parties_list: tuple[Party, ...] = tuple(dict.fromkeys(
            p for plist in self._parties.values() for p in plist))
        #: code -> display name, e.g. "KGZ" -> "Kyrgyzstan"
        self.country_names: Mapping[str, str] = MappingProxyType(country_names)
        self.igo_names: Mapping[str, str] = MappingProxyType(igo_names)
        self.persons: tuple[Person, ...] = persons
        self.sources: tuple[str, ...] = sources
        self.version: str = version
        keys = [*countries, *demonyms, *capitals, *igos, *agents, *people, *self._parties]
        self.max_phrase_tokens: int = max((phrase_tokens(k.lstrip(_CASED)) for k in keys),
                                          default=1)
        #: lead_token() of every entry: a phrase starting otherwise is in no table
        self.lead_tokens: frozenset[str] = frozenset(lead_token(k.lstrip(_CASED)) for k in keys)

    def __repr__(self) -> str:
        return (f"ActorDictionary(version={self.version!r}, countries={len(self.country_names)},"
                f" igos={len(self.igo_names)}, agents={len(self._agents)},"
                f" people={len(self.persons)}, parties={len(self.parties_list)})")

    def country(self, text: str) -> str | None:
        """Country code for a name or alias: "Russia" -> "RUS"."""
        return _get(self._countries, text)

    def demonym(self, text: str) -> str | None:
        """Country code for a demonym or adjective: "Kyrgyz" -> "KGZ"."""
        return _get(self._demonyms, text)

    def capital(self, text: str) -> str | None:
        """Country code for a capital or seat of government: "Bishkek" -> "KGZ"."""
        return _get(self._capitals, text)

    def igo(self, text: str) -> str | None:
        """Organisation code for a name or abbreviation: "NATO" -> "IGOWSTNAT"."""
        return _get(self._igos, text)

    def agent(self, text: str) -> tuple[str, str] | None:
        """(role, kind) for a common noun or title: "interior ministry" -> ("COP", "noun")."""
        return _get(self._agents, text)

    def parties(self, text: str) -> tuple[Party, ...]:
        """Dated parties known by this name or alias, in file order: "BJP" -> (BJP,);
        a shared alias ("Labour Party", "Liberals") gives several, and the context decides."""
        return _get(self._parties, text) or ()

    def people(self, text: str, when: dt.date | None = None) -> list[Person]:
        """People known by this full name or alias, the likeliest first.

        Without ``when`` the most recent office holder leads (a bare "Li" is Li Qiang before
        Li Keqiang); with ``when``, people in office on that day lead, then former officials.
        """
        found = list(_get(self._people, text) or ())
        if when is None or len(found) < 2:
            return found

        def rank(p: Person) -> tuple[int, int]:
            if p.in_office(when):
                return 0, -max(_start_key(t) for t in p.terms if t.covers(when)).toordinal()
            ended = [t.end for t in p.terms if t.end is not None and t.end < when]
            if ended:
                return 1, -max(ended).toordinal()
            return 2, 0

        return sorted(found, key=rank)


# -- reading files --------------------------------------------------------------------------

@dataclass
class _Tables:
    countries: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    igos: dict[str, str]
    agents: dict[str, tuple[str, str]]
    people: dict[str, list[Person]]
    persons: dict[str, Person]  # normalised name -> person
    country_names: dict[str, str]
    igo_names: dict[str, str]
    parties: dict[str, list[Party]] = field(default_factory=dict)  # key -> parties
    party_by_name: dict[str, Party] = field(default_factory=dict)  # normalised name -> party


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _date(cell: str, where: str, column: str) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise ValueError(f"{where}: {column} {cell!r} is not an ISO date (YYYY-MM-DD)") from None


def _rows(path: Path, text: str) -> tuple[str, list[tuple[str, list[str]]]]:
    """(format, [(where, cells)]) of one TSV file; raises ValueError naming file and line."""
    kind: str | None = None
    rows: list[tuple[str, list[str]]] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        cells = [c.strip() for c in line.split("\t")]
        if kind is None:
            header = tuple(c.lower() for c in cells)
            kind = _BY_HEADER.get(header)
            if kind is None:
                known = "; ".join("\\t".join(cols) for cols in FORMATS.values())
                raise ValueError(f"{where}: header {line!r} is none of the formats: {known}"
                                 " (nor a PETRARCH dictionary line such as PHRASE_ [CODE])")
            continue
        width = len(FORMATS[kind])
        if len(cells) > width:
            raise ValueError(f"{where}: {len(cells)} tab-separated fields, the {kind} format has"
                             f" {width}")
        rows.append((where, cells + [""] * (width - len(cells))))
    if kind is None:
        raise ValueError(f"{path}:1: no header row (empty file?)")
    return kind, rows


def _put(table: dict[str, str], seen: dict[str, tuple[str, str]], key_text: str, value: str,
         where: str, what: str) -> None:
    """Map one key, refusing a key that this same file already maps elsewhere."""
    key = _entry_key(key_text)
    if not key.lstrip(_CASED):
        return
    prior = seen.get(key)
    if prior is not None and prior[0] != value:
        raise ValueError(f"{where}: {what} {key_text!r} is {value} here but {prior[0]} at"
                         f" {prior[1]}")
    seen[key] = (value, where)
    table[key] = value


def _read_countries(rows: list[tuple[str, list[str]]], t: _Tables) -> None:
    seen: dict[str, dict[str, tuple[str, str]]] = {"name": {}, "demonym": {}, "capital": {}}
    for where, (code, name, aliases, demonyms, capitals) in rows:
        if not _COUNTRY_CODE.match(code):
            raise ValueError(f"{where}: country code {code!r} is not three capital letters")
        if not name:
            raise ValueError(f"{where}: country {code} has no name")
        t.country_names[code] = name
        for text in [name, *_split(aliases)]:
            _put(t.countries, seen["name"], text, code, where, "country name")
        for text in _split(demonyms):
            _put(t.demonyms, seen["demonym"], text, code, where, "demonym")
        for text in _split(capitals):
            _put(t.capitals, seen["capital"], text, code, where, "capital")


def _read_igos(rows: list[tuple[str, list[str]]], t: _Tables) -> None:
    seen: dict[str, tuple[str, str]] = {}
    for where, (code, name, aliases) in rows:
        if not _ORG_CODE.match(code) and not (_GROUP_CODE.match(code)
                                              and code[3:] in ROLES):
            raise ValueError(f"{where}: organisation code {code!r} must be IGO... or NGO..."
                             " in capital letters, or a country and role such as PSEREB")
        if not name:
            raise ValueError(f"{where}: organisation {code} has no name")
        t.igo_names.setdefault(code, name)
        for text in [name, *_split(aliases)]:
            _put(t.igos, seen, text, code, where, "organisation name")


def _read_agents(rows: list[tuple[str, list[str]]], t: _Tables) -> None:
    seen: dict[str, tuple[str, str]] = {}
    for where, (term, role, kind) in rows:
        if not term:
            raise ValueError(f"{where}: empty term")
        if role not in ROLES:
            raise ValueError(f"{where}: role {role!r} is not a known CAMEO role code")
        if kind not in _AGENT_KINDS:
            raise ValueError(f"{where}: kind {kind!r} must be 'title' or 'noun'")
        key = _entry_key(term)
        prior = seen.get(key)
        if prior is not None and prior[0] != f"{role}/{kind}":
            raise ValueError(f"{where}: agent {term!r} is {role}/{kind} here but {prior[0]} at"
                             f" {prior[1]}")
        seen[key] = (f"{role}/{kind}", where)
        t.agents[key] = (role, kind)


def _read_leaders(rows: list[tuple[str, list[str]]], t: _Tables) -> None:
    names: dict[str, str] = {}
    aliases_of: dict[str, list[str]] = {}
    terms_of: dict[str, list[Term]] = {}
    for where, (name, aliases, country, role, title, start_s, end_s) in rows:
        if not name:
            raise ValueError(f"{where}: empty name")
        if not (_COUNTRY_CODE.match(country) or _ORG_CODE.match(country)):
            raise ValueError(f"{where}: country {country!r} is neither a three-letter country"
                             " code nor an IGO/NGO code")
        if role and role not in ROLES:
            raise ValueError(f"{where}: role {role!r} is not a known CAMEO role code")
        start = _date(start_s, where, "start")
        end = _date(end_s, where, "end")
        if start and end and end < start:
            raise ValueError(f"{where}: end {end} is before start {start}")
        key = normalize(name)
        names.setdefault(key, name)
        known = aliases_of.setdefault(key, [])
        known.extend(a for a in _split(aliases) if a not in known)
        terms_of.setdefault(key, []).append(Term(country, role or None, title, start, end))
    _install({key: Person(name, tuple(aliases_of[key]),
                          tuple(sorted(terms_of[key], key=_start_key)))
              for key, name in names.items()}, t.persons, t.people)


_Named = TypeVar("_Named", "Person", "Party")  # dated entries with a name and aliases


def _install(defined: dict[str, _Named], by_name: dict[str, _Named],
             by_key: dict[str, list[_Named]]) -> None:
    """What one file defines (people, parties): an entry replaces the earlier entry of that
    name everywhere, and every key the file uses means the entries the file gives it."""
    file_keys: dict[str, list[_Named]] = {}
    for key, item in defined.items():
        old = by_name.get(key)
        if old is not None:
            for k, items in by_key.items():
                by_key[k] = [x for x in items if x is not old]
        by_name[key] = item
        for alias in {_entry_key(item.name), *(_entry_key(a) for a in item.aliases)}:
            bucket = file_keys.setdefault(alias, [])
            if item not in bucket:
                bucket.append(item)
    for k, items in file_keys.items():
        by_key[k] = items
    for k in [k for k, v in by_key.items() if not v]:
        del by_key[k]


def _read_parties(rows: list[tuple[str, list[str]]], t: _Tables) -> None:
    """Rows of dated parties: one row per period, rows of one ``name`` make one party."""
    names: dict[str, str] = {}
    country_of: dict[str, tuple[str, str]] = {}
    aliases_of: dict[str, list[str]] = {}
    periods_of: dict[str, list[Term]] = {}
    default_of: dict[str, tuple[str, str]] = {}
    for where, (name, aliases, country, role, start_s, end_s) in rows:
        if not name:
            raise ValueError(f"{where}: empty name")
        if not _COUNTRY_CODE.match(country):
            raise ValueError(f"{where}: country {country!r} is not a three-letter country code")
        if role not in ROLES:
            raise ValueError(f"{where}: role {role!r} is not a known CAMEO role code")
        start = _date(start_s, where, "start")
        end = _date(end_s, where, "end")
        if start and end and end < start:
            raise ValueError(f"{where}: end {end} is before start {start}")
        key = normalize(name)
        prior = country_of.get(key)
        if prior is not None and prior[0] != country:
            raise ValueError(f"{where}: party {name!r} is in {country} here but {prior[0]} at"
                             f" {prior[1]}")
        country_of.setdefault(key, (country, where))
        names.setdefault(key, name)
        known = aliases_of.setdefault(key, [])
        known.extend(a for a in _split(aliases) if a not in known)
        periods = periods_of.setdefault(key, [])
        if start is None and end is None:  # an undated row: the role on any other day
            other = default_of.get(key)
            if other is not None and other[0] != role:
                raise ValueError(f"{where}: party {name!r} has a second undated row ({role});"
                                 f" the first ({other[0]}) is at {other[1]}")
            default_of[key] = (role, where)
        else:
            periods.append(Term(country, role, "", start, end))
    _install({key: Party(name, tuple(aliases_of[key]), country_of[key][0],
                         tuple(sorted(periods_of[key], key=_start_key)),
                         default_of.get(key, (_PARTY_DEFAULT_ROLE, ""))[0])
              for key, name in names.items()}, t.party_by_name, t.parties)


_READERS = {"countries": _read_countries, "igos": _read_igos, "agents": _read_agents,
            "leaders": _read_leaders, "parties": _read_parties}


def _latest_first(people: list[Person]) -> tuple[Person, ...]:
    return tuple(sorted(people, key=lambda p: max(_start_key(t) for t in p.terms),
                        reverse=True))


def _build(sources: list[tuple[str, bytes]]) -> ActorDictionary:
    from eventwire.actors import petrarch  # imports this module, so not at the top

    t = _Tables({}, {}, {}, {}, {}, {}, {}, {}, {})
    digest = hashlib.sha256()
    for label, data in sources:
        digest.update(label.rsplit("/", 1)[-1].encode() + b"\0" + data + b"\0")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{label}:1: not UTF-8 text ({exc.reason})") from None
        if petrarch.is_petrarch(text):
            # PETRARCH entries become rows of our formats; they name no display names, so
            # countries already known keep theirs.
            known = dict(t.country_names)
            for kind, rows in petrarch.to_rows(Path(label), text).items():
                _READERS[kind](rows, t)
            t.country_names.update(known)
            continue
        kind, rows = _rows(Path(label), text)
        _READERS[kind](rows, t)
    people = {k: _latest_first(v) for k, v in t.people.items()}
    return ActorDictionary(
        countries=t.countries, demonyms=t.demonyms, capitals=t.capitals, igos=t.igos,
        agents=t.agents, people=people, country_names=t.country_names,
        igo_names=t.igo_names, persons=tuple(t.persons.values()),
        sources=tuple(label for label, _ in sources), version=digest.hexdigest()[:12],
        parties={k: tuple(v) for k, v in t.parties.items()})


def _packaged() -> list[tuple[str, bytes]]:
    base = resources.files("eventwire") / "data" / "actors"
    return [(f"eventwire/data/actors/{name}", (base / name).read_bytes()) for name in _PACKAGED]


@functools.cache
def _default_dictionary() -> ActorDictionary:
    return _build(_packaged())


def load_dictionary(extra_paths: Iterable[str | Path] = ()) -> ActorDictionary:
    """The packaged dictionary, extended by user files (later files override earlier keys).

    User files are TSV files in the five formats or PETRARCH / Phoenix actor and agent
    dictionaries (``petrarch.py``), told apart by their first line.

    The call without extra files is cached: a pipeline and its tests share one instance.
    Raises ValueError naming the file and line for a malformed user file, and OSError for
    one that cannot be read.
    """
    paths = [Path(p) for p in extra_paths]
    if not paths:
        return _default_dictionary()
    return _build(_packaged() + [(str(p), p.read_bytes()) for p in paths])
