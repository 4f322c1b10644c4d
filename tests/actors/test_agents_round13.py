"""Round 13: role nouns of wire reports, role by role, and role words used as modifiers.

An event whose actor is a role noun the dictionary lacks ("captors", "dockworkers",
"looters") is lost whole, so the nouns were listed for every CAMEO role (singular, plural and
the usual compounds), not from single misses. Sentences are written for these tests (not taken
from the gold set).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "coder"))
from coding import coded, has_event, lacks_root  # noqa: E402

from eventwire.actors.dictionary import load_dictionary  # noqa: E402
from eventwire.actors.resolve import DocumentActors  # noqa: E402
from eventwire.nlp import get_nlp  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(scope="module")
def d():
    return load_dictionary()


def _codes(nlp, d, text: str) -> list[tuple[str, str]]:
    """(words, code) of every actor mention the resolver finds in `text`."""
    doc = nlp(text)
    return [(doc[m.start:m.end].text, m.actor.code) for m in DocumentActors(d, None).find(doc)]


# -- one or more nouns per role, after a demonym: the phrase is one actor of that role --------

ROLE_NOUNS = [
    ("civil servants", "GOV"), ("high commissioner", "GOV"), ("city council", "GOV"),
    ("conscripts", "MIL"), ("military personnel", "MIL"),
    ("submarines", "MIL"), ("paramilitary rangers", "MIL"), ("brigade", "MIL"),
    ("prison guards", "COP"), ("jailers", "COP"), ("detectives", "COP"),
    ("security personnel", "COP"), ("border patrol", "COP"),
    ("justices", "JUD"), ("lawyers", "JUD"), ("jurors", "JUD"), ("prosecution", "JUD"),
    ("upper house", "LEG"), ("legislative assembly", "LEG"), ("spy chief", "SPY"),
    ("opposition movement", "OPP"),
    ("captors", "REB"), ("extremists", "REB"), ("assailants", "REB"), ("warlords", "REB"),
    ("insurgent group", "REB"),
    ("traders", "BUS"), ("shopkeepers", "BUS"), ("carmakers", "BUS"), ("airlines", "BUS"),
    ("bankers", "BUS"), ("contractors", "BUS"),
    ("magazine", "MED"), ("news outlets", "MED"), ("columnist", "MED"),
    ("state-owned media", "GOV"),
    ("bystanders", "CVL"), ("tourists", "CVL"), ("relatives", "CVL"), ("teenagers", "CVL"),
    ("immigrants", "CVL"), ("worshipers", "CVL"), ("campaigners", "CVL"),
    ("advocacy group", "NGO"), ("relief agencies", "NGO"), ("humanitarian organisations", "NGO"),
    ("dockworkers", "LAB"), ("steelworkers", "LAB"), ("union leaders", "LAB"),
    ("teachers' union", "LAB"),
    ("clergymen", "REL"), ("rabbis", "REL"), ("priests", "REL"), ("religious leaders", "REL"),
    ("researchers", "EDU"), ("lecturers", "EDU"), ("scientists", "EDU"),
    ("surgeons", "HLH"), ("paramedics", "HLH"), ("healthcare workers", "HLH"),
    ("medical staff", "HLH"),
    ("evacuees", "REF"), ("returnees", "REF"), ("refugee camp", "REF"),
    ("looters", "CRM"), ("poachers", "CRM"), ("assassins", "CRM"), ("robbers", "CRM"),
    ("hostage-takers", "CRM"), ("drug dealers", "CRM"), ("criminal groups", "CRM"),
    ("herders", "AGR"), ("peasants", "AGR"), ("pastoralists", "AGR"), ("ranchers", "AGR"),
]


@pytest.mark.parametrize(("noun", "role"), ROLE_NOUNS)
def test_role_noun_after_a_demonym_is_one_actor_of_its_role(nlp, d, noun: str,
                                                            role: str) -> None:
    found = _codes(nlp, d, f"Kenyan {noun} said on Monday that talks had failed.")
    assert (f"Kenyan {noun}", f"KEN{role}") in found, found


# -- the singular of a person noun is an actor like its plural; a noun modifier is not ----------


@pytest.mark.parametrize(("noun", "role"), [
    ("settler", "CVL"), ("officer", "COP"), ("army officer", "MIL"), ("trucker", "LAB"),
    ("fighter", "REB"), ("extremist", "REB"), ("shopkeeper", "BUS"), ("pilgrim", "CVL"),
    ("rancher", "AGR"), ("juror", "JUD"), ("evacuee", "REF"), ("killer", "CRM"),
])
def test_singular_person_noun_is_an_actor(nlp, d, noun: str, role: str) -> None:
    found = _codes(nlp, d, f"A Kenyan {noun} said on Monday that talks had failed.")
    assert (f"Kenyan {noun}", f"KEN{role}") in found, found


@pytest.mark.parametrize("text", [
    "Belarus forced a passenger jet to land in Minsk on Sunday.",
    "Kenyan fighter planes flew over the border on Monday.",
    "Delegates at the COP summit in Dubai met on Monday.",
])
def test_noun_modifiers_make_no_civilian_or_rebel(nlp, d, text: str) -> None:
    found = _codes(nlp, d, text)
    assert not any(c.endswith(("CVL", "REB", "COP")) for _, c in found), found


# -- a role word before a body noun is a modifier: no role of its own ------------------------


@pytest.mark.parametrize(("text", "words", "code"), [
    ("The IMF's executive board approved the loan.", "IMF", "IGOBUSIMF"),
    ("The World Bank's executive directors approved the grant.", "World Bank", "IGOUNODEVWBK"),
    ("The Senate Intelligence Committee questioned the nominee.", "Senate", "LEG"),
])
def test_executive_or_intelligence_before_a_body_gives_no_role(nlp, d, text: str, words: str,
                                                                code: str) -> None:
    found = _codes(nlp, d, text)
    assert (words, code) in found or any(w == words and c.startswith(code)
                                         for w, c in found), found
    assert not any(c.endswith(("BUS", "SPY")) and c != code for _, c in found), found


def test_an_executive_order_is_no_actor(nlp, d) -> None:
    found = _codes(nlp, d, "The president signed an executive order on Monday.")
    assert [w for w, _ in found] == ["president"], found


def test_a_named_executive_is_still_business(nlp, d) -> None:
    found = _codes(nlp, d, "Kenyan executives met the minister.")
    assert ("Kenyan executives", "KENBUS") in found, found


# -- a plural possessive joins two role nouns into one phrase: the head's role ---------------


@pytest.mark.parametrize(("text", "words", "code"), [
    ("Kenyan farmers' leaders met the minister.", "Kenyan farmers' leaders", "KENAGR"),
    ("Kenyan soldiers' families protested on Monday.", "Kenyan soldiers' families", "KENCVL"),
    ("Kenyan miners' leaders met the minister.", "Kenyan miners' leaders", "KENLAB"),
])
def test_plural_possessive_joins_role_nouns(nlp, d, text: str, words: str, code: str) -> None:
    found = _codes(nlp, d, text)
    assert (words, code) in found, found


# -- coded sentences: the new nouns as source and target, several constructions --------------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # captors / assassins / looters / poachers as actors
    ("The Italian aid worker was released by her captors in Mali on Sunday.",
     "08", "MLI", "ITA"),
    ("Looters ransacked shops in Port-au-Prince, Haiti, on Monday.", "1", "HTI", "HTI"),
    ("Police in Kenya arrested 12 poachers in Tsavo National Park on Monday.",
     "173", "KEN", "KEN"),
    ("Mexican police detained two assassins after the killing of the mayor on Monday.",
     "173", "MEX", "MEX"),
    # trade and labour nouns
    ("Nigerian police arrested dozens of traders at a market in Lagos on Tuesday.",
     "173", "NGA", "NGA"),
    ("Striking dockworkers blocked the port of Antwerp, Belgium, on Monday.",
     "1", "BEL", ""),
    ("Bangladeshi police fired tear gas at protesting steelworkers in Chittagong on Sunday.",
     "1", "BGD", "BGD"),
    # state guards and paramilitary
    ("Inmates in Ecuador took 40 prison guards hostage on Monday.", "181", "ECU", "ECU"),
    ("The opposition leader was detained by paramilitary Rangers in Lahore, Pakistan, "
     "on Tuesday.", "173", "PAK", "PAK"),
    ("Colombian herders accused the army of killing their cattle on Monday.",
     "112", "COL", "COL"),
])
def test_new_role_nouns_code_events(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


@pytest.mark.parametrize("text", [
    "Biden signed an executive order on Monday imposing sanctions on Russian banks.",
    "The Senate Intelligence Committee summoned the Kenyan ambassador on Monday.",
])
def test_modifier_role_words_make_no_business_or_spy_actor(text: str) -> None:
    assert not any(s.endswith(("BUS", "SPY")) and not t.endswith("BUS")
                   for _, s, t in coded(text)), coded(text)


def test_generic_critics_make_no_actor() -> None:
    # "critics" names no one in particular: kept out of the dictionary on purpose
    assert lacks_root("Critics have long accused the ruling party of silencing dissent.",
                      "11"), coded("Critics have long accused the ruling party of silencing "
                                   "dissent.")
