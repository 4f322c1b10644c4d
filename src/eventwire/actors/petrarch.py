"""PETRARCH / Phoenix actor and agent dictionaries, read into eventwire's own tables.

Why: the CAMEO dictionaries that event-data researchers maintain (``Phoenix.Countries.actors.txt``,
``Phoenix.International.actors.txt``, ``Phoenix.agents.txt``, ...) are in the text format that
TABARI and PETRARCH read. Rather than make users convert them, ``--actors`` takes them as they
are: this module turns every entry into rows of the TSV formats (countries, igos, agents,
leaders) and ``dictionary.py`` hands those rows to the readers the TSV files go through, so the
checks and the override rules are the same for both.

What is read, what is skipped and why: ``data/actors/README.md``, "PETRARCH / Phoenix
dictionaries".
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.actors.dictionary import (
    _COUNTRY_CODE,
    _ORG_CODE,
    FORMATS,
    ROLES,
    _entry_key,
    normalize,
)

__all__ = ["Row", "is_petrarch", "to_rows"]

#: One row for a TSV reader: ("file:line", cells in that format's column order).
Row = tuple[str, list[str]]
Place = tuple[str, str | None]  # (country or organisation code, role)
Span = tuple[dt.date | None, dt.date | None, Place]  # a term: inclusive dates, None = open

# CAMEO religion codes. PETRARCH agent files code clergy and believers with them ("~BUD",
# "~CHRCTH"); eventwire has one religion role, REL.
_RELIGIONS = frozenset({
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD",
    "JAN", "JEW", "JHW", "LDS", "MAR", "MOS", "MRN", "MUS", "NRM", "ORT", "PAG", "PRO", "SFI",
    "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO",
})
# First three letters of codes that name no state: bare roles ("ELI", "MNC", "UAF", "IMG")
# and transnational religious groups ("MOSSHI"). IGO/NGO codes are organisations.
_NO_STATE = (ROLES | _RELIGIONS) - {"IGO", "NGO"}

# Head nouns of titles, the words that can stand before a personal name ("President X",
# "Gen. X"); an agent whose head is one of them is a title, any other agent a plain noun.
_TITLE_HEADS = frozenset({
    "president", "premier", "minister", "secretary", "secretary-general", "chancellor", "leader",
    "king", "queen", "emir", "amir", "sultan", "prince", "princess", "sheikh", "shaikh",
    "monarch", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "envoy", "representative", "consul", "general", "colonel", "admiral", "marshal", "commander",
    "captain", "lieutenant", "sergeant", "chief", "judge", "justice", "prosecutor", "magistrate",
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "congressperson",
    "speaker", "chairman", "chairwoman", "chairperson", "director", "executive", "ceo",
    "businessman", "businesswoman", "mp", "journalist", "blogger", "professor", "adviser",
    "advisor", "activist", "dissident", "cleric", "imam", "priest", "bishop", "archbishop",
    "cardinal", "patriarch", "mufti", "pope", "rabbi", "ayatollah", "mullah",
})

_HEADERS = frozenset(FORMATS.values())
_SUBST_DEF = re.compile(r"^!([^!\s]+)!\s*=(.*)$")
_MARKER = re.compile(r"!([^!\s]*)!")
_GROUP = re.compile(r"\[([^\[\]{}]*)\]|\{([^\[\]{}]*)\}")
_CODE = re.compile(r"^(?:---|~[A-Z0-9]+|[A-Z0-9]+~?)$")
_RESTRICTION = re.compile(r"^(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))$")
_WORDS = re.compile(r"[^\s_]+")
_COMMENT = re.compile(r"[#;]|<!--")
# First lines that only a PETRARCH file has: PHRASE {plural} [CODE], or a bare PHRASE_WITH_.
_ENTRY = re.compile(r"^[^\s\[\]{}+&-][^\[\]{}\t]*(?:\s*\{[^{}]*\})?\s*\[[^\[\]]*\]")
_BARE = re.compile(r"^[^\s\[\]{}+&-][^\s\[\]{}]*$")
_ONE_DAY = dt.timedelta(days=1)


# -- lines --------------------------------------------------------------------------------

def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, content) of every line that says something, comments removed.

    PETRARCH comments are ``#`` and the legacy KEDS/TABARI ``;`` to the end of the line, and
    ``<!-- ... -->`` on one or over several lines; a line starting ``---STOP---`` ends the file.
    """
    in_comment = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            end = line.find("-->")
            if end < 0:
                continue
            line, in_comment = line[end + 3:], False
        while (m := _COMMENT.search(line)) is not None:
            if m.group() != "<!--":  # '#' or ';': the rest of the line
                line = line[:m.start()]
                break
            end = line.find("-->", m.end())
            if end < 0:
                line, in_comment = line[:m.start()], True
                break
            line = line[:m.start()] + " " + line[end + 3:]
        line = line.strip()
        if line.startswith("---STOP---"):
            return
        if line:
            yield lineno, line


