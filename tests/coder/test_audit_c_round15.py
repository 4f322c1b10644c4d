"""Audit c, round 15: economy, trade, law and rights text; rules firing out of their context."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.coder.coding import PUB, has_event, lacks_root

# A deadline ("gave them 48 hours to leave") is the thing given; a time word deep inside the
# recipient's relative clause ("bail to a journalist who was arrested last week") is not.
NOT_DEADLINES = [
    "A court in Kano granted bail to a blogger who was arrested last week over a post.",
    "A magistrate in Harare granted bail to a journalist who was detained last week over a story.",
    "The court granted bail to an activist who was held for two weeks over a protest.",
]


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_time_word_in_recipients_clause_is_no_deadline(text: str) -> None:
    assert lacks_root(text, "13")


# "dismissed Prime Minister X": removed from office, not a rejection of X.
DISMISSED_OFFICIALS = [
    "Ukraine's President Volodymyr Zelenskiy dismissed Defence Minister Oleksii Reznikov.",
    "Pakistan's Supreme Court dismissed Prime Minister Yousuf Raza Gilani in 2012.",
    "Russia's President Vladimir Putin dismissed Deputy Defence Minister Timur Ivanov on Tuesday.",
]


@pytest.mark.parametrize("text", DISMISSED_OFFICIALS)
def test_dismissing_a_named_official_is_no_rejection(text: str) -> None:
    assert lacks_root(text, "12")


def test_dismissing_an_offer_is_still_a_rejection() -> None:
    assert has_event("Iran on Monday dismissed Washington's offer of talks.", "12", "IRN", "USA")


# A family name the tables know for one leader ("Yang" for Yang Jiechi, "Kim", "Lee") that
# goes on with another given name is somebody else: the phrase's own words decide.
OTHER_NAMESAKES = [
    ("A Chinese court jailed Australian writer Yang Hengjun on espionage charges.", "AUS"),
    ("Russian police detained American reporter Kim Smith in Moscow on Friday.", "USA"),
    ("A Beijing court sentenced Canadian businessman Li Wenhua to 11 years in prison.", "CAN"),
]


@pytest.mark.parametrize(("text", "country"), OTHER_NAMESAKES)
def test_a_known_family_name_with_another_given_name_is_someone_else(
        text: str, country: str) -> None:
    assert has_event(text, "17", "", country)


# "appeal a ruling / the verdict / a decision": a legal appeal against a court's decision, not
# an appeal (020) made to the court.
LEGAL_APPEALS = [
    "Imran Khan's lawyers said they would appeal the verdict in the Islamabad High Court.",
    "Kenya's opposition said it would appeal the Supreme Court ruling on the election results.",
    "Nigeria's opposition candidate said he would appeal the tribunal's verdict in Abuja.",
    "Britain's government will appeal the High Court decision, the Home Office said.",
]


@pytest.mark.parametrize("text", LEGAL_APPEALS)
def test_appealing_a_ruling_is_no_appeal_to_the_court(text: str) -> None:
    assert lacks_root(text, "02")


def test_appealing_to_a_country_is_still_an_appeal() -> None:
    assert has_event("Pope Francis appealed to Russia for a ceasefire on Sunday.", "02", "", "RUS")


# "jailed over the protests in 2014": the year is the protests', not the sentence's.
CAUSE_EVENT_DATES = [
    ("A Turkish court sentenced 24 people to prison over deadly protests in 2014.", "2014"),
    ("An Egyptian court jailed three activists for a protest in March.", "2023-03"),
    ("Myanmar's junta jailed the journalist after the coup in 2021.", "2021"),
    ("Russian police detained two men over the attack in March.", "2023-03"),
]


@pytest.mark.parametrize(("text", "wrong"), CAUSE_EVENT_DATES)
def test_date_of_the_event_answered_is_not_the_acts(text: str, wrong: str) -> None:
    events = [e for e in code_text(text, published=PUB) if e.code.startswith("17")]
    assert events
    assert not any(e.date.startswith(wrong) for e in events)


def test_date_of_an_arrest_itself_is_kept() -> None:
    events = code_text("Police arrested 40 people during protests in 2019.", published=PUB)
    assert any(e.code.startswith("17") and e.date.startswith("2019") for e in events)


# "according to a statement" is attribution, not an "accord" (a deal) below the verb.
ACCORDING_TO = [
    "Turkey will not back the sanctions on Iran, according to a foreign ministry statement.",
    "India would not support the move by Canada, according to officials.",
    "Poland will not approve migrant quotas from Brussels, according to a government spokesman.",
]


@pytest.mark.parametrize("text", ACCORDING_TO)
def test_according_to_is_no_accord(text: str) -> None:
    assert lacks_root(text, "12")


def test_refusing_a_real_proposal_is_still_coded() -> None:
    text = "Israel will not accept the Egyptian ceasefire proposal, according to officials."
    assert has_event(text, "12", "ISR", "EGY")


# "Amnesty International Kenya": a rights group's national section, an NGO of that country
# (GUIDELINES: NGO at national level), not the country itself.
NATIONAL_SECTIONS = [
    ("Amnesty International Kenya condemned the police killings of protesters.", "11", "KENNGO"),
    ("Transparency International Ukraine criticised the government's decision.", "11", "UKRNGO"),
    ("Amnesty International Nigeria urged the authorities to free the journalists.", "02",
     "NGANGO"),
]


@pytest.mark.parametrize(("text", "code", "source"), NATIONAL_SECTIONS)
def test_national_section_of_a_rights_group_is_an_ngo(text: str, code: str, source: str) -> None:
    assert has_event(text, code, source, source[:3])


def test_the_group_itself_keeps_its_code() -> None:
    assert has_event("Amnesty International urged Kenya to free the protesters.", "02",
                     "NGOHRIAMN", "KEN")


# "Teachers protested in Buenos Aires": the parser, finding no other verb, hangs "protested"
# on "Teachers" as a participle; a verb of collective action has no passive, so the noun
# is its subject.
VERBLESS_PROTESTS = [
    ("Teachers protested in Buenos Aires on Tuesday.", "ARGEDU"),
    ("Thousands of teachers protested in Buenos Aires on Wednesday against budget cuts.",
     "ARGEDU"),
    ("Hundreds of students protested in Buenos Aires on Monday.", "ARGCVL"),
    ("Nurses protested in Rio de Janeiro on Monday.", "BRAHLH"),
    ("Bus drivers protested in Buenos Aires on Thursday.", "ARGLAB"),
    ("Miners protested in Johannesburg against job cuts.", "ZAFLAB"),
]


@pytest.mark.parametrize(("text", "source"), VERBLESS_PROTESTS)
def test_protest_verb_taken_for_a_participle_still_has_its_subject(
        text: str, source: str) -> None:
    assert has_event(text, "14", source, source[:3])


def test_a_headline_participle_stays_passive() -> None:
    assert has_event("Journalist arrested in Cairo on Tuesday.", "17", "EGY", "EGYMED")


# "X told visiting Prime Minister Y that ...": Y is the visitor, X's country the host; the
# parser hangs "visiting" on "told" with Y as its object.
VISITING_GUESTS = [
    ("Japan's Prime Minister Fumio Kishida told visiting Philippine President Ferdinand Marcos "
     "that Tokyo would boost ties.", "PHL", "JPN"),
    ("Modi told visiting Australian Prime Minister Anthony Albanese that trade talks should "
     "conclude soon.", "AUS", "IND"),
    ("Erdogan told visiting Hungarian Prime Minister Viktor Orban that Ankara backed his peace "
     "efforts.", "HUN", "TUR"),
]


@pytest.mark.parametrize(("text", "guest", "host"), VISITING_GUESTS)
def test_visiting_guest_is_the_visitor(text: str, guest: str, host: str) -> None:
    assert has_event(text, "04", guest, host)
    assert not has_event(text, "04", host, guest)


# "would not accept migrants under the EU's pact": the pact is the framework, the refusal is
# of the people, not of a plan (127).
NOT_PLAN_REFUSALS = [
    "Slovakia will not accept refugees under the new EU deal, its interior minister said.",
    "Austria will not accept more refugees under the EU's new pact, the chancellor said.",
    "Denmark would not support migrant quotas under the proposed plan, officials said.",
]


@pytest.mark.parametrize("text", NOT_PLAN_REFUSALS)
def test_plan_under_which_something_is_refused_is_not_the_thing_refused(text: str) -> None:
    assert lacks_root(text, "12")
