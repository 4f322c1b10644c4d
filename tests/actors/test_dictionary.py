"""The packaged actor dictionary and user dictionary files (formats: data/actors/README.md)."""

import datetime as dt
from collections import Counter, defaultdict
from importlib import resources

import pycountry
import pytest

from eventwire.actors.dictionary import ROLES, load_dictionary, normalize

D = dt.date


@pytest.fixture(scope="module")
def d():
    return load_dictionary()


# -- countries ----------------------------------------------------------------------------

# Uninhabited territories: nothing to call a capital, so none is listed.
NO_CAPITAL = {"ATA", "BVT", "HMD", "UMI"}


def test_every_iso_country_has_a_name_demonym_and_capital(d):
    demonym_of = set(d._demonyms.values())
    capital_of = set(d._capitals.values())
    codes = {c.alpha_3 for c in pycountry.countries}
    assert codes - set(d.country_names) == set()
    assert codes - demonym_of == set()
    assert codes - capital_of == NO_CAPITAL


def test_every_iso_country_name_is_found_by_its_code_name(d):
    for c in pycountry.countries:
        assert d.country(d.country_names[c.alpha_3]) == c.alpha_3


# -- lookups ------------------------------------------------------------------------------

LOOKUPS = [
    # names and aliases
    ("country", "Kyrgyzstan", "KGZ"),
    ("country", "Kyrgyz Republic", "KGZ"),
    ("country", "Kirghizia", "KGZ"),
    ("country", "Russia", "RUS"),
    ("country", "US", "USA"),
    ("country", "U.S.", "USA"),
    ("country", "United States", "USA"),
    ("country", "UK", "GBR"),
    ("country", "Türkiye", "TUR"),
    ("country", "Turkiye", "TUR"),
    ("country", "KYRGYZSTAN", "KGZ"),
    # demonyms
    ("demonym", "Kyrgyz", "KGZ"),
    ("demonym", "Kazakh", "KAZ"),
    ("demonym", "Uzbek", "UZB"),
    ("demonym", "Tajik", "TJK"),
    ("demonym", "Turkmen", "TKM"),
    ("demonym", "Chinese", "CHN"),
    ("demonym", "American", "USA"),
    # capitals, including renamed ones and transliterations
    ("capital", "Bishkek", "KGZ"),
    ("capital", "Nur-Sultan", "KAZ"),
    ("capital", "Astana", "KAZ"),
    ("capital", "Kiev", "UKR"),
    ("capital", "Kyiv", "UKR"),
    ("capital", "Tashkent", "UZB"),
    ("capital", "Dushanbe", "TJK"),
    ("capital", "Ashgabat", "TKM"),
    ("capital", "Moscow", "RUS"),
    ("capital", "Beijing", "CHN"),
    ("capital", "Washington", "USA"),
    # organisations
    ("igo", "NATO", "IGOWSTNAT"),
    ("igo", "UN", "IGOUNO"),
    ("igo", "U.N.", "IGOUNO"),
    ("igo", "United Nations", "IGOUNO"),
    ("igo", "SCO", "IGOCASSCO"),
    ("igo", "Shanghai Cooperation Organization", "IGOCASSCO"),
    ("igo", "CSTO", "IGOCASCST"),
    ("igo", "CIS", "IGOCASCIS"),
    ("igo", "EU", "IGOEUREEC"),
    ("igo", "WHO", "IGOUNOHLHWHO"),
    # agents
    ("agent", "interior ministry", ("GOV", "noun")),  # ministries are the government
    ("agent", "Interior Ministry", ("GOV", "noun")),
    ("agent", "troops", ("MIL", "noun")),
    ("agent", "border guards", ("COP", "noun")),
    ("agent", "president", ("GOV", "title")),
    ("agent", "foreign minister", ("GOV", "title")),
    ("agent", "former president", ("ELI", "title")),
    ("agent", "lawmakers", ("LEG", "noun")),
    ("agent", "counterpart", ("GOV", "noun")),
    ("agent", "counterparts", ("GOV", "noun")),
    ("agent", "partner", ("GOV", "noun")),
]


@pytest.mark.parametrize(("kind", "text", "expected"), LOOKUPS)
def test_lookup(d, kind, text, expected):
    assert getattr(d, kind)(text) == expected


@pytest.mark.parametrize("word", ["us", "who", "Us", "Who", "un", "eu", "sco"])
def test_pronouns_and_words_in_lower_case_are_not_countries_or_organisations(d, word):
    assert d.country(word) is None
    assert d.igo(word) is None