def is_petrarch(text: str) -> bool:
    """Whether a file is in PETRARCH syntax rather than one of the TSV formats.

    Decided by the first line that says something: a TSV header means TSV; ``PHRASE [CODE]``,
    a ``!MARKER! = ...`` substitution set, or a bare phrase joined by underscores (or followed
    by a ``+`` synonym or ``[`` code line) means PETRARCH. Anything else is left to the TSV
    reader, whose error names the unknown header.
    """
    head = list(itertools.islice(_lines(text), 2))
    if not head:
        return False
    first = head[0][1]
    if tuple(c.strip().lower() for c in first.split("\t")) in _HEADERS:
        return False
    if _SUBST_DEF.match(first) or _ENTRY.match(first):
        return True
    if not _BARE.match(first):
        return False
    return "_" in first or (len(head) > 1 and head[1][1][0] in "+[")


# -- parsing ------------------------------------------------------------------------------

@dataclass
class _Code:
    """One bracketed code: undated (a default) or with a date restriction."""

    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool
    where: str


@dataclass
class _Phrase:
    text: str  # as written, e.g. "SADYR_JAPAROV_"
    plural: str | None  # the {...} after it: None when absent, "" for {} (no plural)
    where: str
    markers: dict[str, list[str]] | None = None  # substitution sets defined above it


@dataclass
class _Entry:
    """A primary phrase with its synonyms and codes."""

    phrases: list[_Phrase] = field(default_factory=list)
    codes: list[_Code] = field(default_factory=list)


def _date(digits: str, where: str) -> dt.date:
    """YYYYMMDD, or YYMMDD with KEDS/TABARI's pivot: 00-30 are 20YY, 31-99 are 19YY."""
    if len(digits) == 8:
        year, rest = int(digits[:4]), digits[4:]
    elif len(digits) == 6:
        yy = int(digits[:2])
        year, rest = yy + (2000 if yy <= 30 else 1900), digits[2:]
    else:
        raise ValueError(f"{where}: date {digits!r} is neither YYMMDD nor YYYYMMDD")
    try:
        return dt.date(year, int(rest[:2]), int(rest[2:]))
    except ValueError:
        raise ValueError(f"{where}: date {digits!r} is not a calendar date") from None


def _code(content: str, where: str) -> _Code:
    parts = content.split(None, 1)
    if not parts:
        raise ValueError(f"{where}: empty code []")
    code = parts[0]
    if not _CODE.match(code) or (code != "---" and len(code.strip("~")) % 3):
        raise ValueError(f"{where}: {code!r} is not a CAMEO code (three-letter parts in capitals,"
                         " '~' before or after an agent code, '---' for none)")
    if len(parts) == 1:
        return _Code(code, None, None, False, where)
    m = _RESTRICTION.match(parts[1].strip())
    if m is None:
        raise ValueError(f"{where}: date restriction {parts[1].strip()!r} is none of <DATE,"
                         " >DATE, DATE-DATE")
    if m.group(1):
        day = _date(m.group(2), where)
        start, end = (None, day) if m.group(1) == "<" else (day, None)
    else:
        start, end = _date(m.group(3), where), _date(m.group(4), where)
        if end < start:
            raise ValueError(f"{where}: end {end} is before start {start}")
    return _Code(code, start, end, True, where)


