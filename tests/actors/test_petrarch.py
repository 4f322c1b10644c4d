"""PETRARCH / Phoenix dictionaries passed with --actors (format: data/actors/README.md).

The sample dictionaries below are written for these tests from public facts (term dates of
Central Asian presidents and of UN Secretaries-General); they are not copied from Phoenix.
"""

import datetime as dt
from dataclasses import dataclass

import pytest

from eventwire.actors.dictionary import load_dictionary
from eventwire.actors.petrarch import is_petrarch, to_rows
from eventwire.actors.resolve import DocumentActors

D = dt.date

COUNTRIES = """\
# Countries in PETRARCH syntax, written for these tests
KYRGYZSTAN_  [KGZ]
+KYRGYZ_REPUBLIC_
+KIRGHIZIA_
+BISHKEK_   ; a capital listed as a synonym codes as the country, as in PETRARCH

SOMALILAND_ [SML]
+REPUBLIC_OF_SOMALILAND
"""

ACTORS = """\
<!-- Kyrgyz and Kazakh office holders, and the UN.
     This comment spans two lines. -->
SADYR_JAPAROV_                    # primary phrase, codes on the following lines
+JAPAROV_SADYR_
+ZHAPAROV_
\t[KGZOPP <201005]
\t[KGZGOV 201016-201114]          # acting president
\t[KGZGOV >20210128]
\t[KGZELI]
SOORONBAY_JEENBEKOV_  [KGZELI]     ; default code on the phrase line
\t[KGZGOV 20171124-20201015]
ALMAZBEK_ATAMBAYEV_
\t[KGZELI >20111201]               # overlaps the term below: the narrower one wins
\t[KGZGOV 20111201-20171124]
NURSULTAN_NAZARBAYEV_
\t[KAZGOV 19900424-20190319]
\t[KAZELI]
KASSYM-JOMART_TOKAYEV_ [KAZGOV >20190320]
BAN_KI-MOON_\t[KORGOV 040117-061110] [IGOUNO 20070101-20161231] [KORELI]
KYRGYZ_BORDER_SERVICE [KGZCOP]
UN_SECRETARY_GENERAL
+UNSG
\t[IGOUNO]
"""

