"""Dated parties (data/actors/parties.tsv, format "parties"): a party's role follows the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from eventwire import code_text
from eventwire.actors.dictionary import load_dictionary
from eventwire.actors.resolve import DocumentActors
from eventwire.pipeline import Coder

D = dt.date
HEADER = "name\taliases\tcountry\trole\tstart\tend\n"


@dataclass
class _Token:
    text: str
    whitespace_: str = " "


def _codes(text: str, when: dt.date | None, d=None) -> dict[str, str]:
    """{mention words: code} of one tokenised sentence (words split on spaces)."""
    actors = DocumentActors(d or load_dictionary(), when=when)
    return {m.actor.text: m.actor.code for m in actors.find([_Token(w) for w in text.split()])}


def _events(text: str, published: str, coder: Coder | None = None) -> list[tuple[str, str, str]]:
    return [(e.code, e.source, e.target) for e in code_text(text, published, coder=coder)]


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the dictionary ----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "when", "role"), [
    ("BJP", D(2012, 6, 1), "OPP"),  # Congress-led government
    ("BJP", D(2014, 5, 25), "OPP"),  # the day before Modi took office
    ("BJP", D(2014, 5, 26), "GOV"),
    ("BJP", D(2001, 1, 1), "GOV"),  # Vajpayee
    ("Indian National Congress", D(2012, 6, 1), "GOV"),
    ("Congress party", D(2019, 6, 1), "OPP"),
    ("Likud", D(2021, 12, 1), "OPP"),  # the Bennett-Lapid government
    ("Likud", D(2023, 1, 1), "GOV"),
    ("Law and Justice", D(2020, 1, 1), "GOV"),
    ("PiS", D(2024, 1, 1), "OPP"),
    ("PTI", D(2020, 1, 1), "GOV"),
    ("PTI", D(2023, 1, 1), "OPP"),
])
def test_a_party_is_coded_by_the_date_on_both_sides_of_a_change_of_power(name, when, role):
    parties = load_dictionary().parties(name)
    assert parties, name
    assert parties[0].role_on(when) == role


def test_without_a_date_a_party_has_its_present_place():
    d = load_dictionary()
    assert d.parties("BJP")[0].role_on(None) == "GOV"  # a period still open
    assert d.parties("PTI")[0].role_on(None) == "OPP"


def test_aliases_reach_the_party():
    d = load_dictionary()
    assert {p.name for p in d.parties("Bharatiya Janata Party")} == {"Bharatiya Janata Party"}
    assert d.parties("Tories")[0].country == "GBR"
    assert d.parties("Pakistan Tehreek-e-Insaf")[0] is d.parties("PTI")[0]
    # acronyms only in capitals ("pti" is no party), as everywhere in the dictionary
    assert d.parties("pti") == ()


def test_a_shared_name_is_decided_by_the_country_word_before_it():
    when = D(2015, 3, 1)  # Conservatives govern Britain, Liberals Australia, Labour neither
    assert _codes("Australia 's Liberal Party said", when)["Australia 's Liberal Party"] == "AUSGOV"
    assert _codes("Canada 's Liberal Party said", when)["Canada 's Liberal Party"] == "CANOPP"
    assert _codes("the Labour Party said", when)["Labour Party"] == "GBROPP"  # its own name
    # another country's namesake has that country and no role
    assert _codes("Serbia 's Democratic Party said", when)["Serbia 's Democratic Party"] == "SRB"
    assert _codes("the Liberal Democratic Party of Russia said", when) == {
        "Liberal Democratic Party of Russia": "RUS"}


def test_a_party_name_inside_a_longer_name_is_not_that_party():
    assert _codes("the Islamic Renaissance Party said", D(2015, 9, 29)) == {}
    assert _codes("the Ontario Liberal Party said", D(2015, 9, 29)) == {}
    # cue words and modifiers are not part of a name
    assert _codes("Former BJP leaders said", D(2012, 6, 1)) != {}


# -- cues in the text win -----------------------------------------------------------------

def test_opposition_and_ruling_in_the_text_win_over_the_dates():
    assert _codes("the opposition BJP said", D(2019, 6, 1))["opposition BJP"] == "INDOPP"
    assert _codes("the ruling Labour Party said", D(2015, 3, 1))["Labour Party"] == "GBRGOV"
    assert _codes("Bangladesh 's main opposition BNP said", D(2024, 1, 8)) == {
        "Bangladesh 's main opposition BNP": "BGDOPP"}


# -- not a person ----------------------------------------------------------------------------

def test_a_party_is_not_a_person_and_no_pronoun_refers_to_it():
    actors = DocumentActors(load_dictionary(), when=D(2019, 6, 1))
    (mention,) = actors.find([_Token(w) for w in "The BJP said".split()])
    assert mention.actor.code == "INDGOV"
    assert not mention.person
    assert actors.last_person() is None
    # "he" after a party mention is the person named before it, never the party (in 2012
    # the BJP is INDOPP and Prime Minister Singh INDGOV)
    events = _events("Prime Minister Manmohan Singh met Pakistan's president. The BJP accused"
                     " Pakistan of sponsoring terrorism. He visited China on Monday.",
                     "2012-06-01")
    assert ("112", "INDOPP", "PAK") in events
    assert ("042", "INDGOV", "CHN") in events
    assert not any(s == "INDOPP" and t.startswith("CHN") for _, s, t in events)
    # with no person before it, "he" finds nobody
    assert _events("The BJP accused Pakistan of sponsoring terrorism. He visited China on"
                   " Monday.", "2012-06-01") == [("112", "INDOPP", "PAK")]


# -- end to end --------------------------------------------------------------------------------

@pytest.mark.parametrize(("published", "source"), [("2012-06-01", "INDOPP"),
                                                   ("2019-06-01", "INDGOV")])
def test_the_coder_codes_a_party_by_the_article_date(published, source):
    assert _events("The BJP accused Pakistan of sponsoring terrorism.", published) == [
        ("112", source, "PAK")]


def test_an_event_dated_apart_from_the_article_takes_its_own_date():
    events = _events("In 2012, the BJP accused Pakistan of sponsoring terrorism.", "2019-06-01")
    assert events == [("112", "INDOPP", "PAK")]


# -- user files --------------------------------------------------------------------------------

def test_a_user_file_adds_and_replaces_parties(tmp_path):
    path = _write(tmp_path, "my_parties.tsv", "# my parties\n" + HEADER
                  + "Ata-Zhurt\tAta Zhurt\tKGZ\tGOV\t2010-12-17\t2011-12-01\n"
                  + "Likud\tLikud party\tISR\tGOV\t2009-03-31\t\n"
                  + "Yabloko\t\tRUS\tPTY\t\t\n")  # an undated row: the role on any day
    d = load_dictionary([path])
    assert d.parties("Ata Zhurt")[0].role_on(D(2011, 6, 1)) == "GOV"
    assert d.parties("Ata Zhurt")[0].role_on(D(2015, 6, 1)) == "OPP"
    # the file's Likud replaces the packaged one as a whole
    (likud,) = d.parties("Likud")
    assert likud.role_on(D(2021, 12, 1)) == "GOV"
    assert d.parties("Yabloko")[0].role_on(D(2020, 1, 1)) == "PTY"
    assert load_dictionary().parties("Likud")[0].role_on(D(2021, 12, 1)) == "OPP"
    # and the coder uses it
    coder = Coder.load([path])
    assert _events("Ata-Zhurt accused Russia of meddling.", "2011-06-01", coder) == [
        ("112", "KGZGOV", "RUS")]


@pytest.mark.parametrize(("why", "row"), [
    ("bad role", "BJP\t\tIND\tRULING\t2014-05-26\t\n"),
    ("bad country", "BJP\t\tIndia\tGOV\t2014-05-26\t\n"),
    ("bad date", "BJP\t\tIND\tGOV\t2014-5-26\t\n"),
    ("end before start", "BJP\t\tIND\tGOV\t2014-05-26\t2004-05-21\n"),
    ("no role", "BJP\t\tIND\t\t2014-05-26\t\n"),
    ("too many cells", "BJP\t\tIND\tGOV\t2014-05-26\t\textra\n"),
])
def test_a_malformed_row_is_reported_with_file_and_line(tmp_path, why, row):
    path = _write(tmp_path, "bad_parties.tsv", "# comment\n" + HEADER + "\n" + row)
    with pytest.raises(ValueError) as err:
        load_dictionary([path])
    assert f"{path}:4:" in str(err.value)


def test_one_party_in_two_countries_is_an_error(tmp_path):
    path = _write(tmp_path, "p.tsv", HEADER + "Same\t\tIND\tGOV\t2014-05-26\t\n"
                  + "Same\t\tPAK\tGOV\t2018-08-18\t\n")
    with pytest.raises(ValueError, match=r"p\.tsv:3: party 'Same' is in PAK"):
        load_dictionary([path])


# -- the packaged file ---------------------------------------------------------------------

def test_the_packaged_periods_of_a_party_do_not_overlap():
    for party in load_dictionary().parties_list:
        spans = sorted((t.start or D.min, t.end or D.max) for t in party.periods)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end < start, party.name