def _split_line(line: str, where: str) -> tuple[str, list[str], str | None]:
    """(phrase, [bracket contents], brace content) of ``PHRASE {plural} [CODE] [CODE]...``."""
    cut = min((i for i in (line.find("["), line.find("{")) if i >= 0), default=len(line))
    head, tail = line[:cut].strip(), line[cut:]
    codes: list[str] = []
    plurals: list[str] = []

    def take(m: re.Match[str]) -> str:
        (codes if m.group(1) is not None else plurals).append(m.group(1) or m.group(2) or "")
        return " "

    rest = _GROUP.sub(take, tail)
    if any(c in rest or c in head for c in "[]{}"):
        raise ValueError(f"{where}: unbalanced brackets or braces in {line!r}")
    if rest.strip():
        raise ValueError(f"{where}: {rest.strip()!r} after the codes; an entry is"
                         " PHRASE {plural} [CODE]")
    if len(plurals) > 1:
        raise ValueError(f"{where}: more than one {{...}} in {line!r}")
    return head, codes, plurals[0].strip() if plurals else None


def _expand(phrase: _Phrase) -> list[_Phrase]:
    """An agent phrase with !MARKER! substitutions, once for every word of each set (with no
    plurals). Only agents have them: in an actor phrase "!" is a character ("YAHOO!")."""
    if phrase.markers is None:
        return [phrase]
    markers = phrase.markers
    pieces = _MARKER.split(phrase.text)
    if pieces[-1].count("!") or any(p.count("!") for p in pieces[::2]):
        raise ValueError(f"{phrase.where}: unpaired '!' in {phrase.text!r}")
    choices: list[list[str]] = []
    for k, piece in enumerate(pieces):
        if k % 2 == 0:
            choices.append([piece])
        elif piece not in markers:
            raise ValueError(f"{phrase.where}: substitution set !{piece}! is not defined above"
                             " (define it as !NAME! = WORD, WORD, ...)")
        else:
            choices.append(markers[piece])
    return [_Phrase("".join(combo), "", phrase.where) for combo in itertools.product(*choices)]


def _parse(path: Path, text: str) -> list[_Entry]:
    entries: list[_Entry] = []
    markers: dict[str, list[str]] = {}
    current: _Entry | None = None
    for lineno, line in _lines(text):
        where = f"{path}:{lineno}"
        m = _SUBST_DEF.match(line)
        if m:
            items = [item.strip() for item in m.group(2).split(",") if item.strip()]
            if not items:
                raise ValueError(f"{where}: substitution set !{m.group(1)}! lists no words")
            markers[m.group(1)] = items
            current = None
            continue
        if line[0] in "&-":
            raise ValueError(f"{where}: {line[:30]!r} is verb-dictionary syntax ('&' synsets,"
                             " '-' patterns), not an actor or agent entry")
        phrase, codes, plural = _split_line(line, where)
        if line[0] in "+[":
            if current is None:
                what = "synonym" if line[0] == "+" else "code"
                raise ValueError(f"{where}: {what} line {line!r} comes before any entry")
            phrase = phrase[1:].strip() if line[0] == "+" else phrase
            if line[0] == "+" and not phrase:
                raise ValueError(f"{where}: empty synonym")
        else:
            current = _Entry()
            entries.append(current)
        if line[0] != "[":
            if not _WORDS.search(phrase):
                raise ValueError(f"{where}: no phrase before the codes in {line!r}")
            current.phrases.append(_Phrase(phrase, plural, where,
                                           dict(markers) if "!" in phrase else None))
        current.codes.extend(_code(c, where) for c in codes)
    return entries


# -- turning entries into rows ------------------------------------------------------------

def _acronym(word: str) -> bool:
    letters = word.lower() if word.isascii() else normalize(word)
    return any(c.isalpha() for c in letters) and ("." in word or not any(
        c in "aeiouy" for c in letters))