AGENTS = """\
<!-- agents in PETRARCH syntax -->
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
PRESIDENT_ [~GOV]
FOREIGN_MINISTER [~GOVFRM] # the role is the first role part
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
POLICE {} [~COP]
BORDER_GUARD [~COP]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
BUDDHIST_MONK [~BUD]
PEOPLE [~PPL]
MP [~LEG]
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    base = tmp_path_factory.mktemp("petrarch")
    paths = [_write(base, name, text) for name, text in
             [("Test.Countries.actors.txt", COUNTRIES), ("Test.actors.txt", ACTORS),
              ("Test.agents.txt", AGENTS)]]
    return load_dictionary(paths)


# -- telling PETRARCH files from TSV files -------------------------------------------------

@pytest.mark.parametrize("text", [
    COUNTRIES, ACTORS, AGENTS,
    "SADYR_JAPAROV_\n\t[KGZGOV >20210128]\n",
    "NATO\n+NORTH_ATLANTIC_TREATY_ORGANIZATION_\n\t[IGOWSTNAT]\n",
    "UN_SECRETARY_GENERAL\t\n",
])
def test_petrarch_files_are_recognised(text):
    assert is_petrarch(text)


@pytest.mark.parametrize("text", [
    "term\trole\tkind\npresident\tGOV\ttitle\n",
    "# leaders\nname\taliases\tcountry\trole\ttitle\tstart\tend\n",
    "# a TSV file with a wrong header stays a TSV file\nname\taliases\tcountry\n",
    "# nothing here\n",
    "",
])
def test_tsv_files_are_not_taken_for_petrarch(text):
    assert not is_petrarch(text)


# -- countries, organisations ---------------------------------------------------------------

def test_countries_and_their_synonyms(d):
    assert d.country("Kyrgyzstan") == "KGZ"
    assert d.country("Kyrgyz Republic") == "KGZ"
    assert d.country("KIRGHIZIA") == "KGZ"
    assert d.country("Bishkek") == "KGZ"
    assert d.country("Republic of Somaliland") == "SML"


def test_a_known_country_keeps_its_display_name_and_a_new_one_gets_the_phrase(d):
    assert d.country_names["KGZ"] == "Kyrgyzstan"
    assert d.country_names["SML"] == "Somaliland"


def test_organisations(d):
    assert d.igo("UNSG") == "IGOUNO"
    assert d.igo("UN Secretary General") == "IGOUNO"


def test_short_phrases_in_capitals_stay_acronyms(tmp_path):
    path = _write(tmp_path, "un.txt", "UN_ [IGOUNO]\nWHO_ [IGOUNOHLHWHO]\n")
    d = load_dictionary([path])
    assert d.igo("UN") == "IGOUNO"
    assert d.igo("WHO") == "IGOUNOHLHWHO"
    assert d.igo("Who") is None


# -- people: names, synonyms, dated codes ---------------------------------------------------

@pytest.mark.parametrize("phrase", ["Sadyr Japarov", "Japarov Sadyr", "ZHAPAROV", "sadyr japarov"])
def test_multi_word_names_and_synonyms_name_one_person(d, phrase):
    assert [p.name for p in d.people(phrase)] == ["Sadyr Japarov"]


CODED = [
    # a <, an interval and a > restriction; ELI between terms comes from Person.code_on
    ("Sadyr Japarov", D(2019, 6, 1), ("KGZ", "OPP")),
    ("Sadyr Japarov", D(2020, 10, 5), ("KGZ", "OPP")),  # bounds are inclusive
    ("Sadyr Japarov", D(2020, 10, 16), ("KGZ", "GOV")),
    ("Sadyr Japarov", D(2020, 12, 15), ("KGZ", "ELI")),
    ("Sadyr Japarov", D(2021, 1, 28), ("KGZ", "GOV")),
    ("Sadyr Japarov", D(2024, 5, 1), ("KGZ", "GOV")),
    # current vs former president
    ("Sooronbay Jeenbekov", D(2018, 3, 1), ("KGZ", "GOV")),
    ("Sooronbay Jeenbekov", D(2020, 10, 15), ("KGZ", "GOV")),
    ("Sooronbay Jeenbekov", D(2020, 10, 16), ("KGZ", "ELI")),
    ("Sooronbay Jeenbekov", D(2023, 1, 1), ("KGZ", "ELI")),
    ("Sooronbay Jeenbekov", D(2015, 1, 1), ("KGZ", None)),  # before the first term
    # overlapping restrictions: the narrower one applies where both do
    ("Almazbek Atambayev", D(2011, 6, 1), ("KGZ", None)),
    ("Almazbek Atambayev", D(2015, 1, 1), ("KGZ", "GOV")),
    ("Almazbek Atambayev", D(2017, 11, 25), ("KGZ", "ELI")),
    ("Nursultan Nazarbayev", D(2000, 1, 1), ("KAZ", "GOV")),
    ("Nursultan Nazarbayev", D(2019, 3, 19), ("KAZ", "GOV")),
    ("Nursultan Nazarbayev", D(2019, 3, 20), ("KAZ", "ELI")),
    ("Kassym-Jomart Tokayev", D(2019, 3, 19), ("KAZ", None)),
    ("Kassym-Jomart Tokayev", D(2019, 3, 20), ("KAZ", "GOV")),
    # a state office, then an international one, then a former official of the state
    ("Ban Ki-moon", D(2005, 1, 1), ("KOR", "GOV")),
    ("Ban Ki-moon", D(2010, 1, 1), ("IGOUNO", None)),
    ("Ban Ki-moon", D(2018, 1, 1), ("KOR", "ELI")),
    # a named group: one term without dates
    ("Kyrgyz Border Service", D(1995, 1, 1), ("KGZ", "COP")),
    ("Kyrgyz Border Service", D(2025, 1, 1), ("KGZ", "COP")),
]


@pytest.mark.parametrize(("name", "when", "code"), CODED,
                         ids=[f"{n}-{w}" for n, w, _ in CODED])
def test_dated_codes_give_the_code_of_the_day(d, name, when, code):
    (person,) = d.people(name)
    assert person.code_on(when) == code


def test_undated_lookup_gives_the_latest_term(d):
    (person,) = d.people("Sadyr Japarov")
    assert person.code_on(None) == ("KGZ", "GOV")


def test_a_default_code_fills_the_days_no_restriction_covers(tmp_path):
    text = "ASKAR_AKAYEV_ [KGZEDU]\n\t[KGZGOV 19901027-20050411]\n"
    (person,) = load_dictionary([_write(tmp_path, "a.txt", text)]).people("Askar Akayev")
    assert person.code_on(D(1985, 1, 1)) == ("KGZ", "EDU")
    assert person.code_on(D(2000, 1, 1)) == ("KGZ", "GOV")
    assert person.code_on(D(2010, 1, 1)) == ("KGZ", "EDU")


def test_a_petrarch_person_replaces_the_packaged_person_of_that_name(d):
    (person,) = d.people("Sadyr Japarov")
    assert all(term.title == "" for term in person.terms)
    assert load_dictionary().people("Sadyr Japarov")[0].terms[0].title != ""


# -- agents ----------------------------------------------------------------------------------

AGENT_LOOKUPS = [
    ("president", ("GOV", "title")),
    ("presidents", ("GOV", "title")),
    ("foreign minister", ("GOV", "title")),
    ("attorney general", ("JUD", "title")),
    ("attorneys general", ("JUD", "title")),
    ("police", ("COP", "noun")),
    ("border guard", ("COP", "noun")),
    ("border guards", ("COP", "noun")),
    ("congressman", ("LEG", "title")),
    ("congresswomen", ("LEG", "title")),
    ("human rights bodies", ("NGO", "noun")),
    ("Buddhist monks", ("REL", "noun")),
    ("MP", ("LEG", "title")),
    ("MPs", ("LEG", "title")),
]


@pytest.mark.parametrize(("term", "expected"), AGENT_LOOKUPS, ids=[a for a, _ in AGENT_LOOKUPS])
def test_agents(d, term, expected):
    assert d.agent(term) == expected


def test_agent_plurals_markers_and_skipped_codes(tmp_path):
    rows = to_rows(tmp_path / "a.txt", AGENTS)
    terms = {cells[0]: cells[1:] for _, cells in rows["agents"]}
    assert "polices" not in terms  # {} means no plural
    assert "attorney generals" not in terms  # {PLURAL} replaces the regular one
    assert "congressmans" not in terms  # substituted phrases get no plural
    assert "people" not in terms  # ~PPL is no eventwire role
    assert rows["agents"][0] == (f"{tmp_path / 'a.txt'}:3", ["president", "GOV", "title"])
    assert set(rows) == {"agents"}


# -- comments, skipping, precedence ----------------------------------------------------------

def test_comments_and_stop(tmp_path):
    text = ("# hash comment\n; legacy comment\n<!-- one-line comment -->\n"
            "KYRGYZSTAN_ [KGZ] # trailing\n+KIRGHIZIA_ ; trailing\n<!-- a comment\n"
            "TAJIKISTAN_ [TJK]\n-->\n+KYRGYZ_REPUBLIC_ <!-- inline --> \n"
            "---STOP---\nUZBEKISTAN_ [UZB]\n")
    rows = to_rows(tmp_path / "c.txt", text)
    assert rows == {"countries": [(f"{tmp_path / 'c.txt'}:4",
                                   ["KGZ", "Kyrgyzstan", "Kirghizia|Kyrgyz Republic", "", ""])]}


def test_unusable_entries_are_skipped(tmp_path):
    text = ("NO_CODE_AT_ALL\n"
            "NULL_CODE [---]\n"
            "A_FORMER_OFFICIAL_SOMEWHERE [ELI]\n"
            "SOME_OIL_COMPANY [MNC]\n"
            "SHIA_COMMUNITY [MOSSHI]\n"
            "KYRGYZSTAN_ {KYRGYZSTANS} [KGZ]\n"
            "KYRGYZ_MODERATES [KGZMOD]\n")
    rows = to_rows(tmp_path / "s.txt", text)
    assert [cells for _, cells in rows["countries"]] == [["KGZ", "Kyrgyzstan", "", "", ""]]
    assert [cells for _, cells in rows["leaders"]] == [
        ["Kyrgyz Moderates", "", "KGZ", "", "", "", ""]]  # unknown role part: country only
    assert set(rows) == {"countries", "leaders"}


def test_exclamation_marks_are_substitutions_only_in_agents(tmp_path):
    rows = to_rows(tmp_path / "y.txt", "YAHOO!_INC [USABUS]\n")
    assert [cells[:4] for _, cells in rows["leaders"]] == [["Yahoo! Inc", "", "USA", "BUS"]]


def test_a_phrase_defined_twice_belongs_to_the_last_entry(tmp_path):
    text = ("KYRGYZSTAN_ [KGZ]\n+BISHKEK_\n"
            "BISHKEK_CITY_HALL [KGZGOV]\n+BISHKEK_\n")
    rows = to_rows(tmp_path / "t.txt", text)
    assert [cells for _, cells in rows["countries"]] == [["KGZ", "Kyrgyzstan", "", "", ""]]
    assert [cells[:4] for _, cells in rows["leaders"]] == [
        ["Bishkek City Hall", "Bishkek", "KGZ", "GOV"]]


# -- errors ----------------------------------------------------------------------------------

BAD_LINES = [
    ("synonym before any entry", "!PERSON! = MAN, MEN\n+FOO_\n", 2),
    ("code line before any entry", "!PERSON! = MAN\n\t[KGZGOV]\n", 2),
    ("unbalanced brackets", "ECOLOGIST [~ENV]\nTREE_HUGGER [~ENV}\n", 2),
    ("text after the codes", "KYRGYZSTAN_ [KGZ]\nTAJIKISTAN_ [TJK] TAJIK\n", 2),
    ("empty code", "KYRGYZSTAN_ [KGZ]\nTAJIKISTAN_ []\n", 2),
    ("lower-case code", "KYRGYZSTAN_ [KGZ]\n+KIRGHIZIA_\nTAJIKISTAN_ [tjk]\n", 3),
    ("code not in three-letter parts", "SADYR_JAPAROV_\n\t[KGZGO >20210128]\n", 2),
    ("seven-digit date", "BAN_KI-MOON_\n\t[IGOUNO >20070101]\n\t[KORGOV 2004017-20061201]\n", 3),
    ("not a calendar date", "SADYR_JAPAROV_\n\t[KGZGOV >20210231]\n", 2),
    ("end before start", "SADYR_JAPAROV_\n\t[KGZGOV 20210128-20201016]\n", 2),
    ("date without < > or -", "SADYR_JAPAROV_\n\t[KGZGOV 20210128]\n", 2),
    ("undefined substitution set", "PRESIDENT_ [~GOV]\nCONGRESS!PERSON! [~LEG]\n", 2),
    ("unpaired !", "!PERSON! = MAN\nCONGRESS!PERSON [~LEG]\n", 2),
    ("agent code with a date", "PRESIDENT_ [~GOV]\nFORMER_PRESIDENT [~ELI >20200101]\n", 2),
    ("agent and actor codes mixed", "PRESIDENT_ [~GOV]\nPOLICE_ [~COP] [KGZ]\n", 2),
    ("two agent codes", "PRESIDENT_ [~GOV]\nPOLICE_ [~COP]\n\t[~MIL]\n", 3),
    ("verb dictionary syntax", "KYRGYZSTAN_ [KGZ]\n- * RESIST [112]\n", 2),
    ("no phrase", "KYRGYZSTAN_ [KGZ]\n{KYRGYZSTANS}\n", 2),
]


@pytest.mark.parametrize(("why", "text", "line"), BAD_LINES, ids=[b[0] for b in BAD_LINES])
def test_a_malformed_line_is_reported_with_file_and_line(tmp_path, why, text, line):
    path = _write(tmp_path, "Bad.actors.txt", text)
    with pytest.raises(ValueError) as err:
        load_dictionary([path])
    assert f"{path}:{line}:" in str(err.value)


# -- end to end: mentions in a sentence -----------------------------------------------------

@dataclass
class _Token:
    text: str
    whitespace_: str = " "


SENTENCE = ("President Sadyr Japarov met UN Secretary General Ban Ki-moon and Kyrgyz Border "
            "Service officers in the Kyrgyz Republic .")


@pytest.mark.parametrize(("when", "japarov", "ban"), [
    (D(2022, 3, 1), "KGZGOV", "KORELI"),
    (D(2020, 12, 15), "KGZELI", "KORELI"),
    (D(2010, 1, 1), "KGZOPP", "IGOUNO"),
])
def test_mentions_are_coded_by_the_article_date(d, when, japarov, ban):
    tokens = [_Token(w) for w in SENTENCE.split()]
    found = {m.actor.name or m.actor.text: m.actor.code
             for m in DocumentActors(d, when=when).find(tokens)}
    assert found == {"Sadyr Japarov": japarov, "Ban Ki-moon": ban,
                     "Kyrgyz Border Service": "KGZCOP", "Kyrgyz Republic": "KGZ"}
