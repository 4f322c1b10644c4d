"""Round 12: roots 04-09 constructions from fresh wire text (investigations, raids, mediation,
visits).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root

# -- an inquiry into an act named with its actor as a modifier ("an army airstrike") ----------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kenya's president on Tuesday ordered an investigation into a police shooting that "
     "killed six protesters.", "KEN", "KEN"),
    ("Pakistan opened an inquiry into an army raid on a village in the north-west.",
     "PAK", "PAK"),
    ("Germany launched a probe into a Russian cyberattack on its parliament.", "DEU", "RUS"),
    ("Colombia's attorney general opened an investigation into an army bombing that killed "
     "children.", "COL", "COL"),
])
def test_probe_into_an_act_of_a_modifier_actor(text: str, source: str, target: str) -> None:
    assert has_event(text, "09", source, target), coded(text)


# -- a body that voted to set up an inquiry has set it up ---------------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The U.N. Human Rights Council voted on Friday to set up a fact-finding mission into "
     "Sudan's war.", "IGO", "SDN"),
    ("The U.N. Human Rights Council voted to establish a commission of inquiry into "
     "Venezuela's crackdown on dissent.", "IGO", "VEN"),
    ("The Council of Europe decided on Monday to create a panel into Russia's deportations "
     "of children.", "IGO", "RUS"),
])
def test_voted_to_set_up_an_inquiry(text: str, source: str, target: str) -> None:
    assert has_event(text, "09", source, target), coded(text)


@pytest.mark.parametrize("text", [
    "The council may vote next month to set up a mission into Iran's crackdown.",
    "The council did not vote to set up a mission into Iran's crackdown.",
])
def test_unvoted_inquiry_is_no_investigation(text: str) -> None:
    assert lacks_root(text, "09"), coded(text)


# -- a nominal search of premises by investigators -------------------------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The raid by French prosecutors on the offices of Italy's ruling party came on Monday.",
     "FRA", "ITA"),
    ("A search by Brazilian police of the home of Argentina's former president lasted hours.",
     "BRA", "ARG"),
    ("The raid by German investigators on Thursday on the headquarters of Russia's state "
     "broadcaster drew protests.", "DEU", "RUS"),
])
def test_raid_noun_by_investigators(text: str, source: str, target: str) -> None:
    assert has_event(text, "091", source, target), coded(text)


def test_raid_by_militants_is_no_search() -> None:
    text = "The raid by Nigerian militants on a village in Niger killed ten people."
    assert lacks_root(text, "09"), coded(text)


# -- "during a visit by X": X visited the host the sentence is about -----------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Britain and Japan signed a defence pact on Monday during a visit by Prime Minister "
     "Fumio Kishida.", "JPN", "GBR"),
    ("France and Nigeria signed five accords on Tuesday after a visit by Nigerian President "
     "Bola Tinubu.", "NGA", "FRA"),
    ("Germany pledged new funds to Kenya during a visit by Kenyan President William Ruto.",
     "KEN", "DEU"),
])
def test_visit_by_a_guest_to_the_other_party(text: str, source: str, target: str) -> None:
    assert has_event(text, "042", source, target), coded(text)


# -- "opened a criminal case over X": an investigation, not a lawsuit ------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Azerbaijan's prosecutors opened a criminal case over the shelling of Tartar by Armenian "
     "troops.", "AZE", "ARM"),
    ("Ukraine's prosecutors opened a criminal case against Russian commanders over the strike.",
     "UKR", "RUS"),
    ("Georgia's interior ministry launched criminal proceedings into Russia's detention of its "
     "citizens.", "GEO", "RUS"),
])
def test_open_criminal_case_is_an_investigation(text: str, source: str, target: str) -> None:
    assert has_event(text, "09", source, target), coded(text)


def test_filing_a_case_at_a_tribunal_stays_a_lawsuit() -> None:
    text = "Kazakhstan filed a case against Russia at the tribunal."
    assert has_event(text, "115", "KAZ", "RUS"), coded(text)