def _text(phrase: str, *, agent: bool) -> str:
    """How a phrase is stored: words joined by spaces and, when written wholly in capitals
    (PETRARCH's convention, which says nothing about case), re-cased so that it matches in
    any case. Acronyms keep their capitals and so match only in capitals (see _ACRONYM in
    dictionary.py): words with dots or no vowel ("U.N.", "PKK") and, for actors, one-word
    phrases of up to three letters ("US", "UN", "WHO")."""
    words = _WORDS.findall(phrase)
    if any(c.islower() for c in phrase):
        return " ".join(words)
    if not agent and len(words) == 1 and sum(c.isalpha() for c in words[0]) <= 3:
        return words[0]
    return " ".join(w if _acronym(w) else w.lower() if agent else w[:1] + w[1:].lower()
                    for w in words)


def _plural(phrase: str) -> str:
    """Regular plural of the last word, as PETRARCH makes it for agents (with -ES after
    x/z/ch/sh too, and -YS after a vowel: "attorneys", not "attornies")."""
    words = _WORDS.findall(phrase)
    last, low = words[-1], words[-1].lower()
    upper = last.isupper() and not _acronym(last)  # "MPs", not "MPS"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        last += "ES" if upper else "es"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        last = last[:-1] + ("IES" if upper else "ies")
    else:
        last += "S" if upper else "s"
    return " ".join([*words[:-1], last])


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _kind(text: str) -> str:
    """'title' when the head noun (the last word, or the one before "of") is a title."""
    words = text.lower().split()
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    return "title" if head in _TITLE_HEADS or _singular(head) in _TITLE_HEADS else "noun"


def _role(parts: str) -> str | None:
    """Role of the role part of a code: its first eventwire role, else REL for a religion."""
    chunks = [parts[i:i + 3] for i in range(0, len(parts), 3)]
    role = next((c for c in chunks if c in ROLES), None)
    if role is None and chunks and chunks[0] in _RELIGIONS:
        return "REL"
    return role


def _place(code: str) -> Place | None:
    """(country or organisation code, role) of an actor code; None for one that names no
    state or organisation eventwire can hold: "---", bare roles ("ELI", "MNC", "UAF"),
    religions, IGO/NGO codes longer than ``IGO`` + 12 letters."""
    if code == "---":
        return None
    if code.startswith(("IGO", "NGO")):
        return (code, None) if _ORG_CODE.match(code) else None
    country = code[:3]
    if country in _NO_STATE or not _COUNTRY_CODE.match(country):
        return None
    return country, _role(code[3:])


def _width(code: _Code) -> float:
    return (code.end - code.start).days if code.start and code.end else math.inf


def _spans(dated: list[tuple[_Code, Place]], default: Place | None) -> list[Span]:
    """Non-overlapping terms that code every day as PETRARCH's restrictions do.

    On a day several restrictions cover, the narrowest one applies (an open ``<``/``>`` one is
    the widest), the first listed among equals, as the later PETRARCH coders do; on a day none
    covers, the undated default code, if any. Cutting the restrictions into disjoint terms
    makes ``Person.code_on`` (which prefers the latest-starting covering term) agree.
    """
    if not dated:
        return [(None, None, default)] if default else []
    cuts = sorted({c.start for c, _ in dated if c.start}
                  | {c.end + _ONE_DAY for c, _ in dated if c.end and c.end < dt.date.max})
    edges: list[dt.date | None] = [None, *cuts, None]
    pieces: list[tuple[dt.date | None, dt.date | None, Place | None]] = []
    for lo, hi in itertools.pairwise(edges):
        if hi == dt.date.min:
            continue
        end = hi - _ONE_DAY if hi else None
        day = lo or end
        assert day is not None  # every dated code has a bound, so there is a cut
        covering = [(_width(c), k, place) for k, (c, place) in enumerate(dated)
                    if (c.start is None or c.start <= day) and (c.end is None or day <= c.end)]
        place = min(covering)[2] if covering else default
        if pieces and pieces[-1][2] == place:
            pieces[-1] = (pieces[-1][0], end, place)
        else:
            pieces.append((lo, end, place))
    return [(lo, hi, place) for lo, hi, place in pieces if place is not None]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _agent_rows(entries: list[_Entry]) -> list[Row]:
    chosen: dict[str, Row] = {}
    for entry in entries:
        role = _role(entry.codes[0].code.strip("~"))
        if role is None:  # e.g. "~PPL": no eventwire role says it
            continue
        for phrase in itertools.chain.from_iterable(map(_expand, entry.phrases)):
            forms = [phrase.text]
            if phrase.plural is None:
                forms.append(_plural(phrase.text))
            elif phrase.plural:
                forms.append(phrase.plural)
            for form in forms:
                text = _text(form, agent=True)
                key = _entry_key(text)
                chosen.pop(key, None)  # the last definition in the file wins
                chosen[key] = (phrase.where, [text, role, _kind(text)])
    return list(chosen.values())