PEOPLE = [
    ("Japarov", "Sadyr Japarov"),
    ("Zhaparov", "Sadyr Japarov"),
    ("Sadyr Zhaparov", "Sadyr Japarov"),
    ("Jeenbekov", "Sooronbay Jeenbekov"),
    ("Tokayev", "Kassym-Jomart Tokayev"),
    ("Kasym-Zhomart Tokayev", "Kassym-Jomart Tokayev"),
    ("Tokaev", "Kassym-Jomart Tokayev"),
    ("Mirziyoev", "Shavkat Mirziyoyev"),
    ("Rahmon", "Emomali Rahmon"),
    ("Berdymukhamedov", "Gurbanguly Berdimuhamedov"),  # Serdar took over in 2022
    ("Putin", "Vladimir Putin"),
    ("Xi", "Xi Jinping"),
    ("Xi Jinping", "Xi Jinping"),
    ("Erdoğan", "Recep Tayyip Erdoğan"),
    ("ERDOGAN", "Recep Tayyip Erdoğan"),
    ("Zelenskyy", "Volodymyr Zelensky"),
    ("Blinken", "Antony Blinken"),
    ("Qin Gang", "Qin Gang"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_by_name_and_alias_on_2021_02_24(d, text, name):
    assert d.people(text, D(2021, 2, 24))[0].name == name


# -- terms: who is coded as what, when ------------------------------------------------------

CODES = [
    ("Japarov", D(2019, 1, 1), ("KGZ", None)),       # before his first term
    ("Japarov", D(2020, 10, 20), ("KGZ", "GOV")),    # acting president and prime minister
    ("Japarov", D(2020, 12, 1), ("KGZ", "ELI")),     # resigned to run for president
    ("Japarov", D(2021, 2, 24), ("KGZ", "GOV")),
    ("Jeenbekov", D(2019, 6, 1), ("KGZ", "GOV")),
    ("Jeenbekov", D(2021, 3, 1), ("KGZ", "ELI")),
    ("Atambayev", D(2019, 8, 8), ("KGZ", "ELI")),
    ("Nazarbayev", D(2022, 1, 5), ("KAZ", "ELI")),
    ("Tokayev", D(2005, 1, 1), ("KAZ", "GOV")),       # foreign minister
    ("Tokayev", D(2015, 1, 1), ("KAZ", "LEG")),       # chairman of the Senate
    ("Tokayev", D(2022, 11, 25), ("KAZ", "GOV")),
    ("Mirziyoyev", D(2010, 1, 1), ("UZB", "GOV")),
    ("Karimov", D(2017, 1, 1), ("UZB", "ELI")),
    ("Putin", D(2001, 6, 1), ("RUS", "GOV")),
    ("Putin", D(2010, 6, 1), ("RUS", "GOV")),
    ("Putin", D(2021, 6, 1), ("RUS", "GOV")),
    ("Medvedev", D(2010, 6, 1), ("RUS", "GOV")),
    ("Lavrov", D(2023, 1, 1), ("RUS", "GOV")),
    ("Wang Yi", D(2023, 6, 1), ("CHN", "GOV")),      # between his two spells as minister
    ("Qin Gang", D(2023, 8, 1), ("CHN", "ELI")),
    ("Blinken", D(2023, 6, 20), ("USA", "GOV")),
    ("Blinken", D(2025, 6, 1), ("USA", "ELI")),
    ("Erdogan", D(2010, 1, 1), ("TUR", "GOV")),
    ("Ban Ki-moon", D(2012, 1, 1), ("IGOUNO", None)),
    ("Ban Ki-moon", D(2020, 1, 1), ("KOR", "ELI")),  # an ex-UN chief is a former Korean official
]


@pytest.mark.parametrize(("text", "when", "expected"), CODES)
def test_code_on(d, text, when, expected):
    assert d.people(text, when)[0].code_on(when) == expected


def test_code_on_boundaries_are_inclusive(d):
    jeenbekov = d.people("Sooronbay Jeenbekov")[0]
    assert jeenbekov.code_on(D(2020, 10, 15)) == ("KGZ", "GOV")
    assert jeenbekov.code_on(D(2020, 10, 16)) == ("KGZ", "ELI")


def test_code_on_unknown_date_is_latest_term(d):
    assert d.people("Medvedev")[0].code_on(None) == ("RUS", "GOV")
    assert d.people("Jeenbekov")[0].code_on(None) == ("KGZ", "GOV")


@pytest.mark.parametrize(("alias", "when", "name"), [
    ("Japarov", D(2021, 2, 24), "Sadyr Japarov"),
    ("Japarov", D(2020, 12, 1), "Sadyr Japarov"),
    ("Bush", D(1990, 1, 1), "George H. W. Bush"),
    ("Bush", D(2005, 1, 1), "George W. Bush"),
    ("Clinton", D(1998, 1, 1), "Bill Clinton"),
    ("Clinton", D(2011, 1, 1), "Hillary Clinton"),
    ("Aliyev", D(2000, 1, 1), "Heydar Aliyev"),
    ("Aliyev", D(2020, 1, 1), "Ilham Aliyev"),
    ("Berdimuhamedov", D(2015, 1, 1), "Gurbanguly Berdimuhamedov"),
    ("Kim", D(2020, 1, 1), "Kim Jong Un"),
    ("Li", D(2024, 1, 1), "Li Qiang"),
    ("Li", D(2015, 1, 1), "Li Keqiang"),
])
def test_a_shared_alias_puts_the_office_holder_of_the_day_first(d, alias, when, name):
    found = d.people(alias, when)
    assert len(found) >= 2
    assert found[0].name == name


@pytest.mark.parametrize(("country", "when"), [
    (c, D(2025, 6, 1)) for c in [
        "KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "CHN", "USA", "UKR", "BLR", "TUR", "IRN",
        "AFG", "PAK", "IND", "JPN", "ARM", "AZE", "GEO", "ISR", "SAU", "DEU", "FRA", "GBR",
        "ITA", "CAN", "MEX", "BRA", "ARG", "AUS", "IDN", "ZAF", "KOR"]
])
def test_priority_countries_have_someone_in_government_on_a_recent_date(d, country, when):
    assert any(p.code_on(when) == (country, "GOV") for p in d.persons)


@pytest.mark.parametrize("country", [
    "KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "CHN", "UKR", "BLR", "TUR", "IRN", "PAK", "JPN",
    "ARM", "AZE", "GEO", "SAU", "DEU", "FRA", "ITA", "CAN", "MEX", "BRA", "ARG", "AUS", "IDN",
    "ZAF", "KOR", "IND", "USA", "GBR"])
def test_priority_countries_have_foreign_ministers_since_2015(d, country):
    """No vacancy longer than an ordinary handover (three months) from 2015 on."""
    words = ("Foreign Minister", "Secretary of State", "Foreign Secretary",
             "External Affairs Minister")
    terms = [t for p in d.persons for t in p.terms
             if t.country == country and any(w in t.title for w in words)]
    day, last, gap = D(2015, 1, 1), D(2025, 6, 30), 0
    while day <= last:
        gap = 0 if any(t.covers(day) for t in terms) else gap + 1
        assert gap <= 90, (country, day)
        day += dt.timedelta(days=1)


# -- user files ---------------------------------------------------------------------------

def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_files_extend_the_packaged_data(tmp_path):
    igos = _write(tmp_path, "orgs.tsv", "# my organisations\ncode\tname\taliases\n"
                  "IGOCASCAM\tConsultative Meeting of Central Asian Heads of State\tC5 summit\n")
    agents = _write(tmp_path, "agents.tsv", "term\trole\tkind\nakim's office\tGOV\tnoun\n")
    people = _write(tmp_path, "people.tsv", "name\taliases\tcountry\trole\ttitle\tstart\tend\n"
                    "Aibek Testov\tTestov\tKGZ\tGOV\tGovernor\t2022-01-01\t\n")
    d = load_dictionary([igos, agents, people])
    assert d.igo("C5 summit") == "IGOCASCAM"
    assert d.agent("akim's office") == ("GOV", "noun")
    assert d.people("Testov", D(2023, 1, 1))[0].code_on(D(2023, 1, 1)) == ("KGZ", "GOV")
    # the packaged data is still there
    assert d.igo("NATO") == "IGOWSTNAT"
    assert d.agent("troops") == ("MIL", "noun")
    assert d.people("Putin")[0].name == "Vladimir Putin"
    assert str(people) in d.sources
    assert d.version != load_dictionary().version


def test_user_files_override_the_packaged_data(tmp_path):
    agents = _write(tmp_path, "a.tsv", "term\trole\tkind\ntroops\tREB\tnoun\n")
    countries = _write(tmp_path, "c.tsv", "code\tname\taliases\tdemonyms\tcapitals\n"
                       "KGZ\tKyrgyz Republic\tKyrgyzstan\tKyrgyz\tFrunze\n")
    people = _write(tmp_path, "p.tsv", "name\taliases\tcountry\trole\ttitle\tstart\tend\n"
                    "Sadyr Japarov\tJaparov\tKGZ\tGOV\tPresident\t2021-01-28\t2021-12-31\n")
    d = load_dictionary([agents, countries, people])
    assert d.agent("troops") == ("REB", "noun")
    assert d.country_names["KGZ"] == "Kyrgyz Republic"
    assert d.capital("Frunze") == "KGZ"
    assert d.capital("Bishkek") == "KGZ"
    # the person is replaced as a whole, and the alias now means only the file's person
    assert [p.name for p in d.people("Japarov")] == ["Sadyr Japarov"]
    sadyr = d.people("Japarov")[0]
    assert len(sadyr.terms) == 1
    assert sadyr.code_on(D(2022, 6, 1)) == ("KGZ", "ELI")
    assert d.people("Akylbek Japarov")[0].name == "Akylbek Japarov"
    # a later file overrides an earlier one
    later = _write(tmp_path, "b.tsv", "term\trole\tkind\ntroops\tMIL\tnoun\n")
    assert load_dictionary([agents, later]).agent("troops") == ("MIL", "noun")
    # and the packaged dictionary is left as it was
    packaged = load_dictionary()
    assert packaged.agent("troops") == ("MIL", "noun")
    assert len(packaged.people("Japarov")) == 2


BAD_FILES = [
    ("bad role", "term\trole\tkind\nsoldiers\tMIL\tnoun\nwarlords\tWAR\tnoun\n", 3),
    ("bad kind", "term\trole\tkind\n\n# comment\nwarlords\tREB\tperson\n", 4),
    ("bad header", "# leaders\nname\taliases\tcountry\n", 2),
    ("too many cells", "code\tname\taliases\nIGOXYZ\tXyz\tX\textra\n", 2),
    ("bad code", "code\tname\taliases\nXYZ\tXyz\t\n", 2),
    ("bad date", "name\taliases\tcountry\trole\ttitle\tstart\tend\n"
                 "A B\t\tKGZ\tGOV\tPresident\t2021-13-01\t\n", 2),
    ("end before start", "name\taliases\tcountry\trole\ttitle\tstart\tend\n"
                         "A B\t\tKGZ\tGOV\tPresident\t2021-01-01\t2020-01-01\n", 2),
    ("bad country", "name\taliases\tcountry\trole\ttitle\tstart\tend\n"
                    "A B\t\tKyrgyzstan\tGOV\tPresident\t2021-01-01\t\n", 2),
    ("one phrase, two codes", "code\tname\taliases\nIGOAAA\tAaa\tSame\nIGOBBB\tBbb\tSame\n", 3),
    ("empty file", "# nothing here\n", 1),
]


@pytest.mark.parametrize(("why", "text", "line"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_malformed_user_file_is_reported_with_file_and_line(tmp_path, why, text, line):
    path = _write(tmp_path, "bad.tsv", text)
    with pytest.raises(ValueError) as err:
        load_dictionary([path])
    assert f"{path}:{line}:" in str(err.value)


def test_a_missing_user_file_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        load_dictionary([tmp_path / "missing.tsv"])


# -- leaders.tsv sanity -------------------------------------------------------------------

def _leader_rows():
    text = (resources.files("eventwire") / "data" / "actors" / "leaders.tsv").read_text("utf-8")
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    assert lines[0][1] == "name\taliases\tcountry\trole\ttitle\tstart\tend"
    rows = []
    for n, line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == 7, f"leaders.tsv:{n}: {len(cells)} cells"
        rows.append((n, cells))
    return rows


def test_leaders_rows_are_well_formed(d):
    known = set(d.country_names) | set(d.igo_names)
    for n, (name, aliases, country, role, title, start, end) in _leader_rows():
        where = f"leaders.tsv:{n}"
        assert name and title and start, where
        assert country in known, where
        assert role in ROLES or (role == "" and country.startswith("IGO")), where
        begin = D.fromisoformat(start)
        assert begin <= (D.fromisoformat(end) if end else D.max), where
        assert D(1945, 1, 1) <= begin <= D(2026, 12, 31), where
        assert all(a.strip() == a and a for a in aliases.split("|") if aliases), where


def test_leaders_rows_are_not_duplicated():
    counts = Counter(tuple(cells) for _, cells in _leader_rows())
    assert [row for row, k in counts.items() if k > 1] == []


def test_no_person_holds_the_same_title_twice_at_once():
    spells = defaultdict(list)
    for n, (name, _, country, _, title, start, end) in _leader_rows():
        spells[normalize(name), country, title].append(
            (D.fromisoformat(start), D.fromisoformat(end) if end else D.max, n))
    overlaps = []
    for key, terms in spells.items():
        terms.sort()
        for (_, end1, n1), (start2, _, n2) in zip(terms, terms[1:], strict=False):
            if start2 < end1:  # a handover on the same day is not an overlap
                overlaps.append((key, n1, n2))
    assert overlaps == []


def test_a_person_has_the_same_aliases_on_every_row():
    aliases = defaultdict(set)
    for _, (name, alias_cell, *_rest) in _leader_rows():
        aliases[name].add(alias_cell)
    assert {n: a for n, a in aliases.items() if len(a) > 1} == {}


def test_leader_aliases_do_not_shadow_places_organisations_or_agents(d):
    # People are looked up first, so an alias equal to a country, capital, demonym,
    # organisation or role word would hide it.
    others = [d._countries, d._capitals, d._demonyms, d._igos, d._agents]
    clashes = [k for k in d._people if any(k in table for table in others)]
    assert clashes == []