def _actor_rows(entries: list[_Entry], rows: dict[str, list[Row]]) -> None:
    # A phrase defined by several entries belongs to the last (PETRARCH 2 keeps the last).
    texts: list[dict[str, str]] = []
    owner: dict[str, int] = {}
    for k, entry in enumerate(entries):
        mine: dict[str, str] = {}
        for phrase in entry.phrases:
            text = _text(phrase.text, agent=False)
            key = _entry_key(text)
            mine.setdefault(key, text)
            owner[key] = k
        texts.append(mine)
    countries: dict[str, Row] = {}
    for k, entry in enumerate(entries):
        names = [text for key, text in texts[k].items() if owner[key] == k]
        if not names:
            continue
        where = entry.phrases[0].where
        name, aliases = names[0], names[1:]
        dated = [(c, p) for c in entry.codes if c.dated and (p := _place(c.code))]
        undated = [c for c in entry.codes if not c.dated]
        default = _place(undated[-1].code) if undated else None
        if not dated:
            if default is None:
                continue
            code, role = default
            plain = code == undated[-1].code  # no role part: a country or an organisation
            if plain and _COUNTRY_CODE.match(code):
                if code in countries:
                    countries[code][1][2] += "|" + "|".join(names)
                else:
                    countries[code] = (where, [code, name, "|".join(aliases), "", ""])
                continue
            if plain:
                rows["igos"].append((where, [code, name, "|".join(aliases)]))
                continue
        elif default and default[1] == "ELI" and default[0] in {p[0] for _, p in dated}:
            default = None  # Person.code_on already makes an ex-official <country>ELI
        for start, end, (code, role) in _spans(dated, default):
            rows["leaders"].append((where, [name, "|".join(aliases), code, role or "", "",
                                            _iso(start), _iso(end)]))
    rows["countries"].extend(countries.values())


def to_rows(path: Path, text: str) -> dict[str, list[Row]]:
    """Rows of the TSV formats ("countries", "igos", "agents", "leaders") for a PETRARCH file.

    An entry whose codes carry ``~`` is an agent; any other coded entry is an actor: a plain
    country code makes a country, an IGO/NGO code an organisation, anything else (a role, or
    dates) a named actor with terms, read like a ``leaders`` row. Raises ValueError naming the
    file and line for a line that cannot be read.
    """
    rows: dict[str, list[Row]] = {kind: [] for kind in FORMATS}
    actors: list[_Entry] = []
    agents: list[_Entry] = []
    for entry in _parse(path, text):
        agent_codes = [c for c in entry.codes if "~" in c.code]
        if not agent_codes:
            if entry.codes:
                actors.append(entry)
            continue  # no code: PETRARCH's null code, nothing to code
        if len(agent_codes) != len(entry.codes):
            raise ValueError(f"{entry.phrases[0].where}: agent codes (with '~') and actor codes"
                             " in one entry")
        if len(agent_codes) > 1:
            raise ValueError(f"{agent_codes[1].where}: an agent has one code")
        if agent_codes[0].dated:
            raise ValueError(f"{agent_codes[0].where}: agent codes take no dates")
        agents.append(entry)
    rows["agents"] = _agent_rows(agents)
    _actor_rows(actors, rows)
    return {kind: found for kind, found in rows.items() if found}
